import { useQuery } from '@apollo/client/react';
import { graphql } from '@/gql';
import { readsWholeFiles } from '@/lib/whole-file';

export const NoteFields = graphql(`
  fragment NoteFields on Note {
    id
    clientId
    body
    pinned
    visibility
    authorId
    authorName
    authorType
    createdAt
    editedAt
    version
  }
`);

export const ClientNotesQuery = readsWholeFiles(
  graphql(`
    query ClientNotes($clientId: ID!) {
      client(id: $clientId) {
        id
        deletedAt
        noteCount
        notes {
          ...NoteFields
        }
      }
    }
  `),
);

export function useClientNotesQuery(clientId: string) {
  return useQuery(ClientNotesQuery, {
    variables: { clientId },
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });
}
