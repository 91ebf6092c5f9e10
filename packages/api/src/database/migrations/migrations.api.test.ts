import { describeEachDialect } from '../../../test/db';

describeEachDialect('migrations', (db, dialect) => {
  it('leave no pending difference from the entities', async () => {
    const sql = await db().dataSource.driver.createSchemaBuilder().log();
    expect(sql.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('undo cleanly, then apply again', async () => {
    const { dataSource } = db();
    const count = dataSource.migrations.length;
    for (let i = 0; i < count; i += 1) await dataSource.undoLastMigration({ transaction: 'each' });
    const tables = await dataSource.createQueryRunner().getTables(['client', 'user_account', 'counter']);
    expect(tables).toHaveLength(0);
    await dataSource.runMigrations({ transaction: 'each' });
    expect(await dataSource.showMigrations()).toBe(false);
  });

  it('leave search indexes that follow the rows they index (SQLite: FTS5 tables kept by triggers)', async () => {
    const { dataSource } = db();
    const search = (word: string) =>
      dataSource.query(
        dialect === 'sqlite'
          ? `SELECT c.name FROM client c WHERE c.rowid IN (SELECT rowid FROM client_search WHERE client_search MATCH '{search_key} : ' || ?)`
          : 'SELECT c.name FROM client c WHERE MATCH(c.search_key) AGAINST (? IN BOOLEAN MODE)',
        [dialect === 'sqlite' ? `("${word}"*)` : `+${word}*`],
      );
    const id = '00000000-0000-4000-8000-00000000fts1';
    const now = new Date();
    await dataSource.query(
      `INSERT INTO client (id, code, name, name_key, live_name_key, search_key, kind, lifecycle, status, language, currency, regard, notifications_enabled, identity_provider, created_at, updated_at, version)
       VALUES (?, 'FTS-1', 'Zygomatique', 'zygomatique', 'zygomatique', 'fts-1 zygomatique', 'COMPANY', 'CUSTOMER', 'ACTIVE', 'fr', 'CAD', 'NEUTRAL', 0, 'CLIENTELE', ?, ?, 1)`,
      [
        id,
        now.toISOString().replace('T', ' ').slice(0, 23),
        now.toISOString().replace('T', ' ').slice(0, 23),
      ],
    );
    expect(await search('zygomatique')).toEqual([{ name: 'Zygomatique' }]);
    await dataSource.query("UPDATE client SET search_key = 'fts-1 autre' WHERE id = ?", [id]);
    expect(await search('zygomatique')).toEqual([]);
    await dataSource.query('DELETE FROM client WHERE id = ?', [id]);
    if (dialect === 'sqlite') {
      // FTS5's own check that the index and its table agree.
      await dataSource.query("INSERT INTO client_search(client_search) VALUES ('integrity-check')");
      await dataSource.query("INSERT INTO contact_search(contact_search) VALUES ('integrity-check')");
    }
  });
});
