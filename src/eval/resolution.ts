import type { ExtractedArticle } from '../extract/types';
import { articleCountry, chooseReferent, lookupKeys, namedCountries, type NamedEntity } from '../extract/referent';

/** Cross-document resolution outcome over all gold articles. */
export interface ResolutionScore {
  /** Gold ids that occur in more than one article. */
  repeated: number;
  /** Repeated gold ids whose predictions ended up as exactly one entity. */
  resolved: number;
  /** Extra gold ids folded into an entity that already stood for another gold id. */
  wrongMerges: number;
  errors: string[];
}

interface GraphEntity extends NamedEntity {
  id: number;
  aliases: string[];
}

/**
 * Replays ingestion's resolution: articles in order, each entity (with its article's country)
 * looked up by lookupKeys() and merged into the referent chooseReferent() picks, else added.
 */
export function scoreResolution(articles: readonly { extracted: ExtractedArticle; goldOf: Map<string, string>; goldIds: readonly string[] }[]): ResolutionScore {
  const graph: GraphEntity[] = [];
  const byKey = new Map<string, GraphEntity[]>();
  const goldToGraph = new Map<string, Set<number>>();
  const graphToGold = new Map<number, Set<string>>();
  const articlesOf = new Map<string, number>();
  articles.forEach(({ extracted, goldOf, goldIds }) => {
    for (const g of new Set(goldIds)) articlesOf.set(g, (articlesOf.get(g) ?? 0) + 1);
    const country = articleCountry(extracted.entities);
    const countriesNamed = namedCountries(extracted.entities);
    for (const extractedEntity of extracted.entities) {
      const e = { ...extractedEntity, country: extractedEntity.country ?? country, countriesNamed };
      const candidates = [...new Set(lookupKeys(e).flatMap((k) => byKey.get(k) ?? []))];
      let target = chooseReferent(e, candidates);
      if (target) {
        for (const a of [e.name, ...e.aliases]) if (!target.aliases.includes(a)) target.aliases.push(a);
      } else {
        // Ingestion stores the gazetteer id as a key and reads it back, so the replay keeps it too.
        target = { id: graph.length, kind: e.kind, name: e.name, aliases: [...e.aliases], gazetteerId: e.gazetteerId, country: e.country, countriesNamed };
        graph.push(target);
      }
      for (const k of lookupKeys(target)) {
        const list = byKey.get(k) ?? [];
        if (!list.includes(target)) list.push(target);
        byKey.set(k, list);
      }
      const gold = goldOf.get(e.key);
      if (!gold) continue;
      goldToGraph.set(gold, (goldToGraph.get(gold) ?? new Set()).add(target.id));
      graphToGold.set(target.id, (graphToGold.get(target.id) ?? new Set()).add(gold));
    }
  });
  return tallyResolution(articlesOf, goldToGraph, graphToGold, (id) => graph[id]!.name);
}

/**
 * Counts repeated referents resolved to one entity and wrong merges, from how often each gold id
 * occurs and which graph entities each gold id went to (and the reverse).
 */
export function tallyResolution(
  articlesOf: ReadonlyMap<string, number>,
  goldToGraph: ReadonlyMap<string, ReadonlySet<number>>,
  graphToGold: ReadonlyMap<number, ReadonlySet<string>>,
  nameOf: (id: number) => string,
): ResolutionScore {
  const errors: string[] = [];
  let repeated = 0;
  let resolved = 0;
  for (const [gold, n] of articlesOf) {
    if (n < 2) continue;
    repeated++;
    const ids = goldToGraph.get(gold) ?? new Set();
    if (ids.size === 1) resolved++;
    else errors.push(`not resolved: ${gold} -> ${[...ids].map(nameOf).join(' / ')}`);
  }
  let wrongMerges = 0;
  for (const [id, golds] of graphToGold) {
    if (golds.size > 1) {
      wrongMerges += golds.size - 1;
      errors.push(`wrong merge: ${nameOf(id)} <- ${[...golds].join(', ')}`);
    }
  }
  return { repeated, resolved, wrongMerges, errors };
}
