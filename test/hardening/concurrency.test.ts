import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/app';
import { gql, startTestApp, TEST_TOKEN } from '../helpers/app';

const SEEDS = join(__dirname, '..', '..', 'seeds');
const ARTICLES = 24;
const WRITERS = 3;
const READERS = 6;

const READS = [
  '{ articles(first: 50) { totalCount edges { node { id title entities { name } } } } }',
  '{ entity(name: "Kirby") { name statements(first: 5) { totalCount edges { node { text article { title } } } } related(first: 5) { weight entity { name } } } }',
  '{ search(query: "kerry", first: 10) { score node { __typename id } } }',
  '{ entities(kind: PERSON, first: 20) { totalCount edges { node { name articles(first: 3) { totalCount } } } } }',
];

describe('concurrency: reads under load while articles are ingested through the mutation', () => {
  let app: RunningApp;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'newsgraph-concurrency-'));
    app = await startTestApp({ DATABASE_URL: join(dir, 'graph.sqlite') });
  });
  afterAll(async () => {
    await app.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it(`${WRITERS} writers ingest ${ARTICLES} articles while ${READERS} readers query: no errors, no lost articles`, async () => {
    const baseline = (await gql(app, '{ articles { totalCount } }')).data!.articles.totalCount as number;
    const seeds = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(SEEDS, f), 'utf8'));
    const texts = Array.from({ length: ARTICLES }, (_, i) => `${seeds[i % seeds.length]}\n\nConcurrency copy ${i}.\n`);
    const ingest = (t: string) =>
      gql(app, 'mutation ($t: String!) { ingestArticle(input: { text: $t }) { id title } }', { t }, { authorization: `Bearer ${TEST_TOKEN}` });

    let writing = true;
    const readErrors: string[] = [];
    let reads = 0;
    const reader = async (n: number) => {
      while (writing) {
        const res = await gql(app, READS[(n + reads) % READS.length]!);
        reads++;
        if (res.status !== 200 || res.errors) readErrors.push(`${res.status} ${JSON.stringify(res.errors)}`);
      }
    };
    const ids: string[] = [];
    const writeErrors: string[] = [];
    let next = 0;
    const writer = async () => {
      while (next < texts.length) {
        const text = texts[next++]!;
        const res = await ingest(text);
        if (res.status !== 200 || res.errors) writeErrors.push(JSON.stringify(res.errors));
        else ids.push(res.data!.ingestArticle.id);
      }
    };
    const readers = Array.from({ length: READERS }, (_, i) => reader(i));
    // The same text from two clients at once is still one article.
    const [twinA, twinB] = await Promise.all([ingest(texts[0]!), ingest(texts[0]!), Promise.all(Array.from({ length: WRITERS }, writer))]);
    writing = false;
    await Promise.all(readers);

    expect(writeErrors).toEqual([]);
    expect(readErrors).toEqual([]);
    expect(reads).toBeGreaterThan(READERS);
    expect(twinA.data!.ingestArticle.id).toBe(twinB.data!.ingestArticle.id);
    expect(new Set(ids).size).toBe(ARTICLES);
    const after = await gql(app, '{ articles { totalCount } }');
    expect(after.data!.articles.totalCount).toBe(baseline + ARTICLES);
    const found = await gql(app, 'query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids });
    expect(found.data!.nodes.map((n: { id: string } | null) => n?.id)).toEqual(ids);
  }, 120_000);
});
