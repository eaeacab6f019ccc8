import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { RelationshipType } from '../../extract/types';
import { EntityInterface, type EntityRow } from './entity.interface';

export enum RelationshipTypeEnum {
  CO_OCCURRENCE = 'CO_OCCURRENCE',
  SPOKE_TO = 'SPOKE_TO',
  SPOKE_ABOUT = 'SPOKE_ABOUT',
  MEMBER_OF = 'MEMBER_OF',
}
registerEnumType(RelationshipTypeEnum, {
  name: 'RelationshipType',
  description: 'How two entities are linked.',
  valuesConfig: {
    CO_OCCURRENCE: { description: 'Named in the same sentence (undirected).' },
    SPOKE_TO: { description: 'The source said something to the target ("Kerry told Lavrov").' },
    SPOKE_ABOUT: { description: 'The source made a statement that names the target.' },
    MEMBER_OF: { description: 'The source person holds a role in the target organisation or country.' },
  },
});

export enum DirectionEnum {
  OUTGOING = 'OUTGOING',
  INCOMING = 'INCOMING',
  ANY = 'ANY',
}
registerEnumType(DirectionEnum, {
  name: 'Direction',
  description: 'Which end of a relationship the entity is at.',
  valuesConfig: {
    OUTGOING: { description: 'The entity is the source (the speaker, the member).' },
    INCOMING: { description: 'The entity is the target.' },
    ANY: { description: 'Either end.' },
  },
});

export interface RelationshipRow {
  dbId: number;
  type: RelationshipType;
  sourceId: number;
  targetId: number;
  weight: number;
  evidenceCount: number;
}

export interface EvidenceRow {
  articleId: number;
  start: number;
  end: number;
}

@ObjectType('Evidence', { description: 'A sentence of an article that supports a relationship.' })
export class EvidenceType {
  @Field(() => Int, { description: 'Offset in Article.text where the sentence starts.' })
  start!: number;

  @Field(() => Int, { description: 'Offset in Article.text just after the sentence ends.' })
  end!: number;
}

@ObjectType('Relationship', { description: 'A typed edge between two entities, summed over every article that supports it.' })
export class RelationshipObject {
  @Field(() => RelationshipTypeEnum, { description: 'How the two are linked.' })
  type!: RelationshipType;

  @Field(() => Float, { description: 'Strength: the weights of every supporting sentence, summed.' })
  weight!: number;

  @Field(() => Int, { description: 'How many sentences support it.' })
  evidenceCount!: number;
}

@ObjectType('RelatedEntity', { description: 'A neighbour of an entity in the graph and how strongly they are linked.' })
export class RelatedEntityType {
  @Field(() => EntityInterface, { description: 'The neighbour.' })
  entity!: EntityRow;

  @Field(() => Float, { description: 'Sum of the weights of every relationship between the two, over all articles.' })
  weight!: number;

  @Field(() => [RelationshipTypeEnum], { description: 'The kinds of link between the two.' })
  types!: RelationshipType[];

  @Field(() => Int, { description: 'How many sentences support the links, in all.' })
  evidenceCount!: number;
}

export interface RelatedEntityRow {
  entity: EntityRow;
  weight: number;
  types: RelationshipType[];
  evidenceCount: number;
}

@ObjectType('PathStep', { description: 'One hop of a path: the relationships that link two consecutive entities.' })
export class PathStepType {
  @Field(() => EntityInterface, { description: 'Where the hop starts.' })
  from!: EntityRow;

  @Field(() => EntityInterface, { description: 'Where the hop ends.' })
  to!: EntityRow;

  @Field(() => [RelationshipObject], { description: 'Every relationship between the two, strongest first, with its evidence.' })
  relationships!: RelationshipRow[];
}

@ObjectType('GraphEdge', { description: 'An edge for a graph drawing library: ids of its ends, type and weight.' })
export class GraphEdgeType {
  @Field(() => String, { description: 'Stable id of the edge: "source-target-type" of the entities\' global ids.' })
  id!: string;

  @Field(() => String, { description: 'Global id of the source entity.' })
  source!: string;

  @Field(() => String, { description: 'Global id of the target entity.' })
  target!: string;

  @Field(() => RelationshipTypeEnum, { description: 'How the two are linked.' })
  type!: RelationshipType;

  @Field(() => Float, { description: 'Strength of the link.' })
  weight!: number;
}

@ObjectType('Neighborhood', { description: 'The entities around one entity and the edges among them, ready to draw.' })
export class NeighborhoodType {
  @Field(() => [EntityInterface], { description: 'The centre first, then its neighbours level by level, strongest first.' })
  nodes!: EntityRow[];

  @Field(() => [GraphEdgeType], { description: 'Every relationship between two of the nodes.' })
  edges!: GraphEdgeType[];
}
