import { useMutation } from '@apollo/client/react';
import { graphql } from '@/gql';

/** Seed 001: the partner turns its client's emails on once set up (or off again); the card updates from the answer. */
export const SetPartnerClientNotificationsMutation = graphql(`
  mutation SetPartnerClientNotifications($input: SetPartnerClientNotificationsInput!) {
    setPartnerClientNotifications(input: $input) {
      client {
        id
        notificationsEnabled
      }
    }
  }
`);

export const useSetPartnerClientNotificationsMutation = () =>
  useMutation(SetPartnerClientNotificationsMutation);
