import DataLoader from 'dataloader';
import type { EntityKind, RelationshipType } from '../extract/types';
import type { PageRequest } from './pagination';
import type { ChildPage, Direction, GraphStore, RelatedRef } from './store';
import type { MentionRow } from './types/mention.type';
import type { EvidenceRow, RelationshipRow } from './types/relationship.type';
import type { ArticleRow } from './types/article.type';
import type { EntityRow } from './types/entity.interface';
import type { RoleRow } from './types/role.type';
import type { StatementRow } from './types/statement.type';

/**
 * Dispatch a batch once the event loop turns (setImmediate), not at the end of the current
 * microtask queue (DataLoader's default): loads that the same query level issues from results
 * arriving a moment apart still share one SQL statement.
 */
const options = { batchScheduleFn: (callback: () => void) => setImmediate(callback) };

function byId<T extends { dbId: number }>(load: (ids: readonly number[]) => Promise<T[]>) {
  return new DataLoader<number, T | null>(async (ids) => {
    const rows = new Map((await load(ids)).map((r) => [r.dbId, r]));
    return ids.map((id) => rows.get(id) ?? null);
  }, options);
}

function listBy<T>(load: (ids: readonly number[]) => Promise<Map<number, T[]>>) {
  return new DataLoader<number, T[]>(async (ids) => {
    const lists = await load(ids);
    return ids.map((id) => lists.get(id) ?? []);
  }, options);
}

/**
 * Per-request batching: every field of every node at one depth of a query is answered by
 * one SQL statement. Loaders for paged or parameterised lists are kept per argument set.
 */
export class Loaders {
  readonly entity: DataLoader<number, EntityRow | null>;
  readonly article: DataLoader<number, ArticleRow | null>;
  readonly statement: DataLoader<number, StatementRow | null>;
  readonly aliases: DataLoader<number, string[]>;
  readonly roles: DataLoader<number, RoleRow[]>;
  readonly articleEntityIds: DataLoader<number, number[]>;
  readonly articleStatements: DataLoader<number, StatementRow[]>;
  readonly statementAboutIds: DataLoader<number, number[]>;
  readonly relationship: DataLoader<number, RelationshipRow | null>;
  readonly mention: DataLoader<number, MentionRow | null>;
  private readonly keyed = new Map<string, DataLoader<number, unknown>>();

  constructor(private readonly store: GraphStore) {
    this.entity = byId((ids) => store.entitiesByIds(ids));
    this.article = byId((ids) => store.articlesByIds(ids));
    this.statement = byId((ids) => store.statementsByIds(ids));
    this.aliases = listBy((ids) => store.aliasesByEntityIds(ids));
    this.roles = listBy((ids) => store.rolesByPersonIds(ids));
    this.articleEntityIds = listBy((ids) => store.entityIdsByArticleIds(ids));
    this.articleStatements = listBy((ids) => store.statementsByArticleIds(ids));
    this.statementAboutIds = listBy((ids) => store.aboutIdsByStatementIds(ids));
    this.relationship = byId((ids) => store.relationshipsByIds(ids));
    this.mention = byId((ids) => store.mentionsByIds(ids));
  }

  private keyedLoader<T>(key: string, batch: (ids: readonly number[]) => Promise<Map<number, T>>, fallback: T): DataLoader<number, T> {
    let loader = this.keyed.get(key) as DataLoader<number, T> | undefined;
    if (!loader) {
      loader = new DataLoader<number, T>(async (ids) => {
        const map = await batch(ids);
        return ids.map((id) => map.get(id) ?? fallback);
      }, options);
      this.keyed.set(key, loader as DataLoader<number, unknown>);
    }
    return loader;
  }

  /** Loads entities by id, dropping ids that no longer resolve. */
  async entities(ids: readonly number[]): Promise<EntityRow[]> {
    const rows = await this.entity.loadMany(ids);
    return rows.filter((r): r is EntityRow => r !== null && !(r instanceof Error));
  }

  articlePages(page: PageRequest): DataLoader<number, ChildPage> {
    return this.keyedLoader(`articles:${JSON.stringify(page)}`, (ids) => this.store.articlePagesByEntity(ids, page), emptyPage());
  }

  statementPages(page: PageRequest): DataLoader<number, ChildPage> {
    return this.keyedLoader(`statements:${JSON.stringify(page)}`, (ids) => this.store.statementPagesBySpeaker(ids, page), emptyPage());
  }

  mentionPages(page: PageRequest): DataLoader<number, ChildPage> {
    return this.keyedLoader(`mentions:${JSON.stringify(page)}`, (ids) => this.store.mentionPagesByArticle(ids, page), emptyPage());
  }

  relationshipPages(type: RelationshipType | null, direction: Direction, page: PageRequest): DataLoader<number, ChildPage> {
    return this.keyedLoader(`relationships:${type}:${direction}:${JSON.stringify(page)}`, (ids) => this.store.relationshipPagesByEntity(ids, type, direction, page), emptyPage());
  }

  evidence(limit: number): DataLoader<number, EvidenceRow[]> {
    return this.keyedLoader(`evidence:${limit}`, (ids) => this.store.evidenceByRelationshipIds(ids, limit), []);
  }

  related(first: number, kind: EntityKind | null): DataLoader<number, RelatedRef[]> {
    return this.keyedLoader(`related:${first}:${kind}`, (ids) => this.store.relatedByEntityIds(ids, first, kind), []);
  }
}

function emptyPage(): ChildPage {
  return { ids: [], window: { offset: 0, limit: 0 }, total: 0 };
}
