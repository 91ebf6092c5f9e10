import { pageOfList } from './connection';

const items = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id }));

describe('a page of a short list read whole', () => {
  it('walks the list a page at a time, with its total', () => {
    const first = pageOfList(items, { first: 2 });
    expect(first.edges.map((edge) => edge.node.id)).toEqual(['a', 'b']);
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(first.totalCount).toBe(5);
    const second = pageOfList(items, { first: 2, after: first.pageInfo.endCursor });
    expect(second.edges.map((edge) => edge.node.id)).toEqual(['c', 'd']);
    const last = pageOfList(items, { first: 2, after: second.pageInfo.endCursor });
    expect(last.edges.map((edge) => edge.node.id)).toEqual(['e']);
    expect(last.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });

  it('goes on after the item a cursor names wherever it moved, or from where it was when it is gone', () => {
    const cursor = pageOfList(items, { first: 2 }).pageInfo.endCursor!;
    // One added before it: the next page still starts after "b".
    expect(
      pageOfList([{ id: '0' }, ...items], { first: 2, after: cursor }).edges.map((e) => e.node.id),
    ).toEqual(['c', 'd']);
    // "b" deleted: the next page starts where "b" was, with what followed it.
    const without = items.filter((item) => item.id !== 'b');
    expect(pageOfList(without, { first: 2, after: cursor }).edges.map((e) => e.node.id)).toEqual(['c', 'd']);
  });

  it('refuses a cursor that is not one, and a page too large, as a field error', () => {
    expect(() => pageOfList(items, { after: 'nonsense' })).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }),
    );
    expect(() => pageOfList(items, { first: 101 })).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }),
    );
  });
});
