import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/app';
import { gql, startTestApp, TEST_TOKEN } from '../helpers/app';

describe('GraphQL over HTTP on the seeds', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.stop());

  it('walks person -> statements -> article -> entities', async () => {
    const res = await gql(
      app,
      `query ($name: String!) {
        entity(name: $name) {
          __typename name aliases
          ... on Person { roles { title organization { name } } }
          statements(first: 50) {
            totalCount
            edges { cursor node { kind text article { title entities { __typename name } } } }
          }
        }
      }`,
      { name: 'kirby' },
    );
    expect(res.status).toBe(200);
    expect(res.errors).toBeUndefined();
    const kirby = res.data!.entity;
    expect(kirby.__typename).toBe('Person');
    expect(kirby.name).toBe('John Kirby');
    expect(kirby.statements.totalCount).toBeGreaterThanOrEqual(3);
    const first = kirby.statements.edges[0].node;
    expect(first.text.length).toBeGreaterThan(20);
    const names = first.article.entities.map((e: { name: string }) => e.name);
    expect(names).toEqual(expect.arrayContaining(['John Kerry', 'John Kirby', 'Aleppo']));
  });

  it('lists entities by kind with Relay pagination', async () => {
    const page1 = await gql(app, `{ entities(kind: PERSON, first: 3) { totalCount edges { cursor node { name } } pageInfo { hasNextPage hasPreviousPage endCursor } } }`);
    const conn = page1.data!.entities;
    expect(conn.edges).toHaveLength(3);
    expect(conn.totalCount).toBeGreaterThanOrEqual(10);
    expect(conn.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const page2 = await gql(app, `query ($after: String) { entities(kind: PERSON, first: 3, after: $after) { edges { node { name } } pageInfo { hasPreviousPage } } }`, {
      after: conn.pageInfo.endCursor,
    });
    expect(page2.data!.entities.pageInfo.hasPreviousPage).toBe(true);
    const seen = new Set(conn.edges.map((e: { node: { name: string } }) => e.node.name));
    for (const edge of page2.data!.entities.edges) expect(seen.has(edge.node.name)).toBe(false);
  });

  it('refuses a page larger than the cap with BAD_USER_INPUT', async () => {
    const res = await gql(app, `{ articles(first: 101) { totalCount } }`);
    expect(res.status).toBe(400);
    expect(res.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(res.errors![0].message).toContain('100');
  });

  it('finds a path between two people and related entities', async () => {
    const ids = await gql(app, `{ a: entity(name: "Peskov") { id } b: entity(name: "Kirby") { id related(first: 5) { weight entity { name } } } }`);
    expect(ids.data!.b.related.length).toBeGreaterThan(0);
    const res = await gql(app, `query ($a: ID!, $b: ID!) { path(fromId: $a, toId: $b, maxHops: 6) { hops entities { name } } }`, {
      a: ids.data!.a.id,
      b: ids.data!.b.id,
    });
    expect(res.errors).toBeUndefined();
    const path = res.data!.path;
    expect(path.entities[0].name).toBe('Dmitry Peskov');
    expect(path.entities[path.entities.length - 1].name).toBe('John Kirby');
    expect(path.hops).toBe(path.entities.length - 1);
  });

  it('searches names, statements and articles', async () => {
    const res = await gql(app, `{ search(query: "alepp", first: 5) { score snippet node { __typename id } } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data!.search.length).toBeGreaterThan(0);
    expect(res.data!.search[0].snippet).toContain('<b>');
    const none = await gql(app, `{ search(query: "zzqxj", first: 5) { score } }`);
    expect(none.data!.search).toEqual([]);
  });

  it('round-trips node(id) for every Node type', async () => {
    const res = await gql(app, `{
      person: entity(name: "Kerry") { id __typename }
      org: entities(kind: ORGANIZATION, first: 1) { edges { node { id __typename } } }
      place: entities(kind: PLACE, first: 1) { edges { node { id __typename } } }
      articles(first: 1) { edges { node { id __typename } } }
      statements(first: 1) { edges { node { id __typename } } }
    }`);
    const d = res.data!;
    const nodes = [d.person, d.org.edges[0].node, d.place.edges[0].node, d.articles.edges[0].node, d.statements.edges[0].node];
    expect(nodes.map((n) => n.__typename)).toEqual(['Person', 'Organization', 'Place', 'Article', 'Statement']);
    for (const node of nodes) {
      const back = await gql(app, `query ($id: ID!) { node(id: $id) { id __typename } }`, { id: node.id });
      expect(back.data!.node).toEqual(node);
    }
    const many = await gql(app, `query ($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids: nodes.map((n) => n.id) });
    expect(many.data!.nodes.map((n: { id: string }) => n.id)).toEqual(nodes.map((n) => n.id));
  });

  it('answers a malformed id with BAD_USER_INPUT, not a server error', async () => {
    const res = await gql(app, `{ node(id: "not-an-id") { id } }`);
    expect(res.status).toBe(400);
    expect(res.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  });

  describe('ingestArticle', () => {
    const mutation = `mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) { id title entities { name } } }`;
    const article = {
      text: 'Mayor Anna Lindqvist of Uppsala said on Monday that the city council would vote on the new tram line.\n\n"We have waited long enough," Lindqvist told reporters.',
    };

    it('is refused without a valid token, with UNAUTHENTICATED and nothing written', async () => {
      const before = await gql(app, `{ articles { totalCount } }`);
      const attempts: Record<string, string>[] = [{}, { authorization: 'Bearer wrong-token-wrong-token' }, { authorization: TEST_TOKEN }];
      for (const headers of attempts) {
        const res = await gql(app, mutation, { input: article }, headers);
        expect(res.status).toBe(401);
        expect(res.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
        expect(res.errors![0].message).toBe('Authentication required');
      }
      const after = await gql(app, `{ articles { totalCount } }`);
      expect(after.data!.articles.totalCount).toBe(before.data!.articles.totalCount);
    });

    it('ingests with the token, and again is a no-op', async () => {
      const auth = { authorization: `Bearer ${TEST_TOKEN}` };
      const res = await gql(app, mutation, { input: article }, auth);
      expect(res.errors).toBeUndefined();
      expect(res.data!.ingestArticle.entities.map((e: { name: string }) => e.name)).toContain('Anna Lindqvist');
      const again = await gql(app, mutation, { input: article }, auth);
      expect(again.data!.ingestArticle.id).toBe(res.data!.ingestArticle.id);
    });

    it('refuses an empty article with BAD_USER_INPUT', async () => {
      const res = await gql(app, mutation, { input: { text: '   ' } }, { authorization: `Bearer ${TEST_TOKEN}` });
      expect(res.status).toBe(400);
      expect(res.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
      expect(res.errors![0].message).toContain('empty');
    });
  });
});
