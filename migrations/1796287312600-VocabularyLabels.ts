import type { MigrationInterface, QueryRunner } from 'typeorm';

export class VocabularyLabels1796287312600 implements MigrationInterface {
  name = 'VocabularyLabels1796287312600';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "vocabulary_label" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "concept_id" character varying(100) NOT NULL, "lang" character varying(2) NOT NULL, "label" character varying(80) NOT NULL, "normalized" character varying(80) NOT NULL, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_vocabulary_label_lang" CHECK ("lang" IN (\'ko\', \'en\')), CONSTRAINT "PK_4b8d31229d03750580b012f379b" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "UQ_vocabulary_label_normalized" ON "vocabulary_label"  ("normalized") ',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."UQ_vocabulary_label_normalized"');
    await queryRunner.query('DROP TABLE "vocabulary_label"');
  }
}
