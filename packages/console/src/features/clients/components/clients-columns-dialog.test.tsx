import { fireEvent, render, screen, within } from '@testing-library/react';
import { DEFAULT_CLIENT_LIST_COLUMNS, type ClientListColumn } from '@clientele/shared';
import { ClientsColumnsDialog } from './clients-columns-dialog';

describe('ClientsColumnsDialog', () => {
  it('keeps the person’s choices when the list behind re-renders with the same columns', () => {
    const onApply = jest.fn();
    const dialog = (columns: ClientListColumn[]) => (
      <ClientsColumnsDialog open columns={columns} onApply={onApply} onClose={jest.fn()} />
    );
    const { rerender } = render(dialog([...DEFAULT_CLIENT_LIST_COLUMNS]));
    const shown = screen.getByRole('dialog');
    fireEvent.click(within(shown).getByRole('checkbox', { name: 'Country' }));
    expect(within(shown).getByRole('checkbox', { name: 'Country' })).toHaveProperty('checked', false);

    // A fresh array with the same columns, as when the page's data or URL is refreshed.
    rerender(dialog([...DEFAULT_CLIENT_LIST_COLUMNS]));
    expect(within(screen.getByRole('dialog')).getByRole('checkbox', { name: 'Country' })).toHaveProperty(
      'checked',
      false,
    );
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Apply' }));
    expect(onApply).toHaveBeenCalledWith(DEFAULT_CLIENT_LIST_COLUMNS.filter((c) => c !== 'country'));
  });
});
