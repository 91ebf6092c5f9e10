import { describeEachDialect } from '../../../test/db';
import { createClient, errorOf, uniqueName } from '../../../test/factories';
import { TestClient } from '../../../test/graphql';
import { Activity } from '../activity/activity.entity';
import { ClientContact } from './client-contact.entity';
import { Contact } from './contact.entity';

const CONTACT =
  'id firstName lastName email phone mobile language timeZone socialHandles { network handle } address { city country } version';
const LINKS =
  'contacts { id title department type isPrimary contact { firstName lastName } } primaryContact { contact { lastName } } contactCount';

describeEachDialect('contacts', (db) => {
  let api: TestClient;
  beforeAll(async () => {
    api = await TestClient.create(db().dataSource);
  });
  afterAll(() => api.stop());

  const createContact = (input: Record<string, unknown>, locale: 'fr' | 'en' = 'en') =>
    api.run<any>(
      `mutation($i: CreateContactInput!) { createContact(input: $i) { contact { ${CONTACT} } } }`,
      { i: input },
      { locale },
    );
  const linksOf = async (clientId: string) =>
    (await api.run<any>(`query($id: ID!) { client(id: $id) { ${LINKS} } }`, { id: clientId })).data.client;
  const linkMutation = (name: string, input: Record<string, unknown>) =>
    api.run<any>(
      `mutation($i: ${name === 'linkContact' ? 'LinkContactInput' : name === 'updateContactLink' ? 'UpdateContactLinkInput' : 'ContactLinkRefInput'}!) { ${name}(input: $i) { link { id isPrimary } client { ${LINKS} } } }`,
      { i: input },
    );
  const email = (local: string, domain = 'hervedavid.test') =>
    `${local}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@${domain}`;

  it('creates a contact linked to a client, with phones read in the client’s country', async () => {
    const client = await createClient(api, {
      billingAddress: { country: 'FR' },
      language: 'EN',
      timeZone: 'Europe/Paris',
    });
    const result = await createContact({
      clientId: client.id,
      firstName: ' Amélie ',
      lastName: 'Fournier',
      email: email('amelie'),
      phone: '01 42 68 53 01',
      socialHandles: [{ network: 'LINKEDIN', handle: 'amelie-fournier' }],
      link: { title: 'Gérante', department: 'Direction', type: 'EXECUTIVE' },
      primary: true,
    });
    expect(result.errors).toBeUndefined();
    expect(result.data.createContact.contact).toMatchObject({
      firstName: 'Amélie',
      phone: '+33142685301',
      language: 'EN',
      timeZone: 'Europe/Paris',
      socialHandles: [{ network: 'LINKEDIN', handle: 'amelie-fournier' }],
    });
    expect(await linksOf(client.id)).toEqual({
      contacts: [
        expect.objectContaining({
          title: 'Gérante',
          type: 'EXECUTIVE',
          isPrimary: true,
          contact: { firstName: 'Amélie', lastName: 'Fournier' },
        }),
      ],
      primaryContact: { contact: { lastName: 'Fournier' } },
      contactCount: 1,
    });
  });

  it('keeps emails unique among contacts and names required', async () => {
    const shared = email('dup');
    expect((await createContact({ firstName: 'A', lastName: 'B', email: shared })).errors).toBeUndefined();
    expect(
      errorOf(
        await createContact(
          {
            firstName: 'C',
            lastName: 'D',
            email: shared.toUpperCase().replace(/@.*/, (d) => d.toLowerCase()),
          },
          'fr',
        ),
      ).fields,
    ).toEqual([expect.objectContaining({ path: 'input.email', code: 'ALREADY_TAKEN' })]);
    expect(
      errorOf(await createContact({ firstName: '', lastName: '' })).fields.map(
        (f: { path: string }) => f.path,
      ),
    ).toEqual(['input.firstName', 'input.lastName']);
    expect(errorOf(await createContact({ firstName: 'A', lastName: 'B', phone: '123' })).fields[0].path).toBe(
      'input.phone',
    );
  });

  it('links one person to several clients, with one primary per client, and unlinks', async () => {
    const [a, b] = [await createClient(api), await createClient(api)];
    const p1 = (
      await createContact({
        firstName: 'Mireille',
        lastName: uniqueName('Couture'),
        clientId: a.id,
        primary: true,
      })
    ).data.createContact.contact;
    const p2 = (await createContact({ firstName: 'Lucie', lastName: uniqueName('Bérubé'), clientId: a.id }))
      .data.createContact.contact;
    const toB = await linkMutation('linkContact', {
      clientId: b.id,
      contactId: p1.id,
      title: 'Conseillère',
      type: 'SALES',
    });
    expect(toB.errors).toBeUndefined();
    const again = await linkMutation('linkContact', { clientId: b.id, contactId: p1.id });
    expect(errorOf(again).fields).toEqual([
      expect.objectContaining({ path: 'input.contactId', code: 'ALREADY_TAKEN' }),
    ]);

    const linkOfP2 = (
      await db().dataSource.getRepository(ClientContact).findOneByOrFail({ clientId: a.id, contactId: p2.id })
    ).id;
    const made = await linkMutation('setPrimaryContact', { id: linkOfP2 });
    expect(made.data.setPrimaryContact.client.primaryContact.contact.lastName).toBe(p2.lastName);
    expect(
      made.data.setPrimaryContact.client.contacts.filter((l: { isPrimary: boolean }) => l.isPrimary),
    ).toHaveLength(1);
    expect((await linksOf(b.id)).contacts[0]).toMatchObject({ title: 'Conseillère', isPrimary: false });

    const renamed = await linkMutation('updateContactLink', {
      id: linkOfP2,
      title: 'Contrôleuse',
      department: 'Finances',
      type: 'BILLING',
    });
    expect(renamed.data.updateContactLink.client.contacts[0]).toMatchObject({
      title: 'Contrôleuse',
      type: 'BILLING',
      isPrimary: true,
    });

    await linkMutation('unlinkContact', { id: linkOfP2 });
    expect(await linksOf(a.id)).toMatchObject({ contactCount: 1, primaryContact: null });
    expect(await db().dataSource.getRepository(Contact).existsBy({ id: p2.id })).toBe(true);
    const actions = (
      await db()
        .dataSource.getRepository(Activity)
        .find({ where: { clientId: a.id }, order: { at: 'ASC' } })
    ).map((x) => x.action);
    expect(actions).toEqual(expect.arrayContaining(['LINKED', 'PRIMARY_SET', 'UNLINKED']));
  });

  it('suggests contacts whose email domain is one of the client’s', async () => {
    const domain = `${uniqueName('dom').replace(/\W+/g, '').toLowerCase()}.ca`;
    const client = await createClient(api, { domains: [domain] });
    const match = (await createContact({ firstName: 'Kevin', lastName: 'Nguyen', email: `kevin@${domain}` }))
      .data.createContact.contact;
    await createContact({ firstName: 'Autre', lastName: 'Personne', email: email('autre', 'ailleurs.ca') });
    const suggestions = await api.run<any>(`query($id: ID!) { contactSuggestions(clientId: $id) { id } }`, {
      id: client.id,
    });
    expect(suggestions.data.contactSuggestions).toEqual([{ id: match.id }]);
    await linkMutation('linkContact', { clientId: client.id, contactId: match.id });
    expect(
      (await api.run<any>(`query($id: ID!) { contactSuggestions(clientId: $id) { id } }`, { id: client.id }))
        .data.contactSuggestions,
    ).toEqual([]);
  });

  it('finds clients by a linked contact’s name, and contacts by name or email', async () => {
    const last =
      uniqueName('Lévesque').replace(/\d|-/g, '').trim() +
      Math.random().toString(36).replace(/\d/g, '').slice(2, 8);
    const client = await createClient(api);
    await createContact({ firstName: 'Isabelle', lastName: last, clientId: client.id, email: email('isa') });
    const byContact = await api.run<any>(
      `query($s: String) { clients(filter: { search: $s }) { edges { node { id } } } }`,
      { s: `isabelle ${last.toLowerCase().replace('é', 'e')}` },
    );
    expect(byContact.data.clients.edges).toEqual([{ node: { id: client.id } }]);
    const contacts = await api.run<any>(
      `query($s: String) { contacts(filter: { search: $s }) { totalCount edges { node { lastName } } } }`,
      { s: last.toUpperCase() },
    );
    expect(contacts.data.contacts).toEqual({ totalCount: 1, edges: [{ node: { lastName: last } }] });
  });

  it('updates a contact with its version, logging the diff', async () => {
    const created = (await createContact({ firstName: 'Gilles', lastName: 'Paradis' })).data.createContact
      .contact;
    const result = await api.run<any>(
      `mutation($i: UpdateContactInput!) { updateContact(input: $i) { contact { ${CONTACT} } } }`,
      {
        i: {
          id: created.id,
          version: 1,
          mobile: '+1 418 555 0124',
          address: { city: 'Québec', country: 'CA' },
        },
      },
    );
    expect(result.data.updateContact.contact).toMatchObject({
      mobile: '+14185550124',
      version: 2,
      address: { city: 'Québec' },
    });
    const stale = await api.run<any>(
      `mutation($i: UpdateContactInput!) { updateContact(input: $i) { contact { id } } }`,
      { i: { id: created.id, version: 1, lastName: 'X' } },
    );
    expect(errorOf(stale).code).toBe('CONFLICT');
    const entry = await db()
      .dataSource.getRepository(Activity)
      .findOneByOrFail({ entityId: created.id, action: 'UPDATED' as never });
    expect(entry.changes).toEqual([
      { field: 'contact.mobile', before: null, after: '+14185550124' },
      { field: 'contact.address.city', before: null, after: 'Québec' },
      { field: 'contact.address.country', before: null, after: 'CA' },
    ]);
  });
});
