import { Field, Int, ObjectType } from 'type-graphql';
import type { ClassType } from 'type-graphql';
import { PageInfo } from '../pagination';
import { ArticleType } from './article.type';
import { EntityInterface } from './entity.interface';
import { MentionType } from './mention.type';
import { RelationshipObject } from './relationship.type';
import { StatementType } from './statement.type';

/** Builds the Relay XConnection and XEdge types for a node type. */
function connectionOf(node: ClassType | (abstract new () => unknown), name: string, plural: string) {
  @ObjectType(`${name}Edge`, { description: `One ${name.toLowerCase()} in a page, with its cursor.` })
  class EdgeType {
    @Field(() => String, { description: 'Opaque cursor: pass it as `after` or `before`.' })
    cursor!: string;

    @Field(() => node, { description: `The ${name.toLowerCase()}.` })
    node!: unknown;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${plural}.` })
  class ConnectionType {
    @Field(() => [EdgeType], { description: 'The items of this page, in order.' })
    edges!: EdgeType[];

    @Field(() => PageInfo, { description: 'Where this page stands in the whole list.' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'Number of items in the whole list, across all pages.' })
    totalCount!: number;
  }
  return ConnectionType;
}

export const EntityConnection = connectionOf(EntityInterface, 'Entity', 'entities');
export const ArticleConnection = connectionOf(ArticleType, 'Article', 'articles');
export const StatementConnection = connectionOf(StatementType, 'Statement', 'statements');
export const MentionConnection = connectionOf(MentionType, 'Mention', 'mentions');
export const RelationshipConnection = connectionOf(RelationshipObject, 'Relationship', 'relationships');
