import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ContactSyncIndex1796229765640 implements MigrationInterface {
  name = 'ContactSyncIndex1796229765640';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE INDEX `IDX_contact_updated` ON `contact` (`updated_at`, `id`)");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `IDX_contact_updated` ON `contact`");
  }
}
