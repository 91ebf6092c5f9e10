import { useMutation } from '@apollo/client/react';
import { graphql } from '@/gql';

export const DeleteNoteMutation = graphql(`
  mutation DeleteNote($input: DeleteNoteInput!) {
    deleteNote(input: $input) {
      note {
        id
        clientId
      }
    }
  }
`);

/** Deletes one's own note; it leaves the cache, and its client counts one note fewer. */
export function useDeleteNoteMutation() {
  return useMutation(DeleteNoteMutation, {
    update(cache, { data }) {
      const note = data?.deleteNote.note;
      if (!note) return;
      cache.modify({
        id: cache.identify({ __typename: 'Client', id: note.clientId }),
        fields: {
          noteCount: (count: number) => Math.max(0, count - 1),
        },
      });
      cache.evict({ id: cache.identify({ __typename: 'Note', id: note.id }) });
      cache.gc();
    },
  });
}
