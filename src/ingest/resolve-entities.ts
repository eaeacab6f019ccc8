import type { SqlEntityManager } from '@mikro-orm/sqlite';
import { marks } from '../db';
import { Alias, EntityKey, NewsEntity } from '../domain';
import type { EntityKind } from '../extract/types';
import { articleCountry, chooseReferent, COUNTRY_CONTEXT_KEY, GAZETTEER_KEY, lookupKeys, namedCountries, normaliseAlias, type NamedEntity } from '../extract/referent';
import type { ExtractedEntity } from '../extract/types';
import { insertRows, inChunks } from './insert-rows';
import { CREATED_IN_KEY, NAMED_COUNTRY_KEY } from './resolution-keys';

/** A graph entity as resolution sees it: what is stored plus what this article adds. */
interface Candidate extends NamedEntity {
  /** Undefined until a new entity is inserted. */
  id?: number;
  aliases: string[];
  /** Normalised forms already stored or queued, so each is written once. */
  normalized: Set<string>;
  /** Resolution keys already stored or queued. */
  keys: Set<string>;
  newAliases: { text: string; normalized: string }[];
  newKeys: string[];
  mentionDelta: number;
  renamed: boolean;
}

export interface ResolvedEntities {
  /** Document key -> graph entity id. */
  idByKey: Map<string, number>;
  /** Ids of the entities this article created. */
  created: number[];
}

function tokenCount(name: string): number {
  return name.trim().split(/\s+/).length;
}

/**
 * Maps each of an article's entities to the graph entity it refers to, creating new ones for
 * new referents and recording new aliases, resolution keys and mention counts. Runs inside the
 * article's transaction with a fixed number of statements whatever the article's size:
 * one read of the candidates, one of their aliases, then batched writes.
 */
export async function resolveEntities(tx: SqlEntityManager, articleId: number, facts: readonly ExtractedEntity[]): Promise<ResolvedEntities> {
  // Every entity carries a country: the one the text ties it to ("Ghana's Ministry of Health"), else its
  // article's. The context a generic name needs to merge.
  const country = articleCountry(facts);
  const countriesNamed = namedCountries(facts);
  const extracted = facts.map((e) => ({ ...e, country: e.country ?? country, countriesNamed }));
  const keysByEntity = new Map(extracted.map((e) => [e.key, lookupKeys(e)]));
  const candidates = await loadCandidates(tx, [...new Set([...keysByEntity.values()].flat())]);

  const targets = new Map<string, Candidate>();
  const created: Candidate[] = [];
  for (const e of extracted) {
    const keys = keysByEntity.get(e.key) ?? [];
    const known = [...new Set(keys.flatMap((k) => candidates.byKey.get(k) ?? []))].sort((a, b) => a.id! - b.id!);
    // Entities created by this article come last, so two of its entities may still meet.
    let target = chooseReferent(e, [...known, ...created]);
    if (target) {
      if (tokenCount(e.name) > tokenCount(target.name)) {
        target.name = e.name;
        target.renamed = true;
      }
    } else {
      target = { kind: e.kind, name: e.name, aliases: [], gazetteerId: e.gazetteerId, country: e.country, countriesNamed, normalized: new Set(), keys: new Set(), newAliases: [], newKeys: [], mentionDelta: 0, renamed: false };
      // The creating article's countries, stored so that later articles compare against them (loadCandidates()).
      if (e.country) target.newKeys.push(`${CREATED_IN_KEY}${e.country}`);
      for (const c of countriesNamed) target.newKeys.push(`${NAMED_COUNTRY_KEY}${c}`);
      created.push(target);
    }
    for (const form of [e.name, ...e.aliases]) {
      const normalized = normaliseAlias(form);
      if (normalized === '' || target.normalized.has(normalized)) continue;
      target.normalized.add(normalized);
      target.aliases.push(form);
      target.newAliases.push({ text: form, normalized });
    }
    for (const key of keys) {
      if (target.keys.has(key)) continue;
      target.keys.add(key);
      target.newKeys.push(key);
    }
    target.mentionDelta += Math.max(1, e.mentions.length);
    targets.set(e.key, target);
  }

  const now = new Date();
  const newIds = await insertRows(
    tx,
    NewsEntity,
    created.map((c) => ({ kind: c.kind, name: c.name, mentionCount: c.mentionDelta, firstArticleId: articleId, createdAt: now })),
  );
  created.forEach((c, i) => (c.id = newIds[i]));

  const touched = [...new Set(targets.values())];
  await insertRows(
    tx,
    Alias,
    touched.flatMap((c) => c.newAliases.map((a) => ({ entity: c.id!, text: a.text, normalized: a.normalized }))),
  );
  await insertRows(
    tx,
    EntityKey,
    touched.flatMap((c) => c.newKeys.map((key) => ({ entity: c.id!, key }))),
  );
  await updateKnown(
    tx,
    touched.filter((c) => !created.includes(c)),
  );

  return {
    idByKey: new Map([...targets].map(([key, c]) => [key, c.id!])),
    created: newIds,
  };
}

/**
 * Every stored entity that shares a resolution key with the article, with its aliases and all its
 * keys: those it shares index it for lookup, and the rest give back what resolution compares
 * (its gazetteer id, its country, the countries its first article named), as the entity had them
 * when it was created.
 */
async function loadCandidates(tx: SqlEntityManager, keys: string[]): Promise<{ byKey: Map<string, Candidate[]> }> {
  const byId = new Map<number, Candidate>();
  const byKey = new Map<string, Candidate[]>();
  type KeyRow = { key: string; id: number; kind: EntityKind; name: string };
  const keyRows: KeyRow[] = [];
  for (const chunk of inChunks(keys)) {
    keyRows.push(
      ...(await tx.execute<KeyRow[]>(
        `SELECT k.key AS key, e.id AS id, e.kind AS kind, e.name AS name
           FROM entity_key k JOIN entity e ON e.id = k.entity_id
          WHERE k.key IN (${marks(chunk)})`,
        chunk,
      )),
    );
  }
  for (const row of keyRows) {
    let c = byId.get(row.id);
    if (!c) {
      c = { id: row.id, kind: row.kind, name: row.name, aliases: [], normalized: new Set(), keys: new Set(), newAliases: [], newKeys: [], mentionDelta: 0, renamed: false };
      byId.set(row.id, c);
    }
    const sharing = byKey.get(row.key);
    if (sharing) sharing.push(c);
    else byKey.set(row.key, [c]);
  }
  for (const chunk of inChunks([...byId.keys()])) {
    const stored = await tx.execute<{ entity_id: number; key: string }[]>(`SELECT entity_id, key FROM entity_key WHERE entity_id IN (${marks(chunk)}) ORDER BY id`, chunk);
    for (const { entity_id: id, key } of stored) {
      const c = byId.get(id)!;
      c.keys.add(key);
      // The first "id:<gazetteer id>" key: "US" in one article and "United States" in another resolve
      // through the country they both denote, and two towns the tables tell apart stay apart.
      if (key.startsWith(GAZETTEER_KEY)) c.gazetteerId ??= key.slice(GAZETTEER_KEY.length);
      else if (key.startsWith(CREATED_IN_KEY)) c.country = key.slice(CREATED_IN_KEY.length);
      else if (key.startsWith(NAMED_COUNTRY_KEY)) c.countriesNamed = [...(c.countriesNamed ?? []), key.slice(NAMED_COUNTRY_KEY.length)];
    }
    // An entity with no 'at:' key (its first article named no country): a generic organisation's first
    // "in:<country>" is its country.
    for (const { entity_id: id, key } of stored) {
      const c = byId.get(id)!;
      if (c.country === undefined && key.startsWith(COUNTRY_CONTEXT_KEY)) c.country = key.slice(COUNTRY_CONTEXT_KEY.length);
    }
    const aliases = await tx.execute<{ entity_id: number; text: string; normalized: string }[]>(
      `SELECT entity_id, text, normalized FROM alias WHERE entity_id IN (${marks(chunk)}) ORDER BY id`,
      chunk,
    );
    for (const a of aliases) {
      const c = byId.get(a.entity_id)!;
      c.aliases.push(a.text);
      c.normalized.add(a.normalized);
    }
  }
  return { byKey };
}

/** Adds this article's mentions to known entities, and their fuller names, in one statement per chunk. */
async function updateKnown(tx: SqlEntityManager, known: Candidate[]): Promise<void> {
  for (const chunk of inChunks(known, 200)) {
    const counts = chunk.map(() => 'WHEN ? THEN mention_count + ?').join(' ');
    const renamed = chunk.filter((c) => c.renamed);
    const names = renamed.length ? `, name = CASE id ${renamed.map(() => 'WHEN ? THEN ?').join(' ')} ELSE name END` : '';
    await tx.execute(`UPDATE entity SET mention_count = CASE id ${counts} END${names} WHERE id IN (${marks(chunk)})`, [
      ...chunk.flatMap((c) => [c.id, c.mentionDelta]),
      ...renamed.flatMap((c) => [c.id, c.name]),
      ...chunk.map((c) => c.id),
    ]);
  }
}
