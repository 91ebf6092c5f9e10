import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { CreateUserMutation } from '../api/user-mutations';
import type { StaffUser } from '../model/user-form';
import { UserDialog } from './user-dialog';

type Mocks = React.ComponentProps<typeof MockedProvider>['mocks'];

const admin = (id: string, status = 'ACTIVE'): StaffUser => ({
  id,
  email: `${id}@clientele.test`,
  displayName: `Admin ${id}`,
  role: 'ADMIN',
  locale: 'fr',
  status,
  version: 1,
});

function renderDialog(user: StaffUser | null, users: StaffUser[], mocks: Mocks = []) {
  const onSaved = jest.fn();
  render(
    <MockedProvider mocks={mocks}>
      <UserDialog user={user} users={users} viewerId="me" onClose={jest.fn()} onSaved={onSaved} />
    </MockedProvider>,
  );
  return { dialog: screen.getByRole('dialog'), onSaved };
}

const type = (field: HTMLElement, value: string) => fireEvent.change(field, { target: { value } });

describe('UserDialog', () => {
  it('puts the server’s refusal of a taken email under the email field', async () => {
    const { dialog, onSaved } = renderDialog(
      null,
      [],
      [
        {
          request: { query: CreateUserMutation, variables: () => true },
          result: {
            data: null,
            errors: [
              {
                message: 'Some fields are invalid.',
                extensions: {
                  code: 'BAD_USER_INPUT',
                  fields: [
                    {
                      path: 'input.email',
                      code: 'ALREADY_TAKEN',
                      message: '“lea@clientele.test” is already in use.',
                    },
                  ],
                },
              },
            ],
          },
        },
      ],
    );
    type(within(dialog).getByRole('textbox', { name: /Name/ }), 'Léa Gagnon');
    const email = within(dialog).getByRole('textbox', { name: /Email/ });
    type(email, 'lea@clientele.test');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create and send the invitation' }));

    expect(await within(dialog).findByText('“lea@clientele.test” is already in use.')).toBeTruthy();
    await waitFor(() => expect(email.getAttribute('aria-invalid')).toBe('true'));
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('says before saving that the last active administrator keeps the role', async () => {
    // "other" is the only active administrator (the invited one does not count yet).
    const other = admin('other');
    const { dialog, onSaved } = renderDialog(other, [other, admin('new', 'INVITED')]);
    fireEvent.mouseDown(within(dialog).getByRole('combobox', { name: /Role/ }));
    fireEvent.click(await screen.findByRole('option', { name: 'Staff' }));

    expect(
      await within(dialog).findByText(
        'This is the last active administrator: make someone else an administrator first.',
      ),
    ).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(onSaved).not.toHaveBeenCalled();
  });
});
