import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { initORM, SCHEMA_VERSION, type Orm } from '../../src/db';
import { ingestFiles } from '../../src/ingest';

const MAX_BYTES = 1_000_000;

/** Entities whose stored totals differ from what the mention and statement rows say. */
async function driftedCounts(orm: Orm): Promise<unknown[]> {
  return orm.em.getConnection().execute(
    `SELECT id, name, article_count, statement_count, counted_articles, counted_statements FROM (
       SELECT e.*, (SELECT COUNT(DISTINCT article_id) FROM mention WHERE entity_id = e.id) AS counted_articles,
                   (SELECT COUNT(*) FROM statement WHERE speaker_id = e.id) AS counted_statements
       FROM entity e)
     WHERE article_count <> counted_articles OR statement_count <> counted_statements`,
  );
}

async function userVersion(orm: Orm): Promise<number> {
  const [row] = await orm.em.getConnection().execute<{ user_version: number }[]>('PRAGMA user_version');
  return row!.user_version;
}

describe('stored totals and schema versions', () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-counts-'));
  const file = join(dir, 'graph.sqlite');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps each entity’s article and statement totals equal to its rows, re-ingestion included', async () => {
    const orm = await initORM(file);
    try {
      expect(await userVersion(orm)).toBe(SCHEMA_VERSION);
      await ingestFiles(orm.em.fork(), ['seeds', 'test/fixtures/articles'], MAX_BYTES);
      const again = await ingestFiles(orm.em.fork(), ['seeds'], MAX_BYTES);
      expect(again.every((o) => o.status === 'unchanged')).toBe(true);
      const [{ speakers }] = await orm.em.getConnection().execute<{ speakers: number }[]>('SELECT COUNT(*) AS speakers FROM entity WHERE statement_count > 1');
      expect(speakers).toBeGreaterThan(10); // the check below compares real totals, not zeros
      expect(await driftedCounts(orm)).toEqual([]);
    } finally {
      await orm.close(true);
    }
  });

  it('migrates a database of the first layout (no version, no totals) when it is opened', async () => {
    const old = await initORM(file);
    await old.em.getConnection().execute('ALTER TABLE entity DROP COLUMN article_count');
    await old.em.getConnection().execute('ALTER TABLE entity DROP COLUMN statement_count');
    await old.em.getConnection().execute('PRAGMA user_version = 0');
    await old.close(true);

    const orm = await initORM(file);
    try {
      expect(await userVersion(orm)).toBe(SCHEMA_VERSION);
      expect(await driftedCounts(orm)).toEqual([]);
      const [{ n }] = await orm.em.getConnection().execute<{ n: number }[]>('SELECT COUNT(*) AS n FROM entity WHERE article_count > 0');
      expect(n).toBeGreaterThan(0);
      // Ingesting after the migration keeps the totals exact.
      await ingestFiles(orm.em.fork(), ['test/fixtures/articles'], MAX_BYTES);
      expect(await driftedCounts(orm)).toEqual([]);
    } finally {
      await orm.close(true);
    }
  });

  it('refuses a database written by a newer version, leaving it untouched', async () => {
    const orm = await initORM(file);
    await orm.em.getConnection().execute(`PRAGMA user_version = ${SCHEMA_VERSION + 1}`);
    await orm.close(true);
    await expect(initORM(file)).rejects.toThrow(/newer than this newsgraph/);
  });
});
