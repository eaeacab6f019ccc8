import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/app';
import { countTokens } from '../../src/graphql/limits';
import { gql, startTestApp } from '../helpers/app';

const DEPTH_5 = '{ articles { edges { node { entities { name } } } } }';
const DEPTH_6 = '{ articles { edges { node { entities { articles { totalCount } } } } } }';

function expectRefused(res: Awaited<ReturnType<typeof gql>>, code: string, actual: number, limit: number) {
  expect(res.status).toBe(400);
  expect(res.data ?? null).toBeNull();
  expect(res.errors).toHaveLength(1);
  expect(res.errors![0].extensions!.code).toBe(code);
  expect(res.errors![0].message).toContain(String(actual));
  expect(res.errors![0].message).toContain(String(limit));
}

describe('request limits: just under passes, just over is refused with 400 and the limit code', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startTestApp({
      SEED_DIR: '',
      MAX_QUERY_DEPTH: '5',
      MAX_QUERY_ALIASES: '3',
      MAX_QUERY_DIRECTIVES: '2',
      MAX_QUERY_TOKENS: '60',
      MAX_QUERY_COST: '990',
    });
  });
  afterAll(() => app.stop());

  it('depth', async () => {
    const under = await gql(app, DEPTH_5);
    expect(under.status).toBe(200);
    expect(under.errors).toBeUndefined();
    expectRefused(await gql(app, DEPTH_6), 'QUERY_TOO_DEEP', 6, 5);
  });

  it('depth follows fragment spreads', async () => {
    const res = await gql(app, `{ articles { edges { ...E } } } fragment E on ArticleEdge { node { entities { articles { totalCount } } } }`);
    expectRefused(res, 'QUERY_TOO_DEEP', 6, 5);
  });

  it('aliases', async () => {
    const under = await gql(app, '{ a: articles { totalCount } b: articles { totalCount } c: articles { totalCount } }');
    expect(under.status).toBe(200);
    expect(under.errors).toBeUndefined();
    const over = await gql(app, '{ a: articles { totalCount } b: articles { totalCount } c: articles { totalCount } d: articles { totalCount } }');
    expectRefused(over, 'TOO_MANY_ALIASES', 4, 3);
  });

  it('directives', async () => {
    const under = await gql(app, '{ articles @include(if: true) { totalCount @skip(if: false) } }');
    expect(under.status).toBe(200);
    expect(under.errors).toBeUndefined();
    const over = await gql(app, '{ articles @include(if: true) { totalCount @skip(if: false) @include(if: true) } }');
    expectRefused(over, 'TOO_MANY_DIRECTIVES', 3, 2);
  });

  it('tokens', async () => {
    const withTokens = (n: number) => `{ ${Array.from({ length: n - 2 }, () => '__typename').join(' ')} }`;
    expect(countTokens(withTokens(60))).toBe(60);
    const under = await gql(app, withTokens(60));
    expect(under.status).toBe(200);
    expect(under.errors).toBeUndefined();
    expectRefused(await gql(app, withTokens(61)), 'TOO_MANY_TOKENS', 61, 60);
  });

  it('computed cost: list fields multiply by the page size asked for (or the default)', async () => {
    // articles(first: n) { edges { node { entities { name } } } }: entities is an unpaged list,
    // counted as one default page (20): node 22, edges 23, articles 1 + 23n.
    const query = 'query ($n: Int) { articles(first: $n) { edges { node { entities { name } } } } }';
    const under = await gql(app, query, { n: 43 });
    expect(under.status).toBe(200);
    expect(under.errors).toBeUndefined();
    expect(under.extensions!.cost).toEqual({ requested: 990, limit: 990 });
    expectRefused(await gql(app, query, { n: 44 }), 'QUERY_TOO_COMPLEX', 1013, 990);
    // Omitted `first` counts as the default page size (20): 1 + 23 * 20 = 461.
    const byDefault = await gql(app, '{ articles { edges { node { entities { name } } } } }');
    expect(byDefault.extensions!.cost.requested).toBe(461);
  });

  it('a fragment bomb is refused by its expanded size before validation', async () => {
    const fragments = Array.from({ length: 14 }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`).join(' ');
    const res = await gql(app, `{ ...F0 } ${fragments} fragment F14 on Query { __typename }`);
    expect(res.status).toBe(400);
    expect(['QUERY_TOO_COMPLEX', 'TOO_MANY_TOKENS']).toContain(res.errors![0].extensions!.code);
  });

  it('page size cap', async () => {
    const under = await gql(app, '{ articles(first: 100) { totalCount } }');
    expect(under.status).toBe(200);
    expect(under.errors).toBeUndefined();
    const over = await gql(app, '{ articles(first: 101) { totalCount } }');
    expect(over.status).toBe(400);
    expect(over.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(over.errors![0].message).toContain('101');
    expect(over.errors![0].message).toContain('100');
  });

  it('body size', async () => {
    const res = await fetch(app.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: `{ __typename }`, pad: 'x'.repeat(2_000_001) }) });
    expect(res.status).toBe(413);
    const body = (await res.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('the standard introspection query passes the limits (Sandbox, codegen)', async () => {
    const { getIntrospectionQuery } = await import('graphql');
    const big = await startTestApp({ SEED_DIR: '' });
    try {
      const res = await gql(big, getIntrospectionQuery());
      expect(res.status).toBe(200);
      expect(res.errors).toBeUndefined();
    } finally {
      await big.stop();
    }
  });
});

describe('execution timeout', () => {
  const HEAVY = `{ articles(first: 20) { edges { node { text entities { name aliases statements(first: 5) { edges { node { text } } } } } } } }`;

  it('a request within the time limit answers', async () => {
    const app = await startTestApp({ EXECUTION_TIMEOUT_MS: '10000' });
    try {
      const res = await gql(app, HEAVY);
      expect(res.errors).toBeUndefined();
      expect(res.status).toBe(200);
      expect(res.errors).toBeUndefined();
      expect(res.data!.articles.edges.length).toBeGreaterThan(0);
    } finally {
      await app.stop();
    }
  });

  it('a request over the time limit is answered 503 EXECUTION_TIMEOUT, and the server stays up', async () => {
    const app = await startTestApp({ EXECUTION_TIMEOUT_MS: '1' });
    try {
      const res = await gql(app, HEAVY);
      expect(res.status).toBe(503);
      expect(res.errors![0].extensions!.code).toBe('EXECUTION_TIMEOUT');
      expect(res.errors![0].message).toContain('1 ms');
    } finally {
      await app.stop();
    }
  });
});
