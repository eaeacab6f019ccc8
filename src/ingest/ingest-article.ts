import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/sqlite';
import { marks } from '../db';
import { Article, Mention, RelationshipEvidence, Role, Statement } from '../domain';
import { extractArticle } from '../extract';
import type { ExtractedArticle, ExtractedRelationship, RelationshipType } from '../extract/types';
import { contentHash } from './content-hash';
import { inChunks, insertRows } from './insert-rows';
import { resolveEntities } from './resolve-entities';
import { validateArticleText } from './validate-article';

/** An article as a caller hands it over; only the text is required. */
export interface ArticleInput {
  text: string;
  title?: string | null;
  url?: string | null;
  source?: string | null;
  publishedAt?: Date | null;
  /** Where the text came from, for messages only ("seeds/000.txt"). */
  file?: string;
}

export interface IngestCounts {
  entities: number;
  mentions: number;
  statements: number;
  roles: number;
  relationships: number;
}

export interface IngestResult {
  articleId: number;
  /** False when the same content was already in the graph: nothing was written. */
  created: boolean;
  counts: IngestCounts;
  /** Each extracted entity's document key -> the graph entity it was resolved to; empty when nothing was written. */
  entityIdByKey: ReadonlyMap<string, number>;
}

const NO_COUNTS: IngestCounts = { entities: 0, mentions: 0, statements: 0, roles: 0, relationships: 0 };
const NO_IDS: ReadonlyMap<string, number> = new Map();

/** A title for an article that has no headline line: its first sentence, shortened. */
function fallbackTitle(text: string, facts: ExtractedArticle): string {
  const first = facts.sentences[0];
  const sentence = (first ? text.slice(first.start, first.end) : text).replace(/\s+/g, ' ').trim();
  if (sentence.length <= 120) return sentence || 'Untitled';
  return `${sentence.slice(0, 120).replace(/\s+\S*$/, '')}…`;
}

function parseDate(iso: string | undefined): Date | null {
  if (!iso) return null;
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** CO_OCCURRENCE has no direction: store it once, smaller id first. */
function orient(type: RelationshipType, source: number, target: number): [number, number] {
  return type === 'CO_OCCURRENCE' && target < source ? [target, source] : [source, target];
}

async function findByHash(em: SqlEntityManager, hash: string): Promise<number | undefined> {
  const rows: { id: number }[] = await em.execute('SELECT id FROM article WHERE content_hash = ?', [hash]);
  return rows[0]?.id;
}

/**
 * Ingests one article as one transaction: either the article and every fact drawn from it
 * are written, or nothing is. Content already in the graph (same sha256) is a no-op.
 */
export async function ingestArticle(em: SqlEntityManager, input: ArticleInput, maxBytes: number): Promise<IngestResult> {
  const text = validateArticleText(input.text, maxBytes, input.file);
  const hash = contentHash(text);
  const existing = await findByHash(em, hash);
  if (existing !== undefined) return { articleId: existing, created: false, counts: NO_COUNTS, entityIdByKey: NO_IDS };

  const facts = extractArticle(text);
  try {
    return await em.fork().transactional((tx) => writeArticle(tx, input, text, hash, facts));
  } catch (error) {
    // Another request ingested the same content between our check and our write.
    if (error instanceof UniqueConstraintViolationException) {
      const winner = await findByHash(em, hash);
      if (winner !== undefined) return { articleId: winner, created: false, counts: NO_COUNTS, entityIdByKey: NO_IDS };
    }
    throw error;
  }
}

async function writeArticle(tx: SqlEntityManager, input: ArticleInput, text: string, hash: string, facts: ExtractedArticle): Promise<IngestResult> {
  const title = input.title?.trim() || facts.meta.title || fallbackTitle(text, facts);
  const [articleId] = await insertRows(tx, Article, [
    {
      title,
      source: input.source?.trim() || facts.meta.agency || null,
      url: input.url?.trim() || null,
      publishedAt: input.publishedAt ?? parseDate(facts.meta.publishedAt),
      dateline: facts.meta.dateline ?? null,
      text,
      contentHash: hash,
      createdAt: new Date(),
    },
  ]);
  const article = articleId!;

  const { idByKey } = await resolveEntities(tx, article, facts.entities);
  const entityOf = (key: string | null | undefined) => (key ? (idByKey.get(key) ?? null) : null);
  const sentenceOf = (index: number) => facts.sentences[index] ?? { start: 0, end: 0 };

  const mentions = facts.entities.flatMap((e) =>
    e.mentions.map((m) => ({
      entity: idByKey.get(e.key)!,
      article,
      surface: m.surface,
      start: m.start,
      end: m.end,
      sentenceIndex: m.sentence,
      sentenceStart: sentenceOf(m.sentence).start,
      sentenceEnd: sentenceOf(m.sentence).end,
    })),
  );
  await insertRows(tx, Mention, mentions);

  const statementIds = await insertRows(
    tx,
    Statement,
    facts.statements.map((s) => ({
      kind: s.kind,
      text: s.text,
      speaker: entityOf(s.speaker),
      addressee: entityOf(s.addressee),
      article,
      start: s.start,
      end: s.end,
      sentenceIndex: s.sentence,
    })),
  );
  const about = facts.statements.flatMap((s, i) => [...new Set(s.about.map(entityOf).filter((id): id is number => id !== null))].map((entity) => [statementIds[i]!, entity]));
  for (const chunk of inChunks(about)) {
    await tx.execute(`INSERT INTO statement_about (statement_id, entity_id) VALUES ${chunk.map(() => '(?, ?)').join(', ')}`, chunk.flat());
  }

  await insertRows(
    tx,
    Role,
    facts.roles.map((r) => ({ person: idByKey.get(r.person)!, title: r.title, organization: entityOf(r.organization), article })),
  );

  const relationships = await writeRelationships(tx, article, facts, idByKey);

  // Keep each entity's article and statement totals in step with the rows just written.
  const entityIds = [...new Set(idByKey.values())];
  for (const chunk of inChunks(entityIds)) {
    await tx.execute(
      `UPDATE entity SET
         article_count = article_count + EXISTS (SELECT 1 FROM mention WHERE entity_id = entity.id AND article_id = ?),
         statement_count = statement_count + (SELECT COUNT(*) FROM statement WHERE speaker_id = entity.id AND article_id = ?)
       WHERE id IN (${marks(chunk)})`,
      [article, article, ...chunk],
    );
  }

  await tx.execute('INSERT INTO article_fts (title, text, article_id) VALUES (?, ?, ?)', [title, text, article]);
  const statementRows = facts.statements.map((s, i) => [s.text, statementIds[i]!]);
  for (const chunk of inChunks(statementRows)) {
    await tx.execute(`INSERT INTO statement_fts (text, statement_id) VALUES ${chunk.map(() => '(?, ?)').join(', ')}`, chunk.flat());
  }
  await refreshAliasIndex(tx, entityIds);

  return {
    articleId: article,
    created: true,
    counts: { entities: entityIds.length, mentions: mentions.length, statements: statementIds.length, roles: facts.roles.length, relationships },
    entityIdByKey: idByKey,
  };
}

/**
 * Adds the article's relationships: one upsert per chunk sums weight and evidence count into
 * the (source, target, type) row, RETURNING its id for the evidence rows.
 */
async function writeRelationships(tx: SqlEntityManager, article: number, facts: ExtractedArticle, idByKey: Map<string, number>): Promise<number> {
  const pending = new Map<string, { source: number; target: number; type: RelationshipType; weight: number; evidence: ExtractedRelationship['evidence'] }>();
  let kept = 0;
  for (const rel of facts.relationships) {
    const a = idByKey.get(rel.source);
    const b = idByKey.get(rel.target);
    if (a === undefined || b === undefined || a === b) continue; // two document entities may resolve to one referent
    kept++;
    const [source, target] = orient(rel.type, a, b);
    const key = `${source}:${target}:${rel.type}`;
    const p = pending.get(key);
    if (p) {
      p.weight += rel.weight;
      p.evidence = [...p.evidence, ...rel.evidence];
    } else {
      pending.set(key, { source, target, type: rel.type, weight: rel.weight, evidence: rel.evidence });
    }
  }
  const evidence: { relationship: number; article: number; start: number; end: number; sentenceIndex: number }[] = [];
  for (const chunk of inChunks([...pending.values()])) {
    const rows: { id: number; source_id: number; target_id: number; type: string }[] = await tx.execute(
      `INSERT INTO relationship (source_id, target_id, type, weight, evidence_count)
       VALUES ${chunk.map(() => '(?, ?, ?, ?, ?)').join(', ')}
       ON CONFLICT (source_id, target_id, type) DO UPDATE SET
         weight = weight + excluded.weight, evidence_count = evidence_count + excluded.evidence_count
       RETURNING id, source_id, target_id, type`,
      chunk.flatMap((p) => [p.source, p.target, p.type, p.weight, p.evidence.length]),
    );
    for (const row of rows) {
      for (const ev of pending.get(`${row.source_id}:${row.target_id}:${row.type}`)!.evidence) {
        evidence.push({ relationship: row.id, article, start: ev.start, end: ev.end, sentenceIndex: ev.sentence });
      }
    }
  }
  await insertRows(tx, RelationshipEvidence, evidence);
  return kept;
}

/** Re-indexes the names and aliases of the given entities for full-text search. */
async function refreshAliasIndex(tx: SqlEntityManager, ids: number[]): Promise<void> {
  for (const chunk of inChunks(ids)) {
    await tx.execute(`DELETE FROM alias_fts WHERE entity_id IN (${marks(chunk)})`, chunk);
    await tx.execute(`INSERT INTO alias_fts (text, entity_id) SELECT text, entity_id FROM alias WHERE entity_id IN (${marks(chunk)})`, chunk);
  }
}
