import { FieldErrorCode } from '@clientele/shared';
import { accessActions } from './access-actions';
import {
  checkGrant,
  emptyGrant,
  grantFieldOfPath,
  refusedRanges,
  toGrantAccessInput,
  type GrantValues,
} from './access-form';

const valid = (): GrantValues => ({
  ...emptyGrant(),
  contactId: 'c1',
  email: 'mireille.couture@hervedavid.com',
  ipAllowList: ['203.0.113.7', '2001:db8::/32'],
});

describe('the grant access form', () => {
  it('accepts the seed 004 example', () => {
    expect(checkGrant(valid())).toEqual({});
  });

  it('needs a contact and an email', () => {
    const issues = checkGrant({ ...valid(), contactId: '', email: '  ' });
    expect(issues.contactId?.code).toBe(FieldErrorCode.REQUIRED);
    expect(issues.email?.code).toBe(FieldErrorCode.REQUIRED);
  });

  it('refuses an impossible IP address and says which', () => {
    const issues = checkGrant({ ...valid(), ipAllowList: ['203.0.113.7', '123.542.654.785'] });
    expect(issues.ipAllowList?.code).toBe(FieldErrorCode.INVALID_FORMAT);
    expect(issues.ipAllowList?.params?.value).toBe('123.542.654.785');
    expect([...refusedRanges(['203.0.113.7', '123.542.654.785', '10.0.0.1/8'])]).toEqual([1, 2]);
  });

  it('refuses a user code with spaces or accents, and lets an empty one be generated', () => {
    expect(checkGrant({ ...valid(), userCode: 'mé 01' }).userCode?.code).toBe(FieldErrorCode.INVALID_FORMAT);
    expect(checkGrant({ ...valid(), userCode: '' }).userCode).toBeUndefined();
    expect(checkGrant({ ...valid(), userCode: 'acme-01' }).userCode).toBeUndefined();
  });

  it('sends what the API expects: trimmed, upper-case code, no empty strings', () => {
    expect(toGrantAccessInput('k1', { ...valid(), userCode: ' acme-01 ', ipAllowList: [] }, true)).toEqual({
      clientId: 'k1',
      contactId: 'c1',
      role: 'CLIENT_USER',
      userCode: 'ACME-01',
      email: 'mireille.couture@hervedavid.com',
      ipAllowList: [],
      branchId: null,
      sendEmail: true,
    });
  });

  it('puts server errors under their field', () => {
    expect(grantFieldOfPath('ipAllowList.1')).toBe('ipAllowList');
    expect(grantFieldOfPath('input.userCode')).toBe('userCode');
    expect(grantFieldOfPath('clientId')).toBeUndefined();
  });
});

describe('what may be done to an access', () => {
  it('follows its status and the person’s role', () => {
    expect(accessActions('INVITED', true, false)).toEqual(['edit', 'resend', 'revoke']);
    expect(accessActions('ACTIVE', true, true)).toContain('actAs');
    expect(accessActions('ACTIVE', true, false)).not.toContain('actAs');
    expect(accessActions('ACTIVE', false, true)).toEqual([]);
    expect(accessActions('REVOKED', true, true)).toEqual([]);
  });
});
