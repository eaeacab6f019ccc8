import 'reflect-metadata';
import { startApp } from './app';
import { ConfigError, loadConfig } from './config';

/** `npm start`: serve the graph, seeded from SEED_DIR, until SIGTERM or SIGINT. */
async function main(): Promise<void> {
  const config = loadConfig();
  console.log(`newsgraph: database ${config.databaseUrl}${config.seedDir ? `, seeding from ${config.seedDir}/` : ''}`);
  const app = await startApp(config);
  const created = app.seeded.filter((o) => o.status === 'created').length;
  const failed = app.seeded.filter((o) => o.status === 'failed').length;
  if (config.seedDir) console.log(`seeds: ${created} new, ${app.seeded.length - created - failed} already in the graph, ${failed} failed`);
  console.log(`newsgraph ready at ${app.url} (Apollo Sandbox in a browser)`);
  const shutdown = (signal: string) => {
    console.log(`${signal}: finishing in-flight requests and closing the database`);
    app.stop().then(
      () => process.exit(0),
      (error) => {
        console.error('shutdown failed', error);
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}

main().catch((error) => {
  console.error(error instanceof ConfigError ? `configuration error: ${error.message}` : error);
  process.exit(1);
});
