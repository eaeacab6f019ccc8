import { MikroORM, type Options } from '@mikro-orm/sqlite';
import { ALL_ENTITIES } from './domain';

export type Orm = MikroORM;

/** SQL that MikroORM's schema generator cannot express: the full-text indexes. */
const FULL_TEXT_SCHEMA = [
  `CREATE VIRTUAL TABLE IF NOT EXISTS alias_fts USING fts5(text, entity_id UNINDEXED, tokenize = 'unicode61 remove_diacritics 2')`,
  `CREATE VIRTUAL TABLE IF NOT EXISTS statement_fts USING fts5(text, statement_id UNINDEXED, tokenize = 'unicode61 remove_diacritics 2')`,
  `CREATE VIRTUAL TABLE IF NOT EXISTS article_fts USING fts5(title, text, article_id UNINDEXED, tokenize = 'unicode61 remove_diacritics 2')`,
];

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
  // which cannot take effect inside its transaction: reopening a database failed. Schema
  // changes to existing files need a migration.
  const existing = await connection.execute(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'article'`);
  if (existing.length === 0) await orm.schema.updateSchema();
  for (const sql of FULL_TEXT_SCHEMA) await connection.execute(sql);
  return orm;
}
