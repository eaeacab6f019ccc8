import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/app';
import { seededRandom } from '../../src/bench/corpus';
import { gql, startTestApp, TEST_TOKEN } from '../helpers/app';

/** A seeded PRNG (the benchmark's), so a failing request can be replayed from the seed. */
const prng = seededRandom;

const SEED = 20_261_121;
const REQUESTS = 2_400;
const CONCURRENCY = 8;

const VALID = [
  '{ articles(first: 5) { totalCount edges { cursor node { id title entities { __typename name } } } pageInfo { hasNextPage endCursor } } }',
  '{ entity(name: "Kirby") { id name aliases ... on Person { roles { title organization { name } } } statements(first: 3) { edges { node { text kind } } } } }',
  '{ entities(kind: PERSON, first: 10) { edges { node { name related(first: 3) { weight entity { name } } } } } }',
  '{ search(query: "kerry", first: 5) { score snippet node { __typename id } } }',
  'query ($q: String!) { search(query: $q) { score } }',
  'query ($id: ID!) { node(id: $id) { id __typename } }',
  '{ statements(first: 4) { edges { node { text speaker { name } about { name } } } } }',
  'query ($a: ID!, $b: ID!) { path(fromId: $a, toId: $b, maxHops: 6) { hops entities { name } } }',
  'mutation ($t: String!) { ingestArticle(input: { text: $t }) { id title } }',
  '{ __schema { queryType { name } types { name kind } } }',
];
const PIECES = ['{', '}', '(', ')', '...', '@skip(if: true)', '@include(if: $x)', 'first: -1', 'first: 99999999999', 'after: "x"', '$', '"', '\\u0000', '#', ':', ',', 'fragment F on Query { __typename }', '...F', 'null', '__typename', 'edges', 'node', 'mutation', 'subscription', 'ééé', '🦀', '\u202e', '\ud800'];
const UNICODE = ['\u0000', '\ud800', '\udfff', '\ufeff', '\u202e', '🦀', 'ß', 'İ', '\u0301', '\uffff', 'Ω', '中文'];

interface Request {
  method: string;
  headers: Record<string, string>;
  body?: string;
  search?: string;
}

function generator(random: () => number) {
  const int = (n: number) => Math.floor(random() * n);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)]!;
  const unicode = (n: number) => Array.from({ length: n }, () => (random() < 0.5 ? pick(UNICODE) : String.fromCodePoint(int(0x10ffff)))).join('');
  const mutate = (query: string): string => {
    let q = query;
    for (let i = 0, n = 1 + int(4); i < n; i++) {
      const at = int(q.length + 1);
      const op = int(3);
      if (op === 0) q = q.slice(0, at) + q.slice(at + 1 + int(5));
      else if (op === 1) q = q.slice(0, at) + pick(PIECES) + q.slice(at);
      else q = q.slice(0, at) + unicode(1 + int(3)) + q.slice(at);
    }
    return q;
  };
  const variables = (): unknown => {
    switch (int(8)) {
      case 0: return { q: unicode(20), id: unicode(10), a: 'QXJ0aWNsZTox', b: 'X', t: 'Kerry said so.' };
      case 1: return { q: 'x'.repeat(100_000 + int(300_000)) };
      case 2: return { q: 1, id: [1, 2], a: null, b: {}, t: true };
      case 3: { let v: unknown = 'x'; for (let i = 0; i < 2_000; i++) v = [v]; return { q: v }; }
      case 4: return 'not an object';
      case 5: return Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`v${i}`, unicode(3)]));
      default: return { q: 'kerry', id: 'QXJ0aWNsZTox', a: 'QXJ0aWNsZTox', b: 'QXJ0aWNsZToy', t: `Fuzz ${int(1e9)}: Lavrov told reporters in Moscow that talks would continue.` };
    }
  };
  const json = (payload: unknown): Request => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(payload) });

  return (): Request => {
    switch (int(12)) {
      case 0: return json({ query: pick(VALID), variables: variables() });
      case 1:
      case 2: return json({ query: mutate(pick(VALID)), variables: variables() });
      case 3: { // malformed JSON
        const text = JSON.stringify({ query: pick(VALID) });
        const cut = text.slice(0, int(text.length)) + pick(['', '}', ',', '\u0000', '{"', ']', unicode(2)]);
        return { method: 'POST', headers: { 'content-type': 'application/json' }, body: cut };
      }
      case 4: { // wrong or odd content types
        const type = pick(['text/plain', 'application/graphql', 'multipart/form-data; boundary=x', 'application/x-www-form-urlencoded', 'application/json; charset=latin1', 'application/graphql-response+json', '', unicode(4).replace(/[^\x20-\x7e]/g, 'x')]);
        return { method: 'POST', headers: type ? { 'content-type': type } : {}, body: pick([JSON.stringify({ query: pick(VALID) }), pick(VALID), unicode(50)]) };
      }
      case 5: { // deep nesting
        const n = 10 + int(2_000);
        return json({ query: `{ ${'articles { edges { node { entities { '.repeat(Math.ceil(n / 4))}name${' } } } }'.repeat(Math.ceil(n / 4))} }` });
      }
      case 6: return json({ query: `{ ${Array.from({ length: 1 + int(3_000) }, (_, i) => `a${i}: __typename`).join(' ')} }` });
      case 7: return json({ query: `{ __typename ${'@skip(if: false) '.repeat(1 + int(1_000))} }` });
      case 8: { // GET with random parameters, with or without the CSRF preflight header
        const query = random() < 0.5 ? pick(VALID) : mutate(pick(VALID));
        // A URL cannot carry a lone surrogate: it is sent as U+FFFD.
        const encode = (text: string) => encodeURIComponent(text.replace(/\p{Cs}/gu, '\ufffd'));
        const search = `?query=${encode(query)}${random() < 0.3 ? `&variables=${encode(unicode(5))}` : ''}`;
        return { method: 'GET', headers: random() < 0.5 ? { 'apollo-require-preflight': 'true' } : {}, search };
      }
      case 9: return { method: pick(['PUT', 'DELETE', 'PATCH', 'OPTIONS']), headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: pick(VALID) }) };
      case 10: return json(pick([[{ query: pick(VALID) }, { query: mutate(pick(VALID)) }], [], null, 42, 'string', { query: null }, { query: 42 }, { query: pick(VALID), operationName: unicode(3) }, { query: pick(VALID), extensions: { persistedQuery: { version: 1, sha256Hash: 'x' } } }]));
      default: return json({ query: unicode(int(500)), variables: variables() });
    }
  };
}

/** A raw TCP payload that is not quite HTTP: the server must answer or hang up, never fall over. */
function rawSocket(port: number, payload: string): Promise<void> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1', () => socket.end(payload));
    socket.setTimeout(2_000, () => socket.destroy());
    socket.on('data', () => {});
    socket.on('error', () => resolve());
    socket.on('close', () => resolve());
  });
}

describe('fuzz: generated requests against the live server', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.stop());

  it(`${REQUESTS} seeded requests: never a 5xx, and a normal query still answers`, async () => {
    const next = generator(prng(SEED));
    const statuses = new Map<number, number>();
    const failures: string[] = [];
    let sent = 0;
    const started = Date.now();
    const worker = async () => {
      while (sent < REQUESTS) {
        const n = sent++;
        const request = next();
        const authorized = n % 7 === 0;
        const res = await fetch(`${app.url}${request.search ?? ''}`, {
          method: request.method,
          headers: { ...request.headers, ...(authorized ? { authorization: `Bearer ${TEST_TOKEN}` } : {}) },
          body: request.body,
        });
        await res.arrayBuffer();
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        if (res.status >= 500) failures.push(`#${n} ${res.status} ${request.method} ${(request.body ?? request.search ?? '').slice(0, 200)}`);
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    const raw = ['GET /graphql HTTP/1.1\r\n\r\n', 'POST /graphql HTTP/1.1\r\nContent-Length: 999\r\n\r\n{"q', '\u0000\u0001garbage\r\n\r\n', 'POST /graphql HTTP/1.1\r\nTransfer-Encoding: chunked\r\nContent-Type: application/json\r\n\r\nZZ\r\n'];
    for (let i = 0; i < 40; i++) await rawSocket(app.port, raw[i % raw.length]!);
    const seconds = (Date.now() - started) / 1000;
    console.log(`fuzz: ${sent} requests + 40 raw sockets in ${seconds.toFixed(1)} s; statuses ${JSON.stringify(Object.fromEntries([...statuses].sort()))}`);

    expect(failures).toEqual([]);
    expect(sent).toBeGreaterThanOrEqual(2_000);
    const after = await gql(app, '{ entity(name: "Kirby") { name } }');
    expect(after.status).toBe(200);
    expect(after.data!.entity.name).toBe('John Kirby');
  }, 90_000);
});
