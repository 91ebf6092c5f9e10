import { AccessRole, AccessStatus, StaffRole } from '@clientele/shared';
import { describeEachDialect } from '../../../test/db';
import { TestServer } from '../../../test/http';
import { createStaffUser } from '../../../test/users';
import { AccessGrant } from '../access/access-grant.entity';
import { PortalAccount } from '../access/portal-account.entity';
import { Activity } from '../activity/activity.entity';
import { hashPassword } from '../auth/password-hashing';
import { OutboxEmail } from '../email/outbox-email.entity';

const PASSWORD = 'un mot de passe assez long';
const SIGN_IN = `mutation($l: String!, $p: String!) { signIn(input: { login: $l, password: $p }) { portalAccount { id } } }`;
const UPDATE = `mutation($i: UpdateMyCompanyInput!) { updateMyCompany(input: $i) { client { id version phone website billingAddress { city postalCode } } } }`;

describeEachDialect('the portal: a contact’s own company', (db) => {
  let server: TestServer;
  let staff: ReturnType<TestServer['browser']>;

  beforeAll(async () => {
    server = await TestServer.start(db().dataSource, { publicUrl: 'http://clientele.test' });
    const user = await createStaffUser(
      db().dataSource,
      StaffRole.STAFF,
      'Sophie',
      await hashPassword(PASSWORD),
    );
    staff = server.browser({ 'accept-language': 'fr' });
    await staff.graphql(SIGN_IN.replace('portalAccount { id }', 'user { id }'), {
      l: user.email,
      p: PASSWORD,
    });
  });
  afterAll(() => server.stop());

  /** A client, one contact with an active access of the role given, signed in from their browser. */
  async function contactOf(role: AccessRole, tag: string) {
    const client = (
      await staff.graphql(
        `mutation($i: CreateClientInput!) { createClient(input: $i) { client { id version } } }`,
        {
          i: {
            name: `Portail ${tag} ${Date.now()}`,
            billingAddress: {
              line1: '1 rue A',
              city: 'Lévis',
              region: 'QC',
              postalCode: 'G6V 1A1',
              country: 'CA',
            },
          },
        },
      )
    ).body.data.createClient.client;
    const email = `${tag}.${Date.now()}@portail.test`;
    const contact = (
      await staff.graphql(
        `mutation($i: CreateContactInput!) { createContact(input: $i) { contact { id } } }`,
        {
          i: { clientId: client.id, firstName: 'Mireille', lastName: tag, email },
        },
      )
    ).body.data.createContact.contact;
    const granted = await staff.graphql(
      `mutation($i: GrantAccessInput!) { grantAccess(input: $i) { access { id } } }`,
      { i: { clientId: client.id, contactId: contact.id, role, sendEmail: false } },
    );
    const accessId = granted.body.data.grantAccess.access.id;
    // Past the invitation: the contact has chosen a password (the access tests follow the link itself).
    const grant = await db().dataSource.getRepository(AccessGrant).findOneByOrFail({ id: accessId });
    await db()
      .dataSource.getRepository(PortalAccount)
      .update({ id: grant.accountId }, { passwordHash: await hashPassword(PASSWORD) });
    await db()
      .dataSource.getRepository(AccessGrant)
      .update({ id: accessId }, { status: AccessStatus.ACTIVE });
    const browser = server.browser({ 'accept-language': 'fr' });
    expect((await browser.graphql(SIGN_IN, { l: email, p: PASSWORD })).body.errors).toBeUndefined();
    return { client, browser, email, contact };
  }

  it('tells the contact who they are and their role at each company', async () => {
    const { client, browser, contact } = await contactOf(AccessRole.CLIENT_ADMIN, 'role');
    const { body } = await browser.graphql(
      `{ me { contact { firstName lastName } portalAccount { contactId } } portalClients { id myAccessRole } }`,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data.me.contact).toEqual({ firstName: 'Mireille', lastName: 'role' });
    expect(body.data.portalClients).toEqual([{ id: client.id, myAccessRole: 'CLIENT_ADMIN' }]);

    // A second company gives the same person a lesser role: each company answers with its own.
    const other = (
      await staff.graphql(`mutation($i: CreateClientInput!) { createClient(input: $i) { client { id } } }`, {
        i: { name: `Portail second ${Date.now()}` },
      })
    ).body.data.createClient.client;
    await staff.graphql(`mutation($i: LinkContactInput!) { linkContact(input: $i) { __typename } }`, {
      i: { clientId: other.id, contactId: contact.id },
    });
    const second = await staff.graphql(
      `mutation($i: GrantAccessInput!) { grantAccess(input: $i) { access { id } } }`,
      { i: { clientId: other.id, contactId: contact.id, role: AccessRole.CLIENT_USER, sendEmail: false } },
    );
    expect(second.body.errors).toBeUndefined();
    await db()
      .dataSource.getRepository(AccessGrant)
      .update({ id: second.body.data.grantAccess.access.id }, { status: AccessStatus.ACTIVE });
    const both = await browser.graphql(`{ portalClients { id myAccessRole } }`);
    expect(both.body.data.portalClients).toEqual(
      expect.arrayContaining([
        { id: client.id, myAccessRole: 'CLIENT_ADMIN' },
        { id: other.id, myAccessRole: 'CLIENT_USER' },
      ]),
    );
    expect(both.body.data.portalClients).toHaveLength(2);
    const seenByStaff = await staff.graphql(`query($id: ID!) { client(id: $id) { myAccessRole } }`, {
      id: client.id,
    });
    expect(seenByStaff.body.data.client.myAccessRole).toBeNull();
  });

  it('lets the client’s administrator update the company’s contact details, recorded under their name', async () => {
    const { client, browser } = await contactOf(AccessRole.CLIENT_ADMIN, 'admin');
    const { body } = await browser.graphql(UPDATE, {
      i: {
        id: client.id,
        version: client.version,
        phone: '418 555-0199',
        website: 'portail.example',
        billingAddress: {
          line1: '2 rue B',
          city: 'Québec',
          region: 'QC',
          postalCode: 'G1R 4P5',
          country: 'CA',
        },
      },
    });
    expect(body.errors).toBeUndefined();
    expect(body.data.updateMyCompany.client).toMatchObject({
      phone: '+14185550199',
      website: 'https://portail.example',
      billingAddress: { city: 'Québec', postalCode: 'G1R 4P5' },
    });
    const entry = await db()
      .dataSource.getRepository(Activity)
      .findOneOrFail({ where: { clientId: client.id, action: 'UPDATED' as never, entityType: 'Client' } });
    expect(entry.actorType).toBe('CONTACT');
    expect(entry.actorName).toBe('Mireille admin');
  });

  it('records what an administrator acting as the contact does as the contact, on behalf of the administrator (seed 003)', async () => {
    const { client } = await contactOf(AccessRole.CLIENT_ADMIN, 'acting');
    const grant = await db().dataSource.getRepository(AccessGrant).findOneByOrFail({ clientId: client.id });
    const admin = await createStaffUser(
      db().dataSource,
      StaffRole.ADMIN,
      'Admin Agissant',
      await hashPassword(PASSWORD),
    );
    const browser = server.browser();
    await browser.graphql(SIGN_IN.replace('portalAccount { id }', 'user { id }'), {
      l: admin.email,
      p: PASSWORD,
    });
    const acted = await browser.graphql(
      `mutation($id: ID!) { actAsContact(input: { accessId: $id }) { done } }`,
      {
        id: grant.id,
      },
    );
    expect(acted.body.errors).toBeUndefined();
    const updated = await browser.graphql(UPDATE, {
      i: { id: client.id, version: client.version, phone: '418 555-0142' },
    });
    expect(updated.body.errors).toBeUndefined();

    await browser.graphql(`mutation { stopActingAsContact { done } }`);
    const log = await browser.graphql(
      `query($id: ID!) { client(id: $id) { activity(filter: { actions: [UPDATED] }) { edges { node { entityType actorType actorId actorName onBehalfOfType onBehalfOfId onBehalfOfName changes { field after } } } } } }`,
      { id: client.id },
    );
    expect(log.body.errors).toBeUndefined();
    const entries = log.body.data.client.activity.edges.map((e: { node: unknown }) => e.node);
    expect(entries).toContainEqual({
      entityType: 'Client',
      actorType: 'CONTACT',
      actorId: grant.accountId,
      actorName: 'Mireille acting',
      onBehalfOfType: 'STAFF',
      onBehalfOfId: admin.id,
      onBehalfOfName: 'Admin Agissant',
      changes: [{ field: 'phone', after: '+14185550142' }],
    });
  });

  it('refuses bad input field by field and writes nothing', async () => {
    const { client, browser } = await contactOf(AccessRole.CLIENT_ADMIN, 'bad');
    const badEmail = await browser.graphql(UPDATE, {
      i: { id: client.id, version: client.version, email: 'pas un courriel' },
    });
    expect(badEmail.body.errors[0].extensions.fields).toEqual([
      expect.objectContaining({
        path: 'input.email',
        code: 'INVALID_FORMAT',
        message: 'Format invalide (attendu\u00a0: info@example.com).',
      }),
    ]);
    const badPhone = await browser.graphql(UPDATE, {
      i: { id: client.id, version: client.version, phone: '12' },
    });
    expect(badPhone.body.errors[0].extensions.fields).toEqual([
      expect.objectContaining({ path: 'input.phone' }),
    ]);
    const after = await staff.graphql(`query($id: ID!) { client(id: $id) { version email } }`, {
      id: client.id,
    });
    expect(after.body.data.client).toEqual({ version: client.version, email: null });
  });

  it('keeps a plain user, and every other company, out', async () => {
    const { client, browser } = await contactOf(AccessRole.CLIENT_USER, 'user');
    const plain = await browser.graphql(UPDATE, {
      i: { id: client.id, version: client.version, phone: null },
    });
    expect(plain.body.errors[0].extensions.code).toBe('FORBIDDEN');
    const other = await contactOf(AccessRole.CLIENT_ADMIN, 'other');
    const elsewhere = await other.browser.graphql(UPDATE, {
      i: { id: client.id, version: client.version, phone: null },
    });
    expect(elsewhere.body.errors[0].extensions.code).toBe('NOT_FOUND');
    const fromStaff = await staff.graphql(UPDATE, {
      i: { id: client.id, version: client.version, phone: null },
    });
    expect(fromStaff.body.errors[0].extensions.code).toBe('FORBIDDEN');
  });

  it('emails a contact a reset link, except while their client’s notifications are off (seed 001)', async () => {
    const { client, email } = await contactOf(AccessRole.CLIENT_USER, 'reset');
    const anonymous = server.browser({ 'accept-language': 'fr' });
    const ask = `mutation($e: String!) { requestPasswordReset(input: { email: $e }) { done } }`;
    const outbox = () => db().dataSource.getRepository(OutboxEmail).findBy({ to: email });

    // New clients start with notifications off: nothing leaves, and the withholding is recorded.
    expect((await anonymous.graphql(ask, { e: email })).body.data.requestPasswordReset.done).toBe(true);
    expect(await outbox()).toEqual([]);
    const withheld = await db()
      .dataSource.getRepository(Activity)
      .findOneByOrFail({ clientId: client.id, action: 'EMAIL_SUPPRESSED' as never });
    expect(withheld.changes[1]).toEqual({ field: 'template', before: null, after: 'password-reset' });

    const current = (
      await staff.graphql(`query($id: ID!) { client(id: $id) { version } }`, { id: client.id })
    ).body.data.client;
    await staff.graphql(`mutation($i: UpdateClientInput!) { updateClient(input: $i) { client { id } } }`, {
      i: { id: client.id, version: current.version, notificationsEnabled: true },
    });
    await anonymous.graphql(ask, { e: email });
    const [mail] = await outbox();
    expect(mail!.template).toBe('password-reset');
    const token = decodeURIComponent(/reset-password\?token=(\S+)/.exec(mail!.text)![1]!);
    const reset = await anonymous.graphql(
      `mutation($t: String!, $p: String!) { resetPassword(input: { token: $t, password: $p }) { done } }`,
      { t: token, p: 'une toute nouvelle phrase' },
    );
    expect(reset.body.errors).toBeUndefined();
    const again = await server.browser().graphql(SIGN_IN, { l: email, p: 'une toute nouvelle phrase' });
    expect(again.body.data.signIn.portalAccount).not.toBeNull();
  });
});
