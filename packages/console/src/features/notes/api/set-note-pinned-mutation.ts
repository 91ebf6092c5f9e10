import { useMutation } from '@apollo/client/react';
import { graphql } from '@/gql';

export const SetNotePinnedMutation = graphql(`
  mutation SetNotePinned($input: SetNotePinnedInput!) {
    setNotePinned(input: $input) {
      note {
        ...NoteFields
      }
    }
  }
`);

export function useSetNotePinnedMutation() {
  return useMutation(SetNotePinnedMutation);
}
