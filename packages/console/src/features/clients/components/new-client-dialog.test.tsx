import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { CreateClientMutation } from '../api/create-client-mutation';
import { CreatePartnerClientMutation } from '../api/create-partner-client-mutation';
import { CreatePrimaryContactMutation } from '../api/create-primary-contact-mutation';
import { ServicePlansQuery } from '../api/pick-lists-query';
import { NewClientDialog } from './new-client-dialog';

type Mocks = React.ComponentProps<typeof MockedProvider>['mocks'];

function renderDialog(mocks: Mocks = [], mode: 'staff' | 'partner' = 'staff') {
  const onCreated = jest.fn();
  render(
    <MockedProvider mocks={mocks}>
      <NewClientDialog open onClose={jest.fn()} onCreated={onCreated} mode={mode} />
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

    fireEvent.click(within(dialog).getByRole('button', { name: 'Next' }));

    expect(await within(dialog).findByText('This field is required.')).toBeTruthy();
    expect(name.getAttribute('aria-invalid')).toBe('true');
    // Still on the first step: nothing moves on while a field of it is wrong.
    expect(within(dialog).queryByRole('button', { name: 'Create' })).toBeNull();
    expect(onCreated).not.toHaveBeenCalled();
  });

  it('checks the postal code against the country as soon as the field is left', async () => {
    const { dialog } = renderDialog();
    const postalCode = within(dialog).getByRole('textbox', { name: 'Postal code' });

    type(postalCode, '75001');
    fireEvent.blur(postalCode);

    expect(await within(dialog).findByText('Invalid format (expected: A1A 1A1).')).toBeTruthy();
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
    fireEvent.click(within(dialog).getByRole('button', { name: 'Next' }));
    fireEvent.click(await within(dialog).findByRole('button', { name: 'Create' }));

    // The code is on the first step: the dialog goes back there, the error under the field.
    expect(await within(dialog).findByText('“8005551” is already in use.')).toBeTruthy();
    const codeAgain = within(dialog).getByRole('textbox', { name: 'Code (optional)' });
    await waitFor(() => expect(codeAgain.getAttribute('aria-invalid')).toBe('true'));
    expect((codeAgain as HTMLInputElement).value).toBe('8005551');
    // Named for people, not by the API's path.
    expect(within(dialog).getByRole('alert').textContent).toContain('Tags — At most 30 items.');
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
    fireEvent.click(within(dialog).getByRole('button', { name: 'Next' }));
    fireEvent.click(await within(dialog).findByRole('button', { name: 'Create' }));

    await waitFor(() => expect(onCreated).toHaveBeenCalledWith({ id: 'c1', code: 'C-000123', name: 'Acme' }));
  });

  const plans = {
    request: { query: ServicePlansQuery },
    result: {
      data: {
        servicePlans: [
          { __typename: 'ServicePlan', id: 'p1', code: 'ESSENTIEL', name: 'Essentiel', archived: false },
        ],
      },
    },
  };

  it('asks a partner for the administrator and an allowed plan, keeps values going back, and sends it all at once', async () => {
    const sent = jest.fn((_input: Record<string, unknown>) => true);
    const { dialog, onCreated } = renderDialog(
      [
        plans,
        {
          request: {
            query: CreatePartnerClientMutation,
            variables: (variables: { input: Record<string, unknown> }) =>
              sent(variables.input) &&
              variables.input.name === 'Clinique Roy' &&
              variables.input.planId === 'p1' &&
              variables.input.notificationsEnabled === false,
          },
          result: {
            data: {
              createPartnerClient: {
                __typename: 'ClientPayload',
                client: {
                  __typename: 'Client',
                  id: 'c9',
                  name: 'Clinique Roy',
                  city: null,
                  plan: { __typename: 'ServicePlan', id: 'p1', name: 'Essentiel' },
                  partnerInvitation: {
                    __typename: 'PartnerInvitation',
                    id: 'i1',
                    status: 'PENDING',
                    sentAt: '2026-01-05T10:00:00.000Z',
                    expiresAt: '2026-01-12T10:00:00.000Z',
                    version: 1,
                  },
                },
              },
            },
          },
        },
      ],
      'partner',
    );

    // A partner gives the company's name and address: no code, status or kind.
    expect(within(dialog).queryByRole('textbox', { name: 'Code (optional)' })).toBeNull();
    type(within(dialog).getByRole('textbox', { name: 'Company name' }), 'Clinique Roy');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Next' }));
    fireEvent.click(await within(dialog).findByRole('button', { name: 'Create' }));
    expect(await within(dialog).findAllByText('This field is required.')).toHaveLength(4);

    type(within(dialog).getByRole('textbox', { name: 'First name' }), 'Isabelle');
    type(within(dialog).getByRole('textbox', { name: 'Last name' }), 'Roy');
    type(within(dialog).getByRole('textbox', { name: 'Email' }), 'isabelle@roy.ca');
    // Back and forth: what was typed stays.
    fireEvent.click(within(dialog).getByRole('button', { name: 'Back' }));
    expect((within(dialog).getByRole('textbox', { name: 'Company name' }) as HTMLInputElement).value).toBe(
      'Clinique Roy',
    );
    fireEvent.click(within(dialog).getByRole('button', { name: 'Next' }));
    expect(((await within(dialog).findByRole('textbox', { name: 'Email' })) as HTMLInputElement).value).toBe(
      'isabelle@roy.ca',
    );
    // The notifications switch is off by default (seed 001).
    expect((within(dialog).getByRole('switch') as HTMLInputElement).checked).toBe(false);

    fireEvent.mouseDown(within(dialog).getByRole('combobox', { name: /Service plan/ }));
    fireEvent.click(await screen.findByRole('option', { name: 'Essentiel' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create' }));

    await waitFor(() =>
      expect(onCreated).toHaveBeenCalledWith({ id: 'c9', code: null, name: 'Clinique Roy' }),
    );
    expect(sent).toHaveBeenCalledWith(
      expect.objectContaining({
        admin: { firstName: 'Isabelle', lastName: 'Roy', email: 'isabelle@roy.ca', phone: undefined },
        identityProvider: 'CLIENTELE',
      }),
    );
  });

  it('shows a partner the server’s word on the administrator under the field, on the second step', async () => {
    const { dialog, onCreated } = renderDialog(
      [
        plans,
        {
          request: { query: CreatePartnerClientMutation, variables: () => true },
          result: {
            data: null,
            errors: [
              {
                message: 'Some fields are invalid.',
                extensions: {
                  code: 'BAD_USER_INPUT',
                  fields: [
                    { path: 'input.email', code: 'ALREADY_TAKEN', message: '“a@b.ca” is already in use.' },
                  ],
                },
              },
            ],
          },
        },
      ],
      'partner',
    );
    type(within(dialog).getByRole('textbox', { name: 'Company name' }), 'Clinique Roy');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Next' }));
    type(await within(dialog).findByRole('textbox', { name: 'First name' }), 'A');
    type(within(dialog).getByRole('textbox', { name: 'Last name' }), 'B');
    type(within(dialog).getByRole('textbox', { name: 'Email' }), 'a@b.ca');
    fireEvent.mouseDown(within(dialog).getByRole('combobox', { name: /Service plan/ }));
    fireEvent.click(await screen.findByRole('option', { name: 'Essentiel' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create' }));

    expect(await within(dialog).findByText('“a@b.ca” is already in use.')).toBeTruthy();
    expect(within(dialog).getByRole('textbox', { name: 'Email' }).getAttribute('aria-invalid')).toBe('true');
    expect(onCreated).not.toHaveBeenCalled();
  });

  it('keeps the client staff made when its contact is refused, and adds only the contact on the next try', async () => {
    const clientCalls = jest.fn(() => true);
    const created = {
      data: {
        createClient: {
          __typename: 'CreateClientPayload',
          client: {
            __typename: 'Client',
            id: 'c2',
            code: 'C-000200',
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
    };
    const { dialog, onCreated } = renderDialog([
      plans,
      { request: { query: CreateClientMutation, variables: clientCalls }, result: created },
      {
        request: { query: CreatePrimaryContactMutation, variables: () => true },
        result: {
          data: null,
          errors: [
            {
              message: 'Some fields are invalid.',
              extensions: {
                code: 'BAD_USER_INPUT',
                fields: [
                  { path: 'input.email', code: 'ALREADY_TAKEN', message: '“hugo@a.ca” is already in use.' },
                ],
              },
            },
          ],
        },
      },
      {
        request: {
          query: CreatePrimaryContactMutation,
          variables: (v: { input: { clientId: string; email: string; primary: boolean } }) =>
            v.input.clientId === 'c2' && v.input.email === 'hugo@b.ca' && v.input.primary,
        },
        result: {
          data: {
            createContact: {
              __typename: 'ContactPayload',
              contact: { __typename: 'Contact', id: 'k1', firstName: 'Hugo', lastName: 'Roy' },
            },
          },
        },
      },
    ]);

    type(within(dialog).getByRole('textbox', { name: 'Name' }), 'Acme');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Next' }));
    type(await within(dialog).findByRole('textbox', { name: 'First name' }), 'Hugo');
    type(within(dialog).getByRole('textbox', { name: 'Last name' }), 'Roy');
    type(within(dialog).getByRole('textbox', { name: 'Email (optional)' }), 'hugo@a.ca');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create' }));

    expect(await within(dialog).findByText('“hugo@a.ca” is already in use.')).toBeTruthy();
    expect(within(dialog).getByRole('alert').textContent).toContain('C-000200 was created');
    expect(onCreated).not.toHaveBeenCalled();
    // The company is made: going back to change it would change nothing, so there is no way back.
    expect(within(dialog).queryByRole('button', { name: 'Back' })).toBeNull();

    type(within(dialog).getByRole('textbox', { name: 'Email (optional)' }), 'hugo@b.ca');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create' }));
    await waitFor(() => expect(onCreated).toHaveBeenCalledWith({ id: 'c2', code: 'C-000200', name: 'Acme' }));
    expect(clientCalls).toHaveBeenCalledTimes(1);
  });

  it('takes the keyboard back to the name when going back (the Back button leaves with its step)', async () => {
    const { dialog } = renderDialog();
    // An individual: the kind was changed, so no field of the first step takes the focus on its own.
    fireEvent.click(within(dialog).getByRole('radio', { name: 'Individual' }));
    type(within(dialog).getByRole('textbox', { name: 'First name' }), 'Hugo');
    type(within(dialog).getByRole('textbox', { name: 'Last name' }), 'Roy');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Next' }));
    const back = await within(dialog).findByRole('button', { name: 'Back' });
    back.focus();
    fireEvent.click(back);

    const firstName = await within(dialog).findByRole('textbox', { name: 'First name' });
    expect((firstName as HTMLInputElement).value).toBe('Hugo');
    await waitFor(() => expect(document.activeElement).toBe(firstName));
  });

  it('says when the plans could not be read, and reads them again on request', async () => {
    const { dialog } = renderDialog(
      [{ request: { query: ServicePlansQuery }, error: new Error('offline') }, plans],
      'partner',
    );
    type(within(dialog).getByRole('textbox', { name: 'Company name' }), 'Clinique Roy');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Next' }));

    // Without it, the required plan list is just empty and the dialog cannot be finished.
    expect((await within(dialog).findByRole('alert')).textContent).toMatch(/error/);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(within(dialog).queryByRole('alert')).toBeNull());
    fireEvent.mouseDown(within(dialog).getByRole('combobox', { name: /Service plan/ }));
    expect(await screen.findByRole('option', { name: 'Essentiel' })).toBeTruthy();
  });
});
