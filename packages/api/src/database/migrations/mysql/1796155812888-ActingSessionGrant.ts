import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ActingSessionGrant1796155812888 implements MigrationInterface {
  name = 'ActingSessionGrant1796155812888';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE `session` ADD `acting_grant_id` varchar(36) NULL');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE `session` DROP COLUMN `acting_grant_id`');
  }
}
