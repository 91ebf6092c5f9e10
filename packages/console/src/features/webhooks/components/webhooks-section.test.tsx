import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { RECENT_DELIVERIES, ReplayWebhookDeliveryMutation, WebhookEndpointsQuery } from '../api/webhooks';
import { WebhooksSection } from './webhooks-section';

const failed = {
  __typename: 'WebhookDelivery',
  id: 'd1',
  eventId: 'evt-1',
  eventType: 'CLIENT_UPDATED',
  status: 'FAILED',
  attemptCount: 2,
  lastStatusCode: 500,
  lastError: 'HTTP 500',
  nextAttemptAt: '2026-12-02T10:00:00.000Z',
  createdAt: '2026-12-02T10:00:00.000Z',
  deliveredAt: null,
  attempts: [
    {
      __typename: 'WebhookAttempt',
      id: 'a1',
      at: '2026-12-02T10:00:00.000Z',
      statusCode: 500,
      error: 'HTTP 500',
      durationMs: 41,
    },
    {
      __typename: 'WebhookAttempt',
      id: 'a2',
      at: '2026-12-02T10:00:30.000Z',
      statusCode: null,
      error: 'connect ECONNREFUSED',
      durationMs: 3,
    },
  ],
};

const endpoints = (delivery: typeof failed) => ({
  request: { query: WebhookEndpointsQuery, variables: { deliveries: RECENT_DELIVERIES } },
  // The page polls: the same answer each time.
  maxUsageCount: Number.POSITIVE_INFINITY,
  result: {
    data: {
      webhookEndpoints: {
        __typename: 'WebhookEndpointConnection',
        edges: [
          {
            __typename: 'WebhookEndpointEdge',
            node: {
              __typename: 'WebhookEndpoint',
              id: 'w1',
              url: 'https://crm.example.com/hooks',
              description: 'Notre CRM',
              eventTypes: ['CLIENT_UPDATED'],
              enabled: true,
              secretPrefix: 'whsec_ab12',
              partnerName: null,
              createdAt: '2026-12-01T09:00:00.000Z',
              version: 1,
              deliveries: {
                __typename: 'WebhookDeliveryConnection',
                edges: [{ __typename: 'WebhookDeliveryEdge', node: delivery }],
              },
            },
          },
        ],
      },
    },
  },
});

describe('WebhooksSection', () => {
  it('shows each delivery, every attempt at it, and sends a failed one again', async () => {
    render(
      <MockedProvider
        mocks={[
          endpoints(failed),
          {
            request: { query: ReplayWebhookDeliveryMutation, variables: { input: { id: 'd1' } } },
            result: {
              data: {
                replayWebhookDelivery: {
                  __typename: 'WebhookDeliveryPayload',
                  delivery: { ...failed, status: 'PENDING', attemptCount: 0 },
                },
              },
            },
          },
        ]}
      >
        <WebhooksSection audience="staff" />
      </MockedProvider>,
    );
    const card = await screen.findByRole('article', { name: 'https://crm.example.com/hooks' });
    expect(within(card).getByText('Operator (every client)')).toBeTruthy();
    expect(within(card).getByText('Failed')).toBeTruthy();
    expect(within(card).getByText('client.updated')).toBeTruthy();
    expect(within(card).getByText(/2 attempts · HTTP 500/)).toBeTruthy();

    fireEvent.click(within(card).getByRole('button', { name: 'Attempts (2)' }));
    const attempts = within(card).getByRole('list', { name: /Attempts at Client updated/ });
    expect(
      within(attempts)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      expect.stringMatching(/HTTP 500 · HTTP 500 · 41 ms$/),
      expect.stringMatching(/No answer · connect ECONNREFUSED · 3 ms$/),
    ]);

    fireEvent.click(within(card).getByRole('button', { name: /^Send again: Client updated of / }));
    expect(await screen.findByText('Delivery queued again.')).toBeTruthy();
    expect(await within(card).findByText('Waiting')).toBeTruthy();
  });
});
