import { Field, ID, InterfaceType, Int, registerEnumType } from 'type-graphql';
import type { EntityKind } from '../../extract/types';
import { NodeInterface, type NodeRow } from './node.interface';

export enum EntityKindEnum {
  PERSON = 'PERSON',
  ORGANIZATION = 'ORGANIZATION',
  PLACE = 'PLACE',
}
registerEnumType(EntityKindEnum, {
  name: 'EntityKind',
  description: 'What an entity is.',
  valuesConfig: {
    PERSON: { description: 'A person: "John Kerry".' },
    ORGANIZATION: { description: 'An organisation: a ministry, agency, company, court, team, armed group.' },
    PLACE: { description: 'A place: a country, city, region, district or site.' },
  },
});

export interface EntityRow extends NodeRow {
  nodeType: 'Person' | 'Organization' | 'Place';
  kind: EntityKind;
  name: string;
  mentionCount: number;
  firstArticleId: number;
}

@InterfaceType('Entity', {
  implements: NodeInterface,
  description: 'A person, organisation or place, resolved into one node across all articles.',
  resolveType: (value: EntityRow) => value.nodeType,
})
export abstract class EntityInterface implements NodeInterface {
  @Field(() => ID, { description: 'Global, opaque id.' })
  id!: string;

  @Field(() => EntityKindEnum, { description: 'Person, organisation or place.' })
  kind!: EntityKind;

  @Field(() => String, { description: 'Canonical name: the fullest form any article used ("John Kerry").' })
  name!: string;

  @Field(() => Int, { description: 'How many times the articles name it, across all articles.' })
  mentionCount!: number;
}
