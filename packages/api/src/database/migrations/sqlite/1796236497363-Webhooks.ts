import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Webhooks1796236497363 implements MigrationInterface {
  name = 'Webhooks1796236497363';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "webhook_delivery" ("id" varchar(36) PRIMARY KEY NOT NULL, "event_id" varchar(36) NOT NULL, "event_type" varchar(32) NOT NULL, "endpoint_id" varchar(36) NOT NULL, "client_id" varchar(36), "payload" text NOT NULL, "status" varchar(32) NOT NULL, "attempt_count" integer NOT NULL DEFAULT (0), "next_attempt_at" datetime(3) NOT NULL, "locked_by" varchar(64), "locked_until" datetime(3), "last_status_code" integer, "last_error" varchar(500), "created_at" datetime(3) NOT NULL, "delivered_at" datetime(3))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_webhook_delivery_endpoint" ON "webhook_delivery" ("endpoint_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_webhook_delivery_due" ON "webhook_delivery" ("status", "next_attempt_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "webhook_attempt" ("id" varchar(36) PRIMARY KEY NOT NULL, "delivery_id" varchar(36) NOT NULL, "at" datetime(3) NOT NULL, "status_code" integer, "error" varchar(500), "response_body" varchar(500), "duration_ms" integer NOT NULL)',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_webhook_attempt_delivery" ON "webhook_attempt" ("delivery_id", "at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "webhook_endpoint" ("id" varchar(36) PRIMARY KEY NOT NULL, "partner_id" varchar(36), "url" varchar(2000) NOT NULL, "description" varchar(100), "event_types" text NOT NULL, "secret" varchar(64) NOT NULL, "secret_prefix" varchar(12) NOT NULL, "enabled" boolean NOT NULL DEFAULT (1), "created_at" datetime(3) NOT NULL, "updated_at" datetime(3) NOT NULL, "deleted_at" datetime(3), "version" integer NOT NULL)',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_webhook_endpoint_partner" ON "webhook_endpoint" ("partner_id") ',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "IDX_webhook_endpoint_partner"');
    await queryRunner.query('DROP TABLE "webhook_endpoint"');
    await queryRunner.query('DROP INDEX "IDX_webhook_attempt_delivery"');
    await queryRunner.query('DROP TABLE "webhook_attempt"');
    await queryRunner.query('DROP INDEX "IDX_webhook_delivery_due"');
    await queryRunner.query('DROP INDEX "IDX_webhook_delivery_endpoint"');
    await queryRunner.query('DROP TABLE "webhook_delivery"');
  }
}
