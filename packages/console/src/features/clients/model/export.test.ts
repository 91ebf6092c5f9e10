import { parseListParams } from './list-params';
import { exportPath } from './export';

describe('client export', () => {
  it('asks the API for the view on screen, in the interface language', () => {
    const params = parseListParams(new URLSearchParams('q=café&status=ACTIVE&cols=name,email&page=3'));
    const url = new URL(exportPath(params, 'fr'), 'http://localhost');
    expect(url.pathname).toBe('/exports/clients.csv');
    expect(url.searchParams.get('lang')).toBe('fr');
    expect(JSON.parse(url.searchParams.get('view')!)).toEqual({
      search: 'café',
      filter: { status: ['ACTIVE'] },
      sort: { field: 'NAME', direction: 'ASC' },
      columns: ['name', 'email'],
    });
  });
});
