import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Hand-trimmed from the generated rebuild of `session`: SQLite adds a nullable column in place. */
export class ActingSessionGrant1796155812888 implements MigrationInterface {
  name = 'ActingSessionGrant1796155812888';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "session" ADD COLUMN "acting_grant_id" varchar(36)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "session" DROP COLUMN "acting_grant_id"');
  }
}
