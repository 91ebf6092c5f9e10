import { StaffRole } from '@clientele/shared';
import { describeEachDialect } from '../../../test/db';
import { errorOf } from '../../../test/factories';
import { TestClient } from '../../../test/graphql';
import { createStaffUser } from '../../../test/users';
import { Activity } from '../activity/activity.entity';
import type { User } from '../users/user.entity';

const VIEW_FIELDS = 'id name view version createdAt updatedAt';

describeEachDialect('saved views', (db) => {
  let api: TestClient;
  let sophie: User;
  let marc: User;
  let viewer: User;
  beforeAll(async () => {
    api = await TestClient.create(db().dataSource);
    sophie = await createStaffUser(db().dataSource, StaffRole.STAFF, 'Sophie Tremblay');
    marc = await createStaffUser(db().dataSource, StaffRole.STAFF, 'Marc Gagnon');
    viewer = await createStaffUser(db().dataSource, StaffRole.VIEWER, 'Lise Lecture');
  });
  afterAll(() => api.stop());

  const as = (user: User, locale: 'fr' | 'en' = 'en') => ({
    list: () => api.run<any>(`{ savedViews { ${VIEW_FIELDS} } }`, {}, { as: user, locale }),
    create: (input: Record<string, unknown>) =>
      api.run<any>(
        `mutation($i: CreateSavedViewInput!) { createSavedView(input: $i) { savedView { ${VIEW_FIELDS} } } }`,
        { i: input },
        { as: user, locale },
      ),
    update: (input: Record<string, unknown>) =>
      api.run<any>(
        `mutation($i: UpdateSavedViewInput!) { updateSavedView(input: $i) { savedView { ${VIEW_FIELDS} } } }`,
        { i: input },
        { as: user, locale },
      ),
    remove: (id: string) =>
      api.run<any>(
        `mutation($i: DeleteSavedViewInput!) { deleteSavedView(input: $i) { savedView { id name } } }`,
        { i: { id } },
        { as: user, locale },
      ),
  });

  const atRisk = {
    search: ' québec ',
    filter: { health: ['AT_RISK'], tier: ['PREMIUM', 'ENTERPRISE'], renewalTo: '2026-12-31' },
    sort: { field: 'RENEWAL_DATE', direction: 'ASC' },
    columns: ['name', 'code', 'health', 'renewalDate'],
  };

  it('saves, lists, renames, changes and deletes my views, each step in the activity log', async () => {
    const created = (await as(sophie).create({ name: '  Renouvellements à risque ', view: atRisk })).data
      .createSavedView.savedView;
    expect(created).toMatchObject({
      name: 'Renouvellements à risque',
      version: 1,
      // Stored normalised: trimmed search, every part present.
      view: { ...atRisk, search: 'québec' },
    });
    await as(sophie).create({ name: 'Actifs', view: { filter: { status: ['ACTIVE'] } } });
    expect((await as(sophie).list()).data.savedViews.map((v: { name: string }) => v.name)).toEqual([
      'Actifs',
      'Renouvellements à risque',
    ]);

    const renamed = (await as(sophie).update({ id: created.id, version: created.version, name: 'À risque' }))
      .data.updateSavedView.savedView;
    expect(renamed).toMatchObject({ name: 'À risque', version: 2, view: created.view });
    const changed = (
      await as(sophie).update({ id: created.id, version: 2, view: { ...atRisk, columns: ['name'] } })
    ).data.updateSavedView.savedView;
    expect(changed.view.columns).toEqual(['name']);
    expect(changed.version).toBe(3);

    // A stale version is refused rather than overwriting the newer one.
    expect(errorOf(await as(sophie).update({ id: created.id, version: 2, name: 'Vieux' }))).toMatchObject({
      code: 'CONFLICT',
      currentVersion: 3,
    });

    expect((await as(sophie).remove(created.id)).data.deleteSavedView.savedView.name).toBe('À risque');
    expect((await as(sophie).list()).data.savedViews).toHaveLength(1);

    const log = await db()
      .dataSource.getRepository(Activity)
      .find({ where: { entityType: 'SavedView', entityId: created.id }, order: { at: 'ASC' } });
    // Sorted: two steps may share a millisecond.
    expect(log.map((a) => a.action).sort()).toEqual(['CREATED', 'DELETED', 'UPDATED', 'UPDATED']);
    expect(log.every((a) => a.actorName === 'Sophie Tremblay')).toBe(true);
  });

  it('keeps each person to their own views: others are not found', async () => {
    const mine = (
      await as(marc).create({ name: 'Mes prospects', view: { filter: { lifecycle: 'PROSPECT' } } })
    ).data.createSavedView.savedView;
    expect((await as(sophie).list()).data.savedViews.map((v: { id: string }) => v.id)).not.toContain(mine.id);
    expect(errorOf(await as(sophie).update({ id: mine.id, version: 1, name: 'Volé' })).code).toBe(
      'NOT_FOUND',
    );
    expect(errorOf(await as(sophie).remove(mine.id)).code).toBe('NOT_FOUND');
    // The same name is free for someone else.
    expect((await as(sophie).create({ name: 'MES PROSPECTS', view: {} })).errors).toBeUndefined();
    // Viewers keep views too: reading is all a view does.
    expect((await as(viewer).create({ name: 'Lecture', view: {} })).errors).toBeUndefined();
    // Nobody signed in: nothing.
    expect(errorOf(await api.run('{ savedViews { id } }', {}, { as: null })).code).toBe('UNAUTHENTICATED');
  });

  it('refuses a taken name and an unreadable view, field by field, in the caller’s language', async () => {
    await as(marc).create({ name: 'Clients du Québec', view: {} });
    const taken = errorOf(await as(marc, 'fr').create({ name: 'clients du quebec', view: {} }));
    expect(taken.code).toBe('BAD_USER_INPUT');
    expect(taken.fields).toEqual([
      { path: 'input.name', code: 'ALREADY_TAKEN', message: expect.stringContaining('clients du quebec') },
    ]);

    const empty = errorOf(await as(marc).create({ name: '   ', view: {} }));
    expect(empty.fields).toEqual([{ path: 'input.name', code: 'REQUIRED', message: expect.any(String) }]);

    const bad = errorOf(
      await as(marc, 'fr').create({
        name: 'Mauvaise',
        view: { filter: { status: ['NAPPING'], renewalFrom: '31/12/2026' }, columns: ['code'], extra: 1 },
      }),
    );
    expect(bad.fields.map((f: { path: string; code: string }) => [f.path, f.code])).toEqual([
      ['input.view.extra', 'INVALID_CHOICE'],
      ['input.view.filter.status.0', 'INVALID_CHOICE'],
      ['input.view.filter.renewalFrom', 'INVALID_FORMAT'],
      ['input.view.columns', 'REQUIRED'],
    ]);
    expect(bad.fields[0].message).toMatch(/[éèàç]|valeur|choix/i);

    const saved = (await as(marc).create({ name: 'Une autre', view: {} })).data.createSavedView.savedView;
    const clash = errorOf(
      await as(marc).update({ id: saved.id, version: saved.version, name: 'Clients du Québec' }),
    );
    expect(clash.fields[0]).toMatchObject({ path: 'input.name', code: 'ALREADY_TAKEN' });
    const badView = errorOf(
      await as(marc).update({ id: saved.id, version: saved.version, view: { sort: { field: 'CITY' } } }),
    );
    expect(badView.fields.map((f: { path: string }) => f.path)).toEqual([
      'input.view.sort.field',
      'input.view.sort.direction',
    ]);
  });

  it('returns the first view for a retried create with the same key', async () => {
    const input = { name: 'Réessai', view: {}, idempotencyKey: 'saved-view-retry-1' };
    const first = (await as(sophie).create(input)).data.createSavedView.savedView;
    const again = (await as(sophie).create(input)).data.createSavedView.savedView;
    expect(again.id).toBe(first.id);
  });
});
