import type { MigrationInterface, QueryRunner } from 'typeorm';

export class StaffAccounts1796173640409 implements MigrationInterface {
  name = 'StaffAccounts1796173640409';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "audit_event" ("id" BIGSERIAL NOT NULL, "action" character varying(40) NOT NULL, "actor_user_id" uuid, "subject_user_id" uuid, "client_address" character varying(64), "details" jsonb NOT NULL DEFAULT \'{}\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_481efbe8b0a403efe3f47a6528f" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_audit_event_created_at" ON "audit_event"  ("created_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_audit_event_subject" ON "audit_event"  ("subject_user_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "staff_session" ("sid" character varying NOT NULL, "sess" json NOT NULL, "expire" TIMESTAMP(6) NOT NULL, CONSTRAINT "PK_5313c85fab9adaac29451f59d41" PRIMARY KEY ("sid"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_staff_session_expire" ON "staff_session"  ("expire") ',
    );
    await queryRunner.query(
      'CREATE TABLE "staff_user" ("id" uuid NOT NULL, "email" character varying(254) NOT NULL, "display_name" character varying(100) NOT NULL, "role" character varying(16) NOT NULL, "status" character varying(16) NOT NULL, "language" character varying(2) NOT NULL, "password_hash" text, "session_epoch" integer NOT NULL DEFAULT \'0\', "version" integer NOT NULL DEFAULT \'1\', "last_sign_in_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_staff_user_language" CHECK ("language" IN (\'ko\', \'en\')), CONSTRAINT "CHK_staff_user_status" CHECK ("status" IN (\'invited\', \'active\', \'disabled\')), CONSTRAINT "CHK_staff_user_role" CHECK ("role" IN (\'admin\', \'curator\')), CONSTRAINT "PK_cec9365d9fc3a3409158b645f2e" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "UQ_staff_user_email" ON "staff_user"  ("email") ',
    );
    await queryRunner.query(
      'CREATE TABLE "staff_token" ("id" uuid NOT NULL, "purpose" character varying(16) NOT NULL, "token_hash" character(64) NOT NULL, "user_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "CHK_staff_token_purpose" CHECK ("purpose" IN (\'setup\', \'invitation\', \'reset\')), CONSTRAINT "PK_5c4c80c7c45f53e9bb4cb1e1049" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "UQ_staff_token_hash" ON "staff_token"  ("token_hash") ',
    );
    await queryRunner.query('CREATE INDEX "IDX_staff_token_user" ON "staff_token"  ("user_id") ');
    await queryRunner.query(
      'ALTER TABLE "staff_token" ADD CONSTRAINT "FK_d0e0bc98c79e1d565f8a366e7a7" FOREIGN KEY ("user_id") REFERENCES "staff_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "staff_token" DROP CONSTRAINT "FK_d0e0bc98c79e1d565f8a366e7a7"',
    );
    await queryRunner.query('DROP INDEX "public"."IDX_staff_token_user"');
    await queryRunner.query('DROP INDEX "public"."UQ_staff_token_hash"');
    await queryRunner.query('DROP TABLE "staff_token"');
    await queryRunner.query('DROP INDEX "public"."UQ_staff_user_email"');
    await queryRunner.query('DROP TABLE "staff_user"');
    await queryRunner.query('DROP INDEX "public"."IDX_staff_session_expire"');
    await queryRunner.query('DROP TABLE "staff_session"');
    await queryRunner.query('DROP INDEX "public"."IDX_audit_event_subject"');
    await queryRunner.query('DROP INDEX "public"."IDX_audit_event_created_at"');
    await queryRunner.query('DROP TABLE "audit_event"');
  }
}
