import { invitationActions, invitationColor, opensFile } from './invitation';

describe('a partner invitation', () => {
  it('can be resent or cancelled while open (pending or expired), never once settled', () => {
    expect(invitationActions('PENDING')).toEqual({ resend: true, cancel: true });
    expect(invitationActions('EXPIRED')).toEqual({ resend: true, cancel: true });
    for (const settled of ['ACCEPTED', 'DECLINED', 'CANCELLED', null, undefined]) {
      expect(invitationActions(settled)).toEqual({ resend: false, cancel: false });
    }
  });

  it('opens the client file only once accepted', () => {
    expect(opensFile('ACCEPTED')).toBe(true);
    expect(opensFile('PENDING')).toBe(false);
    expect(opensFile(undefined)).toBe(false);
  });

  it('is coloured by what it asks of the partner', () => {
    expect(invitationColor('ACCEPTED')).toBe('success');
    expect(invitationColor('EXPIRED')).toBe('warning');
    expect(invitationColor('DECLINED')).toBe('error');
    expect(invitationColor('CANCELLED')).toBe('default');
  });
});
