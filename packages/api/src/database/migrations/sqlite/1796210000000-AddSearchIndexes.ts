import type { MigrationInterface, QueryRunner } from 'typeorm';

/** One FTS5 table kept in step with its table by triggers, over the columns search reads. */
function fullText(table: string, columns: string[]): string[] {
  const search = `${table}_search`;
  const list = columns.map((c) => `"${c}"`).join(', ');
  const values = (row: 'new' | 'old') => columns.map((c) => `${row}."${c}"`).join(', ');
  return [
    `CREATE VIRTUAL TABLE "${search}" USING fts5(${list}, content='${table}', content_rowid='rowid', tokenize='unicode61')`,
    `CREATE TRIGGER "${search}_insert" AFTER INSERT ON "${table}" BEGIN INSERT INTO "${search}"(rowid, ${list}) VALUES (new.rowid, ${values('new')}); END`,
    `CREATE TRIGGER "${search}_delete" AFTER DELETE ON "${table}" BEGIN INSERT INTO "${search}"("${search}", rowid, ${list}) VALUES ('delete', old.rowid, ${values('old')}); END`,
    `CREATE TRIGGER "${search}_update" AFTER UPDATE OF ${list} ON "${table}" BEGIN INSERT INTO "${search}"("${search}", rowid, ${list}) VALUES ('delete', old.rowid, ${values('old')}); INSERT INTO "${search}"(rowid, ${list}) VALUES (new.rowid, ${values('new')}); END`,
    `INSERT INTO "${search}"("${search}") VALUES ('rebuild')`,
  ];
}

/**
 * Search and a partner's list through indexes. Search reads FTS5 tables of
 * the folded keys, kept by triggers; TypeORM knows nothing of them, so a
 * future migration that rebuilds `client` or `contact` (SQLite's way to alter
 * a column) must make them again: the migrations test checks they answer.
 */
export class AddSearchIndexes1796210000000 implements MigrationInterface {
  name = 'AddSearchIndexes1796210000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "IDX_client_partner"');
    await queryRunner.query(
      'CREATE INDEX "IDX_client_partner_live_name" ON "client" ("partner_id", "live_name_key")',
    );
    for (const sql of [
      ...fullText('client', ['search_key', 'name_key']),
      ...fullText('contact', ['name_key', 'email_key']),
    ]) {
      await queryRunner.query(sql);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['contact', 'client']) {
      for (const trigger of ['insert', 'delete', 'update']) {
        await queryRunner.query(`DROP TRIGGER "${table}_search_${trigger}"`);
      }
      await queryRunner.query(`DROP TABLE "${table}_search"`);
    }
    await queryRunner.query('DROP INDEX "IDX_client_partner_live_name"');
    await queryRunner.query('CREATE INDEX "IDX_client_partner" ON "client" ("partner_id")');
  }
}
