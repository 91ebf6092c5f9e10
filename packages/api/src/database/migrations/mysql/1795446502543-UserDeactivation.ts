import type { MigrationInterface, QueryRunner } from 'typeorm';

export class UserDeactivation1795446502543 implements MigrationInterface {
  name = 'UserDeactivation1795446502543';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE `user_account` ADD `deactivated_at` datetime(3) NULL');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE `user_account` DROP COLUMN `deactivated_at`');
  }
}
