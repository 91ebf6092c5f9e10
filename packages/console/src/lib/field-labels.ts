import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

/** Looks a key up in the `fields` namespace; undefined when there is no such label. */
export type LabelLookup = (key: string) => string | undefined;

const SECTIONS = ['terms', 'crm', 'note', 'link', 'access'] as const;
const ADDRESSES = ['billingAddress', 'shippingAddress'];

/**
 * Entities whose log entries name their fields bare (`status`, `reason`):
 * read as `<section>.<field>`, so an invitation's status is not taken for a
 * client's.
 */
export const SECTION_OF_ENTITY: Readonly<Record<string, string>> = {
  AccessGrant: 'access',
  Email: 'email',
  PartnerInvitation: 'invitation',
  User: 'user',
};

/**
 * The label of a field as the API names it in conflicts and the activity log
 * (`phone`, `billingAddress.city`, `terms.creditLimit`, `domains.2`,
 * `link.title`), for people: `Billing address — City`. A path nobody labelled
 * shows as itself rather than disappearing.
 */
export function labelField(path: string, lookup: LabelLookup, entityType?: string | null): string {
  const parts = path.split('.').filter((part) => !/^\d+$/.test(part));
  const [first = '', second, third] = parts;
  const own = (key: string) => lookup(key);

  const section = entityType ? SECTION_OF_ENTITY[entityType] : undefined;
  if (section && parts.length === 1) return own(`${section}.${first}`) ?? path;
  if ((SECTIONS as readonly string[]).includes(first) && second) return own(`${first}.${second}`) ?? path;
  if (first === 'contact') {
    if (!second) return own('link.contact') ?? path;
    if (second === 'address' && third) {
      const part = own(`address.${third}`);
      return part ? `${own('contact.address') ?? second} — ${part}` : path;
    }
    return own(`contact.${second}`) ?? path;
  }
  if (ADDRESSES.includes(first) && second) {
    const part = own(`address.${second}`);
    return part ? `${own(`client.${first}`) ?? first} — ${part}` : path;
  }
  return own(`client.${first}`) ?? path;
}

/** `labelField` in the interface's language. */
export function useFieldLabel(): (path: string, entityType?: string | null) => string {
  const { t, i18n } = useTranslation('fields');
  return useCallback(
    (path: string, entityType?: string | null) =>
      labelField(
        path,
        (key) => (i18n.exists(key, { ns: 'fields' }) ? (t(key as never) as string) : undefined),
        entityType,
      ),
    [t, i18n],
  );
}
