import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SavedViews1795446529635 implements MigrationInterface {
  name = 'SavedViews1795446529635';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE `saved_view` (`id` varchar(36) NOT NULL, `owner_id` varchar(36) NOT NULL, `name` varchar(80) NOT NULL, `name_key` varchar(80) NOT NULL, `view` text NOT NULL, `created_at` datetime(3) NOT NULL, `updated_at` datetime(3) NOT NULL, `version` int NOT NULL, UNIQUE INDEX `UQ_saved_view_owner_name` (`owner_id`, `name_key`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      'ALTER TABLE `saved_view` ADD CONSTRAINT `FK_51e7a47d07fef90b5081c8683c0` FOREIGN KEY (`owner_id`) REFERENCES `user_account`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE `saved_view` DROP FOREIGN KEY `FK_51e7a47d07fef90b5081c8683c0`');
    await queryRunner.query('DROP INDEX `UQ_saved_view_owner_name` ON `saved_view`');
    await queryRunner.query('DROP TABLE `saved_view`');
  }
}
