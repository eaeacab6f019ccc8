import type { GraphQLSchema } from 'graphql';
import { buildSchema, type MiddlewareFn } from 'type-graphql';
import { DomainError } from '../errors';
import { toGraphQLError } from './errors';
import { ArticleResolver } from './resolvers/article.resolver';
import { EntityResolver } from './resolvers/entity.resolver';
import { MutationResolver } from './resolvers/mutation.resolver';
import { PersonResolver } from './resolvers/person.resolver';
import { QueryResolver } from './resolvers/query.resolver';
import { RoleResolver } from './resolvers/role.resolver';
import { StatementResolver } from './resolvers/statement.resolver';
import { MentionResolver } from './resolvers/mention.resolver';
import { EvidenceResolver, RelationshipResolver } from './resolvers/relationship.resolver';
import { OrganizationType, PersonType, PlaceType } from './types/entity-types';

/** Domain errors thrown by resolvers become GraphQL errors with a code and HTTP status. */
const domainErrors: MiddlewareFn = async (_action, next) => {
  try {
    return await next();
  } catch (error) {
    throw error instanceof DomainError ? toGraphQLError(error) : error;
  }
};

/** Builds the code-first schema; schema.graphql is this, printed. */
export async function buildGraphSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: [QueryResolver, MutationResolver, EntityResolver, PersonResolver, RoleResolver, ArticleResolver, StatementResolver, MentionResolver, RelationshipResolver, EvidenceResolver],
    orphanedTypes: [PersonType, OrganizationType, PlaceType],
    globalMiddlewares: [domainErrors],
    validate: false,
  });
  // type-graphql has no option for the root types' descriptions; Sandbox's docs panel shows them.
  schema.getQueryType()!.description = 'Reads: public, no token needed.';
  schema.getMutationType()!.description = 'Writes: need `Authorization: Bearer <API_TOKEN>`.';
  return schema;
}
