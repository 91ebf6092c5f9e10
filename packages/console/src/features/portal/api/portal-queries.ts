import { useMutation, useQuery } from '@apollo/client/react';
import { graphql } from '@/gql';
import { readsWholeFiles } from '@/lib/whole-file';

export const PortalClientFields = graphql(`
  fragment PortalClientFields on Client {
    id
    code
    name
    legalName
    kind
    status
    language
    currency
    website
    email
    phone
    mobile
    billingAddress {
      line1
      line2
      city
      region
      postalCode
      country
    }
    shippingAddress {
      line1
      line2
      city
      region
      postalCode
      country
    }
    businessNumbers {
      scheme
      value
    }
    myAccessRole
    version
    updatedAt
    partner {
      id
      name
    }
    partnerInvitation {
      id
      status
      sentAt
      expiresAt
      respondedAt
      adminContactId
      version
    }
    contactCount
    contacts {
      id
      title
      department
      type
      isPrimary
      contact {
        id
        firstName
        lastName
        email
        phone
        mobile
      }
    }
  }
`);

export const PortalClientsQuery = readsWholeFiles(
  graphql(`
    query PortalClients {
      portalClients {
        ...PortalClientFields
      }
    }
  `),
);

/** The companies the signed-in contact may see from where they are (usually one). */
export function usePortalClientsQuery() {
  return useQuery(PortalClientsQuery, { fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' });
}

export const RespondToPartnerInvitationMutation = graphql(`
  mutation RespondToPartnerInvitation($input: RespondToPartnerInvitationInput!) {
    respondToPartnerInvitation(input: $input) {
      invitation {
        id
        status
        respondedAt
        version
      }
    }
  }
`);

export const useRespondToPartnerInvitationMutation = () =>
  useMutation(RespondToPartnerInvitationMutation, {
    // The partner's place in the file changes with the answer: read the companies again.
    refetchQueries: [{ query: PortalClientsQuery }],
    awaitRefetchQueries: true,
  });

export const UpdateMyCompanyMutation = readsWholeFiles(
  graphql(`
    mutation UpdateMyCompany($input: UpdateMyCompanyInput!) {
      updateMyCompany(input: $input) {
        client {
          ...PortalClientFields
        }
      }
    }
  `),
);

export const useUpdateMyCompanyMutation = () => useMutation(UpdateMyCompanyMutation);
