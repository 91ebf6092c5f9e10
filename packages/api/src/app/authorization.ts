import {
  GraphQLObjectType,
  defaultFieldResolver,
  isNonNullType,
  type GraphQLFieldResolver,
  type GraphQLSchema,
} from 'graphql';
import { ErrorCode, PartnerInvitationStatus, StaffRole } from '@clientele/shared';
import type { Client } from '../modules/clients/client.entity';
import type { PartnerInvitation } from '../modules/partners/partner-invitation.entity';
import type { GraphQLContext } from './context';
import { AppError } from './errors';
import { ApiTokenScope } from '../modules/auth/api-token.entity';

/**
 * Who may call each query and mutation, declared once, here. The guard put on
 * every resolver (`guardSchema`, below) refuses any root field missing from
 * this table (fail closed), and a test walks the printed schema so a new
 * operation cannot ship unlisted.
 */
export enum Audience {
  /** Anyone, signed in or not: signing in, recovering a password. */
  PUBLIC = 'PUBLIC',
  /** Any signed-in person, about themselves. */
  SIGNED_IN = 'SIGNED_IN',
  /** Every staff role, viewers included: reading client files. */
  STAFF_READ = 'STAFF_READ',
  /** Administrators and staff: changing client files. */
  STAFF_WRITE = 'STAFF_WRITE',
  /** Administrators only: users, lists, settings, the outbox. */
  ADMIN = 'ADMIN',
  /** Signed-in client contacts: their own company's file. */
  PORTAL = 'PORTAL',
  /** Staff (every role) and partner users, each partner within its own clients. */
  CLIENT_READ = 'CLIENT_READ',
  /** Partner users: adding their clients, following their invitations. */
  PARTNER = 'PARTNER',
  /** Who may hold API tokens: administrators, and partner users for their dashboards. */
  TOKEN_OWNER = 'TOKEN_OWNER',
}

export const POLICY: Record<string, Audience> = {
  'Query.me': Audience.PUBLIC,
  'Mutation.signIn': Audience.PUBLIC,
  'Mutation.signOut': Audience.PUBLIC,
  'Mutation.requestPasswordReset': Audience.PUBLIC,
  'Mutation.resetPassword': Audience.PUBLIC,

  'Query.mySessions': Audience.SIGNED_IN,
  'Query.mySessionsConnection': Audience.SIGNED_IN,
  'Mutation.revokeSession': Audience.SIGNED_IN,
  'Mutation.revokeOtherSessions': Audience.SIGNED_IN,
  'Mutation.changePassword': Audience.SIGNED_IN,

  'Query.clients': Audience.CLIENT_READ,
  'Query.client': Audience.CLIENT_READ,
  'Query.clientByCode': Audience.CLIENT_READ,
  // Any object by its global id, with the rights of the query that reads its type alone.
  'Query.node': Audience.CLIENT_READ,
  'Query.nodes': Audience.CLIENT_READ,
  'Query.servicePlans': Audience.CLIENT_READ,
  'Query.servicePlansConnection': Audience.CLIENT_READ,
  'Query.addressSuggestions': Audience.CLIENT_READ,
  'Query.postalCodeLookup': Audience.CLIENT_READ,
  'Mutation.createPartnerClient': Audience.PARTNER,
  'Mutation.resendPartnerInvitation': Audience.PARTNER,
  'Mutation.cancelPartnerInvitation': Audience.PARTNER,
  'Mutation.setPartnerClientNotifications': Audience.PARTNER,
  'Mutation.respondToPartnerInvitation': Audience.PORTAL,
  'Query.partners': Audience.ADMIN,
  'Query.partnersConnection': Audience.ADMIN,
  'Mutation.createPartner': Audience.ADMIN,
  'Mutation.updatePartner': Audience.ADMIN,
  'Mutation.createServicePlan': Audience.ADMIN,
  'Mutation.updateServicePlan': Audience.ADMIN,
  'Mutation.createPartnerUser': Audience.ADMIN,
  'Mutation.deactivatePartnerUser': Audience.ADMIN,
  'Mutation.reactivatePartnerUser': Audience.ADMIN,
  'Mutation.createUser': Audience.ADMIN,
  'Mutation.updateUser': Audience.ADMIN,
  'Mutation.deactivateUser': Audience.ADMIN,
  'Mutation.reactivateUser': Audience.ADMIN,
  'Mutation.resendUserInvitation': Audience.ADMIN,
  'Query.contacts': Audience.STAFF_READ,
  'Query.users': Audience.STAFF_READ,
  'Query.usersConnection': Audience.STAFF_READ,
  // Their own name and language: every staff role, in person (not with a token).
  'Mutation.updateMe': Audience.STAFF_READ,
  'Query.contact': Audience.STAFF_READ,
  'Query.contactSuggestions': Audience.STAFF_READ,
  'Query.activity': Audience.STAFF_READ,
  'Query.accountGroups': Audience.STAFF_READ,
  'Query.accountGroupsConnection': Audience.STAFF_READ,
  'Query.industries': Audience.STAFF_READ,
  'Query.industriesConnection': Audience.STAFF_READ,
  'Query.branches': Audience.STAFF_READ,
  'Query.branchesConnection': Audience.STAFF_READ,

  'Mutation.createClient': Audience.STAFF_WRITE,
  'Mutation.updateClient': Audience.STAFF_WRITE,
  'Mutation.updateClientTerms': Audience.STAFF_WRITE,
  'Mutation.updateClientCrm': Audience.STAFF_WRITE,
  'Mutation.deleteClients': Audience.STAFF_WRITE,
  'Mutation.restoreClient': Audience.STAFF_WRITE,
  'Mutation.createNote': Audience.STAFF_WRITE,
  'Mutation.updateNote': Audience.STAFF_WRITE,
  'Mutation.setNotePinned': Audience.STAFF_WRITE,
  'Mutation.deleteNote': Audience.STAFF_WRITE,
  'Mutation.createContact': Audience.STAFF_WRITE,
  'Mutation.updateContact': Audience.STAFF_WRITE,
  'Mutation.linkContact': Audience.STAFF_WRITE,
  'Mutation.updateContactLink': Audience.STAFF_WRITE,
  'Mutation.unlinkContact': Audience.STAFF_WRITE,
  'Mutation.setPrimaryContact': Audience.STAFF_WRITE,

  'Mutation.acceptAccessInvitation': Audience.PUBLIC,
  'Query.portalClients': Audience.PORTAL,
  'Query.portalClientsConnection': Audience.PORTAL,
  'Mutation.updateMyCompany': Audience.PORTAL,
  'Mutation.grantAccess': Audience.STAFF_WRITE,
  'Mutation.updateAccess': Audience.STAFF_WRITE,
  'Mutation.resendAccessInvitation': Audience.STAFF_WRITE,
  'Mutation.suspendAccess': Audience.STAFF_WRITE,
  'Mutation.reactivateAccess': Audience.STAFF_WRITE,
  'Mutation.revokeAccess': Audience.STAFF_WRITE,

  'Mutation.stopActingAsContact': Audience.SIGNED_IN,
  'Mutation.actAsContact': Audience.ADMIN,
  'Query.outbox': Audience.ADMIN,
  'Query.apiTokens': Audience.TOKEN_OWNER,
  'Query.apiTokensConnection': Audience.TOKEN_OWNER,
  'Mutation.createApiToken': Audience.TOKEN_OWNER,
  'Mutation.revokeApiToken': Audience.TOKEN_OWNER,
  // Webhooks, set up where API tokens are: a partner's endpoints hear about its own clients only.
  'Query.webhookEndpoints': Audience.TOKEN_OWNER,
  'Query.webhookEndpoint': Audience.TOKEN_OWNER,
  'Mutation.createWebhookEndpoint': Audience.TOKEN_OWNER,
  'Mutation.updateWebhookEndpoint': Audience.TOKEN_OWNER,
  'Mutation.deleteWebhookEndpoint': Audience.TOKEN_OWNER,
  'Mutation.pingWebhookEndpoint': Audience.TOKEN_OWNER,
  'Mutation.replayWebhookDelivery': Audience.TOKEN_OWNER,
  'Mutation.createAccountGroup': Audience.ADMIN,
  'Mutation.updateAccountGroup': Audience.ADMIN,
  'Mutation.createIndustry': Audience.ADMIN,
  'Mutation.updateIndustry': Audience.ADMIN,
  'Mutation.createBranch': Audience.ADMIN,
  'Mutation.updateBranch': Audience.ADMIN,

  // Each staff member's own saved views of the client list (the service keeps others' out of reach).
  'Query.savedViews': Audience.STAFF_READ,
  'Query.savedViewsConnection': Audience.STAFF_READ,
  'Mutation.createSavedView': Audience.STAFF_READ,
  'Mutation.updateSavedView': Audience.STAFF_READ,
  'Mutation.deleteSavedView': Audience.STAFF_READ,
  'Mutation.restoreClients': Audience.STAFF_WRITE,
};

const STAFF_ROLES_FOR: Partial<Record<Audience, readonly StaffRole[]>> = {
  [Audience.STAFF_READ]: [StaffRole.ADMIN, StaffRole.STAFF, StaffRole.VIEWER],
  [Audience.CLIENT_READ]: [StaffRole.ADMIN, StaffRole.STAFF, StaffRole.VIEWER],
  [Audience.STAFF_WRITE]: [StaffRole.ADMIN, StaffRole.STAFF],
  [Audience.ADMIN]: [StaffRole.ADMIN],
  [Audience.TOKEN_OWNER]: [StaffRole.ADMIN],
};

/** Whether the context may call an operation of this audience; throws the right refusal if not. */
export function assertAudience(context: GraphQLContext, audience: Audience | undefined): void {
  if (audience === Audience.PUBLIC) return;
  if (!context.user && !context.portal && !context.partner) throw new AppError(ErrorCode.UNAUTHENTICATED);
  if (audience === Audience.SIGNED_IN) return;
  // Partner users reach their own clients, and their partner operations, only.
  // A program may not mint tokens or manage sessions with the token it holds.
  if (context.apiToken && (audience === Audience.ADMIN || audience === Audience.TOKEN_OWNER)) {
    throw new AppError(ErrorCode.FORBIDDEN);
  }
  if (context.partner) {
    if (
      audience === Audience.CLIENT_READ ||
      audience === Audience.PARTNER ||
      audience === Audience.TOKEN_OWNER
    )
      return;
    throw new AppError(ErrorCode.FORBIDDEN);
  }
  if (audience === Audience.PARTNER) throw new AppError(ErrorCode.FORBIDDEN);
  // Client contacts reach their own file through the portal operations only.
  if (context.portal) {
    if (audience === Audience.PORTAL) return;
    throw new AppError(ErrorCode.FORBIDDEN);
  }
  if (audience === Audience.PORTAL || !context.user) throw new AppError(ErrorCode.FORBIDDEN);
  const roles = audience ? STAFF_ROLES_FOR[audience] : undefined;
  if (!roles || !roles.includes(context.user.role)) throw new AppError(ErrorCode.FORBIDDEN);
}

/** Every field of a type a partner or a contact may read (payloads, pages, value types). */
const fields = (...names: string[]): ReadonlySet<string> => new Set(names);

/** The answers of the mutations every signed-in person has, about their own sign-in. */
export const SESSION_PAYLOADS: Record<string, ReadonlySet<string>> = {
  SignOutPayload: fields('done', 'clientMutationId'),
  StopActingAsContactPayload: fields('done', 'clientMutationId'),
  ChangePasswordPayload: fields('done', 'clientMutationId'),
  RequestPasswordResetPayload: fields('done', 'clientMutationId'),
  ResetPasswordPayload: fields('done', 'clientMutationId'),
  RevokeSessionPayload: fields('done', 'clientMutationId', 'sessionId'),
  RevokeOtherSessionsPayload: fields('done', 'clientMutationId', 'revokedCount'),
  AcceptAccessInvitationPayload: fields('account'),
};

/**
 * What a signed-in client contact may read, type by type: who they are to us
 * and how to reach them — never how we regard them, our notes, CRM, terms or
 * history. A type or field missing here is refused (fail closed): a new one
 * stays out of their reach until someone decides it belongs.
 */
export const PORTAL_FIELDS: Record<string, ReadonlySet<string>> = {
  Client: fields(
    'id',
    'globalId',
    'code',
    'name',
    'legalName',
    'kind',
    'firstName',
    'lastName',
    'lifecycle',
    'status',
    'language',
    'currency',
    'timeZone',
    'website',
    'email',
    'phone',
    'mobile',
    'fax',
    'billingAddress',
    'shippingAddress',
    'clientReference',
    'domains',
    'businessNumbers',
    'contacts',
    'primaryContact',
    'contactCount',
    'createdAt',
    'updatedAt',
    'version',
    'partner',
    'partnerInvitation',
    'city',
    'myAccessRole',
  ),
  ClientContact: fields(
    'id',
    'clientId',
    'contactId',
    'title',
    'department',
    'type',
    'isPrimary',
    'contact',
    'linkedAt',
  ),
  Contact: fields(
    'id',
    'globalId',
    'firstName',
    'lastName',
    'email',
    'phone',
    'mobile',
    'language',
    'timeZone',
    'address',
    'socialHandles',
    // Only the links to companies that granted this contact access (see `linksVisibleTo`).
    'clients',
  ),
  Address: fields('line1', 'line2', 'city', 'region', 'postalCode', 'country'),
  BusinessNumber: fields('scheme', 'value'),
  SocialHandle: fields('network', 'handle'),
  // The partner that manages their company, by name: not its certifications, nor its people.
  Partner: fields('id', 'name'),
  PartnerInvitation: fields(
    'id',
    'clientId',
    'partnerId',
    'adminContactId',
    'status',
    'sentAt',
    'expiresAt',
    'respondedAt',
    'version',
  ),
  PartnerInvitationPayload: fields('invitation'),
  ClientPayload: fields('client'),
  Viewer: fields('user', 'portalAccount', 'contact', 'partnerUser', 'partner', 'sessionId', 'actingFor'),
  // Their companies (`portalClientsConnection`) and their sessions, a page at a time.
  ClientConnection: fields('edges', 'pageInfo', 'totalCount'),
  ClientEdge: fields('cursor', 'node'),
  SessionConnection: fields('edges', 'pageInfo', 'totalCount'),
  SessionEdge: fields('cursor', 'node'),
  PageInfo: fields('hasNextPage', 'hasPreviousPage', 'startCursor', 'endCursor'),
  PortalAccount: fields('id', 'contactId', 'userCode', 'email', 'lastSignInAt'),
  // An administrator acting as this contact, named on the banner.
  User: fields('id', 'displayName'),
  Session: fields('id', 'kind', 'current', 'userAgent', 'ip', 'createdAt', 'lastSeenAt', 'expiresAt'),
  // What signing out, ending sessions and changing a password answer, to whoever may call them.
  ...SESSION_PAYLOADS,
};

/** What a partner sees of a client until its administrator accepts the partner: the card. */
export const PARTNER_CARD_FIELDS: ReadonlySet<string> = fields(
  'id',
  'globalId',
  'name',
  'city',
  'partner',
  'partnerInvitation',
  // Why the rest of the file reads null, and until when.
  'partnerAccess',
  // A mirror's (`updatedSince`): when the file last changed, which its order and cursor show
  // anyway, and its tombstones — its own client deleted, whatever its state.
  'updatedAt',
  'deletedAt',
  'plan',
  // The partner's own choice when it registered the client (seed 001), which it may change.
  'notificationsEnabled',
);

/**
 * What a partner user may read, type by type. A client file once its
 * administrator accepted the partner (the card before that, see
 * `PARTNER_CARD_FIELDS`), but never how we regard it (`regard`), its history
 * (`activity`), its access list (`accessGrants`) nor how many notes it has
 * (`noteCount`, which counts the internal ones). A type or field missing here
 * is refused (fail closed): a new one stays out of reach until someone decides.
 */
export const PARTNER_FIELDS: Record<string, ReadonlySet<string>> = {
  Client: fields(
    ...PARTNER_CARD_FIELDS,
    'accountGroups',
    'billTo',
    'billToId',
    'billingAddress',
    'businessNumbers',
    'clientReference',
    'code',
    'contactCount',
    'contacts',
    'createdAt',
    'crm',
    'currency',
    'deletedAt',
    'deletedBy',
    'description',
    'domains',
    'email',
    'fax',
    'firstName',
    'identityProvider',
    'kind',
    'language',
    'lastName',
    'legalName',
    'lifecycle',
    'mobile',
    'myAccessRole',
    // Only the notes shared with the partner (see the notes resolver).
    'notes',
    'parent',
    'parentId',
    'partnerId',
    'phone',
    'planId',
    'primaryContact',
    'purgeAt',
    'registeredAt',
    'registrationIp',
    'shippingAddress',
    'status',
    'tags',
    'terms',
    'timeZone',
    'updatedAt',
    'verifiedPhone',
    'version',
    'website',
  ),
  ClientConnection: fields('edges', 'pageInfo', 'totalCount'),
  ClientEdge: fields('cursor', 'node'),
  PageInfo: fields('hasNextPage', 'hasPreviousPage', 'startCursor', 'endCursor'),
  ClientPayload: fields('client'),
  ClientContact: fields(
    'id',
    'clientId',
    'client',
    'contactId',
    'contact',
    'title',
    'department',
    'type',
    'isPrimary',
    'linkedAt',
  ),
  Contact: fields(
    'id',
    'globalId',
    'firstName',
    'lastName',
    'email',
    'phone',
    'mobile',
    'language',
    'timeZone',
    'address',
    'socialHandles',
    'createdAt',
    'updatedAt',
    'version',
    // Only the links to this partner's own clients that accepted it (see `linksVisibleTo`).
    'clients',
  ),
  ClientCrm: fields(
    'renewsOn',
    'accountOwner',
    'accountOwnerId',
    'health',
    'industry',
    'industryId',
    'renewalDate',
    'salespeople',
    'source',
    'tier',
  ),
  ClientTerms: fields(
    'contractStartsOn',
    'contractEndsOn',
    'billingCurrency',
    'billingEmail',
    'contractEnd',
    'contractStart',
    'creditHold',
    'creditHoldReason',
    'creditLimit',
    'discountPercent',
    'gstHstNumber',
    'invoiceDelivery',
    'paymentTerms',
    'paymentTermsDays',
    'priceList',
    'qstNumber',
    'taxExempt',
    'taxExemptNumber',
    'vatNumber',
  ),
  Note: fields(
    'id',
    'clientId',
    'authorId',
    'authorName',
    'authorType',
    'body',
    'createdAt',
    'editedAt',
    'pinned',
    'version',
    'visibility',
  ),
  AccountGroup: fields('id', 'name', 'archived', 'position', 'createdAt', 'updatedAt', 'version'),
  Industry: fields('id', 'name', 'archived', 'position', 'createdAt', 'updatedAt', 'version'),
  Address: PORTAL_FIELDS.Address!,
  BusinessNumber: PORTAL_FIELDS.BusinessNumber!,
  SocialHandle: PORTAL_FIELDS.SocialHandle!,
  // Staff as they appear on a file (account owner, salespeople): by name only.
  User: fields('id', 'displayName'),
  // Its own organisation; never the list of its people (administrators only).
  Partner: fields('id', 'name', 'certifications', 'createdAt', 'version'),
  PartnerUser: fields('id', 'partnerId', 'email', 'displayName', 'locale', 'lastSignInAt'),
  ServicePlan: fields('id', 'code', 'name', 'requiredCertification', 'archived', 'version'),
  PartnerInvitation: PORTAL_FIELDS.PartnerInvitation!,
  PartnerInvitationPayload: fields('invitation'),
  AddressSuggestion: fields('line1', 'city', 'region', 'postalCode', 'country', 'source'),
  PostalCodeMatch: fields('postalCode', 'city', 'region', 'country', 'source'),
  Viewer: PORTAL_FIELDS.Viewer!,
  Session: PORTAL_FIELDS.Session!,
  ApiToken: fields(
    'id',
    'name',
    'prefix',
    'scope',
    'ownerId',
    'ownerName',
    'ownerPartnerName',
    'createdAt',
    'lastUsedAt',
    'revokedAt',
  ),
  ApiTokenPayload: fields('apiToken'),
  ApiTokenConnection: fields('edges', 'pageInfo', 'totalCount'),
  ApiTokenEdge: fields('cursor', 'node'),
  SessionConnection: PORTAL_FIELDS.SessionConnection!,
  SessionEdge: PORTAL_FIELDS.SessionEdge!,
  ServicePlanConnection: fields('edges', 'pageInfo', 'totalCount'),
  ServicePlanEdge: fields('cursor', 'node'),
  CreateApiTokenPayload: fields('apiToken', 'token'),
  ...SESSION_PAYLOADS,
  // What `node(globalId:)` answers, before a fragment names the type.
  Node: fields('globalId'),
  WebhookEndpoint: fields(
    'id',
    'globalId',
    'partnerId',
    'partnerName',
    'url',
    'description',
    'eventTypes',
    'secretPrefix',
    'enabled',
    'createdAt',
    'updatedAt',
    'deletedAt',
    'version',
    'deliveries',
  ),
  WebhookEndpointConnection: fields('edges', 'pageInfo', 'totalCount'),
  WebhookEndpointEdge: fields('cursor', 'node'),
  WebhookDelivery: fields(
    'id',
    'eventId',
    'eventType',
    'endpointId',
    'clientId',
    'payload',
    'status',
    'attemptCount',
    'attempts',
    'nextAttemptAt',
    'lastStatusCode',
    'lastError',
    'createdAt',
    'deliveredAt',
  ),
  WebhookDeliveryConnection: fields('edges', 'pageInfo', 'totalCount'),
  WebhookDeliveryEdge: fields('cursor', 'node'),
  WebhookAttempt: fields('id', 'at', 'statusCode', 'error', 'responseBody', 'durationMs'),
  CreateWebhookEndpointPayload: fields('endpoint', 'secret'),
  WebhookEndpointPayload: fields('endpoint'),
  WebhookDeliveryPayload: fields('delivery'),
};

/**
 * The fields of a client's file a partner reads once the client's
 * administrator accepted it, and not before: they read null until then (never
 * an error, which would blank the row and the page above it), so the schema
 * declares them nullable (`guardSchema`).
 */
export const PARTNER_FILE_FIELDS: ReadonlySet<string> = new Set(
  [...PARTNER_FIELDS.Client!].filter((field) => !PARTNER_CARD_FIELDS.has(field)),
);

/** Said of every field above in the printed schema. */
const GATED_FIELD_NOTE =
  'Null for a partner until the client’s administrator accepts it (see `partnerAccess`).';

/** Whether the partner reads this client's file, not just its card: its own, and accepted. */
async function partnerReadsFile(context: GraphQLContext, client: Pick<Client, 'id' | 'partnerId'>) {
  return partnerReadsFileWith(context, client, await context.loaders.partnerInvitation.load(client.id));
}

/** Whether the calling partner reads this client's whole file, given its latest invitation. */
export function partnerReadsFileWith(
  context: GraphQLContext,
  client: Pick<Client, 'partnerId'>,
  invitation: Pick<PartnerInvitation, 'partnerId' | 'status'> | null,
): boolean {
  const partner = context.partner!.partner;
  return (
    client.partnerId === partner.id &&
    invitation?.partnerId === partner.id &&
    invitation.status === PartnerInvitationStatus.ACCEPTED
  );
}

/**
 * Decides a partner's access to a client file from its latest invitation,
 * read along with a page: the page's fields then check it without waiting.
 */
export function knowPartnerAccess(
  context: GraphQLContext,
  client: Pick<Client, 'id' | 'partnerId'>,
  invitation: Pick<PartnerInvitation, 'partnerId' | 'status'> | null,
): void {
  if (context.partner) readsFileOf(context).set(client.id, partnerReadsFileWith(context, client, invitation));
}

/**
 * A contact's links to companies, as the caller may see them: a partner only
 * those to its own clients that accepted it, a client contact only those to
 * companies that granted them access (and that they reach from here). Links
 * elsewhere would tell one partner who else another works with.
 */
export async function linksVisibleTo<T extends { clientId: string }>(
  context: GraphQLContext,
  links: readonly T[],
): Promise<T[]> {
  if (context.portal) return links.filter((link) => context.portal!.clientIds.includes(link.clientId));
  if (!context.partner) return [...links];
  const clients = await Promise.all(links.map((link) => context.loaders.client.load(link.clientId)));
  const visible = await Promise.all(
    clients.map((client) => (client ? partnerReadsFile(context, client) : false)),
  );
  return links.filter((_, i) => visible[i]);
}

/** Refuses a root field the caller's audience may not call (and any mutation with a read-only token). */
function assertRootField(context: GraphQLContext, parent: 'Query' | 'Mutation', field: string): void {
  assertAudience(context, POLICY[`${parent}.${field}`]);
  if (parent === 'Mutation' && context.apiToken?.scope === ApiTokenScope.READ) {
    throw new AppError(ErrorCode.FORBIDDEN);
  }
}

/**
 * Whether a partner reads this field of this client, decided once per client
 * and request: the card's fields always, the rest once it is theirs and
 * accepted. Answers synchronously once known, so the page's other fields cost
 * nothing more. Another partner's client is refused outright.
 */
function partnerMaySee(context: GraphQLContext, client: Client, field: string): boolean | Promise<boolean> {
  if (client.partnerId !== context.partner!.partner.id) throw new AppError(ErrorCode.FORBIDDEN);
  if (PARTNER_CARD_FIELDS.has(field)) return true;
  const known = readsFileOf(context).get(client.id);
  if (known !== undefined) return known;
  const decided = partnerReadsFile(context, client).then((reads) => {
    readsFileOf(context).set(client.id, reads);
    return reads;
  });
  readsFileOf(context).set(client.id, decided);
  return decided;
}

const fileAccess = new WeakMap<GraphQLContext, Map<string, boolean | Promise<boolean>>>();
function readsFileOf(context: GraphQLContext): Map<string, boolean | Promise<boolean>> {
  let known = fileAccess.get(context);
  if (!known) fileAccess.set(context, (known = new Map()));
  return known;
}

/**
 * A field's resolver, guarded: for partners and client contacts, the field
 * must be on their allow-list, and a client file's fields are checked against
 * whose file it is. Staff pass straight through.
 */
function guardField(parent: string, field: string, resolve: GraphQLFieldResolver<unknown, GraphQLContext>) {
  const guarded: GraphQLFieldResolver<unknown, GraphQLContext> = (root, args, context, info) => {
    const allowed = context.partner ? PARTNER_FIELDS : context.portal ? PORTAL_FIELDS : null;
    if (!allowed) return resolve(root, args, context, info);
    if (!allowed[parent]?.has(field)) throw new AppError(ErrorCode.FORBIDDEN);
    if (parent === 'Client') {
      if (context.partner) {
        // Not yet theirs to read: null, and `partnerAccess` says why.
        const seen = partnerMaySee(context, root as Client, field);
        if (seen === false) return null;
        if (seen !== true) return seen.then((reads) => (reads ? resolve(root, args, context, info) : null));
      } else if (!context.portal!.clientIds.includes((root as Client).id)) {
        // Only their own companies' files reach a contact; this holds even if a new path to another opened.
        throw new AppError(ErrorCode.FORBIDDEN);
      }
    }
    return resolve(root, args, context, info);
  };
  return guarded;
}

/**
 * Puts the rules above on every field of the schema, once, when it is built:
 * root fields against the policy, every other field against the caller's
 * allow-list, and a client file's gated fields made nullable
 * (`PARTNER_FILE_FIELDS`). A resolver wrapped here, rather than a middleware
 * run around each field of each row, costs staff nothing and partners a set
 * lookup; `fieldRightsPlugin` refuses the fields off the lists before a
 * request runs.
 */
export function guardSchema(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!(type instanceof GraphQLObjectType) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve ?? defaultFieldResolver;
      if (type.name === 'Query' || type.name === 'Mutation') {
        const parent = type.name;
        field.resolve = (root, args, context: GraphQLContext, info) => {
          assertRootField(context, parent, field.name);
          return resolve(root, args, context, info);
        };
      } else {
        field.resolve = guardField(type.name, field.name, resolve);
      }
      if (type.name === 'Client' && PARTNER_FILE_FIELDS.has(field.name)) {
        // Declared by the entity as the file has it; null is what a partner reads before acceptance.
        if (isNonNullType(field.type)) field.type = field.type.ofType;
        field.description = field.description ? `${field.description} ${GATED_FIELD_NOTE}` : GATED_FIELD_NOTE;
      }
    }
  }
  return schema;
}
