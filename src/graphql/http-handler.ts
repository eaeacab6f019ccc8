import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { GraphQLError } from 'graphql';
import type { Context } from './context';
import { TimeoutError, withTimeout } from './limits/execution-timeout';

/** The shape of a GraphQL error response for requests refused before Apollo sees them. */
function refuse(res: ServerResponse, status: number, code: string, message: string, details: Record<string, unknown> = {}): void {
  const { http: _http, ...extensions } = details;
  const body = JSON.stringify({ errors: [{ message, extensions: { ...extensions, code } }] });
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

class BodyTooLargeError extends Error {}

function readBody(req: IncomingMessage, maxBytes: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        reject(new BodyTooLargeError());
        req.removeAllListeners('data');
        req.resume();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** The first over-limit query in a JSON body (one operation, or a batch of them). */
function firstRefusal(body: unknown, check: (query: string) => GraphQLError | null): GraphQLError | null {
  for (const operation of Array.isArray(body) ? body : [body]) {
    const query = (operation as { query?: unknown } | null)?.query;
    const refusal = typeof query === 'string' ? check(query) : null;
    if (refusal) return refusal;
  }
  return null;
}

export interface HandlerOptions {
  path: string;
  maxBodyBytes: number;
  /** Longest the client waits for an answer before EXECUTION_TIMEOUT (503). */
  executionTimeoutMs: number;
  /** Limits checked on each query string of a JSON body before Apollo parses it; null when within them. */
  checkQuery: (query: string) => GraphQLError | null;
  /** Where unexpected failures are logged in full (the client sees a bare 500). */
  log: (message: string, error: unknown) => void;
  context: (req: IncomingMessage) => Promise<Context>;
}

/**
 * A small Node http integration for Apollo Server: reads the body with a size cap, answers
 * malformed JSON with a 400 GraphQL error (never a 500), and hands everything else to Apollo.
 */
export function createGraphQLHandler(apollo: ApolloServer<Context>, options: HandlerOptions) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname !== options.path && url.pathname !== `${options.path}/`) {
      if (url.pathname === '/' && req.method === 'GET') {
        res.writeHead(302, { location: options.path }).end();
        return;
      }
      refuse(res, 404, 'NOT_FOUND', `Nothing here: GraphQL is served at ${options.path}`);
      return;
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    let body: unknown = undefined;
    if (req.method === 'POST') {
      let raw: string;
      try {
        raw = await readBody(req, options.maxBodyBytes);
      } catch (error) {
        if (error instanceof BodyTooLargeError) {
          refuse(res, 413, 'PAYLOAD_TOO_LARGE', `Request body is larger than the limit of ${options.maxBodyBytes} bytes`);
          return;
        }
        throw error;
      }
      const type = headers.get('content-type') ?? '';
      if (/^application\/(graphql-response\+)?json\b/i.test(type) || /^application\/json/i.test(type)) {
        try {
          body = raw === '' ? undefined : JSON.parse(raw);
        } catch {
          refuse(res, 400, 'BAD_REQUEST', 'Request body is not valid JSON');
          return;
        }
      } else {
        body = raw;
      }
      const refusal = firstRefusal(body, options.checkQuery);
      if (refusal) {
        refuse(res, 400, String(refusal.extensions.code), refusal.message, refusal.extensions);
        return;
      }
    }
    let response;
    try {
      const work = apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: (req.method ?? 'GET').toUpperCase(), headers, search: url.search, body },
        context: () => options.context(req),
      });
      response = await withTimeout(work, options.executionTimeoutMs);
    } catch (error) {
      if (error instanceof TimeoutError) {
        // The work goes on in the background (the timeout plugin stops its remaining resolvers);
        // the client is answered now.
        refuse(res, 503, 'EXECUTION_TIMEOUT', error.message, { limit: error.timeoutMs });
        return;
      }
      options.log('request failed', error);
      refuse(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
      return;
    }
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  };
}
