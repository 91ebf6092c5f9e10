import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Hand-trimmed from the generated rebuild of `partner_user`: SQLite adds a
 * nullable column, and one with a constant default, in place.
 */
export class PartnerUserDeactivation1796154491060 implements MigrationInterface {
  name = 'PartnerUserDeactivation1796154491060';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "partner_user" ADD COLUMN "deactivated_at" datetime(3)');
    await queryRunner.query('ALTER TABLE "partner_user" ADD COLUMN "version" integer NOT NULL DEFAULT (1)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "partner_user" DROP COLUMN "version"');
    await queryRunner.query('ALTER TABLE "partner_user" DROP COLUMN "deactivated_at"');
  }
}
