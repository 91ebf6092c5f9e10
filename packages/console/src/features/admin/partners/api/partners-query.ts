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
        deactivatedAt
        version
      }
    }
  }
`);

export const CreatePartnerMutation = graphql(`
  mutation CreatePartner($input: CreatePartnerInput!) {
    createPartner(input: $input) {
      partner {
        id
        name
        certifications
        version
      }
    }
  }
`);

export const UpdatePartnerMutation = graphql(`
  mutation UpdatePartner($input: UpdatePartnerInput!) {
    updatePartner(input: $input) {
      partner {
        id
        name
        certifications
        version
      }
    }
  }
`);

export const CreatePartnerUserMutation = graphql(`
  mutation CreatePartnerUser($input: CreatePartnerUserInput!) {
    createPartnerUser(input: $input) {
      partnerUser {
        id
        email
        displayName
      }
    }
  }
`);

/** The answers carry the user's new state and version: the cache updates the list from them. */
export const DeactivatePartnerUserMutation = graphql(`
  mutation DeactivatePartnerUser($input: PartnerUserRefInput!) {
    deactivatePartnerUser(input: $input) {
      partnerUser {
        id
        deactivatedAt
        version
      }
    }
  }
`);

export const ReactivatePartnerUserMutation = graphql(`
  mutation ReactivatePartnerUser($input: PartnerUserRefInput!) {
    reactivatePartnerUser(input: $input) {
      partnerUser {
        id
        deactivatedAt
        version
      }
    }
  }
`);

const refetch = { refetchQueries: [{ query: AdminPartnersQuery }], awaitRefetchQueries: true };

export const useAdminPartnersQuery = () => useQuery(AdminPartnersQuery, { fetchPolicy: 'cache-and-network' });
export const useCreatePartnerMutation = () => useMutation(CreatePartnerMutation, refetch);
export const useUpdatePartnerMutation = () => useMutation(UpdatePartnerMutation);
export const useCreatePartnerUserMutation = () => useMutation(CreatePartnerUserMutation, refetch);
export const useDeactivatePartnerUserMutation = () => useMutation(DeactivatePartnerUserMutation);
export const useReactivatePartnerUserMutation = () => useMutation(ReactivatePartnerUserMutation);
