import nodemailer from 'nodemailer';
import { StaffRole } from '@clientele/shared';
import { describeEachDialect } from '../../../test/db';
import { TestServer } from '../../../test/http';
import { TestMailbox } from '../../../test/smtp';
import { createStaffUser } from '../../../test/users';
import { hashPassword } from '../auth/password-hashing';
import { MailWorker } from '../email/mail-worker';

const PASSWORD = 'une phrase de passe partenaire';
const SIGN_IN = `mutation($l: String!, $p: String!) { signIn(input: { login: $l, password: $p }) { user { id } partnerUser: portalAccount { userCode } } }`;
const CREATE = `mutation($i: CreatePartnerClientInput!) { createPartnerClient(input: $i) { client { id name city partnerInvitation { id status } } } }`;

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

  it('lets a partner add a client with an allowed plan, see only the card until accepted, then the file', async () => {
    const stamp = Date.now().toString(36);
    const admin = await createStaffUser(
      db().dataSource,
      StaffRole.ADMIN,
      'Admin',
      await hashPassword(PASSWORD),
    );
    const staff = server.browser();
    await staff.graphql(SIGN_IN, { l: admin.email, p: PASSWORD });
    const partner = async (name: string, certifications: string[]) =>
      (
        await staff.graphql(`mutation($i: CreatePartnerInput!) { createPartner(input: $i) { id } }`, {
          i: { name, certifications },
        })
      ).body.data.createPartner.id;
    const partnerA = await partner(`Partenaire A ${stamp}`, ['managed']);
    const partnerB = await partner(`Partenaire B ${stamp}`, ['SECURITY']);
    const plan = async (code: string, requiredCertification: string | null) =>
      (
        await staff.graphql(`mutation($i: CreateServicePlanInput!) { createServicePlan(input: $i) { id } }`, {
          i: { code, name: code, requiredCertification },
        })
      ).body.data.createServicePlan.id;
    const basic = await plan(`BASIC-${stamp}`, null);
    const secure = await plan(`SECURE-${stamp}`, 'SECURITY');
    const user = async (partnerId: string, email: string) =>
      staff.graphql(`mutation($i: CreatePartnerUserInput!) { createPartnerUser(input: $i) { id } }`, {
        i: { partnerId, email, displayName: email, password: PASSWORD },
      });
    await user(partnerA, `a-${stamp}@partenaire.test`);
    await user(partnerB, `b-${stamp}@partenaire.test`);

    const a = server.browser({ 'accept-language': 'fr' });
    await a.graphql(SIGN_IN, { l: `a-${stamp}@partenaire.test`, p: PASSWORD });
    const b = server.browser();
    await b.graphql(SIGN_IN, { l: `b-${stamp}@partenaire.test`, p: PASSWORD });

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
        message: 'Ce forfait exige la certification « SECURITY », que votre entreprise n’a pas.',
      },
    ]);

    const created = await a.graphql(CREATE, { i: { ...input, planId: basic } });
    expect(created.body.errors).toBeUndefined();
    const card = created.body.data.createPartnerClient.client;
    expect(card).toMatchObject({ city: 'Québec', partnerInvitation: { status: 'PENDING' } });

    // Pending: the card and nothing else; another partner: nothing at all.
    const listed = await a.graphql(
      `{ clients { edges { node { id name city partnerInvitation { status } } } } }`,
    );
    expect(listed.body.data.clients.edges).toEqual([
      { node: { id: card.id, name: input.name, city: 'Québec', partnerInvitation: { status: 'PENDING' } } },
    ]);
    expect(
      (await a.graphql(`query($id: ID!) { client(id: $id) { phone } }`, { id: card.id })).body.errors[0]
        .extensions.code,
    ).toBe('FORBIDDEN');
    expect(
      (await a.graphql(`query($id: ID!) { client(id: $id) { terms { creditLimit } } }`, { id: card.id })).body
        .errors[0].extensions.code,
    ).toBe('FORBIDDEN');
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
    expect((await a.graphql(`{ apiTokens { name } }`)).body.data.apiTokens).toEqual([
      { name: 'Tableau de bord' },
    ]);

    // The client's administrator gets the access link, chooses a password, and accepts the partner.
    mailbox.messages.length = 0;
    await worker.runOnce();
    const [mail] = await mailbox.waitFor(1);
    const token = decodeURIComponent(/accept-invitation\?token=(\S+)/.exec(mail!.text!)![1]!);
    const clientAdmin = server.browser();
    const accepted = await clientAdmin.graphql(
      `mutation($t: String!) { acceptAccessInvitation(input: { token: $t, password: "${PASSWORD}" }) { userCode } }`,
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

  it('lets the partner resend or cancel a pending invitation, and no one else', async () => {
    const stamp = `r${Date.now().toString(36)}`;
    const admin = await createStaffUser(
      db().dataSource,
      StaffRole.ADMIN,
      'Admin',
      await hashPassword(PASSWORD),
    );
    const staff = server.browser();
    await staff.graphql(SIGN_IN, { l: admin.email, p: PASSWORD });
    const partnerId = (
      await staff.graphql(`mutation($i: CreatePartnerInput!) { createPartner(input: $i) { id } }`, {
        i: { name: `P ${stamp}`, certifications: [] },
      })
    ).body.data.createPartner.id;
    const planId = (
      await staff.graphql(`mutation($i: CreateServicePlanInput!) { createServicePlan(input: $i) { id } }`, {
        i: { code: `P-${stamp}`, name: 'P' },
      })
    ).body.data.createServicePlan.id;
    await staff.graphql(`mutation($i: CreatePartnerUserInput!) { createPartnerUser(input: $i) { id } }`, {
      i: { partnerId, email: `p-${stamp}@partenaire.test`, displayName: 'P', password: PASSWORD },
    });
    const p = server.browser();
    await p.graphql(SIGN_IN, { l: `p-${stamp}@partenaire.test`, p: PASSWORD });
    const card = (
      await p.graphql(CREATE, {
        i: {
          name: `Client ${stamp}`,
          planId,
          admin: { firstName: 'A', lastName: 'B', email: `ab-${stamp}@client.test` },
        },
      })
    ).body.data.createPartnerClient.client;
    const act = (name: string, who = p) =>
      who.graphql(`mutation($id: ID!) { ${name}(input: { id: $id }) { invitation { status expiresAt } } }`, {
        id: card.partnerInvitation.id,
      });
    expect((await act('resendPartnerInvitation')).body.data.resendPartnerInvitation.invitation.status).toBe(
      'PENDING',
    );
    expect((await act('cancelPartnerInvitation', staff)).body.errors[0].extensions.code).toBe('FORBIDDEN');
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
});
