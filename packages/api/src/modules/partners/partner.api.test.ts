import nodemailer from 'nodemailer';
import { AccessStatus, StaffRole } from '@clientele/shared';
import { describeEachDialect } from '../../../test/db';
import { TestServer } from '../../../test/http';
import { TestMailbox } from '../../../test/smtp';
import { createStaffUser } from '../../../test/users';
import { hashPassword } from '../auth/password-hashing';
import { PortalAccount } from '../access/portal-account.entity';
import { AccessGrant } from '../access/access-grant.entity';
import { Activity } from '../activity/activity.entity';
import { MailWorker } from '../email/mail-worker';
import { OutboxEmail } from '../email/outbox-email.entity';
import { OneTimeToken } from '../auth/one-time-token.entity';
import { runPurge } from '../../app/jobs';
import { PartnerInvitation } from './partner-invitation.entity';

const PASSWORD = 'une phrase de passe partenaire';
const SIGN_IN = `mutation($l: String!, $p: String!) { signIn(input: { login: $l, password: $p }) { user { id } partnerUser: portalAccount { userCode } } }`;
/** A browser of the test server: it keeps the cookies it is given. */
type Browser = ReturnType<TestServer['browser']>;

const CREATE = `mutation($i: CreatePartnerClientInput!) { createPartnerClient(input: $i) { client { id name city partnerInvitation { id status } } } }`;
const ACCEPT_ACCESS = `mutation($t: String!, $p: String!) { acceptAccessInvitation(input: { token: $t, password: $p }) { account { userCode } } }`;
const RESEND = `mutation($id: ID!) { resendPartnerInvitation(input: { id: $id }) { invitation { status expiresAt } } }`;
const DAY_MS = 86_400_000;
const linkIn = (text: string) => decodeURIComponent(/accept-invitation\?token=(\S+)/.exec(text)![1]!);

describeEachDialect('partners, plans and the partner invitation (seed 000)', (db) => {
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

  /** An administrator's browser, signed in. */
  async function signedInAdmin(headers: Record<string, string> = {}): Promise<Browser> {
    const admin = await createStaffUser(
      db().dataSource,
      StaffRole.ADMIN,
      'Admin',
      await hashPassword(PASSWORD),
    );
    const staff = server.browser(headers);
    await staff.graphql(SIGN_IN, { l: admin.email, p: PASSWORD });
    return staff;
  }

  /** A partner organisation with the certifications given; its id. */
  async function newPartner(staff: Browser, name: string, certifications: string[] = []): Promise<string> {
    const { body } = await staff.graphql(
      `mutation($i: CreatePartnerInput!) { createPartner(input: $i) { partner { id } } }`,
      {
        i: { name, certifications },
      },
    );
    return body.data.createPartner.partner.id;
  }

  /** A service plan, for any partner unless a certification is required; its id. */
  async function newPlan(
    staff: Browser,
    code: string,
    name: string,
    requiredCertification: string | null = null,
  ): Promise<string> {
    const { body } = await staff.graphql(
      `mutation($i: CreateServicePlanInput!) { createServicePlan(input: $i) { servicePlan { id } } }`,
      { i: { code, name, requiredCertification } },
    );
    return body.data.createServicePlan.servicePlan.id;
  }

  /** A user of the partner, signed in from a browser of their own. */
  async function partnerUser(
    staff: Browser,
    partnerId: string,
    email: string,
    headers: Record<string, string> = {},
  ): Promise<Browser> {
    await staff.graphql(
      `mutation($i: CreatePartnerUserInput!) { createPartnerUser(input: $i) { partnerUser { id } } }`,
      {
        i: { partnerId, email, displayName: email, password: PASSWORD },
      },
    );
    const browser = server.browser(headers);
    await browser.graphql(SIGN_IN, { l: email, p: PASSWORD });
    return browser;
  }

  it('lets a partner add a client with an allowed plan, see only the card until accepted, then the file', async () => {
    const stamp = Date.now().toString(36);
    const staff = await signedInAdmin();
    const partnerA = await newPartner(staff, `Partenaire A ${stamp}`, ['managed']);
    const partnerB = await newPartner(staff, `Partenaire B ${stamp}`, ['SECURITY']);
    const basic = await newPlan(staff, `BASIC-${stamp}`, 'Basic');
    const secure = await newPlan(staff, `SECURE-${stamp}`, 'Secure', 'SECURITY');
    const a = await partnerUser(staff, partnerA, `a-${stamp}@partenaire.test`, { 'accept-language': 'fr' });
    const b = await partnerUser(staff, partnerB, `b-${stamp}@partenaire.test`);

    const plansForA = (await a.graphql(`{ servicePlans { id } }`)).body.data.servicePlans.map(
      (p: { id: string }) => p.id,
    );
    expect(plansForA).toContain(basic);
    expect(plansForA).not.toContain(secure);

    const input = {
      name: `Clinique Lévesque ${stamp}`,
      address: {
        line1: '2600, boulevard Laurier',
        city: 'Québec',
        region: 'QC',
        postalCode: 'G1V 4M6',
        country: 'CA',
      },
      admin: { firstName: 'Isabelle', lastName: 'Lévesque', email: `isabelle.${stamp}@clinique.test` },
      identityProvider: 'AZURE_AD',
      notificationsEnabled: true,
    };
    const refused = await a.graphql(CREATE, { i: { ...input, planId: secure } });
    expect(refused.body.errors[0].extensions.fields).toEqual([
      {
        path: 'input.planId',
        code: 'CERTIFICATION_REQUIRED',
        message: 'Ce forfait exige la certification «\u00a0SECURITY\u00a0», que votre entreprise n’a pas.',
      },
    ]);

    const created = await a.graphql(CREATE, { i: { ...input, planId: basic } });
    expect(created.body.errors).toBeUndefined();
    const card = created.body.data.createPartnerClient.client;
    expect(card).toMatchObject({ city: 'Québec', partnerInvitation: { status: 'PENDING' } });
    // The file's log names the partner and the plan as people know them.
    const invited = await db()
      .dataSource.getRepository(Activity)
      .findOneByOrFail({ clientId: card.id, action: 'PARTNER_INVITED' as never });
    expect(invited.changes).toEqual([
      { field: 'partner', before: null, after: `Partenaire A ${stamp}` },
      { field: 'plan', before: null, after: 'Basic' },
    ]);

    // Pending: the card and nothing else; another partner: nothing at all.
    const listed = await a.graphql(
      `{ clients { edges { node { id name city partnerInvitation { status } } } } }`,
    );
    expect(listed.body.data.clients.edges).toEqual([
      { node: { id: card.id, name: input.name, city: 'Québec', partnerInvitation: { status: 'PENDING' } } },
    ]);
    // The rest of the file reads null, without an error, and says why.
    const pending = await a.graphql(
      `query($id: ID!) { client(id: $id) { name phone code terms { creditLimit } contacts { id } partnerAccess } }`,
      { id: card.id },
    );
    expect(pending.body.errors).toBeUndefined();
    expect(pending.body.data.client).toEqual({
      name: input.name,
      phone: null,
      code: null,
      terms: null,
      contacts: null,
      partnerAccess: 'PENDING',
    });
    // What no partner may read is refused before anything runs, naming it.
    const never = await a.graphql(`query($id: ID!) { client(id: $id) { name regard } }`, { id: card.id });
    expect(never.status).toBe(403);
    expect(never.body.data).toBeUndefined();
    expect(never.body.errors[0].extensions).toEqual({
      code: 'FORBIDDEN',
      forbiddenFields: ['Client.regard'],
    });
    expect(never.body.errors[0].message).toContain('Client.regard');
    expect(
      (await b.graphql(`query($id: ID!) { client(id: $id) { id } }`, { id: card.id })).body.data.client,
    ).toBeNull();
    expect((await b.graphql(`{ clients { totalCount } }`)).body.data.clients.totalCount).toBe(0);
    expect((await a.graphql(`{ contacts { totalCount } }`)).body.errors[0].extensions.code).toBe('FORBIDDEN');

    // The partner's dashboard reads with a token of its own: the partner's clients, nothing more.
    const minted = await a.graphql(
      `mutation { createApiToken(input: { name: "Tableau de bord", scope: READ }) { token } }`,
    );
    const dashboard = server.browser({ authorization: `Bearer ${minted.body.data.createApiToken.token}` });
    const viaToken = await dashboard.graphql(
      `{ clients { edges { node { id partnerInvitation { status } } } } }`,
    );
    expect(viaToken.body.data.clients.edges).toEqual([
      { node: { id: card.id, partnerInvitation: { status: 'PENDING' } } },
    ]);
    expect(
      (await dashboard.graphql(CREATE, { i: { ...input, planId: basic } })).body.errors[0].extensions.code,
    ).toBe('FORBIDDEN');
    expect((await a.graphql(`{ apiTokens { name ownerName } }`)).body.data.apiTokens).toEqual([
      { name: 'Tableau de bord', ownerName: `a-${stamp}@partenaire.test` },
    ]);
    // An administrator sees every token, and whose it is, to revoke a partner's if need be.
    const everyToken = (await staff.graphql(`{ apiTokens { name ownerName ownerPartnerName } }`)).body.data
      .apiTokens;
    expect(everyToken).toContainEqual({
      name: 'Tableau de bord',
      ownerName: `a-${stamp}@partenaire.test`,
      ownerPartnerName: `Partenaire A ${stamp}`,
    });

    // The client's administrator gets the access link, chooses a password, and accepts the partner.
    mailbox.messages.length = 0;
    await worker.runOnce();
    const [mail] = await mailbox.waitFor(1);
    const token = decodeURIComponent(/accept-invitation\?token=(\S+)/.exec(mail!.text!)![1]!);
    const clientAdmin = server.browser();
    const accepted = await clientAdmin.graphql(
      `mutation($t: String!) { acceptAccessInvitation(input: { token: $t, password: "${PASSWORD}" }) { account { userCode } } }`,
      { t: token },
    );
    expect(accepted.body.errors).toBeUndefined();
    await clientAdmin.graphql(SIGN_IN, { l: input.admin.email, p: PASSWORD });
    const seen = (
      await clientAdmin.graphql(`{ portalClients { id partner { name } partnerInvitation { id status } } }`)
    ).body.data.portalClients;
    expect(seen).toEqual([
      {
        id: card.id,
        partner: { name: `Partenaire A ${stamp}` },
        partnerInvitation: { id: card.partnerInvitation.id, status: 'PENDING' },
      },
    ]);
    const answer = await clientAdmin.graphql(
      `mutation($id: ID!) { respondToPartnerInvitation(input: { invitationId: $id, accept: true }) { invitation { status } } }`,
      { id: card.partnerInvitation.id },
    );
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data.respondToPartnerInvitation.invitation.status).toBe('ACCEPTED');

    // Accepted: the file, but never how we regard the client nor our history.
    const file = await a.graphql(
      `query($id: ID!) { client(id: $id) { phone terms { paymentTerms } plan { code } identityProvider } }`,
      { id: card.id },
    );
    expect(file.body.errors).toBeUndefined();
    expect(file.body.data.client).toMatchObject({
      terms: { paymentTerms: 'NET_30' },
      plan: { code: `BASIC-${stamp}`.toUpperCase() },
      identityProvider: 'AZURE_AD',
    });
    expect(
      (await a.graphql(`query($id: ID!) { client(id: $id) { regard } }`, { id: card.id })).body.errors[0]
        .extensions.code,
    ).toBe('FORBIDDEN');
    expect(
      (await a.graphql(`query($id: ID!) { client(id: $id) { activity { totalCount } } }`, { id: card.id }))
        .body.errors[0].extensions.code,
    ).toBe('FORBIDDEN');
  });

  /** Delivers the outbox and answers the mail that reached `address`. */
  async function mailTo(address: string) {
    mailbox.messages.length = 0;
    await worker.runOnce();
    const mail = mailbox.messages.find((m) => JSON.stringify(m.to).includes(address));
    if (!mail) throw new Error(`no mail to ${address}`);
    return mail;
  }

  it('lets the partner resend (a new link, a later expiry, the old link dead) or cancel, and no one else', async () => {
    const stamp = `r${Date.now().toString(36)}`;
    const staff = await signedInAdmin();
    const partnerId = await newPartner(staff, `P ${stamp}`);
    const planId = await newPlan(staff, `P-${stamp}`, 'P');
    const p = await partnerUser(staff, partnerId, `p-${stamp}@partenaire.test`);
    const other = await partnerUser(
      staff,
      await newPartner(staff, `Q ${stamp}`),
      `q-${stamp}@partenaire.test`,
    );
    const adminEmail = `ab-${stamp}@client.test`;
    const card = (
      await p.graphql(CREATE, {
        i: {
          name: `Client ${stamp}`,
          planId,
          notificationsEnabled: true,
          admin: { firstName: 'A', lastName: 'B', email: adminEmail },
        },
      })
    ).body.data.createPartnerClient.client;
    const firstLink = linkIn((await mailTo(adminEmail)).text!);
    const act = (name: string, who = p) =>
      who.graphql(`mutation($id: ID!) { ${name}(input: { id: $id }) { invitation { status expiresAt } } }`, {
        id: card.partnerInvitation.id,
      });

    // Another partner may neither resend nor cancel it, and leaves no trace trying.
    const outbox = db().dataSource.getRepository(OutboxEmail);
    const activity = db().dataSource.getRepository(Activity);
    const before = { mails: await outbox.count(), entries: await activity.count() };
    for (const name of ['resendPartnerInvitation', 'cancelPartnerInvitation']) {
      const refused = await act(name, other);
      expect(refused.body.errors[0].extensions.code).toBe('NOT_FOUND');
      expect(refused.body.data).toBeNull();
    }
    expect({ mails: await outbox.count(), entries: await activity.count() }).toEqual(before);
    expect((await act('cancelPartnerInvitation', staff)).body.errors[0].extensions.code).toBe('FORBIDDEN');

    // An hour left to answer; the resend gives a fresh week and a new link, and the old one dies.
    const invitations = db().dataSource.getRepository(PartnerInvitation);
    await invitations.update(
      { id: card.partnerInvitation.id },
      { expiresAt: new Date(Date.now() + 3_600_000) },
    );
    const resent = (await act('resendPartnerInvitation')).body.data.resendPartnerInvitation.invitation;
    expect(resent.status).toBe('PENDING');
    expect(new Date(resent.expiresAt).getTime()).toBeGreaterThan(Date.now() + 7 * DAY_MS - 60_000);
    const secondLink = linkIn((await mailTo(adminEmail)).text!);
    expect(secondLink).not.toBe(firstLink);
    const anonymous = server.browser({ 'accept-language': 'fr' });
    const old = await anonymous.graphql(ACCEPT_ACCESS, { t: firstLink, p: PASSWORD });
    expect(old.body.errors[0].message).toMatch(/^Ce lien n’est plus valide/);
    expect(old.body.errors).toEqual(
      (await anonymous.graphql(ACCEPT_ACCESS, { t: 'ai_unknown', p: PASSWORD })).body.errors,
    );
    expect(
      (await anonymous.graphql(ACCEPT_ACCESS, { t: secondLink, p: PASSWORD })).body.errors,
    ).toBeUndefined();

    expect((await act('cancelPartnerInvitation')).body.data.cancelPartnerInvitation.invitation.status).toBe(
      'CANCELLED',
    );
    expect((await act('resendPartnerInvitation')).body.errors[0].extensions.code).toBe('CONFLICT');
    // Cancelled: still the card, with its status.
    expect(
      (await p.graphql(`{ clients { edges { node { partnerInvitation { status } } } } }`)).body.data.clients
        .edges,
    ).toEqual([{ node: { partnerInvitation: { status: 'CANCELLED' } } }]);
  });

  it('lets an unanswered invitation expire: recorded, its link dead, the card EXPIRED; a resend opens it again', async () => {
    const stamp = `x${Date.now().toString(36)}`;
    const staff = await signedInAdmin();
    const partnerId = await newPartner(staff, `Expire ${stamp}`);
    const planId = await newPlan(staff, `X-${stamp}`, 'X');
    const p = await partnerUser(staff, partnerId, `${stamp}@partenaire.test`);
    const adminEmail = `admin-${stamp}@client.test`;
    const card = (
      await p.graphql(CREATE, {
        i: {
          name: `Client ${stamp}`,
          planId,
          notificationsEnabled: true,
          admin: { firstName: 'Rémi', lastName: 'Paquin', email: adminEmail },
        },
      })
    ).body.data.createPartnerClient.client;
    const invitations = db().dataSource.getRepository(PartnerInvitation);
    const grants = db().dataSource.getRepository(AccessGrant);
    const opened = await invitations.findOneByOrFail({ id: card.partnerInvitation.id });
    // Seven days by default, and the set-password link in the same mail lives as long.
    expect(opened.expiresAt.getTime() - opened.sentAt.getTime()).toBe(7 * DAY_MS);
    const grant = await grants.findOneByOrFail({ clientId: card.id });
    expect(grant.invitationExpiresAt).toEqual(opened.expiresAt);
    const first = await mailTo(adminEmail);
    expect(first.text).toContain('L’invitation expire dans 7 jours.');
    const firstLink = linkIn(first.text!);

    // A week goes by unanswered: the deadlines move back rather than the clock forward.
    const past = new Date(Date.now() - 60_000);
    await invitations.update({ id: opened.id }, { expiresAt: past });
    await grants.update({ id: grant.id }, { invitationExpiresAt: past });
    await db().dataSource.getRepository(OneTimeToken).update({ subjectId: grant.id }, { expiresAt: past });
    await runPurge(server.services);

    const cards = (await p.graphql(`{ clients { edges { node { id partnerInvitation { status } } } } }`)).body
      .data.clients.edges;
    expect(cards).toContainEqual({ node: { id: card.id, partnerInvitation: { status: 'EXPIRED' } } });
    const recorded = await db()
      .dataSource.getRepository(Activity)
      .findBy({ clientId: card.id, actorType: 'SYSTEM' as never });
    expect(recorded.map((a) => [a.entityType, a.action, a.changes]).sort()).toEqual([
      ['AccessGrant', 'ACCESS_CHANGED', [{ field: 'access.status', before: 'INVITED', after: 'EXPIRED' }]],
      ['PartnerInvitation', 'UPDATED', [{ field: 'status', before: 'PENDING', after: 'EXPIRED' }]],
    ]);
    const anonymous = server.browser({ 'accept-language': 'fr' });
    const dead = await anonymous.graphql(ACCEPT_ACCESS, { t: firstLink, p: PASSWORD });
    const unknown = await anonymous.graphql(ACCEPT_ACCESS, { t: 'ai_unknown', p: PASSWORD });
    expect(dead.body.errors[0].message).toMatch(/^Ce lien n’est plus valide/);
    expect(dead.body.errors).toEqual(unknown.body.errors);
    // The next pass finds nothing more to do.
    await runPurge(server.services);
    expect(
      await db()
        .dataSource.getRepository(Activity)
        .countBy({ clientId: card.id, actorType: 'SYSTEM' as never }),
    ).toBe(2);

    // Sent again: pending for another seven days, with a new link that works.
    const resent = (await p.graphql(RESEND, { id: opened.id })).body.data.resendPartnerInvitation.invitation;
    expect(resent.status).toBe('PENDING');
    expect(new Date(resent.expiresAt).getTime()).toBeGreaterThan(Date.now() + 7 * DAY_MS - 60_000);
    const secondLink = linkIn((await mailTo(adminEmail)).text!);
    expect(secondLink).not.toBe(firstLink);
    expect(
      (await anonymous.graphql(ACCEPT_ACCESS, { t: secondLink, p: PASSWORD })).body.errors,
    ).toBeUndefined();
    const clientAdmin = server.browser();
    await clientAdmin.graphql(SIGN_IN, { l: adminEmail, p: PASSWORD });
    const answer = await clientAdmin.graphql(
      `mutation($id: ID!) { respondToPartnerInvitation(input: { invitationId: $id, accept: true }) { invitation { status } } }`,
      { id: opened.id },
    );
    expect(answer.body.data.respondToPartnerInvitation.invitation.status).toBe('ACCEPTED');
  });

  it('gives the invitation, and the link in its mail, the days PARTNER_INVITATION_DAYS says', async () => {
    const stamp = `j${Date.now().toString(36)}`;
    const staff = await signedInAdmin();
    const partnerId = await newPartner(staff, `Jours ${stamp}`);
    const planId = await newPlan(staff, `J-${stamp}`, 'J');
    const p = await partnerUser(staff, partnerId, `${stamp}@partenaire.test`);
    const shorter = await TestServer.start(db().dataSource, {
      publicUrl: 'http://clientele.test',
      partnerInvitationDays: 2,
      accessInvitationDays: 30,
    });
    try {
      const there = shorter.browser();
      for (const [name, value] of p.jar) there.jar.set(name, value);
      const adminEmail = `admin-${stamp}@client.test`;
      const card = (
        await there.graphql(CREATE, {
          i: {
            name: `Client ${stamp}`,
            planId,
            notificationsEnabled: true,
            admin: { firstName: 'A', lastName: 'B', email: adminEmail },
          },
        })
      ).body.data.createPartnerClient.client;
      const invitation = await db()
        .dataSource.getRepository(PartnerInvitation)
        .findOneByOrFail({ id: card.partnerInvitation.id });
      expect(invitation.expiresAt.getTime() - invitation.sentAt.getTime()).toBe(2 * DAY_MS);
      const grant = await db().dataSource.getRepository(AccessGrant).findOneByOrFail({ clientId: card.id });
      const link = await db().dataSource.getRepository(OneTimeToken).findOneByOrFail({ subjectId: grant.id });
      expect(link.expiresAt).toEqual(invitation.expiresAt);
      expect((await mailTo(adminEmail)).text).toContain('L’invitation expire dans 2 jours.');
    } finally {
      await shorter.stop();
    }
  });

  it('lets a partner user who forgot their password choose a new one through the emailed link', async () => {
    const stamp = Date.now().toString(36);
    const staff = await signedInAdmin();
    const partnerId = await newPartner(staff, `Oubli ${stamp}`);
    const email = `oubli-${stamp}@partenaire.test`;
    await staff.graphql(
      `mutation($i: CreatePartnerUserInput!) { createPartnerUser(input: $i) { partnerUser { id } } }`,
      {
        i: { partnerId, email, displayName: 'Oubli', password: PASSWORD },
      },
    );

    const anonymous = server.browser({ 'accept-language': 'fr' });
    await anonymous.graphql(`mutation($e: String!) { requestPasswordReset(input: { email: $e }) { done } }`, {
      e: email,
    });
    mailbox.messages.length = 0;
    await worker.runOnce();
    const [mail] = await mailbox.waitFor(1);
    expect(mail!.to).toMatchObject({ value: [{ address: email }] });
    const token = decodeURIComponent(/reset-password\?token=(\S+)/.exec(mail!.text!)![1]!);
    const fresh = 'une nouvelle phrase de partenaire';
    const reset = await anonymous.graphql(
      `mutation($t: String!, $p: String!) { resetPassword(input: { token: $t, password: $p }) { done } }`,
      { t: token, p: fresh },
    );
    expect(reset.body.errors).toBeUndefined();
    const partnerBrowser = server.browser();
    expect((await partnerBrowser.graphql(SIGN_IN, { l: email, p: fresh })).body.errors).toBeUndefined();
    const me = await partnerBrowser.graphql(`{ me { partnerUser { email } } }`);
    expect(me.body.data.me.partnerUser).toEqual({ email });
  });

  it('mails the administrator the partner’s own invitation, then, once they have a password, a way to sign in and answer', async () => {
    const stamp = `m${Date.now().toString(36)}`;
    const staff = await signedInAdmin();
    const partnerId = await newPartner(staff, `Informatique ${stamp}`);
    const planId = await newPlan(staff, `ESS-${stamp}`, 'Essentiel');
    const p = await partnerUser(staff, partnerId, `${stamp}@partenaire.test`);
    const adminEmail = `admin-${stamp}@client.test`;
    const card = (
      await p.graphql(CREATE, {
        i: {
          name: `Cabinet ${stamp}`,
          planId,
          notificationsEnabled: true,
          admin: { firstName: 'Louise', lastName: 'Gagnon', email: adminEmail },
        },
      })
    ).body.data.createPartnerClient.client;

    mailbox.messages.length = 0;
    await worker.runOnce();
    const [first] = await mailbox.waitFor(1);
    expect(first!.subject).toBe(
      `Informatique ${stamp} vous invite à l’accepter comme partenaire de Cabinet ${stamp}`,
    );
    expect(first!.text).toContain('forfait Essentiel');
    const token = decodeURIComponent(/accept-invitation\?token=(\S+)/.exec(first!.text!)![1]!);
    const accepted = await server
      .browser()
      .graphql(
        `mutation($t: String!, $p: String!) { acceptAccessInvitation(input: { token: $t, password: $p }) { account { userCode } } }`,
        {
          t: token,
          p: 'la phrase de Louise Gagnon',
        },
      );
    expect(accepted.body.errors).toBeUndefined();

    // She has a password now: the reminder asks her to sign in, and carries no new link to spend.
    await p.graphql(
      `mutation($id: ID!) { resendPartnerInvitation(input: { id: $id }) { invitation { status } } }`,
      {
        id: card.partnerInvitation.id,
      },
    );
    mailbox.messages.length = 0;
    await worker.runOnce();
    const [reminder] = await mailbox.waitFor(1);
    expect(reminder!.text).toContain('/sign-in?next=%2Fportal%2Fsettings');
    expect(reminder!.text).not.toContain('accept-invitation');
    expect(reminder!.text).toContain(accepted.body.data.acceptAccessInvitation.account.userCode);
  });

  it('lets the partner turn its client’s notifications on once set up, then the invitation can go out (seed 001)', async () => {
    const stamp = `n${Date.now().toString(36)}`;
    const staff = await signedInAdmin();
    const [mine, theirs] = [
      await newPartner(staff, `Mien ${stamp}`),
      await newPartner(staff, `Autre ${stamp}`),
    ];
    const planId = await newPlan(staff, `N-${stamp}`, 'N');
    const french = { 'accept-language': 'fr' };
    const p = await partnerUser(staff, mine, `mien-${stamp}@partenaire.test`, french);
    const other = await partnerUser(staff, theirs, `autre-${stamp}@partenaire.test`, french);
    const card = (
      await p.graphql(CREATE, {
        i: {
          name: `Client ${stamp}`,
          planId,
          admin: { firstName: 'A', lastName: 'B', email: `ab-${stamp}@client.test` },
        },
      })
    ).body.data.createPartnerClient.client;
    const SET = `mutation($i: SetPartnerClientNotificationsInput!) { setPartnerClientNotifications(input: $i) { client { id notificationsEnabled } } }`;

    // Registered with notifications off (the default): the invitation was withheld and recorded.
    const seen = await p.graphql(`query($id: ID!) { client(id: $id) { notificationsEnabled } }`, {
      id: card.id,
    });
    expect(seen.body.data.client.notificationsEnabled).toBe(false);
    expect(
      (await other.graphql(SET, { i: { clientId: card.id, enabled: true } })).body.errors[0].extensions.code,
    ).toBe('NOT_FOUND');
    const on = await p.graphql(SET, { i: { clientId: card.id, enabled: true } });
    expect(on.body.data.setPartnerClientNotifications.client).toEqual({
      id: card.id,
      notificationsEnabled: true,
    });
    const entry = await db()
      .dataSource.getRepository(Activity)
      .findOneByOrFail({ clientId: card.id, action: 'UPDATED' as never, entityType: 'Client' });
    expect(entry.changes).toEqual([{ field: 'notificationsEnabled', before: 'false', after: 'true' }]);

    // Now a resend reaches the administrator.
    await p.graphql(
      `mutation($id: ID!) { resendPartnerInvitation(input: { id: $id }) { invitation { status } } }`,
      {
        id: card.partnerInvitation.id,
      },
    );
    mailbox.messages.length = 0;
    await worker.runOnce();
    const [mail] = await mailbox.waitFor(1);
    expect(mail!.to).toMatchObject({ value: [{ address: `ab-${stamp}@client.test` }] });
    // Staff keep using the Info tab: this one is the partner's.
    expect(
      (await staff.graphql(SET, { i: { clientId: card.id, enabled: false } })).body.errors[0].extensions.code,
    ).toBe('FORBIDDEN');
  });

  it('lets a partner search its clients by name only: nothing else of an unaccepted client answers a search', async () => {
    const stamp = `s${Date.now().toString(36)}`;
    const staff = await signedInAdmin();
    const partnerId = await newPartner(staff, `Cherche ${stamp}`);
    const planId = await newPlan(staff, `S-${stamp}`, 'S');
    const p = await partnerUser(staff, partnerId, `${stamp}@partenaire.test`);
    await p.graphql(CREATE, {
      i: {
        name: `Boulangerie ${stamp}`,
        planId,
        admin: { firstName: 'Zéphirin', lastName: `Secret${stamp}`, email: `zephirin-${stamp}@cachee.test` },
      },
    });
    const find = async (filter: Record<string, unknown>, orderBy?: Record<string, unknown>) =>
      (
        await p.graphql(
          `query($f: ClientFilter, $o: ClientOrder) { clients(filter: $f, orderBy: $o) { totalCount edges { node { name } } } }`,
          { f: filter, o: orderBy },
        )
      ).body.data.clients;
    expect((await find({ search: `boulangerie ${stamp}` })).totalCount).toBe(1);
    // The administrator's name and email belong to the file, not the card.
    expect((await find({ search: `secret${stamp}` })).totalCount).toBe(0);
    expect((await find({ search: `cachee.test ${stamp}` })).totalCount).toBe(0);
    // Criteria from the file are not the partner's to ask: they are ignored, not answered.
    expect((await find({ health: ['AT_RISK'] })).totalCount).toBe(1);
    expect((await find({}, { field: 'RENEWAL_DATE', direction: 'ASC' })).edges).toEqual([
      { node: { name: `Boulangerie ${stamp}` } },
    ]);
  });

  it('takes an answer only from where the administrator may sign in, once, and then the declined partner has no say', async () => {
    const stamp = `d${Date.now().toString(36)}`;
    const staff = await signedInAdmin();
    const partnerId = await newPartner(staff, `Refusé ${stamp}`);
    const planId = await newPlan(staff, `D-${stamp}`, 'D');
    const p = await partnerUser(staff, partnerId, `${stamp}@partenaire.test`);
    const adminEmail = `admin-${stamp}@client.test`;
    const card = (
      await p.graphql(CREATE, {
        i: { name: `Client ${stamp}`, planId, admin: { firstName: 'A', lastName: 'B', email: adminEmail } },
      })
    ).body.data.createPartnerClient.client;
    // The administrator has a password and may sign in from the office only.
    const grant = await db().dataSource.getRepository(AccessGrant).findOneByOrFail({ clientId: card.id });
    await db()
      .dataSource.getRepository(PortalAccount)
      .update({ id: grant.accountId }, { passwordHash: await hashPassword(PASSWORD) });
    await db()
      .dataSource.getRepository(AccessGrant)
      .update({ id: grant.id }, { status: AccessStatus.ACTIVE, ipAllowList: ['203.0.113.0/24'] });
    const office = server.browser({ 'x-forwarded-for': '203.0.113.7' });
    await office.graphql(SIGN_IN, { l: adminEmail, p: PASSWORD });
    // The same session from elsewhere (a bearer token, a laptop that moved): not from here.
    const elsewhere = server.browser({ 'x-forwarded-for': '198.51.100.9' });
    for (const [name, value] of office.jar) elsewhere.jar.set(name, value);
    const ANSWER = `mutation($id: ID!, $a: Boolean!) { respondToPartnerInvitation(input: { invitationId: $id, accept: $a }) { invitation { status } } }`;
    expect(
      (await elsewhere.graphql(ANSWER, { id: card.partnerInvitation.id, a: false })).body.errors[0].extensions
        .code,
    ).toBe('NOT_FOUND');
    const declined = await office.graphql(ANSWER, { id: card.partnerInvitation.id, a: false });
    expect(declined.body.data.respondToPartnerInvitation.invitation.status).toBe('DECLINED');
    expect(
      (await office.graphql(ANSWER, { id: card.partnerInvitation.id, a: true })).body.errors[0].extensions
        .code,
    ).toBe('CONFLICT');
    const SET = `mutation($i: SetPartnerClientNotificationsInput!) { setPartnerClientNotifications(input: $i) { client { id } } }`;
    expect(
      (await p.graphql(SET, { i: { clientId: card.id, enabled: true } })).body.errors[0].extensions.code,
    ).toBe('FORBIDDEN');
  });

  it('renames a partner and edits, retires and offers again a plan, over the version read, each change recorded', async () => {
    const stamp = `e${Date.now().toString(36)}`;
    const staff = await signedInAdmin({ 'accept-language': 'fr' });
    const CREATE_PARTNER = `mutation($i: CreatePartnerInput!) { createPartner(input: $i) { partner { id version } } }`;
    const UPDATE_PARTNER = `mutation($i: UpdatePartnerInput!) { updatePartner(input: $i) { partner { name certifications version } } }`;
    const partner = (
      await staff.graphql(CREATE_PARTNER, { i: { name: `Renommé ${stamp}`, certifications: [] } })
    ).body.data.createPartner.partner;
    await staff.graphql(CREATE_PARTNER, { i: { name: `Pris ${stamp}`, certifications: [] } });

    // A name another partner has, in any case or accent, is refused under the field; nothing changes.
    const taken = await staff.graphql(UPDATE_PARTNER, {
      i: { id: partner.id, version: partner.version, name: `  pris ${stamp} ` },
    });
    expect(taken.body.errors[0].extensions.fields).toEqual([
      expect.objectContaining({ path: 'input.name', code: 'ALREADY_TAKEN' }),
    ]);
    const empty = await staff.graphql(UPDATE_PARTNER, {
      i: { id: partner.id, version: partner.version, name: ' ' },
    });
    expect(empty.body.errors[0].extensions.fields).toEqual([
      expect.objectContaining({ path: 'input.name', code: 'REQUIRED' }),
    ]);
    const renamed = await staff.graphql(UPDATE_PARTNER, {
      i: {
        id: partner.id,
        version: partner.version,
        name: `Nouveau   nom ${stamp}`,
        certifications: ['managed'],
      },
    });
    expect(renamed.body.data.updatePartner.partner).toEqual({
      name: `Nouveau nom ${stamp}`,
      certifications: ['MANAGED'],
      version: partner.version + 1,
    });
    // The version read is stale now: a second admin's save is refused, not silently merged.
    const stale = await staff.graphql(UPDATE_PARTNER, {
      i: { id: partner.id, version: partner.version, name: `Autre ${stamp}` },
    });
    expect(stale.body.errors[0].extensions.code).toBe('CONFLICT');

    const CREATE_PLAN = `mutation($i: CreateServicePlanInput!) { createServicePlan(input: $i) { servicePlan { id version archived } } }`;
    const UPDATE_PLAN = `mutation($i: UpdateServicePlanInput!) { updateServicePlan(input: $i) { servicePlan { code name requiredCertification archived version } } }`;
    const plan = (await staff.graphql(CREATE_PLAN, { i: { code: `p-${stamp}`, name: 'Essentiel' } })).body
      .data.createServicePlan.servicePlan;
    expect(plan).toMatchObject({ version: 1, archived: false });
    const edited = await staff.graphql(UPDATE_PLAN, {
      i: { id: plan.id, version: 1, name: ' Essentiel  Plus ', requiredCertification: ' managed ' },
    });
    expect(edited.body.data.updateServicePlan.servicePlan).toEqual({
      code: `P-${stamp.toUpperCase()}`,
      name: 'Essentiel Plus',
      requiredCertification: 'MANAGED',
      archived: false,
      version: 2,
    });
    expect(
      (await staff.graphql(UPDATE_PLAN, { i: { id: plan.id, version: 1, archived: true } })).body.errors[0]
        .extensions.code,
    ).toBe('CONFLICT');
    const tooLong = await staff.graphql(UPDATE_PLAN, {
      i: { id: plan.id, version: 2, name: 'x'.repeat(121) },
    });
    expect(tooLong.body.errors[0].extensions.fields).toEqual([
      expect.objectContaining({ path: 'input.name', code: 'TOO_LONG' }),
    ]);

    // Retired: gone from pick lists (and from what a partner may sell), still listed for staff who ask.
    await staff.graphql(UPDATE_PLAN, { i: { id: plan.id, version: 2, archived: true } });
    const offered = async (includeArchived: boolean) =>
      (
        await staff.graphql(`query($a: Boolean!) { servicePlans(includeArchived: $a) { id archived } }`, {
          a: includeArchived,
        })
      ).body.data.servicePlans.filter((p: { id: string }) => p.id === plan.id);
    expect(await offered(false)).toEqual([]);
    expect(await offered(true)).toEqual([{ id: plan.id, archived: true }]);
    const p = await partnerUser(staff, partner.id, `${stamp}@partenaire.test`);
    const partnerSees = (await p.graphql(`{ servicePlans(includeArchived: true) { id } }`)).body.data
      .servicePlans;
    expect(partnerSees.map((x: { id: string }) => x.id)).not.toContain(plan.id);
    const sold = await p.graphql(CREATE, {
      i: {
        name: `Client ${stamp}`,
        planId: plan.id,
        admin: { firstName: 'A', lastName: 'B', email: `a-${stamp}@c.test` },
      },
    });
    expect(sold.body.errors[0].extensions.fields[0]).toMatchObject({
      path: 'input.planId',
      code: 'INVALID_REFERENCE',
    });
    // Offered again: the partner, now MANAGED, may sell it.
    await staff.graphql(UPDATE_PLAN, { i: { id: plan.id, version: 3, archived: false } });
    expect(
      (await p.graphql(`{ servicePlans { id } }`)).body.data.servicePlans.map((x: { id: string }) => x.id),
    ).toContain(plan.id);

    const recorded = await db()
      .dataSource.getRepository(Activity)
      .find({ where: [{ entityId: partner.id }, { entityId: plan.id }] });
    // Sorted, not by time: several changes may share a millisecond.
    const described = recorded.map((a) => [a.entityType, a.action, a.changes.map((c) => c.field).join(',')]);
    expect(described.sort()).toEqual([
      ['Partner', 'CREATED', 'name,certifications'],
      ['Partner', 'UPDATED', 'name,certifications'],
      ['ServicePlan', 'CREATED', 'code'],
      ['ServicePlan', 'UPDATED', 'archived'],
      ['ServicePlan', 'UPDATED', 'archived'],
      ['ServicePlan', 'UPDATED', 'name,requiredCertification'],
    ]);
  });
});
