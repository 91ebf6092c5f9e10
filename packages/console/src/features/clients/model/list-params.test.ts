import { ClientKind, ClientStatus, DEFAULT_CLIENT_LIST_COLUMNS } from '@clientele/shared';
import {
  DEFAULT_LIST_PARAMS,
  activeFilterCount,
  fromView,
  parseListParams,
  toClientFilter,
  toOrderBy,
  toSearchParams,
  toView,
  viewKey,
  type ClientListParams,
} from './list-params';

const parse = (query: string) => parseListParams(new URLSearchParams(query));

describe('client list parameters', () => {
  it('read a full view from the query string, pages counted from 1 for people', () => {
    expect(
      parse(
        'q=acme&sort=createdAt&dir=desc&page=3&size=50&status=ACTIVE,SUSPENDED&kind=COMPANY&lifecycle=PROSPECT' +
          '&tier=PREMIUM&health=AT_RISK&owner=u-1&partner=p-1&group=g-1&industry=i-1&tag=vip' +
          '&renewalFrom=2026-01-01&renewalTo=2026-12-31&cols=name,code,tier&view=deleted',
      ),
    ).toEqual({
      q: 'acme',
      sort: 'createdAt',
      dir: 'desc',
      page: 2,
      size: 50,
      filter: {
        status: ['ACTIVE', 'SUSPENDED'],
        kind: 'COMPANY',
        lifecycle: 'PROSPECT',
        tier: ['PREMIUM'],
        health: ['AT_RISK'],
        accountOwnerId: 'u-1',
        partnerId: 'p-1',
        accountGroupId: 'g-1',
        industryId: 'i-1',
        tag: 'vip',
        renewalFrom: '2026-01-01',
        renewalTo: '2026-12-31',
      },
      columns: ['name', 'code', 'tier'],
      deleted: true,
    });
  });

  it('fall back to defaults for anything unreadable', () => {
    expect(parse('sort=city&dir=sideways&page=-4&size=1000')).toEqual(DEFAULT_LIST_PARAMS);
    expect(parse('page=2.5&sort=constructor')).toEqual(DEFAULT_LIST_PARAMS);
    expect(
      parse('status=NAPPING,ACTIVE&kind=ROBOT&owner=a%20b&renewalFrom=2026-02-30&view=archive&tag=%20%20'),
    ).toEqual({ ...DEFAULT_LIST_PARAMS, filter: { status: ['ACTIVE'] } });
  });

  it('always keep the name column, and drop unknown or repeated ones', () => {
    expect(parse('cols=code,shoeSize,code').columns).toEqual(['name', 'code']);
    expect(parse('cols=').columns).toEqual([...DEFAULT_CLIENT_LIST_COLUMNS]);
  });

  it('leave defaults out of the URL and round-trip the rest', () => {
    expect(toSearchParams(DEFAULT_LIST_PARAMS).toString()).toBe('');
    const view: ClientListParams = {
      q: 'café',
      sort: 'renewalDate',
      dir: 'asc',
      page: 1,
      size: 100,
      filter: { status: [ClientStatus.INACTIVE], tag: 'été', renewalTo: '2026-06-30' },
      columns: ['name', 'renewalDate', 'health'],
      deleted: false,
    };
    const query = toSearchParams(view).toString();
    expect(query).toBe(
      'q=caf%C3%A9&status=INACTIVE&tag=%C3%A9t%C3%A9&renewalTo=2026-06-30&sort=renewalDate&dir=asc&cols=name%2CrenewalDate%2Chealth&page=2&size=100',
    );
    expect(parse(query)).toEqual(view);
  });

  it('map the grid sort and the filters to the API', () => {
    expect(toOrderBy({ sort: 'updatedAt', dir: 'desc' })).toEqual({ field: 'UPDATED_AT', direction: 'DESC' });
    expect(toOrderBy({ sort: 'renewalDate', dir: 'asc' })).toEqual({
      field: 'RENEWAL_DATE',
      direction: 'ASC',
    });
    expect(toClientFilter(DEFAULT_LIST_PARAMS)).toBeUndefined();
    expect(toClientFilter({ q: 'acme', filter: { kind: ClientKind.INDIVIDUAL }, deleted: true })).toEqual({
      search: 'acme',
      kind: 'INDIVIDUAL',
      deleted: true,
    });
    expect(activeFilterCount({ status: [ClientStatus.ACTIVE, ClientStatus.INACTIVE], tag: 'x' })).toBe(2);
  });

  it('tell views apart by everything but the page and the columns', () => {
    const a = parse('status=ACTIVE');
    expect(viewKey(a)).toBe(viewKey({ ...a, page: 3, columns: ['name'] }));
    expect(viewKey(a)).not.toBe(viewKey(parse('status=INACTIVE')));
    expect(viewKey(a)).not.toBe(viewKey({ ...a, deleted: true }));
  });

  it('turn a view into what a saved view stores, and back', () => {
    const params = parse('q=nord&health=AT_RISK&sort=code&dir=desc&cols=name,health');
    const view = toView(params);
    expect(view).toEqual({
      search: 'nord',
      filter: { health: ['AT_RISK'] },
      sort: { field: 'CODE', direction: 'DESC' },
      columns: ['name', 'health'],
    });
    expect(fromView(view)).toEqual(params);
    // A view saved by an older console, or damaged, opens as much as can be read.
    expect(fromView({ filter: { status: ['ACTIVE', 'GONE'] }, sort: { field: 'CITY' } })).toEqual({
      ...DEFAULT_LIST_PARAMS,
      filter: { status: ['ACTIVE'] },
    });
    expect(fromView(null)).toEqual(DEFAULT_LIST_PARAMS);
  });
});
