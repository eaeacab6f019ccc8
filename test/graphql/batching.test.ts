import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/app';
import { ingestFiles } from '../../src/ingest';
import { gql, startTestApp } from '../helpers/app';

/** Counts the SQL statements the server runs while `action` runs. */
async function countStatements(app: RunningApp, action: () => Promise<unknown>): Promise<number> {
  const knex = app.orm.em.getKnex();
  let count = 0;
  const listener = () => count++;
  knex.on('query', listener);
  try {
    await action();
  } finally {
    knex.off('query', listener);
  }
  return count;
}

const THREE_LEVELS = `query ($n: Int!) {
  entities(first: $n) {
    totalCount
    edges { node {
      name aliases mentionCount
      ... on Person { roles { title organization { name } } }
      related(first: 3) { weight types entity { name } }
      articles(first: 2) { totalCount edges { node { title } } }
      statements(first: 5) { totalCount edges { node { text speaker { name } about { name aliases } article { title entities { name } } } } }
    } }
  }
}`;

describe('batching: SQL statements follow query depth, not result size', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startTestApp();
    // The seeds and the extraction fixtures: a few hundred entities to page through.
    await ingestFiles(app.orm.em.fork(), ['test/fixtures/articles'], 1_000_000);
  });
  afterAll(() => app.stop());

  it('runs the same number of statements for 5 and for 50 entities', async () => {
    const counts: number[] = [];
    for (const n of [5, 50]) {
      counts.push(
        await countStatements(app, async () => {
          const res = await gql(app, THREE_LEVELS, { n });
          expect(res.errors).toBeUndefined();
          expect(res.data!.entities.totalCount).toBeGreaterThanOrEqual(50);
          expect(res.data!.entities.edges).toHaveLength(n);
        }),
      );
    }
    const [few, many] = counts as [number, number];
    // Ten times the nodes, not one statement more (an N+1 would add 45 per level).
    expect(many).toBeLessThanOrEqual(few);
    expect(few).toBeLessThan(30);
  });
});
