import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join, relative } from 'node:path';
import type { SqlEntityManager } from '@mikro-orm/sqlite';
import { DomainError } from '../errors';
import { ingestArticle, type IngestResult } from './ingest-article';
import { decodeArticle } from './validate-article';

/** File endings read as articles. */
export const ARTICLE_EXTENSIONS = new Set(['.txt', '.md', '.markdown']);

export type FileOutcome =
  | { file: string; status: 'created' | 'unchanged'; result: IngestResult }
  | { file: string; status: 'failed'; error: string };

/** Expands files and folders (recursively, sorted) into article files. */
export async function listArticleFiles(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => {
      throw new DomainError('BAD_USER_INPUT', `${path}: no such file or folder`);
    });
    if (info.isDirectory()) {
      const entries = (await readdir(path, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
      const nested = entries
        .filter((e) => e.isDirectory() || (e.isFile() && ARTICLE_EXTENSIONS.has(extname(e.name).toLowerCase())))
        .map((e) => join(path, e.name));
      files.push(...(await listArticleFiles(nested)));
    } else {
      files.push(path);
    }
  }
  return files;
}

/**
 * Ingests each file in its own transaction. A file that fails is reported and skipped;
 * the others are kept. `onFile` is called after each file, for progress output.
 */
export async function ingestFiles(
  em: SqlEntityManager,
  paths: readonly string[],
  maxBytes: number,
  onFile: (outcome: FileOutcome, index: number, total: number) => void = () => {},
): Promise<FileOutcome[]> {
  const files = await listArticleFiles(paths);
  const outcomes: FileOutcome[] = [];
  for (const [index, path] of files.entries()) {
    const file = relative(process.cwd(), path) || path;
    let outcome: FileOutcome;
    try {
      const text = decodeArticle(await readFile(path), maxBytes, file);
      const result = await ingestArticle(em, { text, file }, maxBytes);
      outcome = { file, status: result.created ? 'created' : 'unchanged', result };
    } catch (error) {
      const message = error instanceof DomainError ? error.message : `${file}: ${(error as Error).message}`;
      outcome = { file, status: 'failed', error: message };
    }
    outcomes.push(outcome);
    onFile(outcome, index, files.length);
  }
  return outcomes;
}

