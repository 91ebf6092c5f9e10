import { DEFAULT_LIST_PARAMS, parseListParams, toOrderBy, toSearchParams } from './list-params';

const parse = (query: string) => parseListParams(new URLSearchParams(query));

describe('client list parameters', () => {
  it('read a full view from the query string, pages counted from 1 for people', () => {
    expect(parse('q=acme&sort=createdAt&dir=desc&page=3&size=50')).toEqual({
      q: 'acme',
      sort: 'createdAt',
      dir: 'desc',
      page: 2,
      size: 50,
    });
  });

  it('fall back to defaults for anything unreadable', () => {
    expect(parse('sort=city&dir=sideways&page=-4&size=1000')).toEqual(DEFAULT_LIST_PARAMS);
    expect(parse('page=2.5&sort=constructor')).toEqual(DEFAULT_LIST_PARAMS);
  });

  it('leave defaults out of the URL and round-trip the rest', () => {
    expect(toSearchParams(DEFAULT_LIST_PARAMS).toString()).toBe('');
    const view = { q: 'café', sort: 'code', dir: 'asc', page: 1, size: 100 } as const;
    expect(parse(toSearchParams(view).toString())).toEqual(view);
  });

  it('map the grid sort to the API order', () => {
    expect(toOrderBy({ sort: 'updatedAt', dir: 'desc' })).toEqual({ field: 'UPDATED_AT', direction: 'DESC' });
    expect(toOrderBy({ sort: 'name', dir: 'asc' })).toEqual({ field: 'NAME', direction: 'ASC' });
  });
});
