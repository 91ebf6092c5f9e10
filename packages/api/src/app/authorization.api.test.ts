import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { StaffRole } from '@clientele/shared';
import { createTestDatabase, type TestDatabase } from '../../test/db';
import { TestClient } from '../../test/graphql';
import { createStaffUser } from '../../test/users';
import type { User } from '../modules/users/user.entity';
import { Audience, PARTNER_CARD_FIELDS, PARTNER_HIDDEN_FIELDS, POLICY, PORTAL_FIELDS } from './authorization';
import { getSchema } from './schema';
import { SYSTEM_ACTOR } from './actor';
import { createServices } from './context';
import { AccessRole, AccessStatus } from '@clientele/shared';
import { AccessGrant } from '../modules/access/access-grant.entity';
import { PortalAccount } from '../modules/access/portal-account.entity';
import type { PartnerViewer, PortalViewer } from '../modules/auth/auth.service';
import { hashPassword } from '../modules/auth/password-hashing';
import { SessionKind, type Session } from '../modules/auth/session.entity';

/**
 * Generated from the schema itself: every query and mutation, called as each
 * role, must be refused exactly when the policy says so. A new operation that
 * is not in the policy fails here before it can ship unguarded.
 */

type Role = 'admin' | 'staff' | 'viewer' | 'partner' | 'contact' | 'anonymous';
const ROLES: Role[] = ['anonymous', 'contact', 'partner', 'viewer', 'staff', 'admin'];
const ALLOWED: Record<Audience, Role[]> = {
  [Audience.PUBLIC]: ['admin', 'staff', 'viewer', 'partner', 'contact', 'anonymous'],
  [Audience.SIGNED_IN]: ['admin', 'staff', 'viewer', 'partner', 'contact'],
  [Audience.STAFF_READ]: ['admin', 'staff', 'viewer'],
  [Audience.CLIENT_READ]: ['admin', 'staff', 'viewer', 'partner'],
  [Audience.STAFF_WRITE]: ['admin', 'staff'],
  [Audience.ADMIN]: ['admin'],
  [Audience.PORTAL]: ['contact'],
  [Audience.PARTNER]: ['partner'],
  [Audience.TOKEN_OWNER]: ['admin', 'partner'],
};
/** Operations that answer UNAUTHENTICATED on their own terms (a wrong password). */
const AUTHENTICATING = new Set(['Mutation.signIn']);

/** A value of the type that passes GraphQL's own checks (services may still refuse it). */
function sample(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sample(type.ofType);
  if (isListType(type)) return [sample(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0]!.value;
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((f) => isNonNullType(f.type) && f.defaultValue === undefined)
        .map((f) => [f.name, sample(f.type)]),
    );
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'Int':
        return 1;
      case 'Float':
        return 1.5;
      case 'Boolean':
        return false;
      case 'ID':
        return '00000000-0000-0000-0000-000000000000';
      case 'DateTimeISO':
        return new Date().toISOString();
      case 'JSONObject':
        return {};
      default:
        return 'sample';
    }
  }
  throw new Error(`no sample for ${String(type)}`);
}

function operationFor(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>) {
  const args = field.args.filter((a: GraphQLArgument) => isNonNullType(a.type));
  const declared = args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const passed = args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const returns = getNamedType(getNullableType(field.type));
  const selection = isObjectType(returns) ? ' { __typename }' : '';
  return {
    query: `${kind}${declared ? `(${declared})` : ''} { ${field.name}${passed ? `(${passed})` : ''}${selection} }`,
    variables: Object.fromEntries(args.map((a) => [a.name, sample(a.type)])),
  };
}

describe('authorization, for every operation of the schema and every role', () => {
  let db: TestDatabase;
  let api: TestClient;
  let schema: GraphQLSchema;
  const users: Partial<Record<Role, User | null>> = {};
  let contactSession: Session;
  let contact: PortalViewer;
  let partner: PartnerViewer;

  beforeAll(async () => {
    db = await createTestDatabase('sqlite');
    api = await TestClient.create(db.dataSource);
    schema = await getSchema();
    users.admin = api.admin;
    users.staff = await createStaffUser(db.dataSource, StaffRole.STAFF);
    users.viewer = await createStaffUser(db.dataSource, StaffRole.VIEWER);
    users.anonymous = null;
    // A client contact with an active access, signed in.
    const client = await api.run<any>(
      `mutation { createClient(input: { name: "Portail" }) { client { id } } }`,
    );
    const clientId = client.data.createClient.client.id;
    const created = await api.run<any>(
      `mutation($i: CreateContactInput!) { createContact(input: $i) { contact { id } } }`,
      { i: { clientId, firstName: 'Mireille', lastName: 'Couture', email: 'mireille@portail.test' } },
    );
    const services = createServices(db.dataSource);
    const caller = { actor: SYSTEM_ACTOR, requestId: null };
    const { grant } = await services.access.grant(
      {
        clientId,
        contactId: created.data.createContact.contact.id,
        role: AccessRole.CLIENT_USER,
        sendEmail: false,
      },
      caller,
    );
    await db.dataSource
      .getRepository(PortalAccount)
      .update({ id: grant.accountId }, { passwordHash: await hashPassword('mot de passe du portail') });
    await db.dataSource.getRepository(AccessGrant).update({ id: grant.id }, { status: AccessStatus.ACTIVE });
    const signedIn = await services.auth.signIn(
      'mireille@portail.test',
      'mot de passe du portail',
      SessionKind.BEARER,
      { ip: null, userAgent: null },
      'en',
    );
    contactSession = signedIn.session;
    contact = (await services.auth.resolve(signedIn.secret, null))!.portal!;
    const organisation = await services.partners.createPartner(
      { name: 'Partenaire A', certifications: [] },
      caller,
    );
    const partnerUser = await services.partners.createUser(
      {
        partnerId: organisation.id,
        email: 'a@partenaire.test',
        displayName: 'A',
        password: 'mot de passe du partenaire',
      },
      caller,
    );
    partner = { user: partnerUser, partner: organisation };
  });
  afterAll(async () => {
    await api.stop();
    await db.drop();
  });

  const rootFields = (schema: GraphQLSchema) => [
    ...Object.values(schema.getQueryType()!.getFields()).map((f) => ['query', 'Query', f] as const),
    ...Object.values(schema.getMutationType()!.getFields()).map((f) => ['mutation', 'Mutation', f] as const),
  ];

  it('lists every query and mutation in the policy', async () => {
    const unlisted = rootFields(await getSchema())
      .map(([, parent, field]) => `${parent}.${field.name}`)
      .filter((name) => !POLICY[name]);
    expect(unlisted).toEqual([]);
  });

  it('shows a client contact only what a client may see of their own file', async () => {
    const visible = await api.run<any>(
      `{ portalClients { name code billingAddress { city } contacts { contact { firstName } } } }`,
      {},
      { as: null, portal: contact, session: contactSession },
    );
    expect(visible.errors).toBeUndefined();
    expect(visible.data.portalClients).toEqual([
      expect.objectContaining({ name: 'Portail', contacts: [{ contact: { firstName: 'Mireille' } }] }),
    ]);
    for (const hidden of [
      'regard',
      'notes { body }',
      'crm { health }',
      'terms { creditLimit }',
      'activity { totalCount }',
      'description',
      'tags',
      'accessGrants { id }',
    ]) {
      const result = await api.run<any>(
        `{ portalClients { name ${hidden} } }`,
        {},
        { as: null, portal: contact, session: contactSession },
      );
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('refuses each role exactly what the policy keeps from it', async () => {
    const mismatches: string[] = [];
    for (const [kind, parent, field] of rootFields(schema)) {
      const name = `${parent}.${field.name}`;
      const audience = POLICY[name]!;
      const { query, variables } = operationFor(kind, field);
      for (const role of ROLES) {
        const result =
          role === 'contact'
            ? await api.run(query, variables, { as: null, portal: contact, session: contactSession })
            : role === 'partner'
              ? await api.run(query, variables, { as: null, partner })
              : await api.run(query, variables, { as: users[role] ?? null });
        const code = result.errors?.[0]?.extensions?.code;
        const allowed = ALLOWED[audience].includes(role);
        const refused = code === 'FORBIDDEN' || (code === 'UNAUTHENTICATED' && !AUTHENTICATING.has(name));
        const expected = role === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN';
        if (allowed && code === 'INTERNAL_SERVER_ERROR') mismatches.push(`${name} failed for ${role}`);
        if (allowed && refused) mismatches.push(`${name} refused to ${role} (${code})`);
        if (!allowed && code !== expected)
          mismatches.push(`${name} let ${role} through (${code ?? 'no error'})`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  /**
   * Generated from the Client type: every field, read by partner A of its
   * client still pending (the card only), by partner A once accepted (all but
   * what partners never read), by partner B (nothing of A's client) and by the
   * client's contact (only what a client may see).
   */
  it('reads every field of a client exactly as partners A and B, pending or accepted, and a contact may', async () => {
    const services = createServices(db.dataSource);
    const caller = { actor: SYSTEM_ACTOR, requestId: null };
    const plan = await services.partners.createPlan({ code: 'CHAMPS', name: 'Champs' } as never, caller);
    const other = await services.partners.createPartner({ name: 'Partenaire B', certifications: [] }, caller);
    const otherUser = await services.partners.createUser(
      { partnerId: other.id, email: 'b@partenaire.test', displayName: 'B', password: 'mot de passe de B' },
      caller,
    );
    const partnerB: PartnerViewer = { user: otherUser, partner: other };
    const add = (name: string, email: string) =>
      services.partners.createClient(
        partner.partner,
        {
          name,
          planId: plan.id,
          identityProvider: 'CLIENTELE',
          notificationsEnabled: false,
          admin: { firstName: 'Admin', lastName: name, email },
        } as never,
        caller,
      );
    const pending = await add('Champs en attente', 'attente@champs.test');
    const accepted = await add('Champs accepté', 'accepte@champs.test');
    const [grant] = await services.access.grantsOf(accepted.id);
    await db.dataSource.getRepository(AccessGrant).update({ id: grant!.id }, { status: AccessStatus.ACTIVE });
    const [invitation] = await services.partners
      .latestInvitations([accepted.id])
      .then((m) => [...m.values()]);
    await services.partners.respond(grant!.accountId, invitation!.id, true, caller);

    const clientType = schema.getType('Client');
    if (!isObjectType(clientType)) throw new Error('no Client type');
    const selectionOf = (field: GraphQLField<unknown, unknown>) => {
      const args = field.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined);
      const inline = args.length
        ? `(${args.map((a) => `${a.name}: ${JSON.stringify(sample(a.type)).replace(/"([^"]+)":/g, '$1:')}`).join(', ')})`
        : '';
      const named = getNamedType(field.type);
      return isObjectType(named) ? `${field.name}${inline} { __typename }` : `${field.name}${inline}`;
    };
    const mismatches: string[] = [];
    const readable = { pending: [] as string[], accepted: [] as string[], contact: [] as string[] };
    for (const field of Object.values(clientType.getFields())) {
      const selection = selectionOf(field);
      const read = async (id: string, who: PartnerViewer) => {
        const result = await api.run<any>(
          `query($id: ID!) { client(id: $id) { ${selection} } }`,
          { id },
          { as: null, partner: who },
        );
        return {
          code: result.errors?.[0]?.extensions?.code as string | undefined,
          data: result.data?.client,
        };
      };
      const cardOnly = await read(pending.id, partner);
      const mayCard = PARTNER_CARD_FIELDS.has(field.name);
      if (mayCard && cardOnly.code)
        mismatches.push(`pending partner refused ${field.name} (${cardOnly.code})`);
      if (!mayCard && cardOnly.code !== 'FORBIDDEN') mismatches.push(`pending partner read ${field.name}`);
      if (!cardOnly.code) readable.pending.push(field.name);

      const file = await read(accepted.id, partner);
      const mayFile = !PARTNER_HIDDEN_FIELDS.has(field.name);
      if (mayFile && file.code) mismatches.push(`accepted partner refused ${field.name} (${file.code})`);
      if (!mayFile && file.code !== 'FORBIDDEN') mismatches.push(`accepted partner read ${field.name}`);
      if (!file.code) readable.accepted.push(field.name);

      const stranger = await read(accepted.id, partnerB);
      if (!stranger.code && stranger.data) mismatches.push(`partner B read ${field.name} of A's client`);

      const portal = await api.run<any>(
        `{ portalClients { ${selection} } }`,
        {},
        { as: null, portal: contact, session: contactSession },
      );
      const code = portal.errors?.[0]?.extensions?.code;
      const mayContact = PORTAL_FIELDS.Client!.has(field.name);
      if (mayContact && code) mismatches.push(`contact refused ${field.name} (${code})`);
      if (!mayContact && code !== 'FORBIDDEN') mismatches.push(`contact read ${field.name}`);
      if (!code) readable.contact.push(field.name);
    }
    expect(mismatches).toEqual([]);
    // Written out on purpose: a field added to Client shows up here, and someone decides who reads it.
    expect(readable.pending.sort()).toEqual(
      ['city', 'id', 'name', 'notificationsEnabled', 'partner', 'partnerInvitation', 'plan'].sort(),
    );
    expect(readable.contact.sort()).toEqual(
      [
        'billingAddress',
        'businessNumbers',
        'city',
        'clientReference',
        'code',
        'contactCount',
        'contacts',
        'createdAt',
        'currency',
        'domains',
        'email',
        'fax',
        'firstName',
        'id',
        'kind',
        'language',
        'lastName',
        'legalName',
        'lifecycle',
        'mobile',
        'myAccessRole',
        'name',
        'partner',
        'partnerInvitation',
        'phone',
        'primaryContact',
        'shippingAddress',
        'status',
        'timeZone',
        'updatedAt',
        'version',
        'website',
      ].sort(),
    );
    expect(
      Object.keys(clientType.getFields())
        .filter((f) => !readable.accepted.includes(f))
        .sort(),
    ).toEqual(['accessGrants', 'activity', 'noteCount', 'regard'].sort());
  });
});
