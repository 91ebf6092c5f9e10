import type {
  AccessRole,
  AccessStatus,
  AccountTier,
  ActivityAction,
  ActorType,
  BusinessNumberScheme,
  ClientKind,
  ClientRegard,
  ClientSource,
  ClientStatus,
  ContactType,
  EmailStatus,
  EmailTemplate,
  HealthStatus,
  InvoiceDelivery,
  Language,
  Lifecycle,
  IdentityProvider,
  NoteVisibility,
  PartnerInvitationStatus,
  PaymentTerms,
  SocialNetwork,
  SignInRefusalReason,
  StaffRole,
  UserStatus,
} from './enums';
import { type ErrorCode, type FieldErrorCode, type FieldErrorParams } from './errors';
import type { Locale } from './locale';

/**
 * Labels for people, in French and English. Each table is typed
 * `Record<Locale, Record<Enum, string>>`, so a value added to an enum without
 * its two labels does not compile.
 */
type Labels<E extends string> = Record<Locale, Record<E, string>>;

export const clientStatusLabels: Labels<ClientStatus> = {
  fr: { ACTIVE: 'Actif', INACTIVE: 'Inactif', SUSPENDED: 'Suspendu' },
  en: { ACTIVE: 'Active', INACTIVE: 'Inactive', SUSPENDED: 'Suspended' },
};

export const clientKindLabels: Labels<ClientKind> = {
  fr: { COMPANY: 'Entreprise', INDIVIDUAL: 'Particulier' },
  en: { COMPANY: 'Company', INDIVIDUAL: 'Individual' },
};

export const lifecycleLabels: Labels<Lifecycle> = {
  fr: { PROSPECT: 'Prospect', CUSTOMER: 'Client' },
  en: { PROSPECT: 'Prospect', CUSTOMER: 'Customer' },
};

export const healthStatusLabels: Labels<HealthStatus> = {
  fr: { HAPPY: 'Satisfait', DOING_OKAY: 'Correct', AT_RISK: 'En danger' },
  en: { HAPPY: 'Happy', DOING_OKAY: 'Doing okay', AT_RISK: 'At risk' },
};

export const accountTierLabels: Labels<AccountTier> = {
  fr: { BASIC: 'De base', PREMIUM: 'Premium', ENTERPRISE: 'Entreprise' },
  en: { BASIC: 'Basic', PREMIUM: 'Premium', ENTERPRISE: 'Enterprise' },
};

export const staffRoleLabels: Labels<StaffRole> = {
  fr: { ADMIN: 'Administrateur', STAFF: 'Employé', VIEWER: 'Lecture seule' },
  en: { ADMIN: 'Administrator', STAFF: 'Staff', VIEWER: 'Viewer' },
};

export const clientRegardLabels: Labels<ClientRegard> = {
  fr: { NEUTRAL: 'Neutre', PREFERRED: 'Privilégié', WATCH: 'À surveiller', DO_NOT_SERVE: 'Ne plus servir' },
  en: { NEUTRAL: 'Neutral', PREFERRED: 'Preferred', WATCH: 'Watch', DO_NOT_SERVE: 'Do not serve' },
};

export const paymentTermsLabels: Labels<PaymentTerms> = {
  fr: {
    DUE_ON_RECEIPT: 'Payable sur réception',
    NET_15: 'Net 15 jours',
    NET_30: 'Net 30 jours',
    NET_45: 'Net 45 jours',
    NET_60: 'Net 60 jours',
    CUSTOM: 'Autre délai (jours)',
  },
  en: {
    DUE_ON_RECEIPT: 'Due on receipt',
    NET_15: 'Net 15',
    NET_30: 'Net 30',
    NET_45: 'Net 45',
    NET_60: 'Net 60',
    CUSTOM: 'Custom (days)',
  },
};

export const invoiceDeliveryLabels: Labels<InvoiceDelivery> = {
  fr: { EMAIL: 'Courriel', POST: 'Poste', PORTAL: 'Portail' },
  en: { EMAIL: 'Email', POST: 'Post', PORTAL: 'Portal' },
};

export const clientSourceLabels: Labels<ClientSource> = {
  fr: {
    REFERRAL: 'Recommandation',
    WEBSITE: 'Site web',
    PARTNER: 'Partenaire',
    EVENT: 'Événement',
    OUTBOUND: 'Prospection',
    OTHER: 'Autre',
  },
  en: {
    REFERRAL: 'Referral',
    WEBSITE: 'Website',
    PARTNER: 'Partner',
    EVENT: 'Event',
    OUTBOUND: 'Outbound',
    OTHER: 'Other',
  },
};

export const businessNumberSchemeLabels: Labels<BusinessNumberScheme> = {
  fr: {
    NEQ: 'NEQ',
    SIREN_SIRET: 'SIREN / SIRET',
    VAT: 'TVA intracommunautaire',
    BN: 'NE (fédéral)',
    OTHER: 'Autre',
  },
  en: { NEQ: 'NEQ', SIREN_SIRET: 'SIREN / SIRET', VAT: 'EU VAT', BN: 'Business number', OTHER: 'Other' },
};

export const contactTypeLabels: Labels<ContactType> = {
  fr: {
    BILLING: 'Facturation',
    TECHNICAL: 'Technique',
    OPERATIONS: 'Opérations',
    SALES: 'Ventes',
    EXECUTIVE: 'Direction',
    OTHER: 'Autre',
  },
  en: {
    BILLING: 'Billing',
    TECHNICAL: 'Technical',
    OPERATIONS: 'Operations',
    SALES: 'Sales',
    EXECUTIVE: 'Executive',
    OTHER: 'Other',
  },
};

export const socialNetworkLabels: Labels<SocialNetwork> = {
  fr: { LINKEDIN: 'LinkedIn', X: 'X', FACEBOOK: 'Facebook', INSTAGRAM: 'Instagram', OTHER: 'Autre' },
  en: { LINKEDIN: 'LinkedIn', X: 'X', FACEBOOK: 'Facebook', INSTAGRAM: 'Instagram', OTHER: 'Other' },
};

export const noteVisibilityLabels: Labels<NoteVisibility> = {
  fr: { INTERNAL: 'Interne', SHARED: 'Partagée avec le partenaire' },
  en: { INTERNAL: 'Internal', SHARED: 'Shared with the partner' },
};

export const actorTypeLabels: Labels<ActorType> = {
  fr: {
    STAFF: 'Employé',
    PARTNER: 'Partenaire',
    CONTACT: 'Contact client',
    API_TOKEN: 'Jeton d’API',
    SYSTEM: 'Système',
  },
  en: {
    STAFF: 'Staff',
    PARTNER: 'Partner',
    CONTACT: 'Client contact',
    API_TOKEN: 'API token',
    SYSTEM: 'System',
  },
};

export const activityActionLabels: Labels<ActivityAction> = {
  fr: {
    CREATED: 'Création',
    UPDATED: 'Modification',
    DELETED: 'Suppression',
    RESTORED: 'Restauration',
    PURGED: 'Purge définitive',
    LINKED: 'Liaison',
    UNLINKED: 'Déliaison',
    PRIMARY_SET: 'Contact principal',
    PINNED: 'Épinglée',
    UNPINNED: 'Désépinglée',
    ACCESS_GRANTED: 'Accès accordé',
    ACCESS_CHANGED: 'Accès modifié',
    SIGN_IN_REFUSED: 'Connexion refusée',
    ACTING_AS_STARTED: 'Connexion en tant que contact',
    ACTING_AS_STOPPED: 'Retour de la connexion en tant que contact',
    ACTING_AS_ENDED: 'Fin de la connexion en tant que contact',
    PARTNER_INVITED: 'Partenaire invité',
    PARTNER_INVITATION_ANSWERED: 'Réponse à l’invitation du partenaire',
    EMAIL_QUEUED: 'Courriel envoyé',
    EMAIL_SUPPRESSED: 'Courriel retenu (notifications désactivées)',
  },
  en: {
    CREATED: 'Created',
    UPDATED: 'Updated',
    DELETED: 'Deleted',
    RESTORED: 'Restored',
    PURGED: 'Purged',
    LINKED: 'Linked',
    UNLINKED: 'Unlinked',
    PRIMARY_SET: 'Primary contact set',
    PINNED: 'Pinned',
    UNPINNED: 'Unpinned',
    ACCESS_GRANTED: 'Access granted',
    ACCESS_CHANGED: 'Access changed',
    SIGN_IN_REFUSED: 'Sign-in refused',
    ACTING_AS_STARTED: 'Acting as the contact',
    ACTING_AS_STOPPED: 'Stopped acting as the contact',
    ACTING_AS_ENDED: 'Acting as the contact ended',
    PARTNER_INVITED: 'Partner invited',
    PARTNER_INVITATION_ANSWERED: 'Partner invitation answered',
    EMAIL_QUEUED: 'Email sent',
    EMAIL_SUPPRESSED: 'Email withheld (notifications off)',
  },
};

export const emailStatusLabels: Labels<EmailStatus> = {
  fr: { PENDING: 'En attente', SENDING: 'En cours d’envoi', SENT: 'Envoyé', FAILED: 'Échec' },
  en: { PENDING: 'Pending', SENDING: 'Sending', SENT: 'Sent', FAILED: 'Failed' },
};

export const accessRoleLabels: Labels<AccessRole> = {
  fr: { CLIENT_ADMIN: 'Administrateur du client', CLIENT_USER: 'Client (rôle du système)' },
  en: { CLIENT_ADMIN: 'Client administrator', CLIENT_USER: 'Client (system role)' },
};

export const accessStatusLabels: Labels<AccessStatus> = {
  fr: { INVITED: 'Invité', ACTIVE: 'Actif', SUSPENDED: 'Suspendu', REVOKED: 'Révoqué', EXPIRED: 'Expiré' },
  en: {
    INVITED: 'Invited',
    ACTIVE: 'Active',
    SUSPENDED: 'Suspended',
    REVOKED: 'Revoked',
    EXPIRED: 'Expired',
  },
};

export const emailTemplateLabels: Labels<EmailTemplate> = {
  fr: {
    'access-invitation': 'Invitation d’accès',
    'partner-invitation': 'Invitation d’un partenaire',
    'password-reset': 'Réinitialisation du mot de passe',
    'staff-invitation': 'Invitation d’un employé',
  },
  en: {
    'access-invitation': 'Access invitation',
    'partner-invitation': 'Partner invitation',
    'password-reset': 'Password reset',
    'staff-invitation': 'Staff invitation',
  },
};

export const signInRefusalReasonLabels: Labels<SignInRefusalReason> = {
  fr: { IP_NOT_ALLOWED: 'Adresse hors de la liste autorisée' },
  en: { IP_NOT_ALLOWED: 'Address outside the allow-list' },
};

export const partnerInvitationStatusLabels: Labels<PartnerInvitationStatus> = {
  fr: {
    PENDING: 'En attente',
    ACCEPTED: 'Acceptée',
    DECLINED: 'Refusée',
    CANCELLED: 'Annulée',
    EXPIRED: 'Expirée',
  },
  en: {
    PENDING: 'Pending',
    ACCEPTED: 'Accepted',
    DECLINED: 'Declined',
    CANCELLED: 'Cancelled',
    EXPIRED: 'Expired',
  },
};

export const identityProviderLabels: Labels<IdentityProvider> = {
  fr: { CLIENTELE: 'Comptes Clientele', HP_ID: 'Identifiant HP', AZURE_AD: 'Azure AD (Microsoft Entra ID)' },
  en: { CLIENTELE: 'Clientele accounts', HP_ID: 'HP ID', AZURE_AD: 'Azure AD (Microsoft Entra ID)' },
};

export const errorCodeMessages: Labels<ErrorCode> = {
  fr: {
    BAD_USER_INPUT: 'Certains champs sont invalides.',
    NOT_FOUND: 'Introuvable.',
    CONFLICT: 'Quelqu’un d’autre a modifié ces données entre-temps.',
    IDEMPOTENCY_KEY_REUSED:
      'Cette clé d’idempotence a déjà servi, ces dernières 24 heures, pour une autre requête\u00a0: rien n’a été enregistré. Utilisez une nouvelle clé.',
    FORBIDDEN: 'Vous n’avez pas accès à cette action.',
    UNAUTHENTICATED: 'Veuillez vous connecter.',
    INTERNAL_SERVER_ERROR: 'Une erreur inattendue est survenue.',
  },
  en: {
    BAD_USER_INPUT: 'Some fields are invalid.',
    NOT_FOUND: 'Not found.',
    CONFLICT: 'Someone else changed this data in the meantime.',
    IDEMPOTENCY_KEY_REUSED:
      'This idempotency key was already used, in the last 24 hours, with a different request: nothing was saved. Use a new key.',
    FORBIDDEN: 'You do not have access to this action.',
    UNAUTHENTICATED: 'Please sign in.',
    INTERNAL_SERVER_ERROR: 'An unexpected error occurred.',
  },
};

/** `IDEMPOTENCY_KEY_REUSED`, naming the key: the caller learns which of its requests to renew. */
export const idempotencyKeyReusedMessage: Record<Locale, (key: string) => string> = {
  fr: (key) =>
    `La clé d’idempotence «\u00a0${key}\u00a0» a déjà servi, ces dernières 24 heures, pour une autre requête\u00a0: rien n’a été enregistré. Utilisez une nouvelle clé pour une nouvelle requête.`,
  en: (key) =>
    `The idempotency key "${key}" was already used, in the last 24 hours, with a different request: nothing was saved. Use a new key for a new request.`,
};

/** `FORBIDDEN` before anything ran: the request selects fields the caller may never read. */
export const fieldsForbiddenMessage: Record<Locale, (fields: readonly string[]) => string> = {
  fr: (fields) =>
    `Ces champs ne vous sont pas accessibles\u00a0: ${fields.join(', ')}. Rien n’a été exécuté.`,
  en: (fields) => `These fields are not available to you: ${fields.join(', ')}. Nothing was run.`,
};

type MessageTemplate = (params: FieldErrorParams) => string;

const fieldErrorTemplates: Record<Locale, Record<FieldErrorCode, MessageTemplate>> = {
  fr: {
    REQUIRED: () => 'Ce champ est obligatoire.',
    TOO_SHORT: (p) => `Au moins ${p.min} caractères.`,
    TOO_LONG: (p) => `Au plus ${p.max} caractères.`,
    INVALID_FORMAT: (p) =>
      p.expected ? `Format invalide (attendu\u00a0: ${p.expected}).` : 'Format invalide.',
    INVALID_CHOICE: () => 'Choix invalide.',
    ALREADY_TAKEN: (p) => `«\u00a0${p.value}\u00a0» est déjà utilisé.`,
    OUT_OF_RANGE: (p) =>
      p.min !== undefined && p.max !== undefined
        ? `Doit être entre ${p.min} et ${p.max}.`
        : p.min !== undefined
          ? `Doit être au moins ${p.min}.`
          : `Doit être au plus ${p.max}.`,
    INVALID_REFERENCE: () => 'Cet élément n’existe pas ou ne peut pas être choisi ici.',
    DUPLICATE: (p) => `«\u00a0${p.value}\u00a0» figure deux fois.`,
    TOO_MANY: (p) => `Au plus ${p.max} éléments.`,
    TOO_WEAK: () => 'Trop facile à deviner\u00a0: choisissez une phrase plus longue et plus personnelle.',
    CERTIFICATION_REQUIRED: (p) =>
      `Ce forfait exige la certification «\u00a0${p.certification}\u00a0», que votre entreprise n’a pas.`,
  },
  en: {
    REQUIRED: () => 'This field is required.',
    TOO_SHORT: (p) => `At least ${p.min} characters.`,
    TOO_LONG: (p) => `At most ${p.max} characters.`,
    INVALID_FORMAT: (p) => (p.expected ? `Invalid format (expected: ${p.expected}).` : 'Invalid format.'),
    INVALID_CHOICE: () => 'Invalid choice.',
    ALREADY_TAKEN: (p) => `“${p.value}” is already in use.`,
    OUT_OF_RANGE: (p) =>
      p.min !== undefined && p.max !== undefined
        ? `Must be between ${p.min} and ${p.max}.`
        : p.min !== undefined
          ? `Must be at least ${p.min}.`
          : `Must be at most ${p.max}.`,
    INVALID_REFERENCE: () => 'This item does not exist or cannot be chosen here.',
    DUPLICATE: (p) => `“${p.value}” appears twice.`,
    TOO_MANY: (p) => `At most ${p.max} items.`,
    TOO_WEAK: () => 'Too easy to guess: choose a longer, more personal phrase.',
    CERTIFICATION_REQUIRED: (p) =>
      `This plan requires the “${p.certification}” certification, which your organisation does not hold.`,
  },
};

/** The message for one refused field, in the caller's language. */
export function fieldErrorMessage(
  locale: Locale,
  code: FieldErrorCode,
  params: FieldErrorParams = {},
): string {
  return fieldErrorTemplates[locale][code](params);
}

export const languageLabels: Labels<Language> = {
  fr: { fr: 'Français', en: 'Anglais' },
  en: { fr: 'French', en: 'English' },
};

/** What sign-in and one-time links answer, alike for every reason they fail (nothing to learn from them). */
export const authMessages: Record<
  Locale,
  Record<'INVALID_CREDENTIALS' | 'INVALID_LINK' | 'WRONG_PASSWORD', string>
> = {
  fr: {
    INVALID_CREDENTIALS:
      'Identifiant ou mot de passe incorrect, ou compte bloqué quelques minutes après trop d’essais.',
    INVALID_LINK: 'Ce lien n’est plus valide\u00a0: il a expiré ou a déjà servi. Demandez-en un nouveau.',
    WRONG_PASSWORD: 'Le mot de passe actuel ne correspond pas.',
  },
  en: {
    INVALID_CREDENTIALS:
      'Wrong login or password, or the account is locked for a few minutes after too many tries.',
    INVALID_LINK: 'This link is no longer valid: it expired or was already used. Ask for a new one.',
    WRONG_PASSWORD: 'The current password does not match.',
  },
};

export const userStatusLabels: Labels<UserStatus> = {
  fr: { INVITED: 'Invité', ACTIVE: 'Actif', DEACTIVATED: 'Désactivé' },
  en: { INVITED: 'Invited', ACTIVE: 'Active', DEACTIVATED: 'Deactivated' },
};

/**
 * Why a change to a staff user was refused: the console always keeps one
 * administrator able to sign in, and nobody locks themselves out by mistake.
 */
export type UserRule = 'SELF_DEACTIVATE' | 'SELF_DEMOTE' | 'LAST_ADMIN' | 'NOT_INVITED';

export const userRuleMessages: Record<Locale, Record<UserRule, string>> = {
  fr: {
    SELF_DEACTIVATE: 'Vous ne pouvez pas désactiver votre propre compte.',
    SELF_DEMOTE: 'Vous ne pouvez pas retirer votre propre rôle d’administrateur.',
    LAST_ADMIN: 'C’est le dernier administrateur actif\u00a0: nommez d’abord un autre administrateur.',
    NOT_INVITED:
      'Cette personne a déjà choisi son mot de passe (ou son compte est désactivé)\u00a0: il n’y a pas d’invitation à renvoyer.',
  },
  en: {
    SELF_DEACTIVATE: 'You cannot deactivate your own account.',
    SELF_DEMOTE: 'You cannot remove your own administrator role.',
    LAST_ADMIN: 'This is the last active administrator: make someone else an administrator first.',
    NOT_INVITED:
      'They have already chosen a password (or the account is deactivated): there is no invitation to resend.',
  },
};
