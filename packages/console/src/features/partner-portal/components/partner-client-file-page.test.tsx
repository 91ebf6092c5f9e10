import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { PartnerClientDetailsQuery, PartnerClientFileQuery } from '../api/partner-client-file-query';
import { PartnerClientFilePage } from './partner-client-file-page';

const card = {
  request: { query: PartnerClientFileQuery, variables: { id: 'k1' } },
  result: {
    data: {
      client: {
        __typename: 'Client',
        id: 'k1',
        name: 'Quincaillerie Mont-Tremblant',
        city: 'Mont-Tremblant',
        partnerInvitation: { __typename: 'PartnerInvitation', id: 'i1', status: 'ACCEPTED' },
      },
    },
  },
};

const details = {
  request: { query: PartnerClientDetailsQuery, variables: { id: 'k1' } },
  result: {
    data: {
      client: {
        __typename: 'Client',
        id: 'k1',
        code: 'C-000021',
        name: 'Quincaillerie Mont-Tremblant',
        legalName: null,
        status: 'ACTIVE',
        // The API spells its languages FR / EN; the shared labels are keyed fr / en.
        language: 'FR',
        website: null,
        email: null,
        phone: null,
        mobile: null,
        billingAddress: {
          __typename: 'Address',
          line1: '1200, rue de Saint-Jovite',
          line2: null,
          city: 'Mont-Tremblant',
          region: 'QC',
          postalCode: 'J8E 3J9',
          country: 'CA',
        },
        identityProvider: 'CLIENTELE',
        notificationsEnabled: false,
        plan: { __typename: 'ServicePlan', id: 'p1', name: 'Gestion complète' },
        contacts: [],
        notes: [],
      },
    },
  },
};

describe('PartnerClientFilePage', () => {
  it('names the client’s language in words once the invitation is accepted', async () => {
    render(
      <MockedProvider mocks={[card, details]}>
        <MemoryRouter>
          <PartnerClientFilePage id="k1" />
        </MemoryRouter>
      </MockedProvider>,
    );

    const identity = await screen.findByRole('region', { name: 'Identity' });
    expect(within(identity).getByText('Active')).toBeTruthy();
    expect(within(identity).getByText('French')).toBeTruthy();
  });
});
