import { MockedProvider } from '@apollo/client/testing/react';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { Wording } from '@/components/use-notice';
import { i18n } from '@/lib/i18n';
import { MySessionsQuery, RevokeOtherSessionsMutation, RevokeSessionMutation } from '../api/account';
import { MeQuery } from '@/features/auth/api/me-query';
import { AccountPage } from './account-page';
import { SessionsSection } from './sessions-section';

const session = (id: string, kind: 'COOKIE' | 'BEARER', current: boolean, userAgent: string | null) => ({
  __typename: 'Session' as const,
  id,
  kind,
  current,
  userAgent,
  ip: '203.0.113.7',
  createdAt: '2026-11-20T10:00:00.000Z',
  lastSeenAt: '2026-11-23T10:00:00.000Z',
  expiresAt: '2026-12-20T10:00:00.000Z',
});

const app = session('s1', 'BEARER', false, 'Clientele-Mobile/2.1 (Android 15)');
const here = session(
  's2',
  'COOKIE',
  true,
  'Mozilla/5.0 (X11; Linux x86_64; rv:132.0) Gecko/20100101 Firefox/132.0',
);

/** A contact signed in as themselves (no staff profile, nobody acting). */
const contactMe = {
  __typename: 'Viewer' as const,
  sessionId: 's2',
  user: null,
  portalAccount: {
    __typename: 'PortalAccount' as const,
    id: 'pa-1',
    email: 'lucie@client.test',
    userCode: 'LBERUBE',
    contactId: 'c-1',
  },
  contact: {
    __typename: 'Contact' as const,
    id: 'c-1',
    firstName: 'Lucie',
    lastName: 'Bérubé',
    language: 'fr',
  },
  actingFor: null,
  partnerUser: null,
  partner: null,
};

afterEach(async () => {
  await act(() => i18n.changeLanguage('en'));
});

describe('SessionsSection', () => {
  it('shows this session first, and signs out every other one after asking', async () => {
    const onNotice = jest.fn<void, [Wording<['account', 'common']>]>();
    render(
      <MockedProvider
        mocks={[
          { request: { query: MySessionsQuery }, result: { data: { mySessions: [app, here] } } },
          {
            request: { query: RevokeOtherSessionsMutation },
            result: {
              data: {
                revokeOtherSessions: { __typename: 'RevokeOtherSessionsPayload', revokedCount: 1 },
              },
            },
          },
          { request: { query: MySessionsQuery }, result: { data: { mySessions: [here] } } },
        ]}
      >
        <SessionsSection onNotice={onNotice} />
      </MockedProvider>,
    );
    const cards = await screen.findAllByRole('article');
    expect(cards.map((card) => card.getAttribute('aria-label'))).toEqual([
      'Firefox on Linux',
      'An app on Android',
    ]);
    expect(within(cards[0]!).getByText('This session')).toBeTruthy();
    // This session has no sign-out of its own: the account menu signs out.
    expect(within(cards[0]!).queryByRole('button')).toBeNull();
    expect(within(cards[1]!).getByRole('button', { name: 'Sign out An app on Android' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Sign out everywhere else' }));
    const dialog = await screen.findByRole('dialog', { name: 'Sign out the other session?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Sign out everywhere else' }));
    // The section hands up how to word its notice; the page words it with its own texts.
    await waitFor(() => expect(onNotice).toHaveBeenCalledTimes(1));
    const [wording] = onNotice.mock.calls[0]!;
    expect(wording(i18n.getFixedT('en', ['account', 'common']))).toBe('One other session is signed out.');
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(1));
  });

  it('shows an administrator acting as a contact none of the contact’s sessions', async () => {
    const me = {
      __typename: 'Viewer' as const,
      sessionId: 's9',
      user: null,
      portalAccount: {
        __typename: 'PortalAccount' as const,
        id: 'pa-1',
        email: 'lucie@acting.test',
        userCode: 'LBERUBE',
        contactId: 'c-1',
      },
      contact: {
        __typename: 'Contact' as const,
        id: 'c-1',
        firstName: 'Lucie',
        lastName: 'Bérubé',
        language: 'fr',
      },
      actingFor: { __typename: 'User' as const, id: 'u-1', displayName: 'Admin Démo' },
      partnerUser: null,
      partner: null,
    };
    // No answer for MySessions is given: asking for it would fail the test with an unmatched query.
    render(
      <MockedProvider mocks={[{ request: { query: MeQuery }, result: { data: { me } } }]}>
        <AccountPage />
      </MockedProvider>,
    );
    expect(await screen.findByText(/as its contact sees it/)).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Where you are signed in' })).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('words the notice of an ended session again, the session’s name too, when the language changes', async () => {
    render(
      <MockedProvider
        mocks={[
          { request: { query: MeQuery }, result: { data: { me: contactMe } } },
          { request: { query: MySessionsQuery }, result: { data: { mySessions: [app, here] } } },
          {
            request: { query: RevokeSessionMutation, variables: { id: 's1' } },
            result: { data: { revokeSession: { __typename: 'RevokeSessionPayload', sessionId: 's1' } } },
          },
          { request: { query: MySessionsQuery }, result: { data: { mySessions: [here] } } },
        ]}
      >
        <AccountPage />
      </MockedProvider>,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Sign out An app on Android' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Sign out' }));

    const notice = await screen.findByRole('alert');
    expect(notice.textContent).toBe('Signed out: An app on Android.');
    await act(() => i18n.changeLanguage('fr'));
    // A no-break space before the colon, as French is written.
    expect(screen.getByRole('alert').textContent).toBe('Session fermée\u00a0: Une application sur Android.');
  });
});
