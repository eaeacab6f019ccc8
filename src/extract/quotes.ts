import type { ExtractedStatement, Span } from './types';
import type { AnalysedText } from './document';
import { mentionsIn } from './document';
import { attributionAfter, attributionBefore, subjectBefore, type Attribution } from './attribution';

/** A quoted stretch: `inner` excludes the marks, `outer` includes them. */
export interface QuoteSpan {
  inner: Span;
  outer: Span;
  paragraph: number;
}

/** Quotes of this many words or fewer with no speech verb are scare quotes: 'a “massacre”'. */
const MAX_SCARE_QUOTE_WORDS = 2;

/**
 * Quotation marks paired within a paragraph: curly “...” by direction, straight "..." in
 * turn. An opening mark left unclosed runs to the paragraph's end (the news convention for a
 * quote continuing into the next paragraph).
 */
export function findQuoteSpans(text: string, paragraph: Span, index: number): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let open: number | undefined;
  let mark = '';
  for (let i = paragraph.start; i < paragraph.end; i++) {
    const ch = text[i]!;
    if (open === undefined && (ch === '“' || ch === '"')) {
      open = i;
      mark = ch;
    } else if (open !== undefined && ((mark === '“' && ch === '”') || (mark === '"' && ch === '"'))) {
      out.push({ inner: { start: open + 1, end: i }, outer: { start: open, end: i + 1 }, paragraph: index });
      open = undefined;
    }
  }
  if (open !== undefined) out.push({ inner: { start: open + 1, end: paragraph.end }, outer: { start: open, end: paragraph.end }, paragraph: index });
  return out;
}

function words(text: string): number {
  return text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
}

function quoteText(text: string, span: Span): string {
  return text.slice(span.start, span.end).trim();
}

/** End of the sentence holding `at`. */
function sentenceEnd(doc: AnalysedText, at: number): number {
  return doc.sentences.find((s) => s.start <= at && at < s.end)?.end ?? at;
}

function sentenceOf(doc: AnalysedText, at: number) {
  return doc.sentences.find((s) => s.start <= at && at < s.end) ?? doc.sentences[doc.sentences.length - 1]!;
}

/**
 * Direct quotes with their speakers. Attribution is read after the quote first ('...,"
 * Kirby said'), then before it ('Kerry told Lavrov, “...'); a person named right before
 * the quote wins over an organisation reporting it. A quote with its attribution after it
 * and a second quote right after that attribution is one split quote. A quote nobody is
 * named for continues the previous speaker (a quote-only paragraph), or the subject of its
 * sentence for a partial quote ('Kerry also “expressed grave concern”').
 */
export function findQuotes(doc: AnalysedText, quotes: readonly QuoteSpan[]): ExtractedStatement[] {
  const out: ExtractedStatement[] = [];
  let previousSpeaker: string | undefined;
  for (let i = 0; i < quotes.length; i++) {
    const q = quotes[i]!;
    const next = quotes[i + 1];
    const sentence = sentenceOf(doc, q.outer.start);
    const head = { start: i > 0 && quotes[i - 1]!.outer.end > sentence.start ? quotes[i - 1]!.outer.end : sentence.start, end: q.outer.start };
    const tailEnd = Math.min(sentenceEnd(doc, q.outer.end - 1) , next && next.paragraph === q.paragraph ? next.outer.start : Infinity);
    const tail = { start: q.outer.end, end: Math.max(q.outer.end, tailEnd) };
    const after = attributionAfter(doc, tail);
    const before = attributionBefore(doc, head);
    let attribution: Attribution | undefined = after;
    if (before?.speaker && (!after?.speaker || doc.mentions.find((m) => m.key === after.speaker)?.kind !== 'PERSON')) {
      const beforeKind = doc.mentions.find((m) => m.key === before.speaker)?.kind;
      if (!after?.speaker || beforeKind === 'PERSON') attribution = before;
    }
    const text = quoteText(doc.text, q.inner);
    if (!attribution && words(text) <= MAX_SCARE_QUOTE_WORDS) continue;
    let speaker = attribution?.speaker;
    if (!attribution) {
      const headText = doc.text.slice(head.start, head.end).trim();
      speaker = headText.length === 0 ? previousSpeaker : (subjectBefore(doc, head) ?? previousSpeaker);
    }
    const parts: Span[] = [q.inner];
    let end = q.outer.end;
    // '"A," Kerry said. "B."': the second half has nothing around it but the first one's attribution.
    if (after && next && next.paragraph === q.paragraph && !attributionAfter(doc, { start: next.outer.end, end: sentenceEnd(doc, next.outer.end - 1) })) {
      const between = doc.text.slice(tail.start, next.outer.start);
      if (/^[^“”"]*[.,:]\s*$/.test(between) && words(between) <= 12) {
        parts.push(next.inner);
        end = next.outer.end;
        i++;
      }
    }
    const about = new Set<string>();
    for (const part of parts) for (const m of mentionsIn(doc, part)) about.add(m.key);
    if (speaker) about.delete(speaker);
    if (attribution?.addressee) about.delete(attribution.addressee);
    out.push({
      kind: 'QUOTE',
      start: q.outer.start,
      end,
      text: parts.map((p) => quoteText(doc.text, p)).join(' '),
      speaker,
      addressee: attribution?.addressee,
      about: [...about],
      sentence: sentence.index,
    });
    if (speaker) previousSpeaker = speaker;
  }
  return out;
}
