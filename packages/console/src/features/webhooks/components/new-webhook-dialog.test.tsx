import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { CreateWebhookEndpointMutation } from '../api/webhooks';
import { NewWebhookDialog } from './new-webhook-dialog';

describe('NewWebhookDialog', () => {
  it('offers a partner only the events a partner may hear', () => {
    render(
      <MockedProvider mocks={[]}>
        <NewWebhookDialog open audience="partner" onClose={jest.fn()} />
      </MockedProvider>,
    );
    const dialog = screen.getByRole('dialog', { name: 'New endpoint' });
    expect(within(dialog).getByRole('checkbox', { name: 'Client created' })).toBeTruthy();
    expect(within(dialog).queryByRole('checkbox', { name: 'Access granted' })).toBeNull();
    expect(within(dialog).queryByRole('checkbox', { name: 'Test event' })).toBeNull();
  });

  it('takes the keyboard to the first wrong field, and asks for an event', async () => {
    render(
      <MockedProvider mocks={[]}>
        <NewWebhookDialog open audience="staff" onClose={jest.fn()} />
      </MockedProvider>,
    );
    const dialog = screen.getByRole('dialog', { name: 'New endpoint' });
    const url = within(dialog).getByRole('textbox', { name: 'Address' });
    fireEvent.change(url, { target: { value: 'ftp://example.com' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Register the endpoint' }));
    await waitFor(() => expect(url.getAttribute('aria-invalid')).toBe('true'));
    expect(document.activeElement).toBe(url);
    expect(within(dialog).getByText(/https:\/\/example\.com\/webhooks/)).toBeTruthy();

    fireEvent.change(url, { target: { value: 'https://example.com/hooks' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Register the endpoint' }));
    await waitFor(() =>
      expect(document.activeElement).toBe(within(dialog).getByRole('checkbox', { name: 'Client created' })),
    );
  });

  it('registers the endpoint and shows its signing secret once', async () => {
    const onClose = jest.fn();
    render(
      <MockedProvider
        mocks={[
          {
            request: {
              query: CreateWebhookEndpointMutation,
              variables: {
                input: {
                  url: 'https://crm.example.com/hooks',
                  description: 'Notre CRM',
                  eventTypes: ['CLIENT_CREATED', 'CLIENT_DELETED'],
                },
              },
            },
            result: {
              data: {
                createWebhookEndpoint: {
                  __typename: 'CreateWebhookEndpointPayload',
                  secret: 'whsec_the_secret',
                  endpoint: { __typename: 'WebhookEndpoint', id: 'w1', url: 'https://crm.example.com/hooks' },
                },
              },
            },
          },
        ]}
      >
        <NewWebhookDialog open audience="partner" onClose={onClose} />
      </MockedProvider>,
    );
    const dialog = screen.getByRole('dialog', { name: 'New endpoint' });
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Address' }), {
      target: { value: ' https://crm.example.com/hooks ' },
    });
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Description' }), {
      target: { value: 'Notre CRM' },
    });
    fireEvent.click(within(dialog).getByRole('checkbox', { name: 'Client created' }));
    fireEvent.click(within(dialog).getByRole('checkbox', { name: 'Client deleted' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Register the endpoint' }));

    const shown = await screen.findByRole('dialog', { name: 'Endpoint registered' });
    expect(within(shown).getByRole('textbox', { name: 'Signing secret' })).toHaveProperty(
      'value',
      'whsec_the_secret',
    );
    fireEvent.keyDown(shown, { key: 'Escape' });
    expect(onClose).not.toHaveBeenCalled();
    fireEvent.click(within(shown).getByRole('button', { name: 'I have copied it' }));
    expect(onClose).toHaveBeenCalled();
  });
});
