import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/app';
import { encodeCursor } from '../../src/graphql/pagination';
import { gql, startTestApp, TEST_TOKEN } from '../helpers/app';

describe('traversal features over HTTP', () => {
  let app: RunningApp;
  let kerryId: string;
  beforeAll(async () => {
    app = await startTestApp();
    kerryId = (await gql(app, `{ entity(name: "John Kerry") { id } }`)).data!.entity.id;
  });
  afterAll(() => app.stop());

  it('pages backwards with last/before and forwards to an empty last page', async () => {
    const all = await gql(app, `{ articles(first: 100) { totalCount edges { cursor node { id } } } }`);
    const edges = all.data!.articles.edges;
    expect(edges).toHaveLength(5);
    const back = await gql(app, `query ($b: String) { articles(last: 2, before: $b) { edges { node { id } } pageInfo { hasPreviousPage hasNextPage } } }`, {
      b: edges[4].cursor,
    });
    expect(back.data!.articles.edges.map((e: any) => e.node.id)).toEqual([edges[2].node.id, edges[3].node.id]);
    expect(back.data!.articles.pageInfo).toEqual({ hasPreviousPage: true, hasNextPage: true });
    const past = await gql(app, `query ($a: String) { articles(first: 5, after: $a) { edges { cursor } pageInfo { hasNextPage startCursor } } }`, { a: edges[4].cursor });
    expect(past.data!.articles.edges).toEqual([]);
    expect(past.data!.articles.pageInfo).toEqual({ hasNextPage: false, startCursor: null });
    const invalid = await gql(app, `{ articles(after: "garbage") { totalCount } }`);
    expect(invalid.status).toBe(400);
    expect(invalid.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    const empty = await gql(app, `{ entities(query: "no such name anywhere") { totalCount edges { cursor } pageInfo { hasNextPage endCursor } } }`);
    expect(empty.data!.entities).toEqual({ totalCount: 0, edges: [], pageInfo: { hasNextPage: false, endCursor: null } });
    expect(encodeCursor(0)).not.toContain('0:'); // opaque
  });

  it('filters and orders entities', async () => {
    const byName = await gql(app, `{ entities(kind: PERSON, orderBy: NAME, first: 100) { edges { node { name } } } }`);
    const names = byName.data!.entities.edges.map((e: any) => e.node.name);
    expect(names).toEqual([...names].sort((a: string, b: string) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
    const prefix = await gql(app, `{ entities(prefix: "ker") { edges { node { name } } } }`);
    expect(prefix.data!.entities.edges.map((e: any) => e.node.name)).toContain('John Kerry');
    const frequent = await gql(app, `{ entities(minMentions: 10, first: 100) { edges { node { mentionCount } } } }`);
    expect(frequent.data!.entities.edges.length).toBeGreaterThan(0);
    for (const e of frequent.data!.entities.edges) expect(e.node.mentionCount).toBeGreaterThanOrEqual(10);
    const article = (await gql(app, `{ articles(first: 1) { edges { node { id entities { name } } } } }`)).data!.articles.edges[0].node;
    const inArticle = await gql(app, `query ($a: ID!) { entities(mentionedIn: $a, first: 100) { totalCount } }`, { a: article.id });
    expect(inArticle.data!.entities.totalCount).toBe(article.entities.length);
  });

  it('filters articles by entity, source and date, and statements by text and kind', async () => {
    const mentioning = await gql(app, `query ($k: ID!) { articles(mentioning: $k) { totalCount } }`, { k: kerryId });
    expect(mentioning.data!.articles.totalCount).toBe(5);
    const dated = await gql(app, `{ articles(publishedAfter: "2016-09-01T00:00:00Z", publishedBefore: "2016-10-01T00:00:00Z", orderBy: PUBLISHED_NEWEST) { edges { node { publishedAt } } } }`);
    for (const e of dated.data!.articles.edges) expect(e.node.publishedAt.startsWith('2016-09')).toBe(true);
    const none = await gql(app, `{ articles(source: "No Such Agency") { totalCount } }`);
    expect(none.data!.articles.totalCount).toBe(0);
    const text = await gql(app, `{ statements(text: "burden remains", kind: QUOTE) { totalCount edges { node { text kind } } } }`);
    expect(text.data!.statements.totalCount).toBeGreaterThan(0);
    for (const e of text.data!.statements.edges) expect(e.node.text.toLowerCase()).toContain('burden remains');
  });

  it('lists typed relationships with evidence and related entities with their link kinds', async () => {
    const res = await gql(
      app,
      `query ($id: ID!) { node(id: $id) { ... on Entity {
        related(first: 3) { weight types evidenceCount entity { name } }
        relationships(first: 5, direction: ANY) { totalCount edges { node { type weight evidenceCount source { name } target { name } evidence(first: 2) { start end snippet article { title } } } } }
        out: relationships(type: SPOKE_TO, direction: OUTGOING) { edges { node { source { name } } } }
      } } }`,
      { id: kerryId },
    );
    expect(res.errors).toBeUndefined();
    const node = res.data!.node;
    expect(node.related[0].types.length).toBeGreaterThan(0);
    expect(node.related[0].evidenceCount).toBeGreaterThan(0);
    const rel = node.relationships.edges[0].node;
    expect([rel.source.name, rel.target.name]).toContain('John Kerry');
    expect(rel.evidence[0].snippet.length).toBeGreaterThan(10);
    for (const e of node.out.edges) expect(e.node.source.name).toBe('John Kerry');
  });

  it('gives each hop of a path its evidence, and null when no path exists', async () => {
    const ids = await gql(app, `{ a: entity(name: "Peskov") { id } }`);
    const res = await gql(app, `query ($a: ID!, $b: ID!) { path(fromId: $a, toId: $b) { hops steps { from { name } to { name } relationships { type evidence(first: 1) { snippet } } } } }`, {
      a: ids.data!.a.id,
      b: kerryId,
    });
    const path = res.data!.path;
    expect(path.steps).toHaveLength(path.hops);
    for (const step of path.steps) {
      expect(step.relationships.length).toBeGreaterThan(0);
      expect(step.relationships[0].evidence[0].snippet.length).toBeGreaterThan(0);
    }
    // An island: an article naming only people nobody else names.
    const island = await gql(
      app,
      `mutation ($t: String!) { ingestArticle(input: {text: $t}) { entities { id name } } }`,
      { t: 'Farmer Odile Brunnhofer met beekeeper Tarquin Velasquez-Oyelaran at the Grimsvik fair on Sunday.' },
      { authorization: `Bearer ${TEST_TOKEN}` },
    );
    const people = island.data!.ingestArticle.entities;
    expect(people.length).toBeGreaterThan(0);
    const none = await gql(app, `query ($a: ID!, $b: ID!) { path(fromId: $a, toId: $b, maxHops: 6) { hops } }`, { a: people[0].id, b: kerryId });
    expect(none.errors).toBeUndefined();
    expect(none.data!.path).toBeNull();
    const tooLong = await gql(app, `query ($a: ID!, $b: ID!) { path(fromId: $a, toId: $b, maxHops: 7) { hops } }`, { a: people[0].id, b: kerryId });
    expect(tooLong.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('returns a neighbourhood as nodes and edges among them', async () => {
    const res = await gql(app, `query ($id: ID!) { neighborhood(id: $id, depth: 2, first: 4) { nodes { id name } edges { id source target type weight } } }`, { id: kerryId });
    const { nodes, edges } = res.data!.neighborhood;
    expect(nodes[0].name).toBe('John Kerry');
    expect(nodes.length).toBeGreaterThan(4);
    expect(nodes.length).toBeLessThanOrEqual(1 + 4 + 4 * 4);
    const ids = new Set(nodes.map((n: any) => n.id));
    expect(edges.length).toBeGreaterThan(0);
    for (const e of edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
    const deep = await gql(app, `query ($id: ID!) { neighborhood(id: $id, depth: 4) { nodes { id } } }`, { id: kerryId });
    expect(deep.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('lists an article\'s mentions with offsets into its text and the sentence', async () => {
    const res = await gql(app, `{ articles(first: 1) { edges { node { text mentions(first: 10) { totalCount edges { node { surface start end sentence entity { name } } } } } } } }`);
    const article = res.data!.articles.edges[0].node;
    expect(article.mentions.totalCount).toBeGreaterThan(10);
    for (const { node } of article.mentions.edges) {
      expect(article.text.slice(node.start, node.end)).toBe(node.surface);
      expect(node.sentence).toContain(node.surface);
    }
  });

  it('searches with ranking, snippets and typo tolerance for names', async () => {
    const typo = await gql(app, `{ search(query: "Lavorv") { snippet node { ... on Entity { name } } } }`);
    expect(typo.data!.search.map((h: any) => h.node.name)).toEqual(expect.arrayContaining([expect.stringMatching(/Lavrov$/)]));
    const ranked = await gql(app, `{ search(query: "bunker buster", first: 5) { score snippet } }`);
    const scores = ranked.data!.search.map((h: any) => h.score);
    expect(scores.length).toBeGreaterThan(0);
    expect(scores).toEqual([...scores].sort((a: number, b: number) => b - a));
    const operators = await gql(app, `{ search(query: "\\"AND OR NEAR( *") { score } }`);
    expect(operators.errors).toBeUndefined();
  });
});

describe('search over a word that many articles share', () => {
  let app: RunningApp;
  const ingested: string[] = [];
  beforeAll(async () => {
    app = await startTestApp({ SEED_DIR: '', SEARCH_RANK_WINDOW: '10' });
    for (let i = 0; i < 15; i++) {
      const text = `Harbour board meets on dredging plan ${i}\n\nPORT ELLIS - The harbour board of Port Ellis met on Tuesday to discuss plan number ${i} for dredging the channel. ${'Dredging was the only item. '.repeat(1 + (i % 4))}Board member Anna Kowal${String.fromCharCode(97 + i)}ska said the vote would come next month.`;
      const res = await gql(app, `mutation ($t: String!) { ingestArticle(input: {text: $t}) { id } }`, { t: text }, { authorization: `Bearer ${TEST_TOKEN}` });
      ingested.push(res.data!.ingestArticle.id);
    }
  });
  afterAll(() => app.stop());

  it('ranks among the newest SEARCH_RANK_WINDOW matches per index, best first', async () => {
    const res = await gql(app, `{ search(query: "dredging", first: 50) { score node { __typename ... on Article { id } } } }`);
    const articles = res.data!.search.filter((h: any) => h.node.__typename === 'Article').map((h: any) => h.node.id);
    expect(articles).toHaveLength(10);
    expect(new Set(articles)).toEqual(new Set(ingested.slice(-10)));
    const scores = res.data!.search.map((h: any) => h.score);
    expect(scores).toEqual([...scores].sort((a: number, b: number) => b - a));
  });

  it('still finds a name typed with a typo when nothing matches as typed', async () => {
    const typo = await gql(app, `{ search(query: "Kowalbzka") { node { __typename ... on Entity { name } } } }`);
    expect(typo.data!.search.map((h: any) => h.node.name)).toContain('Anna Kowalbska');
  });
});
