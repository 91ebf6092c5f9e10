import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ClientSyncIndexes1796229407565 implements MigrationInterface {
  name = 'ClientSyncIndexes1796229407565';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE INDEX \"IDX_client_partner_updated\" ON \"client\" (\"partner_id\", \"updated_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_client_updated\" ON \"client\" (\"updated_at\", \"id\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_client_updated\"");
    await queryRunner.query("DROP INDEX \"IDX_client_partner_updated\"");
  }
}
