import { useMutation } from '@apollo/client/react';
import { graphql } from '@/gql';
import { SavedViewsQuery } from './saved-views-query';

export const UpdateSavedViewMutation = graphql(`
  mutation UpdateSavedView($input: UpdateSavedViewInput!) {
    updateSavedView(input: $input) {
      savedView {
        ...SavedViewFields
      }
    }
  }
`);

/** Renames a saved view, or gives it the current view; the menu is read again (a name changes its place). */
export const useUpdateSavedViewMutation = () =>
  useMutation(UpdateSavedViewMutation, { refetchQueries: [SavedViewsQuery], awaitRefetchQueries: true });
