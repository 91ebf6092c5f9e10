import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PasswordResetRequests1796153108872 implements MigrationInterface {
  name = 'PasswordResetRequests1796153108872';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE `password_reset_request` (`id` varchar(36) NOT NULL, `key_hash` varchar(64) NOT NULL, `at` datetime(3) NOT NULL, INDEX `IDX_password_reset_request_at` (`at`), INDEX `IDX_password_reset_request_key_at` (`key_hash`, `at`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX `IDX_password_reset_request_key_at` ON `password_reset_request`');
    await queryRunner.query('DROP INDEX `IDX_password_reset_request_at` ON `password_reset_request`');
    await queryRunner.query('DROP TABLE `password_reset_request`');
  }
}
