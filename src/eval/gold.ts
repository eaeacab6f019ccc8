import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { EntityKind, StatementKind } from '../extract/types';

/** One gold file: see test/fixtures/README.md. */
export interface GoldArticle {
  file: string;
  article: string;
  domain: string;
  meta: { title: string | null; dateline: string | null; agency: string | null; publishedAt: string | null };
  entities: { id: string; kind: EntityKind; name: string; aliases: string[] }[];
  roles: { person: string; title: string; organization: string | null }[];
  statements: { kind: StatementKind; speaker: string | null; addressee?: string | null; text: string }[];
}

/** Every gold file under `dir`, sorted by file name, with its article text. */
export function loadGold(root: string, dir = join(root, 'test', 'fixtures', 'gold')): { gold: GoldArticle; text: string }[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const gold = { ...(JSON.parse(readFileSync(join(dir, f), 'utf8')) as Omit<GoldArticle, 'file'>), file: f };
      return { gold, text: readFileSync(join(root, gold.article), 'utf8') };
    });
}
