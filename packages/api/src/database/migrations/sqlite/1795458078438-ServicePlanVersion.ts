import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Hand-trimmed from the generated rebuild of `service_plan`: SQLite adds a
 * column with a constant default in place, and a rebuild would drop the table
 * clients point at.
 */
export class ServicePlanVersion1795458078438 implements MigrationInterface {
  name = 'ServicePlanVersion1795458078438';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "service_plan" ADD COLUMN "version" integer NOT NULL DEFAULT (1)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "service_plan" DROP COLUMN "version"');
  }
}
