import { useQuery } from '@apollo/client/react';
import { graphql } from '@/gql';
import { readsWholeFiles } from '@/lib/whole-file';

/** Everything the Info tab shows and edits; the update returns the same, so the cache needs nothing else. */
export const ClientInfoFields = graphql(`
  fragment ClientInfoFields on Client {
    id
    version
    code
    name
    kind
    firstName
    lastName
    legalName
    lifecycle
    status
    regard
    language
    currency
    timeZone
    website
    email
    phone
    mobile
    fax
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
    domains
    tags
    businessNumbers {
      scheme
      value
    }
    clientReference
    description
    notificationsEnabled
    registeredAt
    registrationIp
    verifiedPhone
    parentId
    parent {
      id
      code
      name
    }
    billToId
    billTo {
      id
      code
      name
    }
    accountGroups {
      id
      name
      archived
    }
    identityProvider
    planId
    plan {
      id
      code
      name
      archived
    }
    partnerId
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
    }
    createdAt
    updatedAt
    deletedAt
  }
`);

export const ClientInfoQuery = readsWholeFiles(
  graphql(`
    query ClientInfo($id: ID!) {
      client(id: $id) {
        ...ClientInfoFields
      }
    }
  `),
);

export function useClientInfoQuery(id: string) {
  return useQuery(ClientInfoQuery, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });
}
