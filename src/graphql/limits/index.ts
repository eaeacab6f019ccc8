import type { ApolloServerPlugin, BaseContext, GraphQLRequestListener } from '@apollo/server';
import { parse, type DocumentNode, type GraphQLError } from 'graphql';
import type { Limits } from '../../config';
import { limitError } from '../errors';
import { countAliases } from './alias-limit';
import { queryCost } from './cost';
import { documentShape } from './depth-limit';
import { countDirectives } from './directive-limit';
import { countTokens } from './token-limit';

export { countAliases } from './alias-limit';
export { queryCost, type PageSizes } from './cost';
export { documentDepth, documentShape } from './depth-limit';
export { countDirectives } from './directive-limit';
export { countTokens } from './token-limit';
export { executionTimeoutPlugin, withTimeout, TimeoutError } from './execution-timeout';

/** The token limit: counted up to ten times the limit, so a huge document costs little to refuse. */
function checkTokens(source: string, limits: Limits): GraphQLError | null {
  const tokens = countTokens(source, limits.maxTokens * 10);
  if (tokens <= limits.maxTokens) return null;
  const count = tokens >= limits.maxTokens * 10 ? `at least ${tokens}` : `${tokens}`;
  return limitError('TOO_MANY_TOKENS', `Query has ${count} tokens, more than the limit of ${limits.maxTokens}`, { actual: tokens, limit: limits.maxTokens });
}

/** The limits read from the document alone: depth, aliases, directives, expanded size. */
export function checkDocument(document: DocumentNode, limits: Limits): GraphQLError | null {
  const shape = documentShape(document);
  if (shape.depth > limits.maxDepth) {
    return limitError('QUERY_TOO_DEEP', `Query depth is ${shape.depth}, more than the limit of ${limits.maxDepth}`, { actual: shape.depth, limit: limits.maxDepth });
  }
  const aliases = countAliases(document);
  if (aliases > limits.maxAliases) {
    return limitError('TOO_MANY_ALIASES', `Query uses ${aliases} aliases, more than the limit of ${limits.maxAliases}`, { actual: aliases, limit: limits.maxAliases });
  }
  const directives = countDirectives(document);
  if (directives > limits.maxDirectives) {
    return limitError('TOO_MANY_DIRECTIVES', `Query uses ${directives} directives, more than the limit of ${limits.maxDirectives}`, { actual: directives, limit: limits.maxDirectives });
  }
  // Every field costs at least 1, so an expansion past the cost limit is refused before the
  // validator or the cost analysis walk it (a "fragment bomb").
  if (shape.fields > limits.maxCost) {
    return limitError('QUERY_TOO_COMPLEX', `Query cost is at least ${shape.fields}, more than the limit of ${limits.maxCost}`, { actual: shape.fields, limit: limits.maxCost });
  }
  return null;
}

/**
 * The limits that need no schema, checked on a query string before Apollo parses and validates
 * it, so a hostile document never reaches the validator. Null when within every limit, or when
 * the text is not GraphQL (Apollo then reports the syntax error itself).
 */
export function checkSource(source: string, limits: Limits): GraphQLError | null {
  const tooManyTokens = checkTokens(source, limits);
  if (tooManyTokens) return tooManyTokens;
  let document: DocumentNode;
  try {
    document = parse(source, { maxTokens: limits.maxTokens });
  } catch {
    return null;
  }
  return checkDocument(document, limits);
}

/**
 * Refuses over-limit requests before they execute, each with HTTP 400 and a code naming the
 * limit, and reports each executed request's cost in `extensions.cost`. Apollo turns only
 * errors thrown from didResolveOperation into responses (earlier hooks give a 500), so every
 * check runs there; the HTTP handler runs checkSource on POST bodies before Apollo as well.
 */
export function limitsPlugin(limits: Limits): ApolloServerPlugin {
  const sizes = { defaultPageSize: limits.defaultPageSize, maxPageSize: limits.maxPageSize };
  return {
    async requestDidStart(): Promise<GraphQLRequestListener<BaseContext>> {
      let cost: number | null = null;
      return {
        async didResolveOperation({ schema, source, document, request, operationName }) {
          const refusal = checkTokens(source, limits) ?? checkDocument(document, limits);
          if (refusal) throw refusal;
          cost = queryCost(schema, document, operationName ?? request.operationName ?? undefined, request.variables, sizes);
          if (cost !== null && cost > limits.maxCost) {
            throw limitError('QUERY_TOO_COMPLEX', `Query cost is ${cost}, more than the limit of ${limits.maxCost}`, { actual: cost, limit: limits.maxCost });
          }
        },
        async willSendResponse({ response }) {
          if (cost === null || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          result.extensions = { ...result.extensions, cost: { requested: cost, limit: limits.maxCost } };
        },
      };
    },
  };
}
