import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { CreateApiTokenMutation } from '../api/api-tokens';
import { NewApiTokenDialog } from './new-api-token-dialog';

describe('NewApiTokenDialog', () => {
  it('takes the keyboard to the name when it is missing, so its error is heard', async () => {
    render(
      <MockedProvider mocks={[]}>
        <NewApiTokenDialog open onClose={jest.fn()} />
      </MockedProvider>,
    );
    const dialog = screen.getByRole('dialog', { name: 'New token' });
    const name = within(dialog).getByRole('textbox', { name: 'Name' });
    const create = within(dialog).getByRole('button', { name: 'Create the token' });
    create.focus();
    fireEvent.click(create);

    await waitFor(() => expect(name.getAttribute('aria-invalid')).toBe('true'));
    expect(document.activeElement).toBe(name);
  });

  it('shows the secret once, under the token’s name, and keeps it open against a stray click', async () => {
    const onClose = jest.fn();
    render(
      <MockedProvider
        mocks={[
          {
            request: {
              query: CreateApiTokenMutation,
              variables: { input: { name: 'Synchro', scope: 'READ_WRITE' } },
            },
            result: {
              data: {
                createApiToken: {
                  __typename: 'CreateApiTokenPayload',
                  token: 'ct_secret_value',
                  apiToken: {
                    __typename: 'ApiToken',
                    id: 't9',
                    name: 'Synchro',
                    prefix: 'ct_secr',
                    scope: 'READ_WRITE',
                    createdAt: '2026-11-23T10:00:00.000Z',
                    lastUsedAt: null,
                    revokedAt: null,
                  },
                },
              },
            },
          },
        ]}
      >
        <NewApiTokenDialog open onClose={onClose} />
      </MockedProvider>,
    );
    const dialog = screen.getByRole('dialog', { name: 'New token' });
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Name' }), {
      target: { value: ' Synchro ' },
    });
    fireEvent.click(within(dialog).getByRole('radio', { name: /Read and write/ }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create the token' }));

    const shown = await screen.findByRole('dialog', { name: 'Token created: Synchro' });
    expect(within(shown).getByRole('textbox', { name: 'Token' })).toHaveProperty('value', 'ct_secret_value');
    fireEvent.keyDown(shown, { key: 'Escape' });
    expect(onClose).not.toHaveBeenCalled();
    fireEvent.click(within(shown).getByRole('button', { name: 'I have copied it' }));
    expect(onClose).toHaveBeenCalled();
  });
});
