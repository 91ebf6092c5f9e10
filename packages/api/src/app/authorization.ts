import type { MiddlewareFn } from 'type-graphql';
import { ErrorCode, PartnerInvitationStatus, StaffRole } from '@clientele/shared';
import type { Client } from '../modules/clients/client.entity';
import type { GraphQLContext } from './context';
import { AppError } from './errors';
import { ApiTokenScope } from '../modules/auth/api-token.entity';

/**
 * Who may call each query and mutation, declared once, here. The middleware
 * below refuses any root field missing from this table (fail closed), and a
 * test walks the printed schema so a new operation cannot ship unlisted.
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
  'Mutation.revokeSession': Audience.SIGNED_IN,
  'Mutation.revokeOtherSessions': Audience.SIGNED_IN,
  'Mutation.changePassword': Audience.SIGNED_IN,

  'Query.clients': Audience.CLIENT_READ,
  'Query.client': Audience.CLIENT_READ,
  'Query.clientByCode': Audience.CLIENT_READ,
  'Query.servicePlans': Audience.CLIENT_READ,
  'Query.addressSuggestions': Audience.CLIENT_READ,
  'Query.postalCodeLookup': Audience.CLIENT_READ,
  'Mutation.createPartnerClient': Audience.PARTNER,
  'Mutation.resendPartnerInvitation': Audience.PARTNER,
  'Mutation.cancelPartnerInvitation': Audience.PARTNER,
  'Mutation.setPartnerClientNotifications': Audience.PARTNER,
  'Mutation.respondToPartnerInvitation': Audience.PORTAL,
  'Query.partners': Audience.ADMIN,
  'Mutation.createPartner': Audience.ADMIN,
  'Mutation.updatePartner': Audience.ADMIN,
  'Mutation.createServicePlan': Audience.ADMIN,
  'Mutation.updateServicePlan': Audience.ADMIN,
  'Mutation.createPartnerUser': Audience.ADMIN,
  'Mutation.createUser': Audience.ADMIN,
  'Mutation.updateUser': Audience.ADMIN,
  'Mutation.deactivateUser': Audience.ADMIN,
  'Mutation.reactivateUser': Audience.ADMIN,
  'Mutation.resendUserInvitation': Audience.ADMIN,
  'Query.contacts': Audience.STAFF_READ,
  'Query.users': Audience.STAFF_READ,
  // Their own name and language: every staff role, in person (not with a token).
  'Mutation.updateMe': Audience.STAFF_READ,
  'Query.contact': Audience.STAFF_READ,
  'Query.contactSuggestions': Audience.STAFF_READ,
  'Query.activity': Audience.STAFF_READ,
  'Query.accountGroups': Audience.STAFF_READ,
  'Query.industries': Audience.STAFF_READ,
  'Query.branches': Audience.STAFF_READ,

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
  'Mutation.createApiToken': Audience.TOKEN_OWNER,
  'Mutation.revokeApiToken': Audience.TOKEN_OWNER,
  'Mutation.createAccountGroup': Audience.ADMIN,
  'Mutation.updateAccountGroup': Audience.ADMIN,
  'Mutation.createIndustry': Audience.ADMIN,
  'Mutation.updateIndustry': Audience.ADMIN,
  'Mutation.createBranch': Audience.ADMIN,
  'Mutation.updateBranch': Audience.ADMIN,

  // Each staff member's own saved views of the client list (the service keeps others' out of reach).
  'Query.savedViews': Audience.STAFF_READ,
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

/**
 * What of a client file a client contact may read: who they are to us and how
 * to reach them — never how we regard them, our notes, CRM, terms or history.
 */
export const PORTAL_FIELDS: Record<string, ReadonlySet<string>> = {
  Client: new Set([
    'id',
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
  ]),
  ClientContact: new Set([
    'id',
    'clientId',
    'contactId',
    'title',
    'department',
    'type',
    'isPrimary',
    'contact',
    'linkedAt',
  ]),
  Contact: new Set([
    'id',
    'firstName',
    'lastName',
    'email',
    'phone',
    'mobile',
    'language',
    'timeZone',
    'address',
    'socialHandles',
  ]),
};

/** What a partner sees of a client until its administrator accepts the partner: the card. */
export const PARTNER_CARD_FIELDS: ReadonlySet<string> = new Set([
  'id',
  'name',
  'city',
  'partner',
  'partnerInvitation',
  'plan',
  // The partner's own choice when it registered the client (seed 001), which it may change.
  'notificationsEnabled',
]);
/** What a partner never sees, even of a client that accepted it: how we regard it, our history, its access list. */
export const PARTNER_HIDDEN_FIELDS: ReadonlySet<string> = new Set([
  'regard',
  'activity',
  'accessGrants',
  'noteCount',
]);

async function assertPartnerMaySee(context: GraphQLContext, client: Client, field: string): Promise<void> {
  const partner = context.partner!.partner;
  if (client.partnerId !== partner.id) throw new AppError(ErrorCode.FORBIDDEN);
  if (PARTNER_CARD_FIELDS.has(field)) return;
  const invitation = await context.loaders.partnerInvitation.load(client.id);
  if (invitation?.partnerId !== partner.id || invitation.status !== PartnerInvitationStatus.ACCEPTED) {
    throw new AppError(ErrorCode.FORBIDDEN);
  }
  if (PARTNER_HIDDEN_FIELDS.has(field)) throw new AppError(ErrorCode.FORBIDDEN);
}

/**
 * Checks every root field against the policy, every field a client contact
 * reads, and every field a partner reads of a client, before resolvers run.
 */
export const authorize: MiddlewareFn<GraphQLContext> = async ({ context, info, root }, next) => {
  const parent = info.parentType.name;
  if (context.partner && parent === 'Client')
    await assertPartnerMaySee(context, root as Client, info.fieldName);
  if (context.portal && PORTAL_FIELDS[parent] && !PORTAL_FIELDS[parent].has(info.fieldName)) {
    throw new AppError(ErrorCode.FORBIDDEN);
  }
  if (parent === 'Query' || parent === 'Mutation') {
    assertAudience(context, POLICY[`${parent}.${info.fieldName}`]);
    if (parent === 'Mutation' && context.apiToken?.scope === ApiTokenScope.READ) {
      throw new AppError(ErrorCode.FORBIDDEN);
    }
  }
  return next();
};
