import { useMutation } from '@apollo/client/react';
import { graphql } from '@/gql';
import { ClientNotesQuery } from './notes-query';

export const CreateNoteMutation = graphql(`
  mutation CreateNote($input: CreateNoteInput!) {
    createNote(input: $input) {
      note {
        ...NoteFields
      }
    }
  }
`);

/** Adds a note; the client's notes are read again, in the server's order and count. */
export function useCreateNoteMutation(clientId: string) {
  return useMutation(CreateNoteMutation, {
    refetchQueries: [{ query: ClientNotesQuery, variables: { clientId } }],
    awaitRefetchQueries: true,
  });
}
