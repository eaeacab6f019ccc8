import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import type { RelationshipType } from '../extract/types';
import { NewsEntity } from './news-entity.entity';

export const RELATIONSHIP_TYPES = ['CO_OCCURRENCE', 'SPOKE_TO', 'SPOKE_ABOUT', 'MEMBER_OF'] as const satisfies readonly RelationshipType[];

/**
 * A typed edge between two entities, summed over all articles. CO_OCCURRENCE is undirected
 * and stored with source.id < target.id; the other types point from speaker or member.
 */
@Entity({ tableName: 'relationship' })
@Unique({ properties: ['source', 'target', 'type'] })
export class Relationship {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @ManyToOne(() => NewsEntity, { index: true })
  source!: NewsEntity;

  @ManyToOne(() => NewsEntity, { index: true })
  target!: NewsEntity;

  @Enum({ items: () => RELATIONSHIP_TYPES, type: 'string' })
  @Index()
  type!: RelationshipType;

  @Property({ type: 'double' })
  weight!: number;

  @Property({ type: 'integer' })
  evidenceCount!: number;
}
