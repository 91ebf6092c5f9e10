import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { ActivityNamesQuery } from '@/lib/activity-names';
import { pendingChanges } from './conflict-changes';
import { ConflictChangesQuery } from './conflict-changes-query';
import { ConflictDialog } from './conflict-dialog';

type Mocks = React.ComponentProps<typeof MockedProvider>['mocks'];

const CLIENT = 'c0ffee00-0000-4000-8000-000000000001';
const OWNER = '7f6785c8-1f2f-48a9-8e50-a7f228e345ce';

const entry = (
  id: string,
  actorName: string,
  changes: { field: string; before: string | null; after: string | null }[],
) => ({
  __typename: 'ActivityEdge',
  node: {
    __typename: 'Activity',
    id,
    action: 'UPDATED',
    actorName,
    at: '2026-03-02T14:00:00.000Z',
    clientVersion: 7,
    changes: changes.map((change) => ({ __typename: 'FieldChange', ...change })),
  },
});

const LOG: Mocks = [
  {
    request: { query: ConflictChangesQuery, variables: { clientId: CLIENT, since: 5 } },
    result: {
      data: {
        client: {
          __typename: 'Client',
          id: CLIENT,
          activity: {
            __typename: 'ActivityConnection',
            edges: [
              // Newest first: Marc's phone is the one on file now.
              entry('a2', 'Marc Gagnon', [
                { field: 'phone', before: '+15145550100', after: '+15145550111' },
                { field: 'crm.accountOwnerId', before: null, after: OWNER },
              ]),
              entry('a1', 'Sophie Tremblay', [
                { field: 'phone', before: null, after: '+15145550100' },
                { field: 'billingAddress.city', before: 'Montréal', after: null },
              ]),
            ],
          },
        },
      },
    },
  },
  {
    request: { query: ActivityNamesQuery, variables: { clientId: CLIENT } },
    result: {
      data: {
        industries: [],
        accountGroups: [],
        servicePlans: [],
        branches: [],
        users: [{ __typename: 'User', id: OWNER, displayName: 'Marc Gagnon' }],
        client: {
          __typename: 'Client',
          id: CLIENT,
          partner: null,
          parent: null,
          billTo: null,
          crm: { __typename: 'ClientCrm', accountOwner: null, salespeople: [] },
        },
      },
    },
  },
];

function renderDialog(mocks: Mocks, props: Partial<React.ComponentProps<typeof ConflictDialog>> = {}) {
  const onReloadTheirs = jest.fn();
  const onReapplyMine = jest.fn();
  render(
    <MockedProvider mocks={mocks}>
      <ConflictDialog
        conflict={{
          currentVersion: 7,
          yourVersion: 5,
          changedFields: ['phone', 'billingAddress.city', 'domains.0', 'domains.1', 'crm.accountOwnerId'],
        }}
        busy={false}
        onReloadTheirs={onReloadTheirs}
        onReapplyMine={onReapplyMine}
        {...props}
      />
    </MockedProvider>,
  );
  const dialog = screen.getByRole('dialog', { name: 'Someone else saved this client meanwhile' });
  const changed = within(dialog).getByRole('list', { name: 'Changed by someone else' });
  return { dialog, changed, onReloadTheirs, onReapplyMine };
}

const texts = (list: HTMLElement) =>
  within(list)
    .getAllByRole('listitem')
    .map((item) => item.textContent);

describe('ConflictDialog', () => {
  it('names the fields someone else changed, once each, and offers both ways out', () => {
    const { dialog, changed, onReloadTheirs, onReapplyMine } = renderDialog([]);
    expect(texts(changed)).toEqual(['Phone', 'Billing address — City', 'Email domains', 'Account owner']);

    fireEvent.click(within(dialog).getByRole('button', { name: 'Reapply mine' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Reload theirs' }));
    expect(onReapplyMine).toHaveBeenCalledTimes(1);
    expect(onReloadTheirs).toHaveBeenCalledTimes(1);
  });

  it('shows what they saved, as the file shows it, and what was typed here when both changed a field', async () => {
    const pending = pendingChanges(
      ['phone', 'billingAddress.city'],
      { phone: '+1 514 555 0100', billingAddress: { city: 'Montréal' } },
      { phone: '+1 418 555 0199', billingAddress: { city: 'Montréal' } },
    );
    const { changed } = renderDialog(LOG, { clientId: CLIENT, pending });

    expect(await within(changed).findByText('+1 514 555 0111')).toBeTruthy();
    expect(texts(changed)).toEqual([
      'PhoneSaved by Marc Gagnon: +1 514 555 0111Yours, not saved yet: +1 418 555 0199',
      'Billing address — CitySaved by Sophie Tremblay: (empty)',
      'Email domains',
      'Account ownerSaved by Marc Gagnon: Marc Gagnon',
    ]);
  });
});
