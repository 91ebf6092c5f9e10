import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PartnerUserDeactivation1796154491060 implements MigrationInterface {
  name = 'PartnerUserDeactivation1796154491060';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE `partner_user` ADD `deactivated_at` datetime(3) NULL');
    await queryRunner.query("ALTER TABLE `partner_user` ADD `version` int NOT NULL DEFAULT '1'");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE `partner_user` DROP COLUMN `version`');
    await queryRunner.query('ALTER TABLE `partner_user` DROP COLUMN `deactivated_at`');
  }
}
