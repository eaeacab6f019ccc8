import type { SqlEntityManager } from '@mikro-orm/sqlite';
import type { EntityKind, StatementKind } from '../extract/types';
import { ENTITY_TYPE_BY_KIND, toGlobalId } from './ids';
import { pageWindow, type PageRequest, type PageWindow } from './pagination';
import type { ArticleRow } from './types/article.type';
import type { EntityRow } from './types/entity.interface';
import type { RoleRow } from './types/role.type';
import type { StatementRow } from './types/statement.type';

type Raw = Record<string, unknown>;

/** Ids of one parent's page of children, with the window they fill and the parent's total. */
export interface ChildPage {
  ids: number[];
  window: PageWindow;
  total: number;
}

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

function marks(values: readonly unknown[]): string {
  return values.map(() => '?').join(', ');
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
}

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

  async rolesByPersonIds(ids: readonly number[]): Promise<Map<number, RoleRow[]>> {
    const rows = await this.all(
      `SELECT person_id, title, organization_id, MIN(article_id) AS article_id FROM role WHERE person_id IN (${marks(ids)})
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
   * Pages of children for many parents in two statements (a count, then the windows).
   * `pairs` is a SELECT of (parent, child, sort) restricted to `parent IN (:parents)`.
   */
  async childPages(pairs: (parentMarks: string) => string, parents: readonly number[], page: PageRequest): Promise<Map<number, ChildPage>> {
    const result = new Map<number, ChildPage>();
    if (parents.length === 0) return result;
    const pairSql = pairs(marks(parents));
    const counts = await this.all(`SELECT parent, COUNT(*) AS n FROM (${pairSql}) GROUP BY parent`, parents);
    const totals = new Map(counts.map((r) => [Number(r.parent), Number(r.n)]));
    const windows: [number, PageWindow][] = [];
    for (const parent of parents) {
      const total = totals.get(parent) ?? 0;
      const window = pageWindow(page, total);
      result.set(parent, { ids: [], window, total });
      if (window.limit > 0) windows.push([parent, window]);
    }
    if (windows.length === 0) return result;
    const values = windows.map(() => '(?, ?, ?)').join(', ');
    const rows = await this.all(
      `WITH w(parent, lo, hi) AS (VALUES ${values}),
            p AS (${pairSql}),
            r AS (SELECT parent, child, ROW_NUMBER() OVER (PARTITION BY parent ORDER BY sort, child) - 1 AS pos FROM p)
       SELECT r.parent, r.child FROM r JOIN w ON w.parent = r.parent WHERE r.pos >= w.lo AND r.pos < w.hi ORDER BY r.parent, r.pos`,
      [...windows.flatMap(([parent, w]) => [parent, w.offset, w.offset + w.limit]), ...parents],
    );
    for (const r of rows) result.get(Number(r.parent))!.ids.push(Number(r.child));
    return result;
  }

  /** Articles that mention each entity, oldest ingested first. */
  articlePagesByEntity(entityIds: readonly number[], page: PageRequest): Promise<Map<number, ChildPage>> {
    return this.childPages((m) => `SELECT DISTINCT entity_id AS parent, article_id AS child, article_id AS sort FROM mention WHERE entity_id IN (${m})`, entityIds, page);
  }

  /** Statements each entity made, in article then text order. */
  statementPagesBySpeaker(entityIds: readonly number[], page: PageRequest): Promise<Map<number, ChildPage>> {
    return this.childPages((m) => `SELECT speaker_id AS parent, id AS child, article_id * 1000000 + start_offset AS sort FROM statement WHERE speaker_id IN (${m})`, entityIds, page);
  }

  /** Strongest neighbours of each entity: relationships of every type summed, both directions. */
  async relatedByEntityIds(ids: readonly number[], first: number, kind: EntityKind | null): Promise<Map<number, { id: number; weight: number }[]>> {
    const m = marks(ids);
    const rows = await this.all(
      `WITH edges AS (
         SELECT source_id AS parent, target_id AS other, weight FROM relationship WHERE source_id IN (${m})
         UNION ALL
         SELECT target_id AS parent, source_id AS other, weight FROM relationship WHERE target_id IN (${m})
       ),
       summed AS (SELECT parent, other, SUM(weight) AS weight FROM edges GROUP BY parent, other),
       ranked AS (
         SELECT s.parent, s.other, s.weight, ROW_NUMBER() OVER (PARTITION BY s.parent ORDER BY s.weight DESC, s.other) AS rn
         FROM summed s JOIN entity e ON e.id = s.other WHERE ? IS NULL OR e.kind = ?
       )
       SELECT parent, other, weight FROM ranked WHERE rn <= ? ORDER BY parent, rn`,
      [...ids, ...ids, kind, kind, first],
    );
    const grouped = groupBy(rows, (r) => Number(r.parent));
    return new Map([...grouped].map(([id, list]) => [id, list.map((r) => ({ id: Number(r.other), weight: Number(r.weight) }))]));
  }

  /**
   * The entity an exact name or alias (normalised) denotes; failing that, the one whose
   * resolution key it is ("Peskov" -> Dmitry Peskov). The most mentioned wins.
   */
  async entityByName(normalized: string, key: string): Promise<EntityRow | null> {
    const rows = await this.all(
      `SELECT e.* FROM entity e
       WHERE e.id IN (SELECT entity_id FROM alias WHERE normalized = ?) OR e.id IN (SELECT entity_id FROM entity_key WHERE key = ?)
       ORDER BY e.id IN (SELECT entity_id FROM alias WHERE normalized = ?) DESC, e.mention_count DESC, e.id LIMIT 1`,
      [normalized, key, normalized],
    );
    return rows[0] ? toEntityRow(rows[0]) : null;
  }

  private async rowPage<T>(from: string, params: unknown[], order: string, page: PageRequest, map: (r: Raw) => T): Promise<RowPage<T>> {
    const [count] = await this.all(`SELECT COUNT(*) AS n ${from}`, params);
    const total = Number(count?.n ?? 0);
    const window = pageWindow(page, total);
    if (window.limit === 0) return { rows: [], window, total };
    const rows = await this.all(`SELECT * ${from} ORDER BY ${order} LIMIT ? OFFSET ?`, [...params, window.limit, window.offset]);
    return { rows: rows.map(map), window, total };
  }

  /** Entities, most mentioned first; `contains` matches any alias, case- and accent-insensitively. */
  entityPage(filter: { kind?: EntityKind; contains?: string }, page: PageRequest): Promise<RowPage<EntityRow>> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (filter.kind) {
      where.push('kind = ?');
      params.push(filter.kind);
    }
    if (filter.contains !== undefined) {
      where.push(`id IN (SELECT entity_id FROM alias WHERE normalized LIKE ? ESCAPE '\\')`);
      params.push(`%${filter.contains.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    }
    const from = `FROM entity${where.length ? ` WHERE ${where.join(' AND ')}` : ''}`;
    return this.rowPage(from, params, 'mention_count DESC, id', page, toEntityRow);
  }

  /** Articles in ingestion order. */
  articlePage(page: PageRequest): Promise<RowPage<ArticleRow>> {
    return this.rowPage('FROM article', [], 'id', page, toArticleRow);
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
    const from = `FROM statement${where.length ? ` WHERE ${where.join(' AND ')}` : ''}`;
    return this.rowPage(from, params, 'article_id, start_offset, id', page, toStatementRow);
  }

  /** Neighbours of a set of entities over relationships of any type and direction. */
  async neighbourIds(ids: readonly number[]): Promise<[number, number][]> {
    const m = marks(ids);
    const rows = await this.all(
      `SELECT source_id AS a, target_id AS b FROM relationship WHERE source_id IN (${m})
       UNION SELECT target_id AS a, source_id AS b FROM relationship WHERE target_id IN (${m})`,
      [...ids, ...ids],
    );
    return rows.map((r) => [Number(r.a), Number(r.b)]);
  }

  /** Full-text search over names and aliases, statements and articles, best first. */
  async search(match: string, limit: number): Promise<{ type: 'entity' | 'statement' | 'article'; id: number; snippet: string; score: number }[]> {
    const rows = await this.all(
      `SELECT * FROM (
         SELECT 'entity' AS type, entity_id AS id, highlight(alias_fts, 0, '<b>', '</b>') AS snippet, -bm25(alias_fts) * 2 AS score
           FROM alias_fts WHERE alias_fts MATCH ?
         UNION ALL
         SELECT 'statement', statement_id, snippet(statement_fts, 0, '<b>', '</b>', '…', 16), -bm25(statement_fts)
           FROM statement_fts WHERE statement_fts MATCH ?
         UNION ALL
         SELECT 'article', article_id, snippet(article_fts, -1, '<b>', '</b>', '…', 16), -bm25(article_fts)
           FROM article_fts WHERE article_fts MATCH ?
       ) ORDER BY score DESC LIMIT ?`,
      [match, match, match, limit * 4],
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
