import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Article } from './article.entity';
import { NewsEntity } from './news-entity.entity';

/** One place an article names an entity: offsets into Article.text and the sentence around it. */
@Entity({ tableName: 'mention' })
@Index({ properties: ['entity', 'article'] })
export class Mention {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @ManyToOne(() => NewsEntity, { index: true })
  entity!: NewsEntity;

  @ManyToOne(() => Article, { index: true })
  article!: Article;

  @Property({ type: 'string' })
  surface!: string;

  @Property({ type: 'integer', fieldName: 'start_offset' })
  start!: number;

  @Property({ type: 'integer', fieldName: 'end_offset' })
  end!: number;

  @Property({ type: 'integer' })
  sentenceIndex!: number;

  @Property({ type: 'integer' })
  sentenceStart!: number;

  @Property({ type: 'integer' })
  sentenceEnd!: number;
}
