import { randomUUID } from 'node:crypto';
import nodemailer from 'nodemailer';
import { LessThan, MoreThanOrEqual } from 'typeorm';
import { ActorType, StaffRole } from '@clientele/shared';
import { describeEachDialect } from '../../../test/db';
import { TestServer } from '../../../test/http';
import { TestMailbox } from '../../../test/smtp';
import { createContactAccount, createPartnerAccount } from '../../../test/accounts';
import { passwordWork, type PasswordWork } from '../../../test/password-work';
import { PortalAccount } from '../access/portal-account.entity';
import { MailWorker } from '../email/mail-worker';
import { PartnerUser } from '../partners/partner.entity';
import { User } from '../users/user.entity';
import { hashPassword } from './password-hashing';
import { OneTimePurpose, OneTimeToken } from './one-time-token.entity';
import { PasswordResetRequest } from './reset-request.entity';
import { ENDED_SESSIONS_AND_LINKS_KEPT_MS, RESET_LIMITS } from './auth.service';
import { OutboxEmail } from '../email/outbox-email.entity';
import { Session, SessionKind } from './session.entity';
import { runPurge } from '../../app/jobs';

/** The one answer a reset request gets, whoever it names: no error, and what it cost. */
const RESET_ANSWERED = {
  data: { requestPasswordReset: { done: true } },
  extensions: { cost: expect.any(Object) },
};

const PASSWORD = 'érables en fleurs au printemps';
const SIGN_IN = `mutation($i: SignInInput!) { signIn(input: $i) { token expiresAt user { email displayName role } } }`;
const ME = `{ me { sessionId user { email } } }`;

describeEachDialect('sign-in, sessions and passwords', (db) => {
  let server: TestServer;
  let mailbox: TestMailbox;
  let worker: MailWorker;

  beforeAll(async () => {
    server = await TestServer.start(db().dataSource, { publicUrl: 'http://clientele.test' });
    mailbox = new TestMailbox();
    worker = new MailWorker(db().dataSource, nodemailer.createTransport(await mailbox.start()), {
      from: 'no-reply@clientele.test',
    });
  });
  afterAll(async () => {
    await server.stop();
    await mailbox.stop();
  });

  async function newUser(role: StaffRole = StaffRole.STAFF): Promise<User> {
    const now = new Date();
    return db()
      .dataSource.getRepository(User)
      .save({
        id: randomUUID(),
        email: `staff-${randomUUID().slice(0, 8)}@clientele.test`,
        displayName: 'Sophie Tremblay',
        role,
        passwordHash: await hashPassword(PASSWORD),
        locale: 'fr',
        createdAt: now,
        updatedAt: now,
        failedSignIns: 0,
        lockedUntil: null,
        lastSignInAt: null,
      });
  }

  it('hashes with argon2id at OWASP’s floor or above', async () => {
    const hash = await hashPassword(PASSWORD);
    const [, algorithm, , params] = hash.split('$');
    expect(algorithm).toBe('argon2id');
    const { m, t } = Object.fromEntries(
      params!
        .split(',')
        .map((p) => p.split('='))
        .map(([k, v]) => [k, Number(v)]),
    );
    expect(m).toBeGreaterThanOrEqual(19_456);
    expect(t).toBeGreaterThanOrEqual(2);
  });

  it('signs in with an httpOnly SameSite cookie, knows who is there, and signs out', async () => {
    const user = await newUser();
    const browser = server.browser();
    const signedIn = await browser.graphql(SIGN_IN, {
      i: { login: user.email.toUpperCase(), password: PASSWORD },
    });
    expect(signedIn.body.errors).toBeUndefined();
    expect(signedIn.body.data.signIn).toMatchObject({
      token: null,
      user: { email: user.email, role: 'STAFF' },
    });
    const cookie = signedIn.setCookies.find((c) => c.startsWith('clientele_session='))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);

    expect((await browser.graphql(ME)).body.data.me.user.email).toBe(user.email);
    expect((await server.browser().graphql(ME)).body.data.me).toBeNull();

    await browser.graphql(`mutation { signOut { done } }`);
    expect((await browser.graphql(ME)).body.data.me).toBeNull();
    // The old token no longer opens anything, even if kept.
    const reused = await server.browser({ cookie: cookie.split(';')[0]! }).graphql(ME);
    expect(reused.body.data.me).toBeNull();
  });

  it('gives an app a bearer token once, stored only hashed, revocable', async () => {
    const user = await newUser();
    const result = await server
      .browser()
      .graphql(SIGN_IN, { i: { login: user.email, password: PASSWORD, kind: 'BEARER' } });
    const token: string = result.body.data.signIn.token;
    expect(token).toMatch(/^cb_/);
    expect(result.setCookies).toEqual([]);
    const app = server.browser({ authorization: `Bearer ${token}` });
    const me = (await app.graphql(ME)).body.data.me;
    expect(me.user.email).toBe(user.email);
    const stored = await db().dataSource.getRepository(Session).findOneByOrFail({ id: me.sessionId });
    expect(stored.tokenHash).not.toContain(token.slice(3, 20));

    const console = server.browser();
    await console.graphql(SIGN_IN, { i: { login: user.email, password: PASSWORD } });
    const sessions = (await console.graphql(`{ mySessions { id kind current } }`)).body.data.mySessions;
    expect(sessions.map((s: { kind: string; current: boolean }) => [s.kind, s.current]).sort()).toEqual([
      ['BEARER', false],
      ['COOKIE', true],
    ]);
    await console.graphql(`mutation($id: ID!) { revokeSession(input: { id: $id }) { done } }`, {
      id: me.sessionId,
    });
    expect((await app.graphql(ME)).body.data.me).toBeNull();
  });

  it('ends every other session at once, and keeps this one', async () => {
    const user = await newUser();
    const apps = [];
    for (let i = 0; i < 2; i += 1) {
      const { body } = await server
        .browser()
        .graphql(SIGN_IN, { i: { login: user.email, password: PASSWORD, kind: 'BEARER' } });
      apps.push(server.browser({ authorization: `Bearer ${body.data.signIn.token}` }));
    }
    const console = server.browser();
    await console.graphql(SIGN_IN, { i: { login: user.email, password: PASSWORD } });
    const ended = await console.graphql(`mutation { revokeOtherSessions { revokedCount } }`);
    expect(ended.body.data.revokeOtherSessions.revokedCount).toBe(2);
    for (const app of apps) expect((await app.graphql(ME)).body.data.me).toBeNull();
    expect((await console.graphql(ME)).body.data.me.user.email).toBe(user.email);
    const left = (await console.graphql(`{ mySessions { current } }`)).body.data.mySessions;
    expect(left).toEqual([{ current: true }]);
  });

  it('lets no program with an API token sign its owner out', async () => {
    const admin = await newUser(StaffRole.ADMIN);
    const console = server.browser();
    await console.graphql(SIGN_IN, { i: { login: admin.email, password: PASSWORD } });
    const minted = await console.graphql(
      `mutation { createApiToken(input: { name: "Synchro", scope: READ_WRITE }) { token } }`,
    );
    const program = server.browser({ authorization: `Bearer ${minted.body.data.createApiToken.token}` });
    const refused = await program.graphql(`mutation { revokeOtherSessions { revokedCount } }`);
    expect(refused.body.errors[0].extensions.code).toBe('FORBIDDEN');
    const [session] = (await console.graphql(`{ mySessions { id } }`)).body.data.mySessions;
    const one = await program.graphql(`mutation($id: ID!) { revokeSession(input: { id: $id }) { done } }`, {
      id: session.id,
    });
    expect(one.body.errors[0].extensions.code).toBe('FORBIDDEN');
    expect((await console.graphql(ME)).body.data.me.user.email).toBe(admin.email);
  });

  it('answers a wrong password, an unknown account and a locked one alike, and locks after five failures', async () => {
    const user = await newUser();
    const attempt = async (login: string, password: string) => {
      const r = await server
        .browser({ 'accept-language': 'fr' })
        .graphql(SIGN_IN, { i: { login, password } });
      return { error: r.body.errors?.[0] };
    };
    const wrong = await attempt(user.email, 'pas le bon mot de passe');
    const unknown = await attempt('personne@clientele.test', 'pas le bon mot de passe');
    expect(wrong.error.extensions.code).toBe('UNAUTHENTICATED');
    expect(unknown.error).toEqual(wrong.error);
    expect(wrong.error.message).toMatch(/^Identifiant ou mot de passe incorrect/);

    for (let i = 0; i < 4; i += 1) await attempt(user.email, 'encore faux');
    const locked = await attempt(user.email, PASSWORD);
    expect(locked.error).toEqual(wrong.error);
    expect(
      (await db().dataSource.getRepository(User).findOneByOrFail({ id: user.id })).lockedUntil,
    ).not.toBeNull();
  });

  it('shows sessions and changes a password only to their person: not to an API token, nor to an administrator acting as a contact', async () => {
    const admin = await newUser(StaffRole.ADMIN);
    const console = server.browser();
    await console.graphql(SIGN_IN, { i: { login: admin.email, password: PASSWORD } });
    const sessions = `{ mySessions { id ip userAgent } }`;
    const change = `mutation($c: String!, $n: String!) { changePassword(input: { currentPassword: $c, newPassword: $n }) { done } }`;
    const minted = await console.graphql(
      `mutation { createApiToken(input: { name: "Synchro", scope: READ_WRITE }) { token } }`,
    );
    const program = server.browser({ authorization: `Bearer ${minted.body.data.createApiToken.token}` });
    const fromProgram = [
      await program.graphql(sessions),
      await program.graphql(change, { c: PASSWORD, n: 'une phrase choisie par le programme' }),
    ];
    for (const r of fromProgram) expect(r.body.errors[0].extensions.code).toBe('FORBIDDEN');

    const CONTACT_PASSWORD = 'le mot de passe de la cliente';
    const contact = await createContactAccount(server.services, CONTACT_PASSWORD);
    await server.browser().graphql(SIGN_IN, { i: { login: contact.login, password: CONTACT_PASSWORD } });
    await console.graphql(`mutation($id: ID!) { actAsContact(input: { accessId: $id }) { done } }`, {
      id: contact.grant.id,
    });
    expect((await console.graphql(`{ me { actingFor { id } } }`)).body.data.me.actingFor).toEqual({
      id: admin.id,
    });
    const whileActing = [
      await console.graphql(sessions),
      await console.graphql(change, { c: CONTACT_PASSWORD, n: 'une phrase choisie par l’administrateur' }),
    ];
    for (const r of whileActing) expect(r.body.errors[0].extensions.code).toBe('FORBIDDEN');
    await console.graphql(`mutation { stopActingAsContact { done } }`);

    // Nothing changed: both still sign in with their own password, and the administrator, in person, sees their sessions.
    for (const [login, password] of [
      [admin.email, PASSWORD],
      [contact.login, CONTACT_PASSWORD],
    ] as const) {
      const again = await server.browser().graphql(SIGN_IN, { i: { login, password } });
      expect(again.body.errors).toBeUndefined();
    }
    const own = await console.graphql(sessions);
    expect(own.body.errors).toBeUndefined();
    expect(own.body.data.mySessions.length).toBeGreaterThan(0);
  });

  it('answers the session mutations with their payloads, in full, to a partner and a client contact', async () => {
    const partner = await createPartnerAccount(server.services, PASSWORD);
    const contact = await createContactAccount(server.services, PASSWORD);
    for (const [login, password] of [
      [partner.user.email, PASSWORD],
      [contact.login, PASSWORD],
    ] as const) {
      const other = server.browser();
      await other.graphql(SIGN_IN, { i: { login, password } });
      const phone = server.browser();
      await phone.graphql(SIGN_IN, { i: { login, password } });
      const browser = server.browser();
      await browser.graphql(SIGN_IN, { i: { login, password } });
      const phoneSession = (await phone.graphql(`{ me { sessionId } }`)).body.data.me.sessionId;
      const answers = [
        await browser.graphql(
          `mutation($id: ID!) { revokeSession(input: { id: $id, clientMutationId: "r1" }) { done clientMutationId sessionId } }`,
          { id: phoneSession },
        ),
        await browser.graphql(
          `mutation { revokeOtherSessions(input: { clientMutationId: "r2" }) { done clientMutationId revokedCount } }`,
        ),
        await browser.graphql(
          `mutation($e: String!) { requestPasswordReset(input: { email: $e, clientMutationId: "r3" }) { done clientMutationId } }`,
          { e: login },
        ),
        await browser.graphql(
          `mutation { signOut(input: { clientMutationId: "r4" }) { done clientMutationId } }`,
        ),
      ];
      expect(answers.map(({ body }) => body.errors)).toEqual([undefined, undefined, undefined, undefined]);
      expect(answers.map(({ body }) => Object.values(body.data)[0])).toEqual([
        { done: true, clientMutationId: 'r1', sessionId: phoneSession },
        { done: true, clientMutationId: 'r2', revokedCount: 1 },
        { done: true, clientMutationId: 'r3' },
        { done: true, clientMutationId: 'r4' },
      ]);
    }
  });

  it('answers a sign-in with the new person, even from a browser still signed in as a partner', async () => {
    const partner = await createPartnerAccount(server.services, PASSWORD);
    const user = await newUser();
    const browser = server.browser();
    await browser.graphql(SIGN_IN, { i: { login: partner.user.email, password: PASSWORD } });
    expect((await browser.graphql(`{ me { partnerUser { id } } }`)).body.data.me.partnerUser).toEqual({
      id: partner.user.id,
    });
    const again = await browser.graphql(SIGN_IN, { i: { login: user.email, password: PASSWORD } });
    expect(again.body.errors).toBeUndefined();
    expect(again.body.data.signIn.user).toMatchObject({ email: user.email, role: 'STAFF' });
    expect((await browser.graphql(ME)).body.data.me.user.email).toBe(user.email);
  });

  it('answers an unknown account, and a locked one of every kind, at the cost of a wrong password', async () => {
    const { dataSource } = db();
    const wrong = await newUser();
    const lockedStaff = await newUser();
    const lockedPartner = await createPartnerAccount(server.services, PASSWORD);
    const lockedContact = await createContactAccount(server.services, PASSWORD);
    const later = new Date(Date.now() + 3_600_000);
    await dataSource.getRepository(User).update({ id: lockedStaff.id }, { lockedUntil: later });
    await dataSource.getRepository(PartnerUser).update({ id: lockedPartner.user.id }, { lockedUntil: later });
    await dataSource
      .getRepository(PortalAccount)
      .update({ id: lockedContact.account.id }, { lockedUntil: later });
    // Locked accounts are tried with their right password: the answer must not say so, nor come faster.
    const cases: Record<string, [login: string, password: string]> = {
      wrong: [wrong.email, 'pas le bon mot de passe'],
      unknown: ['personne@clientele.test', 'pas le bon mot de passe'],
      lockedStaff: [lockedStaff.email, PASSWORD],
      lockedPartner: [lockedPartner.user.email, PASSWORD],
      lockedContact: [lockedContact.login, PASSWORD],
    };
    // What an answer costs is its argon2 work (the queries are alike and cheap beside it): counted,
    // not timed, so the comparison holds however busy the machine is. The same refusal, too.
    const answers: Record<string, { work: PasswordWork; error: unknown }> = {};
    for (const [name, [login, password]] of Object.entries(cases)) {
      let body: { errors?: { message: string; extensions: unknown }[] } = {};
      const work = await passwordWork(async () => {
        ({ body } = await server.browser().graphql(SIGN_IN, { i: { login, password } }));
      });
      answers[name] = { work, error: body.errors?.[0] };
    }
    const refusal = answers.wrong!.error;
    expect(refusal).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    const likeAWrongPassword = { work: { hashes: 0, verifications: 1 }, error: refusal };
    expect(answers).toEqual(Object.fromEntries(Object.keys(cases).map((name) => [name, likeAWrongPassword])));
  });

  it('locks a staff user, a partner user and a contact after five wrong passwords, even guessed all at once', async () => {
    const { services } = server;
    const staff = await newUser();
    const partner = await createPartnerAccount(services, PASSWORD);
    const contact = await createContactAccount(services, PASSWORD);
    const repo = db().dataSource;
    const accounts = [
      { login: staff.email, read: () => repo.getRepository(User).findOneByOrFail({ id: staff.id }) },
      {
        login: partner.user.email,
        read: () => repo.getRepository(PartnerUser).findOneByOrFail({ id: partner.user.id }),
      },
      {
        login: contact.login,
        read: () => repo.getRepository(PortalAccount).findOneByOrFail({ id: contact.account.id }),
      },
    ];
    const signIn = async (login: string, password: string) =>
      (await server.browser().graphql(SIGN_IN, { i: { login, password } })).body.errors?.[0];
    for (const { login, read } of accounts) {
      const guesses = await Promise.all(
        Array.from({ length: 10 }, () => signIn(login, 'pas le bon mot de passe')),
      );
      for (const refusal of guesses) expect(refusal.extensions.code).toBe('UNAUTHENTICATED');
      const stored = await read();
      expect(stored.lockedUntil?.getTime()).toBeGreaterThan(Date.now());
      // Locked: the right password is refused exactly like a wrong one.
      expect(await signIn(login, PASSWORD)).toEqual(guesses[0]);
    }
  });

  const RESET = `mutation($e: String!) { requestPasswordReset(input: { email: $e }) { done } }`;
  let origins = 0;
  /** A reset request, from an address of origin of its own unless one is given. */
  const askReset = async (email: string, ip = `198.51.100.${(origins++ % 250) + 1}`) =>
    (await server.browser({ 'x-forwarded-for': ip }).graphql(RESET, { e: email })).body;
  const resetEmailsTo = (to: string) =>
    db().dataSource.getRepository(OutboxEmail).countBy({ to, template: 'password-reset' });

  it('answers a reset request for an unknown address like a known one, after the same recorded work', async () => {
    const user = await newUser();
    const requests = db().dataSource.getRepository(PasswordResetRequest);
    const nobody = `personne-${randomUUID()}@clientele.test`;
    const before = await requests.count();
    const known = await askReset(user.email);
    const afterKnown = await requests.count();
    const unknown = await askReset(nobody);
    const afterUnknown = await requests.count();
    expect(known).toEqual(RESET_ANSWERED);
    expect(unknown).toEqual(known);
    // Each counted against the address asked for and the address of origin, in the same transaction
    // as a known address's link and email: an unknown address does not answer sooner for doing nothing.
    expect([afterKnown - before, afterUnknown - afterKnown]).toEqual([2, 2]);
    expect(await resetEmailsTo(user.email)).toBe(1);
    expect(await resetEmailsTo(nobody)).toBe(0);
  });

  it('sends at most three reset emails an hour per address and twenty requests per address of origin, answering alike', async () => {
    const start = new Date(Date.now() - 1000);
    const user = await newUser();
    const answers = [];
    for (let i = 0; i < 5; i += 1) answers.push(await askReset(user.email));
    for (const answer of answers) expect(answer).toEqual(RESET_ANSWERED);
    expect(await resetEmailsTo(user.email)).toBe(RESET_LIMITS.perAddress);

    const other = await newUser();
    const sweeper = '203.0.113.77';
    for (let i = 0; i < RESET_LIMITS.perOrigin; i += 1)
      await askReset(`inconnu-${i}-${randomUUID()}@clientele.test`, sweeper);
    expect(await askReset(other.email, sweeper)).toEqual(RESET_ANSWERED);
    expect(await resetEmailsTo(other.email)).toBe(0);
    // From anywhere else, the same person still gets their link.
    expect(await askReset(other.email)).toEqual(RESET_ANSWERED);
    expect(await resetEmailsTo(other.email)).toBe(1);

    // An hour on (this test's requests made old), the address may ask again.
    const requests = db().dataSource.getRepository(PasswordResetRequest);
    await requests
      .createQueryBuilder()
      .update()
      .set({ at: new Date(Date.now() - RESET_LIMITS.windowMs - 1000) })
      .where('at >= :start', { start })
      .execute();
    await askReset(user.email);
    expect(await resetEmailsTo(user.email)).toBe(RESET_LIMITS.perAddress + 1);
    // The hourly job forgets what no longer counts; the request just made stays.
    const old = await requests.countBy({ at: LessThan(new Date(Date.now() - RESET_LIMITS.windowMs)) });
    expect(old).toBeGreaterThan(RESET_LIMITS.perOrigin);
    await runPurge(server.services);
    expect(await requests.countBy({ at: LessThan(new Date(Date.now() - RESET_LIMITS.windowMs)) })).toBe(0);
    expect(await requests.countBy({ at: MoreThanOrEqual(start) })).toBeGreaterThan(0);
  });

  it('resets a password through a single-use emailed link; bad links get one and the same refusal', async () => {
    const user = await newUser();
    const old = server.browser();
    await old.graphql(SIGN_IN, { i: { login: user.email, password: PASSWORD } });
    const anonymous = server.browser({ 'accept-language': 'fr' });
    const ask = `mutation($e: String!) { requestPasswordReset(input: { email: $e }) { done } }`;
    expect((await anonymous.graphql(ask, { e: user.email })).body.data.requestPasswordReset.done).toBe(true);
    expect(
      (await anonymous.graphql(ask, { e: 'nobody@clientele.test' })).body.data.requestPasswordReset.done,
    ).toBe(true);

    mailbox.messages.length = 0;
    await worker.runOnce();
    // Other tests' emails may go out in the same pass: this user's is the one to follow.
    const mail = (await mailbox.waitFor(1)).find((m) =>
      [m.to].flat().some((to) => to?.text.includes(user.email)),
    );
    expect(mail!.subject).toBe('Réinitialisation de votre mot de passe');
    const link = /http:\/\/clientele\.test\/reset-password\?token=(\S+)/.exec(mail!.text ?? '')!;
    const token = decodeURIComponent(link[1]!);

    const reset = `mutation($t: String!, $p: String!) { resetPassword(input: { token: $t, password: $p }) { done } }`;
    const weak = await anonymous.graphql(reset, { t: token, p: 'court' });
    expect(weak.body.errors[0].extensions.fields[0]).toMatchObject({
      path: 'input.password',
      code: 'TOO_SHORT',
    });

    const NEW = 'un mot de passe tout neuf';
    const [a, b] = await Promise.all([
      anonymous.graphql(reset, { t: token, p: NEW }),
      anonymous.graphql(reset, { t: token, p: `${NEW} bis` }),
    ]);
    const outcomes = [a, b].map((r) => (r.body.errors ? 'refused' : 'ok')).sort();
    expect(outcomes).toEqual(['ok', 'refused']);
    const refusal = (a.body.errors ?? b.body.errors)[0];

    const used = await anonymous.graphql(reset, { t: token, p: NEW });
    const unknown = await anonymous.graphql(reset, { t: 'pr_nothing', p: NEW });
    await db()
      .dataSource.getRepository(OneTimeToken)
      .update({ principalId: user.id }, { usedAt: null, expiresAt: new Date(Date.now() - 1000) });
    const expired = await anonymous.graphql(reset, { t: token, p: NEW });
    for (const r of [used, unknown, expired]) expect(r.body.errors[0]).toEqual(refusal);
    expect(refusal.message).toMatch(/^Ce lien n’est plus valide/);

    // The old session ended with the old password.
    expect((await old.graphql(ME)).body.data.me).toBeNull();
    const password = a.body.errors ? `${NEW} bis` : NEW;
    expect(
      (await server.browser().graphql(SIGN_IN, { i: { login: user.email, password } })).body.errors,
    ).toBeUndefined();
  });

  it('changes a password with the current one, keeping this session and ending the others', async () => {
    const user = await newUser();
    const here = server.browser();
    const elsewhere = server.browser();
    await here.graphql(SIGN_IN, { i: { login: user.email, password: PASSWORD } });
    await elsewhere.graphql(SIGN_IN, { i: { login: user.email, password: PASSWORD } });
    const change = `mutation($c: String!, $n: String!) { changePassword(input: { currentPassword: $c, newPassword: $n }) { done } }`;
    expect(
      (await here.graphql(change, { c: 'wrong', n: 'une phrase bien plus longue' })).body.errors[0].extensions
        .fields[0],
    ).toMatchObject({ path: 'input.currentPassword', message: 'The current password does not match.' });
    expect(
      (await here.graphql(change, { c: PASSWORD, n: 'une phrase bien plus longue' })).body.data
        .changePassword,
    ).toEqual({ done: true });
    expect((await here.graphql(ME)).body.data.me).not.toBeNull();
    expect((await elsewhere.graphql(ME)).body.data.me).toBeNull();
  });

  it('forgets sessions and links ended longer ago than the retention, and nothing still alive or recent', async () => {
    const user = await newUser();
    const now = Date.now();
    const longAgo = new Date(now - ENDED_SESSIONS_AND_LINKS_KEPT_MS - 86_400_000);
    const lately = new Date(now - 86_400_000);
    const later = new Date(now + 86_400_000);
    const sessions = db().dataSource.getRepository(Session);
    const session = (name: string, expiresAt: Date, revokedAt: Date | null) =>
      sessions.save({
        id: randomUUID(),
        tokenHash: randomUUID().replaceAll('-', '') + name,
        principalType: ActorType.STAFF,
        principalId: user.id,
        kind: SessionKind.COOKIE,
        userAgent: name,
        ip: null,
        createdAt: longAgo,
        lastSeenAt: longAgo,
        expiresAt,
        revokedAt,
        actingForUserId: null,
        actingGrantId: null,
      });
    await session('expired long ago', longAgo, null);
    await session('signed out long ago', later, longAgo);
    await session('expired lately', lately, null);
    await session('signed out lately', later, lately);
    await session('open', later, null);
    const links = db().dataSource.getRepository(OneTimeToken);
    const link = (expiresAt: Date, usedAt: Date | null) =>
      links.save({
        id: randomUUID(),
        tokenHash: randomUUID().replaceAll('-', '') + randomUUID().slice(0, 32),
        purpose: OneTimePurpose.PASSWORD_RESET,
        principalType: ActorType.STAFF,
        principalId: user.id,
        subjectId: null,
        createdAt: longAgo,
        expiresAt,
        usedAt,
      });
    await link(longAgo, null);
    await link(longAgo, longAgo);
    await link(lately, null);
    await link(later, null);

    await runPurge(server.services);
    const left = await sessions.findBy({ principalId: user.id });
    expect(left.map((s) => s.userAgent).sort()).toEqual(['expired lately', 'open', 'signed out lately']);
    const linksLeft = await links.findBy({ principalId: user.id });
    expect(linksLeft.map((l) => l.expiresAt.getTime()).sort((a, b) => a - b)).toEqual([
      lately.getTime(),
      later.getTime(),
    ]);
  });
});
