import type { ExtractedArticle, StatementKind } from '../extract/types';
import type { GoldArticle } from './gold';
import { foldName, tokenF1, type Score } from './match';

/** Minimum token F1 for a predicted statement's text to match the gold text. */
export const STATEMENT_TEXT_F1 = 0.8;

/** One article's scores, and how its predicted entities map onto gold ids. */
export interface ArticleScore {
  file: string;
  seed: boolean;
  entities: Score;
  quotes: Score;
  paraphrases: Score;
  roles: Score;
  meta: { right: number; total: number };
  /** Predicted entity key -> gold id it matched. */
  goldOf: Map<string, string>;
  /** Human-readable misses, for tuning rules (not printed by default). */
  errors: string[];
}

function forms(name: string, aliases: readonly string[]): Set<string> {
  return new Set([name, ...aliases].map(foldName));
}

/**
 * Gold ids of an article that share a surface form with another entity of the same kind there
 * ('Guanajuato' the city in the dateline and 'Guanajuato' the state): a predicted entity with
 * that form matches one of them arbitrarily, so cross-document resolution does not score them.
 */
export function surfaceTwins(gold: GoldArticle): Set<string> {
  const twins = new Set<string>();
  const owner = new Map<string, string>();
  for (const g of gold.entities) {
    for (const f of forms(g.name, g.aliases)) {
      const k = `${g.kind}:${f}`;
      const other = owner.get(k);
      if (other && other !== g.id) {
        twins.add(other);
        twins.add(g.id);
      } else owner.set(k, g.id);
    }
  }
  return twins;
}

/** One-to-one entity matching: same kind and a shared surface form. */
function matchEntities(predicted: ExtractedArticle, gold: GoldArticle, errors: string[]): { score: Score; goldOf: Map<string, string> } {
  const goldOf = new Map<string, string>();
  const used = new Set<string>();
  const goldForms = gold.entities.map((g) => ({ g, f: forms(g.name, g.aliases) }));
  let fp = 0;
  for (const e of predicted.entities) {
    const own = forms(e.name, e.aliases);
    const hit = goldForms.find(({ g, f }) => !used.has(g.id) && g.kind === e.kind && [...own].some((x) => f.has(x)));
    if (hit) {
      used.add(hit.g.id);
      goldOf.set(e.key, hit.g.id);
    } else {
      fp++;
      errors.push(`entity FP ${e.kind} ${e.name} [${e.aliases.join('|')}]`);
    }
  }
  for (const g of gold.entities) if (!used.has(g.id)) errors.push(`entity FN ${g.kind} ${g.name} [${g.aliases.join('|')}]`);
  return { score: { tp: used.size, fp, fn: gold.entities.length - used.size }, goldOf };
}

function matchStatements(kind: StatementKind, predicted: ExtractedArticle, gold: GoldArticle, goldOf: Map<string, string>, errors: string[]): Score {
  const preds = predicted.statements.filter((s) => s.kind === kind);
  const golds = gold.statements.filter((s) => s.kind === kind);
  const used = new Set<number>();
  let tp = 0;
  for (const p of preds) {
    const speaker = p.speaker ? (goldOf.get(p.speaker) ?? `unmatched:${p.speaker}`) : null;
    let best = -1;
    let bestF = STATEMENT_TEXT_F1;
    golds.forEach((g, i) => {
      if (used.has(i) || (g.speaker ?? null) !== speaker) return;
      const f = tokenF1(p.text, g.text);
      if (f >= bestF) {
        best = i;
        bestF = f;
      }
    });
    if (best >= 0) {
      used.add(best);
      tp++;
    } else errors.push(`${kind} FP ${speaker}: ${p.text.slice(0, 100)}`);
  }
  golds.forEach((g, i) => {
    if (!used.has(i)) errors.push(`${kind} FN ${g.speaker}: ${g.text.slice(0, 100)}`);
  });
  return { tp, fp: preds.length - tp, fn: golds.length - tp };
}

/** Titles compare folded, ignoring a leading article. */
function sameTitle(a: string, b: string): boolean {
  const f = (s: string) => foldName(s).replace(/^(?:the|a|an) /, '');
  return f(a) === f(b);
}

function matchRoles(predicted: ExtractedArticle, gold: GoldArticle, goldOf: Map<string, string>, errors: string[]): Score {
  const used = new Set<number>();
  let tp = 0;
  for (const r of predicted.roles) {
    const person = goldOf.get(r.person);
    const org = r.organization ? (goldOf.get(r.organization) ?? 'unmatched') : null;
    const i = gold.roles.findIndex((g, k) => !used.has(k) && g.person === person && sameTitle(g.title, r.title) && (g.organization ?? null) === org);
    if (i >= 0) {
      used.add(i);
      tp++;
    } else errors.push(`role FP ${person ?? r.person} / ${r.title} / ${org}`);
  }
  gold.roles.forEach((g, i) => {
    if (!used.has(i)) errors.push(`role FN ${g.person} / ${g.title} / ${g.organization}`);
  });
  return { tp, fp: predicted.roles.length - tp, fn: gold.roles.length - tp };
}

function matchMeta(predicted: ExtractedArticle, gold: GoldArticle, errors: string[]): { right: number; total: number } {
  let right = 0;
  const fields = ['title', 'dateline', 'agency', 'publishedAt'] as const;
  for (const f of fields) {
    const p = predicted.meta[f] ?? null;
    const g = gold.meta[f] ?? null;
    if ((p === null && g === null) || (p !== null && g !== null && foldName(p) === foldName(g))) right++;
    else errors.push(`meta ${f}: got ${JSON.stringify(p)} want ${JSON.stringify(g)}`);
  }
  return { right, total: fields.length };
}

/** Scores one article's extraction against its gold file. */
export function scoreArticle(predicted: ExtractedArticle, gold: GoldArticle): ArticleScore {
  const errors: string[] = [];
  const { score: entities, goldOf } = matchEntities(predicted, gold, errors);
  return {
    file: gold.file,
    seed: gold.article.startsWith('seeds/'),
    entities,
    quotes: matchStatements('QUOTE', predicted, gold, goldOf, errors),
    paraphrases: matchStatements('PARAPHRASE', predicted, gold, goldOf, errors),
    roles: matchRoles(predicted, gold, goldOf, errors),
    meta: matchMeta(predicted, gold, errors),
    goldOf,
    errors,
  };
}
