import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PasswordResetRequests1796153108872 implements MigrationInterface {
  name = 'PasswordResetRequests1796153108872';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "password_reset_request" ("id" varchar(36) PRIMARY KEY NOT NULL, "key_hash" varchar(64) NOT NULL, "at" datetime(3) NOT NULL)',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_password_reset_request_at" ON "password_reset_request" ("at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_password_reset_request_key_at" ON "password_reset_request" ("key_hash", "at") ',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "IDX_password_reset_request_key_at"');
    await queryRunner.query('DROP INDEX "IDX_password_reset_request_at"');
    await queryRunner.query('DROP TABLE "password_reset_request"');
  }
}
