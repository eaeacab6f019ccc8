import { ObjectType } from 'type-graphql';
import { EntityInterface } from './entity.interface';
import { NodeInterface } from './node.interface';

@ObjectType('Person', { implements: [NodeInterface, EntityInterface], description: 'A person named in the news.' })
export class PersonType extends EntityInterface {}

@ObjectType('Organization', { implements: [NodeInterface, EntityInterface], description: 'An organisation named in the news.' })
export class OrganizationType extends EntityInterface {}

@ObjectType('Place', { implements: [NodeInterface, EntityInterface], description: 'A place named in the news.' })
export class PlaceType extends EntityInterface {}
