import { describe, expect, it } from 'vitest';
import { DomainError } from '../../src/errors';
import { encodeCursor, pageWindow, parsePage, toConnection } from '../../src/graphql/pagination';
import { fromGlobalId, toGlobalId } from '../../src/graphql/ids';

describe('Relay pagination', () => {
  it('defaults to the default page size and refuses sizes over the cap, naming the limit', () => {
    expect(parsePage({}, 20, 100).first).toBe(20);
    expect(() => parsePage({ first: 101 }, 20, 100)).toThrow(/limit of 100/);
    expect(() => parsePage({ last: -1 }, 20, 100)).toThrow(DomainError);
  });

  it('pages forward with after and backward with before', () => {
    expect(pageWindow(parsePage({ first: 10 }, 20, 100), 25)).toEqual({ offset: 0, limit: 10 });
    expect(pageWindow(parsePage({ first: 10, after: encodeCursor(19) }, 20, 100), 25)).toEqual({ offset: 20, limit: 5 });
    expect(pageWindow(parsePage({ last: 10 }, 20, 100), 25)).toEqual({ offset: 15, limit: 10 });
    expect(pageWindow(parsePage({ last: 3, before: encodeCursor(2) }, 20, 100), 25)).toEqual({ offset: 0, limit: 2 });
    expect(pageWindow(parsePage({ first: 5, after: encodeCursor(40) }, 20, 100), 25)).toEqual({ offset: 25, limit: 0 });
  });

  it('reports page info at the edges', () => {
    const empty = toConnection([], { offset: 0, limit: 0 }, 0);
    expect(empty.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null });
    const last = toConnection(['x', 'y'], { offset: 3, limit: 2 }, 5);
    expect(last.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true, startCursor: encodeCursor(3), endCursor: encodeCursor(4) });
  });

  it('refuses invalid cursors', () => {
    expect(() => parsePage({ after: 'bogus' }, 20, 100)).toThrow(/not a valid cursor/);
    expect(() => parsePage({ after: Buffer.from('ng1:-3').toString('base64url') }, 20, 100)).toThrow(DomainError);
  });
});

describe('global ids', () => {
  it('round-trip and refuse anything else', () => {
    expect(fromGlobalId(toGlobalId('Person', 42))).toEqual({ type: 'Person', id: 42 });
    expect(() => fromGlobalId('nope')).toThrow(DomainError);
    expect(() => fromGlobalId(Buffer.from('Widget:1').toString('base64url'))).toThrow(DomainError);
  });
});
