import nodemailer from 'nodemailer';
import { In, IsNull } from 'typeorm';
import { AccessStatus, StaffRole } from '@clientele/shared';
import { AccessGrant } from './access-grant.entity';
import { PortalAccount } from './portal-account.entity';
import { describeEachDialect } from '../../../test/db';
import { TestServer } from '../../../test/http';
import { TestMailbox } from '../../../test/smtp';
import { createStaffUser } from '../../../test/users';
import { Activity } from '../activity/activity.entity';
import { OneTimeToken } from '../auth/one-time-token.entity';
import { Session } from '../auth/session.entity';
import { hashPassword } from '../auth/password-hashing';
import { MailWorker } from '../email/mail-worker';
import { runPurge } from '../../app/jobs';

const STAFF_PASSWORD = 'mot de passe du personnel';
const CONTACT_PASSWORD = 'mon propre mot de passe secret';
const GRANT = `mutation($i: GrantAccessInput!) { grantAccess(input: $i) { emailSuppressed access { id status ipAllowList account { id userCode email } } } }`;
const ACCEPT = `mutation($t: String!, $p: String!) { acceptAccessInvitation(input: { token: $t, password: $p }) { account { userCode } } }`;
const SIGN_IN = `mutation($l: String!, $p: String!) { signIn(input: { login: $l, password: $p }) { portalAccount { userCode } } }`;

describeEachDialect('granting a contact access (seed 004)', (db) => {
  let server: TestServer;
  let mailbox: TestMailbox;
  let worker: MailWorker;
  let staff: ReturnType<TestServer['browser']>;

  beforeAll(async () => {
    server = await TestServer.start(db().dataSource, { publicUrl: 'http://clientele.test' });
    mailbox = new TestMailbox();
    worker = new MailWorker(db().dataSource, nodemailer.createTransport(await mailbox.start()), {
      from: 'no-reply@clientele.test',
    });
    const user = await createStaffUser(
      db().dataSource,
      StaffRole.STAFF,
      'Sophie',
      await hashPassword(STAFF_PASSWORD),
    );
    staff = server.browser({ 'accept-language': 'fr' });
    await staff.graphql(
      `mutation($l: String!, $p: String!) { signIn(input: { login: $l, password: $p }) { user { id } } }`,
      { l: user.email, p: STAFF_PASSWORD },
    );
  });
  afterAll(async () => {
    await server.stop();
    await mailbox.stop();
  });

  /** A client with notifications as given and one linked contact. */
  async function clientWithContact(notificationsEnabled: boolean, tag: string) {
    const client = (
      await staff.graphql(
        `mutation($i: CreateClientInput!) { createClient(input: $i) { client { id code } } }`,
        {
          i: { name: `Hervé David ${tag} ${Date.now()}`, notificationsEnabled },
        },
      )
    ).body.data.createClient.client;
    const email = `mireille.${tag}.${Date.now()}@hervedavid.test`;
    const contact = (
      await staff.graphql(
        `mutation($i: CreateContactInput!) { createContact(input: $i) { contact { id } } }`,
        {
          i: {
            clientId: client.id,
            firstName: 'Mireille',
            lastName: 'Couture',
            email,
            link: { title: 'Responsable stock', type: 'OPERATIONS' },
          },
        },
      )
    ).body.data.createContact.contact;
    return { client, contact, email };
  }

  const linkIn = (text: string) => decodeURIComponent(/accept-invitation\?token=(\S+)/.exec(text)![1]!);

  it('sends the set-password link, lets the contact in from an allowed address only, and shows them only their client', async () => {
    const { client, contact, email } = await clientWithContact(true, 'ok');
    await clientWithContact(true, 'other');
    const refused = await staff.graphql(GRANT, {
      i: { clientId: client.id, contactId: contact.id, ipAllowList: ['123.542.654.785'] },
    });
    expect(refused.body.errors[0].extensions.fields).toEqual([
      expect.objectContaining({ path: 'input.ipAllowList.0', code: 'INVALID_FORMAT' }),
    ]);

    const granted = await staff.graphql(GRANT, {
      i: { clientId: client.id, contactId: contact.id, ipAllowList: ['203.0.113.0/24', '2001:db8::/32'] },
    });
    expect(granted.body.errors).toBeUndefined();
    const access = granted.body.data.grantAccess;
    expect(access).toMatchObject({
      emailSuppressed: false,
      access: { status: 'INVITED', account: { email, userCode: `${client.code.replace(/\W/g, '')}001` } },
    });

    mailbox.messages.length = 0;
    await worker.runOnce();
    const [mail] = await mailbox.waitFor(1);
    expect(mail!.subject).toMatch(/^Votre accès à l’espace client de Hervé David ok/);
    expect(mail!.text).toContain(access.access.account.userCode);
    const token = linkIn(mail!.text!);

    const anonymous = server.browser({ 'accept-language': 'fr' });
    const weak = await anonymous.graphql(ACCEPT, { t: token, p: 'court' });
    expect(weak.body.errors[0].extensions.fields[0]).toMatchObject({
      path: 'input.password',
      code: 'TOO_SHORT',
    });
    const [a, b] = await Promise.all([
      anonymous.graphql(ACCEPT, { t: token, p: CONTACT_PASSWORD }),
      anonymous.graphql(ACCEPT, { t: token, p: CONTACT_PASSWORD }),
    ]);
    expect([a, b].filter((r) => !r.body.errors)).toHaveLength(1);
    const refusal = [a, b].find((r) => r.body.errors)!.body.errors[0];
    expect(refusal.message).toMatch(/^Ce lien n’est plus valide/);
    expect(
      (await anonymous.graphql(ACCEPT, { t: 'ai_unknown', p: CONTACT_PASSWORD })).body.errors[0],
    ).toEqual(refusal);

    // From an allowed address: in, and sees only their own client.
    const inside = server.browser({ 'x-forwarded-for': '203.0.113.7' });
    const signedIn = await inside.graphql(SIGN_IN, {
      l: access.access.account.userCode.toLowerCase(),
      p: CONTACT_PASSWORD,
    });
    expect(signedIn.body.data.signIn.portalAccount.userCode).toBe(access.access.account.userCode);
    const seen = await inside.graphql(`{ portalClients { id } }`);
    expect(seen.body.data.portalClients).toEqual([{ id: client.id }]);
    expect((await inside.graphql(`{ clients { totalCount } }`)).body.errors[0].extensions.code).toBe(
      'FORBIDDEN',
    );
    expect(
      (await inside.graphql(`{ portalClients { notes { body } } }`)).body.errors[0].extensions.code,
    ).toBe('FORBIDDEN');

    // The same contact from elsewhere: refused like a wrong password, and recorded.
    const outside = server.browser({ 'x-forwarded-for': '198.51.100.9', 'accept-language': 'fr' });
    const blocked = await outside.graphql(SIGN_IN, { l: email, p: CONTACT_PASSWORD });
    expect(blocked.body.errors[0].message).toMatch(/^Identifiant ou mot de passe incorrect/);
    const entry = await db()
      .dataSource.getRepository(Activity)
      .findOneByOrFail({ clientId: client.id, action: 'SIGN_IN_REFUSED' as never });
    expect(entry.changes).toEqual([
      { field: 'ip', before: null, after: '198.51.100.9' },
      { field: 'reason', before: null, after: 'IP_NOT_ALLOWED' },
    ]);
    // An IPv6 address in an allowed range is in too.
    expect(
      (
        await server
          .browser({ 'x-forwarded-for': '2001:db8::42' })
          .graphql(SIGN_IN, { l: email, p: CONTACT_PASSWORD })
      ).body.errors,
    ).toBeUndefined();

    // Two people change the allow-list from the same version: the second is told, not silently overwritten.
    const UPDATE = `mutation($i: UpdateAccessInput!) { updateAccess(input: $i) { access { version ipAllowList } } }`;
    const read = await staff.graphql(`query($id: ID!) { client(id: $id) { accessGrants { version } } }`, {
      id: client.id,
    });
    const version = read.body.data.client.accessGrants[0].version;
    const first = await staff.graphql(UPDATE, {
      i: { id: access.access.id, version, ipAllowList: ['203.0.113.0/24', '198.51.100.0/24'] },
    });
    expect(first.body.errors).toBeUndefined();
    const second = await staff.graphql(UPDATE, { i: { id: access.access.id, version, ipAllowList: [] } });
    expect(second.body.errors[0].extensions.code).toBe('CONFLICT');
    await staff.graphql(UPDATE, {
      i: {
        id: access.access.id,
        version: first.body.data.updateAccess.access.version,
        ipAllowList: ['203.0.113.0/24', '2001:db8::/32'],
      },
    });

    // Suspended, then revoked: no way in.
    await staff.graphql(`mutation($id: ID!) { suspendAccess(input: { id: $id }) { access { status } } }`, {
      id: access.access.id,
    });
    expect(
      (
        await server
          .browser({ 'x-forwarded-for': '203.0.113.7' })
          .graphql(SIGN_IN, { l: email, p: CONTACT_PASSWORD })
      ).body.errors[0].extensions.code,
    ).toBe('UNAUTHENTICATED');
    expect((await inside.graphql(`{ portalClients { id } }`)).body.data.portalClients).toEqual([]);
    await staff.graphql(`mutation($id: ID!) { revokeAccess(input: { id: $id }) { access { status } } }`, {
      id: access.access.id,
    });
    expect(
      (
        await staff.graphql(
          `mutation($id: ID!) { reactivateAccess(input: { id: $id }) { access { status } } }`,
          { id: access.access.id },
        )
      ).body.errors[0].extensions.code,
    ).toBe('CONFLICT');
  });

  it('withholds the invitation while the client’s notifications are off, and says so', async () => {
    const { client, contact } = await clientWithContact(false, 'quiet');
    const granted = await staff.graphql(GRANT, { i: { clientId: client.id, contactId: contact.id } });
    expect(granted.body.data.grantAccess.emailSuppressed).toBe(true);
    const entry = await db()
      .dataSource.getRepository(Activity)
      .findOneByOrFail({ clientId: client.id, action: 'EMAIL_SUPPRESSED' as never });
    expect(entry.changes[1]).toEqual({ field: 'template', before: null, after: 'access-invitation' });
  });

  it('resends with a new link and a new expiry; the old link and expired ones stop working', async () => {
    const { client, contact } = await clientWithContact(true, 'resend');
    const { access } = (await staff.graphql(GRANT, { i: { clientId: client.id, contactId: contact.id } }))
      .body.data.grantAccess;
    mailbox.messages.length = 0;
    await worker.runOnce();
    const first = linkIn((await mailbox.waitFor(1))[0]!.text!);
    const resent = await staff.graphql(
      `mutation($id: ID!) { resendAccessInvitation(input: { id: $id }) { access { status invitationExpiresAt } } }`,
      { id: access.id },
    );
    expect(resent.body.data.resendAccessInvitation.access.status).toBe('INVITED');
    await worker.runOnce();
    const second = linkIn((await mailbox.waitFor(2))[1]!.text!);
    const anonymous = server.browser();
    expect(
      (await anonymous.graphql(ACCEPT, { t: first, p: CONTACT_PASSWORD })).body.errors[0].extensions.code,
    ).toBe('BAD_USER_INPUT');
    await db()
      .dataSource.getRepository(OneTimeToken)
      .update({ subjectId: access.id }, { expiresAt: new Date(Date.now() - 1000) });
    expect(
      (await anonymous.graphql(ACCEPT, { t: second, p: CONTACT_PASSWORD })).body.errors[0].extensions
        .fields[0].path,
    ).toBe('input.token');
  });

  it('refuses expired, used and unknown links alike, before looking at the password', async () => {
    const invited = async (tag: string) => {
      const { client, contact } = await clientWithContact(true, tag);
      const { access } = (await staff.graphql(GRANT, { i: { clientId: client.id, contactId: contact.id } }))
        .body.data.grantAccess;
      mailbox.messages.length = 0;
      await worker.runOnce();
      return { access, token: linkIn((await mailbox.waitFor(1))[0]!.text!) };
    };
    const anonymous = server.browser({ 'accept-language': 'fr' });
    const used = await invited('used');
    expect(
      (await anonymous.graphql(ACCEPT, { t: used.token, p: CONTACT_PASSWORD })).body.errors,
    ).toBeUndefined();
    const expired = await invited('expired');
    await db()
      .dataSource.getRepository(OneTimeToken)
      .update({ subjectId: expired.access.id }, { expiresAt: new Date(Date.now() - 1000) });

    const refusals = [];
    for (const t of [used.token, expired.token, 'ai_unknown']) {
      refusals.push((await anonymous.graphql(ACCEPT, { t, p: 'court' })).body.errors[0]);
    }
    expect(refusals[0].message).toMatch(/^Ce lien n’est plus valide/);
    expect(refusals[0].extensions.fields).toEqual([expect.objectContaining({ path: 'input.token' })]);
    expect(refusals[1]).toEqual(refusals[0]);
    expect(refusals[2]).toEqual(refusals[0]);
  });

  it('lets an unused invitation expire: recorded, its link refused like an unknown one; a resend works again', async () => {
    const { client, contact } = await clientWithContact(true, 'expiry');
    const { access } = (await staff.graphql(GRANT, { i: { clientId: client.id, contactId: contact.id } }))
      .body.data.grantAccess;
    mailbox.messages.length = 0;
    await worker.runOnce();
    const [mail] = await mailbox.waitFor(1);
    expect(mail!.text).toContain('expire dans 7 jours');
    const first = linkIn(mail!.text!);
    const link = await db().dataSource.getRepository(OneTimeToken).findOneByOrFail({ subjectId: access.id });
    expect(link.expiresAt.getTime() - link.createdAt.getTime()).toBe(7 * 86_400_000);

    // A week goes by: the deadlines move back rather than the clock forward.
    const past = new Date(Date.now() - 60_000);
    await db().dataSource.getRepository(OneTimeToken).update({ id: link.id }, { expiresAt: past });
    await db().dataSource.getRepository(AccessGrant).update({ id: access.id }, { invitationExpiresAt: past });
    await runPurge(server.services);
    const STATUS = `query($id: ID!) { client(id: $id) { accessGrants { status } } }`;
    expect((await staff.graphql(STATUS, { id: client.id })).body.data.client.accessGrants).toEqual([
      { status: 'EXPIRED' },
    ]);
    const entry = await db()
      .dataSource.getRepository(Activity)
      .findOneByOrFail({ entityId: access.id, actorType: 'SYSTEM' as never });
    expect(entry).toMatchObject({
      clientId: client.id,
      action: 'ACCESS_CHANGED',
      changes: [{ field: 'access.status', before: 'INVITED', after: 'EXPIRED' }],
    });
    const anonymous = server.browser({ 'accept-language': 'fr' });
    const dead = await anonymous.graphql(ACCEPT, { t: first, p: CONTACT_PASSWORD });
    expect(dead.body.errors[0].message).toMatch(/^Ce lien n’est plus valide/);
    expect(dead.body.errors).toEqual(
      (await anonymous.graphql(ACCEPT, { t: 'ai_unknown', p: CONTACT_PASSWORD })).body.errors,
    );

    const resent = await staff.graphql(
      `mutation($id: ID!) { resendAccessInvitation(input: { id: $id }) { access { status invitationExpiresAt } } }`,
      { id: access.id },
    );
    expect(resent.body.data.resendAccessInvitation.access.status).toBe('INVITED');
    expect(
      new Date(resent.body.data.resendAccessInvitation.access.invitationExpiresAt).getTime(),
    ).toBeGreaterThan(Date.now() + 7 * 86_400_000 - 60_000);
    mailbox.messages.length = 0;
    await worker.runOnce();
    const second = linkIn((await mailbox.waitFor(1))[0]!.text!);
    expect(second).not.toBe(first);
    expect((await anonymous.graphql(ACCEPT, { t: second, p: CONTACT_PASSWORD })).body.errors).toBeUndefined();
    expect((await staff.graphql(STATUS, { id: client.id })).body.data.client.accessGrants).toEqual([
      { status: 'ACTIVE' },
    ]);
  });

  it('gives the set-password link the days ACCESS_INVITATION_DAYS says', async () => {
    const { client, contact } = await clientWithContact(true, 'days');
    const longer = await TestServer.start(db().dataSource, { accessInvitationDays: 30 });
    try {
      const there = longer.browser({ 'accept-language': 'fr' });
      for (const [name, value] of staff.jar) there.jar.set(name, value);
      const { access } = (await there.graphql(GRANT, { i: { clientId: client.id, contactId: contact.id } }))
        .body.data.grantAccess;
      const link = await db()
        .dataSource.getRepository(OneTimeToken)
        .findOneByOrFail({ subjectId: access.id });
      expect(link.expiresAt.getTime() - link.createdAt.getTime()).toBe(30 * 86_400_000);
      mailbox.messages.length = 0;
      await worker.runOnce();
      expect((await mailbox.waitFor(1))[0]!.text).toContain('expire dans 30 jours');
    } finally {
      await longer.stop();
    }
  });
});

describeEachDialect('acting as a client contact (seed 003)', (db) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await TestServer.start(db().dataSource);
  });
  afterAll(() => server.stop());

  /**
   * A client with one linked contact, Lucie <lastName>, whose access is
   * active and limited to 203.0.113.0/24, made by the signed-in `browser`.
   */
  async function clientWithAccess(browser: ReturnType<TestServer['browser']>, lastName: string) {
    const client = (
      await browser.graphql(
        `mutation { createClient(input: { name: "Agir en tant que ${lastName} ${Date.now()}" }) { client { id } } }`,
      )
    ).body.data.createClient.client;
    const contact = (
      await browser.graphql(
        `mutation($i: CreateContactInput!) { createContact(input: $i) { contact { id } } }`,
        {
          i: {
            clientId: client.id,
            firstName: 'Lucie',
            lastName,
            email: `lucie.${Date.now()}@acting.test`,
          },
        },
      )
    ).body.data.createContact.contact;
    const { access } = (
      await browser.graphql(GRANT, {
        i: { clientId: client.id, contactId: contact.id, ipAllowList: ['203.0.113.0/24'], sendEmail: false },
      })
    ).body.data.grantAccess;
    await db()
      .dataSource.getRepository(AccessGrant)
      .update({ id: access.id }, { status: AccessStatus.ACTIVE });
    return { client, access };
  }

  it('shows an administrator exactly the contact’s view, records it, and returns in one step', async () => {
    const admin = await createStaffUser(
      db().dataSource,
      StaffRole.ADMIN,
      'Admin Démo',
      await hashPassword(STAFF_PASSWORD),
    );
    const browser = server.browser({ 'x-forwarded-for': '198.51.100.20' });
    await browser.graphql(
      `mutation($l: String!, $p: String!) { signIn(input: { login: $l, password: $p }) { user { id } } }`,
      { l: admin.email, p: STAFF_PASSWORD },
    );
    const { client, access } = await clientWithAccess(browser, 'Bérubé');

    const acted = await browser.graphql(
      `mutation($id: ID!) { actAsContact(input: { accessId: $id }) { done } }`,
      {
        id: access.id,
      },
    );
    expect(acted.body.data.actAsContact.done).toBe(true);
    const me = (
      await browser.graphql(`{ me { user { id } portalAccount { userCode } actingFor { displayName } } }`)
    ).body.data.me;
    expect(me).toEqual({
      user: null,
      portalAccount: { userCode: access.account.userCode },
      actingFor: { displayName: 'Admin Démo' },
    });
    // What the contact sees, even though the administrator sits outside the contact's allow-list.
    expect((await browser.graphql(`{ portalClients { id } }`)).body.data.portalClients).toEqual([
      { id: client.id },
    ]);
    expect((await browser.graphql(`{ clients { totalCount } }`)).body.errors[0].extensions.code).toBe(
      'FORBIDDEN',
    );
    const started = await db()
      .dataSource.getRepository(Activity)
      .findOneByOrFail({ clientId: client.id, action: 'ACTING_AS_STARTED' as never });
    expect(started).toMatchObject({ actorType: 'STAFF', actorId: admin.id });
    // Named as people read it on the timeline, not by an account id.
    expect(started.changes).toEqual([{ field: 'actingAs', before: null, after: 'Lucie Bérubé' }]);

    // The acting session is held in the contact's name, but it is the administrator's: the contact,
    // signed in from their own browser, neither sees it among their sessions nor can end it.
    await db()
      .dataSource.getRepository(PortalAccount)
      .update({ id: access.account.id }, { passwordHash: await hashPassword(STAFF_PASSWORD) });
    const own = server.browser({ 'x-forwarded-for': '203.0.113.9' });
    const signedIn = await own.graphql(
      `mutation($l: String!, $p: String!) { signIn(input: { login: $l, password: $p }) { portalAccount { id } } }`,
      { l: access.account.userCode, p: STAFF_PASSWORD },
    );
    expect(signedIn.body.errors).toBeUndefined();
    const theirs = (await own.graphql(`{ mySessions { current } }`)).body.data.mySessions;
    expect(theirs).toEqual([{ current: true }]);
    expect(
      (await own.graphql(`mutation { revokeOtherSessions { revokedCount } }`)).body.data.revokeOtherSessions
        .revokedCount,
    ).toBe(0);
    expect((await browser.graphql(`{ me { actingFor { displayName } } }`)).body.data.me.actingFor).toEqual({
      displayName: 'Admin Démo',
    });

    // An hour from the start, however busy: being used does not stretch it like a normal session.
    const sessions = db().dataSource.getRepository(Session);
    const acting = await sessions.findOneByOrFail({ actingForUserId: admin.id });
    await sessions.update({ id: acting.id }, { lastSeenAt: new Date(Date.now() - 3_600_000) });
    const asked = Date.now();
    await browser.graphql(`{ me { sessionId } }`);
    const after = await sessions.findOneByOrFail({ id: acting.id });
    expect(after.expiresAt.getTime()).toBe(acting.expiresAt.getTime());
    // Seen by that request (the hour-old mark was moved on), not a minute ago or earlier.
    expect(after.lastSeenAt.getTime()).toBeGreaterThanOrEqual(asked);

    await browser.graphql(`mutation { stopActingAsContact { done } }`);
    expect((await browser.graphql(`{ me { user { id } actingFor { id } } }`)).body.data.me).toEqual({
      user: { id: admin.id },
      actingFor: null,
    });
    expect((await sessions.findOneByOrFail({ id: acting.id })).revokedAt).not.toBeNull();
    // Coming back is on the file too, like everything done in between: as the contact, for the administrator.
    const stopped = await db()
      .dataSource.getRepository(Activity)
      .findOneByOrFail({ clientId: client.id, action: 'ACTING_AS_STOPPED' as never });
    expect(stopped).toMatchObject({
      actorType: 'CONTACT',
      entityId: started.entityId,
      onBehalfOfType: 'STAFF',
      onBehalfOfId: admin.id,
      changes: [{ field: 'actingAs', before: 'Lucie Bérubé', after: null }],
    });
    // Asked again (a second tab), it has nothing left to stop and records nothing more.
    await browser.graphql(`mutation { stopActingAsContact { done } }`);
    expect(
      await db()
        .dataSource.getRepository(Activity)
        .countBy({ clientId: client.id, action: 'ACTING_AS_STOPPED' as never }),
    ).toBe(1);

    // Signing out while acting is coming back too: recorded, and the administrator is themselves again.
    await browser.graphql(`mutation($id: ID!) { actAsContact(input: { accessId: $id }) { done } }`, {
      id: access.id,
    });
    await browser.graphql(`mutation { signOut { done } }`);
    expect(
      await db()
        .dataSource.getRepository(Activity)
        .countBy({ clientId: client.id, action: 'ACTING_AS_STOPPED' as never }),
    ).toBe(2);
    expect((await browser.graphql(`{ me { user { id } actingFor { id } } }`)).body.data.me).toEqual({
      user: { id: admin.id },
      actingFor: null,
    });
  });

  it('records an acting session whose hour ran out, once, when the hourly pass closes it', async () => {
    const admin = await createStaffUser(
      db().dataSource,
      StaffRole.ADMIN,
      'Admin Horloge',
      await hashPassword(STAFF_PASSWORD),
    );
    const browser = server.browser();
    await browser.graphql(SIGN_IN, { l: admin.email, p: STAFF_PASSWORD });
    const { client, access } = await clientWithAccess(browser, 'Horloge');
    await browser.graphql(`mutation($id: ID!) { actAsContact(input: { accessId: $id }) { done } }`, {
      id: access.id,
    });

    const sessions = db().dataSource.getRepository(Session);
    const acting = await sessions.findOneByOrFail({ actingForUserId: admin.id, revokedAt: IsNull() });
    const endedAt = new Date(Date.now() - 5 * 60_000);
    await sessions.update({ id: acting.id }, { expiresAt: endedAt });
    // Nobody clicked back: the hourly pass closes it, twice over (two instances) yet recorded once.
    const passStarted = new Date();
    await Promise.all([runPurge(server.services), runPurge(server.services)]);
    await runPurge(server.services);

    const ended = await db()
      .dataSource.getRepository(Activity)
      .findBy({ clientId: client.id, action: 'ACTING_AS_ENDED' as never });
    expect(ended).toHaveLength(1);
    expect(ended[0]).toMatchObject({
      actorType: 'CONTACT',
      actorId: access.account.id,
      actorName: 'Lucie Horloge',
      onBehalfOfType: 'STAFF',
      onBehalfOfId: admin.id,
      entityId: access.id,
      changes: [{ field: 'actingAs', before: 'Lucie Horloge', after: null }],
    });
    // The log only appends: the entry is written when found; the session, closed as of its end.
    expect(ended[0]!.at.getTime()).toBeGreaterThanOrEqual(passStarted.getTime() - 1000);
    expect((await sessions.findOneByOrFail({ id: acting.id })).revokedAt).toEqual(endedAt);
    // The browser is the administrator's own again; coming back late records no second end.
    await browser.graphql(`mutation { stopActingAsContact { done } }`);
    expect((await browser.graphql(`{ me { user { id } actingFor { id } } }`)).body.data.me).toEqual({
      user: { id: admin.id },
      actingFor: null,
    });
    expect(
      await db()
        .dataSource.getRepository(Activity)
        .countBy({ clientId: client.id, action: In(['ACTING_AS_STOPPED', 'ACTING_AS_ENDED'] as never[]) }),
    ).toBe(1);
  });

  it('keeps an acting session through the contact’s password change, and ends it with the administrator’s account', async () => {
    const admin = await createStaffUser(
      db().dataSource,
      StaffRole.ADMIN,
      'Admin Partant',
      await hashPassword(STAFF_PASSWORD),
    );
    const other = await createStaffUser(
      db().dataSource,
      StaffRole.ADMIN,
      'Admin Restant',
      await hashPassword(STAFF_PASSWORD),
    );
    const browser = server.browser();
    await browser.graphql(SIGN_IN, { l: admin.email, p: STAFF_PASSWORD });
    const { client, access } = await clientWithAccess(browser, 'Partant');
    await browser.graphql(`mutation($id: ID!) { actAsContact(input: { accessId: $id }) { done } }`, {
      id: access.id,
    });
    const acting = { actingFor: { displayName: 'Admin Partant' } };

    // The contact, from their own browser and an allowed address, changes their password:
    // their other sessions end, the administrator's in their name does not.
    await db()
      .dataSource.getRepository(PortalAccount)
      .update({ id: access.account.id }, { passwordHash: await hashPassword(CONTACT_PASSWORD) });
    const own = server.browser({ 'x-forwarded-for': '203.0.113.7' });
    await own.graphql(SIGN_IN, { l: access.account.userCode, p: CONTACT_PASSWORD });
    const changed = await own.graphql(
      `mutation($c: String!, $n: String!) { changePassword(input: { currentPassword: $c, newPassword: $n }) { done } }`,
      { c: CONTACT_PASSWORD, n: `${CONTACT_PASSWORD} renouvelé` },
    );
    expect(changed.body.errors).toBeUndefined();
    expect((await browser.graphql(`{ me { actingFor { displayName } } }`)).body.data.me).toEqual(acting);

    // The administrator's account ends: acting ends with it at once, and the file says so.
    const staff = server.browser();
    await staff.graphql(SIGN_IN, { l: other.email, p: STAFF_PASSWORD });
    const deactivated = await staff.graphql(
      `mutation($id: ID!) { deactivateUser(input: { id: $id }) { user { id } } }`,
      {
        id: admin.id,
      },
    );
    expect(deactivated.body.errors).toBeUndefined();
    expect((await browser.graphql(`{ me { user { id } actingFor { id } } }`)).body.data.me).toBeNull();
    await runPurge(server.services);
    const ended = await db()
      .dataSource.getRepository(Activity)
      .findBy({ clientId: client.id, action: 'ACTING_AS_ENDED' as never });
    expect(ended).toHaveLength(1);
    expect(ended[0]).toMatchObject({ actorId: access.account.id, onBehalfOfId: admin.id });
  });
});
