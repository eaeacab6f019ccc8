import type { ExtractedStatement } from './types';
import type { AnalysedText } from './document';
import { mentionsIn, sentenceAt } from './document';

/**
 * An embedded social-media post copied as text: the post on its own line(s), then a signature
 * line '— Name (@handle) March 15, 2039' (a dash, the account's display name, its handle in
 * brackets, an optional date). Groups: the display name.
 */
const SIGNATURE = /^[ \t]*[—–-]{1,2}[ \t]*([^\n()@—–]{2,80}?)[ \t]*\(@[\p{L}\d_.]{1,40}\)[ \t]*(?:[^\n]{0,40})$/gmu;
/**
 * The same account named on a line of its own before the post: 'Jane Roe (@janeroe) · 2h' or
 * 'Jane Roe @janeroe'. Groups: the display name.
 */
const HEADER = /^[ \t]*(?!By\s)([\p{Lu}][^\n()@—–:]{1,79}?)[ \t]*\(?@[\p{L}\d_.]{1,40}\)?[ \t]*(?:[·•|][^\n]{0,40})?$/gmu;
/** A post worth a quote: four words or more. */
const MIN_POST_WORDS = 4;
/** Longest post read (a few sentences; a longer block is article text). */
const MAX_POST_CHARS = 700;

function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
}

/** The mention that names the account: the one ending last inside the display name. */
function accountSpeaker(doc: AnalysedText, start: number, end: number): string | undefined {
  const named = mentionsIn(doc, { start, end });
  return named.length ? named[named.length - 1]!.key : undefined;
}

/** The block of lines just above `at` (a line start), up to a blank line. */
function blockAbove(text: string, at: number): { start: number; end: number } | undefined {
  let end = at - 1;
  if (end <= 0 || text[end] !== '\n') return undefined;
  let start = end;
  while (start > 0 && !(text[start - 1] === '\n' && (start < 2 || text[start - 2] === '\n'))) start--;
  return start < end ? { start, end } : undefined;
}

/** The block of lines just below a line ending at `at` (its newline), up to a blank line. */
function blockBelow(text: string, at: number): { start: number; end: number } | undefined {
  if (text[at] !== '\n' || text[at + 1] === '\n') return undefined;
  const start = at + 1;
  const blank = text.indexOf('\n\n', start);
  const end = blank < 0 ? text.trimEnd().length : blank;
  return start < end ? { start, end } : undefined;
}

function postQuote(doc: AnalysedText, body: { start: number; end: number }, speaker: string): ExtractedStatement | undefined {
  const raw = doc.text.slice(body.start, body.end);
  const lead = raw.length - raw.trimStart().length;
  const words = raw.trim();
  // A post with quotation marks is left to the quote reader; a long block is article text, not a post.
  if (!words || words.length > MAX_POST_CHARS || /[“”"]/.test(words) || wordCount(words) < MIN_POST_WORDS) return undefined;
  // The post is a message, not a label or a heading: it ends like a sentence.
  if (!/[.!?…)\p{Extended_Pictographic}]$/u.test(words)) return undefined;
  const start = body.start + lead;
  const end = start + words.length;
  const about = new Set(mentionsIn(doc, { start, end }).map((x) => x.key));
  about.delete(speaker);
  return { kind: 'QUOTE', start, end, text: words.replace(/\s*\n\s*/g, ' '), speaker, about: [...about], sentence: sentenceAt(doc, start)?.index ?? 0 };
}

/**
 * Embedded social-media posts as QUOTEs of their account: a post copied into a page reproduces
 * the author's words verbatim without quotation marks (like a transcript turn). The post is the
 * block of lines directly above a signature line '— Name (@handle) date', or directly below a
 * header line 'Name (@handle)'; the speaker is the entity the display name names (the handle
 * itself is not a name). Cheap: the line patterns only run when the text holds '(@' or ' @'.
 */
export function findEmbeddedPosts(doc: AnalysedText): ExtractedStatement[] {
  const text = doc.text;
  if (!text.includes('@')) return [];
  const out: ExtractedStatement[] = [];
  if (text.includes('(@')) {
    for (const m of text.matchAll(SIGNATURE)) {
      const nameStart = m.index! + m[0].indexOf(m[1]!);
      const speaker = accountSpeaker(doc, nameStart, nameStart + m[1]!.length);
      const body = speaker ? blockAbove(text, m.index!) : undefined;
      const q = body && speaker ? postQuote(doc, body, speaker) : undefined;
      if (q) out.push(q);
    }
  }
  if (!out.length) {
    for (const m of text.matchAll(HEADER)) {
      // A header line stands alone after a blank line (or the text's start).
      if (m.index! > 1 && text[m.index! - 1] !== '\n') continue;
      if (m.index! > 1 && text[m.index! - 2] !== '\n') continue;
      const nameStart = m.index! + m[0].indexOf(m[1]!);
      const speaker = accountSpeaker(doc, nameStart, nameStart + m[1]!.length);
      const body = speaker ? blockBelow(text, m.index! + m[0].length) : undefined;
      const q = body && speaker ? postQuote(doc, body, speaker) : undefined;
      if (q) out.push(q);
    }
  }
  return out;
}
