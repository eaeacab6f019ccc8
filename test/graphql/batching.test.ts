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

  it('runs about as many statements for 50 entities as for 5 (bounded by depth, not page size)', async () => {
    const counts: number[] = [];
    for (const n of [5, 10, 20, 30, 50]) {
      counts.push(
        await countStatements(app, async () => {
          const res = await gql(app, THREE_LEVELS, { n });
          expect(res.errors).toBeUndefined();
          expect(res.data!.entities.totalCount).toBeGreaterThanOrEqual(50);
          expect(res.data!.entities.edges).toHaveLength(n);
        }),
      );
    }
    // Pages differ in what an outer level already cached, so a level may be skipped or added
    // (a spread of a few statements); an N+1 would add a statement per node per level
    // (45 more from 5 to 50 entities at each level it hits).
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(4);
    expect(Math.max(...counts)).toBeLessThan(30);
  });
});
