import { FieldErrorCode } from '@clientele/shared';
import { TestClock } from '../../../test/clock';
import { describeEachDialect } from '../../../test/db';
import { CREATE_CLIENT, UPDATE_CLIENT, createClient, errorOf, uniqueName } from '../../../test/factories';
import { TestClient } from '../../../test/graphql';
import { Activity } from '../activity/activity.entity';
import { Client } from './client.entity';
import { ClientService } from './client.service';
import { SYSTEM_ACTOR } from '../../app/actor';

describeEachDialect('the client file (Info)', (db) => {
  let api: TestClient;
  beforeAll(async () => {
    api = await TestClient.create(db().dataSource);
  });
  afterAll(() => api.stop());

  const update = (input: Record<string, unknown>, locale: 'fr' | 'en' = 'en') =>
    api.run<{ updateClient: { client: Record<string, any> } }>(UPDATE_CLIENT, { input }, { locale });
  const activityOf = (clientId: string) =>
    db()
      .dataSource.getRepository(Activity)
      .find({ where: { clientId }, order: { at: 'ASC' } });

  it('creates a full file, normalizing what people type', async () => {
    const client = await createClient(api, {
      legalName: ' Rénovations  Hervé David inc. ',
      website: 'hervedavid.com',
      email: 'Info@HerveDavid.COM',
      phone: '(514) 555-0142',
      currency: 'cad',
      timeZone: 'America/Toronto',
      billingAddress: { city: 'Montréal', region: 'qc', postalCode: 'h3g1p1', country: 'CA' },
      domains: ['HerveDavid.com', '@hervedavid.ca'],
      tags: ['Rénovation', 'renovation', ' VIP '],
      businessNumbers: [{ scheme: 'NEQ', value: '116 783 4521' }],
      registrationIp: '2001:db8::1',
    });
    expect(client).toMatchObject({
      legalName: 'Rénovations Hervé David inc.',
      website: 'https://hervedavid.com',
      email: 'Info@hervedavid.com',
      phone: '+15145550142',
      currency: 'CAD',
      domains: ['hervedavid.com', 'hervedavid.ca'],
      tags: ['Rénovation', 'VIP'],
      businessNumbers: [{ scheme: 'NEQ', value: '1167834521' }],
      billingAddress: { region: 'QC', postalCode: 'H3G 1P1' },
      notificationsEnabled: false,
      language: 'FR',
    });
    const [created] = await activityOf(client.id);
    expect(created).toMatchObject({ action: 'CREATED', entityType: 'Client', clientVersion: 1 });
    expect(created!.changes).toEqual(
      expect.arrayContaining([
        { field: 'name', before: null, after: client.name },
        { field: 'billingAddress.city', before: null, after: 'Montréal' },
        { field: 'domains', before: null, after: 'hervedavid.com, hervedavid.ca' },
      ]),
    );
  });

  it('names an individual by first and last name', async () => {
    const last = uniqueName('Couture');
    const result = await api.run(CREATE_CLIENT, {
      input: { kind: 'INDIVIDUAL', firstName: 'Mireille', lastName: last },
    });
    expect(result.errors).toBeUndefined();
    expect((result.data as any).createClient.client.name).toBe(`Mireille ${last}`);
    const refused = await api.run(CREATE_CLIENT, { input: { kind: 'INDIVIDUAL', firstName: '' } });
    expect(
      errorOf(refused)
        .fields.map((f: { path: string }) => f.path)
        .sort(),
    ).toEqual(['input.firstName', 'input.lastName']);
  });

  it('updates only what is sent, bumps the version, and logs the field-by-field diff', async () => {
    const client = await createClient(api, {
      billingAddress: { city: 'Québec', country: 'CA' },
      tags: ['A'],
    });
    const result = await update({
      id: client.id,
      version: 1,
      status: 'SUSPENDED',
      phone: '418 555 0123',
      billingAddress: { city: 'Lévis', region: 'QC', country: 'CA' },
      tags: ['B'],
    });
    expect(result.errors).toBeUndefined();
    const updated = result.data!.updateClient.client;
    expect(updated).toMatchObject({
      version: 2,
      status: 'SUSPENDED',
      phone: '+14185550123',
      name: client.name,
      tags: ['B'],
    });
    const entries = await activityOf(client.id);
    expect(entries.at(-1)).toMatchObject({ action: 'UPDATED', clientVersion: 2 });
    expect(entries.at(-1)!.changes).toEqual([
      { field: 'status', before: 'ACTIVE', after: 'SUSPENDED' },
      { field: 'phone', before: null, after: '+14185550123' },
      { field: 'billingAddress.city', before: 'Québec', after: 'Lévis' },
      { field: 'billingAddress.region', before: null, after: 'QC' },
      { field: 'tags', before: 'A', after: 'B' },
    ]);

    // Sending what is already there changes nothing, not even the version.
    const same = await update({ id: client.id, version: 2, status: 'SUSPENDED' });
    expect(same.data!.updateClient.client.version).toBe(2);
    expect(await activityOf(client.id)).toHaveLength(entries.length);
  });

  it('refuses a stale version with CONFLICT, naming the fields changed since, and writes nothing', async () => {
    const client = await createClient(api);
    await update({ id: client.id, version: 1, status: 'INACTIVE' });
    await update({ id: client.id, version: 2, email: 'a@b.ca', billingAddress: { city: 'Gaspé' } });
    const stale = await update({ id: client.id, version: 1, description: 'Mine' });
    expect(errorOf(stale)).toEqual({
      code: 'CONFLICT',
      currentVersion: 3,
      yourVersion: 1,
      changedFields: ['status', 'email', 'billingAddress.city'],
    });
    const stored = await db().dataSource.getRepository(Client).findOneByOrFail({ id: client.id });
    expect(stored).toMatchObject({ version: 3, description: null });
  });

  it('lets exactly one of two simultaneous updates of the same version through', async () => {
    const client = await createClient(api);
    const results = await Promise.all([
      update({ id: client.id, version: 1, description: 'first' }),
      update({ id: client.id, version: 1, description: 'second' }),
    ]);
    const codes = results.map((r) => (r.errors ? errorOf(r).code : 'OK')).sort();
    expect(codes).toEqual(['CONFLICT', 'OK']);
    const stored = await db().dataSource.getRepository(Client).findOneByOrFail({ id: client.id });
    expect(stored.version).toBe(2);
  });

  it.each([
    ['input.phone', FieldErrorCode.INVALID_FORMAT, { phone: '521 1224 6321' }],
    ['input.registrationIp', FieldErrorCode.INVALID_FORMAT, { registrationIp: '123.542.654.785' }],
    ['input.email', FieldErrorCode.INVALID_FORMAT, { email: 'not-an-email' }],
    ['input.website', FieldErrorCode.INVALID_FORMAT, { website: 'ftp://x.y' }],
    ['input.currency', FieldErrorCode.INVALID_CHOICE, { currency: 'CAN' }],
    ['input.timeZone', FieldErrorCode.INVALID_CHOICE, { timeZone: 'Mars/Olympus' }],
    ['input.domains.1', FieldErrorCode.DUPLICATE, { domains: ['a.ca', 'A.ca'] }],
    ['input.domains.0', FieldErrorCode.INVALID_FORMAT, { domains: ['localhost'] }],
    [
      'input.businessNumbers.0.value',
      FieldErrorCode.INVALID_FORMAT,
      { businessNumbers: [{ scheme: 'NEQ', value: '123' }] },
    ],
    [
      'input.businessNumbers.0.value',
      FieldErrorCode.INVALID_FORMAT,
      { businessNumbers: [{ scheme: 'SIREN_SIRET', value: '732829321' }] },
    ],
    ['input.description', FieldErrorCode.TOO_LONG, { description: 'x'.repeat(5001) }],
    ['input.tags', FieldErrorCode.TOO_MANY, { tags: Array.from({ length: 31 }, (_, i) => `t${i}`) }],
    [
      'input.parentId',
      FieldErrorCode.INVALID_REFERENCE,
      { parentId: '00000000-0000-0000-0000-000000000000' },
    ],
    ['input.accountGroupIds.0', FieldErrorCode.INVALID_REFERENCE, { accountGroupIds: ['nope'] }],
  ])('refuses %s (%s) on update and writes nothing', async (path, code, changes) => {
    const client = await createClient(api);
    const result = await update({ id: client.id, version: 1, ...changes }, 'fr');
    expect(errorOf(result).fields).toEqual([expect.objectContaining({ path, code })]);
    expect(errorOf(result).fields[0].message).toMatch(/\S/);
    const stored = await db().dataSource.getRepository(Client).findOneByOrFail({ id: client.id });
    expect(stored.version).toBe(1);
    expect(await activityOf(client.id)).toHaveLength(1);
  });

  it('keeps each email domain to one client, and parents free of loops', async () => {
    const domain = `${uniqueName('d').replace(/\W+/g, '-').toLowerCase()}.ca`;
    const a = await createClient(api, { domains: [domain] });
    const b = await createClient(api, { parentId: a.id });
    expect(b.parentId).toBe(a.id);
    const taken = await update({ id: b.id, version: 1, domains: [domain] }, 'fr');
    expect(errorOf(taken).fields).toEqual([
      {
        path: 'input.domains.0',
        code: 'ALREADY_TAKEN',
        message: `«\u00a0${domain}\u00a0» est déjà utilisé.`,
      },
    ]);
    const loop = await update({ id: a.id, version: 1, parentId: b.id });
    expect(errorOf(loop).fields).toEqual([
      expect.objectContaining({ path: 'input.parentId', code: 'INVALID_REFERENCE' }),
    ]);
    const self = await update({ id: a.id, version: 1, billToId: a.id });
    expect(errorOf(self).fields).toEqual([
      expect.objectContaining({ path: 'input.billToId', code: 'INVALID_REFERENCE' }),
    ]);
  });

  it('finds a client by code, case aside', async () => {
    const client = await createClient(api, {
      code: uniqueName('X').replace(/\W+/g, '-').toUpperCase().slice(0, 30),
    });
    const found = await api.run(`query($code: String!) { clientByCode(code: $code) { id } }`, {
      code: client.code.toLowerCase(),
    });
    expect((found.data as any).clientByCode.id).toBe(client.id);
  });

  describe('delete and restore', () => {
    const DELETE = `mutation($ids: [ID!]!) { deleteClients(input: { ids: $ids }) { clients { id deletedAt version } } }`;
    const RESTORE = `mutation($id: ID!) { restoreClient(input: { id: $id }) { client { id deletedAt version } } }`;
    const listed = async (name: string, deleted: boolean) => {
      const r = await api.run(`query($f: ClientFilter) { clients(filter: $f) { edges { node { id } } } }`, {
        f: { search: name, deleted },
      });
      return (r.data as any).clients.edges.map((e: { node: { id: string } }) => e.node.id);
    };

    it('deletes several clients at once, hides them, and restores one', async () => {
      const prefix = uniqueName('Suppr');
      const [a, b] = [
        await createClient(api, { name: `${prefix} A` }),
        await createClient(api, { name: `${prefix} B` }),
      ];
      const result = await api.run(DELETE, { ids: [a.id, b.id] });
      expect(result.errors).toBeUndefined();
      expect((result.data as any).deleteClients.clients).toHaveLength(2);
      expect(await listed(prefix, false)).toEqual([]);
      expect((await listed(prefix, true)).sort()).toEqual([a.id, b.id].sort());

      // A deleted file is still readable (to restore it) but no longer editable.
      const edit = await update({ id: a.id, version: 2, description: 'x' });
      expect(errorOf(edit)).toMatchObject({ code: 'CONFLICT', reason: 'DELETED' });

      const restored = await api.run(RESTORE, { id: a.id });
      expect((restored.data as any).restoreClient.client).toMatchObject({ deletedAt: null, version: 3 });
      expect(await listed(prefix, false)).toEqual([a.id]);
      expect((await activityOf(a.id)).map((e) => e.action)).toEqual(['CREATED', 'DELETED', 'RESTORED']);
    });

    it('deletes all or none', async () => {
      const a = await createClient(api);
      const result = await api.run(DELETE, { ids: [a.id, 'missing'] });
      expect(errorOf(result).fields).toEqual([
        expect.objectContaining({ path: 'input.ids.1', code: 'INVALID_REFERENCE' }),
      ]);
      expect(
        (await db().dataSource.getRepository(Client).findOneByOrFail({ id: a.id })).deletedAt,
      ).toBeNull();
    });

    it('refuses to restore over a live client of the same name', async () => {
      const name = uniqueName('Homonyme');
      const a = await createClient(api, { name });
      await api.run(DELETE, { ids: [a.id] });
      await createClient(api, { name });
      expect(errorOf(await api.run(RESTORE, { id: a.id }))).toMatchObject({
        code: 'CONFLICT',
        reason: 'NAME_TAKEN',
      });
    });

    it('purges clients deleted longer ago than the retention period, keeping their history', async () => {
      const a = await createClient(api);
      const b = await createClient(api);
      await api.run(DELETE, { ids: [a.id, b.id] });
      // The hourly job's service, on a clock the test moves on by days (it starts now, as they were deleted).
      const clock = new TestClock();
      const service = new ClientService(db().dataSource, clock, 30);
      const caller = { actor: SYSTEM_ACTOR, requestId: null };
      clock.advance(29 * 86_400_000);
      expect(await service.purgeDeleted(caller)).toBe(0);
      clock.advance(2 * 86_400_000);
      expect(await service.purgeDeleted(caller)).toBeGreaterThanOrEqual(2);
      expect(await db().dataSource.getRepository(Client).findOneBy({ id: a.id })).toBeNull();
      expect((await activityOf(a.id)).map((e) => e.action)).toEqual(['CREATED', 'DELETED', 'PURGED']);
    });
  });

  describe('idempotency', () => {
    it('creates once for a retried key, even when the retries race', async () => {
      const key = uniqueName('key');
      const name = uniqueName('Idempotent');
      const first = await api.run(CREATE_CLIENT, { input: { name, idempotencyKey: key } });
      const retry = await api.run(CREATE_CLIENT, { input: { name, idempotencyKey: key } });
      expect((retry.data as any).createClient.client.id).toBe((first.data as any).createClient.client.id);

      const raceKey = uniqueName('race');
      const raceName = uniqueName('Course');
      const racing = await Promise.all(
        [1, 2, 3].map(() => api.run(CREATE_CLIENT, { input: { name: raceName, idempotencyKey: raceKey } })),
      );
      const ids = racing.map((r) => {
        expect(r.errors).toBeUndefined();
        return (r.data as any).createClient.client.id;
      });
      expect(new Set(ids).size).toBe(1);
      expect(await db().dataSource.getRepository(Client).countBy({ name: raceName })).toBe(1);
    });

    it('refuses a key reused with another request, naming it, and writes nothing', async () => {
      const key = uniqueName('reused');
      const name = uniqueName('Premier');
      const first = await api.run(CREATE_CLIENT, {
        input: { name, website: 'premier.ca', idempotencyKey: key },
      });
      expect(first.errors).toBeUndefined();
      // The same request with its fields in another order is the same request.
      const same = await api.run(CREATE_CLIENT, {
        input: { idempotencyKey: key, website: 'premier.ca', name },
      });
      expect((same.data as any).createClient.client.id).toBe((first.data as any).createClient.client.id);

      const other = uniqueName('Second');
      for (const locale of ['en', 'fr'] as const) {
        const reused = await api.run(
          CREATE_CLIENT,
          { input: { name: other, idempotencyKey: key } },
          { locale },
        );
        expect(reused.data).toBeNull();
        expect(reused.errors?.[0]?.extensions).toMatchObject({
          code: 'IDEMPOTENCY_KEY_REUSED',
          idempotencyKey: key,
        });
        expect(reused.errors?.[0]?.message).toContain(key);
        expect(reused.errors?.[0]?.message).toMatch(locale === 'fr' ? /déjà servi/ : /already used/);
      }
      expect(await db().dataSource.getRepository(Client).countBy({ name: other })).toBe(0);

      // Racing: one of two different requests with one key wins, the other is refused.
      const raceKey = uniqueName('race-reused');
      const [a, b] = await Promise.all(
        [uniqueName('Course A'), uniqueName('Course B')].map((n) =>
          api.run(CREATE_CLIENT, { input: { name: n, idempotencyKey: raceKey } }),
        ),
      );
      const codes = [a, b].map((r) => r!.errors?.[0]?.extensions?.code ?? 'created').sort();
      expect(codes).toEqual(['IDEMPOTENCY_KEY_REUSED', 'created']);
    });

    it('forgets a key after 24 hours: the same key then creates again', async () => {
      const clock = new TestClock();
      const timed = await TestClient.create(db().dataSource, { clock });
      try {
        const key = uniqueName('expiring');
        const name = uniqueName('Expire');
        const first = await timed.run(CREATE_CLIENT, { input: { name, idempotencyKey: key } });
        clock.advance(24 * 3600_000 - 1000);
        const retry = await timed.run(CREATE_CLIENT, { input: { name, idempotencyKey: key } });
        expect((retry.data as any).createClient.client.id).toBe((first.data as any).createClient.client.id);
        // A day on, the key is new again, even for another request (a new name, the old one taken).
        clock.advance(2000);
        const renamed = uniqueName('Expire encore');
        const again = await timed.run(CREATE_CLIENT, { input: { name: renamed, idempotencyKey: key } });
        expect(again.errors).toBeUndefined();
        expect((again.data as any).createClient.client.id).not.toBe(
          (first.data as any).createClient.client.id,
        );
      } finally {
        await timed.stop();
      }
    });
  });
});
