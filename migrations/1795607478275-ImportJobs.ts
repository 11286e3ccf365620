import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ImportJobs1795607478275 implements MigrationInterface {
  name = 'ImportJobs1795607478275';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "import_job" ("id" uuid NOT NULL, "status" character varying(16) NOT NULL, "file_name" character varying(255) NOT NULL, "format" character varying(8) NOT NULL, "content" bytea, "publish" boolean NOT NULL, "dry_run" boolean NOT NULL, "total_rows" integer NOT NULL DEFAULT \'0\', "processed_rows" integer NOT NULL DEFAULT \'0\', "created" integer NOT NULL DEFAULT \'0\', "updated" integer NOT NULL DEFAULT \'0\', "unchanged" integer NOT NULL DEFAULT \'0\', "published" integer NOT NULL DEFAULT \'0\', "failed_rows" integer NOT NULL DEFAULT \'0\', "errors" jsonb NOT NULL DEFAULT \'[]\', "failure" text, "created_by_key_id" uuid, "attempts" integer NOT NULL DEFAULT \'0\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "started_at" TIMESTAMP WITH TIME ZONE, "heartbeat_at" TIMESTAMP WITH TIME ZONE, "finished_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_65b4c7eccb8120972a7b8da7682" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IX_import_job_status" ON "import_job"  ("status", "created_at") ',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."IX_import_job_status"');
    await queryRunner.query('DROP TABLE "import_job"');
  }
}
