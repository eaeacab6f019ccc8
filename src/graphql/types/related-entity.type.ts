import { Field, Float, ObjectType } from 'type-graphql';
import { EntityInterface, type EntityRow } from './entity.interface';

export interface RelatedEntityRow {
  entity: EntityRow;
  weight: number;
}

@ObjectType('RelatedEntity', { description: 'A neighbour of an entity in the graph and how strongly they are linked.' })
export class RelatedEntityType {
  @Field(() => EntityInterface, { description: 'The neighbour.' })
  entity!: EntityRow;

  @Field(() => Float, { description: 'Sum of the weights of every relationship between the two, over all articles.' })
  weight!: number;
}
