import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Init1795436334247 implements MigrationInterface {
  name = 'Init1795436334247';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"client\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"code\" varchar(32) NOT NULL, \"name\" varchar(200) NOT NULL, \"name_key\" varchar(200) NOT NULL, \"kind\" varchar(16) NOT NULL, \"status\" varchar(16) NOT NULL, \"lifecycle\" varchar(16) NOT NULL, \"created_at\" datetime(3) NOT NULL, \"updated_at\" datetime(3) NOT NULL, \"version\" integer NOT NULL, \"billing_line1\" varchar(200), \"billing_line2\" varchar(200), \"billing_city\" varchar(120), \"billing_region\" varchar(80), \"billing_postal_code\" varchar(12), \"billing_country\" varchar(2))");
    await queryRunner.query("CREATE UNIQUE INDEX \"UQ_client_code\" ON \"client\" (\"code\") ");
    await queryRunner.query("CREATE INDEX \"IDX_client_name_key\" ON \"client\" (\"name_key\") ");
    await queryRunner.query("CREATE INDEX \"IDX_client_created_at\" ON \"client\" (\"created_at\") ");
    await queryRunner.query("CREATE INDEX \"IDX_client_updated_at\" ON \"client\" (\"updated_at\") ");
    await queryRunner.query("CREATE TABLE \"counter\" (\"name\" varchar(64) PRIMARY KEY NOT NULL, \"value\" integer NOT NULL)");
    await queryRunner.query("CREATE TABLE \"user_account\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"email\" varchar(254) NOT NULL, \"display_name\" varchar(120) NOT NULL, \"role\" varchar(16) NOT NULL, \"password_hash\" varchar(255) NOT NULL, \"locale\" varchar(2) NOT NULL, \"created_at\" datetime(3) NOT NULL, \"updated_at\" datetime(3) NOT NULL, \"version\" integer NOT NULL)");
    await queryRunner.query("CREATE UNIQUE INDEX \"UQ_user_email\" ON \"user_account\" (\"email\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"UQ_user_email\"");
    await queryRunner.query("DROP TABLE \"user_account\"");
    await queryRunner.query("DROP TABLE \"counter\"");
    await queryRunner.query("DROP INDEX \"IDX_client_updated_at\"");
    await queryRunner.query("DROP INDEX \"IDX_client_created_at\"");
    await queryRunner.query("DROP INDEX \"IDX_client_name_key\"");
    await queryRunner.query("DROP INDEX \"UQ_client_code\"");
    await queryRunner.query("DROP TABLE \"client\"");
  }
}
