import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ChangeFeed1795602458498 implements MigrationInterface {
  name = 'ChangeFeed1795602458498';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "technology_change" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "technology_id" uuid NOT NULL, "slug" character varying(120) NOT NULL, "version" integer NOT NULL, "type" character varying(16) NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_technology_change_type" CHECK ("type" IN (\'published\', \'updated\', \'unpublished\')), CONSTRAINT "PK_bdc8bb289480229385dbb901c83" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_technology_change_technology" ON "technology_change"  ("technology_id", "id") ',
    );
    await queryRunner.query('ALTER TABLE "technology" ADD "change_seq" bigint');
    await queryRunner.query(
      'CREATE INDEX "IDX_technology_change_seq" ON "technology"  ("change_seq") ',
    );
    // Listings already public start the feed, oldest first, so a client following it from the
    // beginning sees the whole published catalog.
    await queryRunner.query(
      `INSERT INTO technology_change (technology_id, slug, version, type, occurred_at)
       SELECT id, slug, version, 'published', coalesce(published_at, updated_at) FROM technology
        WHERE status = 'published' ORDER BY coalesce(published_at, updated_at), id`,
    );
    await queryRunner.query(
      `UPDATE technology t SET change_seq = c.id FROM technology_change c WHERE c.technology_id = t.id`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."IDX_technology_change_seq"');
    await queryRunner.query('ALTER TABLE "technology" DROP COLUMN "change_seq"');
    await queryRunner.query('DROP INDEX "public"."IDX_technology_change_technology"');
    await queryRunner.query('DROP TABLE "technology_change"');
  }
}
