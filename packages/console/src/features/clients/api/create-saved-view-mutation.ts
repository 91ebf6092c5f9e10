import { useMutation } from '@apollo/client/react';
import { graphql } from '@/gql';
import { SavedViewsQuery } from './saved-views-query';

export const CreateSavedViewMutation = graphql(`
  mutation CreateSavedView($input: CreateSavedViewInput!) {
    createSavedView(input: $input) {
      savedView {
        ...SavedViewFields
      }
    }
  }
`);

/** Saves the current view under a name; the menu of views is read again, in its order. */
export const useCreateSavedViewMutation = () =>
  useMutation(CreateSavedViewMutation, { refetchQueries: [SavedViewsQuery], awaitRefetchQueries: true });
