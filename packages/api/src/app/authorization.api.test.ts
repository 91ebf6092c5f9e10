import { randomUUID } from 'node:crypto';
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isInterfaceType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { AccessRole, AccessStatus, ActorType, StaffRole, WebhookEventType } from '@clientele/shared';
import { createPartnerAccount } from '../../test/accounts';
import { describeEachDialect } from '../../test/db';
import { TestClient, type GraphQLResult } from '../../test/graphql';
import { createStaffUser } from '../../test/users';
import type { User } from '../modules/users/user.entity';
import {
  Audience,
  SESSION_PAYLOADS,
  PARTNER_CARD_FIELDS,
  PARTNER_FIELDS,
  PARTNER_FILE_FIELDS,
  POLICY,
  PORTAL_FIELDS,
} from './authorization';
import { getSchema } from './schema';
import { toGlobalId } from './node';
import { SYSTEM_ACTOR } from './actor';
import { createServices, type Services } from './context';
import { AccessGrant } from '../modules/access/access-grant.entity';
import { PortalAccount } from '../modules/access/portal-account.entity';
import { Activity } from '../modules/activity/activity.entity';
import { ApiToken, ApiTokenScope } from '../modules/auth/api-token.entity';
import { WebhookAttempt, WebhookDelivery } from '../modules/webhooks/webhook-delivery.entity';
import { WebhookEndpoint } from '../modules/webhooks/webhook-endpoint.entity';
import type { PartnerViewer, PortalViewer } from '../modules/auth/auth.service';
import { hashPassword } from '../modules/auth/password-hashing';
import { OneTimeToken } from '../modules/auth/one-time-token.entity';
import { Session, SessionKind } from '../modules/auth/session.entity';
import { Client } from '../modules/clients/client.entity';
import { ClientContact } from '../modules/contacts/client-contact.entity';
import { OutboxEmail } from '../modules/email/outbox-email.entity';
import { PartnerInvitation } from '../modules/partners/partner-invitation.entity';

/**
 * Generated from the schema itself: every query and mutation, called as each
 * role, must be refused exactly when the policy says so; and every field a
 * partner or a client contact can reach, walked from their queries, must be
 * readable exactly when their allow-list says so, and must never carry
 * anything of someone else's. A new operation, type or field fails here (or
 * is refused) until someone decides who may see it.
 */

type Role =
  'admin' | 'staff' | 'viewer' | 'partnerA' | 'partnerB' | 'pendingPartner' | 'contact' | 'anonymous';
const ROLES: Role[] = [
  'anonymous',
  'contact',
  'partnerA',
  'partnerB',
  'pendingPartner',
  'viewer',
  'staff',
  'admin',
];
const PARTNERS: Role[] = ['partnerA', 'partnerB', 'pendingPartner'];
const ALLOWED: Record<Audience, Role[]> = {
  [Audience.PUBLIC]: ROLES,
  [Audience.SIGNED_IN]: ROLES.filter((role) => role !== 'anonymous'),
  [Audience.STAFF_READ]: ['admin', 'staff', 'viewer'],
  [Audience.CLIENT_READ]: ['admin', 'staff', 'viewer', ...PARTNERS],
  [Audience.STAFF_WRITE]: ['admin', 'staff'],
  [Audience.ADMIN]: ['admin'],
  [Audience.PORTAL]: ['contact'],
  [Audience.PARTNER]: PARTNERS,
  [Audience.TOKEN_OWNER]: ['admin', ...PARTNERS],
};
/** Operations that answer UNAUTHENTICATED on their own terms (a wrong password). */
const AUTHENTICATING = new Set(['Mutation.signIn']);
const PASSWORD = 'une phrase de passe pour les autorisations';

/** A value of the type that passes GraphQL's own checks (services may still refuse it). */
function sample(type: GraphQLInputType, id = '00000000-0000-0000-0000-000000000000'): unknown {
  if (isNonNullType(type)) return sample(type.ofType, id);
  if (isListType(type)) return [sample(type.ofType, id)];
  if (isEnumType(type)) return type.getValues()[0]!.name;
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((f) => isNonNullType(f.type) && f.defaultValue === undefined)
        .map((f) => [f.name, sample(f.type, id)]),
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
        return id;
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

/** Whether an input type holds an ID somewhere in what `sample` fills (its required fields). */
function takesId(type: GraphQLInputType): boolean {
  const named = getNullableType(type);
  if (isListType(named)) return takesId(named.ofType);
  if (isInputObjectType(named)) {
    return Object.values(named.getFields()).some(
      (f) => isNonNullType(f.type) && f.defaultValue === undefined && takesId(f.type),
    );
  }
  return isScalarType(named) && named.name === 'ID';
}

const literal = (value: unknown): string => JSON.stringify(value).replace(/"([A-Za-z_]\w*)":/g, '$1:');

function operationFor(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>, id?: string) {
  const args = field.args.filter((a: GraphQLArgument) => isNonNullType(a.type));
  const declared = args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const passed = args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const returns = getNamedType(getNullableType(field.type));
  const selection = isObjectType(returns) || isInterfaceType(returns) ? ' { __typename }' : '';
  return {
    query: `${kind}${declared ? `(${declared})` : ''} { ${field.name}${passed ? `(${passed})` : ''}${selection} }`,
    variables: Object.fromEntries(args.map((a) => [a.name, sample(a.type, id)])),
  };
}

/** One field, as the walk selects it: its required arguments sampled, an object's `__typename`. */
function selectionOf(field: GraphQLField<unknown, unknown>): string {
  const args = field.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined);
  const inline = args.length
    ? `(${args.map((a) => `${a.name}: ${literal(sample(a.type))}`).join(', ')})`
    : '';
  return isObjectType(getNamedType(field.type))
    ? `${field.name}${inline} { __typename }`
    : `${field.name}${inline}`;
}

/** The non-null values found under a path of response keys, lists flattened. */
function valuesAt(data: unknown, path: readonly string[]): Record<string, unknown>[] {
  let current: unknown[] = [data];
  for (const key of path) {
    current = current
      .flatMap((value) =>
        value && typeof value === 'object' ? [(value as Record<string, unknown>)[key]] : [],
      )
      .flatMap((value) => (Array.isArray(value) ? value.flat(Infinity) : [value]))
      .filter((value) => value !== null && value !== undefined);
  }
  return current as Record<string, unknown>[];
}

/** A client of the world, as a role may see it. */
type Reach = 'file' | 'card' | 'none';

interface World {
  services: Services;
  users: Record<'admin' | 'staff' | 'viewer', User>;
  partners: Record<'partnerA' | 'partnerB' | 'pendingPartner', PartnerViewer>;
  sessions: Record<'partnerA' | 'partnerB' | 'pendingPartner' | 'contact', Session>;
  contact: PortalViewer;
  /** Clients by name: partner A's accepted and pending ones, partner B's, the pending partner's. */
  clients: Record<'a1' | 'a2' | 'gamma' | 'b1' | 'pd1', Client>;
  invitations: Record<'a1' | 'a2' | 'gamma' | 'b1' | 'pd1', PartnerInvitation>;
  /** What each party's data looks like in an answer: ids, codes, names, streets, note bodies. */
  marks: Record<'a1' | 'a2' | 'gamma' | 'b1' | 'pd1' | 'internalNote' | 'sharedNote', string[]>;
  /** Partner A's objects a stranger might name: every id of theirs. */
  idsOfA: string[];
  /** Partner A's webhook endpoint, with a delivery tried once: what its webhook pages show. */
  webhookOfA: { endpoint: WebhookEndpoint; delivery: WebhookDelivery };
  /** New sessions for the partners and the contact (a test that needs them open). */
  signInAgain(): Promise<World['sessions']>;
}

describeEachDialect('authorization, for every operation of the schema and every role', (db) => {
  let api: TestClient;
  let schema: GraphQLSchema;
  let world: World;

  /** Calls as a role, in its session (tests that need theirs alive sign in anew: others sign out). */
  const runAs = (
    role: Role,
    query: string,
    variables: Record<string, unknown> = {},
    sessions: World['sessions'] = world.sessions,
  ) => {
    if (role === 'contact') {
      return api.run(query, variables, { as: null, portal: world.contact, session: sessions.contact });
    }
    if (role === 'partnerA' || role === 'partnerB' || role === 'pendingPartner') {
      return api.run(query, variables, {
        as: null,
        partner: world.partners[role],
        session: sessions[role],
      });
    }
    return api.run(query, variables, { as: role === 'anonymous' ? null : world.users[role] });
  };

  beforeAll(async () => {
    const { dataSource } = db();
    api = await TestClient.create(dataSource);
    schema = await getSchema();
    world = await buildWorld(api, createServices(dataSource));
  });
  afterAll(() => api.stop());

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

  it('names only types and fields the schema has in the allow-lists', () => {
    const stale: string[] = [];
    for (const [list, entries] of Object.entries({ PARTNER_FIELDS, PORTAL_FIELDS })) {
      for (const [typeName, names] of Object.entries(entries)) {
        const type = schema.getType(typeName);
        if (!isObjectType(type) && !isInterfaceType(type)) stale.push(`${list}.${typeName}`);
        else for (const name of names) if (!type.getFields()[name]) stale.push(`${list}.${typeName}.${name}`);
      }
    }
    expect(stale).toEqual([]);
  });

  it('refuses each role exactly what the policy keeps from it', async () => {
    const mismatches: string[] = [];
    for (const [kind, parent, field] of rootFields(schema)) {
      const name = `${parent}.${field.name}`;
      const audience = POLICY[name]!;
      const { query, variables } = operationFor(kind, field);
      for (const role of ROLES) {
        const result = await runAs(role, query, variables);
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

  it('shows a client contact only what a client may see of their own file', async () => {
    const visible = await runAs(
      'contact',
      `{ portalClients { name code billingAddress { city } contacts { contact { firstName } } } }`,
    );
    expect(visible.errors).toBeUndefined();
    expect(visible.data!.portalClients.map((c: { name: string }) => c.name).sort()).toEqual(
      [world.clients.a1.name, world.clients.gamma.name].sort(),
    );
    for (const hidden of [
      'regard',
      'notes { body }',
      'noteCount',
      'crm { health }',
      'terms { creditLimit }',
      'activity { totalCount }',
      'description',
      'tags',
      'accessGrants { id }',
      'plan { name }',
    ]) {
      const result = await runAs('contact', `{ portalClients { name ${hidden} } }`);
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });

  /**
   * Generated from the Client type: every field, read by partner A of its
   * client still pending (the card only), by partner A once accepted (its
   * allow-list), by partner B (nothing of A's client) and by the client's
   * contact (only what a client may see).
   */
  it('reads every field of a client exactly as partners A and B, pending or accepted, and a contact may', async () => {
    const clientType = schema.getType('Client');
    if (!isObjectType(clientType)) throw new Error('no Client type');
    const mismatches: string[] = [];
    const readable = { pending: [] as string[], accepted: [] as string[], contact: [] as string[] };
    for (const field of Object.values(clientType.getFields())) {
      const selection = selectionOf(field);
      const read = async (id: string, who: Role) => {
        const result = await runAs(who, `query($id: ID!) { client(id: $id) { ${selection} } }`, { id });
        return {
          code: result.errors?.[0]?.extensions?.code as string | undefined,
          data: result.data?.client,
        };
      };
      const cardOnly = await read(world.clients.a2.id, 'partnerA');
      const mayCard = PARTNER_CARD_FIELDS.has(field.name);
      const mayFile = PARTNER_FIELDS.Client!.has(field.name);
      if (mayCard && cardOnly.code)
        mismatches.push(`pending partner refused ${field.name} (${cardOnly.code})`);
      // The rest of the file reads null until the client accepts, without an error; what the
      // partner may never read is refused before anything runs.
      if (!mayCard && mayFile && (cardOnly.code || cardOnly.data?.[field.name] !== null))
        mismatches.push(`pending partner read ${field.name} (${cardOnly.code ?? 'not null'})`);
      if (!mayFile && cardOnly.code !== 'FORBIDDEN') mismatches.push(`pending partner read ${field.name}`);
      if (mayCard && !cardOnly.code) readable.pending.push(field.name);

      const file = await read(world.clients.a1.id, 'partnerA');
      if (mayFile && file.code) mismatches.push(`accepted partner refused ${field.name} (${file.code})`);
      if (!mayFile && file.code !== 'FORBIDDEN') mismatches.push(`accepted partner read ${field.name}`);
      if (!file.code) readable.accepted.push(field.name);

      // Another partner's client is, to partner B, a client that does not exist: null, no error
      // (a field no partner may read is refused as it is to A).
      const stranger = await read(world.clients.a1.id, 'partnerB');
      if (mayFile ? stranger.code || stranger.data !== null : stranger.code !== 'FORBIDDEN')
        mismatches.push(`partner B got ${field.name} of A's client (${stranger.code ?? 'data'})`);

      const portal = await runAs('contact', `{ portalClients { ${selection} } }`);
      const code = portal.errors?.[0]?.extensions?.code;
      const mayContact = PORTAL_FIELDS.Client!.has(field.name);
      if (mayContact && code) mismatches.push(`contact refused ${field.name} (${code})`);
      if (!mayContact && code !== 'FORBIDDEN') mismatches.push(`contact read ${field.name}`);
      if (!code) readable.contact.push(field.name);
    }
    expect(mismatches).toEqual([]);
    // Written out on purpose: a field added to Client shows up here, and someone decides who reads it.
    expect(readable.pending.sort()).toEqual(
      [
        'city',
        'deletedAt',
        'globalId',
        'id',
        'name',
        'notificationsEnabled',
        'partner',
        'partnerAccess',
        'partnerInvitation',
        'plan',
        'updatedAt',
      ].sort(),
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
        'globalId',
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

  /**
   * Walks, field by field, every object type a partner or a contact reaches
   * from the queries (and the payloads of the mutations) they may call: each
   * field must be readable exactly when its type's allow-list names it, every
   * type of the allow-list must be reached (or this walk has gone blind), and
   * no answer may carry anything of a client the caller may not see. Partner B
   * and the pending partner ask about partner A's clients by id, code, name
   * and address.
   */
  it('lets partners and contacts read, type by type, only what their allow-lists name, and nothing of anyone else', async () => {
    const mismatches: string[] = [];
    const reachedTypes: Record<string, Set<string>> = {};
    const { clients, marks } = world;
    /** How each role may see each client; a client not named here it may not see at all. */
    const reach: Record<string, Record<string, Reach>> = {
      partnerA: { [clients.a1.id]: 'file', [clients.a2.id]: 'card', [clients.gamma.id]: 'card' },
      partnerB: { [clients.b1.id]: 'file' },
      pendingPartner: { [clients.pd1.id]: 'card' },
      contact: { [clients.a1.id]: 'file', [clients.gamma.id]: 'file' },
      acting: { [clients.a1.id]: 'file', [clients.gamma.id]: 'file' },
    };
    /** What each role must never receive: the marks of the clients it may not see, and the notes it may not read. */
    const foreign: Record<string, string[]> = {
      partnerA: [...marks.b1, ...marks.pd1, ...marks.internalNote],
      partnerB: [
        ...marks.a1,
        ...marks.a2,
        ...marks.gamma,
        ...marks.pd1,
        ...marks.internalNote,
        ...marks.sharedNote,
      ],
      pendingPartner: [
        ...marks.a1,
        ...marks.a2,
        ...marks.gamma,
        ...marks.b1,
        ...marks.internalNote,
        ...marks.sharedNote,
      ],
      contact: [...marks.a2, ...marks.b1, ...marks.pd1, ...marks.internalNote, ...marks.sharedNote],
      acting: [...marks.a2, ...marks.b1, ...marks.pd1, ...marks.internalNote, ...marks.sharedNote],
    };
    /** Whose clients each role asks about, by id, code, name and address: its own first, then others'. */
    const targets: Record<string, Client[]> = {
      partnerA: [clients.a1, clients.b1, clients.pd1],
      partnerB: [clients.b1, clients.a1],
      pendingPartner: [clients.pd1, clients.a1],
      contact: [clients.a1],
      acting: [clients.a1],
    };
    // Sessions of their own: `mySessions` must have one to list, whatever other tests signed out.
    const sessions = await world.signInAgain();
    const { endpoint, delivery } = world.webhookOfA;
    const partnerAOwner = { partnerId: world.partners.partnerA.partner.id, administrator: false };
    const run = (who: string, query: string) =>
      who === 'acting'
        ? api.run(
            query,
            {},
            {
              as: null,
              portal: { ...world.contact, actingFor: world.users.admin },
              session: sessions.contact,
            },
          )
        : runAs(who as Role, query, {}, sessions);

    interface Stop {
      type: GraphQLObjectType;
      /** The operation with `inner` selected on this object. */
      wrap: (inner: string) => Promise<string>;
      path: string[];
      via: string;
      /** A mutation that may be called once only: its payload's fields are read, not walked further. */
      once?: boolean;
    }

    const argsFor = (field: GraphQLField<unknown, unknown>, client: Client) => {
      const values: Record<string, unknown> = {
        id: client.id,
        globalId: toGlobalId('Client', client.id),
        globalIds: [toGlobalId('Client', client.id)],
        code: client.code,
        query: client.billingAddress.line1,
        postalCode: client.billingAddress.postalCode,
      };
      const args = field.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined);
      const inline = args.map((a) => `${a.name}: ${literal(values[a.name] ?? sample(a.type))}`);
      // The list, searched for the client by name: a stranger's search must find nothing.
      if (field.name === 'clients') inline.push(`filter: ${literal({ search: client.name })}`);
      return inline.length ? `(${inline.join(', ')})` : '';
    };

    const rootsFor = (who: string): Stop[] => {
      const role = (who === 'acting' ? 'contact' : who) as Role;
      const queries = Object.values(schema.getQueryType()!.getFields())
        .filter((field) => ALLOWED[POLICY[`Query.${field.name}`]!].includes(role))
        .filter(
          (field) => isObjectType(getNamedType(field.type)) || isInterfaceType(getNamedType(field.type)),
        )
        // Acting as a contact adds one thing to see (who is acting): `me`.
        .filter((field) => who !== 'acting' || field.name === 'me')
        .flatMap((field) => {
          // Asked once per client when what it answers depends on which (an id, a code, a search).
          const perClient = [...new Set(targets[who]!.map((client) => argsFor(field, client)))];
          return perClient.map((args): Stop => ({
            type: getNamedType(field.type) as GraphQLObjectType,
            wrap: async (inner) => `{ ${field.name}${args} { ${inner} } }`,
            path: [field.name],
            via: `Query.${field.name}${args}`,
          }));
        });
      const mutation = (name: string, call: () => Promise<string>, once = false): Stop => ({
        type: getNamedType(schema.getMutationType()!.getFields()[name]!.type) as GraphQLObjectType,
        wrap: async (inner) => `mutation { ${await call()} { ${inner} } }`,
        path: [name],
        via: `Mutation.${name}`,
        once,
      });
      const { services } = world;
      const caller = { actor: SYSTEM_ACTOR, requestId: null };
      // Mutations whose payloads are theirs to read, called in ways that may be repeated.
      if (who === 'partnerA') {
        queries.push(
          mutation(
            'setPartnerClientNotifications',
            async () =>
              `setPartnerClientNotifications(input: { clientId: "${clients.a1.id}", enabled: false })`,
          ),
          mutation(
            'resendPartnerInvitation',
            async () => `resendPartnerInvitation(input: { id: "${world.invitations.a2.id}" })`,
          ),
          mutation('createApiToken', async () => `createApiToken(input: { name: "Tableau", scope: READ })`),
          mutation('revokeApiToken', async () => {
            const { apiToken } = await services.apiTokens.create(
              { type: ActorType.PARTNER, id: world.partners.partnerA.user.id },
              'À révoquer',
              ApiTokenScope.READ,
              caller,
            );
            return `revokeApiToken(input: { id: "${apiToken.id}" })`;
          }),
          mutation(
            'createWebhookEndpoint',
            async () =>
              `createWebhookEndpoint(input: { url: "https://tableau.partenaire-a.test/hooks", eventTypes: [CLIENT_CREATED] })`,
            true,
          ),
          // No change asked: the endpoint stays at its version, and may be asked again.
          mutation(
            'updateWebhookEndpoint',
            async () =>
              `updateWebhookEndpoint(input: { id: "${endpoint.id}", version: ${endpoint.version} })`,
          ),
          mutation('pingWebhookEndpoint', async () => `pingWebhookEndpoint(input: { id: "${endpoint.id}" })`),
          mutation(
            'replayWebhookDelivery',
            async () => `replayWebhookDelivery(input: { id: "${delivery.id}" })`,
          ),
          mutation(
            'deleteWebhookEndpoint',
            async () => {
              const other = await services.webhooks.create(
                partnerAOwner,
                {
                  url: 'https://tableau.partenaire-a.test/autre',
                  eventTypes: [WebhookEventType.CLIENT_UPDATED],
                },
                caller,
              );
              return `deleteWebhookEndpoint(input: { id: "${other.endpoint.id}" })`;
            },
            true,
          ),
        );
      }
      if (who === 'contact') {
        queries.push(
          mutation('updateMyCompany', async () => {
            const { version } = await db()
              .dataSource.getRepository(Client)
              .findOneByOrFail({ id: clients.a1.id });
            return `updateMyCompany(input: { id: "${clients.a1.id}", version: ${version} })`;
          }),
          // Gamma's invitation, declined (whatever the order of tests, partner A then reads its card only).
          mutation(
            'respondToPartnerInvitation',
            async () =>
              `respondToPartnerInvitation(input: { invitationId: "${world.invitations.gamma.id}", accept: false })`,
            true,
          ),
        );
      }
      return queries;
    };

    const expectedFor = (who: string, type: string, field: string, reached: Reach[]): boolean | null => {
      const lists =
        who === 'partnerA' || who === 'partnerB' || who === 'pendingPartner' ? PARTNER_FIELDS : PORTAL_FIELDS;
      const listed = Boolean(lists[type]?.has(field));
      if (type !== 'Client' || !PARTNER_FIELDS.Client!.has(field) || lists !== PARTNER_FIELDS) return listed;
      // A partner reads a client's file, its card, or nothing, depending on whose it is and where it stands.
      if (reached.every((r) => r === 'file')) return true;
      if (reached.every((r) => r === 'card')) return PARTNER_CARD_FIELDS.has(field);
      if (reached.every((r) => r === 'none')) return false;
      return null;
    };

    for (const who of ['partnerA', 'partnerB', 'pendingPartner', 'contact', 'acting']) {
      const queue = rootsFor(who);
      const walked = new Set(queue.map((stop) => stop.via));
      reachedTypes[who] = new Set();
      while (queue.length) {
        const stop = queue.shift()!;
        reachedTypes[who].add(stop.type.name);
        // Which clients this object is, when it is one: what a partner may read of it depends on that.
        let clientsHere: Reach[] = [];
        if (stop.type.name === 'Client') {
          const ids = await run(who, await stop.wrap('id'));
          clientsHere = valuesAt(ids.data, [...stop.path, 'id']).map(
            (id) => reach[who]![id as unknown as string] ?? 'none',
          );
          if (ids.errors) clientsHere.push('none');
        }
        for (const field of Object.values(stop.type.getFields())) {
          const path = [...stop.path, field.name];
          const result: GraphQLResult = await run(who, await stop.wrap(selectionOf(field)));
          const answer = JSON.stringify(result.data ?? null);
          for (const mark of foreign[who]!) {
            if (answer.includes(mark)) mismatches.push(`${who} got ${mark} from ${stop.via} > ${field.name}`);
          }
          // Refused where it ran, or, for a field the caller may never read, before anything ran.
          const here = (e: { path?: readonly (string | number)[]; extensions?: Record<string, unknown> }) =>
            e.path
              ? e.path.filter((k) => typeof k === 'string').join('.') === path.join('.')
              : (e.extensions?.forbiddenFields as string[] | undefined)?.includes(
                  `${stop.type.name}.${field.name}`,
                ) === true;
          const own = result.errors?.find(here);
          const other = result.errors?.find((e) => !here(e));
          if (other)
            mismatches.push(
              `${who}: ${stop.via} > ${field.name}: ${other.extensions?.code} at ${other.path?.join('.')}`,
            );
          const code = own?.extensions?.code as string | undefined;
          if (code && code !== 'FORBIDDEN')
            mismatches.push(`${who}: ${stop.type.name}.${field.name} failed (${code})`);
          const parents = valuesAt(result.data, stop.path);
          if (!own && parents.length === 0) continue; // Nothing there to read the field of.
          const expected = expectedFor(who, stop.type.name, field.name, clientsHere);
          // What a partner reads of a file only once the client accepts it reads null until then.
          const nulledOut =
            stop.type.name === 'Client' &&
            PARTNER_FILE_FIELDS.has(field.name) &&
            valuesAt(result.data, path).every((value) => value === null);
          const readable = !own && !(expected === false && nulledOut);
          if (expected !== null && readable !== expected) {
            mismatches.push(
              `${who} ${readable ? 'read' : 'was refused'} ${stop.type.name}.${field.name} (via ${stop.via})`,
            );
          }
          const named = getNamedType(field.type);
          const edge = `${stop.type.name}.${field.name}`;
          if (
            readable &&
            !stop.once &&
            isObjectType(named) &&
            !walked.has(edge) &&
            valuesAt(result.data, path).length
          ) {
            walked.add(edge);
            const selection = selectionOf(field).replace(/ \{ __typename \}$/, '');
            queue.push({
              type: named,
              wrap: (inner) => stop.wrap(`${selection} { ${inner} }`),
              path,
              via: `${stop.via} > ${field.name}`,
            });
          }
        }
      }
    }
    expect(mismatches).toEqual([]);
    // The walk saw every type the allow-lists open: none is listed but out of this test's sight.
    const partnerTypes = new Set([
      ...reachedTypes.partnerA!,
      ...reachedTypes.partnerB!,
      ...reachedTypes.pendingPartner!,
    ]);
    const contactTypes = new Set([...reachedTypes.contact!, ...reachedTypes.acting!]);
    // The answers of signing out and ending sessions would end the walk's own sessions: the auth
    // tests read each of them in full as a partner and as a contact.
    const unwalked = (type: string) => type in SESSION_PAYLOADS;
    expect(Object.keys(PARTNER_FIELDS).filter((type) => !partnerTypes.has(type) && !unwalked(type))).toEqual(
      [],
    );
    expect(Object.keys(PORTAL_FIELDS).filter((type) => !contactTypes.has(type) && !unwalked(type))).toEqual(
      [],
    );
  });

  it('refuses partner B every mutation on partner A’s clients, invitations, contacts, notes, sessions and tokens, and writes nothing', async () => {
    const { dataSource } = db();
    const snapshot = async () => ({
      activity: await dataSource.getRepository(Activity).count(),
      outbox: await dataSource.getRepository(OutboxEmail).count(),
      links: await dataSource.getRepository(OneTimeToken).count(),
      clients: await dataSource
        .getRepository(Client)
        .find({ where: [{ partnerId: world.partners.partnerA.partner.id }], order: { id: 'ASC' } }),
      invitations: await dataSource
        .getRepository(PartnerInvitation)
        .find({ where: { partnerId: world.partners.partnerA.partner.id }, order: { id: 'ASC' } }),
      sessions: await dataSource
        .getRepository(Session)
        .find({ where: { principalId: world.partners.partnerA.user.id }, order: { id: 'ASC' } }),
      tokens: await dataSource
        .getRepository(ApiToken)
        .find({ where: { ownerId: world.partners.partnerA.user.id }, order: { id: 'ASC' } }),
      webhooks: await dataSource
        .getRepository(WebhookEndpoint)
        .find({ where: { partnerId: world.partners.partnerA.partner.id }, order: { id: 'ASC' } }),
      deliveries: await dataSource
        .getRepository(WebhookDelivery)
        .find({ where: { endpointId: world.webhookOfA.endpoint.id }, order: { id: 'ASC' } }),
    });
    const before = await snapshot();
    const mismatches: string[] = [];
    for (const field of Object.values(schema.getMutationType()!.getFields())) {
      if (!field.args.some((a) => isNonNullType(a.type) && takesId(a.type))) continue;
      for (const id of world.idsOfA) {
        const { query, variables } = operationFor('mutation', field, id);
        const result = await runAs('partnerB', query, variables);
        const code = result.errors?.[0]?.extensions?.code as string | undefined;
        if (!code || !['FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT'].includes(code))
          mismatches.push(`${field.name} with A's ${id}: ${code ?? 'done'}`);
      }
    }
    expect(mismatches).toEqual([]);
    expect(await snapshot()).toEqual(before);
  });

  it('lists, of a contact’s other companies, only those the partner or the contact may see', async () => {
    const links = `query($id: ID!) { client(id: $id) { contacts { contact { email clients { clientId } } } } }`;
    const byEmail = (result: GraphQLResult<any>) =>
      Object.fromEntries(
        (
          result.data?.client.contacts as { contact: { email: string; clients: { clientId: string }[] } }[]
        ).map(({ contact }) => [contact.email, contact.clients.map((l) => l.clientId).sort()]),
      );
    const { clients } = world;
    // Xavier and Adèle work at A1 and B1: each partner sees only its own client among their links.
    expect(byEmail(await runAs('partnerA', links, { id: clients.a1.id }))).toEqual({
      'adele@alpha-un.test': [clients.a1.id],
      'xavier@deux-partenaires.test': [clients.a1.id],
    });
    expect(byEmail(await runAs('partnerB', links, { id: clients.b1.id }))).toMatchObject({
      'adele@alpha-un.test': [clients.b1.id],
      'xavier@deux-partenaires.test': [clients.b1.id],
    });
    // Staff see every link.
    expect(
      byEmail(await runAs('staff', links, { id: clients.a1.id }))['xavier@deux-partenaires.test'],
    ).toEqual([clients.a1.id, clients.b1.id].sort());
    // Adèle, signed in, sees her links to the companies that granted her access, not to B1.
    const own = await runAs('contact', `{ me { contact { clients { clientId } } } }`);
    expect(own.data!.me.contact.clients.map((l: { clientId: string }) => l.clientId).sort()).toEqual(
      [clients.a1.id, clients.gamma.id].sort(),
    );
  });

  /** Partners A and B, a pending partner, their clients, and Adèle, A1's administrator, signed in. */
  async function buildWorld(api: TestClient, services: Services): Promise<World> {
    const { dataSource } = db();
    const caller = { actor: SYSTEM_ACTOR, requestId: null };
    const origin = { ip: null, userAgent: null };
    const admin = api.admin;
    const staff = await createStaffUser(dataSource, StaffRole.STAFF);
    const viewer = await createStaffUser(dataSource, StaffRole.VIEWER);
    const run = async (query: string, variables: Record<string, unknown> = {}) => {
      const result = await api.run(query, variables);
      if (result.errors) throw new Error(JSON.stringify(result.errors));
      return result.data!;
    };
    const tag = Math.random().toString(36).slice(2, 8);
    const plan = await services.partners.createPlan(
      { code: `AUTH-${tag}`, name: 'Autorisations' } as never,
      caller,
    );
    const partnerA = await createPartnerAccount(services, PASSWORD, `Partenaire A ${tag}`);
    const partnerB = await createPartnerAccount(services, PASSWORD, `Partenaire B ${tag}`);
    const pendingPartner = await createPartnerAccount(services, PASSWORD, `Partenaire en attente ${tag}`);
    const add = (who: PartnerViewer, name: string, email: string, line1: string, postalCode: string) =>
      services.partners.createClient(
        who.partner,
        {
          name,
          planId: plan.id,
          identityProvider: 'CLIENTELE',
          notificationsEnabled: false,
          address: { line1, city: 'Saint-Jérôme', region: 'QC', postalCode, country: 'CA' },
          // Named after the mailbox, not the client: a person may be on several files.
          admin: { firstName: email.split('@')[0], lastName: 'Administratrice', email },
        } as never,
        caller,
      );
    const invitationOf = async (client: Client) =>
      dataSource.getRepository(PartnerInvitation).findOneByOrFail({ clientId: client.id });
    /** The client's administrator chooses a password and accepts the partner. */
    const accept = async (client: Client) => {
      const [grant] = await services.access.grantsOf(client.id);
      await dataSource.getRepository(AccessGrant).update({ id: grant!.id }, { status: AccessStatus.ACTIVE });
      await dataSource
        .getRepository(PortalAccount)
        .update({ id: grant!.accountId }, { passwordHash: await hashPassword(PASSWORD) });
      await services.partners.respond(grant!.accountId, (await invitationOf(client)).id, true, caller);
      return grant!;
    };
    const a1 = await add(
      partnerA,
      `Alpha Un ${tag}`,
      'adele@alpha-un.test',
      `1234 rue des Érables-${tag}`,
      'J7Z 1A1',
    );
    const a2 = await add(
      partnerA,
      `Alpha Deux ${tag}`,
      'admin@alpha-deux.test',
      `55 rue Alpha-Deux-${tag}`,
      'J7Z 1A2',
    );
    const gamma = await add(partnerA, `Gamma ${tag}`, 'admin@gamma.test', `9 rue Gamma-${tag}`, 'J7Z 1A3');
    const b1 = await add(
      partnerB,
      `Bêta Un ${tag}`,
      'admin@beta-un.test',
      `77 chemin Bêta-${tag}`,
      'H2X 9Z9',
    );
    const pd1 = await add(
      pendingPartner,
      `Delta ${tag}`,
      'admin@delta.test',
      `3 rue Delta-${tag}`,
      'G1A 0A1',
    );
    const adeleGrant = await accept(a1);
    await accept(b1);

    // A1 filled in as staff do: CRM, terms, lists, notes of both kinds, head office, contacts with handles.
    const owner = await createStaffUser(dataSource, StaffRole.STAFF, 'Gérante du compte');
    const industry = (
      await run(`mutation { createIndustry(input: { name: "Industrie ${tag}" }) { industry { id } } }`)
    ).createIndustry.industry;
    const group = (
      await run(`mutation { createAccountGroup(input: { name: "Groupe ${tag}" }) { accountGroup { id } } }`)
    ).createAccountGroup.accountGroup;
    const version = async (id: string) =>
      (await dataSource.getRepository(Client).findOneByOrFail({ id })).version;
    await run(`mutation($i: UpdateClientInput!) { updateClient(input: $i) { client { id } } }`, {
      i: {
        id: a1.id,
        version: await version(a1.id),
        parentId: a2.id,
        billToId: a2.id,
        domains: ['alpha-un.test'],
        tags: ['prioritaire'],
        description: 'Décrit par le personnel',
        businessNumbers: [{ scheme: 'OTHER', value: 'AU-1' }],
        accountGroupIds: [group.id],
        shippingAddress: {
          line1: '1 quai Alpha',
          city: 'Mirabel',
          region: 'QC',
          postalCode: 'J7J 1A1',
          country: 'CA',
        },
      },
    });
    await run(`mutation($i: UpdateClientCrmInput!) { updateClientCrm(input: $i) { client { id } } }`, {
      i: {
        clientId: a1.id,
        version: await version(a1.id),
        accountOwnerId: owner.id,
        salespersonIds: [owner.id],
        industryId: industry.id,
      },
    });
    await run(`mutation($i: UpdateClientTermsInput!) { updateClientTerms(input: $i) { client { id } } }`, {
      i: { clientId: a1.id, version: await version(a1.id), creditLimit: '1000.00' },
    });
    const internalNote = `Note interne ${tag}: jamais pour les partenaires`;
    const sharedNote = `Note partagée ${tag} avec le partenaire`;
    const notes = [];
    for (const [body, visibility] of [
      [internalNote, 'INTERNAL'],
      [sharedNote, 'SHARED'],
    ]) {
      notes.push(
        (
          await run(`mutation($i: CreateNoteInput!) { createNote(input: $i) { note { id } } }`, {
            i: { clientId: a1.id, body, visibility },
          })
        ).createNote.note.id,
      );
    }
    const adele = await dataSource.getRepository(AccessGrant).findOneByOrFail({ id: adeleGrant.id });
    await run(`mutation($i: UpdateContactInput!) { updateContact(input: $i) { contact { id } } }`, {
      i: {
        id: adele.contactId,
        version: (await services.contacts.findById(adele.contactId))!.version,
        socialHandles: [{ network: 'LINKEDIN', handle: 'adele-alpha' }],
      },
    });
    // Xavier works for A1 and B1; Adèle is also on B1's file, without access there.
    const xavier = (
      await run(`mutation($i: CreateContactInput!) { createContact(input: $i) { contact { id } } }`, {
        i: { clientId: a1.id, firstName: 'Xavier', lastName: 'Deux', email: 'xavier@deux-partenaires.test' },
      })
    ).createContact.contact;
    const link = `mutation($i: LinkContactInput!) { linkContact(input: $i) { link { id } } }`;
    await run(link, { i: { clientId: b1.id, contactId: xavier.id } });
    await run(link, { i: { clientId: b1.id, contactId: adele.contactId } });
    // Adèle is Gamma's administrator too (granted by staff): she answers Gamma's invitation in the walk.
    await run(link, { i: { clientId: gamma.id, contactId: adele.contactId } });
    const { grant: atGamma } = await services.access.grant(
      {
        clientId: gamma.id,
        contactId: adele.contactId,
        role: AccessRole.CLIENT_ADMIN,
        sendEmail: false,
      } as never,
      caller,
    );
    await dataSource.getRepository(AccessGrant).update({ id: atGamma.id }, { status: AccessStatus.ACTIVE });

    const signIn = async (login: string) =>
      services.auth.signIn(login, PASSWORD, SessionKind.BEARER, origin, 'fr');
    const adeleIn = await signIn('adele@alpha-un.test');
    const contact = (await services.auth.resolve(adeleIn.secret, null))!.portal!;
    const signInAgain = async () => ({
      partnerA: (await signIn(partnerA.user.email)).session,
      partnerB: (await signIn(partnerB.user.email)).session,
      pendingPartner: (await signIn(pendingPartner.user.email)).session,
      contact: (await signIn('adele@alpha-un.test')).session,
    });
    const sessions = { ...(await signInAgain()), contact: adeleIn.session };
    const { apiToken } = await services.apiTokens.create(
      { type: ActorType.PARTNER, id: partnerA.user.id },
      'Tableau de A',
      ApiTokenScope.READ,
      caller,
    );
    const partnerAOwner = { partnerId: partnerA.partner.id, administrator: false };
    const { endpoint } = await services.webhooks.create(
      partnerAOwner,
      { url: 'https://tableau.partenaire-a.test/hooks', eventTypes: [WebhookEventType.CLIENT_CREATED] },
      caller,
    );
    const delivery = await services.webhooks.ping(endpoint.id, partnerAOwner);
    await dataSource.getRepository(WebhookAttempt).insert({
      id: randomUUID(),
      deliveryId: delivery.id,
      at: new Date(),
      statusCode: 500,
      error: 'HTTP 500',
      responseBody: 'boom',
      durationMs: 12,
    });
    const reload = (client: Client) => dataSource.getRepository(Client).findOneByOrFail({ id: client.id });
    const all = {
      a1: await reload(a1),
      a2: await reload(a2),
      gamma: await reload(gamma),
      b1: await reload(b1),
      pd1: await reload(pd1),
    };
    const invitations = {
      a1: await invitationOf(a1),
      a2: await invitationOf(a2),
      gamma: await invitationOf(gamma),
      b1: await invitationOf(b1),
      pd1: await invitationOf(pd1),
    };
    const marksOf = (client: Client) => [client.id, client.code, client.name, client.billingAddress.line1!];
    const linksOfA1 = await dataSource.getRepository(ClientContact).findBy({ clientId: a1.id });
    return {
      services,
      users: { admin, staff, viewer },
      partners: { partnerA, partnerB, pendingPartner },
      sessions,
      contact,
      clients: all,
      invitations,
      marks: {
        a1: marksOf(all.a1),
        a2: marksOf(all.a2),
        gamma: marksOf(all.gamma),
        b1: marksOf(all.b1),
        pd1: marksOf(all.pd1),
        internalNote: [internalNote, notes[0]],
        sharedNote: [sharedNote, notes[1]],
      },
      webhookOfA: { endpoint, delivery },
      idsOfA: [
        endpoint.id,
        delivery.id,
        a1.id,
        a2.id,
        invitations.a1.id,
        invitations.a2.id,
        adele.id,
        adele.contactId,
        ...linksOfA1.map((l) => l.id),
        ...notes,
        sessions.partnerA.id,
        apiToken.id,
        partnerA.user.id,
        partnerA.partner.id,
      ],
      signInAgain,
    };
  }
});
