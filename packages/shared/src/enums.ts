/**
 * Enumerations shared by the API (GraphQL enums, database values) and the console
 * (selects, chips). Values are English SCREAMING_CASE and never change once
 * published: partners' dashboards depend on them. Labels live in `labels.ts`.
 */

/** Whether the account is in good standing with the operator. */
export enum ClientStatus {
  ACTIVE = 'ACTIVE',
  INACTIVE = 'INACTIVE',
  SUSPENDED = 'SUSPENDED',
}

/** A client is a company or a private individual (who has a first and last name). */
export enum ClientKind {
  COMPANY = 'COMPANY',
  INDIVIDUAL = 'INDIVIDUAL',
}

/** Where the client stands in the sales cycle. */
export enum Lifecycle {
  PROSPECT = 'PROSPECT',
  CUSTOMER = 'CUSTOMER',
}

/** How the relationship is going (Freshdesk: happy, doing okay, at risk). */
export enum HealthStatus {
  HAPPY = 'HAPPY',
  DOING_OKAY = 'DOING_OKAY',
  AT_RISK = 'AT_RISK',
}

/** The level of service the client buys (Freshdesk: basic, premium, enterprise). */
export enum AccountTier {
  BASIC = 'BASIC',
  PREMIUM = 'PREMIUM',
  ENTERPRISE = 'ENTERPRISE',
}

/** What a staff user may do in the console and the API. */
export enum StaffRole {
  ADMIN = 'ADMIN',
  STAFF = 'STAFF',
  VIEWER = 'VIEWER',
}

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}

/** The fields a client list can be ordered by. */
export enum ClientOrderField {
  NAME = 'NAME',
  CODE = 'CODE',
  CREATED_AT = 'CREATED_AT',
  UPDATED_AT = 'UPDATED_AT',
  RENEWAL_DATE = 'RENEWAL_DATE',
}

/** How we regard this client (BILLmanager's "particularités sur client"). */
export enum ClientRegard {
  NEUTRAL = 'NEUTRAL',
  PREFERRED = 'PREFERRED',
  WATCH = 'WATCH',
  DO_NOT_SERVE = 'DO_NOT_SERVE',
}

/** When invoices fall due. */
export enum PaymentTerms {
  DUE_ON_RECEIPT = 'DUE_ON_RECEIPT',
  NET_15 = 'NET_15',
  NET_30 = 'NET_30',
  NET_45 = 'NET_45',
  NET_60 = 'NET_60',
  /** N days, in `paymentTermsDays`. */
  CUSTOM = 'CUSTOM',
}

/** How invoices reach the client. */
export enum InvoiceDelivery {
  EMAIL = 'EMAIL',
  POST = 'POST',
  PORTAL = 'PORTAL',
}

/** Where the client came from. */
export enum ClientSource {
  REFERRAL = 'REFERRAL',
  WEBSITE = 'WEBSITE',
  PARTNER = 'PARTNER',
  EVENT = 'EVENT',
  OUTBOUND = 'OUTBOUND',
  OTHER = 'OTHER',
}

/** Kinds of registration numbers a client may have. */
export enum BusinessNumberScheme {
  /** Québec enterprise number (10 digits). */
  NEQ = 'NEQ',
  /** French company number: SIREN (9 digits) or establishment SIRET (14 digits). */
  SIREN_SIRET = 'SIREN_SIRET',
  /** European VAT identification number. */
  VAT = 'VAT',
  /** Canadian business number (9 digits). */
  BN = 'BN',
  OTHER = 'OTHER',
}

/** The role a contact plays for a client (GEM-BOOKS "type"). */
export enum ContactType {
  BILLING = 'BILLING',
  TECHNICAL = 'TECHNICAL',
  OPERATIONS = 'OPERATIONS',
  SALES = 'SALES',
  EXECUTIVE = 'EXECUTIVE',
  OTHER = 'OTHER',
}

/** Networks a contact's social handles live on. */
export enum SocialNetwork {
  LINKEDIN = 'LINKEDIN',
  X = 'X',
  FACEBOOK = 'FACEBOOK',
  INSTAGRAM = 'INSTAGRAM',
  OTHER = 'OTHER',
}

/** Who may read a note. */
export enum NoteVisibility {
  /** The operator's staff only. */
  INTERNAL = 'INTERNAL',
  /** Also the managing partner. */
  SHARED = 'SHARED',
}

/** Who did something recorded in the activity log. */
export enum ActorType {
  STAFF = 'STAFF',
  PARTNER = 'PARTNER',
  CONTACT = 'CONTACT',
  API_TOKEN = 'API_TOKEN',
  /** The platform itself: jobs, seeds, start-up. */
  SYSTEM = 'SYSTEM',
}

/** What happened, in the activity log. */
export enum ActivityAction {
  CREATED = 'CREATED',
  UPDATED = 'UPDATED',
  DELETED = 'DELETED',
  RESTORED = 'RESTORED',
  PURGED = 'PURGED',
  LINKED = 'LINKED',
  UNLINKED = 'UNLINKED',
  PRIMARY_SET = 'PRIMARY_SET',
  PINNED = 'PINNED',
  UNPINNED = 'UNPINNED',
  ACCESS_GRANTED = 'ACCESS_GRANTED',
  ACCESS_CHANGED = 'ACCESS_CHANGED',
  /** A sign-in refused: outside the IP allow-list, or no live access. */
  SIGN_IN_REFUSED = 'SIGN_IN_REFUSED',
  /** An administrator began acting as a client contact. */
  ACTING_AS_STARTED = 'ACTING_AS_STARTED',
  /** The administrator came back from acting as the contact. */
  ACTING_AS_STOPPED = 'ACTING_AS_STOPPED',
  /**
   * Acting as the contact ended without the administrator coming back: its
   * hour ran out, the access it looked through ended, or the administrator's account did.
   */
  ACTING_AS_ENDED = 'ACTING_AS_ENDED',
  PARTNER_INVITED = 'PARTNER_INVITED',
  PARTNER_INVITATION_ANSWERED = 'PARTNER_INVITATION_ANSWERED',
  EMAIL_QUEUED = 'EMAIL_QUEUED',
  /** An email not sent because the client's notifications are off. */
  EMAIL_SUPPRESSED = 'EMAIL_SUPPRESSED',
}

/** Where an email stands in the outbox. */
export enum EmailStatus {
  PENDING = 'PENDING',
  SENDING = 'SENDING',
  SENT = 'SENT',
  /** Given up after the last retry. */
  FAILED = 'FAILED',
}

/** Which template wrote an email: kept with it in the outbox and named in the activity log. */
export enum EmailTemplate {
  ACCESS_INVITATION = 'access-invitation',
  PARTNER_INVITATION = 'partner-invitation',
  PASSWORD_RESET = 'password-reset',
  STAFF_INVITATION = 'staff-invitation',
}

/** The fields a list of contacts can be ordered by. */
export enum ContactOrderField {
  NAME = 'NAME',
  CREATED_AT = 'CREATED_AT',
  UPDATED_AT = 'UPDATED_AT',
}

/** The languages a client, a contact or a user is served in. */
export enum Language {
  FR = 'fr',
  EN = 'en',
}

/** What a client contact may do in the portal. */
export enum AccessRole {
  /** The client's administrator: may also accept a partner's invitation. */
  CLIENT_ADMIN = 'CLIENT_ADMIN',
  /** Reads and updates what the operator allows. */
  CLIENT_USER = 'CLIENT_USER',
}

/** Where a contact's access stands. */
export enum AccessStatus {
  /** Invited; the set-password link has not been used yet. */
  INVITED = 'INVITED',
  ACTIVE = 'ACTIVE',
  SUSPENDED = 'SUSPENDED',
  REVOKED = 'REVOKED',
  /** The invitation link expired unused. */
  EXPIRED = 'EXPIRED',
}

/** Why a sign-in to a client's file was refused, as its activity log records it. */
export enum SignInRefusalReason {
  /** The contact's access has an IP allow-list and the sign-in came from outside it. */
  IP_NOT_ALLOWED = 'IP_NOT_ALLOWED',
}

/** Where a partner's invitation to manage a client stands (seed 000). */
export enum PartnerInvitationStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  /** Withdrawn by the partner. */
  CANCELLED = 'CANCELLED',
  EXPIRED = 'EXPIRED',
}

/** How the client's users sign in to the services (seed 000: HP ID or Azure AD). */
export enum IdentityProvider {
  CLIENTELE = 'CLIENTELE',
  HP_ID = 'HP_ID',
  AZURE_AD = 'AZURE_AD',
}

/** Where a staff user's account stands (worked out from the account, never stored). */
export enum UserStatus {
  /** Created by an administrator; has not chosen a password yet. */
  INVITED = 'INVITED',
  ACTIVE = 'ACTIVE',
  /** May not sign in; kept so their name stays on what they did. */
  DEACTIVATED = 'DEACTIVATED',
}

/**
 * What a webhook endpoint may subscribe to: the changes a dashboard mirrors,
 * named as Stripe and GitHub name theirs (`noun.verb`).
 */
export enum WebhookEventType {
  CLIENT_CREATED = 'client.created',
  CLIENT_UPDATED = 'client.updated',
  CLIENT_DELETED = 'client.deleted',
  CLIENT_RESTORED = 'client.restored',
  PARTNER_INVITATION_ACCEPTED = 'partnerInvitation.accepted',
  PARTNER_INVITATION_DECLINED = 'partnerInvitation.declined',
  ACCESS_GRANTED = 'access.granted',
  ACCESS_REVOKED = 'access.revoked',
  CONTACT_LINKED = 'contact.linked',
  CONTACT_UNLINKED = 'contact.unlinked',
  /** Sent on demand from the console, to try an endpoint. */
  PING = 'ping',
}

/**
 * The events a partner's endpoint may subscribe to: its clients' files and its
 * invitations, never their access list (which a partner does not read).
 */
export const PARTNER_WEBHOOK_EVENT_TYPES: readonly WebhookEventType[] = [
  WebhookEventType.CLIENT_CREATED,
  WebhookEventType.CLIENT_UPDATED,
  WebhookEventType.CLIENT_DELETED,
  WebhookEventType.CLIENT_RESTORED,
  WebhookEventType.PARTNER_INVITATION_ACCEPTED,
  WebhookEventType.PARTNER_INVITATION_DECLINED,
  WebhookEventType.CONTACT_LINKED,
  WebhookEventType.CONTACT_UNLINKED,
];

/** Where one event's delivery to one endpoint stands. */
export enum WebhookDeliveryStatus {
  /** Waiting for (another) attempt. */
  PENDING = 'PENDING',
  /** Claimed by a worker, being sent. */
  SENDING = 'SENDING',
  /** The endpoint answered 2xx. */
  DELIVERED = 'DELIVERED',
  /** Given up after the last retry; may be replayed. */
  FAILED = 'FAILED',
}
