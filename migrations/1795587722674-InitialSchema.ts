import type { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialSchema1795587722674 implements MigrationInterface {
  name = 'InitialSchema1795587722674';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "api_key" ("id" uuid NOT NULL, "name" character varying(100) NOT NULL, "role" character varying(16) NOT NULL, "prefix" character varying(16) NOT NULL, "key_hash" character(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "CHK_api_key_role" CHECK ("role" IN (\'admin\', \'curator\', \'integrator\')), CONSTRAINT "PK_b1bd840641b8acbaad89c3d8d11" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "UQ_api_key_hash" ON "api_key"  ("key_hash") ');
    await queryRunner.query(
      'CREATE TABLE "outbox" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "topic" character varying(32) NOT NULL, "aggregate_key" character varying(100) NOT NULL, "payload" jsonb NOT NULL DEFAULT \'{}\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "available_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "attempts" integer NOT NULL DEFAULT \'0\', "last_error" text, "processed_at" TIMESTAMP WITH TIME ZONE, "dead_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_340ab539f309f03bdaa14aa7649" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_outbox_pending" ON "outbox"  ("topic", "available_at", "id") WHERE "processed_at" IS NULL AND "dead_at" IS NULL',
    );
    await queryRunner.query(
      'CREATE TABLE "area" ("code" character varying(100) NOT NULL, "parent_code" character varying(100), "name_ko" character varying(200) NOT NULL, "name_en" character varying(200) NOT NULL, "position" integer NOT NULL DEFAULT \'0\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4aa797d975cf8ea8fe936098e00" PRIMARY KEY ("code"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_07cc1d3984e72519859ade3de4" ON "area"  ("parent_code") ',
    );
    await queryRunner.query(
      'CREATE TABLE "technology" ("id" uuid NOT NULL, "slug" character varying(120) NOT NULL, "reference_code" character varying(40) NOT NULL, "status" character varying(16) NOT NULL DEFAULT \'draft\', "title_ko" character varying(300), "title_en" character varying(300), "summary_ko" text, "summary_en" text, "advantages_ko" text array NOT NULL DEFAULT \'{}\', "advantages_en" text array NOT NULL DEFAULT \'{}\', "applications_ko" text array NOT NULL DEFAULT \'{}\', "applications_en" text array NOT NULL DEFAULT \'{}\', "keywords" text array NOT NULL DEFAULT \'{}\', "trl" smallint, "stage" character varying(20), "modality" character varying(80), "indications" text array NOT NULL DEFAULT \'{}\', "license_types" text array NOT NULL DEFAULT \'{}\', "inventors" jsonb NOT NULL DEFAULT \'[]\', "contact_name" character varying(200), "contact_email" character varying(320), "published_at" TIMESTAMP WITH TIME ZONE, "archived_at" TIMESTAMP WITH TIME ZONE, "last_verified_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT \'1\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_technology_trl" CHECK ("trl" IS NULL OR ("trl" >= 1 AND "trl" <= 9)), CONSTRAINT "CHK_technology_status" CHECK ("status" IN (\'draft\', \'published\', \'archived\')), CONSTRAINT "PK_89f217a9ebf9b4bc1a0d74883ec" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "UQ_technology_slug" ON "technology"  ("slug") ');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "UQ_technology_reference_code" ON "technology"  ("reference_code") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_1f2bf9486f34e8f0ab7a8be637" ON "technology"  ("status") ',
    );
    await queryRunner.query(
      'CREATE TABLE "patent" ("id" uuid NOT NULL, "technology_id" uuid NOT NULL, "jurisdiction" character varying(3) NOT NULL, "number_raw" character varying(60) NOT NULL, "number_normalized" character varying(40) NOT NULL, "number_display" character varying(60) NOT NULL, "kind_code" character varying(4), "type" character varying(12) NOT NULL, "status" character varying(12) NOT NULL, "filing_date" date, "priority_date" date, "publication_date" date, "grant_date" date, "family_id" character varying(60), "title" character varying(500), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_patent_number_per_technology" UNIQUE ("technology_id", "jurisdiction", "type", "number_normalized"), CONSTRAINT "CHK_patent_status" CHECK ("status" IN (\'pending\', \'granted\', \'abandoned\', \'expired\', \'withdrawn\')), CONSTRAINT "CHK_patent_type" CHECK ("type" IN (\'application\', \'publication\', \'grant\')), CONSTRAINT "CHK_patent_jurisdiction" CHECK ("jurisdiction" IN (\'KR\', \'US\', \'EP\', \'PCT\', \'WO\', \'JP\', \'CN\')), CONSTRAINT "PK_96dffa9f77a7b6bf84dea124cbd" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_9a257616cdeeea4e405f0cf335" ON "patent"  ("technology_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_17660e3739a9cfa79b244d1744" ON "patent"  ("number_normalized") ',
    );
    await queryRunner.query(
      'CREATE TABLE "app_meta" ("key" character varying(100) NOT NULL, "value" jsonb NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2517812d17c14a0ecd40dd79d63" PRIMARY KEY ("key"))',
    );
    await queryRunner.query(
      'CREATE TABLE "technology_area" ("technology_id" uuid NOT NULL, "area_code" character varying(100) NOT NULL, CONSTRAINT "PK_be435e65a2432636ae26be31b5d" PRIMARY KEY ("technology_id", "area_code"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_03186bab30e59b9173afd9ecaa" ON "technology_area"  ("technology_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_7dbe28e475ff888a7470c08c51" ON "technology_area"  ("area_code") ',
    );
    await queryRunner.query(
      'ALTER TABLE "area" ADD CONSTRAINT "FK_07cc1d3984e72519859ade3de4c" FOREIGN KEY ("parent_code") REFERENCES "area"("code") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "patent" ADD CONSTRAINT "FK_9a257616cdeeea4e405f0cf3354" FOREIGN KEY ("technology_id") REFERENCES "technology"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "technology_area" ADD CONSTRAINT "FK_03186bab30e59b9173afd9ecaaa" FOREIGN KEY ("technology_id") REFERENCES "technology"("id") ON DELETE CASCADE ON UPDATE CASCADE',
    );
    await queryRunner.query(
      'ALTER TABLE "technology_area" ADD CONSTRAINT "FK_7dbe28e475ff888a7470c08c51b" FOREIGN KEY ("area_code") REFERENCES "area"("code") ON DELETE CASCADE ON UPDATE CASCADE',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "technology_area" DROP CONSTRAINT "FK_7dbe28e475ff888a7470c08c51b"',
    );
    await queryRunner.query(
      'ALTER TABLE "technology_area" DROP CONSTRAINT "FK_03186bab30e59b9173afd9ecaaa"',
    );
    await queryRunner.query(
      'ALTER TABLE "patent" DROP CONSTRAINT "FK_9a257616cdeeea4e405f0cf3354"',
    );
    await queryRunner.query('ALTER TABLE "area" DROP CONSTRAINT "FK_07cc1d3984e72519859ade3de4c"');
    await queryRunner.query('DROP INDEX "public"."IDX_7dbe28e475ff888a7470c08c51"');
    await queryRunner.query('DROP INDEX "public"."IDX_03186bab30e59b9173afd9ecaa"');
    await queryRunner.query('DROP TABLE "technology_area"');
    await queryRunner.query('DROP TABLE "app_meta"');
    await queryRunner.query('DROP INDEX "public"."IDX_17660e3739a9cfa79b244d1744"');
    await queryRunner.query('DROP INDEX "public"."IDX_9a257616cdeeea4e405f0cf335"');
    await queryRunner.query('DROP TABLE "patent"');
    await queryRunner.query('DROP INDEX "public"."IDX_1f2bf9486f34e8f0ab7a8be637"');
    await queryRunner.query('DROP INDEX "public"."UQ_technology_reference_code"');
    await queryRunner.query('DROP INDEX "public"."UQ_technology_slug"');
    await queryRunner.query('DROP TABLE "technology"');
    await queryRunner.query('DROP INDEX "public"."IDX_07cc1d3984e72519859ade3de4"');
    await queryRunner.query('DROP TABLE "area"');
    await queryRunner.query('DROP INDEX "public"."IDX_outbox_pending"');
    await queryRunner.query('DROP TABLE "outbox"');
    await queryRunner.query('DROP INDEX "public"."UQ_api_key_hash"');
    await queryRunner.query('DROP TABLE "api_key"');
  }
}
