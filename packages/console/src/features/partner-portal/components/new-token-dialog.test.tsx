import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { NewTokenDialog } from './new-token-dialog';

describe('NewTokenDialog', () => {
  it('takes the keyboard to the name when it is missing, so its error is heard', async () => {
    render(
      <MockedProvider mocks={[]}>
        <NewTokenDialog open onClose={jest.fn()} />
      </MockedProvider>,
    );
    const dialog = screen.getByRole('dialog', { name: 'New token' });
    const name = within(dialog).getByRole('textbox', { name: 'Name' });
    const create = within(dialog).getByRole('button', { name: 'Create token' });
    create.focus();
    fireEvent.click(create);

    await waitFor(() => expect(name.getAttribute('aria-invalid')).toBe('true'));
    expect(document.activeElement).toBe(name);
  });
});
