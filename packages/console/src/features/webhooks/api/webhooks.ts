import { useMutation, useQuery } from '@apollo/client/react';
import { graphql } from '@/gql';

/** How many of an endpoint's latest deliveries its card shows. */
export const RECENT_DELIVERIES = 10;

export const WebhookDeliveryFields = graphql(`
  fragment WebhookDeliveryFields on WebhookDelivery {
    id
    eventId
    eventType
    status
    attemptCount
    lastStatusCode
    lastError
    nextAttemptAt
    createdAt
    deliveredAt
    attempts {
      id
      at
      statusCode
      error
      durationMs
    }
  }
`);

/** A partner user's endpoints; for an administrator, every one, with whose they are. */
export const WebhookEndpointsQuery = graphql(`
  query WebhookEndpoints($deliveries: Int!) {
    webhookEndpoints(first: 100) {
      edges {
        node {
          id
          url
          description
          eventTypes
          enabled
          secretPrefix
          partnerName
          createdAt
          version
          deliveries(first: $deliveries) {
            edges {
              node {
                ...WebhookDeliveryFields
              }
            }
          }
        }
      }
    }
  }
`);

/** The answer carries the signing secret, shown once. */
export const CreateWebhookEndpointMutation = graphql(`
  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {
    createWebhookEndpoint(input: $input) {
      secret
      endpoint {
        id
        url
      }
    }
  }
`);

export const UpdateWebhookEndpointMutation = graphql(`
  mutation UpdateWebhookEndpoint($input: UpdateWebhookEndpointInput!) {
    updateWebhookEndpoint(input: $input) {
      endpoint {
        id
        enabled
        version
      }
    }
  }
`);

export const DeleteWebhookEndpointMutation = graphql(`
  mutation DeleteWebhookEndpoint($input: WebhookEndpointIdInput!) {
    deleteWebhookEndpoint(input: $input) {
      endpoint {
        id
      }
    }
  }
`);

export const PingWebhookEndpointMutation = graphql(`
  mutation PingWebhookEndpoint($input: WebhookEndpointIdInput!) {
    pingWebhookEndpoint(input: $input) {
      delivery {
        ...WebhookDeliveryFields
      }
    }
  }
`);

export const ReplayWebhookDeliveryMutation = graphql(`
  mutation ReplayWebhookDelivery($input: WebhookDeliveryIdInput!) {
    replayWebhookDelivery(input: $input) {
      delivery {
        ...WebhookDeliveryFields
      }
    }
  }
`);

const endpoints = { query: WebhookEndpointsQuery, variables: { deliveries: RECENT_DELIVERIES } };

/**
 * Polled while the page is open: deliveries move on their own (sent, retried)
 * as the worker works, and a person waiting for a test event sees it land.
 */
export const useWebhookEndpointsQuery = () =>
  useQuery(WebhookEndpointsQuery, {
    variables: { deliveries: RECENT_DELIVERIES },
    fetchPolicy: 'cache-and-network',
    pollInterval: 5000,
  });
export const useCreateWebhookEndpointMutation = () =>
  useMutation(CreateWebhookEndpointMutation, { refetchQueries: [endpoints] });
export const useUpdateWebhookEndpointMutation = () => useMutation(UpdateWebhookEndpointMutation);
export const useDeleteWebhookEndpointMutation = () =>
  useMutation(DeleteWebhookEndpointMutation, { refetchQueries: [endpoints] });
export const usePingWebhookEndpointMutation = () =>
  useMutation(PingWebhookEndpointMutation, { refetchQueries: [endpoints] });
export const useReplayWebhookDeliveryMutation = () => useMutation(ReplayWebhookDeliveryMutation);
