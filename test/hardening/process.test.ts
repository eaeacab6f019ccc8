import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initORM } from '../../src/db';
import { TEST_TOKEN } from '../helpers/app';

// Process-level tests: the built server and CLI, as `npm start` and `npm run ingest` run them.
const ROOT = join(__dirname, '..', '..');
const SEEDS = join(ROOT, 'seeds');
let work: string;

beforeAll(() => {
  // tsc emits even with type errors (the type check of `npm test` reports those); these tests
  // need only the entry points, freshly built.
  try {
    execFileSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'pipe' });
  } catch {
    // reported by the type check
  }
  expect(existsSync(join(ROOT, 'dist', 'server.js')) && existsSync(join(ROOT, 'dist', 'cli.js'))).toBe(true);
  work = mkdtempSync(join(tmpdir(), 'newsgraph-hardening-'));
}, 120_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

function env(databaseUrl: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH, DATABASE_URL: databaseUrl, SEED_DIR: '', HOST: '127.0.0.1', PORT: '0', API_TOKEN: TEST_TOKEN, ...extra };
}

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

function finished(child: ChildProcess): Promise<Run> {
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d) => (stdout += d));
  child.stderr!.on('data', (d) => (stderr += d));
  return new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
}

function runCli(args: string[], databaseUrl: string): Promise<Run> {
  return finished(spawn(process.execPath, [join(ROOT, 'dist', 'cli.js'), ...args], { cwd: ROOT, env: env(databaseUrl) }));
}

/** Forty seed articles, each made unique by a closing line, in a fresh folder. */
function articleCopies(count: number): string {
  const dir = join(work, `copies-${count}-${Date.now()}`);
  mkdirSync(dir);
  const seeds = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(SEEDS, f), 'utf8'));
  for (let i = 0; i < count; i++) {
    writeFileSync(join(dir, `copy-${String(i).padStart(3, '0')}.txt`), `${seeds[i % seeds.length]}\n\nFiled as copy ${i} of the hardening batch.\n`);
  }
  return dir;
}

/** Counts that must agree in a graph no crash has torn: every fact belongs to a whole article. */
async function graphIntegrity(databaseUrl: string) {
  const orm = await initORM(databaseUrl);
  try {
    const db = orm.em.getConnection();
    const one = async (sql: string) => Number(Object.values((await db.execute(sql))[0] as object)[0]);
    return {
      articles: await one('SELECT COUNT(*) FROM article'),
      articlesWithoutMentions: await one('SELECT COUNT(*) FROM article a WHERE NOT EXISTS (SELECT 1 FROM mention m WHERE m.article_id = a.id)'),
      articlesWithoutFts: await one('SELECT COUNT(*) FROM article a WHERE (SELECT COUNT(*) FROM article_fts f WHERE f.article_id = a.id) <> 1'),
      orphanMentions: await one('SELECT COUNT(*) FROM mention m WHERE NOT EXISTS (SELECT 1 FROM article a WHERE a.id = m.article_id)'),
      orphanStatements: await one('SELECT COUNT(*) FROM statement s WHERE NOT EXISTS (SELECT 1 FROM article a WHERE a.id = s.article_id)'),
      orphanRoles: await one('SELECT COUNT(*) FROM role r WHERE NOT EXISTS (SELECT 1 FROM article a WHERE a.id = r.article_id)'),
      orphanEvidence: await one('SELECT COUNT(*) FROM relationship_evidence e WHERE NOT EXISTS (SELECT 1 FROM article a WHERE a.id = e.article_id)'),
      statementsWithoutFts: await one('SELECT (SELECT COUNT(*) FROM statement) - (SELECT COUNT(*) FROM statement_fts)'),
      entitiesWithoutMentions: await one('SELECT COUNT(*) FROM entity e WHERE NOT EXISTS (SELECT 1 FROM mention m WHERE m.entity_id = e.id)'),
    };
  } finally {
    await orm.close(true);
  }
}

const CONSISTENT = {
  articlesWithoutMentions: 0,
  articlesWithoutFts: 0,
  orphanMentions: 0,
  orphanStatements: 0,
  orphanRoles: 0,
  orphanEvidence: 0,
  statementsWithoutFts: 0,
  entitiesWithoutMentions: 0,
};

describe('fault: the CLI killed with SIGKILL in the middle of a batch', () => {
  it('leaves no partial article, and the next run ingests the rest', async () => {
    const dir = articleCopies(40);
    const databaseUrl = join(work, 'fault.sqlite');
    const child = spawn(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'ingest', dir], { cwd: ROOT, env: env(databaseUrl) });
    const run = finished(child);
    // Kill once a few articles are in, while the next is being written.
    await new Promise<void>((resolve) => {
      let done = 0;
      child.stdout!.on('data', (chunk: Buffer) => {
        done += (chunk.toString().match(/ ingested /g) ?? []).length;
        if (done >= 6) resolve();
      });
      child.on('close', () => resolve());
    });
    await new Promise((r) => setTimeout(r, 15));
    child.kill('SIGKILL');
    const killed = await run;
    expect(killed.signal).toBe('SIGKILL');
    const before = await graphIntegrity(databaseUrl);
    expect(before).toMatchObject(CONSISTENT);
    expect(before.articles).toBeGreaterThanOrEqual(6);
    expect(before.articles).toBeLessThan(40);

    const rerun = await runCli(['ingest', dir], databaseUrl);
    expect(rerun.code, rerun.stderr).toBe(0);
    expect(rerun.stdout).toContain(`40 files: ${40 - before.articles} ingested, ${before.articles} unchanged, 0 failed`);
    const after = await graphIntegrity(databaseUrl);
    expect(after).toMatchObject({ ...CONSISTENT, articles: 40 });
  }, 180_000);
});

describe('CLI ingest: refused input is reported by file and reason, the rest is kept', () => {
  it('reports each file, exits 1, keeps the good ones; a re-run changes nothing', async () => {
    const dir = join(work, 'mixed');
    mkdirSync(dir);
    writeFileSync(join(dir, 'a-good.txt'), readFileSync(join(SEEDS, readdirSync(SEEDS).find((f) => f.endsWith('.txt'))!)));
    writeFileSync(join(dir, 'b-empty.txt'), '  \n\n');
    writeFileSync(join(dir, 'c-binary.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00, 0x41]));
    writeFileSync(join(dir, 'd-latin1.txt'), Buffer.from('Caf\xe9 au lait, said the minister.', 'latin1'));
    writeFileSync(join(dir, 'e-huge.md'), 'Word '.repeat(210_000));
    const databaseUrl = join(work, 'mixed.sqlite');
    const run = await runCli(['ingest', dir], databaseUrl);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/ingested .*a-good\.txt/);
    expect(run.stderr).toMatch(/FAILED .*b-empty\.txt: article is empty/);
    expect(run.stderr).toMatch(/FAILED .*c-binary\.txt: .*binary/i);
    expect(run.stderr).toMatch(/FAILED .*d-latin1\.txt: article is not valid UTF-8/);
    expect(run.stderr).toMatch(/FAILED .*e-huge\.md: article is 1050000 bytes, more than the limit of 1000000/);
    expect(run.stdout).toContain('5 files: 1 ingested, 0 unchanged, 4 failed');
    expect((await graphIntegrity(databaseUrl)).articles).toBe(1);

    const again = await runCli(['ingest', join(dir, 'a-good.txt')], databaseUrl);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('1 files: 0 ingested, 1 unchanged, 0 failed');
    expect((await graphIntegrity(databaseUrl)).articles).toBe(1);
  }, 60_000);
});

describe('graceful shutdown of `node dist/server.js`', () => {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`on ${signal}: finishes the request in flight, stops accepting, closes the database, exits 0`, async () => {
      const databaseUrl = join(work, `shutdown-${signal}.sqlite`);
      const child = spawn(process.execPath, [join(ROOT, 'dist', 'server.js')], { cwd: ROOT, env: env(databaseUrl) });
      const run = finished(child);
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout!.on('data', (d) => {
          out += d;
          const match = /ready at (\S+)/.exec(out);
          if (match) resolve(match[1]!);
        });
        child.on('close', () => reject(new Error(`server exited before it was ready: ${out}`)));
      });
      // A slow request: a long article to extract and write.
      const text = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(SEEDS, f), 'utf8')).join('\n\n').repeat(12);
      const inFlight = fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${TEST_TOKEN}` },
        body: JSON.stringify({ query: 'mutation ($t: String!) { ingestArticle(input: { text: $t }) { id } }', variables: { t: `${text}\nShutdown test ${signal}.` } }),
      });
      await new Promise((r) => setTimeout(r, 150));
      child.kill(signal);
      const killedAt = Date.now();
      const res = await inFlight;
      expect(Date.now()).toBeGreaterThan(killedAt); // answered after the signal: it was in flight
      expect(res.status).toBe(200);
      const body = (await res.json()) as { data: { ingestArticle: { id: string } } };
      expect(body.data.ingestArticle.id).toBeTruthy();
      const exit = await run;
      expect(exit.code).toBe(0);
      expect(exit.stdout).toContain(`${signal}: finishing in-flight requests and closing the database`);
      await expect(fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' })).rejects.toThrow();
      // The database was closed cleanly: the WAL was checkpointed into the file and removed.
      expect(existsSync(`${databaseUrl}-wal`)).toBe(false);
      expect((await graphIntegrity(databaseUrl)).articles).toBe(1);
    }, 60_000);
  }
});
