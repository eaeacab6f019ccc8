import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { initORM, type Orm } from '../../src/db';
import { lookupKeys, normaliseAlias } from '../../src/extract/referent';
import type { EntityKind } from '../../src/extract/types';
import { ingestArticle, RESOLUTION_KEYS_VERSION, refreshResolutionKeys } from '../../src/ingest';

const MAX_BYTES = 1_000_000;

/**
 * What normaliseAlias() and lookupKeys() gave when RESOLUTION_KEYS_VERSION was last set. Both
 * are stored in the database, so when this test fails because the folding changed on
 * purpose: bump RESOLUTION_KEYS_VERSION (src/ingest/resolution-keys.ts), so that existing
 * databases are rebuilt, then regenerate the record (see its "how" field).
 */
const RECORD_FILE = join(__dirname, '..', 'fixtures', 'resolution-keys.json');
const RECORD = JSON.parse(readFileSync(RECORD_FILE, 'utf8')) as {
  how: string;
  version: number;
  normalised: Record<string, string>;
  keys: { kind: EntityKind; name: string; aliases: string[]; keys: string[] }[];
};

function currentRecord(): typeof RECORD {
  return {
    how: RECORD.how,
    version: RESOLUTION_KEYS_VERSION,
    normalised: Object.fromEntries(Object.keys(RECORD.normalised).map((s) => [s, normaliseAlias(s)])),
    keys: RECORD.keys.map(({ kind, name, aliases }) => ({ kind, name, aliases, keys: lookupKeys({ kind, name, aliases }) })),
  };
}

if (process.env.RECORD_RESOLUTION_KEYS === '1') writeFileSync(RECORD_FILE, `${JSON.stringify(currentRecord(), null, 2)}\n`);

describe('the folding behind stored aliases and keys', () => {
  it('is the folding RESOLUTION_KEYS_VERSION names (bump the version when it changes)', () => {
    const current = currentRecord();
    expect(current.version).toBe(RECORD.version);
    expect(current.normalised).toEqual(RECORD.normalised);
    expect(current.keys).toEqual(RECORD.keys);
  });
});

const ARTICLE_A = `Turkish striker signs for Lisbon club

LISBON - Emre Yıldız joined Sporting Lisboa on Monday, the club said.

"I have wanted this move for a long time," Yıldız told reporters at the stadium.
`;

const ARTICLE_B = `Emre Yildiz scores twice on debut

LISBON - Emre Yildiz scored twice in his first match on Saturday.

"It was a dream," Yildiz said after the game.
`;

async function rows<T>(orm: Orm, sql: string): Promise<T[]> {
  return orm.em.getConnection().execute<T[]>(sql);
}

describe('refreshResolutionKeys', () => {
  let orm: Orm;
  beforeEach(async () => {
    orm = await initORM(':memory:');
  });
  afterEach(async () => {
    await orm.close(true);
  });

  it('records the version on a new database and then has nothing to do', async () => {
    expect(await refreshResolutionKeys(orm)).toMatchObject({ from: null, to: RESOLUTION_KEYS_VERSION, entities: 0 });
    expect(await refreshResolutionKeys(orm)).toBeUndefined();
  });

  it('rebuilds aliases and keys written with an older folding, so resolution finds them again', async () => {
    await refreshResolutionKeys(orm);
    await ingestArticle(orm.em.fork(), { text: ARTICLE_A }, MAX_BYTES);
    const aliasesBefore = await rows<{ entity_id: number; normalized: string }>(orm, 'SELECT entity_id, normalized FROM alias ORDER BY id');
    const keysBefore = await rows<{ entity_id: number; key: string }>(orm, 'SELECT entity_id, key FROM entity_key');
    expect(aliasesBefore.some((a) => a.normalized.includes('yildiz'))).toBe(true);

    // What an older newsgraph wrote: no folding of the dotless ı, keys from the raw names.
    await rows(orm, `UPDATE alias SET normalized = lower(text)`);
    await rows(orm, `DELETE FROM entity_key WHERE key NOT LIKE 'id:%'`);
    await rows(orm, `INSERT INTO entity_key (entity_id, key) SELECT id, lower(name) FROM entity`);
    await rows(orm, `DELETE FROM newsgraph_setting`);

    const refresh = await refreshResolutionKeys(orm);
    expect(refresh).toMatchObject({ from: null, to: RESOLUTION_KEYS_VERSION });
    expect(refresh!.aliasesChanged).toBeGreaterThan(0);
    expect(await rows(orm, 'SELECT entity_id, normalized FROM alias ORDER BY id')).toEqual(aliasesBefore);
    const keysAfter = await rows<{ entity_id: number; key: string }>(orm, 'SELECT entity_id, key FROM entity_key');
    expect(keysAfter).toEqual(expect.arrayContaining(keysBefore));

    await ingestArticle(orm.em.fork(), { text: ARTICLE_B }, MAX_BYTES);
    const people = await rows<{ name: string }>(orm, `SELECT name FROM entity WHERE kind = 'PERSON'`);
    expect(people.map((p) => p.name)).toEqual(['Emre Yıldız']);
  });

  it('folds two stored aliases that now fold alike into one', async () => {
    await refreshResolutionKeys(orm);
    await ingestArticle(orm.em.fork(), { text: ARTICLE_A }, MAX_BYTES);
    const [person] = await rows<{ id: number }>(orm, `SELECT id FROM entity WHERE kind = 'PERSON'`);
    await rows(orm, `INSERT INTO alias (entity_id, text, normalized) VALUES (${person!.id}, 'YILDIZ', 'old form')`);
    await rows(orm, `DELETE FROM newsgraph_setting`);
    const refresh = await refreshResolutionKeys(orm);
    expect(refresh!.aliasesMerged).toBe(1);
    const forms = await rows<{ normalized: string }>(orm, `SELECT normalized FROM alias WHERE entity_id = ${person!.id}`);
    expect(new Set(forms.map((f) => f.normalized)).size).toBe(forms.length);
  });

  it("gives an older database's entities their first article's countries, as ingestion stores them", async () => {
    await refreshResolutionKeys(orm);
    const text = [
      'Harbour dues to rise in Tasmania',
      '',
      'HOBART, Australia - The Tasmanian Ports Corporation said on Monday that harbour dues in Hobart, Launceston and Devonport would rise by 4 percent from July.',
      '',
      '"Costs have risen for three years," chief executive Wendell Ostrowski-Baird told reporters in Hobart. New Zealand shippers said they would pass the rise on.',
    ].join('\n');
    await ingestArticle(orm.em.fork(), { text }, MAX_BYTES);
    const context = `SELECT entity_id, key FROM entity_key WHERE key LIKE 'at:%' OR key LIKE 'named:%' ORDER BY entity_id, key`;
    const before = await rows<{ entity_id: number; key: string }>(orm, context);
    expect(before).toContainEqual(expect.objectContaining({ key: 'at:country:AUS' }));
    expect(before.some((k) => k.key === 'named:country:NZL')).toBe(true);

    // What a newsgraph before version 15 stored: no such keys.
    await rows(orm, `DELETE FROM entity_key WHERE key LIKE 'at:%' OR key LIKE 'named:%'`);
    await rows(orm, `UPDATE newsgraph_setting SET value = '14'`);
    expect(await refreshResolutionKeys(orm)).toMatchObject({ from: 14, to: RESOLUTION_KEYS_VERSION });
    expect(await rows(orm, context)).toEqual(before);
  });

  it('refuses a database whose keys come from a newer newsgraph', async () => {
    await refreshResolutionKeys(orm);
    await rows(orm, `UPDATE newsgraph_setting SET value = '${RESOLUTION_KEYS_VERSION + 1}'`);
    await expect(refreshResolutionKeys(orm)).rejects.toThrow(/newer than this newsgraph/);
  });
});
