import { ClientKind, FieldErrorCode } from '@clientele/shared';
import {
  emptyNewClient,
  fieldForServerPath,
  fieldsOfStep,
  firstStepWithIssue,
  toCreateClientInput,
  toCreateContactInput,
  toCreatePartnerClientInput,
  validateNewClient,
  withCountry,
  type NewClientValues,
} from './new-client-form';

const form = (
  change: Partial<NewClientValues> = {},
  address: Partial<NewClientValues['billingAddress']> = {},
) => {
  const values = emptyNewClient();
  return { ...values, ...change, billingAddress: { ...values.billingAddress, ...address } };
};

describe('new client form', () => {
  it('requires a name for a company, and a first and last name for an individual', () => {
    expect(validateNewClient(form()).name?.code).toBe(FieldErrorCode.REQUIRED);
    const person = validateNewClient(form({ kind: ClientKind.INDIVIDUAL }));
    expect(person.name).toBeUndefined();
    expect(person.firstName?.code).toBe(FieldErrorCode.REQUIRED);
    expect(person.lastName?.code).toBe(FieldErrorCode.REQUIRED);
  });

  it('checks the postal code and province against the country', () => {
    const issues = validateNewClient(
      form({ name: 'Acme' }, { postalCode: '75001', region: 'Île-de-France' }),
    );
    expect(issues['billingAddress.postalCode']?.code).toBe(FieldErrorCode.INVALID_FORMAT);
    expect(issues['billingAddress.region']?.code).toBe(FieldErrorCode.INVALID_CHOICE);
    expect(validateNewClient(form({ name: 'Acme' }, { country: 'FR', postalCode: '75001' }))).toEqual({});
  });

  it('leaves out an address that holds only the pre-filled country', () => {
    expect(toCreateClientInput(form({ name: ' Acme ' }))).toEqual({
      kind: 'COMPANY',
      status: 'ACTIVE',
      lifecycle: 'CUSTOMER',
      code: undefined,
      name: 'Acme',
      identityProvider: 'CLIENTELE',
      // Off unless someone turns it on (seed 001).
      notificationsEnabled: false,
    });
  });

  it('sends the parts of the address that were typed, trimmed, with the idempotency key', () => {
    const input = toCreateClientInput(
      form({ name: 'Acme', code: 'acme.qc' }, { city: ' Québec ', postalCode: 'g1r 4p5' }),
      'key-1',
    );
    expect(input.code).toBe('acme.qc');
    expect(input.idempotencyKey).toBe('key-1');
    expect(input.billingAddress).toEqual({
      line1: undefined,
      line2: undefined,
      city: 'Québec',
      region: undefined,
      postalCode: 'g1r 4p5',
      country: 'CA',
    });
  });

  it('drops a Canadian province when the country changes', () => {
    const values = form({ name: 'Acme' }, { region: 'QC' });
    expect(withCountry(values, 'FR').billingAddress.region).toBe('');
    expect(withCountry(values, 'CA').billingAddress.region).toBe('QC');
  });

  it('splits the fields in two steps: the company, then its administrator, provider, plan and notifications', () => {
    const values = form({ name: 'Acme' });
    expect(fieldsOfStep('company', values, 'partner')).toEqual([
      'name',
      'billingAddress.line1',
      'billingAddress.city',
      'billingAddress.region',
      'billingAddress.postalCode',
      'billingAddress.country',
    ]);
    expect(fieldsOfStep('admin', values, 'partner')).toEqual([
      'admin.firstName',
      'admin.lastName',
      'admin.email',
      'admin.phone',
      'identityProvider',
      'planId',
      'notificationsEnabled',
    ]);
    expect(fieldsOfStep('company', values, 'staff')).toContain('code');
    expect(firstStepWithIssue(['planId', 'billingAddress.city'])).toBe('company');
    expect(firstStepWithIssue(['admin.email'])).toBe('admin');
    expect(firstStepWithIssue([])).toBeUndefined();
  });

  it('requires of a partner the administrator (the invitation goes to them) and a plan', () => {
    const issues = validateNewClient(form({ name: 'Acme' }), 'partner');
    expect(issues['admin.firstName']?.code).toBe(FieldErrorCode.REQUIRED);
    expect(issues['admin.email']?.code).toBe(FieldErrorCode.REQUIRED);
    expect(issues.planId?.code).toBe(FieldErrorCode.REQUIRED);
    const bad = validateNewClient(
      {
        ...form({ name: 'Acme', planId: 'p1' }),
        admin: { firstName: 'Isabelle', lastName: 'Roy', email: 'isabelle@', phone: '12' },
      },
      'partner',
    );
    expect(bad['admin.email']?.code).toBe(FieldErrorCode.INVALID_FORMAT);
    expect(bad['admin.phone']?.code).toBe(FieldErrorCode.INVALID_FORMAT);
  });

  it('lets staff leave the contact out, but not half of one', () => {
    expect(validateNewClient(form({ name: 'Acme' }))).toEqual({});
    const half = validateNewClient({
      ...form({ name: 'Acme' }),
      admin: { firstName: '', lastName: '', email: 'a@b.ca', phone: '' },
    });
    expect(half['admin.firstName']?.code).toBe(FieldErrorCode.REQUIRED);
    expect(toCreateContactInput(form({ name: 'Acme' }), 'c1')).toBeNull();
  });

  it('sends a partner’s client with its administrator, plan and notifications off by default', () => {
    const values = {
      ...form(
        { name: ' Clinique Roy ', planId: 'p1' },
        { line1: '1 rue A', city: 'Québec', postalCode: 'G1R 4P5' },
      ),
      admin: { firstName: ' Isabelle ', lastName: 'Roy', email: 'isabelle@roy.ca', phone: '' },
    };
    expect(toCreatePartnerClientInput(values, 'k')).toEqual({
      name: 'Clinique Roy',
      address: {
        line1: '1 rue A',
        line2: undefined,
        city: 'Québec',
        region: undefined,
        postalCode: 'G1R 4P5',
        country: 'CA',
      },
      admin: { firstName: 'Isabelle', lastName: 'Roy', email: 'isabelle@roy.ca', phone: undefined },
      identityProvider: 'CLIENTELE',
      planId: 'p1',
      notificationsEnabled: false,
      idempotencyKey: 'k',
    });
  });

  it('puts each server error under the field it is about, whichever rule raised it', () => {
    expect(fieldForServerPath('address.postalCode', 'createPartnerClient')).toBe('billingAddress.postalCode');
    expect(fieldForServerPath('billingAddress.city', 'createPartnerClient')).toBe('billingAddress.city');
    expect(fieldForServerPath('email', 'createPartnerClient')).toBe('admin.email');
    expect(fieldForServerPath('admin.lastName', 'createPartnerClient')).toBe('admin.lastName');
    expect(fieldForServerPath('planId', 'createPartnerClient')).toBe('planId');
    expect(fieldForServerPath('email', 'createContact')).toBe('admin.email');
    expect(fieldForServerPath('code', 'createClient')).toBe('code');
    expect(fieldForServerPath('tags', 'createClient')).toBeUndefined();
  });
});
