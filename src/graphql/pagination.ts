import { ArgsType, Field, Int, ObjectType } from 'type-graphql';
import { DomainError } from '../errors';
import type { Context } from './context';

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: 'Return the first N items (after `after`). Defaults to the server page size (20); at most the page size cap (100).' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the item to start after.' })
  after?: string | null;

  @Field(() => Int, { nullable: true, description: 'Return the last N items (before `before`).' })
  last?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the item to end before.' })
  before?: string | null;
}

@ObjectType({ description: 'Relay page information.' })
export class PageInfo {
  @Field(() => Boolean, { description: 'True when items follow this page.' })
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: 'True when items precede this page.' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first item of the page; null when the page is empty.' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item of the page; null when the page is empty.' })
  endCursor!: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface ConnectionResult<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** A page as rows to skip and take, before the total is known. */
export interface PageRequest {
  first: number | null;
  last: number | null;
  afterIndex: number | null;
  beforeIndex: number | null;
}

export interface PageWindow {
  offset: number;
  limit: number;
}

const CURSOR_PREFIX = 'ng1:';

/** Opaque cursor for the item at a position of an ordered list. */
export function encodeCursor(index: number): string {
  return Buffer.from(`${CURSOR_PREFIX}${index}`, 'utf8').toString('base64url');
}

function decodeCursor(cursor: string, argument: string): number {
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  const index = decoded.startsWith(CURSOR_PREFIX) ? Number(decoded.slice(CURSOR_PREFIX.length)) : NaN;
  if (!Number.isSafeInteger(index) || index < 0 || encodeCursor(index) !== cursor) {
    throw new DomainError('BAD_USER_INPUT', `${argument} "${cursor.slice(0, 100)}" is not a valid cursor`, { argument });
  }
  return index;
}

function pageSize(value: number | null | undefined, argument: string, max: number): number | null {
  if (value === null || value === undefined) return null;
  if (value < 0) throw new DomainError('BAD_USER_INPUT', `${argument} must not be negative, got ${value}`, { argument });
  if (value > max) {
    throw new DomainError('BAD_USER_INPUT', `${argument} is ${value}, more than the page size limit of ${max}`, { argument, limit: max });
  }
  return value;
}

/** Validates Relay arguments: sizes within [0, max], well-formed cursors. */
export function parsePage(args: PageArgs, defaultSize: number, maxSize: number): PageRequest {
  const first = pageSize(args.first, 'first', maxSize);
  const last = pageSize(args.last, 'last', maxSize);
  return {
    first: first === null && last === null ? defaultSize : first,
    last,
    afterIndex: args.after ? decodeCursor(args.after, 'after') : null,
    beforeIndex: args.before ? decodeCursor(args.before, 'before') : null,
  };
}

/** Turns a page request and the list's total into the rows to fetch. */
export function pageWindow(page: PageRequest, total: number): PageWindow {
  let start = page.afterIndex === null ? 0 : Math.min(page.afterIndex + 1, total);
  let end = page.beforeIndex === null ? total : Math.min(page.beforeIndex, total);
  if (end < start) end = start;
  if (page.first !== null) end = Math.min(end, start + page.first);
  if (page.last !== null) start = Math.max(start, end - page.last);
  return { offset: start, limit: end - start };
}

/** Builds the connection object from the fetched rows of a window. */
export function toConnection<T>(rows: readonly T[], window: PageWindow, total: number): ConnectionResult<T> {
  const edges = rows.map((node, i) => ({ cursor: encodeCursor(window.offset + i), node }));
  return {
    edges,
    totalCount: total,
    pageInfo: {
      hasPreviousPage: window.offset > 0,
      hasNextPage: window.offset + rows.length < total,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}

/** Checks a plain list's `first` (related, search, evidence) against the page size cap. */
export function listSize(first: number | null | undefined, ctx: Pick<Context, 'config'>): number {
  const { defaultPageSize, maxPageSize } = ctx.config.limits;
  return pageSize(first ?? defaultPageSize, 'first', maxPageSize) ?? defaultPageSize;
}
