import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/sqlite';
import { Article, Mention, Relationship, RelationshipEvidence, Role, Statement, type NewsEntity } from '../domain';
import { extractArticle } from '../extract';
import type { ExtractedArticle, ExtractedRelationship } from '../extract/types';
import { contentHash } from './content-hash';
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
  article: Article;
  /** False when the same content was already in the graph: nothing was written. */
  created: boolean;
  counts: IngestCounts;
}

const NO_COUNTS: IngestCounts = { entities: 0, mentions: 0, statements: 0, roles: 0, relationships: 0 };

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
function orient(rel: ExtractedRelationship, source: NewsEntity, target: NewsEntity): [NewsEntity, NewsEntity] {
  return rel.type === 'CO_OCCURRENCE' && target.id < source.id ? [target, source] : [source, target];
}

/**
 * Ingests one article as one transaction: either the article and every fact drawn from it
 * are written, or nothing is. Content already in the graph (same sha256) is a no-op.
 */
export async function ingestArticle(em: SqlEntityManager, input: ArticleInput, maxBytes: number): Promise<IngestResult> {
  const text = validateArticleText(input.text, maxBytes, input.file);
  const hash = contentHash(text);
  const existing = await em.fork().findOne(Article, { contentHash: hash });
  if (existing) return { article: existing, created: false, counts: NO_COUNTS };

  const facts = extractArticle(text);
  try {
    return await em.fork().transactional((tx) => writeArticle(tx, input, text, hash, facts));
  } catch (error) {
    // Another request ingested the same content between our check and our write.
    if (error instanceof UniqueConstraintViolationException) {
      const winner = await em.fork().findOne(Article, { contentHash: hash });
      if (winner) return { article: winner, created: false, counts: NO_COUNTS };
    }
    throw error;
  }
}

async function writeArticle(tx: SqlEntityManager, input: ArticleInput, text: string, hash: string, facts: ExtractedArticle): Promise<IngestResult> {
  const article = tx.create(Article, {
    title: input.title?.trim() || facts.meta.title || fallbackTitle(text, facts),
    source: input.source?.trim() || facts.meta.agency || null,
    url: input.url?.trim() || null,
    publishedAt: input.publishedAt ?? parseDate(facts.meta.publishedAt),
    dateline: facts.meta.dateline ?? null,
    text,
    contentHash: hash,
  });
  await tx.flush(); // the article id is needed for firstArticleId

  const entities = await resolveEntities(tx, article, facts.entities);
  const sentenceOf = (index: number) => facts.sentences[index] ?? { start: 0, end: 0 };

  let mentions = 0;
  for (const e of facts.entities) {
    const entity = entities.get(e.key)!;
    for (const m of e.mentions) {
      const sentence = sentenceOf(m.sentence);
      tx.create(Mention, {
        entity,
        article,
        surface: m.surface,
        start: m.start,
        end: m.end,
        sentenceIndex: m.sentence,
        sentenceStart: sentence.start,
        sentenceEnd: sentence.end,
      });
      mentions++;
    }
  }

  const statements: Statement[] = [];
  for (const s of facts.statements) {
    const statement = tx.create(Statement, {
      kind: s.kind,
      text: s.text,
      speaker: s.speaker ? entities.get(s.speaker) : null,
      addressee: s.addressee ? entities.get(s.addressee) : null,
      article,
      start: s.start,
      end: s.end,
      sentenceIndex: s.sentence,
    });
    const about = new Set(s.about.map((k) => entities.get(k)).filter((e): e is NewsEntity => e !== undefined));
    statement.about.set([...about]);
    statements.push(statement);
  }

  for (const r of facts.roles) {
    tx.create(Role, {
      person: entities.get(r.person)!,
      title: r.title,
      organization: r.organization ? entities.get(r.organization) : null,
      article,
    });
  }
  await tx.flush(); // new entities get ids before relationships are keyed by them

  const relationships = await writeRelationships(tx, article, facts, entities);

  await tx.execute('INSERT INTO article_fts (title, text, article_id) VALUES (?, ?, ?)', [article.title, text, article.id]);
  if (statements.length > 0) {
    await tx.execute(
      `INSERT INTO statement_fts (text, statement_id) VALUES ${statements.map(() => '(?, ?)').join(', ')}`,
      statements.flatMap((s) => [s.text, s.id]),
    );
  }
  await refreshAliasIndex(tx, [...new Set(entities.values())]);

  return {
    article,
    created: true,
    counts: {
      entities: new Set(entities.values()).size,
      mentions,
      statements: statements.length,
      roles: facts.roles.length,
      relationships,
    },
  };
}

async function writeRelationships(tx: SqlEntityManager, article: Article, facts: ExtractedArticle, entities: Map<string, NewsEntity>): Promise<number> {
  interface Pending {
    source: NewsEntity;
    target: NewsEntity;
    rel: ExtractedRelationship;
  }
  const pending: Pending[] = [];
  for (const rel of facts.relationships) {
    const a = entities.get(rel.source);
    const b = entities.get(rel.target);
    if (!a || !b || a === b) continue; // two document entities may resolve to one referent
    const [source, target] = orient(rel, a, b);
    pending.push({ source, target, rel });
  }
  if (pending.length === 0) return 0;
  const existing = await tx.find(Relationship, {
    $or: pending.map((p) => ({ source: p.source.id, target: p.target.id, type: p.rel.type })),
  });
  const byKey = new Map(existing.map((r) => [`${r.source.id}:${r.target.id}:${r.type}`, r]));
  for (const { source, target, rel } of pending) {
    const key = `${source.id}:${target.id}:${rel.type}`;
    let relationship = byKey.get(key);
    if (!relationship) {
      relationship = tx.create(Relationship, { source, target, type: rel.type, weight: 0, evidenceCount: 0 });
      byKey.set(key, relationship);
    }
    relationship.weight += rel.weight;
    relationship.evidenceCount += rel.evidence.length;
    for (const ev of rel.evidence) {
      tx.create(RelationshipEvidence, { relationship, article, start: ev.start, end: ev.end, sentenceIndex: ev.sentence });
    }
  }
  await tx.flush();
  return pending.length;
}

/** Re-indexes the names and aliases of the given entities for full-text search. */
async function refreshAliasIndex(tx: SqlEntityManager, entities: NewsEntity[]): Promise<void> {
  if (entities.length === 0) return;
  const ids = entities.map((e) => e.id);
  const marks = ids.map(() => '?').join(',');
  await tx.execute(`DELETE FROM alias_fts WHERE entity_id IN (${marks})`, ids);
  await tx.execute(`INSERT INTO alias_fts (text, entity_id) SELECT text, entity_id FROM alias WHERE entity_id IN (${marks})`, ids);
}
