/**
 * Domain errors. Each carries the GraphQL error code it maps to; src/graphql/errors.ts is the
 * one place that turns them into GraphQLErrors. Anything else reaching a client is masked.
 */
export type ErrorCode = 'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'NOT_FOUND';

export class DomainError extends Error {
  override name = 'DomainError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export type ArticleRejection = 'EMPTY' | 'BINARY' | 'NOT_UTF8' | 'TOO_LARGE';

/** An article refused before anything was written: names the file (if any) and the reason. */
export class ArticleRejectedError extends DomainError {
  override name = 'ArticleRejectedError';
  constructor(
    readonly reason: ArticleRejection,
    message: string,
    readonly file?: string,
  ) {
    super('BAD_USER_INPUT', file ? `${file}: ${message}` : message, { reason, ...(file ? { file } : {}) });
  }
}
