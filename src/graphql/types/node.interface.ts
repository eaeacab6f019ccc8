import { Field, ID, InterfaceType } from 'type-graphql';
import type { NodeType } from '../ids';

/** What every row handed to GraphQL carries so interfaces can resolve their concrete type. */
export interface NodeRow {
  nodeType: NodeType;
  id: string;
  dbId: number;
}

@InterfaceType('Node', {
  description: 'An object with a global id: fetch it again with `node(id:)` or `nodes(ids:)`.',
  resolveType: (value: NodeRow) => value.nodeType,
})
export abstract class NodeInterface {
  @Field(() => ID, { description: 'Global, opaque id; stable across restarts of the same database.' })
  id!: string;
}
