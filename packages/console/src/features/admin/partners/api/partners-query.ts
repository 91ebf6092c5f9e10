import { useMutation, useQuery } from '@apollo/client/react';
import { graphql } from '@/gql';

export const AdminPartnersQuery = graphql(`
  query AdminPartners {
    partners {
      id
      name
      certifications
      createdAt
      version
      users {
        id
        email
        displayName
        lastSignInAt
      }
    }
  }
`);

export const CreatePartnerMutation = graphql(`
  mutation CreatePartner($input: CreatePartnerInput!) {
    createPartner(input: $input) {
      id
      name
      certifications
      version
    }
  }
`);

export const UpdatePartnerMutation = graphql(`
  mutation UpdatePartner($input: UpdatePartnerInput!) {
    updatePartner(input: $input) {
      id
      name
      certifications
      version
    }
  }
`);

export const CreatePartnerUserMutation = graphql(`
  mutation CreatePartnerUser($input: CreatePartnerUserInput!) {
    createPartnerUser(input: $input) {
      id
      email
      displayName
    }
  }
`);

const refetch = { refetchQueries: [{ query: AdminPartnersQuery }], awaitRefetchQueries: true };

export const useAdminPartnersQuery = () => useQuery(AdminPartnersQuery, { fetchPolicy: 'cache-and-network' });
export const useCreatePartnerMutation = () => useMutation(CreatePartnerMutation, refetch);
export const useUpdatePartnerMutation = () => useMutation(UpdatePartnerMutation);
export const useCreatePartnerUserMutation = () => useMutation(CreatePartnerUserMutation, refetch);
