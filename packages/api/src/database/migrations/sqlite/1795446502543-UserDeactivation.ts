import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Hand-trimmed from the generated rebuild of `user_account`: SQLite adds a
 * nullable column in place, and a rebuild would drop the table other tables
 * point at.
 */
export class UserDeactivation1795446502543 implements MigrationInterface {
  name = 'UserDeactivation1795446502543';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "user_account" ADD COLUMN "deactivated_at" datetime(3)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "user_account" DROP COLUMN "deactivated_at"');
  }
}
