import { ClientKind, FieldErrorCode } from '@clientele/shared';
import {
  emptyNewClient,
  toCreateClientInput,
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
});
