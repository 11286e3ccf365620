import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ListingHistory1796221007805 implements MigrationInterface {
  name = 'ListingHistory1796221007805';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "listing_history" ("id" BIGSERIAL NOT NULL, "technology_id" uuid NOT NULL, "action" character varying(32) NOT NULL, "fields" text array NOT NULL DEFAULT \'{}\', "actor_kind" character varying(16) NOT NULL, "actor_name" character varying(160) NOT NULL, "actor_user_id" uuid, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d2b32ec93837ae4a12464b23144" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_listing_history_technology" ON "listing_history"  ("technology_id", "id") ',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."IDX_listing_history_technology"');
    await queryRunner.query('DROP TABLE "listing_history"');
  }
}
