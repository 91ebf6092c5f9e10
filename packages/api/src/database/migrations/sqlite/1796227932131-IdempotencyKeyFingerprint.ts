import type { MigrationInterface, QueryRunner } from 'typeorm';

export class IdempotencyKeyFingerprint1796227932131 implements MigrationInterface {
  name = 'IdempotencyKeyFingerprint1796227932131';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"UQ_idempotency_key\"");
    await queryRunner.query("CREATE TABLE \"temporary_idempotency_key\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"scope\" varchar(120) NOT NULL, \"key\" varchar(100) NOT NULL, \"result_id\" varchar(36) NOT NULL, \"created_at\" datetime(3) NOT NULL, \"fingerprint\" varchar(64))");
    await queryRunner.query("INSERT INTO \"temporary_idempotency_key\"(\"id\", \"scope\", \"key\", \"result_id\", \"created_at\") SELECT \"id\", \"scope\", \"key\", \"result_id\", \"created_at\" FROM \"idempotency_key\"");
    await queryRunner.query("DROP TABLE \"idempotency_key\"");
    await queryRunner.query("ALTER TABLE \"temporary_idempotency_key\" RENAME TO \"idempotency_key\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"UQ_idempotency_key\" ON \"idempotency_key\" (\"scope\", \"key\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"UQ_idempotency_key\"");
    await queryRunner.query("ALTER TABLE \"idempotency_key\" RENAME TO \"temporary_idempotency_key\"");
    await queryRunner.query("CREATE TABLE \"idempotency_key\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"scope\" varchar(120) NOT NULL, \"key\" varchar(100) NOT NULL, \"result_id\" varchar(36) NOT NULL, \"created_at\" datetime(3) NOT NULL)");
    await queryRunner.query("INSERT INTO \"idempotency_key\"(\"id\", \"scope\", \"key\", \"result_id\", \"created_at\") SELECT \"id\", \"scope\", \"key\", \"result_id\", \"created_at\" FROM \"temporary_idempotency_key\"");
    await queryRunner.query("DROP TABLE \"temporary_idempotency_key\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"UQ_idempotency_key\" ON \"idempotency_key\" (\"scope\", \"key\") ");
  }
}
