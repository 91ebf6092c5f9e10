import { useQuery } from '@apollo/client/react';
import { graphql } from '@/gql';
import { readsWholeFiles } from '@/lib/whole-file';

export const ContactLinkFields = graphql(`
  fragment ContactLinkFields on ClientContact {
    id
    clientId
    contactId
    isPrimary
    title
    department
    type
    linkedAt
    contact {
      id
      firstName
      lastName
      email
      phone
      mobile
      language
      version
    }
  }
`);

export const ClientContactsQuery = readsWholeFiles(
  graphql(`
    query ClientContacts($clientId: ID!) {
      client(id: $clientId) {
        id
        deletedAt
        domains
        contactCount
        billingAddress {
          country
        }
        contacts {
          ...ContactLinkFields
        }
      }
    }
  `),
);

export function useClientContactsQuery(clientId: string) {
  return useQuery(ClientContactsQuery, {
    variables: { clientId },
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });
}

/** What every change to a link answers: the client with its contacts as they now are. */
export const ContactLinkPayloadFields = graphql(`
  fragment ContactLinkPayloadFields on ContactLinkPayload {
    client {
      id
      contactCount
      contacts {
        ...ContactLinkFields
      }
    }
    link {
      ...ContactLinkFields
    }
  }
`);
