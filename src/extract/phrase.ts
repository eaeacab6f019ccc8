import type { Token } from './tokens';
import { foldSurface } from './fold';

/** Phrase lists indexed by first and by last word, built once per list: rules try them at every token. */
const byFirst = new WeakMap<readonly string[][], Map<string, string[][]>>();
const byLast = new WeakMap<readonly string[][], Map<string, string[][]>>();

function index(cache: WeakMap<readonly string[][], Map<string, string[][]>>, phrases: readonly string[][], pick: (p: string[]) => string): Map<string, string[][]> {
  let map = cache.get(phrases);
  if (!map) {
    map = new Map();
    for (const p of phrases) map.set(pick(p), [...(map.get(pick(p)) ?? []), p]);
    cache.set(phrases, map);
  }
  return map;
}

/**
 * Length (in tokens) of the longest phrase from `phrases` that starts at token `i`,
 * or 0. Phrases are folded token lists; `phrases` must be sorted longest first.
 */
export function phraseAt(tokens: readonly Token[], i: number, phrases: readonly string[][]): number {
  const first = tokens[i];
  if (!first) return 0;
  const candidates = index(byFirst, phrases, (p) => p[0]!).get(foldSurface(first.text));
  if (candidates === undefined) return 0;
  // Each following token folded once, however many phrases open with the same word ('deputy ...').
  const folded: string[] = [];
  for (const phrase of candidates) {
    if (i + phrase.length > tokens.length) continue;
    if (phrase.every((w, k) => k === 0 || (folded[k] ??= foldSurface(tokens[i + k]!.text)) === w)) return phrase.length;
  }
  return 0;
}

/** Length of the longest phrase that ends just before token `i`, or 0. */
export function phraseEndingAt(tokens: readonly Token[], i: number, phrases: readonly string[][]): number {
  const last = tokens[i - 1];
  if (!last) return 0;
  for (const phrase of index(byLast, phrases, (p) => p[p.length - 1]!).get(foldSurface(last.text)) ?? []) {
    const from = i - phrase.length;
    if (from < 0) continue;
    if (phrase.every((w, k) => k === phrase.length - 1 || foldSurface(tokens[from + k]!.text) === w)) return phrase.length;
  }
  return 0;
}
