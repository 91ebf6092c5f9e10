import { useMutation } from '@apollo/client/react';
import { graphql } from '@/gql';

export const UpdateNoteMutation = graphql(`
  mutation UpdateNote($input: UpdateNoteInput!) {
    updateNote(input: $input) {
      note {
        ...NoteFields
      }
    }
  }
`);

/** Edits one's own note; the cache updates the note by its id. */
export function useUpdateNoteMutation() {
  return useMutation(UpdateNoteMutation);
}
