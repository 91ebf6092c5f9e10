import { useQuery } from '@apollo/client/react';
import { graphql } from '@/gql';

/**
 * A client's file as its partner may read it once the invitation is
 * accepted: who the client is and how to reach it, its service, contacts,
 * and the notes shared with the partner — never our regard or history.
 */
export const PartnerClientFileQuery = graphql(`
  query PartnerClientFile($id: ID!) {
    client(id: $id) {
      id
      name
      city
      partnerInvitation {
        id
        status
      }
    }
  }
`);

export const PartnerClientDetailsQuery = graphql(`
  query PartnerClientDetails($id: ID!) {
    client(id: $id) {
      id
      code
      name
      legalName
      status
      language
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
      identityProvider
      notificationsEnabled
      plan {
        id
        name
      }
      contacts {
        id
        title
        type
        isPrimary
        contact {
          id
          firstName
          lastName
          email
          phone
        }
      }
      notes {
        id
        body
        authorName
        createdAt
        pinned
      }
    }
  }
`);

/** The card first (always readable); the details only once the invitation is accepted. */
export function usePartnerClientFile(id: string) {
  const card = useQuery(PartnerClientFileQuery, { variables: { id } });
  const accepted = card.data?.client?.partnerInvitation?.status === 'ACCEPTED';
  const details = useQuery(PartnerClientDetailsQuery, { variables: { id }, skip: !accepted });
  return { card, details, accepted };
}
