import { Field, Int, ObjectType, type ClassType } from 'type-graphql';
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
