import { MockedProvider } from '@apollo/client/testing/react';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { i18n } from '@/lib/i18n';
import { ViewerProvider } from '@/lib/viewer';
import { ClientsQuery } from '../api/clients-query';
import { DeleteClientsMutation } from '../api/delete-clients-mutation';
import { ListFilterOptionsQuery } from '../api/list-filter-options-query';
import { SavedViewsQuery } from '../api/saved-views-query';
import { ClientsListPage } from './clients-list-page';

type Mocks = NonNullable<React.ComponentProps<typeof MockedProvider>['mocks']>;

const node = {
  __typename: 'Client',
  id: 'c-1',
  code: 'C-000001',
  name: 'Fromagerie Boivin',
  kind: 'COMPANY',
  status: 'SUSPENDED',
  lifecycle: 'CUSTOMER',
  email: null,
  phone: null,
  tags: ['vip'],
  createdAt: '2026-11-01T12:00:00.000Z',
  updatedAt: '2026-11-02T12:00:00.000Z',
  deletedAt: null,
  deletedBy: null,
  purgeAt: null,
  billingAddress: { __typename: 'Address', city: 'Québec', country: 'CA' },
  crm: { __typename: 'ClientCrm', tier: null, health: null, renewalDate: null, accountOwner: null },
};

const mocks = (filter: Record<string, unknown>): Mocks => [
  {
    request: {
      query: ClientsQuery,
      // The view asked for, or any other once the test changes it (cleared filters).
      variables: (variables: Record<string, unknown>) =>
        JSON.stringify(variables.filter ?? null) === JSON.stringify(filter) || variables.filter === undefined,
    },
    result: {
      data: {
        clients: {
          __typename: 'ClientConnection',
          totalCount: 1,
          pageInfo: { __typename: 'PageInfo', endCursor: 'x', hasNextPage: false },
          edges: [{ __typename: 'ClientEdge', node }],
        },
      },
    },
    maxUsageCount: 5,
  },
  {
    request: { query: ListFilterOptionsQuery },
    result: {
      data: {
        users: [{ __typename: 'User', id: 'u-1', displayName: 'Sophie Tremblay' }],
        accountGroups: [],
        industries: [],
      },
    },
    maxUsageCount: 5,
  },
  { request: { query: SavedViewsQuery }, result: { data: { savedViews: [] } }, maxUsageCount: 5 },
];

function Where() {
  const location = useLocation();
  return <output aria-label="url">{location.search}</output>;
}

function renderPage(role: string, url: string, filter: Record<string, unknown>, more: Mocks = []) {
  render(
    <MockedProvider mocks={[...mocks(filter), ...more]}>
      <ViewerProvider viewer={{ id: 'u-1', email: 'x@y.z', displayName: 'X', role, locale: 'en' }}>
        <MemoryRouter initialEntries={[url]}>
          <Routes>
            <Route
              path="/clients"
              element={
                <>
                  <ClientsListPage />
                  <Where />
                </>
              }
            />
          </Routes>
        </MemoryRouter>
      </ViewerProvider>
    </MockedProvider>,
  );
}

afterEach(async () => {
  await act(() => i18n.changeLanguage('en'));
});

describe('ClientsListPage', () => {
  it('lets staff pick rows to delete, and names each filter in a removable chip', async () => {
    renderPage('STAFF', '/clients?status=SUSPENDED&owner=u-1', {
      status: ['SUSPENDED'],
      accountOwnerId: 'u-1',
    });
    expect(await screen.findByText('Fromagerie Boivin')).toBeTruthy();
    // The pager counts what the server counted, once it has answered (not "more than…").
    await waitFor(() => expect(screen.getByText('1–1 of 1')).toBeTruthy());
    expect(screen.getAllByRole('checkbox', { name: 'Select row' })).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'New client' })).toBeTruthy();
    const chips = screen.getByRole('list', { name: 'Active filters' });
    await waitFor(() => expect(within(chips).getByText('Account owner: Sophie Tremblay')).toBeTruthy());
    expect(within(chips).getByText('Status: Suspended')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Filters (2)' })).toBeTruthy();

    fireEvent.click(within(chips).getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(screen.getByRole('status', { name: 'url' }).textContent).toBe(''));
  });

  it('opens a page reached by a link in one query, by its offset, without walking the pages before it', async () => {
    const asked: Record<string, unknown>[] = [];
    render(
      <MockedProvider
        mocks={[
          {
            request: {
              query: ClientsQuery,
              variables: (variables: Record<string, unknown>) => {
                asked.push(variables);
                return true;
              },
            },
            result: {
              data: {
                clients: {
                  __typename: 'ClientConnection',
                  totalCount: 101,
                  pageInfo: { __typename: 'PageInfo', endCursor: 'x', hasNextPage: true },
                  edges: [{ __typename: 'ClientEdge', node }],
                },
              },
            },
            maxUsageCount: 5,
          },
          ...mocks({}).slice(1),
        ]}
      >
        <ViewerProvider viewer={{ id: 'u-1', email: 'x@y.z', displayName: 'X', role: 'STAFF', locale: 'en' }}>
          <MemoryRouter initialEntries={['/clients?page=4']}>
            <Routes>
              <Route path="/clients" element={<ClientsListPage />} />
            </Routes>
          </MemoryRouter>
        </ViewerProvider>
      </MockedProvider>,
    );
    expect(await screen.findByText('Fromagerie Boivin')).toBeTruthy();
    expect(asked).toEqual([expect.objectContaining({ first: 25, after: null, offset: 75 })]);
  });

  it('gives viewers the list to read, with nothing to delete, restore or create', async () => {
    renderPage('VIEWER', '/clients?view=deleted', { deleted: true });
    expect(await screen.findByText('Fromagerie Boivin')).toBeTruthy();
    expect(screen.queryByRole('checkbox', { name: 'Select row' })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Restore/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'New client' })).toBeNull();
    expect(screen.getByRole('tab', { name: 'Deleted', selected: true })).toBeTruthy();
  });

  it('words the deletion notice and its Undo again when the language changes while it shows', async () => {
    renderPage('STAFF', '/clients', {}, [
      {
        request: { query: DeleteClientsMutation, variables: { input: { ids: ['c-1'] } } },
        result: {
          data: {
            deleteClients: {
              __typename: 'DeleteClientsPayload',
              clients: [
                {
                  __typename: 'Client',
                  id: 'c-1',
                  version: 2,
                  deletedAt: '2026-11-03T12:00:00.000Z',
                  updatedAt: '2026-11-03T12:00:00.000Z',
                },
              ],
            },
          },
        },
      },
    ]);
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Select row' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Delete 1 client' }));
    const confirm = await screen.findByRole('dialog', { name: 'Delete 1 client?' });
    fireEvent.click(within(confirm).getByRole('button', { name: 'Delete 1 client' }));

    const notice = await screen.findByRole('alert');
    expect(within(notice).getByText('1 client deleted')).toBeTruthy();
    expect(within(notice).getByRole('button', { name: 'Undo' })).toBeTruthy();
    await act(() => i18n.changeLanguage('fr'));
    const inFrench = screen.getByRole('alert');
    expect(within(inFrench).getByText('1 client supprimé')).toBeTruthy();
    expect(within(inFrench).getByRole('button', { name: 'Annuler' })).toBeTruthy();
  });
});
