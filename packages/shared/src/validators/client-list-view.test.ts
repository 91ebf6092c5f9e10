import { FieldErrorCode } from '../errors';
import { DEFAULT_CLIENT_LIST_COLUMNS, checkClientListView } from './client-list-view';

describe('client list views', () => {
  it('fill in the defaults and normalise what they keep', () => {
    expect(checkClientListView({})).toEqual({
      view: {
        search: '',
        filter: {},
        sort: { field: 'NAME', direction: 'ASC' },
        columns: [...DEFAULT_CLIENT_LIST_COLUMNS],
      },
      issues: [],
    });
    const { view } = checkClientListView({
      search: '  café ',
      filter: { status: ['ACTIVE', 'ACTIVE'], tag: ' vip ', renewalFrom: '', kind: null },
      sort: { field: 'RENEWAL_DATE', direction: 'DESC' },
      columns: ['name', 'tier'],
    });
    expect(view).toEqual({
      search: 'café',
      filter: { status: ['ACTIVE'], tag: 'vip' },
      sort: { field: 'RENEWAL_DATE', direction: 'DESC' },
      columns: ['name', 'tier'],
    });
  });

  it('refuse anything the list cannot read, each issue at its path', () => {
    const { view, issues } = checkClientListView({
      filter: { status: ['ACTIVE', 'NAPPING'], renewalFrom: '2026-13-01', deleted: true, partnerId: 'a b' },
      sort: { field: 'CITY', direction: 'ASC' },
      columns: ['code', 'code', 'shoeSize'],
      colour: 'blue',
    });
    expect(view).toBeNull();
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      ['colour', FieldErrorCode.INVALID_CHOICE],
      ['filter.deleted', FieldErrorCode.INVALID_CHOICE],
      ['filter.status.1', FieldErrorCode.INVALID_CHOICE],
      ['filter.partnerId', FieldErrorCode.INVALID_REFERENCE],
      ['filter.renewalFrom', FieldErrorCode.INVALID_FORMAT],
      ['sort.field', FieldErrorCode.INVALID_CHOICE],
      ['columns.1', FieldErrorCode.DUPLICATE],
      ['columns.2', FieldErrorCode.INVALID_CHOICE],
      ['columns', FieldErrorCode.REQUIRED],
    ]);
    expect(checkClientListView([]).issues[0]?.code).toBe(FieldErrorCode.INVALID_FORMAT);
  });

  it('refuse a renewal range that ends before it starts', () => {
    const { issues } = checkClientListView({
      filter: { renewalFrom: '2026-05-01', renewalTo: '2026-04-01' },
    });
    expect(issues).toEqual([
      { path: 'filter.renewalTo', code: FieldErrorCode.OUT_OF_RANGE, params: { min: '2026-05-01' } },
    ]);
  });
});
