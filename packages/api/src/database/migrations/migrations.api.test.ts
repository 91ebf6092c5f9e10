import { describeEachDialect } from '../../../test/db';

describeEachDialect('migrations', (db) => {
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
});
