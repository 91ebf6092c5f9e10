import { fireEvent, render, screen, within } from '@testing-library/react';
import { ConflictDialog } from './conflict-dialog';

describe('ConflictDialog', () => {
  it('names the fields someone else changed, once each, and offers both ways out', () => {
    const onReloadTheirs = jest.fn();
    const onReapplyMine = jest.fn();
    render(
      <ConflictDialog
        conflict={{
          currentVersion: 7,
          yourVersion: 5,
          changedFields: ['phone', 'billingAddress.city', 'domains.0', 'domains.1', 'terms.creditLimit'],
        }}
        busy={false}
        onReloadTheirs={onReloadTheirs}
        onReapplyMine={onReapplyMine}
      />,
    );
    const dialog = screen.getByRole('dialog', { name: 'Someone else saved this client meanwhile' });
    const changed = within(dialog).getByRole('list', { name: 'Changed by someone else' });
    expect(
      within(changed)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Phone', 'Billing address — City', 'Email domains', 'Credit limit']);

    fireEvent.click(within(dialog).getByRole('button', { name: 'Reapply mine' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Reload theirs' }));
    expect(onReapplyMine).toHaveBeenCalledTimes(1);
    expect(onReloadTheirs).toHaveBeenCalledTimes(1);
  });
});
