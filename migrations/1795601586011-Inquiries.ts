import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Inquiries1795601586011 implements MigrationInterface {
  name = 'Inquiries1795601586011';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "rate_limit" ("key" character varying(255) NOT NULL, "points" integer NOT NULL DEFAULT \'0\', "expire" bigint, CONSTRAINT "PK_e6c0c0608decdf78e4d4b263397" PRIMARY KEY ("key"))',
    );
    await queryRunner.query(
      'CREATE TABLE "inquiry" ("id" uuid NOT NULL, "reference" character varying(20) NOT NULL, "technology_id" uuid NOT NULL, "status" character varying(20) NOT NULL DEFAULT \'new\', "name" character varying(120) NOT NULL, "email" character varying(254) NOT NULL, "organization" character varying(200) NOT NULL, "country" character(2) NOT NULL, "role" character varying(120), "phone" character varying(40), "interest" character varying(24) NOT NULL, "message" text NOT NULL, "message_hash" character(64) NOT NULL, "language" character varying(2) NOT NULL, "consented_at" TIMESTAMP WITH TIME ZONE NOT NULL, "token_hash" character(64) NOT NULL, "assignee" character varying(120), "decline_reason" character varying(32), "decline_note" text, "first_response_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT \'1\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_inquiry_decline_reason" CHECK (("status" = \'declined\') = ("decline_reason" IS NOT NULL) AND ("decline_reason" IS NULL OR "decline_reason" IN (\'not_available\', \'field_exclusive_granted\', \'insufficient_fit\', \'no_response\', \'other\'))), CONSTRAINT "CHK_inquiry_language" CHECK ("language" IN (\'ko\', \'en\')), CONSTRAINT "CHK_inquiry_interest" CHECK ("interest" IN (\'license\', \'co_development\', \'sponsored_research\', \'evaluation\', \'other\')), CONSTRAINT "CHK_inquiry_status" CHECK ("status" IN (\'new\', \'triaged\', \'in_discussion\', \'under_cda\', \'negotiating\', \'licensed\', \'declined\', \'withdrawn\')), CONSTRAINT "PK_3e226d0994e8bd24252dd65e1b6" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "UQ_inquiry_reference" ON "inquiry"  ("reference") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_inquiry_duplicate" ON "inquiry"  ("technology_id", "email", "message_hash", "created_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_inquiry_technology_created" ON "inquiry"  ("technology_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_inquiry_status_created" ON "inquiry"  ("status", "created_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_inquiry_created" ON "inquiry"  ("created_at", "id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "inquiry_reference_counter" ("year" integer NOT NULL, "last" integer NOT NULL, CONSTRAINT "PK_41ccc101ba5805cdc8037d2db40" PRIMARY KEY ("year"))',
    );
    await queryRunner.query(
      'CREATE TABLE "inquiry_event" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "inquiry_id" uuid NOT NULL, "type" character varying(20) NOT NULL, "actor" character varying(10) NOT NULL, "actor_key_id" uuid, "actor_name" character varying(100), "from_status" character varying(20), "to_status" character varying(20), "body" text, "details" jsonb NOT NULL DEFAULT \'{}\', "visible_to_partner" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_inquiry_event_note_private" CHECK ("type" <> \'note\' OR NOT "visible_to_partner"), CONSTRAINT "CHK_inquiry_event_actor" CHECK ("actor" IN (\'partner\', \'staff\', \'system\')), CONSTRAINT "CHK_inquiry_event_type" CHECK ("type" IN (\'created\', \'status_changed\', \'assigned\', \'note\', \'message\')), CONSTRAINT "PK_4917197ccdc17b67d2398a9e396" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_inquiry_event_inquiry" ON "inquiry_event"  ("inquiry_id", "id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "mail_message" ("id" uuid NOT NULL, "kind" character varying(60) NOT NULL, "subject_ref" character varying(60) NOT NULL, "recipients" text array NOT NULL, "cc" text array NOT NULL DEFAULT \'{}\', "language" character varying(2) NOT NULL, "subject" character varying(300) NOT NULL, "body_text" text, "body_html" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "sent_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_d23285093ea237bc7632d4fcce9" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_mail_message_subject_ref" ON "mail_message"  ("subject_ref", "created_at") ',
    );
    await queryRunner.query(
      'ALTER TABLE "inquiry" ADD CONSTRAINT "FK_64555497a4eb83f9c9ec6ee165b" FOREIGN KEY ("technology_id") REFERENCES "technology"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "inquiry_event" ADD CONSTRAINT "FK_619d80299532f737c928c9629c2" FOREIGN KEY ("inquiry_id") REFERENCES "inquiry"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "inquiry_event" DROP CONSTRAINT "FK_619d80299532f737c928c9629c2"',
    );
    await queryRunner.query(
      'ALTER TABLE "inquiry" DROP CONSTRAINT "FK_64555497a4eb83f9c9ec6ee165b"',
    );
    await queryRunner.query('DROP INDEX "public"."IDX_mail_message_subject_ref"');
    await queryRunner.query('DROP TABLE "mail_message"');
    await queryRunner.query('DROP INDEX "public"."IDX_inquiry_event_inquiry"');
    await queryRunner.query('DROP TABLE "inquiry_event"');
    await queryRunner.query('DROP TABLE "inquiry_reference_counter"');
    await queryRunner.query('DROP INDEX "public"."IDX_inquiry_created"');
    await queryRunner.query('DROP INDEX "public"."IDX_inquiry_status_created"');
    await queryRunner.query('DROP INDEX "public"."IDX_inquiry_technology_created"');
    await queryRunner.query('DROP INDEX "public"."IDX_inquiry_duplicate"');
    await queryRunner.query('DROP INDEX "public"."UQ_inquiry_reference"');
    await queryRunner.query('DROP TABLE "inquiry"');
    await queryRunner.query('DROP TABLE "rate_limit"');
  }
}
