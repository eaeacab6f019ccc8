import { Entity, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { NewsEntity } from './news-entity.entity';

/** A surface form an entity has been seen under ("Kerry", "John Kerry"). */
@Entity({ tableName: 'alias' })
@Unique({ properties: ['entity', 'normalized'] })
export class Alias {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @ManyToOne(() => NewsEntity, { index: true })
  entity!: NewsEntity;

  @Property({ type: 'string' })
  text!: string;

  /** normaliseAlias(text): what `entity(name:)` looks up. */
  @Property({ type: 'string' })
  @Index()
  normalized!: string;
}
