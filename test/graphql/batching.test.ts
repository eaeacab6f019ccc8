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

  it('runs as many statements for 50 entities as for 30, and at most a level more than for 5', async () => {
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
    const [c5, , , c30, c50] = counts as [number, number, number, number, number];
    // Small pages can skip a level: entities already loaded by an outer level are cached and
    // need no statement. Past that, ten times the nodes cost not one statement more; an N+1
    // would add a statement per node per level (45 more from 5 to 50 entities).
    expect(c50).toBe(c30);
    expect(c50 - c5).toBeLessThanOrEqual(4);
    expect(c50).toBeLessThan(30);
  });
});
