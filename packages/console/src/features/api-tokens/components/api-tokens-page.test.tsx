import { MockedProvider } from '@apollo/client/testing/react';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { i18n } from '@/lib/i18n';
import { ApiTokensQuery, RevokeApiTokenMutation } from '../api/api-tokens';
import { ApiTokensPage } from './api-tokens-page';

const token = {
  __typename: 'ApiToken',
  id: 't1',
  name: 'Tableau de bord',
  ownerName: 'Julie Lavoie',
  ownerPartnerName: 'Informatique Laurentides',
  prefix: 'ct_ab12',
  scope: 'READ',
  createdAt: '2026-11-20T10:00:00.000Z',
  lastUsedAt: null,
  revokedAt: null,
} as const;

const revoked = {
  request: { query: RevokeApiTokenMutation, variables: { input: { id: 't1' } } },
  result: {
    data: {
      revokeApiToken: {
        __typename: 'ApiTokenPayload',
        apiToken: { __typename: 'ApiToken', id: 't1', revokedAt: '2026-11-23T10:00:00.000Z' },
      },
    },
  },
};

afterEach(async () => {
  await act(() => i18n.changeLanguage('en'));
});

describe('ApiTokensPage', () => {
  it('gives the keyboard to the token’s card once it is revoked (the button pressed is gone)', async () => {
    render(
      <MockedProvider
        mocks={[{ request: { query: ApiTokensQuery }, result: { data: { apiTokens: [token] } } }, revoked]}
      >
        <ApiTokensPage audience="partner" documentTitle="API tokens" />
      </MockedProvider>,
    );

    const revoke = await screen.findByRole('button', { name: 'Revoke Tableau de bord' });
    revoke.focus();
    fireEvent.click(revoke);
    const confirm = await screen.findByRole('dialog', { name: /Tableau de bord/ });
    fireEvent.click(within(confirm).getByRole('button', { name: 'Revoke' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const card = screen.getByRole('article', { name: 'Tableau de bord' });
    expect(within(card).queryByRole('button', { name: /Revoke/ })).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(card));
  });

  it('tells an administrator whose each token is, and a partner user nothing of the sort', async () => {
    const mocks = [{ request: { query: ApiTokensQuery }, result: { data: { apiTokens: [token] } } }];
    const staff = render(
      <MockedProvider mocks={mocks}>
        <ApiTokensPage audience="staff" documentTitle="API tokens" />
      </MockedProvider>,
    );
    expect(await screen.findByText('Julie Lavoie, Informatique Laurentides')).toBeTruthy();
    staff.unmount();

    render(
      <MockedProvider mocks={mocks}>
        <ApiTokensPage audience="partner" documentTitle="API tokens" />
      </MockedProvider>,
    );
    await screen.findByRole('article', { name: 'Tableau de bord' });
    expect(screen.queryByText('Owner')).toBeNull();
  });

  it('words the notice of a revoked token again when the language changes while it shows', async () => {
    render(
      <MockedProvider
        mocks={[{ request: { query: ApiTokensQuery }, result: { data: { apiTokens: [token] } } }, revoked]}
      >
        <ApiTokensPage audience="partner" documentTitle="API tokens" />
      </MockedProvider>,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Revoke Tableau de bord' }));
    const confirm = await screen.findByRole('dialog', { name: /Tableau de bord/ });
    fireEvent.click(within(confirm).getByRole('button', { name: 'Revoke' }));

    const notice = await screen.findByRole('alert');
    expect(notice.textContent).toBe('Token “Tableau de bord” revoked.');
    await act(() => i18n.changeLanguage('fr'));
    // French guillemets hold their words with no-break spaces.
    expect(screen.getByRole('alert').textContent).toBe('Jeton «\u00a0Tableau de bord\u00a0» révoqué.');
  });
});
