import type { ExtractedStatement } from './types';
import type { AnalysedText } from './document';
import { mentionsIn, sentenceAt } from './document';
import { foldSurface } from './fold';
import { titlesOpeningWith } from './vocabulary';

/**
 * A speaker-labelled turn on a line of its own: 'Minister al-Saedi: Nobody can guarantee ...',
 * 'MP Hassan al-Maliki (State of Law Coalition): Then the ministry ...'. Groups: the label, its
 * bracketed affiliation, the words.
 */
const TURN = /^([\p{Lu}][^\n:()“”"]{1,60}?)(\s*\([^()\n]{1,60}\))?:[ \t]+([^\n]+?)[ \t]*$/gmu;
/** Words a label may hold besides the speaker's name: capitalised titles ('Minister', 'MP', 'Deputy Speaker'). */
const LABEL_TITLE_WORDS = /^(?:\s*(?:\p{Lu}[\p{L}.]*))*\s*$/u;
/**
 * A broadcast script's cue before a sound bite's label: 'CLIP - ', 'SOT – ', 'ACTUALITY - ' (an
 * upper-case word or two and a dash), so that 'CLIP - Minister X: ...' is X's turn.
 */
const SCRIPT_CUE = /^\p{Lu}{2,}(?:\s\p{Lu}{2,})?\s+[-–—]\s+/u;
/**
 * What may follow the name in a sound bite's label after a comma: the speaker's affiliation,
 * occupation or home ('Jane Roe, GPL', 'John Doe, shopkeeper, Linden'), a comma-separated list
 * of one to four words each, without a verb-like clause.
 */
const LABEL_DESCRIPTORS = /^(?:,\s*[\p{L}\d.'’&-]+(?:\s+[\p{L}\d.'’&-]+){0,3}){1,3}\s*$/u;
/** An interviewer's question turn on a line of its own: 'Q: How badly will the cuts hit you?'. */
const QUESTION_TURN = /^(?:Q|Question)\s*:[ \t]+\S/mu;
/** A label for an answer whose answerer follows in brackets: 'Answer (Hon. Jane Roe):', 'Reply (Minister X):'. */
const ANSWER_LABEL = /^\s*(?:Answer|Reply|Response)\s*$/u;

/** The one PERSON named inside a bracket between `start` and `end`, after honorifics or titles only ('(Hon. Jane Roe)'). */
function bracketedPerson(doc: AnalysedText, start: number, end: number): string | undefined {
  const named = mentionsIn(doc, { start, end });
  if (named.length !== 1 || named[0]!.kind !== 'PERSON') return undefined;
  const close = doc.text.lastIndexOf(')', end);
  if (!/^\s*\(\s*(?:\p{Lu}[\p{L}.]*\s+)*$/u.test(doc.text.slice(start, named[0]!.start)) || !/^\s*$/.test(doc.text.slice(named[0]!.end, close))) return undefined;
  return named[0]!.key;
}

/** A turn worth a quote: four words or more. */
const MIN_TURN_WORDS = 4;
/** Turns needed for a block to be a transcript: a single 'Name: words' line is a caption or a list. */
const MIN_TURNS = 2;

/**
 * The person a one-word label names when no mention covers it: an interview prints the
 * interviewee by given name or surname ('Marta:' for Marta Kowalczyk), so the one person of the
 * article whose name opens or closes with that word.
 */
function personByLabelWord(doc: AnalysedText, label: string): string | undefined {
  if (!/^\p{Lu}[\p{L}'’-]+$/u.test(label)) return undefined;
  const keys = new Set<string>();
  for (const m of doc.mentions) {
    if (m.kind !== 'PERSON') continue;
    const words = m.surface.split(/\s+/);
    if (words.length > 1 && (words[0] === label || words[words.length - 1] === label)) keys.add(m.key);
  }
  return keys.size === 1 ? [...keys][0] : undefined;
}

/** True when a label is a title phrase and nothing else: 'Chief Minister', 'Commissioner', 'Mayor'. */
function isTitleOnly(label: string): boolean {
  const words = foldSurface(label).split(' ').filter(Boolean);
  if (words.length === 0 || !/^\p{Lu}/u.test(label)) return false;
  return titlesOpeningWith(words[0]!).some((t) => t.length === words.length && t.every((w, i) => w === words[i]));
}

/**
 * The person a title-only label ('Chief Minister:') stands for: a transcript's header lists its
 * speakers with their posts ('Speakers: Chief Minister Jane Roe; ...' or 'Jane Roe, Chief
 * Minister'), so the one PERSON the article names right after that title or right before ', title'.
 */
function personByLabelTitle(doc: AnalysedText, label: string, byStart: Map<number, string>, byEnd: Map<number, string>): string | undefined {
  const keys = new Set<string>();
  for (let at = doc.text.indexOf(label); at >= 0; at = doc.text.indexOf(label, at + 1)) {
    const after = /^[ \t]+/.exec(doc.text.slice(at + label.length, at + label.length + 4));
    const next = after ? byStart.get(at + label.length + after[0].length) : undefined;
    if (next) keys.add(next);
    const before = /,[ \t]*$/.exec(doc.text.slice(Math.max(0, at - 4), at));
    const prev = before ? byEnd.get(at - before[0].length) : undefined;
    if (prev) keys.add(prev);
  }
  return keys.size === 1 ? [...keys][0] : undefined;
}

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
  // An interview ('Q: ...' turns): the answer label names the interviewee, whatever kind the name was given.
  const interview = QUESTION_TURN.test(doc.text);
  // Title-only labels resolve through the header's list of speakers; the maps are built on first need.
  let byStart: Map<number, string> | undefined;
  let byEnd: Map<number, string> | undefined;
  const byTitle = new Map<string, string | undefined>();
  for (const m of doc.text.matchAll(TURN)) {
    const labelStart = m.index!;
    const label = m[1]!;
    const named = mentionsIn(doc, { start: labelStart, end: labelStart + label.length });
    const cue = SCRIPT_CUE.exec(label);
    // 'CLIP - Jane Roe, GPL': after a script's cue the first name is the speaker's, the rest describes her.
    const person = named.length === 1 && (named[0]!.kind === 'PERSON' || (interview && named[0]!.kind === 'ORGANIZATION' && !m[2])) ? named[0]! : cue && named[0]?.kind === 'PERSON' ? named[0] : undefined;
    const words = m[3]!;
    const start = labelStart + m[0].length - m[0].replace(/^[^:]*:[ \t]+/, '').length;
    // 'Answer (Hon. Jane Roe): ...': a written answer paper names the answerer in brackets after the label.
    if (ANSWER_LABEL.test(label) && m[2]) {
      const answerer = bracketedPerson(doc, labelStart + label.length, labelStart + label.length + m[2].length);
      if (answerer) turns.push({ speaker: answerer, start, end: start + words.length, text: words });
      continue;
    }
    // 'Marta: We have cancelled ...': a bare given name no mention covers.
    const byWord = named.length === 0 && !m[2] ? personByLabelWord(doc, label.trim()) : undefined;
    if (byWord) {
      turns.push({ speaker: byWord, start, end: start + words.length, text: words });
      continue;
    }
    // 'Chief Minister: ...': a bare title, which the header's list of speakers gives a name.
    if (!person && named.length === 0 && !m[2] && isTitleOnly(label.trim())) {
      const title = label.trim();
      if (!byTitle.has(title)) {
        if (!byStart || !byEnd) {
          byStart = new Map();
          byEnd = new Map();
          for (const x of doc.mentions) if (x.kind === 'PERSON') { byStart.set(x.start, x.key); byEnd.set(x.end, x.key); }
        }
        byTitle.set(title, personByLabelTitle(doc, title, byStart, byEnd));
      }
      const speaker = byTitle.get(title);
      if (speaker) turns.push({ speaker, start, end: start + words.length, text: words });
      continue;
    }
    if (!person) continue;
    // 'CLIP - Jane Roe, GPL: ...': a script's cue before the label, the speaker's affiliation after the name.
    const labelEnd = labelStart + label.trimEnd().length;
    if (person.end !== labelEnd && !(cue && !m[2] && LABEL_DESCRIPTORS.test(doc.text.slice(person.end, labelEnd)))) continue;
    if (!LABEL_TITLE_WORDS.test(doc.text.slice(labelStart + (cue && person.start >= labelStart + cue[0].length ? cue[0].length : 0), person.start))) continue;
    turns.push({ speaker: person.key, start, end: start + words.length, text: words });
  }
  if (turns.length < MIN_TURNS) return [];
  const out: ExtractedStatement[] = [];
  for (const t of turns) {
    // A question alone states nothing; statements ending with a question ('... I paid for it. Who pays me back?') are a quote.
    if ((/[?]\s*$/.test(t.text) && !/[.!]\s+\p{Lu}/u.test(t.text)) || /[“”"]/.test(t.text) || wordCount(t.text) < MIN_TURN_WORDS) continue;
    const about = new Set(mentionsIn(doc, t).map((x) => x.key));
    about.delete(t.speaker);
    out.push({ kind: 'QUOTE', start: t.start, end: t.end, text: t.text, speaker: t.speaker, about: [...about], sentence: sentenceAt(doc, t.start)?.index ?? 0 });
  }
  return out;
}
