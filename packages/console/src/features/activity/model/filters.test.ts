import { readActivityView, toActivityFilter, writeActivityView } from './filters';

describe('activity view in the URL', () => {
  it('reads actions and the actor type, ignoring what it does not know', () => {
    const view = readActivityView(
      new URLSearchParams('action=UPDATED&action=LINKED&action=NOPE&actor=STAFF'),
    );
    expect(view).toEqual({ actions: ['UPDATED', 'LINKED'], actor: 'STAFF' });
    expect(readActivityView(new URLSearchParams('actor=ROBOT'))).toEqual({ actions: [], actor: null });
  });

  it('writes back what it read', () => {
    const params = writeActivityView({ actions: ['PINNED' as never], actor: 'PARTNER' as never });
    expect(params.toString()).toBe('action=PINNED&actor=PARTNER');
  });

  it('asks the API for everything when nothing is chosen', () => {
    expect(toActivityFilter({ actions: [], actor: null })).toBeUndefined();
    expect(toActivityFilter({ actions: ['UPDATED' as never], actor: null })).toEqual({
      actions: ['UPDATED'],
    });
  });
});
