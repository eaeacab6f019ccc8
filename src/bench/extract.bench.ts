import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { extractArticle } from '../extract';

/** Articles generated for the run, and their size range in bytes (issue 3: "a few hundred articles of 3–5 KB"). */
const ARTICLES = 300;
const MIN_BYTES = 3000;
const MAX_BYTES = 5000;
const WARMUP = 20;
const ROOT = join(__dirname, '..', '..');

/** A small deterministic PRNG (mulberry32), so every run measures the same articles. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function paragraphsOf(dir: string): { heads: string[]; body: string[] } {
  const heads: string[] = [];
  const body: string[] = [];
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt'))) {
    const paras = readFileSync(join(dir, f), 'utf8').split(/\n\s*\n/).map((p) => p.trim()).filter((p) => p.length > 0);
    heads.push(paras[0]!);
    body.push(...paras.slice(1).filter((p) => p.length > 80));
  }
  return { heads, body };
}

/** Articles of 3–5 KB recombined from the seed and fixture paragraphs: a headline, then body paragraphs in random order. */
function generate(): string[] {
  const seeds = paragraphsOf(join(ROOT, 'seeds'));
  const fixtures = paragraphsOf(join(ROOT, 'test', 'fixtures', 'articles'));
  const heads = [...seeds.heads, ...fixtures.heads];
  const body = [...seeds.body, ...fixtures.body];
  const next = random(42);
  const out: string[] = [];
  for (let i = 0; i < ARTICLES; i++) {
    const target = MIN_BYTES + next() * (MAX_BYTES - MIN_BYTES);
    let text = `${heads[Math.floor(next() * heads.length)]}\n\n`;
    while (Buffer.byteLength(text) < target) text += `${body[Math.floor(next() * body.length)]}\n\n`;
    out.push(text);
  }
  return out;
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** `npm run bench:extract`: median ms per article and articles per second on one core. */
function main(): void {
  const loadStart = process.hrtime.bigint();
  extractArticle('Warm-up: loading the gazetteers. WASHINGTON - John Kerry said "hello there, friends."');
  const loadMs = Number(process.hrtime.bigint() - loadStart) / 1e6;
  const articles = generate();
  for (const a of articles.slice(0, WARMUP)) extractArticle(a);
  const times: number[] = [];
  const start = process.hrtime.bigint();
  for (const a of articles) {
    const t = process.hrtime.bigint();
    extractArticle(a);
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  const totalMs = Number(process.hrtime.bigint() - start) / 1e6;
  const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a), 0);
  console.log(`articles: ${articles.length} (${(bytes / articles.length / 1024).toFixed(1)} KB on average)`);
  console.log(`one-time table loading: ${loadMs.toFixed(0)} ms`);
  console.log(`median: ${median(times).toFixed(2)} ms/article, p95: ${[...times].sort((a, b) => a - b)[Math.floor(times.length * 0.95)]!.toFixed(2)} ms`);
  console.log(`throughput: ${((articles.length * 1000) / totalMs).toFixed(0)} articles/s (one core)`);
}

main();
