import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initORM, type Orm } from '../../src/db';
import { Alias, Article, Mention, NewsEntity, Relationship, Role, Statement } from '../../src/domain';
import { ingestFiles } from '../../src/ingest';
import { normaliseAlias } from '../../src/extract/referent';

const MAX_BYTES = 1_000_000;

async function entityNamed(orm: Orm, surface: string): Promise<NewsEntity | null> {
  const alias = await orm.em.fork().findOne(Alias, { normalized: normaliseAlias(surface) }, { populate: ['entity'] });
  return alias?.entity ?? null;
}

async function counts(orm: Orm) {
  const em = orm.em.fork();
  return {
    articles: await em.count(Article),
    entities: await em.count(NewsEntity),
    aliases: await em.count(Alias),
    mentions: await em.count(Mention),
    statements: await em.count(Statement),
    roles: await em.count(Role),
    relationships: await em.count(Relationship),
  };
}

describe('ingesting the seed articles', () => {
  let orm: Orm;
  beforeAll(async () => {
    orm = await initORM(':memory:');
    const outcomes = await ingestFiles(orm.em.fork(), ['seeds'], MAX_BYTES);
    expect(outcomes.map((o) => o.status)).toEqual(['created', 'created', 'created', 'created', 'created']);
  });
  afterAll(() => orm.close(true));

  it('finds the people, places and organisations the articles name', async () => {
    const expected: [string, string][] = [
      ['John Kerry', 'PERSON'],
      ['Sergei Lavrov', 'PERSON'],
      ['John Kirby', 'PERSON'],
      ['Dmitry Peskov', 'PERSON'],
      ['Bashar al-Assad', 'PERSON'],
      ['Josh Earnest', 'PERSON'],
      ['Vladimir Putin', 'PERSON'],
      ['Federica Mogherini', 'PERSON'],
      ['Aleppo', 'PLACE'],
      ['Handarat', 'PLACE'],
      ['Damascus', 'PLACE'],
      ['Hama', 'PLACE'],
      ['Geneva', 'PLACE'],
      ['State Department', 'ORGANIZATION'],
      ['Kremlin', 'ORGANIZATION'],
      ['UN Security Council', 'ORGANIZATION'],
    ];
    for (const [name, kind] of expected) {
      const entity = await entityNamed(orm, name);
      expect(entity, name).not.toBeNull();
      expect(entity!.kind, name).toBe(kind);
    }
    expect((await entityNamed(orm, 'Obama'))?.kind).toBe('PERSON');
    expect((await entityNamed(orm, 'Bashar Ja’afari'))?.kind).toBe('PERSON');
  });

  it('merges the forms of one person across articles into one entity', async () => {
    const kerry = await entityNamed(orm, 'John Kerry');
    expect(kerry?.name).toBe('John Kerry');
    expect((await entityNamed(orm, 'Kerry'))?.id).toBe(kerry!.id);
    expect(await orm.em.fork().count(NewsEntity, { name: { $like: '%Kerry%' } })).toBe(1);
    const lavrov = await entityNamed(orm, 'Sergei Lavrov');
    expect((await entityNamed(orm, 'Sergey Lavrov'))?.id).toBe(lavrov!.id);
    expect((await entityNamed(orm, 'Lavrov'))?.id).toBe(lavrov!.id);
    // Kerry is mentioned in all five articles.
    const articles = await orm.em.getConnection().execute<{ n: number }>('SELECT COUNT(DISTINCT article_id) AS n FROM mention WHERE entity_id = ?', [kerry!.id], 'get');
    expect(Number(articles.n)).toBe(5);
    // Different people sharing a name part stay apart.
    expect((await entityNamed(orm, 'John Kirby'))?.id).not.toBe(kerry!.id);
    expect((await entityNamed(orm, 'Bashar al-Assad'))?.id).not.toBe((await entityNamed(orm, 'Bashar Ja’afari'))?.id);
  });

  it('attributes quotes to their speakers', async () => {
    const em = orm.em.fork();
    const kirby = await entityNamed(orm, 'John Kirby');
    const kerry = await entityNamed(orm, 'John Kerry');
    const quotes = await em.find(Statement, { kind: 'QUOTE' }, { populate: ['speaker'] });
    const by = (speaker: NewsEntity | null, words: string) => quotes.find((q) => q.speaker?.id === speaker?.id && q.text.includes(words));
    expect(by(kirby, 'He informed the foreign minister')).toBeDefined();
    expect(by(kerry, 'We are on the verge of suspending the discussion')).toBeDefined();
    const peskov = await entityNamed(orm, 'Dmitry Peskov');
    expect(by(peskov, 'continue the operation of its air force')).toBeDefined();
    const spoken = quotes.filter((q) => q.speaker);
    expect(spoken.length / quotes.length).toBeGreaterThan(0.8);
  });

  it('records roles of people', async () => {
    const peskov = await entityNamed(orm, 'Dmitry Peskov');
    const roles = await orm.em.fork().find(Role, { person: peskov!.id });
    expect(roles.map((r) => r.title.toLowerCase())).toEqual(expect.arrayContaining([expect.stringMatching(/spokes(man|person)/)]));
  });

  it('adds nothing when the same articles are ingested again', async () => {
    const before = await counts(orm);
    const outcomes = await ingestFiles(orm.em.fork(), ['seeds'], MAX_BYTES);
    expect(outcomes.every((o) => o.status === 'unchanged')).toBe(true);
    expect(await counts(orm)).toEqual(before);
  });
});
