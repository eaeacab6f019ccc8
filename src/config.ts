/**
 * Every setting newsgraph reads from the environment, read here once, with defaults and
 * validation. Contradictory or malformed values throw at start, not at the first request.
 */

export interface Limits {
  /** Deepest field nesting a query may have. */
  maxDepth: number;
  /** Highest computed cost (list fields multiplied by their page size). */
  maxCost: number;
  /** Most aliases one document may use. */
  maxAliases: number;
  /** Most lexical tokens in one document. */
  maxTokens: number;
  /** Most directives in one document. */
  maxDirectives: number;
  /** Largest `first`/`last` a connection accepts. */
  maxPageSize: number;
  /** Page size when neither `first` nor `last` is given. */
  defaultPageSize: number;
  /** Longest a request may execute before it is aborted, in milliseconds. */
  executionTimeoutMs: number;
  /** Largest article accepted for ingestion, in bytes of UTF-8. */
  maxArticleBytes: number;
  /** Largest HTTP request body, in bytes. */
  maxBodyBytes: number;
  /** Search ranks at most this many of the newest matches in each of the statement and article indexes. */
  searchRankWindow: number;
}

export interface Config {
  /** SQLite file path, or ":memory:". */
  databaseUrl: string;
  /** Folder of seed articles ingested at start; null turns seeding off. */
  seedDir: string | null;
  host: string;
  port: number;
  /** Bearer token mutations need; null means "make one at start". */
  apiToken: string | null;
  production: boolean;
  introspection: boolean;
  allowBatchedHttpRequests: boolean;
  limits: Limits;
}

type Env = Record<string, string | undefined>;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

function integer(env: Env, name: string, fallback: number, min: number, max = Number.MAX_SAFE_INTEGER): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

function boolean(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
  if (['0', 'false', 'no', 'off'].includes(raw)) return false;
  throw new ConfigError(`${name} must be true or false, got "${env[name]}"`);
}

/** Reads the configuration from an environment (process.env by default). */
export function loadConfig(env: Env = process.env): Config {
  const defaultPageSize = integer(env, 'DEFAULT_PAGE_SIZE', 20, 1, 1000);
  const maxPageSize = integer(env, 'MAX_PAGE_SIZE', 100, 1, 10_000);
  if (defaultPageSize > maxPageSize) {
    throw new ConfigError(`DEFAULT_PAGE_SIZE (${defaultPageSize}) cannot exceed MAX_PAGE_SIZE (${maxPageSize})`);
  }
  const token = env.API_TOKEN?.trim();
  if (token !== undefined && token !== '' && token.length < 16) {
    throw new ConfigError('API_TOKEN must be at least 16 characters');
  }
  const production = env.NODE_ENV === 'production';
  return {
    databaseUrl: env.DATABASE_URL?.trim() || 'data/newsgraph.sqlite',
    seedDir: env.SEED_DIR === undefined ? 'seeds' : env.SEED_DIR.trim() === '' ? null : env.SEED_DIR.trim(),
    host: env.HOST?.trim() || '127.0.0.1',
    port: integer(env, 'PORT', 4000, 0, 65_535),
    apiToken: token ? token : null,
    production,
    introspection: boolean(env, 'INTROSPECTION', true),
    allowBatchedHttpRequests: boolean(env, 'ALLOW_BATCHED_HTTP_REQUESTS', false),
    limits: {
      maxDepth: integer(env, 'MAX_QUERY_DEPTH', 10, 1, 100),
      maxCost: integer(env, 'MAX_QUERY_COST', 50_000, 1),
      maxAliases: integer(env, 'MAX_QUERY_ALIASES', 30, 0, 10_000),
      maxTokens: integer(env, 'MAX_QUERY_TOKENS', 2_000, 10),
      maxDirectives: integer(env, 'MAX_QUERY_DIRECTIVES', 10, 0, 1_000),
      maxPageSize,
      defaultPageSize,
      executionTimeoutMs: integer(env, 'EXECUTION_TIMEOUT_MS', 10_000, 1),
      maxArticleBytes: integer(env, 'MAX_ARTICLE_BYTES', 1_000_000, 1),
      maxBodyBytes: integer(env, 'MAX_BODY_BYTES', 2_000_000, 1_024),
      searchRankWindow: integer(env, 'SEARCH_RANK_WINDOW', 1_000, 10),
    },
  };
}
