import { StaffRole } from '@clientele/shared';
import {
  adminRemovalBlock,
  checkUserForm,
  emptyUserForm,
  toCreateUserInput,
  toUpdateUserInput,
  type StaffUser,
} from './user-form';

const user = (over: Partial<StaffUser>): StaffUser => ({
  id: 'u1',
  email: 'lea@clientele.test',
  displayName: 'Léa Gagnon',
  role: 'STAFF',
  locale: 'fr',
  status: 'ACTIVE',
  version: 3,
  ...over,
});

describe('the user form', () => {
  it('asks for a name and a well-formed email before creating', () => {
    const issues = checkUserForm({ ...emptyUserForm('fr'), email: 'lea@' }, true);
    expect(issues.displayName?.code).toBe('REQUIRED');
    expect(issues.email?.code).toBe('INVALID_FORMAT');
    expect(checkUserForm({ ...emptyUserForm('fr'), email: '' }, true).email?.code).toBe('REQUIRED');
  });

  it('does not check the email when editing (it is not editable)', () => {
    expect(checkUserForm({ ...emptyUserForm('en'), displayName: 'Léa' }, false)).toEqual({});
  });

  it('sends a new user trimmed, with the API’s language values', () => {
    expect(
      toCreateUserInput(
        { email: ' lea@clientele.test ', displayName: ' Léa ', role: StaffRole.VIEWER, locale: 'en' },
        'key-1',
      ),
    ).toEqual({
      email: 'lea@clientele.test',
      displayName: 'Léa',
      role: 'VIEWER',
      locale: 'EN',
      idempotencyKey: 'key-1',
    });
  });

  it('sends only what changed, with the version read', () => {
    const before = user({});
    expect(
      toUpdateUserInput(before, { ...emptyUserForm('fr'), displayName: 'Léa Gagnon', role: StaffRole.STAFF }),
    ).toEqual({ id: 'u1', version: 3 });
    expect(
      toUpdateUserInput(before, { email: '', displayName: 'Léa G.', role: StaffRole.ADMIN, locale: 'en' }),
    ).toEqual({ id: 'u1', version: 3, displayName: 'Léa G.', role: 'ADMIN', locale: 'EN' });
  });
});

describe('taking administration away', () => {
  const me = user({ id: 'me', role: 'ADMIN' });
  it('is never allowed on oneself', () => {
    expect(adminRemovalBlock(me, 'me', [me])).toBe('SELF_DEMOTE');
  });

  it('is refused for the last active administrator, invited or deactivated ones not counting', () => {
    const other = user({ id: 'other', role: 'ADMIN' });
    const invited = user({ id: 'new', role: 'ADMIN', status: 'INVITED' });
    const gone = user({ id: 'gone', role: 'ADMIN', status: 'DEACTIVATED' });
    // Seen from a viewer the list no longer shows as an active admin (their row changed since).
    expect(adminRemovalBlock(other, 'me', [other, invited, gone])).toBe('LAST_ADMIN');
    expect(adminRemovalBlock(other, 'me', [me, other])).toBeNull();
    expect(adminRemovalBlock(user({ id: 's' }), 'me', [me])).toBeNull();
  });
});
