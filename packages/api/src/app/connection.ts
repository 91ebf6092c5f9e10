import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { FieldErrorCode } from '@clientele/shared';
import { badUserInput, fieldError } from './errors';

/**
 * Relay-style connections: `edges { cursor node }`, `pageInfo`, `totalCount`.
 * Cursors are opaque (base64url of the sort key and id) and pages are read by
 * keyset, so page 1 000 costs what page 1 does.
 */

export const DEFAULT_PAGE_SIZE = 25;
export const MAX_PAGE_SIZE = 100;

@ObjectType({ description: 'Where a page sits in its list.' })
export class PageInfo {
  @Field({ description: 'Whether another page follows this one.' })
  hasNextPage: boolean;

  @Field({ description: 'Whether a page comes before this one.' })
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first edge of the page.' })
  startCursor: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the last edge; pass it as `after` for the next page.',
  })
  endCursor: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  /** Counted only when asked (see `lazyTotalCount`). */
  totalCount: number | Promise<number>;
}

/** Declares `<Name>Edge` and `<Name>Connection` object types for a node type. */
export function ConnectionType<T extends object>(
  nodeType: ClassType<T>,
  name: string,
  descriptions: { totalCount?: string } = {},
) {
  @ObjectType(`${name}Edge`, { description: `One ${name.toLowerCase()} in a list, with its cursor.` })
  class EdgeType {
    @Field({ description: 'Opaque position of this edge; pass it as `after`.' })
    cursor: string;

    @Field(() => nodeType, { description: `The ${name.toLowerCase()}.` })
    node: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name.toLowerCase()}s.` })
  class ConnectionClass implements Connection<T> {
    @Field(() => [EdgeType], { description: 'The edges of this page, in order.' })
    edges: EdgeType[];

    @Field(() => PageInfo, { description: 'Where this page sits in the list.' })
    pageInfo: PageInfo;

    @Field(() => Int, {
      description:
        descriptions.totalCount ??
        'How many items match the filter, across all pages; counted only when asked.',
    })
    totalCount: number | Promise<number>;
  }
  return ConnectionClass;
}

/** `first` and `after`, the arguments of every page. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: 'Page size: 25 by default, at most 100.' })
  first?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor after which the page starts (`pageInfo.endCursor`).',
  })
  after?: string | null;
}

/** Why an array query is deprecated: its connection beside it. */
export const useConnection = (name: string) =>
  `Use \`${name}\`: a page with cursors and \`totalCount\`, as every list.`;

/**
 * A page of a short list read whole (the pick lists, a person's sessions, the
 * plans on offer: tens of rows), in the list's own order. A cursor holds the
 * edge's position and id: the next page starts after that id wherever it
 * now is, or at the position when it has gone.
 */
export function pageOfList<T extends { id: string }>(
  items: readonly T[],
  args: { first?: number | null; after?: string | null },
): Connection<T> {
  const first = pageSize(args.first);
  let start = 0;
  if (args.after) {
    const key = decodeCursor(args.after);
    const found = items.findIndex((item) => item.id === key.id);
    start = found >= 0 ? found + 1 : Math.min(Math.max(Number(key.value) || 0, 0), items.length);
  }
  const page = items.slice(start, start + first);
  const edges = page.map((node, i) => ({ cursor: encodeCursor({ value: start + i, id: node.id }), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: start + first < items.length,
      hasPreviousPage: start > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: items.length,
  };
}

/** A position in an ordered list: the value of the sort column and the id that breaks ties. */
export interface CursorKey {
  value: string | number | null;
  id: string;
}

export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify([key.value, key.id])).toString('base64url');
}

export function decodeCursor(cursor: string, path = 'after'): CursorKey {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(parsed) &&
      parsed.length === 2 &&
      ['string', 'number'].includes(typeof parsed[0]) &&
      typeof parsed[1] === 'string'
    ) {
      return { value: parsed[0] as string | number, id: parsed[1] };
    }
  } catch {
    // fall through to the field error
  }
  throw badUserInput([fieldError(path, FieldErrorCode.INVALID_FORMAT)]);
}

/**
 * Lists inside an object (a client's contacts, its notes) are not pages, but
 * they are bounded: at most `first`, and never more than this however many
 * there are (a busy file has thousands of notes).
 */
export const MAX_NESTED_LIST = 1000;

/** Checks the `first` of a list inside an object; the most allowed when omitted. */
export function nestedListSize(first: number | null | undefined, path = 'first'): number {
  if (first === null || first === undefined) return MAX_NESTED_LIST;
  if (!Number.isInteger(first) || first < 1 || first > MAX_NESTED_LIST) {
    throw badUserInput([
      fieldError(path, FieldErrorCode.INVALID_FORMAT, { expected: `1–${MAX_NESTED_LIST}` }),
    ]);
  }
  return first;
}

/** How far `offset` may jump into a list: each step is an index entry walked. */
export const MAX_OFFSET = 200_000;

/** Checks `offset` (0 when omitted). */
export function pageOffset(offset: number | null | undefined, path = 'offset'): number {
  if (offset === null || offset === undefined) return 0;
  if (!Number.isInteger(offset) || offset < 0 || offset > MAX_OFFSET) {
    throw badUserInput([fieldError(path, FieldErrorCode.INVALID_FORMAT, { expected: `0–${MAX_OFFSET}` })]);
  }
  return offset;
}

/** Checks `first` against the page-size cap. */
export function pageSize(first: number | null | undefined, path = 'first'): number {
  if (first === null || first === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw badUserInput([fieldError(path, FieldErrorCode.INVALID_FORMAT, { expected: `1–${MAX_PAGE_SIZE}` })]);
  }
  return first;
}
