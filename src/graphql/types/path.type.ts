import { Field, Int, ObjectType } from 'type-graphql';
import { EntityInterface, type EntityRow } from './entity.interface';
import { PathStepType } from './relationship.type';

@ObjectType('Path', { description: 'A shortest chain of relationships between two entities.' })
export class PathType {
  @Field(() => Int, { description: 'Number of relationships walked: entities.length - 1.' })
  hops!: number;

  @Field(() => [EntityInterface], { description: 'The entities from the start to the end, in order.' })
  entities!: EntityRow[];

  @Field(() => [PathStepType], { description: 'Each hop with the relationships and evidence behind it.' })
  steps!: { from: EntityRow; to: EntityRow }[];
}
