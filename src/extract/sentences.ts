import type { ExtractedSentence, Span } from './types';
import { isAbbreviation } from './abbreviation';
import { overlaps } from './spans';

/** A sentence and the paragraph it sits in (quote continuation is decided per paragraph). */
export interface Sentence extends ExtractedSentence {
  paragraph: number;
}

/** A sentence may end at . ! ? (closing quotes or brackets after it stay with it). */
const SENTENCE_END = /[.!?]+["”’')\]]*(?=\s+["“‘'(\[]?[\p{Lu}\p{N}])/gu;
/** A paragraph that stops without terminal punctuation and resumes in lower case was broken by the page. */
/** Abbreviations that number what follows: 'No. 1', 'Nos. 3', 'Art. 5', 'Vol. 2', 'Pt. 4'. */
const NUMBERING = /^(?:No|Nos|Art|Vol|Pt|Ch|Sec|Fig)$/;
/** Month names of four letters or fewer written in full ('June', 'July', 'May'): the lexicon's month rule would read them as abbreviations. */
const FULL_SHORT_MONTH = /^(?:May|June|July)$/;
/** Abbreviated ranks that qualify a title after them: 'Assoc. Prof.', 'Asst. Prof.', 'Adj. Prof.', 'Emer. Prof.'. */
const RANK_PREFIX = /^(?:Assoc|Asst|Assist|Adj|Emer)$/;
const RANKED_TITLE = /^\s+(?:Prof|Professor|Dr|Lect|Lecturer)\b/;
const OPEN_END = /[^.!?:"”’)\]]$/;
/** A live blog's entry time alone on its line ('23:50', '9.15am', '14:05 GMT'): a paragraph of its own, never joined to the entry. */
const CLOCK_LINE = /^\d{1,2}[:.]\d{2}(?:\s*(?:am|pm|a\.m\.|p\.m\.))?(?:\s+\(?[A-Z]{2,5}\)?)?$/i;
/** Words that open a sentence: after one of them a single capital with a period ended the sentence ('a post on X. In a ...'), it was no initial. */
const SENTENCE_OPENER = /^\s+["“‘]?(?:In|The|He|She|It|They|We|But|And|A|An|This|That|On|At|For|After|Before|When|While|Its|His|Her|Their|Our|There)\s/u;

/**
 * A heading alone on its line, in capitals: '3. SUPERINTENDENT'S REPORT', 'ADJOURNMENT' (an item
 * number may open it; no lower-case letter and no sentence end in it).
 */
const HEADING_LINE = /^(?:\d{1,3}[.)]?\s+)?[^\p{Ll}\n]*\p{Lu}{3,}[^\p{Ll}\n.!?]*$/u;

/** A list item's bullet opening its line: '• ', '▪ ', '- ', '* '. */
const BULLET = /^\s*(?:[•▪◦‣●■]|[-*](?=\s))\s*/u;

function paragraphs(text: string, excluded: readonly Span[]): Span[] {
  const out: Span[] = [];
  let current: Span | undefined;
  let blank = false;
  const re = /[^\n]*/g;
  for (let m = re.exec(text); m !== null && m.index < text.length; m = re.exec(text)) {
    const span = { start: m.index, end: m.index + m[0].length };
    re.lastIndex = span.end + 1;
    const trimmed = m[0].trim();
    if (trimmed.length === 0 || excluded.some((x) => overlaps(x, span))) {
      blank = true;
      continue;
    }
    const startsLower = /^\p{Ll}/u.test(trimmed);
    // '• Council agreed to ...': a bulleted line is an item of its own, without its bullet.
    const bullet = BULLET.exec(m[0]);
    if (bullet) {
      current = { start: span.start + bullet[0].length, end: span.end };
      out.push(current);
      blank = false;
      continue;
    }
    if (CLOCK_LINE.test(trimmed)) {
      current = undefined;
      out.push({ ...span });
      blank = true;
      continue;
    }
    // '3. SUPERINTENDENT'S REPORT' over 'The Superintendent reported ...': an upper-case heading line is a paragraph of its own.
    if (current && !blank && !startsLower && HEADING_LINE.test(text.slice(current.start, current.end))) {
      current = { ...span };
      out.push(current);
    } else if (current && (!blank || (OPEN_END.test(text.slice(current.start, current.end).trimEnd()) && startsLower))) {
      current.end = span.end;
    } else {
      current = { ...span };
      out.push(current);
    }
    blank = false;
  }
  return out.map((p) => trim(text, p));
}

function trim(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

/** Splits the article body (excluded ranges left out) into sentences with their paragraph. */
export function splitSentences(text: string, excluded: readonly Span[]): Sentence[] {
  const sentences: Sentence[] = [];
  paragraphs(text, excluded).forEach((p, paragraph) => {
    const body = text.slice(p.start, p.end);
    let from = 0;
    SENTENCE_END.lastIndex = 0;
    for (let m = SENTENCE_END.exec(body); m !== null; m = SENTENCE_END.exec(body)) {
      const before = /(\S+)$/.exec(body.slice(from, m.index))?.[1] ?? '';
      // '**Dr. Anke Vollmer**': Markdown emphasis before an abbreviation does not make it a word.
      const word = before.replace(/^["“‘(*_]+/, '');
      // '... be reviewed in July. She ...': a month written in full takes no abbreviation's period.
      if (m[0].startsWith('.') && m[0].length === 1 && !FULL_SHORT_MONTH.test(word) && isAbbreviation(word) && !(/^\p{Lu}$/u.test(word) && SENTENCE_OPENER.test(body.slice(m.index + 1)))) continue;
      // 'Assoc. Prof. Radka Ilieva': an academic rank's abbreviation before the title it qualifies ends nothing.
      if (m[0] === '.' && RANK_PREFIX.test(word) && RANKED_TITLE.test(body.slice(m.index + 1))) continue;
      // 'Union No. 1', 'Art. 5', 'Vol. 3': a numbering abbreviation before a number ends nothing.
      if (m[0] === '.' && NUMBERING.test(before) && /^\s+\p{N}/u.test(body.slice(m.index + 1))) continue;
      const end = m.index + m[0].length;
      push(text, sentences, { start: p.start + from, end: p.start + end }, paragraph);
      from = end;
    }
    push(text, sentences, { start: p.start + from, end: p.end }, paragraph);
  });
  return sentences;
}

function push(text: string, out: Sentence[], span: Span, paragraph: number): void {
  const t = trim(text, span);
  if (t.end > t.start) out.push({ ...t, index: out.length, paragraph });
}
