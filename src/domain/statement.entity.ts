import { Collection, Entity, Enum, Index, ManyToMany, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import type { StatementKind } from '../extract/types';
import { Article } from './article.entity';
import { NewsEntity } from './news-entity.entity';

export const STATEMENT_KINDS = ['QUOTE', 'PARAPHRASE'] as const satisfies readonly StatementKind[];

/** Something said in an article: a direct quote or reported speech. */
@Entity({ tableName: 'statement' })
// A speaker's statements are paged in article and text order straight off this index.
@Index({ properties: ['speaker', 'article', 'start'] })
@Index({ properties: ['article', 'start'] })
export class Statement {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @Enum({ items: () => STATEMENT_KINDS, type: 'string' })
  kind!: StatementKind;

  @Property({ type: 'text' })
  text!: string;

  @ManyToOne(() => NewsEntity, { nullable: true, index: true })
  speaker?: NewsEntity | null;

  @ManyToOne(() => NewsEntity, { nullable: true, index: true })
  addressee?: NewsEntity | null;

  @ManyToOne(() => Article, { index: true })
  article!: Article;

  @ManyToMany({ entity: () => NewsEntity, pivotTable: 'statement_about', joinColumn: 'statement_id', inverseJoinColumn: 'entity_id' })
  about = new Collection<NewsEntity>(this);

  @Property({ type: 'integer', fieldName: 'start_offset' })
  start!: number;

  @Property({ type: 'integer', fieldName: 'end_offset' })
  end!: number;

  @Property({ type: 'integer' })
  sentenceIndex!: number;
}
