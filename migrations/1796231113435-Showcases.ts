import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Showcases1796231113435 implements MigrationInterface {
  name = 'Showcases1796231113435';

  async up(queryRunner: QueryRunner): Promise<void> {
    // The metric key's index is NULLS NOT DISTINCT (edited by hand): a showcase-wide counter has
    // no listing, and ON CONFLICT must still find its one row per day and kind.
    await queryRunner.query(
      'CREATE TABLE "showcase" ("id" uuid NOT NULL, "slug" character varying(80) NOT NULL, "title_ko" character varying(200) NOT NULL, "title_en" character varying(200) NOT NULL, "intro_ko" text, "intro_en" text, "event_name" character varying(200), "event_date" date, "event_place" character varying(200), "event_organizer" character varying(200), "visibility" character varying(10) NOT NULL DEFAULT \'unlisted\', "status" character varying(10) NOT NULL DEFAULT \'draft\', "published_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT \'1\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_cacb526c9c1e4a9e9db58879955" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_d64668230aa248cdad4474ab5c" ON "showcase"  ("slug") ',
    );
    await queryRunner.query(
      'CREATE TABLE "showcase_item" ("showcase_id" uuid NOT NULL, "technology_id" uuid NOT NULL, "position" integer NOT NULL, CONSTRAINT "PK_799f99b0b84cd5f5de7805e121f" PRIMARY KEY ("showcase_id", "technology_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_9f5c63d81db82a2ac9ed430b5f" ON "showcase_item"  ("technology_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "showcase_metric" ("id" BIGSERIAL NOT NULL, "showcase_id" uuid NOT NULL, "technology_id" uuid, "day" date NOT NULL, "kind" character varying(20) NOT NULL, "count" integer NOT NULL DEFAULT \'0\', CONSTRAINT "PK_14ee9afa54e13be64dd7ed8344e" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "UQ_showcase_metric_key" ON "showcase_metric"  ("showcase_id", "technology_id", "day", "kind") NULLS NOT DISTINCT',
    );
    await queryRunner.query('ALTER TABLE "inquiry" ADD "source" character varying(100)');
    await queryRunner.query(
      'CREATE INDEX "IDX_b408cc8b3d62359d9874ee9d6a" ON "inquiry"  ("source") ',
    );
    await queryRunner.query(
      'ALTER TABLE "showcase_item" ADD CONSTRAINT "FK_aa990ddf03417a373ca29d4bb33" FOREIGN KEY ("showcase_id") REFERENCES "showcase"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "showcase_item" ADD CONSTRAINT "FK_9f5c63d81db82a2ac9ed430b5f8" FOREIGN KEY ("technology_id") REFERENCES "technology"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "showcase_metric" ADD CONSTRAINT "FK_0c6d8b0cc9daae45e968fa7c064" FOREIGN KEY ("showcase_id") REFERENCES "showcase"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "showcase_metric" ADD CONSTRAINT "FK_261c901f13b442f2fa150c9fb52" FOREIGN KEY ("technology_id") REFERENCES "technology"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "showcase_metric" DROP CONSTRAINT "FK_261c901f13b442f2fa150c9fb52"',
    );
    await queryRunner.query(
      'ALTER TABLE "showcase_metric" DROP CONSTRAINT "FK_0c6d8b0cc9daae45e968fa7c064"',
    );
    await queryRunner.query(
      'ALTER TABLE "showcase_item" DROP CONSTRAINT "FK_9f5c63d81db82a2ac9ed430b5f8"',
    );
    await queryRunner.query(
      'ALTER TABLE "showcase_item" DROP CONSTRAINT "FK_aa990ddf03417a373ca29d4bb33"',
    );
    await queryRunner.query('DROP INDEX "public"."IDX_b408cc8b3d62359d9874ee9d6a"');
    await queryRunner.query('ALTER TABLE "inquiry" DROP COLUMN "source"');
    await queryRunner.query('DROP INDEX "public"."UQ_showcase_metric_key"');
    await queryRunner.query('DROP TABLE "showcase_metric"');
    await queryRunner.query('DROP INDEX "public"."IDX_9f5c63d81db82a2ac9ed430b5f"');
    await queryRunner.query('DROP TABLE "showcase_item"');
    await queryRunner.query('DROP INDEX "public"."IDX_d64668230aa248cdad4474ab5c"');
    await queryRunner.query('DROP TABLE "showcase"');
  }
}
