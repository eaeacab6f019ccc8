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
  /** Quoted stretches: people named inside a quote are not who a pronoun outside it means. */
  quoted: readonly Span[];
}

/** Mentions lying inside a span, in text order. */
export function mentionsIn(doc: AnalysedText, span: Span): ResolvedMention[] {
  return doc.mentions.filter((m) => m.start >= span.start && m.end <= span.end);
}
