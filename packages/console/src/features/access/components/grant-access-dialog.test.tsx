import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { GrantAccessMutation } from '../api/access-mutations';
import { ClientAccessQuery } from '../api/client-access-query';
import { GrantAccessDialog } from './grant-access-dialog';

type Mocks = React.ComponentProps<typeof MockedProvider>['mocks'];

const CLIENT = 'c0ffee00-0000-4000-8000-000000000001';
const ELISE = {
  contactId: 'c0ffee00-0000-4000-8000-0000000000e1',
  name: 'Élise Fortin',
  email: 'elise@fortin.test',
};
const WARNING = /Notifications are off for this client: no email will be sent, the invitation included/;

function renderDialog(notificationsEnabled: boolean, mocks: Mocks = []) {
  const onGranted = jest.fn();
  render(
    <MockedProvider mocks={mocks}>
      <GrantAccessDialog
        open
        clientId={CLIENT}
        candidates={[ELISE]}
        preselectedContactId={ELISE.contactId}
        branches={[]}
        notificationsEnabled={notificationsEnabled}
        onClose={jest.fn()}
        onGranted={onGranted}
      />
    </MockedProvider>,
  );
  return { dialog: screen.getByRole('dialog', { name: 'Give a contact access' }), onGranted };
}

describe('GrantAccessDialog', () => {
  it('warns staff, before they send, that the client’s notifications will withhold the invitation (seed 001)', async () => {
    const granted = {
      __typename: 'AccessPayload',
      emailSuppressed: true,
      access: {
        __typename: 'AccessGrant',
        id: 'a1',
        clientId: CLIENT,
        contactId: ELISE.contactId,
        role: 'CLIENT_USER',
        status: 'INVITED',
        ipAllowList: [],
        branchId: null,
        branch: null,
        invitedAt: '2026-03-02T14:00:00.000Z',
        invitationExpiresAt: '2026-03-09T14:00:00.000Z',
        lastSignInAt: null,
        createdAt: '2026-03-02T14:00:00.000Z',
        version: 1,
        contact: {
          __typename: 'Contact',
          id: ELISE.contactId,
          firstName: 'Élise',
          lastName: 'Fortin',
          email: ELISE.email,
        },
        account: {
          __typename: 'PortalAccount',
          id: 'p1',
          userCode: 'FORT-001',
          email: ELISE.email,
          lastSignInAt: null,
        },
      },
    };
    const { dialog, onGranted } = renderDialog(false, [
      {
        request: { query: GrantAccessMutation, variables: () => true },
        result: { data: { grantAccess: granted } },
      },
      // A new access adds a row: the tab's list is read again.
      {
        request: { query: ClientAccessQuery, variables: { clientId: CLIENT } },
        result: {
          data: {
            client: {
              __typename: 'Client',
              id: CLIENT,
              code: 'FORT',
              deletedAt: null,
              notificationsEnabled: false,
              accessGrants: [granted.access],
              contacts: [],
            },
            branches: [],
          },
        },
      },
    ]);
    const warning = within(dialog).getByRole('alert');
    expect(warning.textContent).toMatch(WARNING);
    // The warning sits before the choice, with both ways still open.
    expect(within(dialog).getByRole('button', { name: 'Save and send email' })).toBeTruthy();
    expect(within(dialog).getByRole('button', { name: 'Save without email' })).toBeTruthy();

    fireEvent.click(within(dialog).getByRole('button', { name: 'Save and send email' }));
    await waitFor(() =>
      expect(onGranted).toHaveBeenCalledWith({
        name: 'Élise Fortin',
        emailSent: false,
        emailSuppressed: true,
        userCode: 'FORT-001',
      }),
    );
  });

  it('says nothing of the kind when the client’s notifications are on', () => {
    const { dialog } = renderDialog(true);
    expect(within(dialog).queryByText(WARNING)).toBeNull();
    expect(within(dialog).queryAllByRole('alert')).toHaveLength(0);
  });
});
