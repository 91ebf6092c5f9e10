import { checkAddress, checkEmail, checkPhone, checkUrl, type FieldIssue } from '@clientele/shared';
import type { PortalClientFieldsFragment, UpdateMyCompanyInput } from '@/gql/graphql';
import { ADDRESS_PARTS, HOME_COUNTRY, type AddressPart } from '@/features/clients/model/new-client-form';

/** What a client's administrator may change of their company from the portal. */
export interface CompanyValues {
  website: string;
  email: string;
  phone: string;
  mobile: string;
  billingAddress: Record<AddressPart, string>;
}

export type CompanyField = Exclude<keyof CompanyValues, 'billingAddress'> | `billingAddress.${AddressPart}`;

export function toCompanyValues(client: PortalClientFieldsFragment): CompanyValues {
  const address = client.billingAddress;
  return {
    website: client.website ?? '',
    email: client.email ?? '',
    phone: client.phone ?? '',
    mobile: client.mobile ?? '',
    billingAddress: Object.fromEntries(
      ADDRESS_PARTS.map((part) => [part, address?.[part] ?? (part === 'country' ? HOME_COUNTRY : '')]),
    ) as Record<AddressPart, string>,
  };
}

/** The API's rules, run as the person types; phones without a country code are read in the billing country. */
export function checkCompany(values: CompanyValues): Partial<Record<CompanyField, FieldIssue>> {
  const issues: Partial<Record<CompanyField, FieldIssue>> = {};
  const add = (field: CompanyField, issue: FieldIssue | null | undefined) => {
    if (issue) issues[field] = issue;
  };
  add('website', checkUrl(values.website.trim()));
  add('email', checkEmail(values.email.trim()));
  const country = values.billingAddress.country.trim().toUpperCase() || HOME_COUNTRY;
  add('phone', checkPhone(values.phone.trim(), country));
  add('mobile', checkPhone(values.mobile.trim(), country));
  const address = checkAddress(values.billingAddress);
  for (const part of ADDRESS_PARTS) add(`billingAddress.${part}`, address[part]);
  return issues;
}

const orNull = (text: string) => text.trim() || null;

export function toUpdateMyCompanyInput(
  client: { id: string; version: number },
  values: CompanyValues,
): UpdateMyCompanyInput {
  const address = values.billingAddress;
  const given = ADDRESS_PARTS.some((part) => part !== 'country' && address[part].trim() !== '');
  return {
    id: client.id,
    version: client.version,
    website: orNull(values.website),
    email: orNull(values.email),
    phone: orNull(values.phone),
    mobile: orNull(values.mobile),
    billingAddress: given
      ? (Object.fromEntries(
          ADDRESS_PARTS.map((part) => [part, orNull(address[part])]),
        ) as UpdateMyCompanyInput['billingAddress'])
      : null,
  };
}

/** The form field a server error belongs to (`input.billingAddress.postalCode`). */
export function companyFieldOfPath(path: string): CompanyField | undefined {
  const field = path.replace(/^input\./, '');
  const known: readonly string[] = [
    'website',
    'email',
    'phone',
    'mobile',
    ...ADDRESS_PARTS.map((part) => `billingAddress.${part}`),
  ];
  return known.includes(field) ? (field as CompanyField) : undefined;
}
