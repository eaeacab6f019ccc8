import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { DomainError, type ErrorCode } from '../errors';

const HTTP_STATUS: Record<ErrorCode, number> = { BAD_USER_INPUT: 400, UNAUTHENTICATED: 401, NOT_FOUND: 404 };

/** The one place domain errors become GraphQL errors with a code and an HTTP status. */
export function toGraphQLError(error: DomainError): GraphQLError {
  return new GraphQLError(error.message, {
    extensions: { code: error.code, ...error.details, http: { status: HTTP_STATUS[error.code] } },
  });
}

/** Codes of the request limits (src/graphql/limits); each names the limit a request broke. */
export type LimitCode = 'QUERY_TOO_DEEP' | 'QUERY_TOO_COMPLEX' | 'TOO_MANY_ALIASES' | 'TOO_MANY_TOKENS' | 'TOO_MANY_DIRECTIVES' | 'EXECUTION_TIMEOUT';

/**
 * A request refused for breaking a limit: 400 (the client must send a smaller request), except
 * EXECUTION_TIMEOUT, 503 (the request was well-formed; the server ran out of time for it).
 */
export function limitError(code: LimitCode, message: string, details: { actual?: number; limit: number }): GraphQLError {
  const status = code === 'EXECUTION_TIMEOUT' ? 503 : 400;
  return new GraphQLError(message, { extensions: { code, ...details, http: { status } } });
}

/**
 * Apollo's formatError hook: domain errors keep their code and message; anything unexpected
 * is logged in full and reaches the client as a bare INTERNAL_SERVER_ERROR.
 */
export function formatError(log: (message: string, error: unknown) => void, production: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof DomainError) {
      const { http: _http, ...extensions } = toGraphQLError(original).extensions;
      return { message: original.message, locations: formatted.locations, path: formatted.path, extensions };
    }
    const code = formatted.extensions?.code;
    if (code === 'INTERNAL_SERVER_ERROR' || code === undefined) {
      log('internal error', original);
      return production
        ? { message: 'Internal server error', locations: formatted.locations, path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } }
        : { ...formatted, extensions: { ...formatted.extensions, code: 'INTERNAL_SERVER_ERROR' } };
    }
    if (formatted.extensions?.stacktrace) {
      const { stacktrace: _stack, ...extensions } = formatted.extensions;
      return { ...formatted, extensions };
    }
    return formatted;
  };
}
