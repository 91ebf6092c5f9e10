import { useMutation } from '@apollo/client/react';
import { graphql } from '@/gql';

export const DeleteSavedViewMutation = graphql(`
  mutation DeleteSavedView($input: DeleteSavedViewInput!) {
    deleteSavedView(input: $input) {
      savedView {
        id
      }
    }
  }
`);

/** Deletes a saved view and drops it from the cache, so every menu forgets it at once. */
export function useDeleteSavedViewMutation() {
  return useMutation(DeleteSavedViewMutation, {
    update(cache, { data }) {
      const id = data?.deleteSavedView.savedView.id;
      if (id) {
        cache.evict({ id: cache.identify({ __typename: 'SavedView', id }) });
        cache.gc();
      }
    },
  });
}
