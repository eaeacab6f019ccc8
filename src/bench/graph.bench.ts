import 'reflect-metadata';
import { fork, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { FromServer, ToServer } from './serve';
import { buildShapes, pickTargets, SqliteReader, type Shape, type Targets } from './shapes';

/**
 * `npm run bench` (issue 4): synthetic corpora of 1,000 and 10,000 articles, ingested, served
 * by the real server in a child process, driven over HTTP by autocannon, and compared with
 * the same answers computed straight from SQLite.
 *
 * Env: BENCH_SIZES (default "1000,10000"), BENCH_DURATION seconds per shape (default 5),
 * BENCH_CONNECTIONS (default 10), BENCH_SHOW_SQL=1 to print each shape's statements.
 */

interface AutocannonResult {
  requests: { average: number };
  latency: { p50: number; p99: number; average: number };
  errors: number;
  timeouts: number;
  non2xx: number;
}
// autocannon ships no type declarations; this is the part of its API the bench uses.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const autocannon: (options: Record<string, unknown>) => Promise<AutocannonResult> = require('autocannon');

const API_TOKEN = 'bench-token-0123456789abcdef';
const DATA_DIR = resolve('bench-data');

interface ShapeResult {
  shape: string;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  sqlPerRequest: number;
  floorMs: number;
  p50OverFloor: number;
  errors: number;
}

interface SizeResult {
  articles: number;
  ingestion: { articlesPerSecond: number; seconds: number };
  targets: Targets;
  shapes: ShapeResult[];
}

function envNumber(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number, got "${raw}"`);
  return value;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

/** A forked server process (serve.ts): ingests the corpus, then serves it and counts SQL. */
class BenchServer {
  private waiting: ((message: FromServer) => void)[] = [];

  private constructor(
    private readonly child: ChildProcess,
    readonly url: string,
    readonly ingestSeconds: number,
  ) {
    child.on('message', (message: FromServer) => {
      if (message.type === 'count') this.waiting.shift()?.(message);
    });
  }

  /** Forks serve.ts, prints its ingestion progress, resolves once it listens. */
  static start(file: string, size: number): Promise<BenchServer> {
    const child = fork(join(__dirname, 'serve.js'), [], {
      env: { ...process.env, BENCH_DB: file, BENCH_SIZE: String(size), BENCH_TOKEN: API_TOKEN },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    return new Promise((resolveServer, reject) => {
      child.once('exit', (code) => reject(new Error(`bench server exited with ${code} before it was ready`)));
      child.on('message', (message: FromServer) => {
        if (message.type === 'corpus') {
          console.log(`corpus: ${message.articles} articles, ${message.cast} people in the cast, most frequent in ${message.topAppearances} articles, ${message.singletons} people in exactly one`);
        } else if (message.type === 'progress') {
          console.log(`  ingested ${message.done}/${message.total} in ${message.seconds.toFixed(1)} s (${(message.done / message.seconds).toFixed(1)} articles/s)`);
        } else if (message.type === 'ready') {
          resolveServer(new BenchServer(child, message.url, message.ingestSeconds));
        }
      });
    });
  }

  private ask(message: ToServer): Promise<string[]> {
    return new Promise((resolveCount) => {
      this.waiting.push((reply) => resolveCount(reply.type === 'count' ? reply.sql : []));
      this.child.send(message);
    });
  }

  /** The SQL statements the server runs to answer one warm request of the shape. */
  async statementsFor(shape: Shape): Promise<string[]> {
    // The pauses let statements a resolver starts without awaiting land in the right count.
    const settle = () => new Promise((r) => setTimeout(r, 100));
    await postGraphQL(this.url, shape);
    await settle();
    await this.ask({ type: 'reset-count' });
    await postGraphQL(this.url, shape);
    await settle();
    return this.ask({ type: 'read-count' });
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = new Promise((r) => this.child.once('exit', r));
    this.child.send({ type: 'stop' } satisfies ToServer);
    await exited;
  }
}

async function postGraphQL(url: string, shape: Shape): Promise<unknown> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: shape.query, variables: shape.variables }),
  });
  const body = (await response.json()) as { data?: unknown; errors?: unknown[] };
  if (!response.ok || body.errors) throw new Error(`${shape.name}: HTTP ${response.status} ${JSON.stringify(body).slice(0, 500)}`);
  return body.data;
}

/** Median time of the hand-written answer over at least 50 runs or 1 s, after a warm-up. */
async function timeFloor(db: SqliteReader, shape: Shape): Promise<number> {
  for (let i = 0; i < 5; i++) await shape.floor(db);
  const samples: number[] = [];
  const started = performance.now();
  while (samples.length < 50 || (performance.now() - started < 1000 && samples.length < 5000)) {
    const t = performance.now();
    await shape.floor(db);
    samples.push(performance.now() - t);
  }
  return median(samples);
}

async function benchSize(size: number, duration: number, connections: number): Promise<SizeResult> {
  const file = join(DATA_DIR, `graph-${size}.sqlite`);
  console.log(`\n## ${size} articles\n`);
  const server = await BenchServer.start(file, size);
  const ingestion = { articlesPerSecond: size / server.ingestSeconds, seconds: server.ingestSeconds };
  const db = await SqliteReader.open(file);
  const load = new Map<string, AutocannonResult>();
  const statements = new Map<string, string[]>();
  let targets: Targets;
  let shapes: Shape[];
  try {
    targets = await pickTargets(db);
    console.log(
      `targets: "${targets.person.name}" (${targets.person.mentions} mentions, ${targets.person.articles} articles, ${targets.person.statements} statements); ` +
        `path to "${targets.rare.name}" (${targets.rare.mentions} mentions); search "${targets.word}"`,
    );
    shapes = buildShapes(targets);
    for (const shape of shapes) {
      statements.set(shape.name, await server.statementsFor(shape)); // also fails loudly if the shape errors
      const body = JSON.stringify({ query: shape.query, variables: shape.variables });
      const options = { url: server.url, method: 'POST', headers: { 'content-type': 'application/json' }, body, connections, duration };
      await autocannon({ ...options, duration: 1 }); // warm-up: JIT, SQLite page cache
      const result = await autocannon(options);
      load.set(shape.name, result);
      console.log(`  ${shape.name}: ${round(result.requests.average, 0)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms`);
    }
  } finally {
    await server.stop();
  }

  const results: ShapeResult[] = [];
  for (const shape of shapes) {
    const floorMs = await timeFloor(db, shape);
    const r = load.get(shape.name)!;
    results.push({
      shape: shape.name,
      requestsPerSecond: round(r.requests.average, 0),
      p50Ms: r.latency.p50,
      p99Ms: r.latency.p99,
      sqlPerRequest: statements.get(shape.name)!.length,
      floorMs: round(floorMs, 3),
      p50OverFloor: round(r.latency.p50 / floorMs, 1),
      errors: r.errors + r.timeouts + r.non2xx,
    });
  }
  await db.close();
  if (process.env.BENCH_SHOW_SQL === '1') {
    for (const [name, sql] of statements) console.log(`\nSQL for ${name}:\n${sql.map((s) => `  ${s.replace(/\s+/g, ' ').slice(0, 400)}`).join('\n')}`);
  }
  return { articles: size, ingestion, targets, shapes: results };
}

function printTable(result: SizeResult, connections: number, duration: number): void {
  const ingest = `${result.ingestion.articlesPerSecond.toFixed(1)} articles/s (${result.ingestion.seconds.toFixed(0)} s)`;
  console.log(`\n### ${result.articles} articles: ingestion ${ingest}; ${connections} connections x ${duration} s per shape\n`);
  console.log('| shape | req/s | p50 ms | p99 ms | SQL/request | floor ms | p50/floor |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const s of result.shapes) {
    const errors = s.errors ? ` (${s.errors} errors)` : '';
    console.log(`| ${s.shape}${errors} | ${s.requestsPerSecond} | ${s.p50Ms} | ${s.p99Ms} | ${s.sqlPerRequest} | ${s.floorMs} | ${s.p50OverFloor} |`);
  }
}

/** Checks the issue's targets and prints each as met or missed. */
function printTargets(results: SizeResult[]): string[] {
  const lines: string[] = [];
  const check = (ok: boolean, text: string) => lines.push(`${ok ? 'MET   ' : 'MISSED'} ${text}`);
  for (const r of results) {
    const byName = r.shapes.find((s) => s.shape.startsWith('entity by name'))!;
    check(byName.requestsPerSecond >= 1000, `entity by name >= 1,000 req/s at ${r.articles} articles: ${byName.requestsPerSecond}`);
    check(r.ingestion.articlesPerSecond >= 50, `ingestion >= 50 articles/s at ${r.articles}: ${r.ingestion.articlesPerSecond.toFixed(1)}`);
  }
  const big = results.find((r) => r.articles >= 10_000);
  if (big) {
    const twoHops = big.shapes.find((s) => s.shape.startsWith('two hops'))!;
    check(twoHops.p99Ms < 50, `two hops p99 < 50 ms at ${big.articles} articles: ${twoHops.p99Ms} ms`);
  }
  const [small, large] = [results[0], results[results.length - 1]];
  if (small && large && large.articles > small.articles) {
    // Logarithmic growth from n to N multiplies latency by at most log(N)/log(n).
    const bound = Math.log(large.articles) / Math.log(small.articles);
    for (const s of small.shapes) {
      const l = large.shapes.find((x) => x.shape === s.shape)!;
      const growth = l.p50Ms / Math.max(s.p50Ms, 0.001);
      check(growth <= bound, `p50 growth ${small.articles} -> ${large.articles}, ${s.shape}: x${growth.toFixed(2)} (log bound x${bound.toFixed(2)})`);
    }
  }
  console.log(`\n### Targets\n\n${lines.join('\n')}`);
  return lines;
}

async function main(): Promise<void> {
  const sizes = (process.env.BENCH_SIZES ?? '1000,10000').split(',').map((s) => Number(s.trim()));
  if (sizes.some((n) => !Number.isInteger(n) || n < 10)) throw new Error(`BENCH_SIZES must be whole numbers of at least 10, got "${process.env.BENCH_SIZES}"`);
  const duration = envNumber('BENCH_DURATION', 5);
  const connections = envNumber('BENCH_CONNECTIONS', 10);
  mkdirSync(DATA_DIR, { recursive: true });
  console.log(`# newsgraph graph benchmark: sizes ${sizes.join(', ')}; node ${process.version}`);

  const results: SizeResult[] = [];
  for (const size of sizes) {
    const result = await benchSize(size, duration, connections);
    results.push(result);
    printTable(result, connections, duration);
  }
  console.log('\n# Results');
  for (const r of results) printTable(r, connections, duration);
  const targets = printTargets(results);
  const out = join(DATA_DIR, 'results.json');
  writeFileSync(out, `${JSON.stringify({ date: new Date().toISOString(), node: process.version, duration, connections, results, targets }, null, 2)}\n`);
  console.log(`\nwrote ${out}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
