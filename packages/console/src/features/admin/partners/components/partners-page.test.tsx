import { MockedProvider } from '@apollo/client/testing/react';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { i18n } from '@/lib/i18n';
import {
  AdminPartnersQuery,
  DeactivatePartnerUserMutation,
  ReactivatePartnerUserMutation,
  UpdatePartnerMutation,
} from '../api/partners-query';
import { PartnersPage } from './partners-page';

const user = (deactivatedAt: string | null, version: number) => ({
  __typename: 'PartnerUser' as const,
  id: 'u1',
  email: 'julie@msp.test',
  displayName: 'Julie Roy',
  lastSignInAt: null,
  deactivatedAt,
  version,
});

const partners = {
  request: { query: AdminPartnersQuery },
  result: {
    data: {
      partners: [
        {
          __typename: 'Partner',
          id: 'p1',
          name: 'MSP Laurentides',
          certifications: [],
          createdAt: '2026-11-01T10:00:00.000Z',
          version: 1,
          users: [user(null, 3)],
        },
      ],
    },
  },
};

afterEach(async () => {
  await act(() => i18n.changeLanguage('en'));
});

describe('PartnersPage', () => {
  it('deactivates a partner user after asking, with the version read, then offers to reactivate them', async () => {
    const sent: unknown[] = [];
    render(
      <MockedProvider
        mocks={[
          partners,
          {
            request: { query: DeactivatePartnerUserMutation, variables: { input: { id: 'u1', version: 3 } } },
            result: () => {
              sent.push('deactivate');
              return {
                data: {
                  deactivatePartnerUser: {
                    __typename: 'PartnerUserPayload',
                    partnerUser: {
                      __typename: 'PartnerUser',
                      id: 'u1',
                      deactivatedAt: '2026-11-30T10:00:00.000Z',
                      version: 4,
                    },
                  },
                },
              };
            },
          },
          {
            request: { query: ReactivatePartnerUserMutation, variables: { input: { id: 'u1', version: 4 } } },
            result: () => {
              sent.push('reactivate');
              return {
                data: {
                  reactivatePartnerUser: {
                    __typename: 'PartnerUserPayload',
                    partnerUser: { __typename: 'PartnerUser', id: 'u1', deactivatedAt: null, version: 5 },
                  },
                },
              };
            },
          },
        ]}
      >
        <PartnersPage />
      </MockedProvider>,
    );

    fireEvent.click(await screen.findByRole('button', { name: 'Deactivate Julie Roy' }));
    const confirm = await screen.findByRole('dialog', { name: 'Deactivate Julie Roy?' });
    // Nothing is sent before the administrator confirms.
    expect(sent).toEqual([]);
    fireEvent.click(within(confirm).getByRole('button', { name: 'Deactivate' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await screen.findByText('Julie Roy is deactivated.')).toBeTruthy();
    expect(screen.getByText('Deactivated')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Reactivate Julie Roy' }));

    expect(await screen.findByText('Julie Roy can sign in again.')).toBeTruthy();
    expect(await screen.findByRole('button', { name: 'Deactivate Julie Roy' })).toBeTruthy();
    expect(screen.queryByText('Deactivated')).toBeNull();
    expect(sent).toEqual(['deactivate', 'reactivate']);
  });

  it('says so when someone changed the user meanwhile, and reads the list again', async () => {
    let reads = 0;
    render(
      <MockedProvider
        mocks={[
          {
            ...partners,
            maxUsageCount: 2,
            result: () => {
              reads += 1;
              return partners.result;
            },
          },
          {
            request: { query: DeactivatePartnerUserMutation, variables: { input: { id: 'u1', version: 3 } } },
            result: {
              errors: [
                { message: 'Conflict', extensions: { code: 'CONFLICT', currentVersion: 4, yourVersion: 3 } },
              ],
            } as never,
          },
        ]}
      >
        <PartnersPage />
      </MockedProvider>,
    );

    fireEvent.click(await screen.findByRole('button', { name: 'Deactivate Julie Roy' }));
    const confirm = await screen.findByRole('dialog', { name: 'Deactivate Julie Roy?' });
    fireEvent.click(within(confirm).getByRole('button', { name: 'Deactivate' }));

    expect(await screen.findByText(/Someone else changed this meanwhile/)).toBeTruthy();
    await waitFor(() => expect(reads).toBe(2));
  });

  it('words the notice a dialog reports again when the language changes while it shows', async () => {
    render(
      <MockedProvider
        mocks={[
          partners,
          {
            request: {
              query: UpdatePartnerMutation,
              variables: { input: { id: 'p1', version: 1, name: 'MSP Laurentides', certifications: [] } },
            },
            result: {
              data: {
                updatePartner: {
                  __typename: 'PartnerPayload',
                  partner: {
                    __typename: 'Partner',
                    id: 'p1',
                    name: 'MSP Laurentides',
                    certifications: [],
                    version: 2,
                  },
                },
              },
            },
          },
        ]}
      >
        <PartnersPage />
      </MockedProvider>,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Edit MSP Laurentides' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect((await screen.findByRole('alert')).textContent).toBe('MSP Laurentides is saved.');
    await act(() => i18n.changeLanguage('fr'));
    expect(screen.getByRole('alert').textContent).toBe('MSP Laurentides est enregistré.');
  });
});
