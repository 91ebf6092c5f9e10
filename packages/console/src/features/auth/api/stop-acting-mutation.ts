import { useMutation } from '@apollo/client/react';
import { graphql } from '@/gql';

export const StopActingAsContactMutation = graphql(`
  mutation StopActingAsContact {
    stopActingAsContact {
      done
    }
  }
`);

/** An administrator acting as a contact goes back to their own console. */
export function useStopActingAsContactMutation() {
  return useMutation(StopActingAsContactMutation);
}
