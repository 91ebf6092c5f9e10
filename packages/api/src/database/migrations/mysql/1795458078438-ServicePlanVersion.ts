import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ServicePlanVersion1795458078438 implements MigrationInterface {
  name = 'ServicePlanVersion1795458078438';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `service_plan` ADD `version` int NOT NULL DEFAULT '1'");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE `service_plan` DROP COLUMN `version`');
  }
}
