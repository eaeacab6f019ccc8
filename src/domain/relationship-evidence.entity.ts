import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Article } from './article.entity';
import { Relationship } from './relationship.entity';

/** Where an article supports a relationship: the sentence span that links the two entities. */
@Entity({ tableName: 'relationship_evidence' })
export class RelationshipEvidence {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @ManyToOne(() => Relationship, { index: true })
  relationship!: Relationship;

  @ManyToOne(() => Article, { index: true })
  article!: Article;

  @Property({ type: 'integer', fieldName: 'start_offset' })
  start!: number;

  @Property({ type: 'integer', fieldName: 'end_offset' })
  end!: number;

  @Property({ type: 'integer' })
  sentenceIndex!: number;
}
