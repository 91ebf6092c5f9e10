import { resources } from '@/locales/resources';
import { labelField, type LabelLookup } from './field-labels';

type Tree = { [key: string]: string | Tree };

const lookupIn =
  (tree: Tree): LabelLookup =>
  (key) => {
    const found = key
      .split('.')
      .reduce<string | Tree | undefined>(
        (node, part) => (typeof node === 'object' ? node[part] : undefined),
        tree,
      );
    return typeof found === 'string' ? found : undefined;
  };

const en = lookupIn(resources.en.fields as Tree);
const fr = lookupIn(resources.fr.fields as Tree);

describe('labelField', () => {
  it('names the fields of each tab as the API spells them', () => {
    expect(labelField('phone', en)).toBe('Phone');
    expect(labelField('terms.creditLimit', en)).toBe('Credit limit');
    expect(labelField('crm.salespersonIds', fr)).toBe('Vendeurs');
    expect(labelField('note.pinned', en)).toBe('Pinned');
    expect(labelField('link.title', fr)).toBe('Titre');
  });

  it('says which address a part belongs to', () => {
    expect(labelField('billingAddress.postalCode', en)).toBe('Billing address — Postal code');
    expect(labelField('shippingAddress.city', fr)).toBe('Adresse de livraison — Ville');
  });

  it('names a list by its field, whatever the item', () => {
    expect(labelField('domains.2', en)).toBe('Email domains');
    expect(labelField('businessNumbers.1.value', en)).toBe('Business numbers');
  });

  it('tells a linked contact from their own details', () => {
    expect(labelField('contact', en)).toBe('Contact');
    expect(labelField('contact.email', fr)).toBe('Courriel');
    expect(labelField('contact.address.city', en)).toBe('Address — City');
  });

  it('reads fields of emails and users in their own terms', () => {
    expect(labelField('to', en, 'Email')).toBe('Recipient');
    expect(labelField('password', fr, 'User')).toBe('Mot de passe');
    expect(labelField('userCode', en, 'AccessGrant')).toBe('User code');
    expect(labelField('actingAs', fr, 'AccessGrant')).toBe('En tant que');
    expect(labelField('reason', en, 'AccessGrant')).toBe('Reason');
    expect(labelField('plan', fr, 'PartnerInvitation')).toBe('Forfait');
    expect(labelField('status', en, 'PartnerInvitation')).toBe('Invitation status');
    expect(labelField('access.status', fr)).toBe('Statut de l’accès');
  });

  it('shows a path nobody labelled as itself', () => {
    expect(labelField('somethingNew', en)).toBe('somethingNew');
    expect(labelField('terms.somethingNew', en)).toBe('terms.somethingNew');
  });
});
