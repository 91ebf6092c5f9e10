import {
  accessRoleLabels,
  accessStatusLabels,
  accountTierLabels,
  clientKindLabels,
  clientRegardLabels,
  clientSourceLabels,
  clientStatusLabels,
  contactTypeLabels,
  emailTemplateLabels,
  formatPhone,
  healthStatusLabels,
  identityProviderLabels,
  invoiceDeliveryLabels,
  languageLabels,
  lifecycleLabels,
  noteVisibilityLabels,
  partnerInvitationStatusLabels,
  paymentTermsLabels,
  signInRefusalReasonLabels,
  socialNetworkLabels,
  type Locale,
} from '@clientele/shared';
import { SECTION_OF_ENTITY } from './field-labels';
import { countryName, formatCalendarDate, formatDateTime, formatPercent, intlLocale } from './format';

type Table = Record<Locale, Record<string, string>>;

/** Fields whose values are enum values, with the table that names them. */
const ENUMS: Record<string, Table> = {
  kind: clientKindLabels,
  lifecycle: lifecycleLabels,
  status: clientStatusLabels,
  regard: clientRegardLabels,
  language: languageLabels,
  'contact.language': languageLabels,
  'terms.paymentTerms': paymentTermsLabels,
  'terms.invoiceDelivery': invoiceDeliveryLabels,
  'crm.health': healthStatusLabels,
  'crm.tier': accountTierLabels,
  'crm.source': clientSourceLabels,
  'link.type': contactTypeLabels,
  'note.visibility': noteVisibilityLabels,
  identityProvider: identityProviderLabels,
  'access.role': accessRoleLabels,
  'access.status': accessStatusLabels,
  'access.reason': signInRefusalReasonLabels,
  'invitation.status': partnerInvitationStatusLabels,
  'email.template': emailTemplateLabels,
};

const COUNTRIES = new Set(['billingAddress.country', 'shippingAddress.country', 'contact.address.country']);
const SOCIAL_HANDLES = 'contact.socialHandles';
const PHONES = new Set(['phone', 'mobile', 'fax', 'verifiedPhone', 'contact.phone', 'contact.mobile']);
const CALENDAR_DATES = new Set(['terms.contractStart', 'terms.contractEnd', 'crm.renewalDate']);
const INSTANTS = new Set([
  'registeredAt',
  'deletedAt',
  'lockedUntil',
  'user.lockedUntil',
  'user.deactivatedAt',
]);
const REFERENCES = new Set([
  'planId',
  'partnerId',
  'parentId',
  'billToId',
  'accountGroupIds',
  'crm.industryId',
  'crm.accountOwnerId',
  'crm.salespersonIds',
  'access.branchId',
]);

export interface ValueWords {
  yes: string;
  no: string;
}

/**
 * A value of the activity log (text, as the API keeps it) as people read it:
 * enum values by their label, phones formatted, dates and amounts in the
 * reader's locale, ids by the name they stand for when it is known.
 */
export function formatChangeValue(
  path: string,
  value: string | null,
  locale: Locale,
  words: ValueWords,
  names: ReadonlyMap<string, string>,
  entityType?: string | null,
): string | null {
  if (value === null) return null;
  const section = entityType ? SECTION_OF_ENTITY[entityType] : undefined;
  const field = section && !path.includes('.') ? `${section}.${path}` : path;
  const table = ENUMS[field];
  if (table) {
    const key = field.endsWith('language') ? value.toLowerCase() : value;
    return table[locale][key] ?? value;
  }
  if (value === 'true') return words.yes;
  if (value === 'false') return words.no;
  if (PHONES.has(field)) return formatPhone(value);
  if (COUNTRIES.has(field)) return countryName(value, locale);
  // Handles are logged as `NETWORK handle, NETWORK handle`.
  if (field === SOCIAL_HANDLES)
    return value
      .split(', ')
      .map((entry) => {
        const [network = '', ...handle] = entry.split(' ');
        const name = (socialNetworkLabels[locale] as Record<string, string>)[network] ?? network;
        return [name, ...handle].join(' ');
      })
      .join(', ');
  if (CALENDAR_DATES.has(field)) return formatCalendarDate(value, locale);
  if (INSTANTS.has(field)) return formatDateTime(value, locale) || value;
  if (field === 'terms.creditLimit' && Number.isFinite(Number(value)))
    return new Intl.NumberFormat(intlLocale(locale), { minimumFractionDigits: 2 }).format(Number(value));
  if (field === 'terms.discountPercent') return formatPercent(value, locale);
  if (REFERENCES.has(field))
    return value
      .split(', ')
      .map((id) => names.get(id) ?? `#${id.slice(0, 8)}`)
      .join(', ');
  return value;
}
