import type { EntityKind, ExtractedRole, Span } from './types';
import type { Sentence } from './sentences';

/** A mention already resolved to its entity: what statement and role rules look at. */
export interface ResolvedMention extends Span {
  key: string;
  kind: EntityKind;
  sentence: number;
  surface: string;
  /** Followed by 's: a possessor ('Putin's spokesperson') is rarely whom a later pronoun means. */
  possessive: boolean;
}

/** The article as later rules see it: sentences and resolved mentions in text order. */
export interface AnalysedText {
  text: string;
  sentences: readonly Sentence[];
  mentions: readonly ResolvedMention[];
  /** Titles each person carries in this article, lower case ('secretary of state', 'spokesman'). */
  titles: ReadonlyMap<string, readonly string[]>;
  roles: readonly ExtractedRole[];
  /** Gender of people whose given name the lexicon knows, for 'he' / 'she'. */
  genders: ReadonlyMap<string, 'f' | 'm'>;
  /** Quoted stretches: people named inside a quote are not who a pronoun outside it means. */
  quoted: readonly Span[];
}

/** Index of the first item whose start is at or after `at` (items sorted by start). */
function firstStartingAt(items: readonly Span[], at: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Mentions lying inside a span, in text order (binary search: long articles have thousands). */
export function mentionsIn(doc: AnalysedText, span: Span): ResolvedMention[] {
  const out: ResolvedMention[] = [];
  for (let i = firstStartingAt(doc.mentions, span.start); i < doc.mentions.length && doc.mentions[i]!.start < span.end; i++) {
    const m = doc.mentions[i]!;
    if (m.end <= span.end) out.push(m);
  }
  return out;
}

/** The sentence holding offset `at`, or the last one before it. */
export function sentenceAt(doc: AnalysedText, at: number): Sentence | undefined {
  const i = firstStartingAt(doc.sentences, at + 1) - 1;
  return i >= 0 ? doc.sentences[i] : undefined;
}
