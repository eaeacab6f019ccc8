import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Article } from './article.entity';
import { NewsEntity } from './news-entity.entity';

/** A title a person holds, as an article states it: "Secretary of State" of the State Department. */
@Entity({ tableName: 'role' })
export class Role {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @ManyToOne(() => NewsEntity, { index: true })
  person!: NewsEntity;

  @Property({ type: 'string' })
  title!: string;

  @ManyToOne(() => NewsEntity, { nullable: true, index: true })
  organization?: NewsEntity | null;

  @ManyToOne(() => Article, { index: true })
  article!: Article;
}
