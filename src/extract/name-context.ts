import type { Span } from './types';
import type { Sentence } from './sentences';
import type { Token } from './tokens';
import { foldSurface } from './fold';

/** How sure a kind is: 'known' from a table or a title, 'cue' from the words around it, 'guess' otherwise. */
export type Evidence = 'known' | 'cue' | 'guess';

/** The text a run of tokens covers, possessive cut off. */
export function surfaceOf(text: string, seq: readonly Token[]): Span & { surface: string } {
  const start = seq[0]!.start;
  const last = seq[seq.length - 1]!;
  const end = last.start + last.text.length;
  return { start, end, surface: text.slice(start, end) };
}

/** A run of name words in its sentence: what the classification rules look at. */
export interface NameContext {
  text: string;
  tokens: readonly Token[];
  sentence: Sentence;
  /** Index in `tokens` of the first token of the name being classified. */
  at: number;
  /** Index just past the name. */
  after: number;
  /** The name opens its sentence or quote, so its capital says nothing. */
  initial?: boolean;
}

/** The folded word at token `i` when it is written in lower case, else undefined. */
export function lowerAt(tokens: readonly Token[], i: number): string | undefined {
  const t = tokens[i];
  return t && !t.capital ? foldSurface(t.text) : undefined;
}

/**
 * True when the article also writes the word in lower case, as a whole word ('freight rates'
 * after 'Freight analyst X', 'the company' after 'Company says'): the capital was only the
 * sentence's or the headline's, and the word is a common noun, no name.
 */
export function writtenInLowerCase(text: string, word: string): boolean {
  const lower = word.toLowerCase();
  if (lower === word) return false;
  for (let at = text.indexOf(lower); at >= 0; at = text.indexOf(lower, at + 1)) {
    if (!/[\p{L}\p{N}]/u.test(text[at - 1] ?? '') && !/[\p{L}\p{N}]/u.test(text[at + lower.length] ?? '')) return true;
  }
  return false;
}
