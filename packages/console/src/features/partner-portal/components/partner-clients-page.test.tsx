import { MockedProvider } from '@apollo/client/testing/react';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { formatDate } from '@/lib/format';
import { i18n } from '@/lib/i18n';
import { CancelPartnerInvitationMutation } from '../api/cancel-partner-invitation-mutation';
import { PartnerClientsQuery } from '../api/partner-clients-query';
import { ResendPartnerInvitationMutation } from '../api/resend-partner-invitation-mutation';
import { SetPartnerClientNotificationsMutation } from '../api/set-client-notifications-mutation';
import { PartnerClientsPage } from './partner-clients-page';

const invitation = {
  __typename: 'PartnerInvitation',
  id: 'i1',
  status: 'PENDING',
  sentAt: '2026-11-20T10:00:00.000Z',
  expiresAt: '2026-12-04T10:00:00.000Z',
  respondedAt: null,
  version: 1,
} as const;

const list = {
  request: { query: PartnerClientsQuery, variables: { first: 50, search: null } },
  result: {
    data: {
      clients: {
        __typename: 'ClientConnection',
        totalCount: 1,
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'c1' },
        edges: [
          {
            __typename: 'ClientEdge',
            cursor: 'c1',
            node: {
              __typename: 'Client',
              id: 'k1',
              name: 'Clinique Roy',
              city: 'Magog',
              notificationsEnabled: true,
              plan: { __typename: 'ServicePlan', id: 'p1', name: 'Essentiel' },
              partnerInvitation: invitation,
            },
          },
        ],
      },
    },
  },
};

afterEach(async () => {
  await act(() => i18n.changeLanguage('en'));
});

describe('PartnerClientsPage', () => {
  it('gives the keyboard to the card when its invitation is cancelled (the button pressed is gone)', async () => {
    render(
      <MockedProvider
        mocks={[
          list,
          {
            request: { query: CancelPartnerInvitationMutation, variables: { input: { id: 'i1' } } },
            result: {
              data: {
                cancelPartnerInvitation: {
                  __typename: 'PartnerInvitationPayload',
                  invitation: {
                    ...invitation,
                    status: 'CANCELLED',
                    respondedAt: '2026-11-23T10:00:00.000Z',
                    version: 2,
                  },
                },
              },
            },
          },
        ]}
      >
        <MemoryRouter>
          <PartnerClientsPage NewClientDialog={() => null} />
        </MemoryRouter>
      </MockedProvider>,
    );

    const cancel = await screen.findByRole('button', { name: 'Cancel invitation: Clinique Roy' });
    cancel.focus();
    fireEvent.click(cancel);
    const confirm = await screen.findByRole('dialog', { name: /Clinique Roy/ });
    fireEvent.click(within(confirm).getByRole('button', { name: 'Cancel invitation' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const card = screen.getByRole('article', { name: 'Clinique Roy' });
    expect(within(card).getByText('Cancelled')).toBeTruthy();
    expect(within(card).queryByRole('button', { name: /Cancel invitation/ })).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(card));
  });

  it('asks before resending while the client’s notifications are off, then turns them on and resends (seed 001)', async () => {
    const calls: string[] = [];
    const quiet = JSON.parse(JSON.stringify(list)) as typeof list;
    quiet.result.data.clients.edges[0]!.node.notificationsEnabled = false as never;
    render(
      <MockedProvider
        mocks={[
          quiet,
          {
            request: {
              query: SetPartnerClientNotificationsMutation,
              variables: { input: { clientId: 'k1', enabled: true } },
            },
            result: () => {
              calls.push('notifications');
              return {
                data: {
                  setPartnerClientNotifications: {
                    __typename: 'ClientPayload',
                    client: { __typename: 'Client', id: 'k1', notificationsEnabled: true },
                  },
                },
              };
            },
          },
          {
            request: { query: ResendPartnerInvitationMutation, variables: { input: { id: 'i1' } } },
            result: () => {
              calls.push('resend');
              return {
                data: {
                  resendPartnerInvitation: {
                    __typename: 'PartnerInvitationPayload',
                    invitation: { ...invitation, version: 2 },
                  },
                },
              };
            },
          },
        ]}
      >
        <MemoryRouter>
          <PartnerClientsPage NewClientDialog={() => null} />
        </MemoryRouter>
      </MockedProvider>,
    );

    const card = await screen.findByRole('article', { name: 'Clinique Roy' });
    expect(within(card).getByRole('switch', { name: 'Email notifications' })).toHaveProperty(
      'checked',
      false,
    );
    fireEvent.click(within(card).getByRole('button', { name: 'Resend invitation: Clinique Roy' }));
    const ask = await screen.findByRole('dialog', { name: 'Notifications are off for Clinique Roy' });
    expect(calls).toEqual([]);
    fireEvent.click(within(ask).getByRole('button', { name: 'Turn on and resend' }));
    await waitFor(() => expect(calls).toEqual(['notifications', 'resend']));
    await waitFor(() =>
      expect(within(card).getByRole('switch', { name: 'Email notifications' })).toHaveProperty(
        'checked',
        true,
      ),
    );
  });

  it('words the resend notice again, its date too, when the language changes while it shows', async () => {
    render(
      <MockedProvider
        mocks={[
          list,
          {
            request: { query: ResendPartnerInvitationMutation, variables: { input: { id: 'i1' } } },
            result: {
              data: {
                resendPartnerInvitation: {
                  __typename: 'PartnerInvitationPayload',
                  invitation: { ...invitation, version: 2 },
                },
              },
            },
          },
        ]}
      >
        <MemoryRouter>
          <PartnerClientsPage NewClientDialog={() => null} />
        </MemoryRouter>
      </MockedProvider>,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Resend invitation: Clinique Roy' }));

    const notice = await screen.findByRole('alert');
    const english = formatDate(invitation.expiresAt, 'en');
    expect(notice.textContent).toBe(
      `Invitation to Clinique Roy sent again: new link, new expiry (${english}).`,
    );
    await act(() => i18n.changeLanguage('fr'));
    const french = formatDate(invitation.expiresAt, 'fr');
    expect(french).not.toBe(english);
    expect(screen.getByRole('alert').textContent).toBe(
      `Invitation à Clinique Roy renvoyée\u00a0: nouveau lien, nouvelle échéance (${french}).`,
    );
  });
});
