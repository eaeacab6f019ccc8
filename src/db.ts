import { MikroORM, type Options } from '@mikro-orm/sqlite';
import { ALL_ENTITIES } from './domain';

export type Orm = MikroORM;

/** `?, ?, ?`: one placeholder per value, for IN lists and multi-row VALUES. */
export function marks(values: readonly unknown[]): string {
  return values.map(() => '?').join(', ');
}

/** SQL that MikroORM's schema generator cannot express: the full-text indexes. */
const FULL_TEXT_SCHEMA = [
  `CREATE VIRTUAL TABLE IF NOT EXISTS alias_fts USING fts5(text, entity_id UNINDEXED, tokenize = 'unicode61 remove_diacritics 2')`,
  `CREATE VIRTUAL TABLE IF NOT EXISTS statement_fts USING fts5(text, statement_id UNINDEXED, tokenize = 'unicode61 remove_diacritics 2')`,
  `CREATE VIRTUAL TABLE IF NOT EXISTS article_fts USING fts5(title, text, article_id UNINDEXED, tokenize = 'unicode61 remove_diacritics 2')`,
];

/**
 * Changes to the schema of an existing database, in order. A new database is created at the
 * newest version by MikroORM's schema generator from the entities; an existing one records its
 * version in `PRAGMA user_version` (0 = the first layout, before versions were recorded) and is
 * brought up to date by the steps it has not run, in one transaction.
 */
export const MIGRATIONS: readonly { version: number; description: string; sql: readonly string[] }[] = [
  {
    version: 1,
    description: 'entity.article_count and entity.statement_count: totalCount without counting',
    sql: [
      'ALTER TABLE entity ADD COLUMN article_count integer NOT NULL DEFAULT 0',
      'ALTER TABLE entity ADD COLUMN statement_count integer NOT NULL DEFAULT 0',
      `UPDATE entity SET
         article_count = (SELECT COUNT(DISTINCT article_id) FROM mention WHERE entity_id = entity.id),
         statement_count = (SELECT COUNT(*) FROM statement WHERE speaker_id = entity.id)`,
    ],
  },
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

/**
 * Opens (creating if needed) the database and brings its schema up to date.
 * Tests pass `:memory:`; the server passes the configured DATABASE_URL.
 */
export async function initORM(databaseUrl: string, overrides: Partial<Options> = {}): Promise<Orm> {
  const orm = await MikroORM.init({
    dbName: databaseUrl,
    entities: ALL_ENTITIES,
    debug: false,
    allowGlobalContext: false,
    // One connection: SQLite serialises writers anyway, and a single connection keeps
    // ":memory:" one database. WAL lets another process (the CLI) read while we write.
    pool: {
      min: 1,
      max: 1,
      afterCreate: (conn: { exec(sql: string, cb: (err: Error | null) => void): void }, done: (err: Error | null, conn: unknown) => void) => {
        const pragmas =
          databaseUrl === ':memory:'
            ? 'PRAGMA foreign_keys = ON;'
            : 'PRAGMA journal_mode = WAL; PRAGMA busy_timeout = 5000; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;';
        conn.exec(pragmas, (err) => done(err, conn));
      },
    },
    ...overrides,
  });
  const connection = orm.em.getConnection();
  // Create the tables in a new database only. On an existing file MikroORM's SQLite diff reads
  // the enum check constraints as changed and rebuilds tables under `pragma foreign_keys = off`,
  // which cannot take effect inside its transaction: reopening a database failed. Existing
  // files change only through MIGRATIONS.
  const existing = await connection.execute(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'article'`);
  try {
    if (existing.length === 0) {
      await orm.schema.updateSchema();
      await connection.execute(`PRAGMA user_version = ${SCHEMA_VERSION}`);
    } else {
      await migrate(orm);
    }
  } catch (error) {
    await orm.close(true);
    throw error;
  }
  for (const sql of FULL_TEXT_SCHEMA) await connection.execute(sql);
  return orm;
}

/** Runs the migrations an existing database has not run yet, all in one transaction. */
async function migrate(orm: Orm): Promise<void> {
  const connection = orm.em.getConnection();
  const [{ user_version: version }] = await connection.execute<{ user_version: number }[]>('PRAGMA user_version');
  if (version > SCHEMA_VERSION) {
    throw new Error(`the database is at schema version ${version}, newer than this newsgraph (${SCHEMA_VERSION}); upgrade newsgraph`);
  }
  const pending = MIGRATIONS.filter((m) => m.version > version);
  if (pending.length === 0) return;
  await orm.em.transactional(async (tx) => {
    for (const m of pending) for (const sql of m.sql) await tx.execute(sql);
    await tx.execute(`PRAGMA user_version = ${SCHEMA_VERSION}`);
  });
}
