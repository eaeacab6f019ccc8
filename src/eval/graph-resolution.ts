import 'reflect-metadata';
import { initORM } from '../db';
import { ingestArticle } from '../ingest';
import type { ExtractedArticle } from '../extract/types';
import { tallyResolution, type ResolutionScore } from './resolution';

/** Larger than any fixture: the check is about resolution, not the size limit. */
const MAX_BYTES = 1_000_000;

/**
 * Resolution as `npm run ingest` does it: every article ingested in order into a new SQLite
 * database (the graph keeps entities, aliases and keys in tables, not in memory), each gold id
 * followed to the graph entity its extracted entity was resolved to. scoreResolution() replays
 * the same rules in memory; this checks that the two agree on real storage.
 */
export async function scoreGraphResolution(
  articles: readonly { text: string; file: string; extracted: ExtractedArticle; goldOf: Map<string, string>; goldIds: readonly string[] }[],
  databaseUrl = ':memory:',
): Promise<ResolutionScore> {
  const orm = await initORM(databaseUrl);
  try {
    const goldToGraph = new Map<string, Set<number>>();
    const graphToGold = new Map<number, Set<string>>();
    const articlesOf = new Map<string, number>();
    for (const { text, file, extracted, goldOf, goldIds } of articles) {
      for (const g of new Set(goldIds)) articlesOf.set(g, (articlesOf.get(g) ?? 0) + 1);
      const { entityIdByKey } = await ingestArticle(orm.em.fork(), { text, file }, MAX_BYTES);
      for (const e of extracted.entities) {
        const gold = goldOf.get(e.key);
        const id = entityIdByKey.get(e.key);
        if (!gold || id === undefined) continue;
        goldToGraph.set(gold, (goldToGraph.get(gold) ?? new Set()).add(id));
        graphToGold.set(id, (graphToGold.get(id) ?? new Set()).add(gold));
      }
    }
    const rows = await orm.em.getConnection().execute<{ id: number; name: string }[]>('SELECT id, name FROM entity');
    const names = new Map(rows.map((r) => [r.id, r.name]));
    return tallyResolution(articlesOf, goldToGraph, graphToGold, (id) => names.get(id) ?? `#${id}`);
  } finally {
    await orm.close(true);
  }
}
