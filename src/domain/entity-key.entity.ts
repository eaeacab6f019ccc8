import { Entity, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { NewsEntity } from './news-entity.entity';

/**
 * A resolution key (lookupKeys(): folded full names, a person's folded surname): where
 * cross-document resolution looks for the entities a new article's entity may refer to.
 */
@Entity({ tableName: 'entity_key' })
@Unique({ properties: ['entity', 'key'] })
export class EntityKey {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @ManyToOne(() => NewsEntity, { index: true })
  entity!: NewsEntity;

  @Property({ type: 'string' })
  @Index()
  key!: string;
}
