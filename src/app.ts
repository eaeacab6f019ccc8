import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDisableSuggestions } from '@apollo/server/plugin/disableSuggestions';
import type { Config } from './config';
import type { Orm } from './db';
import { hasValidToken } from './graphql/auth';
import { createContext, type Context } from './graphql/context';
import { formatError } from './graphql/errors';
import { createGraphQLHandler } from './graphql/http-handler';
import { checkSource, executionTimeoutPlugin, limitsPlugin } from './graphql/limits';
import { buildGraphSchema } from './graphql/schema';
import { ingestFiles, openGraph, type FileOutcome } from './ingest';

export interface Logger {
  info(message: string): void;
  error(message: string, error?: unknown): void;
}

export const consoleLogger: Logger = {
  info: (message) => console.log(message),
  error: (message, error) => console.error(message, error ?? ''),
};

export const silentLogger: Logger = { info: () => {}, error: () => {} };

export interface RunningApp {
  url: string;
  port: number;
  orm: Orm;
  apiToken: string;
  /** Outcome of each seed file ingested at start. */
  seeded: FileOutcome[];
  /** Stops accepting, lets in-flight requests finish, closes the database. */
  stop(): Promise<void>;
}

export const GRAPHQL_PATH = '/graphql';

/**
 * Wires the whole server: database, seed ingestion, schema, Apollo, HTTP. Both `npm start`
 * and the integration tests start it this way.
 */
export async function startApp(config: Config, logger: Logger = consoleLogger): Promise<RunningApp> {
  const orm = await openGraph(config.databaseUrl, (line) => logger.info(line));
  let seeded: FileOutcome[] = [];
  if (config.seedDir) {
    seeded = await ingestFiles(orm.em.fork(), [config.seedDir], config.limits.maxArticleBytes, (outcome, index, total) => {
      const line =
        outcome.status === 'failed'
          ? `  [${index + 1}/${total}] FAILED ${outcome.error}`
          : `  [${index + 1}/${total}] ${outcome.status} ${outcome.file}`;
      logger.info(line);
    });
  }
  const apiToken = config.apiToken ?? randomBytes(24).toString('base64url');
  if (!config.apiToken) logger.info(`API_TOKEN not set: mutations accept this token until restart: ${apiToken}`);

  const schema = await buildGraphSchema();
  const httpServer: Server = createServer();
  const apollo = new ApolloServer<Context>({
    schema,
    introspection: config.introspection,
    // Stack traces go to the server log, never to a client, whatever NODE_ENV says.
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: config.allowBatchedHttpRequests,
    csrfPrevention: true,
    // server.ts owns SIGTERM/SIGINT: Apollo's own handler would re-raise the signal and end
    // the process before the database is closed.
    stopOnTerminationSignals: false,
    formatError: formatError((m, e) => logger.error(m, e), config.production),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      config.introspection ? ApolloServerPluginLandingPageLocalDefault({ embed: true }) : ApolloServerPluginLandingPageDisabled(),
      limitsPlugin(config.limits),
      executionTimeoutPlugin(config.limits.executionTimeoutMs),
      // "Did you mean ...?" names fields a client did not ask for: a schema leak when introspection is off.
      ...(config.production ? [ApolloServerPluginDisableSuggestions()] : []),
    ],
  });
  await apollo.start();
  const handler = createGraphQLHandler(apollo, {
    path: GRAPHQL_PATH,
    maxBodyBytes: config.limits.maxBodyBytes,
    executionTimeoutMs: config.limits.executionTimeoutMs,
    checkQuery: (query) => checkSource(query, config.limits),
    log: (m, e) => logger.error(m, e),
    context: async (req) => createContext(orm.em.fork(), config, hasValidToken(req.headers.authorization, apiToken)),
  });
  httpServer.on('request', (req, res) => {
    handler(req, res).catch((error) => {
      logger.error('request failed', error);
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }));
    });
  });
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, config.host, () => resolve());
  });
  const { port } = httpServer.address() as AddressInfo;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  const url = `http://${host === '0.0.0.0' || host === '127.0.0.1' ? 'localhost' : host}:${port}${GRAPHQL_PATH}`;

  let stopping: Promise<void> | null = null;
  return {
    url,
    port,
    orm,
    apiToken,
    seeded,
    stop: () =>
      (stopping ??= (async () => {
        await apollo.stop(); // the drain plugin stops accepting and waits for in-flight requests
        await orm.close(true);
      })()),
  };
}
