import { Database, OPEN_READONLY } from 'sqlite3';
import { normaliseAlias } from '../extract/referent';
import { loadConfig } from '../config';
import { toGlobalId } from '../graphql/ids';

/** What the benchmark asks about: picked from the ingested graph, not hard-coded. */
export interface Targets {
  /** The most mentioned person who also speaks: the heaviest entity-by-name and hop queries. */
  person: { id: number; name: string; mentions: number; statements: number; articles: number };
  /** A rarely mentioned person, for the path query's other end. */
  rare: { id: number; name: string; mentions: number };
  /** A word that is frequent in statements and articles. */
  word: string;
}

/** One query shape: the GraphQL request the server answers and the same answer in hand-written SQL. */
export interface Shape {
  name: string;
  query: string;
  variables: Record<string, unknown>;
  /** The same answer computed straight from SQLite (prepared statements, no ORM, no GraphQL). */
  floor(db: SqliteReader): Promise<unknown>;
}

/** A read-only sqlite3 connection with promise-returning, prepared-once statements. */
export class SqliteReader {
  private readonly db: Database;
  private readonly prepared = new Map<string, ReturnType<Database['prepare']>>();

  private constructor(db: Database) {
    this.db = db;
  }

  static open(file: string): Promise<SqliteReader> {
    return new Promise((resolve, reject) => {
      const db = new Database(file, OPEN_READONLY, (err) => (err ? reject(err) : resolve(new SqliteReader(db))));
    });
  }

  all<T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> {
    let statement = this.prepared.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.prepared.set(sql, statement);
    }
    const s = statement;
    return new Promise((resolve, reject) => s.all(params, (err: Error | null, rows: T[]) => (err ? reject(err) : resolve(rows))));
  }

  close(): Promise<void> {
    for (const s of this.prepared.values()) s.finalize();
    return new Promise((resolve, reject) => this.db.close((err) => (err ? reject(err) : resolve())));
  }
}

const marks = (n: number) => Array.from({ length: n }, () => '?').join(', ');

/** The entity an alias names, most mentioned first: the floor of `entity(name:)`. */
async function entityByName(db: SqliteReader, normalized: string): Promise<{ id: number; name: string; kind: string; mention_count: number } | undefined> {
  const [row] = await db.all<{ id: number; name: string; kind: string; mention_count: number }>(
    `SELECT e.id, e.name, e.kind, e.mention_count FROM alias a JOIN entity e ON e.id = a.entity_id WHERE a.normalized = ? ORDER BY e.mention_count DESC, e.id LIMIT 1`,
    [normalized],
  );
  return row;
}

/** Picks the benchmark's targets from an ingested database. */
export async function pickTargets(db: SqliteReader): Promise<Targets> {
  const [person] = await db.all<{ id: number; name: string; mention_count: number; statements: number }>(
    `SELECT e.id, e.name, e.mention_count, (SELECT COUNT(*) FROM statement s WHERE s.speaker_id = e.id) AS statements
     FROM entity e WHERE e.kind = 'PERSON' ORDER BY e.mention_count DESC LIMIT 1`,
  );
  if (!person) throw new Error('the benchmark database has no people');
  const [{ n: articles } = { n: 0 }] = await db.all<{ n: number }>(`SELECT COUNT(DISTINCT article_id) AS n FROM mention WHERE entity_id = ?`, [person.id]);
  // The median-ranked person with at least one relationship: far from the hub, usually 2-3 hops.
  const rares = await db.all<{ id: number; name: string; mention_count: number }>(
    `SELECT e.id, e.name, e.mention_count FROM entity e WHERE e.kind = 'PERSON' AND e.id <> ?
       AND EXISTS (SELECT 1 FROM relationship r WHERE r.source_id = e.id OR r.target_id = e.id)
       AND NOT EXISTS (SELECT 1 FROM relationship r WHERE (r.source_id = e.id AND r.target_id = ?) OR (r.target_id = e.id AND r.source_id = ?))
     ORDER BY e.mention_count, e.id`,
    [person.id, person.id, person.id],
  );
  const rare = rares[Math.floor(rares.length / 2)] ?? rares[0];
  if (!rare) throw new Error('the benchmark database has no second person for the path query');
  return {
    person: { id: person.id, name: person.name, mentions: person.mention_count, statements: person.statements, articles },
    rare: { id: rare.id, name: rare.name, mentions: rare.mention_count },
    word: 'tariffs',
  };
}

/** The server's default SEARCH_RANK_WINDOW, which the search floor applies too. */
const SEARCH_RANK_WINDOW = loadConfig({}).limits.searchRankWindow;

/** The five shapes of issue 4, aimed at the targets. */
export function buildShapes(targets: Targets): Shape[] {
  const name = targets.person.name;
  const normalized = normaliseAlias(name);
  return [
    {
      name: 'entity by name',
      query: `query($name: String!) { entity(name: $name) { id kind name mentionCount } }`,
      variables: { name },
      floor: (db) => entityByName(db, normalized),
    },
    {
      name: 'one hop (entity -> articles, 20)',
      query: `query($name: String!) { entity(name: $name) { id name articles(first: 20) { totalCount edges { node { id title } } } } }`,
      variables: { name },
      floor: async (db) => {
        const entity = await entityByName(db, normalized);
        if (!entity) return null;
        const [count] = await db.all(`SELECT article_count AS n FROM entity WHERE id = ?`, [entity.id]);
        const articles = await db.all(
          `SELECT id, title FROM article WHERE id IN (SELECT DISTINCT article_id FROM mention WHERE entity_id = ? ORDER BY article_id LIMIT 20) ORDER BY id`,
          [entity.id],
        );
        return { entity, count, articles };
      },
    },
    {
      name: 'two hops (entity -> statements -> about, 20 x 5)',
      query: `query($name: String!) { entity(name: $name) { id name statements(first: 20) { totalCount edges { node { text about { id name } } } } } }`,
      variables: { name },
      floor: async (db) => {
        const entity = await entityByName(db, normalized);
        if (!entity) return null;
        const [count] = await db.all(`SELECT statement_count AS n FROM entity WHERE id = ?`, [entity.id]);
        const statements = await db.all<{ id: number; text: string }>(
          `SELECT id, text FROM statement WHERE speaker_id = ? ORDER BY article_id, start_offset, id LIMIT 20`,
          [entity.id],
        );
        const ids = statements.map((s) => s.id);
        const about = ids.length
          ? await db.all(`SELECT sa.statement_id, e.id, e.name FROM statement_about sa JOIN entity e ON e.id = sa.entity_id WHERE sa.statement_id IN (${marks(ids.length)})`, ids)
          : [];
        return { entity, count, statements, about };
      },
    },
    {
      name: 'path between two entities',
      query: `query($from: ID!, $to: ID!) { path(fromId: $from, toId: $to) { hops entities { id name } } }`,
      variables: { from: toGlobalId('Person', targets.person.id), to: toGlobalId('Person', targets.rare.id) },
      floor: (db) => floorPath(db, targets.person.id, targets.rare.id, 4),
    },
    {
      name: 'search',
      query: `query($q: String!) { search(query: $q, first: 10) { score snippet node { id } } }`,
      variables: { q: targets.word },
      floor: (db) =>
        db.all(
          `SELECT * FROM (
             SELECT 'entity' AS type, entity_id AS id, highlight(alias_fts, 0, '<b>', '</b>') AS snippet, -bm25(alias_fts) * 2 AS score FROM alias_fts WHERE alias_fts MATCH ?1
             UNION ALL SELECT 'statement', statement_id, snippet(statement_fts, 0, '<b>', '</b>', '…', 16), -bm25(statement_fts) FROM statement_fts WHERE statement_fts MATCH ?1
               AND rowid >= (SELECT MIN(r) FROM (SELECT rowid AS r FROM statement_fts WHERE statement_fts MATCH ?1 ORDER BY rowid DESC LIMIT ?2))
             UNION ALL SELECT 'article', article_id, snippet(article_fts, -1, '<b>', '</b>', '…', 16), -bm25(article_fts) FROM article_fts WHERE article_fts MATCH ?1
               AND rowid >= (SELECT MIN(r) FROM (SELECT rowid AS r FROM article_fts WHERE article_fts MATCH ?1 ORDER BY rowid DESC LIMIT ?2))
           ) ORDER BY score DESC LIMIT 10`,
          [`"${targets.word}"*`, SEARCH_RANK_WINDOW],
        ),
    },
  ];
}

/**
 * Shortest path by breadth-first search from both ends: each round one indexed check for an
 * edge joining the frontiers, then one expansion of the end whose frontier has the smaller sum
 * of mention counts. The server's algorithm, written straight against SQLite to price the
 * GraphQL layer around it.
 */
async function floorPath(db: SqliteReader, from: number, to: number, maxHops: number): Promise<unknown> {
  const weights = await db.all<{ id: number; mention_count: number }>(`SELECT id, mention_count FROM entity WHERE id IN (?, ?)`, [from, to]);
  const weightOf = (id: number) => weights.find((w) => w.id === id)?.mention_count ?? 0;
  const ends = [
    { parents: new Map([[from, from]]), frontier: [from], cost: weightOf(from) },
    { parents: new Map([[to, to]]), frontier: [to], cost: weightOf(to) },
  ];
  const chain = (node: number, parents: Map<number, number>) => {
    const ids = [node];
    for (let n = node; parents.get(n) !== n; ) ids.push((n = parents.get(n)!));
    return ids;
  };
  for (let depth = 0; depth < maxHops; depth++) {
    const [edge] = await db.all<{ x: number; y: number }>(
      `SELECT source_id AS x, target_id AS y FROM relationship WHERE source_id IN (SELECT value FROM json_each(?1)) AND target_id IN (SELECT value FROM json_each(?2))
       UNION ALL SELECT target_id, source_id FROM relationship WHERE target_id IN (SELECT value FROM json_each(?1)) AND source_id IN (SELECT value FROM json_each(?2)) LIMIT 1`,
      [JSON.stringify(ends[0]!.frontier), JSON.stringify(ends[1]!.frontier)],
    );
    if (edge) {
      const ids = [...chain(edge.x, ends[0]!.parents).reverse(), ...chain(edge.y, ends[1]!.parents)];
      return db.all(`SELECT id, name FROM entity WHERE id IN (${marks(ids.length)})`, ids);
    }
    if (depth + 1 === maxHops) return null;
    const end = ends[0]!.cost <= ends[1]!.cost ? ends[0]! : ends[1]!;
    const rows = await db.all<{ a: number; b: number; w: number }>(
      `SELECT n.a, n.b, e.mention_count AS w FROM (SELECT source_id AS a, target_id AS b FROM relationship WHERE source_id IN (SELECT value FROM json_each(?1))
         UNION SELECT target_id, source_id FROM relationship WHERE target_id IN (SELECT value FROM json_each(?1))) n JOIN entity e ON e.id = n.b`,
      [JSON.stringify(end.frontier)],
    );
    const next: number[] = [];
    let cost = 0;
    for (const { a, b, w } of rows) {
      if (end.parents.has(b)) continue;
      end.parents.set(b, a);
      next.push(b);
      cost += w;
    }
    if (next.length === 0) return null;
    end.frontier = next;
    end.cost = cost;
  }
  return null;
}
