import type { Token } from './tokens';
import { foldSurface } from './fold';

/**
 * Length (in tokens) of the longest phrase from `phrases` that starts at token `i`,
 * or 0. Phrases are folded token lists; `phrases` must be sorted longest first.
 */
export function phraseAt(tokens: readonly Token[], i: number, phrases: readonly string[][]): number {
  for (const phrase of phrases) {
    if (i + phrase.length > tokens.length) continue;
    if (phrase.every((w, k) => foldSurface(tokens[i + k]!.text) === w)) return phrase.length;
  }
  return 0;
}

/** Length of the longest phrase that ends just before token `i`, or 0. */
export function phraseEndingAt(tokens: readonly Token[], i: number, phrases: readonly string[][]): number {
  for (const phrase of phrases) {
    const from = i - phrase.length;
    if (from < 0) continue;
    if (phrase.every((w, k) => foldSurface(tokens[from + k]!.text) === w)) return phrase.length;
  }
  return 0;
}
