import { StaffRole } from '@clientele/shared';
import { describeEachDialect } from '../../../test/db';
import { TestServer } from '../../../test/http';
import { createStaffUser } from '../../../test/users';
import { hashPassword } from '../auth/password-hashing';
import { csvCell } from './client-export';

const PASSWORD = 'un mot de passe de test assez long';

describe('CSV cells', () => {
  it('defuse formulas and quote what needs it', () => {
    expect(csvCell('=HYPERLINK("http://evil")')).toBe(`"'=HYPERLINK(""http://evil"")"`);
    expect(csvCell('+15145550123')).toBe("'+15145550123");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('Café, Inc.')).toBe('"Café, Inc."');
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
    expect(csvCell(null)).toBe('');
  });
});

describeEachDialect('client export', (db) => {
  let server: TestServer;
  let cookie: string;
  let admin: ReturnType<TestServer['browser']>;
  const tag = `export-${Date.now().toString(36)}`;

  beforeAll(async () => {
    server = await TestServer.start(db().dataSource);
    const user = await createStaffUser(
      db().dataSource,
      StaffRole.VIEWER,
      'Viewer',
      await hashPassword(PASSWORD),
    );
    const browser = server.browser();
    await browser.graphql('mutation($i: SignInInput!) { signIn(input: $i) { expiresAt } }', {
      i: { login: user.email, password: PASSWORD },
    });
    cookie = [...browser.jar].map(([k, v]) => `${k}=${v}`).join('; ');
    // 130 clients carrying the tag: more than one batch of 100.
    admin = server.browser();
    const adminUser = await createStaffUser(
      db().dataSource,
      StaffRole.ADMIN,
      'Admin',
      await hashPassword(PASSWORD),
    );
    await admin.graphql('mutation($i: SignInInput!) { signIn(input: $i) { expiresAt } }', {
      i: { login: adminUser.email, password: PASSWORD },
    });
    for (let i = 0; i < 130; i += 1) {
      const name =
        i === 0
          ? `=cmd|' /C calc'!A0 ${tag}`
          : i === 1
            ? `Café "Élan", Québec ${tag}`
            : `Export ${String(i).padStart(3, '0')} ${tag}`;
      const result = await admin.graphql(
        'mutation($i: CreateClientInput!) { createClient(input: $i) { client { id } } }',
        {
          i: {
            name,
            tags: [tag],
            phone: '+15145550123',
            billingAddress: { city: 'Montréal', country: 'CA' },
          },
        },
      );
      if (result.body.errors) throw new Error(JSON.stringify(result.body.errors));
    }
  }, 60_000);
  afterAll(() => server.stop());

  const exportCsv = (view: unknown, headers: Record<string, string> = { cookie }, lang = 'fr') =>
    fetch(`${server.url}/exports/clients.csv?lang=${lang}&view=${encodeURIComponent(JSON.stringify(view))}`, {
      headers,
    });

  it('streams every matching client, in the view’s order and columns, with a BOM and French headings', async () => {
    const response = await exportCsv({
      filter: { tag },
      sort: { field: 'NAME', direction: 'DESC' },
      columns: ['name', 'phone', 'country', 'tags'],
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="clients-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    const lines = text.split('\r\n').filter(Boolean);
    expect(lines[0]).toBe('Nom,Téléphone,Pays,Étiquettes');
    expect(lines).toHaveLength(131);
    // Descending by name: the numbered ones first, from the last.
    expect(lines[1]).toBe(`Export 129 ${tag},'+15145550123,Canada,${tag}`);
    expect(lines).toContain(`"Café ""Élan"", Québec ${tag}",'+15145550123,Canada,${tag}`);
    expect(lines).toContain(`'=cmd|' /C calc'!A0 ${tag},'+15145550123,Canada,${tag}`);
  });

  it('heads columns in English when asked, and searches as the list does', async () => {
    const response = await exportCsv(
      { search: `élan ${tag}`, columns: ['code', 'name', 'status'] },
      { cookie },
      'en',
    );
    const lines = (await response.text())
      .replace(/^\uFEFF/, '')
      .split('\r\n')
      .filter(Boolean);
    expect(lines[0]).toBe('Code,Name,Status');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/,Active$/);
  });

  it('refuses strangers and unreadable views', async () => {
    expect((await exportCsv({}, {})).status).toBe(401);
    const bad = await exportCsv({ columns: ['secret'] }, { cookie }, 'en');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: expect.arrayContaining([
        expect.objectContaining({ path: 'view.columns.0', code: 'INVALID_CHOICE' }),
      ]),
    });
  });

  it('names each client’s partner and where its invitation stands; a partner exports its own clients', async () => {
    const stamp = `x${Date.now().toString(36)}`;
    const partnerId = (
      await admin.graphql(
        `mutation($i: CreatePartnerInput!) { createPartner(input: $i) { partner { id } } }`,
        {
          i: { name: `Partenaire ${stamp}`, certifications: [] },
        },
      )
    ).body.data.createPartner.partner.id;
    const planId = (
      await admin.graphql(
        `mutation($i: CreateServicePlanInput!) { createServicePlan(input: $i) { servicePlan { id } } }`,
        {
          i: { code: `X-${stamp}`, name: 'X' },
        },
      )
    ).body.data.createServicePlan.servicePlan.id;
    await admin.graphql(
      `mutation($i: CreatePartnerUserInput!) { createPartnerUser(input: $i) { partnerUser { id } } }`,
      {
        i: { partnerId, email: `${stamp}@partenaire.test`, displayName: 'P', password: PASSWORD },
      },
    );
    const partner = server.browser();
    await partner.graphql('mutation($i: SignInInput!) { signIn(input: $i) { expiresAt } }', {
      i: { login: `${stamp}@partenaire.test`, password: PASSWORD },
    });
    const created = await partner.graphql(
      `mutation($i: CreatePartnerClientInput!) { createPartnerClient(input: $i) { client { id } } }`,
      {
        i: {
          name: `Client ${stamp}`,
          planId,
          admin: { firstName: 'A', lastName: 'B', email: `ab-${stamp}@client.test` },
        },
      },
    );
    expect(created.body.errors).toBeUndefined();

    const response = await exportCsv(
      { search: stamp, columns: ['name', 'partner', 'invitation'] },
      { cookie },
      'en',
    );
    const lines = (await response.text())
      .replace(/^\uFEFF/, '')
      .split('\r\n')
      .filter(Boolean);
    expect(lines).toEqual(['Name,Partner,Partner invitation', `Client ${stamp},Partenaire ${stamp},Pending`]);

    // The partner exports its own clients, as its list reads them: the card of one that has not
    // accepted it, the rest of the row empty; nobody else's.
    const partnerCookie = [...partner.jar].map(([k, v]) => `${k}=${v}`).join('; ');
    const own = await exportCsv(
      { columns: ['name', 'code', 'email', 'invitation'] },
      { cookie: partnerCookie },
      'en',
    );
    expect(own.status).toBe(200);
    expect(
      (await own.text())
        .replace(/^\uFEFF/, '')
        .split('\r\n')
        .filter(Boolean),
    ).toEqual(['Name,Code,Email,Partner invitation', `Client ${stamp},,,Pending`]);
  });
});
