import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ActingSessionGrant1796155812888 implements MigrationInterface {
  name = 'ActingSessionGrant1796155812888';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_session_principal\"");
    await queryRunner.query("DROP INDEX \"UQ_session_token_hash\"");
    await queryRunner.query("CREATE TABLE \"temporary_session\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"token_hash\" varchar(64) NOT NULL, \"principal_type\" varchar(32) NOT NULL, \"principal_id\" varchar(36) NOT NULL, \"kind\" varchar(32) NOT NULL, \"user_agent\" varchar(200), \"ip\" varchar(45), \"created_at\" datetime(3) NOT NULL, \"last_seen_at\" datetime(3) NOT NULL, \"expires_at\" datetime(3) NOT NULL, \"revoked_at\" datetime(3), \"acting_for_user_id\" varchar(36), \"acting_grant_id\" varchar(36))");
    await queryRunner.query("INSERT INTO \"temporary_session\"(\"id\", \"token_hash\", \"principal_type\", \"principal_id\", \"kind\", \"user_agent\", \"ip\", \"created_at\", \"last_seen_at\", \"expires_at\", \"revoked_at\", \"acting_for_user_id\") SELECT \"id\", \"token_hash\", \"principal_type\", \"principal_id\", \"kind\", \"user_agent\", \"ip\", \"created_at\", \"last_seen_at\", \"expires_at\", \"revoked_at\", \"acting_for_user_id\" FROM \"session\"");
    await queryRunner.query("DROP TABLE \"session\"");
    await queryRunner.query("ALTER TABLE \"temporary_session\" RENAME TO \"session\"");
    await queryRunner.query("CREATE INDEX \"IDX_session_principal\" ON \"session\" (\"principal_type\", \"principal_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"UQ_session_token_hash\" ON \"session\" (\"token_hash\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"UQ_session_token_hash\"");
    await queryRunner.query("DROP INDEX \"IDX_session_principal\"");
    await queryRunner.query("ALTER TABLE \"session\" RENAME TO \"temporary_session\"");
    await queryRunner.query("CREATE TABLE \"session\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"token_hash\" varchar(64) NOT NULL, \"principal_type\" varchar(32) NOT NULL, \"principal_id\" varchar(36) NOT NULL, \"kind\" varchar(32) NOT NULL, \"user_agent\" varchar(200), \"ip\" varchar(45), \"created_at\" datetime(3) NOT NULL, \"last_seen_at\" datetime(3) NOT NULL, \"expires_at\" datetime(3) NOT NULL, \"revoked_at\" datetime(3), \"acting_for_user_id\" varchar(36))");
    await queryRunner.query("INSERT INTO \"session\"(\"id\", \"token_hash\", \"principal_type\", \"principal_id\", \"kind\", \"user_agent\", \"ip\", \"created_at\", \"last_seen_at\", \"expires_at\", \"revoked_at\", \"acting_for_user_id\") SELECT \"id\", \"token_hash\", \"principal_type\", \"principal_id\", \"kind\", \"user_agent\", \"ip\", \"created_at\", \"last_seen_at\", \"expires_at\", \"revoked_at\", \"acting_for_user_id\" FROM \"temporary_session\"");
    await queryRunner.query("DROP TABLE \"temporary_session\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"UQ_session_token_hash\" ON \"session\" (\"token_hash\") ");
    await queryRunner.query("CREATE INDEX \"IDX_session_principal\" ON \"session\" (\"principal_type\", \"principal_id\") ");
  }
}
