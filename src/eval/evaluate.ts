import { join } from 'node:path';
import { extractArticle } from '../extract';
import { loadGold } from './gold';
import { scoreArticle, surfaceTwins, type ArticleScore } from './score-article';
import { scoreResolution, type ResolutionScore } from './resolution';
import { scoreGraphResolution } from './graph-resolution';
import { addScore, f1, ZERO, type Score } from './match';

/** The thresholds issue 3 sets; the quality test and `npm run eval` enforce them. */
export const THRESHOLDS = {
  seedEntityF1: 0.92,
  otherEntityF1: 0.85,
  seedQuoteF1: 0.9,
  otherQuoteF1: 0.8,
} as const;

export interface GroupScore {
  entities: Score;
  quotes: Score;
  paraphrases: Score;
  roles: Score;
}

export interface EvalReport {
  articles: ArticleScore[];
  seeds: GroupScore;
  /** Articles written for this project whose gold was read while the rules were written. */
  others: GroupScore;
  all: GroupScore;
  /** Resolution over the seeds and the other development articles. */
  resolution: ResolutionScore;
  /** Articles written after the rules were frozen by someone who never saw the extractor. */
  heldOutArticles: ArticleScore[];
  heldOut: GroupScore;
  /** Resolution over every article, held-out ones included, as one graph. */
  heldOutResolution: ResolutionScore;
}

function sum(list: readonly ArticleScore[]): GroupScore {
  return list.reduce<GroupScore>(
    (acc, a) => ({
      entities: addScore(acc.entities, a.entities),
      quotes: addScore(acc.quotes, a.quotes),
      paraphrases: addScore(acc.paraphrases, a.paraphrases),
      roles: addScore(acc.roles, a.roles),
    }),
    { entities: ZERO, quotes: ZERO, paraphrases: ZERO, roles: ZERO },
  );
}

/** The project root: dist/eval and src/eval both sit two levels below it. */
export const PROJECT_ROOT = join(__dirname, '..', '..');

/** Extracts and scores each gold article, keeping what resolution scoring needs. */
function run(files: ReturnType<typeof loadGold>) {
  return files.map(({ gold, text }) => {
    const extracted = extractArticle(text);
    const score = scoreArticle(extracted, gold);
    // Entities written exactly alike in one article are matched arbitrarily: resolution skips them.
    const twins = surfaceTwins(gold);
    const goldOf = new Map([...score.goldOf].filter(([, id]) => !twins.has(id)));
    return { text, file: gold.article, extracted, score, goldOf, goldIds: gold.entities.map((e) => e.id).filter((id) => !twins.has(id)) };
  });
}

/** Runs extraction over every gold article and scores it (micro-averaged per group). */
export function evaluate(root: string = PROJECT_ROOT): EvalReport {
  const development = run(loadGold(root));
  const heldOut = run(loadGold(root, join(root, 'test', 'fixtures', 'heldout', 'gold')));
  const articles = development.map((r) => r.score);
  const heldOutArticles = heldOut.map((r) => r.score);
  return {
    articles,
    seeds: sum(articles.filter((a) => a.seed)),
    others: sum(articles.filter((a) => !a.seed)),
    all: sum(articles),
    resolution: scoreResolution(development),
    heldOutArticles,
    heldOut: sum(heldOutArticles),
    heldOutResolution: scoreResolution([...development, ...heldOut]),
  };
}

/**
 * Resolution of the development set (`held out` adds the held-out articles after it) through real ingestion
 * into a new SQLite database, as `npm run ingest` resolves: it must agree with the in-memory replay.
 */
export async function evaluateGraphResolution(root: string = PROJECT_ROOT, heldOut = false): Promise<ResolutionScore> {
  const files = heldOut ? [...loadGold(root), ...loadGold(root, join(root, 'test', 'fixtures', 'heldout', 'gold'))] : loadGold(root);
  return scoreGraphResolution(run(files));
}

/** Quotes and paraphrases pooled: every statement, whatever its kind. */
export function statements(g: GroupScore): Score {
  return addScore(g.quotes, g.paraphrases);
}

/** The thresholds a report falls short of, as sentences; empty when all hold. */
export function thresholdFailures(report: EvalReport): string[] {
  const out: string[] = [];
  const check = (what: string, value: number, min: number) => {
    if (value < min) out.push(`${what} ${value.toFixed(3)} < ${min}`);
  };
  check('seed entity F1', f1(report.seeds.entities).f, THRESHOLDS.seedEntityF1);
  check('other entity F1', f1(report.others.entities).f, THRESHOLDS.otherEntityF1);
  check('seed quote F1', f1(report.seeds.quotes).f, THRESHOLDS.seedQuoteF1);
  check('other quote F1', f1(report.others.quotes).f, THRESHOLDS.otherQuoteF1);
  // The "statement F1" counts quotes and paraphrases together; the same bars apply.
  check('seed statement F1', f1(statements(report.seeds)).f, THRESHOLDS.seedQuoteF1);
  check('other statement F1', f1(statements(report.others)).f, THRESHOLDS.otherQuoteF1);
  const r = report.resolution;
  if (r.resolved < r.repeated) out.push(`${r.repeated - r.resolved} of ${r.repeated} repeated referents not resolved to one entity`);
  if (r.wrongMerges > 0) out.push(`${r.wrongMerges} wrong merges`);
  return out;
}
