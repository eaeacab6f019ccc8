import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initORM, type Orm } from '../../src/db';
import { Alias, NewsEntity } from '../../src/domain';
import { ingestArticle } from '../../src/ingest';

describe('cross-document resolution in the graph', () => {
  let orm: Orm;
  beforeAll(async () => {
    orm = await initORM(':memory:');
  });
  afterAll(() => orm.close(true));

  async function ingest(text: string) {
    return ingestArticle(orm.em.fork(), { text }, 1_000_000);
  }

  it('merges forms of one referent that never meet in one article, keeps different people apart', async () => {
    await ingest('Trade ministers met in Lisbon on Monday.\n\nThe United States said it would lower tariffs, Minister Alexander Petrov said.');
    await ingest('Officials in Madrid welcomed the plan.\n\nThe U.S. delegation left early, said Aleksandr Petrov, who chaired the talks.');
    await ingest('Ana Petrova, the ministry spokeswoman, said the talks in Lisbon would resume.');
    const em = orm.em.fork();
    const us = await em.find(Alias, { normalized: { $in: ['united states', 'u s'] } }, { populate: ['entity'] });
    expect(new Set(us.map((a) => a.entity.id)).size).toBe(1);
    const petrovs = await em.find(NewsEntity, { name: { $like: '%Petrov%' } });
    expect(petrovs.map((p) => p.name).sort()).toEqual(['Alexander Petrov', 'Ana Petrova']);
    const lisbon = await em.find(NewsEntity, { name: 'Lisbon' });
    expect(lisbon).toHaveLength(1);
  });
});
