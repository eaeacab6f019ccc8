import type { SqlEntityManager } from '@mikro-orm/sqlite';
import { Alias, EntityKey, NewsEntity, type Article } from '../domain';
import { chooseReferent, lookupKeys, normaliseAlias, type NamedEntity } from '../extract/referent';
import type { ExtractedEntity } from '../extract/types';

/** The prefix lookupKeys() gives a gazetteer id's key. */
const GAZETTEER_KEY = 'id:';

interface Candidate extends NamedEntity {
  entity: NewsEntity;
}

function tokenCount(name: string): number {
  return name.trim().split(/\s+/).length;
}

/**
 * Maps each of an article's entities to the graph entity it refers to, creating new ones
 * for new referents and recording new aliases and resolution keys. Runs inside the
 * article's transaction. Returns document key -> graph entity.
 */
export async function resolveEntities(em: SqlEntityManager, article: Article, extracted: readonly ExtractedEntity[]): Promise<Map<string, NewsEntity>> {
  const keysByEntity = new Map(extracted.map((e) => [e.key, lookupKeys(e)]));
  const allKeys = [...new Set([...keysByEntity.values()].flat())];

  // One query for every candidate that shares a key with any entity of the article.
  const keyRows = allKeys.length ? await em.find(EntityKey, { key: { $in: allKeys } }, { populate: ['entity'] }) : [];
  const candidateEntities = new Map<number, NewsEntity>();
  const entityIdsByKey = new Map<string, Set<number>>();
  for (const row of keyRows) {
    candidateEntities.set(row.entity.id, row.entity);
    let set = entityIdsByKey.get(row.key);
    if (!set) entityIdsByKey.set(row.key, (set = new Set()));
    set.add(row.entity.id);
  }
  const aliasRows = candidateEntities.size ? await em.find(Alias, { entity: { $in: [...candidateEntities.keys()] } }) : [];
  const aliasesByEntity = new Map<number, Alias[]>();
  for (const alias of aliasRows) {
    const list = aliasesByEntity.get(alias.entity.id) ?? [];
    list.push(alias);
    aliasesByEntity.set(alias.entity.id, list);
  }
  // A stored "id:<gazetteer id>" key gives the candidate back its gazetteer id, so "US" in one
  // article and "United States" in another resolve through the country they both denote.
  const gazetteerIds = new Map<number, string>();
  for (const row of keyRows) if (row.key.startsWith(GAZETTEER_KEY)) gazetteerIds.set(row.entity.id, row.key.slice(GAZETTEER_KEY.length));
  const candidates = new Map<number, Candidate>();
  for (const entity of candidateEntities.values()) {
    candidates.set(entity.id, {
      entity,
      kind: entity.kind,
      name: entity.name,
      aliases: (aliasesByEntity.get(entity.id) ?? []).map((a) => a.text),
      gazetteerId: gazetteerIds.get(entity.id),
    });
  }

  const resolved = new Map<string, NewsEntity>();
  // Entities created by this article, so two of its entities may still meet each other.
  const created: Candidate[] = [];
  for (const e of extracted) {
    const keys = keysByEntity.get(e.key) ?? [];
    const ids = new Set(keys.flatMap((k) => [...(entityIdsByKey.get(k) ?? [])]));
    const known = [...ids].map((id) => candidates.get(id)!).sort((a, b) => a.entity.id - b.entity.id);
    const match = chooseReferent(e, [...known, ...created]);
    let target: Candidate;
    if (match) {
      target = match;
      if (tokenCount(e.name) > tokenCount(target.entity.name)) target.entity.name = e.name;
    } else {
      const entity = em.create(NewsEntity, { kind: e.kind, name: e.name, firstArticleId: article.id });
      target = { entity, kind: e.kind, name: e.name, aliases: [], gazetteerId: e.gazetteerId };
      created.push(target);
    }
    const seen = new Set(target.aliases.map(normaliseAlias));
    for (const form of [e.name, ...e.aliases]) {
      const normalized = normaliseAlias(form);
      if (normalized === '' || seen.has(normalized)) continue;
      seen.add(normalized);
      (target.aliases as string[]).push(form);
      em.create(Alias, { entity: target.entity, text: form, normalized });
    }
    // Keys of the forms already stored were written with them; only this article's may be new,
    // and every stored row for this article's keys was loaded above.
    const storedKeys = new Set(keyRows.filter((r) => r.entity === target.entity).map((r) => r.key));
    for (const key of keys) {
      if (storedKeys.has(key)) continue;
      keyRows.push(em.create(EntityKey, { entity: target.entity, key }));
    }
    target.entity.mentionCount += Math.max(1, e.mentions.length);
    resolved.set(e.key, target.entity);
  }
  return resolved;
}
