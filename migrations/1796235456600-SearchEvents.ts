import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SearchEvents1796235456600 implements MigrationInterface {
  name = 'SearchEvents1796235456600';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "search_event" ("id" BIGSERIAL NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "kind" character varying(8) NOT NULL, "channel" character varying(4) NOT NULL, "visit_id" character varying(22) NOT NULL, "lang" character varying(2), "query" character varying(200), "filters" jsonb NOT NULL DEFAULT \'{}\', "result_count" integer, "page" integer, "technology_id" uuid, "position" integer, CONSTRAINT "PK_fa4453e0e94d944ab25d163ce9d" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_33174c69c2fda41cea9fa7b940" ON "search_event"  ("occurred_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_aec8a0f8cf39cc453a4e77a7a7" ON "search_event"  ("technology_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_a8d1ef0692b597a56c2002ea92" ON "search_event"  ("kind", "occurred_at") ',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."IDX_a8d1ef0692b597a56c2002ea92"');
    await queryRunner.query('DROP INDEX "public"."IDX_aec8a0f8cf39cc453a4e77a7a7"');
    await queryRunner.query('DROP INDEX "public"."IDX_33174c69c2fda41cea9fa7b940"');
    await queryRunner.query('DROP TABLE "search_event"');
  }
}
