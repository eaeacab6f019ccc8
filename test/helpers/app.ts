import 'reflect-metadata';
import { startApp, silentLogger, type RunningApp } from '../../src/app';
import { loadConfig, type Config } from '../../src/config';

export const TEST_TOKEN = 'test-token-0123456789abcdef';

/** Starts the real server on a random loopback port with a fresh in-memory database. */
export async function startTestApp(env: Record<string, string> = {}): Promise<RunningApp> {
  const config: Config = loadConfig({ DATABASE_URL: ':memory:', SEED_DIR: 'seeds', PORT: '0', HOST: '127.0.0.1', API_TOKEN: TEST_TOKEN, ...env });
  return startApp(config, silentLogger);
}

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, any>; path?: (string | number)[] }[];
  extensions?: Record<string, any>;
}

/** Sends one GraphQL request over HTTP, as a client would. */
export async function gql<T = Record<string, any>>(
  app: RunningApp,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T>> {
  const res = await fetch(app.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as Omit<GraphQLResponse<T>, 'status'>;
  return { status: res.status, ...body };
}
