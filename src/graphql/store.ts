import type { SqlEntityManager } from '@mikro-orm/sqlite';
import { marks } from '../db';
import type { EntityKind, RelationshipType, StatementKind } from '../extract/types';
import { ENTITY_TYPE_BY_KIND, toGlobalId } from './ids';
import { prefixEditDistance, typoBudget } from './fuzzy-match';
import { pageWindow, type PageRequest, type PageWindow } from './pagination';
import type { ArticleRow } from './types/article.type';
import type { EntityRow } from './types/entity.interface';
import type { MentionRow } from './types/mention.type';
import type { EvidenceRow, RelationshipRow } from './types/relationship.type';
import type { RoleRow } from './types/role.type';
import type { StatementRow } from './types/statement.type';

type Raw = Record<string, unknown>;

/** Ids of one parent's page of children, with the window they fill and the parent's total. */
export interface ChildPage {
  ids: number[];
  window: PageWindow;
  total: number;
}

/** A per-parent list: rows of `from` whose `parentColumn` is the parent, in `order`. */
export interface ChildList {
  from: string;
  parentColumn: string;
  childColumn: string;
  order: string;
  distinct?: boolean;
  where?: string;
  params?: unknown[];
  /** A column of `entity` that holds each parent's total, read instead of counting (no `where`). */
  totalColumn?: 'article_count' | 'statement_count';
}

/** A neighbour of an entity, before its row is loaded. */
export interface RelatedRef {
  id: number;
  weight: number;
  types: RelationshipType[];
  evidenceCount: number;
}

export type Direction = 'OUTGOING' | 'INCOMING' | 'ANY';

/** A page of top-level rows. */
export interface RowPage<T> {
  rows: T[];
  window: PageWindow;
  total: number;
}

/** SQLite keeps MikroORM datetimes as epoch milliseconds; older rows may hold ISO text. */
function toDate(value: unknown): Date | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return new Date(value);
  const text = String(value);
  if (/^\d+$/.test(text)) return new Date(Number(text));
  return new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(text) ? text : `${text.replace(' ', 'T')}Z`);
}

export function toEntityRow(r: Raw): EntityRow {
  const kind = r.kind as EntityKind;
  const nodeType = ENTITY_TYPE_BY_KIND[kind];
  return {
    nodeType,
    id: toGlobalId(nodeType, Number(r.id)),
    dbId: Number(r.id),
    kind,
    name: String(r.name),
    mentionCount: Number(r.mention_count),
    firstArticleId: Number(r.first_article_id),
  };
}

export function toRelationshipRow(r: Raw): RelationshipRow {
  return {
    dbId: Number(r.id),
    type: r.type as RelationshipType,
    sourceId: Number(r.source_id),
    targetId: Number(r.target_id),
    weight: Number(r.weight),
    evidenceCount: Number(r.evidence_count),
  };
}

export function toArticleRow(r: Raw): ArticleRow {
  return {
    nodeType: 'Article',
    id: toGlobalId('Article', Number(r.id)),
    dbId: Number(r.id),
    title: String(r.title),
    source: (r.source as string | null) ?? null,
    url: (r.url as string | null) ?? null,
    publishedAt: toDate(r.published_at),
    dateline: (r.dateline as string | null) ?? null,
    text: String(r.text),
    createdAt: toDate(r.created_at) ?? new Date(0),
  };
}

export function toStatementRow(r: Raw): StatementRow {
  return {
    nodeType: 'Statement',
    id: toGlobalId('Statement', Number(r.id)),
    dbId: Number(r.id),
    kind: r.kind as StatementKind,
    text: String(r.text),
    speakerId: r.speaker_id === null ? null : Number(r.speaker_id),
    addresseeId: r.addressee_id === null ? null : Number(r.addressee_id),
    articleId: Number(r.article_id),
    start: Number(r.start_offset),
    end: Number(r.end_offset),
  };
}


function groupBy<T>(rows: readonly T[], key: (row: T) => number): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return map;
}

/** Filters for the top-level statements list. */
export interface StatementFilter {
  speakerId?: number;
  addresseeId?: number;
  aboutId?: number;
  articleId?: number;
  kind?: StatementKind;
  /** An FTS5 query over the statement text. */
  textMatch?: string;
}

export interface EntityFilter {
  kind?: EntityKind;
  /** Normalised text any alias contains. */
  contains?: string;
  /** Normalised text some word of an alias starts with. */
  prefix?: string;
  mentionedIn?: number;
  minMentions?: number;
}

export type EntityOrder = 'MENTION_COUNT' | 'NAME' | 'FIRST_APPEARANCE';

export interface ArticleFilter {
  publishedAfter?: Date;
  publishedBefore?: Date;
  source?: string;
  mentioning?: number;
}

export type ArticleOrder = 'INGESTED' | 'PUBLISHED_NEWEST' | 'PUBLISHED_OLDEST';

/**
 * Every read the GraphQL layer makes, as set-based SQL: each method answers for many parents
 * in one statement, so a request's statement count follows the query's depth, not its size.
 */
export class GraphStore {
  constructor(private readonly em: SqlEntityManager) {}

  private all(sql: string, params: readonly unknown[] = []): Promise<Raw[]> {
    return this.em.getConnection().execute<Raw[]>(sql, params as unknown[], 'all');
  }

  async entitiesByIds(ids: readonly number[]): Promise<EntityRow[]> {
    if (ids.length === 0) return [];
    return (await this.all(`SELECT * FROM entity WHERE id IN (${marks(ids)})`, ids)).map(toEntityRow);
  }

  async articlesByIds(ids: readonly number[]): Promise<ArticleRow[]> {
    if (ids.length === 0) return [];
    return (await this.all(`SELECT * FROM article WHERE id IN (${marks(ids)})`, ids)).map(toArticleRow);
  }

  async statementsByIds(ids: readonly number[]): Promise<StatementRow[]> {
    if (ids.length === 0) return [];
    return (await this.all(`SELECT * FROM statement WHERE id IN (${marks(ids)})`, ids)).map(toStatementRow);
  }

  /** Aliases per entity, the canonical name first, then in the order they were first seen. */
  async aliasesByEntityIds(ids: readonly number[]): Promise<Map<number, string[]>> {
    const rows = await this.all(`SELECT entity_id, text FROM alias WHERE entity_id IN (${marks(ids)}) ORDER BY entity_id, id`, ids);
    const grouped = groupBy(rows, (r) => Number(r.entity_id));
    return new Map([...grouped].map(([id, list]) => [id, list.map((r) => String(r.text))]));
  }

  /**
   * Each person's roles, one per title and organisation. A title some article gave without its
   * organisation ("Kirby, a spokesman") folds into the same title with one ("State Department
   * spokesman") when the person has that.
   */
  async rolesByPersonIds(ids: readonly number[]): Promise<Map<number, RoleRow[]>> {
    const rows = await this.all(
      `SELECT person_id, title, organization_id, MIN(article_id) AS article_id FROM role r WHERE person_id IN (${marks(ids)})
          AND NOT (r.organization_id IS NULL AND EXISTS (
            SELECT 1 FROM role o WHERE o.person_id = r.person_id AND o.organization_id IS NOT NULL AND lower(o.title) = lower(r.title)))
       GROUP BY person_id, lower(title), organization_id ORDER BY person_id, MIN(id)`,
      ids,
    );
    const grouped = groupBy(rows, (r) => Number(r.person_id));
    return new Map(
      [...grouped].map(([id, list]) => [
        id,
        list.map((r) => ({ title: String(r.title), organizationId: r.organization_id === null ? null : Number(r.organization_id), articleId: Number(r.article_id) })),
      ]),
    );
  }

  /** Entity ids each article mentions, in order of first mention. */
  async entityIdsByArticleIds(ids: readonly number[]): Promise<Map<number, number[]>> {
    const rows = await this.all(
      `SELECT article_id, entity_id FROM mention WHERE article_id IN (${marks(ids)}) GROUP BY article_id, entity_id ORDER BY article_id, MIN(start_offset)`,
      ids,
    );
    const grouped = groupBy(rows, (r) => Number(r.article_id));
    return new Map([...grouped].map(([id, list]) => [id, list.map((r) => Number(r.entity_id))]));
  }

  async statementsByArticleIds(ids: readonly number[]): Promise<Map<number, StatementRow[]>> {
    const rows = (await this.all(`SELECT * FROM statement WHERE article_id IN (${marks(ids)}) ORDER BY article_id, start_offset`, ids)).map(toStatementRow);
    return groupBy(rows, (r) => r.articleId);
  }

  async aboutIdsByStatementIds(ids: readonly number[]): Promise<Map<number, number[]>> {
    const rows = await this.all(`SELECT statement_id, entity_id FROM statement_about WHERE statement_id IN (${marks(ids)}) ORDER BY statement_id, entity_id`, ids);
    const grouped = groupBy(rows, (r) => Number(r.statement_id));
    return new Map([...grouped].map(([id, list]) => [id, list.map((r) => Number(r.entity_id))]));
  }

  /**
   * Pages of children for many parents in two statements: the counts, then one UNION ALL arm
   * per parent that reads just its window (an index range scan when `order` matches an index,
   * so a page costs the same however long the parent's whole list is).
   * `list` is a SELECT of `child` and the order columns for the parent bound to its first `?`.
   */
  async childPages(list: ChildList, parents: readonly number[], page: PageRequest): Promise<Map<number, ChildPage>> {
    const result = new Map<number, ChildPage>();
    if (parents.length === 0) return result;
    const counts = list.totalColumn
      ? await this.all(`SELECT id AS parent, ${list.totalColumn} AS n FROM entity WHERE id IN (${marks(parents)})`, parents)
      : await this.all(
          `SELECT ${list.parentColumn} AS parent, COUNT(${list.distinct ? 'DISTINCT ' : ''}${list.childColumn}) AS n FROM ${list.from}
           WHERE ${list.parentColumn} IN (${marks(parents)})${list.where ? ` AND ${list.where}` : ''} GROUP BY ${list.parentColumn}`,
          [...parents, ...(list.params ?? [])],
        );
    const totals = new Map(counts.map((r) => [Number(r.parent), Number(r.n)]));
    const arms: string[] = [];
    const params: unknown[] = [];
    for (const parent of parents) {
      const total = totals.get(parent) ?? 0;
      const window = pageWindow(page, total);
      result.set(parent, { ids: [], window, total });
      if (window.limit === 0) continue;
      arms.push(
        `SELECT * FROM (SELECT ${list.distinct ? 'DISTINCT ' : ''}? AS parent, ${list.childColumn} AS child FROM ${list.from}
         WHERE ${list.parentColumn} = ?${list.where ? ` AND ${list.where}` : ''} ORDER BY ${list.order} LIMIT ? OFFSET ?)`,
      );
      params.push(parent, parent, ...(list.params ?? []), window.limit, window.offset);
    }
    if (arms.length === 0) return result;
    for (const r of await this.all(arms.join(' UNION ALL '), params)) result.get(Number(r.parent))!.ids.push(Number(r.child));
    return result;
  }

  /** Articles that mention each entity, oldest ingested first. */
  articlePagesByEntity(entityIds: readonly number[], page: PageRequest): Promise<Map<number, ChildPage>> {
    return this.childPages(
      { from: 'mention', parentColumn: 'entity_id', childColumn: 'article_id', order: 'article_id', distinct: true, totalColumn: 'article_count' },
      entityIds,
      page,
    );
  }

  /** Statements each entity made, in article then text order. */
  statementPagesBySpeaker(entityIds: readonly number[], page: PageRequest): Promise<Map<number, ChildPage>> {
    return this.childPages(
      { from: 'statement', parentColumn: 'speaker_id', childColumn: 'id', order: 'article_id, start_offset, id', totalColumn: 'statement_count' },
      entityIds,
      page,
    );
  }

  /** Mentions in each article, in text order. */
  mentionPagesByArticle(articleIds: readonly number[], page: PageRequest): Promise<Map<number, ChildPage>> {
    return this.childPages({ from: 'mention', parentColumn: 'article_id', childColumn: 'id', order: 'start_offset, id' }, articleIds, page);
  }

  /** Relationships of each entity, strongest first, filtered by type and direction. */
  relationshipPagesByEntity(entityIds: readonly number[], type: RelationshipType | null, direction: Direction, page: PageRequest): Promise<Map<number, ChildPage>> {
    // Either end: a view that lists every relationship once under each of its two entities.
    const from =
      direction === 'OUTGOING'
        ? '(SELECT id, source_id AS entity_id, type, weight FROM relationship)'
        : direction === 'INCOMING'
          ? '(SELECT id, target_id AS entity_id, type, weight FROM relationship)'
          : '(SELECT id, source_id AS entity_id, type, weight FROM relationship UNION ALL SELECT id, target_id, type, weight FROM relationship)';
    return this.childPages(
      { from, parentColumn: 'entity_id', childColumn: 'id', order: 'weight DESC, id', where: type ? 'type = ?' : undefined, params: type ? [type] : [] },
      entityIds,
      page,
    );
  }

  async relationshipsByIds(ids: readonly number[]): Promise<RelationshipRow[]> {
    if (ids.length === 0) return [];
    return (await this.all(`SELECT * FROM relationship WHERE id IN (${marks(ids)})`, ids)).map(toRelationshipRow);
  }

  /** Every relationship between each given pair of entities, either direction, strongest first. */
  async relationshipsBetween(pairs: readonly [number, number][]): Promise<RelationshipRow[]> {
    if (pairs.length === 0) return [];
    const where = pairs.map(() => '(source_id = ? AND target_id = ?) OR (source_id = ? AND target_id = ?)').join(' OR ');
    const rows = await this.all(`SELECT * FROM relationship WHERE ${where} ORDER BY weight DESC, id`, pairs.flatMap(([a, b]) => [a, b, b, a]));
    return rows.map(toRelationshipRow);
  }

  /** The first `limit` evidence sentences of each relationship, oldest first. */
  async evidenceByRelationshipIds(ids: readonly number[], limit: number): Promise<Map<number, EvidenceRow[]>> {
    const rows = await this.all(
      `SELECT relationship_id, article_id, start_offset, end_offset FROM (
         SELECT *, ROW_NUMBER() OVER (PARTITION BY relationship_id ORDER BY id) AS rn FROM relationship_evidence WHERE relationship_id IN (${marks(ids)})
       ) WHERE rn <= ? ORDER BY relationship_id, rn`,
      [...ids, limit],
    );
    const grouped = groupBy(rows, (r) => Number(r.relationship_id));
    return new Map(
      [...grouped].map(([id, list]) => [id, list.map((r) => ({ articleId: Number(r.article_id), start: Number(r.start_offset), end: Number(r.end_offset) }))]),
    );
  }

  async mentionsByIds(ids: readonly number[]): Promise<MentionRow[]> {
    if (ids.length === 0) return [];
    return (await this.all(`SELECT * FROM mention WHERE id IN (${marks(ids)})`, ids)).map((r) => ({
      dbId: Number(r.id),
      entityId: Number(r.entity_id),
      articleId: Number(r.article_id),
      surface: String(r.surface),
      start: Number(r.start_offset),
      end: Number(r.end_offset),
      sentenceIndex: Number(r.sentence_index),
      sentenceStart: Number(r.sentence_start),
      sentenceEnd: Number(r.sentence_end),
    }));
  }

  /** Every relationship whose two ends are both among the given entities. */
  async relationshipsAmong(ids: readonly number[]): Promise<RelationshipRow[]> {
    if (ids.length === 0) return [];
    const m = marks(ids);
    return (await this.all(`SELECT * FROM relationship WHERE source_id IN (${m}) AND target_id IN (${m}) ORDER BY weight DESC, id`, [...ids, ...ids])).map(
      toRelationshipRow,
    );
  }

  /** Strongest neighbours of each entity: relationships of every type summed, both directions. */
  async relatedByEntityIds(ids: readonly number[], first: number, kind: EntityKind | null): Promise<Map<number, RelatedRef[]>> {
    const m = marks(ids);
    const rows = await this.all(
      `WITH edges AS (
         SELECT source_id AS parent, target_id AS other, weight, type, evidence_count FROM relationship WHERE source_id IN (${m})
         UNION ALL
         SELECT target_id AS parent, source_id AS other, weight, type, evidence_count FROM relationship WHERE target_id IN (${m})
       ),
       summed AS (
         SELECT parent, other, SUM(weight) AS weight, group_concat(DISTINCT type) AS types, SUM(evidence_count) AS evidence_count
         FROM edges GROUP BY parent, other
       ),
       ranked AS (
         SELECT s.*, ROW_NUMBER() OVER (PARTITION BY s.parent ORDER BY s.weight DESC, s.other) AS rn
         FROM summed s JOIN entity e ON e.id = s.other WHERE ? IS NULL OR e.kind = ?
       )
       SELECT parent, other, weight, types, evidence_count FROM ranked WHERE rn <= ? ORDER BY parent, rn`,
      [...ids, ...ids, kind, kind, first],
    );
    const grouped = groupBy(rows, (r) => Number(r.parent));
    return new Map(
      [...grouped].map(([id, list]) => [
        id,
        list.map((r) => ({
          id: Number(r.other),
          weight: Number(r.weight),
          types: String(r.types).split(',').sort() as RelationshipType[],
          evidenceCount: Number(r.evidence_count),
        })),
      ]),
    );
  }

  /**
   * The entity an exact name or alias (normalised) denotes; failing that, the one whose
   * resolution key it is ("Peskov" -> Dmitry Peskov). The most mentioned wins.
   */
  async entityByName(normalized: string, key: string): Promise<EntityRow | null> {
    const [byAlias] = await this.all(
      `SELECT e.* FROM alias a JOIN entity e ON e.id = a.entity_id WHERE a.normalized = ? ORDER BY e.mention_count DESC, e.id LIMIT 1`,
      [normalized],
    );
    if (byAlias) return toEntityRow(byAlias);
    const [byKey] = await this.all(
      `SELECT e.* FROM entity_key k JOIN entity e ON e.id = k.entity_id WHERE k.key = ? ORDER BY e.mention_count DESC, e.id LIMIT 1`,
      [key],
    );
    return byKey ? toEntityRow(byKey) : null;
  }

  private async rowPage<T>(from: string, params: unknown[], order: string, page: PageRequest, map: (r: Raw) => T): Promise<RowPage<T>> {
    const [count] = await this.all(`SELECT COUNT(*) AS n ${from}`, params);
    const total = Number(count?.n ?? 0);
    const window = pageWindow(page, total);
    if (window.limit === 0) return { rows: [], window, total };
    const rows = await this.all(`SELECT * ${from} ORDER BY ${order} LIMIT ? OFFSET ?`, [...params, window.limit, window.offset]);
    return { rows: rows.map(map), window, total };
  }

  /** Entities matching every given filter, in the requested order. */
  entityPage(filter: EntityFilter, order: EntityOrder, page: PageRequest): Promise<RowPage<EntityRow>> {
    const where: string[] = [];
    const params: unknown[] = [];
    const like = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);
    if (filter.kind) {
      where.push('kind = ?');
      params.push(filter.kind);
    }
    if (filter.contains !== undefined) {
      where.push(`id IN (SELECT entity_id FROM alias WHERE normalized LIKE ? ESCAPE '\\')`);
      params.push(`%${like(filter.contains)}%`);
    }
    if (filter.prefix !== undefined) {
      // Any word of a name may start with the prefix: "ker" finds "John Kerry".
      where.push(`id IN (SELECT entity_id FROM alias WHERE normalized LIKE ? ESCAPE '\\' OR normalized LIKE ? ESCAPE '\\')`);
      params.push(`${like(filter.prefix)}%`, `% ${like(filter.prefix)}%`);
    }
    if (filter.mentionedIn !== undefined) {
      where.push('id IN (SELECT entity_id FROM mention WHERE article_id = ?)');
      params.push(filter.mentionedIn);
    }
    if (filter.minMentions !== undefined) {
      where.push('mention_count >= ?');
      params.push(filter.minMentions);
    }
    const from = `FROM entity${where.length ? ` WHERE ${where.join(' AND ')}` : ''}`;
    const orderSql = { MENTION_COUNT: 'mention_count DESC, id', NAME: 'name COLLATE NOCASE, id', FIRST_APPEARANCE: 'first_article_id, id' }[order];
    return this.rowPage(from, params, orderSql, page, toEntityRow);
  }

  /** Articles matching every given filter, newest or oldest first. */
  articlePage(filter: ArticleFilter, order: ArticleOrder, page: PageRequest): Promise<RowPage<ArticleRow>> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (filter.publishedAfter) {
      where.push('published_at >= ?');
      params.push(filter.publishedAfter.getTime());
    }
    if (filter.publishedBefore) {
      where.push('published_at < ?');
      params.push(filter.publishedBefore.getTime());
    }
    if (filter.source !== undefined) {
      where.push('lower(source) = lower(?)');
      params.push(filter.source);
    }
    if (filter.mentioning !== undefined) {
      where.push('id IN (SELECT article_id FROM mention WHERE entity_id = ?)');
      params.push(filter.mentioning);
    }
    const from = `FROM article${where.length ? ` WHERE ${where.join(' AND ')}` : ''}`;
    const orderSql = { INGESTED: 'id', PUBLISHED_NEWEST: 'published_at IS NULL, published_at DESC, id', PUBLISHED_OLDEST: 'published_at IS NULL, published_at, id' }[order];
    return this.rowPage(from, params, orderSql, page, toArticleRow);
  }

  /** Statements matching every given filter, in article then text order. */
  statementPage(filter: StatementFilter, page: PageRequest): Promise<RowPage<StatementRow>> {
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (sql: string, value: unknown) => {
      where.push(sql);
      params.push(value);
    };
    if (filter.speakerId !== undefined) add('speaker_id = ?', filter.speakerId);
    if (filter.addresseeId !== undefined) add('addressee_id = ?', filter.addresseeId);
    if (filter.articleId !== undefined) add('article_id = ?', filter.articleId);
    if (filter.kind !== undefined) add('kind = ?', filter.kind);
    if (filter.aboutId !== undefined) add('id IN (SELECT statement_id FROM statement_about WHERE entity_id = ?)', filter.aboutId);
    if (filter.textMatch !== undefined) add('id IN (SELECT statement_id FROM statement_fts WHERE statement_fts MATCH ?)', filter.textMatch);
    const from = `FROM statement${where.length ? ` WHERE ${where.join(' AND ')}` : ''}`;
    return this.rowPage(from, params, 'article_id, start_offset, id', page, toStatementRow);
  }

  /**
   * Neighbours of a set of entities over relationships of any type and direction:
   * [entity, neighbour, the neighbour's mention count]. The ids travel as one JSON array, so a
   * frontier of any size is one statement.
   */
  async neighbourIds(ids: readonly number[]): Promise<[number, number, number][]> {
    const rows = await this.all(
      `SELECT n.a, n.b, e.mention_count AS weight FROM (
         SELECT source_id AS a, target_id AS b FROM relationship WHERE source_id IN (SELECT value FROM json_each(?))
         UNION SELECT target_id AS a, source_id AS b FROM relationship WHERE target_id IN (SELECT value FROM json_each(?))) n
       JOIN entity e ON e.id = n.b`,
      [JSON.stringify(ids), JSON.stringify(ids)],
    );
    return rows.map((r) => [Number(r.a), Number(r.b), Number(r.weight)]);
  }

  /** One relationship joining an entity of `a` to one of `b`, as [entity of a, entity of b], or null. */
  async edgeBetween(a: readonly number[], b: readonly number[]): Promise<[number, number] | null> {
    const [row] = await this.all(
      `SELECT source_id AS x, target_id AS y FROM relationship
        WHERE source_id IN (SELECT value FROM json_each(?)) AND target_id IN (SELECT value FROM json_each(?))
       UNION ALL
       SELECT target_id, source_id FROM relationship
        WHERE target_id IN (SELECT value FROM json_each(?)) AND source_id IN (SELECT value FROM json_each(?))
       LIMIT 1`,
      [JSON.stringify(a), JSON.stringify(b), JSON.stringify(a), JSON.stringify(b)],
    );
    return row ? [Number(row.x), Number(row.y)] : null;
  }

  /**
   * Typo-tolerant name lookup: aliases with a word starting with the term's first letter whose
   * prefix is within the term's typo budget ("kery" -> Kerry, "lavorv" -> Lavrov).
   */
  async fuzzyAliasMatches(term: string, limit: number): Promise<{ id: number; text: string; distance: number }[]> {
    const budget = typoBudget(term);
    if (budget === 0) return [];
    const first = term[0]!.replace(/[\\%_]/g, (c) => `\\${c}`);
    const rows = await this.all(
      `SELECT entity_id, text, normalized FROM alias WHERE normalized LIKE ? ESCAPE '\\' OR normalized LIKE ? ESCAPE '\\' LIMIT 20000`,
      [`${first}%`, `% ${first}%`],
    );
    const best = new Map<number, { id: number; text: string; distance: number }>();
    for (const r of rows) {
      const words = String(r.normalized).split(' ');
      const distance = Math.min(...words.map((w) => (w[0] === term[0] ? prefixEditDistance(term, w) : Infinity)));
      if (distance > budget) continue;
      const id = Number(r.entity_id);
      const known = best.get(id);
      if (!known || distance < known.distance) best.set(id, { id, text: String(r.text), distance });
    }
    return [...best.values()].sort((a, b) => a.distance - b.distance || a.id - b.id).slice(0, limit);
  }

  /**
   * Full-text search over names and aliases, statements and articles, best first. Statements
   * and articles are ranked among their newest `window` matches: a word found in a large share
   * of the corpus costs the same at 10,000 articles as at 1,000, and ties in relevance go to
   * recent news. Below `window` matches per index the ranking is exact.
   */
  async search(match: string, limit: number, window: number): Promise<{ type: 'entity' | 'statement' | 'article'; id: number; snippet: string; score: number }[]> {
    // Rank within each index first, so snippets are computed only for the rows kept.
    const newest = (table: string) => `rowid >= (SELECT MIN(r) FROM (SELECT rowid AS r FROM ${table} WHERE ${table} MATCH ? ORDER BY rowid DESC LIMIT ?))`;
    const rows = await this.all(
      `SELECT * FROM (SELECT 'entity' AS type, entity_id AS id, highlight(alias_fts, 0, '<b>', '</b>') AS snippet, -bm25(alias_fts) * 2 AS score
                      FROM alias_fts WHERE alias_fts MATCH ? ORDER BY rank LIMIT ?)
       UNION ALL
       SELECT * FROM (SELECT 'statement', statement_id, snippet(statement_fts, 0, '<b>', '</b>', '…', 16), -bm25(statement_fts)
                      FROM statement_fts WHERE statement_fts MATCH ? AND ${newest('statement_fts')} ORDER BY rank LIMIT ?)
       UNION ALL
       SELECT * FROM (SELECT 'article', article_id, snippet(article_fts, -1, '<b>', '</b>', '…', 16), -bm25(article_fts)
                      FROM article_fts WHERE article_fts MATCH ? AND ${newest('article_fts')} ORDER BY rank LIMIT ?)
       ORDER BY score DESC`,
      [match, limit * 4, match, match, window, limit, match, match, window, limit],
    );
    const seen = new Set<string>();
    const hits: { type: 'entity' | 'statement' | 'article'; id: number; snippet: string; score: number }[] = [];
    for (const r of rows) {
      const key = `${r.type}:${r.id}`;
      if (seen.has(key)) continue; // an entity matches once however many aliases match
      seen.add(key);
      hits.push({ type: r.type as 'entity' | 'statement' | 'article', id: Number(r.id), snippet: String(r.snippet), score: Number(r.score) });
      if (hits.length === limit) break;
    }
    return hits;
  }
}
