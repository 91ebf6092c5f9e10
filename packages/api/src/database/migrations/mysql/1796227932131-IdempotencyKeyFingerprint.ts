import type { MigrationInterface, QueryRunner } from 'typeorm';

export class IdempotencyKeyFingerprint1796227932131 implements MigrationInterface {
  name = 'IdempotencyKeyFingerprint1796227932131';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `idempotency_key` ADD `fingerprint` varchar(64) NULL");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `idempotency_key` DROP COLUMN `fingerprint`");
  }
}
