import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Init1795436334247 implements MigrationInterface {
  name = 'Init1795436334247';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `client` (`id` varchar(36) NOT NULL, `code` varchar(32) NOT NULL, `name` varchar(200) NOT NULL, `name_key` varchar(200) NOT NULL, `kind` varchar(16) NOT NULL, `status` varchar(16) NOT NULL, `lifecycle` varchar(16) NOT NULL, `created_at` datetime(3) NOT NULL, `updated_at` datetime(3) NOT NULL, `version` int NOT NULL, `billing_line1` varchar(200) NULL, `billing_line2` varchar(200) NULL, `billing_city` varchar(120) NULL, `billing_region` varchar(80) NULL, `billing_postal_code` varchar(12) NULL, `billing_country` varchar(2) NULL, UNIQUE INDEX `UQ_client_code` (`code`), INDEX `IDX_client_name_key` (`name_key`), INDEX `IDX_client_created_at` (`created_at`), INDEX `IDX_client_updated_at` (`updated_at`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `counter` (`name` varchar(64) NOT NULL, `value` int NOT NULL, PRIMARY KEY (`name`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `user_account` (`id` varchar(36) NOT NULL, `email` varchar(254) NOT NULL, `display_name` varchar(120) NOT NULL, `role` varchar(16) NOT NULL, `password_hash` varchar(255) NOT NULL, `locale` varchar(2) NOT NULL, `created_at` datetime(3) NOT NULL, `updated_at` datetime(3) NOT NULL, `version` int NOT NULL, UNIQUE INDEX `UQ_user_email` (`email`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `UQ_user_email` ON `user_account`");
    await queryRunner.query("DROP TABLE `user_account`");
    await queryRunner.query("DROP TABLE `counter`");
    await queryRunner.query("DROP INDEX `IDX_client_updated_at` ON `client`");
    await queryRunner.query("DROP INDEX `IDX_client_created_at` ON `client`");
    await queryRunner.query("DROP INDEX `IDX_client_name_key` ON `client`");
    await queryRunner.query("DROP INDEX `UQ_client_code` ON `client`");
    await queryRunner.query("DROP TABLE `client`");
  }
}
