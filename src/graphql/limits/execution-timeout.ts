import type { ApolloServerPlugin } from '@apollo/server';
import { limitError } from '../errors';

/**
 * Stops resolving once a request's time is up: every resolver that would start after the
 * deadline fails with EXECUTION_TIMEOUT instead, so abandoned work winds down quickly. (A single
 * SQL statement already running is not interrupted; withTimeout answers the client meanwhile.)
 */
export function executionTimeoutPlugin(timeoutMs: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      const deadline = Date.now() + timeoutMs;
      return {
        async executionDidStart() {
          return {
            willResolveField() {
              if (Date.now() > deadline) throw timeoutError(timeoutMs);
            },
          };
        },
        async willSendResponse({ response, errors }) {
          if (errors?.some((e) => e.extensions?.code === 'EXECUTION_TIMEOUT')) response.http.status = 503;
        },
      };
    },
  };
}

function timeoutError(timeoutMs: number) {
  return limitError('EXECUTION_TIMEOUT', `Request took longer than the limit of ${timeoutMs} ms`, { limit: timeoutMs });
}

export class TimeoutError extends Error {
  constructor(readonly timeoutMs: number) {
    super(`Request took longer than the limit of ${timeoutMs} ms`);
  }
}

/** Resolves with the work's result, or rejects with TimeoutError once `timeoutMs` have passed. */
export function withTimeout<T>(work: Promise<T>, timeoutMs: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimeoutError(timeoutMs)), timeoutMs);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
