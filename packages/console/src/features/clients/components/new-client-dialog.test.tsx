import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { CreateClientMutation } from '../api/create-client-mutation';
import { NewClientDialog } from './new-client-dialog';

type Mocks = React.ComponentProps<typeof MockedProvider>['mocks'];

function renderDialog(mocks: Mocks = []) {
  const onCreated = jest.fn();
  render(
    <MockedProvider mocks={mocks}>
      <NewClientDialog open onClose={jest.fn()} onCreated={onCreated} />
    </MockedProvider>,
  );
  const dialog = screen.getByRole('dialog', { name: 'New client' });
  return { dialog, onCreated };
}

const type = (field: HTMLElement, value: string) => fireEvent.change(field, { target: { value } });

describe('NewClientDialog', () => {
  it('says under the field what is wrong before anything is sent', async () => {
    const { dialog, onCreated } = renderDialog();
    const name = within(dialog).getByRole('textbox', { name: 'Name' });

    fireEvent.click(within(dialog).getByRole('button', { name: 'Create' }));

    expect(await within(dialog).findByText('This field is required.')).toBeTruthy();
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(onCreated).not.toHaveBeenCalled();
  });

  it('checks the postal code against the country as soon as the field is left', async () => {
    const { dialog } = renderDialog();
    const postalCode = within(dialog).getByRole('textbox', { name: 'Postal code' });

    type(postalCode, '75001');
    fireEvent.blur(postalCode);

    expect(await within(dialog).findByText('Invalid format: A1A 1A1.')).toBeTruthy();
  });

  it('puts the server’s field errors under their fields, and the others at the top', async () => {
    const { dialog, onCreated } = renderDialog([
      {
        request: { query: CreateClientMutation, variables: () => true },
        result: {
          data: null,
          errors: [
            {
              message: 'Some fields are invalid.',
              extensions: {
                code: 'BAD_USER_INPUT',
                fields: [
                  { path: 'input.code', code: 'ALREADY_TAKEN', message: '“8005551” is already in use.' },
                  { path: 'input.tags', code: 'TOO_MANY', message: 'At most 30 items.' },
                ],
              },
            },
          ],
        },
      },
    ]);

    type(within(dialog).getByRole('textbox', { name: 'Name' }), 'Fromagerie Éphémère');
    const code = within(dialog).getByRole('textbox', { name: 'Code (optional)' });
    type(code, '8005551');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create' }));

    expect(await within(dialog).findByText('“8005551” is already in use.')).toBeTruthy();
    await waitFor(() => expect(code.getAttribute('aria-invalid')).toBe('true'));
    expect(within(dialog).getByRole('alert').textContent).toContain('At most 30 items.');
    expect(onCreated).not.toHaveBeenCalled();
  });

  it('hands back the new client on success', async () => {
    const { dialog, onCreated } = renderDialog([
      {
        request: {
          query: CreateClientMutation,
          variables: (variables: { input?: { name?: string } }) => variables.input?.name === 'Acme',
        },
        result: {
          data: {
            createClient: {
              __typename: 'CreateClientPayload',
              client: {
                __typename: 'Client',
                id: 'c1',
                code: 'C-000123',
                name: 'Acme',
                kind: 'COMPANY',
                status: 'ACTIVE',
                lifecycle: 'CUSTOMER',
                version: 1,
                createdAt: '2026-01-05T10:00:00.000Z',
                updatedAt: '2026-01-05T10:00:00.000Z',
                billingAddress: {
                  __typename: 'Address',
                  line1: null,
                  line2: null,
                  city: null,
                  region: null,
                  postalCode: null,
                  country: null,
                },
              },
            },
          },
        },
      },
    ]);

    type(within(dialog).getByRole('textbox', { name: 'Name' }), 'Acme');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create' }));

    await waitFor(() => expect(onCreated).toHaveBeenCalledWith({ id: 'c1', code: 'C-000123' }));
  });
});
