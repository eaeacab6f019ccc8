import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import type { EntityKind } from '../extract/types';

export const ENTITY_KINDS = ['PERSON', 'ORGANIZATION', 'PLACE'] as const satisfies readonly EntityKind[];

/** A person, organisation or place: one row per real-world referent across all articles. */
@Entity({ tableName: 'entity' })
@Index({ properties: ['kind', 'name'] })
export class NewsEntity {
  [OptionalProps]?: 'mentionCount' | 'articleCount' | 'statementCount' | 'createdAt';

  @PrimaryKey({ type: 'integer' })
  id!: number;

  @Enum({ items: () => ENTITY_KINDS, type: 'string' })
  kind!: EntityKind;

  /** Canonical name: the fullest form any article used. */
  @Property({ type: 'string' })
  name!: string;

  /** Number of mentions across all articles (kept in step by ingestion). */
  @Property({ type: 'integer' })
  mentionCount: number = 0;

  /** Number of articles that mention it: Entity.articles' totalCount without a COUNT(DISTINCT). */
  @Property({ type: 'integer', default: 0 })
  articleCount: number = 0;

  /** Number of statements it made: Entity.statements' totalCount without a count. */
  @Property({ type: 'integer', default: 0 })
  statementCount: number = 0;

  /** The article that first mentioned it (ingestion order), for "first appearance" ordering. */
  @Property({ type: 'integer' })
  @Index()
  firstArticleId!: number;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
