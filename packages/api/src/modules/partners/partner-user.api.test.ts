import { StaffRole } from '@clientele/shared';
import { createPartnerAccount } from '../../../test/accounts';
import { describeEachDialect } from '../../../test/db';
import { TestServer } from '../../../test/http';
import { createStaffUser } from '../../../test/users';
import { Activity } from '../activity/activity.entity';
import { OutboxEmail } from '../email/outbox-email.entity';
import { hashPassword } from '../auth/password-hashing';
import { PartnerUser } from './partner.entity';

const PASSWORD = 'une phrase de passe partenaire';
const SIGN_IN = `mutation($i: SignInInput!) { signIn(input: $i) { token } }`;
const ME = `{ me { partnerUser { id } } }`;
const DEACTIVATE = `mutation($i: PartnerUserRefInput!) { deactivatePartnerUser(input: $i) { partnerUser { id deactivatedAt version } } }`;
const REACTIVATE = `mutation($i: PartnerUserRefInput!) { reactivatePartnerUser(input: $i) { partnerUser { id deactivatedAt version } } }`;

describeEachDialect('deactivating and reactivating a partner user', (db) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await TestServer.start(db().dataSource);
  });
  afterAll(() => server.stop());

  async function signedInAdmin() {
    const admin = await createStaffUser(
      db().dataSource,
      StaffRole.ADMIN,
      'Admin',
      await hashPassword(PASSWORD),
    );
    const browser = server.browser();
    await browser.graphql(SIGN_IN, { i: { login: admin.email, password: PASSWORD } });
    return { admin, browser };
  }

  const versionOf = async (id: string) =>
    (await db().dataSource.getRepository(PartnerUser).findOneByOrFail({ id })).version;

  it('refuses their sign-in like a wrong password and ends their sessions and API tokens at once; recorded', async () => {
    const { admin, browser: staff } = await signedInAdmin();
    const { user } = await createPartnerAccount(server.services, PASSWORD);
    const console = server.browser();
    await console.graphql(SIGN_IN, { i: { login: user.email, password: PASSWORD } });
    const app = (
      await server
        .browser()
        .graphql(SIGN_IN, { i: { login: user.email, password: PASSWORD, kind: 'BEARER' } })
    ).body.data.signIn.token;
    const minted = await console.graphql(
      `mutation { createApiToken(input: { name: "Tableau", scope: READ }) { token } }`,
    );
    const dashboard = server.browser({ authorization: `Bearer ${minted.body.data.createApiToken.token}` });
    expect((await dashboard.graphql(`{ clients { totalCount } }`)).body.errors).toBeUndefined();

    // What they see on the Partners page: each user's state and the version to send back.
    const listed = await staff.graphql(`{ partners { users { id deactivatedAt version } } }`);
    const row = listed.body.data.partners
      .flatMap((p: { users: { id: string }[] }) => p.users)
      .find((u: { id: string }) => u.id === user.id);
    expect(row).toEqual({ id: user.id, deactivatedAt: null, version: await versionOf(user.id) });

    const done = await staff.graphql(DEACTIVATE, { i: { id: user.id, version: row.version } });
    expect(done.body.errors).toBeUndefined();
    expect(done.body.data.deactivatePartnerUser.partnerUser.deactivatedAt).not.toBeNull();
    expect(done.body.data.deactivatePartnerUser.partnerUser.version).toBe(row.version + 1);

    expect((await console.graphql(ME)).body.data.me).toBeNull();
    expect((await server.browser({ authorization: `Bearer ${app}` }).graphql(ME)).body.data.me).toBeNull();
    expect((await dashboard.graphql(`{ clients { totalCount } }`)).body.errors[0].extensions.code).toBe(
      'UNAUTHENTICATED',
    );
    const refused = await server.browser().graphql(SIGN_IN, { i: { login: user.email, password: PASSWORD } });
    const wrong = await server
      .browser()
      .graphql(SIGN_IN, { i: { login: 'personne@clientele.test', password: 'x' } });
    expect(refused.body.errors[0]).toEqual(wrong.body.errors[0]);
    // Nor does a reset link reach them.
    await server
      .browser()
      .graphql(`mutation($e: String!) { requestPasswordReset(input: { email: $e }) { done } }`, {
        e: user.email,
      });
    expect(await db().dataSource.getRepository(OutboxEmail).countBy({ to: user.email })).toBe(0);

    const entry = await db()
      .dataSource.getRepository(Activity)
      .findOneByOrFail({ entityType: 'PartnerUser', entityId: user.id, actorId: admin.id });
    expect(Object.fromEntries(entry.changes.map((c) => [c.field, c.after]))).toMatchObject({
      deactivatedAt: expect.any(String),
      sessionsRevoked: '2',
      apiTokensRevoked: '1',
    });

    // Back in: the password works again; what was revoked stays revoked.
    const back = await staff.graphql(REACTIVATE, { i: { id: user.id, version: await versionOf(user.id) } });
    expect(back.body.data.reactivatePartnerUser.partnerUser.deactivatedAt).toBeNull();
    const again = server.browser();
    expect(
      (await again.graphql(SIGN_IN, { i: { login: user.email, password: PASSWORD } })).body.errors,
    ).toBeUndefined();
    expect((await again.graphql(ME)).body.data.me.partnerUser).toEqual({ id: user.id });
    expect((await dashboard.graphql(`{ clients { totalCount } }`)).body.errors[0].extensions.code).toBe(
      'UNAUTHENTICATED',
    );
    const reactivated = await db()
      .dataSource.getRepository(Activity)
      .findBy({ entityType: 'PartnerUser', entityId: user.id, actorId: admin.id });
    expect(reactivated).toHaveLength(2);
  });

  it('changes nothing over a stale version, and signing in is not a change', async () => {
    const { browser: staff } = await signedInAdmin();
    const { user } = await createPartnerAccount(server.services, PASSWORD);
    const read = await versionOf(user.id);
    // Signing in (and failing to) is bookkeeping: the version the administrator read still holds.
    await server
      .browser()
      .graphql(SIGN_IN, { i: { login: user.email, password: 'pas le bon mot de passe' } });
    await server.browser().graphql(SIGN_IN, { i: { login: user.email, password: PASSWORD } });
    expect(await versionOf(user.id)).toBe(read);

    const stale = await staff.graphql(DEACTIVATE, { i: { id: user.id, version: read - 1 } });
    expect(stale.body.errors[0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: read });
    expect(
      (await db().dataSource.getRepository(PartnerUser).findOneByOrFail({ id: user.id })).deactivatedAt,
    ).toBeNull();
    // Two administrators at once: one deactivates, the other's version is stale by then.
    const [a, b] = await Promise.all([
      staff.graphql(DEACTIVATE, { i: { id: user.id, version: read } }),
      staff.graphql(DEACTIVATE, { i: { id: user.id, version: read } }),
    ]);
    const codes = [a, b].map((r) => r.body.errors?.[0]?.extensions?.code ?? 'ok').sort();
    expect(codes).toEqual(['CONFLICT', 'ok']);
    expect(await versionOf(user.id)).toBe(read + 1);

    const unknown = await staff.graphql(DEACTIVATE, {
      i: { id: '00000000-0000-0000-0000-000000000000', version: 1 },
    });
    expect(unknown.body.errors[0].extensions.code).toBe('NOT_FOUND');
  });

  it('is for administrators only', async () => {
    const { user } = await createPartnerAccount(server.services, PASSWORD);
    const member = await createStaffUser(
      db().dataSource,
      StaffRole.STAFF,
      'Staff',
      await hashPassword(PASSWORD),
    );
    const browser = server.browser();
    await browser.graphql(SIGN_IN, { i: { login: member.email, password: PASSWORD } });
    const refused = await browser.graphql(DEACTIVATE, {
      i: { id: user.id, version: await versionOf(user.id) },
    });
    expect(refused.body.errors[0].extensions.code).toBe('FORBIDDEN');
    expect(
      (await db().dataSource.getRepository(PartnerUser).findOneByOrFail({ id: user.id })).deactivatedAt,
    ).toBeNull();
  });
});
