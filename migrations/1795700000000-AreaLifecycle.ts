import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AreaLifecycle1795700000000 implements MigrationInterface {
  name = 'AreaLifecycle1795700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "area" ADD "version" integer NOT NULL DEFAULT \'1\'');
    await queryRunner.query('ALTER TABLE "area" ADD "retired_at" TIMESTAMP WITH TIME ZONE');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "area" DROP COLUMN "retired_at"');
    await queryRunner.query('ALTER TABLE "area" DROP COLUMN "version"');
  }
}
