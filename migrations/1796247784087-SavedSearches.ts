import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SavedSearches1796247784087 implements MigrationInterface {
  name = 'SavedSearches1796247784087';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "saved_search" ("id" uuid NOT NULL, "email" character varying(254) NOT NULL, "address_key" character varying(64) NOT NULL, "language" character varying(2) NOT NULL, "query" jsonb NOT NULL, "query_key" character varying(64) NOT NULL, "cadence" character varying(8) NOT NULL, "status" character varying(8) NOT NULL, "cursor" bigint, "confirmed_at" TIMESTAMP WITH TIME ZONE, "next_digest_at" TIMESTAMP WITH TIME ZONE, "last_digest_at" TIMESTAMP WITH TIME ZONE, "confirmation_sent_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_saved_search_cadence" CHECK (cadence IN (\'weekly\', \'daily\')), CONSTRAINT "CHK_saved_search_status" CHECK (status IN (\'pending\', \'active\')), CONSTRAINT "PK_563b338d8b4878fa46697c8f3f2" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_saved_search_due" ON "saved_search"  ("next_digest_at") WHERE status = \'active\'',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "UQ_saved_search_address_query" ON "saved_search"  ("address_key", "query_key") ',
    );
    await queryRunner.query(
      'ALTER TABLE "technology_change" ADD "fields" text array NOT NULL DEFAULT \'{}\'',
    );
    await queryRunner.query('ALTER TABLE "mail_message" ADD "headers" jsonb');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "mail_message" DROP COLUMN "headers"');
    await queryRunner.query('ALTER TABLE "technology_change" DROP COLUMN "fields"');
    await queryRunner.query('DROP INDEX "public"."UQ_saved_search_address_query"');
    await queryRunner.query('DROP INDEX "public"."IDX_saved_search_due"');
    await queryRunner.query('DROP TABLE "saved_search"');
  }
}
