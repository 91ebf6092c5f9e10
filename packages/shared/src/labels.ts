import {
  type AccountTier,
  type ClientKind,
  type ClientStatus,
  type HealthStatus,
  type Lifecycle,
  type StaffRole,
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

export const errorCodeMessages: Labels<ErrorCode> = {
  fr: {
    BAD_USER_INPUT: 'Certains champs sont invalides.',
    NOT_FOUND: 'Introuvable.',
    CONFLICT: 'Quelqu’un d’autre a modifié ces données entre-temps.',
    FORBIDDEN: 'Vous n’avez pas accès à cette action.',
    UNAUTHENTICATED: 'Veuillez vous connecter.',
    INTERNAL_SERVER_ERROR: 'Une erreur inattendue est survenue.',
  },
  en: {
    BAD_USER_INPUT: 'Some fields are invalid.',
    NOT_FOUND: 'Not found.',
    CONFLICT: 'Someone else changed this data in the meantime.',
    FORBIDDEN: 'You do not have access to this action.',
    UNAUTHENTICATED: 'Please sign in.',
    INTERNAL_SERVER_ERROR: 'An unexpected error occurred.',
  },
};

type MessageTemplate = (params: FieldErrorParams) => string;

const fieldErrorTemplates: Record<Locale, Record<FieldErrorCode, MessageTemplate>> = {
  fr: {
    REQUIRED: () => 'Ce champ est obligatoire.',
    TOO_SHORT: (p) => `Au moins ${p.min} caractères.`,
    TOO_LONG: (p) => `Au plus ${p.max} caractères.`,
    INVALID_FORMAT: (p) => (p.expected ? `Format invalide : ${p.expected}.` : 'Format invalide.'),
    INVALID_CHOICE: () => 'Choix invalide.',
    ALREADY_TAKEN: (p) => `« ${p.value} » est déjà utilisé.`,
  },
  en: {
    REQUIRED: () => 'This field is required.',
    TOO_SHORT: (p) => `At least ${p.min} characters.`,
    TOO_LONG: (p) => `At most ${p.max} characters.`,
    INVALID_FORMAT: (p) => (p.expected ? `Invalid format: ${p.expected}.` : 'Invalid format.'),
    INVALID_CHOICE: () => 'Invalid choice.',
    ALREADY_TAKEN: (p) => `“${p.value}” is already in use.`,
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
