import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SavedViews1795446529635 implements MigrationInterface {
  name = 'SavedViews1795446529635';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "saved_view" ("id" varchar(36) PRIMARY KEY NOT NULL, "owner_id" varchar(36) NOT NULL, "name" varchar(80) NOT NULL, "name_key" varchar(80) NOT NULL, "view" text NOT NULL, "created_at" datetime(3) NOT NULL, "updated_at" datetime(3) NOT NULL, "version" integer NOT NULL)',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "UQ_saved_view_owner_name" ON "saved_view" ("owner_id", "name_key") ',
    );
    await queryRunner.query('DROP INDEX "UQ_saved_view_owner_name"');
    await queryRunner.query(
      'CREATE TABLE "temporary_saved_view" ("id" varchar(36) PRIMARY KEY NOT NULL, "owner_id" varchar(36) NOT NULL, "name" varchar(80) NOT NULL, "name_key" varchar(80) NOT NULL, "view" text NOT NULL, "created_at" datetime(3) NOT NULL, "updated_at" datetime(3) NOT NULL, "version" integer NOT NULL, CONSTRAINT "FK_51e7a47d07fef90b5081c8683c0" FOREIGN KEY ("owner_id") REFERENCES "user_account" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_saved_view"("id", "owner_id", "name", "name_key", "view", "created_at", "updated_at", "version") SELECT "id", "owner_id", "name", "name_key", "view", "created_at", "updated_at", "version" FROM "saved_view"',
    );
    await queryRunner.query('DROP TABLE "saved_view"');
    await queryRunner.query('ALTER TABLE "temporary_saved_view" RENAME TO "saved_view"');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "UQ_saved_view_owner_name" ON "saved_view" ("owner_id", "name_key") ',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "UQ_saved_view_owner_name"');
    await queryRunner.query('ALTER TABLE "saved_view" RENAME TO "temporary_saved_view"');
    await queryRunner.query(
      'CREATE TABLE "saved_view" ("id" varchar(36) PRIMARY KEY NOT NULL, "owner_id" varchar(36) NOT NULL, "name" varchar(80) NOT NULL, "name_key" varchar(80) NOT NULL, "view" text NOT NULL, "created_at" datetime(3) NOT NULL, "updated_at" datetime(3) NOT NULL, "version" integer NOT NULL)',
    );
    await queryRunner.query(
      'INSERT INTO "saved_view"("id", "owner_id", "name", "name_key", "view", "created_at", "updated_at", "version") SELECT "id", "owner_id", "name", "name_key", "view", "created_at", "updated_at", "version" FROM "temporary_saved_view"',
    );
    await queryRunner.query('DROP TABLE "temporary_saved_view"');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "UQ_saved_view_owner_name" ON "saved_view" ("owner_id", "name_key") ',
    );
    await queryRunner.query('DROP INDEX "UQ_saved_view_owner_name"');
    await queryRunner.query('DROP TABLE "saved_view"');
  }
}
