import type { ExtractedStatement } from './types';
import type { AnalysedText } from './document';
import { mentionsIn, sentenceAt } from './document';

/**
 * A speaker-labelled turn on a line of its own: 'Minister al-Saedi: Nobody can guarantee ...',
 * 'MP Hassan al-Maliki (State of Law Coalition): Then the ministry ...'. Groups: the label, its
 * bracketed affiliation, the words.
 */
const TURN = /^([\p{Lu}][^\n:()“”"]{1,60}?)(\s*\([^()\n]{1,60}\))?:[ \t]+([^\n]+?)[ \t]*$/gmu;
/** Words a label may hold besides the speaker's name: capitalised titles ('Minister', 'MP', 'Deputy Speaker'). */
const LABEL_TITLE_WORDS = /^(?:\s*(?:\p{Lu}[\p{L}.]*))*\s*$/u;
/** A turn worth a quote: four words or more. */
const MIN_TURN_WORDS = 4;
/** Turns needed for a block to be a transcript: a single 'Name: words' line is a caption or a list. */
const MIN_TURNS = 2;

function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
}

/**
 * Transcript turns as QUOTEs of the labelled speaker (a record printed without quotation marks
 * reproduces the words). A label must name a PERSON, with nothing else but capitalised title
 * words before the name and a bracketed party after it; the article needs two such turns or
 * more. Questions ('Who guarantees ...?') state nothing, and words holding quotation marks are
 * left to the quote reader.
 */
export function findTranscriptTurns(doc: AnalysedText): ExtractedStatement[] {
  const turns: { speaker: string; start: number; end: number; text: string }[] = [];
  for (const m of doc.text.matchAll(TURN)) {
    const labelStart = m.index!;
    const label = m[1]!;
    const named = mentionsIn(doc, { start: labelStart, end: labelStart + label.length });
    const person = named.length === 1 && named[0]!.kind === 'PERSON' ? named[0]! : undefined;
    if (!person || person.end !== labelStart + label.trimEnd().length) continue;
    if (!LABEL_TITLE_WORDS.test(doc.text.slice(labelStart, person.start))) continue;
    const words = m[3]!;
    const start = labelStart + m[0].length - m[0].replace(/^[^:]*:[ \t]+/, '').length;
    turns.push({ speaker: person.key, start, end: start + words.length, text: words });
  }
  if (turns.length < MIN_TURNS) return [];
  const out: ExtractedStatement[] = [];
  for (const t of turns) {
    if (/[?]\s*$/.test(t.text) || /[“”"]/.test(t.text) || wordCount(t.text) < MIN_TURN_WORDS) continue;
    const about = new Set(mentionsIn(doc, t).map((x) => x.key));
    about.delete(t.speaker);
    out.push({ kind: 'QUOTE', start: t.start, end: t.end, text: t.text, speaker: t.speaker, about: [...about], sentence: sentenceAt(doc, t.start)?.index ?? 0 });
  }
  return out;
}
