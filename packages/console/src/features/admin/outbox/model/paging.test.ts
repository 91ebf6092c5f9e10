import { firstPage, nextPage, pageLabel, previousPage } from './paging';

describe('outbox paging', () => {
  it('remembers where each page started, so Previous goes back by cursor', () => {
    let state = firstPage();
    state = nextPage(state, 'c25');
    state = nextPage(state, 'c50');
    expect(state.starts).toEqual([null, 'c25', 'c50']);
    state = previousPage(state);
    expect(state.starts).toEqual([null, 'c25']);
    expect(previousPage(previousPage(state)).starts).toEqual([null]);
  });

  it('does not move past the end (no cursor)', () => {
    expect(nextPage(firstPage(), null).starts).toEqual([null]);
  });

  it('says which rows are shown, in the reader’s language', () => {
    expect(pageLabel(1, 25, 25, 112, 'en')).toBe('26–50 of 112');
    expect(pageLabel(4, 25, 12, 112, 'fr')).toBe('101–112 sur 112');
    expect(pageLabel(0, 25, 0, 0, 'en')).toBe('0 of 0');
  });
});
