import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { Context } from './context';

/** The shape of a GraphQL error response for requests refused before Apollo sees them. */
function refuse(res: ServerResponse, status: number, code: string, message: string): void {
  const body = JSON.stringify({ errors: [{ message, extensions: { code } }] });
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

export interface HandlerOptions {
  path: string;
  maxBodyBytes: number;
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
    }
    let response;
    try {
      response = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: (req.method ?? 'GET').toUpperCase(), headers, search: url.search, body },
        context: () => options.context(req),
      });
    } catch {
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
