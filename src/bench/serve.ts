import 'reflect-metadata';
import { rmSync } from 'node:fs';
import { startApp, silentLogger } from '../app';
import { loadConfig } from '../config';
import { ingestArticle } from '../ingest';
import { generateCorpus } from './corpus';

/**
 * The benchmark's server process, forked by graph.bench.ts with an IPC channel. It starts the
 * real server (startApp) on a fresh SQLite file, ingests the synthetic corpus through
 * ingestArticle into that same ORM (timing ingestion as a user of the server would see it),
 * then serves it to autocannon while the parent keeps the other core.
 *
 * It counts every SQL statement through knex's 'query' event: every read the store makes goes
 * through `connection.execute` -> `knex.raw`, which emits it.
 */

export type ToServer = { type: 'reset-count' } | { type: 'read-count' } | { type: 'stop' };
export type FromServer =
  | { type: 'progress'; done: number; total: number; seconds: number }
  | { type: 'corpus'; articles: number; cast: number; topAppearances: number; singletons: number }
  | { type: 'ready'; url: string; ingestSeconds: number }
  | { type: 'count'; sql: string[] };

function send(message: FromServer): void {
  process.send!(message);
}

async function main(): Promise<void> {
  const file = process.env.BENCH_DB!;
  const size = Number(process.env.BENCH_SIZE);
  for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
  const config = loadConfig({ DATABASE_URL: file, SEED_DIR: '', PORT: '0', HOST: '127.0.0.1', API_TOKEN: process.env.BENCH_TOKEN, NODE_ENV: 'production', INTROSPECTION: 'false' });
  const app = await startApp(config, silentLogger);

  const { articles, cast, appearances } = generateCorpus(size);
  send({ type: 'corpus', articles: articles.length, cast: cast.length, topAppearances: appearances[0] ?? 0, singletons: appearances.filter((n) => n === 1).length });
  const every = Math.max(100, Math.round(size / 20));
  const started = performance.now();
  for (let i = 0; i < articles.length; i++) {
    const { created } = await ingestArticle(app.orm.em.fork(), { text: articles[i]! }, config.limits.maxArticleBytes);
    if (!created) throw new Error(`article ${i} was not created: the corpus repeated a text`);
    if ((i + 1) % every === 0 || i + 1 === articles.length) send({ type: 'progress', done: i + 1, total: size, seconds: (performance.now() - started) / 1000 });
  }
  const ingestSeconds = (performance.now() - started) / 1000;
  // Checkpoint so the parent's read-only connection and the server see the same compact file.
  await app.orm.em.getConnection().execute('PRAGMA wal_checkpoint(TRUNCATE)');

  const seen: string[] = [];
  app.orm.em.getKnex().on('query', (data: { sql: string }) => seen.push(data.sql));
  process.on('message', (message: ToServer) => {
    if (message.type === 'reset-count') {
      seen.length = 0;
      send({ type: 'count', sql: [] });
    } else if (message.type === 'read-count') {
      send({ type: 'count', sql: [...seen] });
    } else if (message.type === 'stop') {
      app.stop().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    }
  });
  send({ type: 'ready', url: app.url, ingestSeconds });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
