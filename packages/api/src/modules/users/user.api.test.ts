import { StaffRole } from '@clientele/shared';
import { describeEachDialect } from '../../../test/db';
import { errorOf } from '../../../test/factories';
import { TestClient } from '../../../test/graphql';
import { TestServer } from '../../../test/http';
import { createStaffUser } from '../../../test/users';
import { Activity } from '../activity/activity.entity';
import { hashPassword } from '../auth/password-hashing';
import { OutboxEmail } from '../email/outbox-email.entity';
import { User } from './user.entity';

const USER_FIELDS = 'id email displayName role locale status version deactivatedAt lastSignInAt';
const CREATE = `mutation($i: CreateUserInput!) { createUser(input: $i) { user { ${USER_FIELDS} } } }`;
const UPDATE = `mutation($i: UpdateUserInput!) { updateUser(input: $i) { user { ${USER_FIELDS} } } }`;
const DEACTIVATE = `mutation($id: ID!) { deactivateUser(input: { id: $id }) { user { ${USER_FIELDS} } } }`;
const REACTIVATE = `mutation($id: ID!) { reactivateUser(input: { id: $id }) { user { ${USER_FIELDS} } } }`;
const PASSWORD = 'une phrase de passe pour les tests';

let sequence = 0;
const newEmail = (label: string) => `${label}-${process.pid}-${(sequence += 1)}@clientele.test`;

describeEachDialect('staff users, managed by administrators', (db) => {
  let api: TestClient;
  beforeAll(async () => {
    api = await TestClient.create(db().dataSource);
  });
  afterAll(() => api.stop());

  it('creates an invited user who gets a set-password email, then signs in with the password they chose', async () => {
    const email = newEmail('Nouvelle.Recrue');
    const created = await api.run<any>(CREATE, {
      i: {
        email: `  ${email.replace('@clientele.test', '@CLIENTELE.test')} `,
        displayName: ' Léa  Gagnon ',
        role: 'STAFF',
        locale: 'FR',
      },
    });
    expect(created.errors).toBeUndefined();
    const user = created.data.createUser.user;
    expect(user).toMatchObject({
      email: email.toLowerCase(),
      displayName: 'Léa Gagnon',
      role: 'STAFF',
      locale: 'fr',
      status: 'INVITED',
      version: 1,
      deactivatedAt: null,
    });
    const mail = await db().dataSource.getRepository(OutboxEmail).findOneByOrFail({ to: user.email });
    expect(mail).toMatchObject({
      template: 'staff-invitation',
      locale: 'fr',
      subject: 'Votre compte Clientele',
    });
    expect(mail.text).toContain('Test Admin vous a créé un compte');
    const token = decodeURIComponent(/reset-password\?token=([^\s]+)/.exec(mail.text)![1]!);
    const entry = await db()
      .dataSource.getRepository(Activity)
      .findOneByOrFail({ entityId: user.id, action: 'CREATED' as never });
    expect(entry.changes).toEqual(expect.arrayContaining([{ field: 'role', before: null, after: 'STAFF' }]));

    const reset = await api.run<any>(
      `mutation($i: ResetPasswordInput!) { resetPassword(input: $i) { done } }`,
      { i: { token, password: PASSWORD } },
      { as: null },
    );
    expect(reset.errors).toBeUndefined();
    const listed = await api.run<any>(`{ users(includeDeactivated: true) { email status } }`);
    expect(listed.data.users).toContainEqual({ email: user.email, status: 'ACTIVE' });
  });

  it('refuses a taken or malformed email and an empty name, field by field, in the caller’s language', async () => {
    const email = newEmail('doublon');
    await api.run(CREATE, { i: { email, displayName: 'Premier', role: 'VIEWER', locale: 'EN' } });
    const taken = errorOf(
      await api.run(
        CREATE,
        { i: { email: email.toUpperCase(), displayName: 'Second', role: 'VIEWER', locale: 'EN' } },
        { locale: 'fr' },
      ),
    );
    expect(taken.code).toBe('BAD_USER_INPUT');
    expect(taken.fields).toEqual([
      { path: 'input.email', code: 'ALREADY_TAKEN', message: `«\u00a0${email}\u00a0» est déjà utilisé.` },
    ]);
    const bad = errorOf(
      await api.run(CREATE, {
        i: { email: 'pas-un-courriel@', displayName: ' ', role: 'STAFF', locale: 'FR' },
      }),
    );
    expect(bad.fields).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'input.email', code: 'INVALID_FORMAT' }),
        expect.objectContaining({ path: 'input.displayName', code: 'REQUIRED' }),
      ]),
    );
    expect(await db().dataSource.getRepository(User).countBy({ email: 'pas-un-courriel@' })).toBe(0);
  });

  it('lets only administrators manage users, and any staff user change their own name and language', async () => {
    const staff = await createStaffUser(db().dataSource, StaffRole.STAFF);
    const viewer = await createStaffUser(db().dataSource, StaffRole.VIEWER);
    const refused = await api.run(
      CREATE,
      { i: { email: newEmail('refus'), displayName: 'Refus', role: 'ADMIN', locale: 'FR' } },
      { as: staff },
    );
    expect(errorOf(refused).code).toBe('FORBIDDEN');
    expect(errorOf(await api.run(DEACTIVATE, { id: viewer.id }, { as: staff })).code).toBe('FORBIDDEN');

    const me = await api.run<any>(
      `mutation($i: UpdateMeInput!) { updateMe(input: $i) { user { id displayName locale role version } } }`,
      { i: { locale: 'EN', displayName: 'Vera Viewer' } },
      { as: viewer },
    );
    expect(me.data.updateMe.user).toMatchObject({
      id: viewer.id,
      displayName: 'Vera Viewer',
      locale: 'en',
      role: 'VIEWER',
      version: 2,
    });
    const entry = await db()
      .dataSource.getRepository(Activity)
      .findOneByOrFail({ entityId: viewer.id, action: 'UPDATED' as never });
    expect(entry).toMatchObject({ actorId: viewer.id, actorType: 'STAFF' });
  });

  it('changes a role with the version read, refuses a stale one, and never lets an admin demote or deactivate themselves', async () => {
    const created = (
      await api.run<any>(CREATE, {
        i: { email: newEmail('promu'), displayName: 'Promu', role: 'VIEWER', locale: 'FR' },
      })
    ).data.createUser.user;
    const promoted = await api.run<any>(UPDATE, {
      i: { id: created.id, version: 1, role: 'STAFF', locale: 'EN' },
    });
    expect(promoted.data.updateUser.user).toMatchObject({ role: 'STAFF', locale: 'en', version: 2 });
    const stale = errorOf(
      await api.run(UPDATE, { i: { id: created.id, version: 1, displayName: 'Ancien' } }),
    );
    expect(stale).toMatchObject({ code: 'CONFLICT', currentVersion: 2, yourVersion: 1 });

    const self = await db().dataSource.getRepository(User).findOneByOrFail({ id: api.admin.id });
    const demote = errorOf(
      await api.run(UPDATE, { i: { id: self.id, version: self.version, role: 'STAFF' } }, { locale: 'fr' }),
    );
    expect(demote.code).toBe('BAD_USER_INPUT');
    expect(demote.rule).toBe('SELF_DEMOTE');
    expect(demote.fields[0]).toMatchObject({
      path: 'input.role',
      message: expect.stringContaining('propre rôle'),
    });
    const deactivate = errorOf(await api.run(DEACTIVATE, { id: self.id }));
    expect(deactivate).toMatchObject({ code: 'BAD_USER_INPUT', rule: 'SELF_DEACTIVATE' });
    expect(errorOf(await api.run(DEACTIVATE, { id: '00000000-0000-0000-0000-000000000000' })).code).toBe(
      'NOT_FOUND',
    );
  });

  it('resends an invitation with a new link, the old one no longer working, and only to invited users', async () => {
    const email = newEmail('relance');
    const user = (
      await api.run<any>(CREATE, { i: { email, displayName: 'Relancé', role: 'STAFF', locale: 'EN' } })
    ).data.createUser.user;
    const RESEND = `mutation($id: ID!) { resendUserInvitation(input: { id: $id }) { user { id status } } }`;
    const first = await db().dataSource.getRepository(OutboxEmail).findOneByOrFail({ to: email });
    expect((await api.run<any>(RESEND, { id: user.id })).data.resendUserInvitation.user.status).toBe(
      'INVITED',
    );
    const mails = await db().dataSource.getRepository(OutboxEmail).findBy({ to: email });
    expect(mails).toHaveLength(2);
    const second = mails.find((mail) => mail.id !== first.id)!;
    const linkOf = (text: string) => decodeURIComponent(/reset-password\?token=([^\s]+)/.exec(text)![1]!);
    const reset = (token: string) =>
      api.run(
        `mutation($i: ResetPasswordInput!) { resetPassword(input: $i) { done } }`,
        { i: { token, password: PASSWORD } },
        { as: null },
      );
    expect(errorOf(await reset(linkOf(first.text))).code).toBe('BAD_USER_INPUT');
    expect((await reset(linkOf(second.text))).errors).toBeUndefined();
    const again = errorOf(await api.run(RESEND, { id: user.id }));
    expect(again).toMatchObject({ code: 'BAD_USER_INPUT', rule: 'NOT_INVITED' });
    expect(await db().dataSource.getRepository(OutboxEmail).countBy({ to: email })).toBe(2);
  });

  it('hides deactivated users from pickers but not from the administration list', async () => {
    const user = await createStaffUser(db().dataSource, StaffRole.STAFF, 'Parti Bientôt');
    const deactivated = await api.run<any>(DEACTIVATE, { id: user.id });
    expect(deactivated.data.deactivateUser.user.status).toBe('DEACTIVATED');
    const picker = await api.run<any>(`{ users { id } }`);
    expect(picker.data.users.map((u: { id: string }) => u.id)).not.toContain(user.id);
    const all = await api.run<any>(`{ users(includeDeactivated: true) { id } }`);
    expect(all.data.users.map((u: { id: string }) => u.id)).toContain(user.id);
    const back = await api.run<any>(REACTIVATE, { id: user.id });
    expect(back.data.reactivateUser.user).toMatchObject({ status: 'ACTIVE', deactivatedAt: null });
  });
});

describeEachDialect('the last active administrator', (db) => {
  let api: TestClient;
  beforeAll(async () => {
    api = await TestClient.create(db().dataSource);
  });
  afterAll(() => api.stop());

  it('is never removed, even by two administrators demoting each other at the same moment', async () => {
    const a = await createStaffUser(db().dataSource, StaffRole.ADMIN, 'Admin A');
    const b = await createStaffUser(db().dataSource, StaffRole.ADMIN, 'Admin B');
    // Only A and B remain active administrators.
    await db().dataSource.getRepository(User).update({ id: api.admin.id }, { deactivatedAt: new Date() });
    const results = await Promise.all([
      api.run(UPDATE, { i: { id: b.id, version: b.version, role: 'STAFF' } }, { as: a }),
      api.run(DEACTIVATE, { id: a.id }, { as: b }),
    ]);
    const refused = results.filter((r) => r.errors?.length);
    expect(results.length - refused.length).toBe(1);
    expect(refused.map((r) => errorOf(r).rule)).toEqual(['LAST_ADMIN']);
    expect(refused[0]!.errors![0]!.message).toMatch(/last active administrator/);
    const admins = await db().dataSource.getRepository(User).findBy({ role: StaffRole.ADMIN });
    expect(admins.filter((u) => !u.deactivatedAt && u.id !== api.admin.id)).toHaveLength(1);
  });
});

describeEachDialect('a deactivated user', (db) => {
  let server: TestServer;
  let api: TestClient;
  beforeAll(async () => {
    server = await TestServer.start(db().dataSource);
    api = await TestClient.create(db().dataSource);
  });
  afterAll(async () => {
    await server.stop();
    await api.stop();
  });

  it('loses their sessions and tokens at once, cannot sign in or reset a password, and comes back when reactivated', async () => {
    const user = await createStaffUser(
      db().dataSource,
      StaffRole.ADMIN,
      'Départ',
      await hashPassword(PASSWORD),
    );
    const browser = server.browser();
    const signIn = () =>
      browser.graphql(`mutation($i: SignInInput!) { signIn(input: $i) { user { id } } }`, {
        i: { login: user.email, password: PASSWORD },
      });
    const before = await db().dataSource.getRepository(User).findOneByOrFail({ id: user.id });
    expect((await signIn()).body.errors).toBeUndefined();
    // Signing in is not an edit: an administrator's form opened before stays current.
    const after = await db().dataSource.getRepository(User).findOneByOrFail({ id: user.id });
    expect(after.lastSignInAt).not.toBeNull();
    expect(after.version).toBe(before.version);
    const minted = await browser.graphql(
      `mutation { createApiToken(input: { name: "Synchro", scope: READ }) { token } }`,
    );
    const program = server.browser({ authorization: `Bearer ${minted.body.data.createApiToken.token}` });
    expect((await program.graphql(`{ clients { totalCount } }`)).body.errors).toBeUndefined();

    expect((await api.run(DEACTIVATE, { id: user.id })).errors).toBeUndefined();
    expect((await browser.graphql(`{ me { sessionId } }`)).body.data.me).toBeNull();
    expect((await program.graphql(`{ clients { totalCount } }`)).body.errors[0].extensions.code).toBe(
      'UNAUTHENTICATED',
    );
    expect((await signIn()).body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    await browser.graphql(
      `mutation($i: RequestPasswordResetInput!) { requestPasswordReset(input: $i) { done } }`,
      {
        i: { email: user.email },
      },
    );
    expect(await db().dataSource.getRepository(OutboxEmail).countBy({ to: user.email })).toBe(0);
    const entry = await db()
      .dataSource.getRepository(Activity)
      .findOneByOrFail({ entityId: user.id, action: 'UPDATED' as never });
    expect(entry.changes.map((c) => c.field)).toEqual([
      'deactivatedAt',
      'sessionsRevoked',
      'apiTokensRevoked',
    ]);

    expect((await api.run(REACTIVATE, { id: user.id })).errors).toBeUndefined();
    expect((await signIn()).body.errors).toBeUndefined();
  });
});
