import type { ExtractedStatement, Span } from './types';
import type { AnalysedText } from './document';
import { mentionsIn, sentenceAt } from './document';
import { attributionAfter, attributionBefore, pullQuoteSource, type Attribution } from './attribution';
import { findSubject, findSubjects, sentenceSubject } from './subject';
import { NAMING_VERBS, REPORTING_VERBS } from './speech';
import { ACT_AFTER_CLAUSE, PARTICIPLE_AFTER_COMMA, POINTING } from './paraphrases';
import { findTranscriptTurns } from './statements-transcript';
import { findEmbeddedPosts } from './statements-posts';
import { foldSurface } from './fold';
import { titlesOpeningWith } from './vocabulary';

/** A quoted stretch: `inner` excludes the marks, `outer` includes them. */
export interface QuoteSpan {
  inner: Span;
  outer: Span;
  paragraph: number;
}

/** Most words of a term a bracket defines: '(the “Company”)', '(“Gulf Sands” or “the Group”)'. */
const MAX_DEFINED_TERM_WORDS = 3;
/** Longest bracket read as a definition of terms. */
const MAX_DEFINITION_CHARS = 80;

/** True for a short quote standing inside brackets on one line: a defined term ('(“the Company”)', '(hereinafter “the Bank”)'). */
function definesTerm(text: string, q: QuoteSpan): boolean {
  if (text.slice(q.inner.start, q.inner.end).trim().split(/\s+/).length > MAX_DEFINED_TERM_WORDS) return false;
  const open = text.lastIndexOf('(', q.outer.start);
  if (open < 0 || q.outer.start - open > MAX_DEFINITION_CHARS || /[)\n]/.test(text.slice(open, q.outer.start))) return false;
  const close = text.indexOf(')', q.outer.end);
  return close >= 0 && close - open <= MAX_DEFINITION_CHARS && !/[(\n]/.test(text.slice(q.outer.end, close));
}

/** A quote standing as a title: 'Under the headline “A mandate, but not a majority”, ...', 'a report entitled “...”'. */
const TITLE_BEFORE_QUOTE = /\b(?:headlines?|headlined|headline\s+reading|title|titled|entitled|captioned|caption\s+reading|banner\s+headline)\s*[:,]?\s*$/iu;
/** A free relative naming the writer's term: 'in what X called “...”' reports no statement (GUIDELINES §5, relative clauses). */
const WHAT_NAMED = /\bwhat\s+(?:[^,;.“”"]{1,100}?\s)?(?:called|calls|described|describes|termed|terms|dubbed|dubs|labelled|labeled|branded|characteri[sz]ed)\s+(?:as\s+)?(?:an?\s+|the\s+)?$/iu;

/** Quotes of this many words or fewer with no speech verb are scare quotes: 'a “massacre”'. */
const MAX_SCARE_QUOTE_WORDS = 2;
/** A relative clause's subject and auxiliaries before a naming verb: '..., which she had called', '..., whom critics have dubbed'. */
/** ', which it ' before a naming verb: the relative clause's pronoun subject (the speaker of the sentence). */
const RELATIVE_PRONOUN_NAMING = /,\s*which\s+(?:it|he|she|they|we)\s+(?:also\s+)?$/u;
const RELATIVE_NAMING = /,\s*(?:which|whom)\s+(?:[\p{L}'’-]+\s+){1,4}$/u;
/** Words of a clause before a short quote that make the quote a scare quote inside it, not a verb's complement. */
const MIN_WORDS_BEFORE_SCARE_QUOTE = 5;

/**
 * Quotation marks paired within a paragraph: curly “...” by direction, straight "..." in
 * turn, and single ones (‘...’, '...') when nothing else is open. An opening mark left
 * unclosed runs to the paragraph's end (the news convention for a quote continuing into the
 * next paragraph). A single mark is an apostrophe unless it stands before a word with a space
 * or bracket before it ('We switched off,' he said), and it closes only after a clause's
 * punctuation (',' '.' '?' '!') or, curly, before a non-letter: 'Kenya's' and 'players' union'
 * open and close nothing.
 */
export function findQuoteSpans(text: string, paragraph: Span, index: number): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let open: number | undefined;
  let mark = '';
  for (let i = paragraph.start; i < paragraph.end; i++) {
    const ch = text[i]!;
    const before = i > paragraph.start ? text[i - 1]! : ' ';
    const after = i + 1 < paragraph.end ? text[i + 1]! : ' ';
    if (open === undefined) {
      const single = (ch === '‘' || ch === "'") && /[\s(\[—–-]/.test(before) && /\p{L}/u.test(after);
      if (ch === '“' || ch === '"' || single) {
        open = i;
        mark = ch;
      }
    } else if (
      (mark === '“' && ch === '”') ||
      (mark === '"' && ch === '"') ||
      (mark === '‘' && ch === '’' && !/\p{L}/u.test(after)) ||
      (mark === "'" && ch === "'" && /[,.!?]/.test(before) && !/\p{L}/u.test(after))
    ) {
      out.push({ inner: { start: open + 1, end: i }, outer: { start: open, end: i + 1 }, paragraph: index });
      open = undefined;
    }
  }
  // A single mark never closed was an apostrophe after all ("'90s"), not a quote running on.
  if (open !== undefined && (mark === '“' || mark === '"')) out.push({ inner: { start: open + 1, end: paragraph.end }, outer: { start: open, end: paragraph.end }, paragraph: index });
  return out;
}

function words(text: string): number {
  return text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
}

function quoteText(text: string, span: Span): string {
  return text.slice(span.start, span.end).replace(/\s+/g, ' ').trim();
}

/**
 * The words of a quote, split pieces joined with a space. A comma (or colon, semicolon) closing
 * the last piece belongs to the attribution ('…hostilities,” Kerry said' gives '…hostilities');
 * the first piece of a split quote keeps its own ('A,” he said. “B.' gives 'A, B.').
 */
function joinedQuoteText(text: string, parts: readonly Span[]): string {
  return parts.map((p) => quoteText(text, p)).join(' ').replace(/\s*[,;:]+$/, '');
}

/** End of the sentence holding `at`. */
function sentenceEnd(doc: AnalysedText, at: number): number {
  const s = sentenceAt(doc, at);
  return s && at < s.end ? s.end : at;
}

function sentenceOf(doc: AnalysedText, at: number) {
  return sentenceAt(doc, at) ?? doc.sentences[0]!;
}

/** Reported speech whose clause is at least two thirds quoted counts as a quote (GUIDELINES §5): 'said the decision was “the first day of justice”'. */
const MIN_QUOTED_SHARE = 2 / 3;
/** Words after a naming verb before its quote: 'called the air strikes in Aleppo a “massacre”'. */
const MAX_NAMING_GAP_WORDS = 10;
/** 'and' before a second reporting verb ends the first verb's clause. */
const COORDINATED_VERB = new RegExp(`[,;]?\\s+(?:and|but)\\s+(?:${[...REPORTING_VERBS].join('|')})\\b`, 'u');
/** An object or setting between a verb and its that-clause: 'told local radio station Radio X that'. */
const FRAMED_THAT = /^\s(?:(?!\band\s)[^,.;:"“”]){1,80}?\sthat\s/u;
/** After a verb other than 'tell' only a setting frames the that-clause ('said in a post that'); 'said the deal showed that' is the clause itself. */
const SETTING_LEAD = /^\s+(?:on|in|at|during|after|before|from|via|with|to|outside|inside|through|over|by|for)\s/u;
/** A sentence with no closing punctuation is a headline, deck or caption: a quote opening it continues nobody. */
const PUNCTUATED_END = /[.!?…]["”’)]?\s*$/u;
/** Words that open a reported clause without being part of it. */
const CLAUSE_LEAD = /^(?:\s*(?:in a statement|in an interview|in an emailed response|on twitter|on \p{Lu}\p{Ll}+day|\p{Lu}\p{Ll}+day|that|,))*\s*/u;

/** Share of a reported clause's words that the quote holds; the clause ends where a coordinated verb starts another ('... “cooperated fully” and rejected ...'). */
function quotedShare(doc: AnalysedText, q: QuoteSpan, sentence: Span, clauseStart: number): number {
  const rest = doc.text.slice(clauseStart, sentence.end);
  // '... “clearer” and recommended stricter limits': the speaker's next act ends the clause too.
  const ends = [COORDINATED_VERB.exec(rest), ACT_AFTER_CLAUSE.exec(rest)].filter((m) => m && m.index > 0).map((m) => m!.index);
  const clause = words(ends.length > 0 ? rest.slice(0, Math.min(...ends)) : rest);
  const quoted = words(quoteText(doc.text, q.inner));
  const share = quoted / Math.max(1, clause);
  // '... Pirnat “lost the election in Maribor, not in Ljubljana”, pointing to ...': the speaker's grounds after a comma
  // end the clause too, but only likely, so there the quote must hold clearly more than two thirds of it.
  const grounds = POINTING.exec(rest);
  if (share >= MIN_QUOTED_SHARE || !grounds || grounds.index === 0 || (ends.length > 0 && Math.min(...ends) < grounds.index)) return share;
  const before = quoted / Math.max(1, words(rest.slice(0, grounds.index)));
  return before > MIN_QUOTED_SHARE ? before : share;
}

/** Share of the clause a quote must hold when a participle after a comma may end it ('..., adding that ...'): clearly most of it. */
const CLEAR_QUOTED_SHARE = 3 / 4;

/**
 * Like quotedShare, but '“...”, adding that ...' (a reporting participle after a comma) may end the clause: 'affirmed
 * that the railway would “change the way ... region”, adding that ...' is a quote; a quote holding about two thirds
 * before the participle stays in the paraphrase.
 */
function quotedShareBeforeParticiple(doc: AnalysedText, q: QuoteSpan, sentence: Span, clauseStart: number): number {
  const share = quotedShare(doc, q, sentence, clauseStart);
  if (share >= MIN_QUOTED_SHARE) return share;
  const rest = doc.text.slice(clauseStart, sentence.end);
  const participle = PARTICIPLE_AFTER_COMMA.exec(rest);
  if (!participle || participle.index === 0 || participle.index < q.outer.end - clauseStart) return share;
  const before = words(quoteText(doc.text, q.inner)) / Math.max(1, words(rest.slice(0, participle.index)));
  return before >= CLEAR_QUOTED_SHARE ? before : share;
}

/** Most words of an attribution between the two pieces of a split quote. */
const MAX_SPLIT_ATTRIBUTION_WORDS = 40;
/** Longest sentence read as a detached attribution: '"What can I say?" Martino said after the match.' */
const MAX_ATTRIBUTION_SENTENCE_WORDS = 14;

/**
 * A quote ending in '?' or '!' (or a period) closes its sentence, so its attribution stands
 * in the next one of the same paragraph: '"What can I say?" coach Gerardo Martino said.'
 */
function attributionInNextSentence(doc: AnalysedText, q: QuoteSpan, tail: Span): Attribution | undefined {
  if (doc.text.slice(tail.start, tail.end).trim().length > 0) return undefined;
  const current = sentenceAt(doc, q.outer.end - 1);
  const next = current ? doc.sentences[current.index + 1] : undefined;
  if (!next || next.paragraph !== current!.paragraph || /^["“‘']/.test(doc.text.slice(next.start, next.start + 1))) return undefined;
  if (words(doc.text.slice(next.start, next.end)) > MAX_ATTRIBUTION_SENTENCE_WORDS) return undefined;
  return attributionAfter(doc, { start: next.start, end: next.end });
}

/** True when a naming verb right before a quote takes it as its complement: 'called the strikes a “massacre”'. */
function namesQuote(doc: AnalysedText, sentence: Span, q: QuoteSpan): boolean {
  const body = doc.text.slice(sentence.start, q.outer.start);
  const re = /\p{L}+/gu;
  let last: number | undefined;
  for (let m = re.exec(body); m !== null; m = re.exec(body)) if (NAMING_VERBS.has(m[0].toLowerCase()) || /^(?:as)$/i.test(m[0])) last = m.index + m[0].length;
  return last !== undefined && words(body.slice(last)) <= MAX_NAMING_GAP_WORDS;
}

/** A that-clause right after a named quote, continuing its noun: '“the strongest evidence yet” that penguins and ...'. */
const THAT_CLAUSE_AFTER_QUOTE = /^\s+that\s+(?:[^\s,.;:]+\s+){1,}?[^\s,.;:]+/u;

/**
 * The whole complement of a naming verb whose quote a that-clause continues ('called the findings “the strongest
 * evidence yet” that penguins and the fishery compete for food'), as a PARAPHRASE with the marks kept (GUIDELINES §5,
 * partial quotes), when the quote holds less than two thirds of it; undefined otherwise.
 */
function namedComplement(doc: AnalysedText, q: QuoteSpan, sentence: Span, verbEnd: number): (ExtractedStatement & { kind: 'PARAPHRASE' }) | undefined {
  const rest = doc.text.slice(q.outer.end, sentence.end);
  if (!THAT_CLAUSE_AFTER_QUOTE.test(rest)) return undefined;
  const from = verbEnd + /^\s*/.exec(doc.text.slice(verbEnd))![0].length;
  const body = doc.text.slice(from, sentence.end);
  // The clause runs to the sentence end, or to the speaker's next act or grounds.
  const ends = [COORDINATED_VERB.exec(body), ACT_AFTER_CLAUSE.exec(body), PARTICIPLE_AFTER_COMMA.exec(body)].filter((m) => m && m.index > q.outer.end - from).map((m) => m!.index);
  const raw = ends.length > 0 ? body.slice(0, Math.min(...ends)) : body;
  const clause = raw.replace(/[\s.!?;,]+$/u, '');
  if (words(quoteText(doc.text, q.inner)) / Math.max(1, words(clause)) >= MIN_QUOTED_SHARE) return undefined;
  const index = sentenceAt(doc, q.outer.start)?.index ?? 0;
  return { kind: 'PARAPHRASE', start: from, end: from + clause.length, text: clause.replace(/\s+/g, ' ').trim(), about: [], sentence: index };
}

/** A verb sharing the subject of the clause before it: '... and warned that', '..., calling it'. */
function continuesClause(head: string, verb: string): boolean {
  return /(?:,\s*|\s)(?:and|but)\s*$/.test(head) || (verb.endsWith('ing') && /,\s*$/.test(head));
}

/** The verb in a sentence, before `at`, that reports speech: its subject is the speaker. */
function reportingVerbBefore(doc: AnalysedText, sentence: Span, at: number): { index: number; end: number; naming: boolean; speaker?: string; speakers?: string[] } | undefined {
  const body = doc.text.slice(sentence.start, at);
  const re = /\p{L}+/gu;
  let found: { index: number; end: number; naming: boolean; speaker?: string; speakers?: string[] } | undefined;
  for (let m = re.exec(body); m !== null; m = re.exec(body)) {
    const w = m[0].toLowerCase();
    const index = sentence.start + m.index;
    // 'warned of “gridlock on Terminal”': a speech verb whose whole complement is the quote names it.
    const naming = (NAMING_VERBS.has(w) && !/^\s+(?:for|on|off|up)\b/.test(body.slice(m.index + w.length))) || (REPORTING_VERBS.has(w) && /^\s+(?:of|against)\s*$/.test(doc.text.slice(index + w.length, at)));
    // 'called on the government “to stop ...”': an appeal reports what it asks for.
    const appeal = NAMING_VERBS.has(w) && /^\s+(?:for|on)\s/.test(body.slice(m.index + w.length));
    if (!naming && !appeal && !REPORTING_VERBS.has(w)) continue;
    const head = body.slice(0, m.index);
    if (w.endsWith('ing') && !/,\s*$/.test(head)) continue;
    // '..., calling the destruction “...”': a participle continues the clause's subject, not the words before it.
    let speaker = w.endsWith('ing') ? undefined : findSubject(doc, sentence.start, index)?.key;
    // 'the three countries said ... “...”': a joint subject quotes once per speaker.
    const joint = speaker || w.endsWith('ing') ? [] : findSubjects(doc, sentence.start, index);
    if (joint.length > 1) speaker = joint[0]!.key;
    if (!speaker && continuesClause(head, w)) speaker = found?.speaker ?? sentenceSubject(doc, sentence, index)[0]?.key;
    // '... would appeal against the ban, which it called “a punishment ...”': the pronoun of a relative naming clause is the
    // sentence's speaker, who names the noun in their own words.
    if (!speaker && naming && RELATIVE_PRONOUN_NAMING.test(head)) speaker = found?.speaker ?? sentenceSubject(doc, sentence, index)[0]?.key;
    if (speaker) found = { index, end: index + w.length + (appeal ? /^\s+\p{L}+/u.exec(body.slice(m.index + w.length))![0].length : 0), naming, speaker, speakers: joint.length > 1 ? joint.map((x) => x.key) : undefined };
  }
  return found;
}

/** What may follow a round-up label's name before its quote: a comma and a short title, then a colon ('Ana Ruiz, Lima coach: “...'). */
const LABEL_AFTER_NAME = /^(?:,[^:;.!?“”"\n]{1,80})?:\s*$/u;

/**
 * The person a round-up line's label names: 'Name, title: “quote”' — a person's name opening
 * the line (nothing but a bullet before it), an optional comma and title, then a colon and the
 * quote (a "WHAT THEY SAID" block).
 */
function labelSpeaker(doc: AnalysedText, q: QuoteSpan): string | undefined {
  const lineStart = doc.text.lastIndexOf('\n', q.outer.start - 1) + 1;
  const head = doc.text.slice(lineStart, q.outer.start);
  if (!head.includes(':')) return undefined;
  const first = doc.mentions.find((m) => m.start >= lineStart && m.start < q.outer.start && m.kind === 'PERSON');
  if (!first || first.possessive) return undefined;
  const before = doc.text.slice(lineStart, first.start);
  if (!/^\s*(?:[•▪◦‣●■*-]\s*)?$/u.test(before) && !describesLabel(before)) return undefined;
  return LABEL_AFTER_NAME.test(doc.text.slice(first.end, q.outer.start)) ? first.key : undefined;
}

/** Most words a label's description may hold before the name: 'Rovers head coach'. */
const MAX_LABEL_DESCRIPTION_WORDS = 5;

/**
 * True when the words before a label's name only describe the speaker: capitalised words (a
 * club, a party) and title words ('Rovers coach Jane Roe, after the game: “...”'), with no
 * verb or punctuation that would make them a clause of their own.
 */
function describesLabel(before: string): boolean {
  const words = before.trim().split(/\s+/);
  if (words.length === 0 || words.length > MAX_LABEL_DESCRIPTION_WORDS || !/^\p{Lu}/u.test(words[0]!)) return false;
  return words.every((w) => /^\p{Lu}[\p{L}'’.-]*$/u.test(w) || (/^\p{Ll}[\p{Ll}-]*$/u.test(w) && titlesOpeningWith(foldSurface(w)).length > 0));
}

/** A capitalised name part right before a nickname's opening mark, and one right after its closing mark. */
const NAME_PART_BEFORE = /\p{Lu}[\p{L}'’.-]*[ \t]$/u;
const NAME_PART_AFTER = /^[ \t]\p{Lu}\p{Ll}/u;

/** True for a nickname inside a name: 'Edna "Bibi" Saro', one or two capitalised words quoted between name parts. */
function isNickname(text: string, q: QuoteSpan): boolean {
  const inner = text.slice(q.inner.start, q.inner.end);
  if (!/^\p{Lu}/u.test(inner) || words(inner) > MAX_SCARE_QUOTE_WORDS || /[.,!?;:]$/u.test(inner)) return false;
  return NAME_PART_BEFORE.test(text.slice(Math.max(0, q.outer.start - 30), q.outer.start)) && NAME_PART_AFTER.test(text.slice(q.outer.end, q.outer.end + 3));
}

/** A credit line under a quote: a dash (em, en or horizontal bar) opening the next line. */
const DASH_LINE = /^[ \t]*\n[ \t]*[—–―][ \t]*/u;
/** What may stand between a credit line's dash and its name: a couple of capitalised honorifics ('Datuk', 'Puan', 'Dr.'). */
const HONORIFIC_GAP = /^(?:\p{Lu}[\p{L}]{0,12}\.?[ \t]+){0,2}$/u;

/**
 * The speaker a dash credit line names under a quote that fills its own line: '“Not one.”' then
 * '— Jane Roe, state councillor, on Monday.' (a week-in-quotes column, a pull quote, an
 * epigraph). The name right after the dash (past an honorific or two) is the speaker, and wins
 * over the previous paragraph's speaker.
 */
function dashLineSpeaker(doc: AnalysedText, q: QuoteSpan): string | undefined {
  const lineStart = doc.text.lastIndexOf('\n', q.outer.start - 1) + 1;
  if (doc.text.slice(lineStart, q.outer.start).trim().length > 0) return undefined;
  const dash = DASH_LINE.exec(doc.text.slice(q.outer.end, q.outer.end + 12));
  if (!dash) return undefined;
  const from = q.outer.end + dash[0].length;
  const lineEnd = doc.text.indexOf('\n', from);
  const first = mentionsIn(doc, { start: from, end: lineEnd < 0 ? doc.text.length : lineEnd })[0];
  if (!first || first.possessive || (first.kind !== 'PERSON' && first.kind !== 'ORGANIZATION')) return undefined;
  return HONORIFIC_GAP.test(doc.text.slice(from, first.start)) ? first.key : undefined;
}

/** Longest name line read as a vox-pop caption above a quote. */
const MAX_NAME_LINE_CHARS = 140;
/** What may follow a caption's name on its line: nothing, or a comma and a description (age, trade, street) with no sentence or quote punctuation. */
const CAPTION_AFTER_NAME = /^(?:,[^.!?:;“”"\n]*)?[ \t]*$/u;

/**
 * The speaker a vox-pop caption line names right above a quote that opens its line: 'Ana Ruiz,
 * 54, fisherman, Harbour Street' then '“For thirty years ...”' on the next line. The caption is
 * a person's name opening the line, then nothing or a comma and a description, with no sentence
 * punctuation (a line of prose ending in '.' is a paragraph, not a caption).
 */
function captionLineSpeaker(doc: AnalysedText, q: QuoteSpan): string | undefined {
  const lineStart = doc.text.lastIndexOf('\n', q.outer.start - 1) + 1;
  if (lineStart === 0 || doc.text.slice(lineStart, q.outer.start).trim().length > 0) return undefined;
  const previousStart = doc.text.lastIndexOf('\n', lineStart - 2) + 1;
  const line = { start: previousStart, end: lineStart - 1 };
  if (line.end - line.start > MAX_NAME_LINE_CHARS || doc.text.slice(line.start, line.end).trim().length === 0) return undefined;
  const first = mentionsIn(doc, line)[0];
  if (!first || first.possessive || first.kind !== 'PERSON' || doc.text.slice(line.start, first.start).trim().length > 0) return undefined;
  return CAPTION_AFTER_NAME.test(doc.text.slice(first.end, line.end)) ? first.key : undefined;
}

/** A label opening the quote's line that presents an unnamed panel's assessment: 'Citation: “...”', 'Jury verdict: “...”', 'Judges' comment: “...”' (a prize list, a review round-up). */
const ASSESSMENT_LABEL = /^[ \t]*(?:(?:the[ \t]+)?(?:jury|judges|panel|critics)(?:['’]s?)?[ \t]+)?(?:citation|verdict|comment|comments|assessment)[ \t]*:[ \t]*$/iu;

/** True for a quote right after an assessment label opening its line: the words of an unnamed jury or panel (speaker null). */
function assessmentLabel(doc: AnalysedText, q: QuoteSpan): boolean {
  const lineStart = doc.text.lastIndexOf('\n', q.outer.start - 1) + 1;
  return q.outer.start - lineStart <= 40 && ASSESSMENT_LABEL.test(doc.text.slice(lineStart, q.outer.start));
}

/**
 * The speaker of a reported clause in the sentence right before a quote-only paragraph: 'X said
 * in a statement that ...' then '“...”' continues X, not the speaker of an earlier quote.
 */
function reporterBefore(doc: AnalysedText, sentence: { index: number; paragraph: number }): string | undefined {
  const previous = doc.sentences[sentence.index - 1];
  // Also within one paragraph: 'She says the skills ... could disappear. “We have the boats in the museum.”' (a caption's quote after its paraphrase).
  if (!previous || doc.quoted.some((q) => q.start < previous.end && previous.start < q.end)) return undefined;
  return reportingVerbBefore(doc, previous, previous.end)?.speaker;
}

/**
 * Direct quotes with their speakers. A quote is a statement when an attribution stands right
 * after it ('...," Kirby said'; '..., according to ...'), right before it ('Kerry told Lavrov,
 * “...'), when it opens its sentence (a quote-only paragraph continues the previous speaker),
 * when a naming verb introduces it ('called the agreement “a first step”'), or when it makes
 * up most of a reported clause ('said the federation would “not protect anyone ...”').
 * Otherwise a partial quote is left to the paraphrase it sits in, and a quote of one or two
 * words is a scare quote. A quote attributed after it with a second quote following that
 * attribution is one split quote.
 */
export function findQuotes(doc: AnalysedText, quotes: readonly QuoteSpan[]): ExtractedStatement[] {
  const out: ExtractedStatement[] = [];
  let previousSpeaker: string | undefined;
  for (let i = 0; i < quotes.length; i++) {
    const q = quotes[i]!;
    const next = quotes[i + 1];
    // '(“Gulf Sands” or “the Company”)': a short quote inside brackets defines a term, it reports nobody's words.
    if (definesTerm(doc.text, q)) continue;
    // 'party leader Ana "Chiqui" Ruiz said ...': a word or two quoted between two capitalised name parts is a nickname.
    if (isNickname(doc.text, q)) continue;
    const sentence = sentenceOf(doc, q.outer.start);
    // 'Under the headline “...”, the paper says ...': a title quotes nobody; 'in what X called “...”' is the writer's relative clause.
    const lead = doc.text.slice(Math.max(sentence.start, q.outer.start - 160), q.outer.start);
    if (TITLE_BEFORE_QUOTE.test(lead) || WHAT_NAMED.test(lead)) continue;
    // '“Not one.”\n— Jane Roe, state councillor, on Monday.': a dash credit line under the quote names its speaker.
    // 'Ana Ruiz, 54, fisherman' on the line above '“...”': a vox-pop caption names the speaker.
    const credited = dashLineSpeaker(doc, q) ?? captionLineSpeaker(doc, q);
    if (credited) {
      const text = quoteText(doc.text, q.inner);
      const about = mentionsIn(doc, q.inner).map((m) => m.key).filter((k, n, all) => k !== credited && all.indexOf(k) === n);
      out.push({ kind: 'QUOTE', start: q.outer.start, end: q.outer.end, text, speaker: credited, about, sentence: sentence.index });
      previousSpeaker = credited;
      continue;
    }
    // 'Citation: “A patient, funny novel ...”': an unnamed jury's assessment is a quote with no speaker.
    if (assessmentLabel(doc, q)) {
      const about = mentionsIn(doc, q.inner).map((m) => m.key).filter((k, n, all) => all.indexOf(k) === n);
      out.push({ kind: 'QUOTE', start: q.outer.start, end: q.outer.end, text: quoteText(doc.text, q.inner), about, sentence: sentence.index });
      previousSpeaker = undefined;
      continue;
    }
    const head = { start: i > 0 && quotes[i - 1]!.outer.end > sentence.start ? quotes[i - 1]!.outer.end : sentence.start, end: q.outer.start };
    const tailEnd = Math.min(sentenceEnd(doc, q.outer.end - 1), next && next.paragraph === q.paragraph ? next.outer.start : Infinity);
    const tail = { start: q.outer.end, end: Math.max(q.outer.end, tailEnd) };
    // 'told journalists that the ruling was “... a newspaper.” The Ministry said ...': a quote its own sentence reports takes no attribution from the next one.
    const pulled = pullQuoteSource(doc, q.outer.end);
    // The reporting verb before the quote, looked up at most once per quote.
    let verbBefore: ReturnType<typeof reportingVerbBefore> | null = null;
    const verbBeforeQuote = () => (verbBefore === null ? (verbBefore = reportingVerbBefore(doc, sentence, q.outer.start)) : verbBefore);
    const after = (pulled ? { speaker: pulled } : undefined) ?? attributionAfter(doc, tail) ?? (verbBeforeQuote() ? undefined : attributionInNextSentence(doc, q, tail));
    const before = attributionBefore(doc, head);
    let attribution: Attribution | undefined = after;
    if (before?.speaker && (!after?.speaker || doc.mentions.find((m) => m.key === after.speaker)?.kind !== 'PERSON')) {
      const beforeKind = doc.mentions.find((m) => m.key === before.speaker)?.kind;
      if (!after?.speaker || beforeKind === 'PERSON') attribution = before;
    }
    const text = quoteText(doc.text, q.inner);
    // 'X said on Twitter that “...” and that ...': a quote inside a that-clause counts only if it is most of it.
    if (attribution === before && before && /\bthat\s*$/.test(doc.text.slice(head.start, head.end)) && quotedShare(doc, q, sentence, q.outer.start) < MIN_QUOTED_SHARE) continue;
    const opensSentence = doc.text.slice(sentence.start, q.outer.start).trim().length === 0;
    // 'said it "respected" the ruling but ..., which it said had ...': a scare quote inside a clause, with no speaker found after it, stays in the paraphrase.
    if (attribution === after && after && !after.speaker && !opensSentence && words(text) <= MAX_SCARE_QUOTE_WORDS) continue;
    // '... that the vaccine caused “infertility”, said X': a short quote closing a longer clause is no complement of the verb.
    if (attribution === after && !opensSentence && words(text) <= MAX_SCARE_QUOTE_WORDS && words(doc.text.slice(head.start, head.end)) >= MIN_WORDS_BEFORE_SCARE_QUOTE && !namesQuote(doc, sentence, q)) continue;
    let speaker = attribution?.speaker;
    let speakers: string[] | undefined;
    // 'Ana Ruiz, Lima coach: “...”': a round-up line's label names the speaker.
    const label = attribution ? undefined : labelSpeaker(doc, q);
    if (label) speaker = label;
    else if (!attribution) {
      const verb = verbBeforeQuote();
      speakers = verb?.speakers;
      if (verb?.naming && words(doc.text.slice(verb.end, q.outer.start)) <= MAX_NAMING_GAP_WORDS) {
        // '..., which she had called “unreliable” during the campaign': a scare quote a relative clause names is the writer's aside.
        if (words(text) <= MAX_SCARE_QUOTE_WORDS && RELATIVE_NAMING.test(doc.text.slice(sentence.start, verb.index))) continue;
        // 'called the findings “the strongest evidence yet” that penguins ... compete for food': the complement goes on past
        // the quote with a that-clause; unless the quote holds two thirds of it, the whole complement is a paraphrase.
        const complement = namedComplement(doc, q, sentence, verb.end);
        if (complement) {
          out.push({ ...complement, speaker: verb.speaker, about: mentionsIn(doc, complement).map((m) => m.key).filter((k, n, all) => k !== verb.speaker && all.indexOf(k) === n) });
          if (verb.speaker) previousSpeaker = verb.speaker;
          continue;
        }
        speaker = verb.speaker;
      }
      else if (verb && !verb.naming) {
        // 'told local radio station Radio X that ...', 'told supporters at the party's headquarters that ...': the clause starts after 'that'.
        // Not a second 'that' after 'and': 'said the cells would go ... and that X had passed “...”' is one clause.
        const gap = doc.text.slice(verb.end, q.outer.start);
        const framed = /^t[eo]l/i.test(doc.text.slice(verb.index, verb.end)) || SETTING_LEAD.test(gap) ? FRAMED_THAT.exec(gap) : null;
        const clauseStart = verb.end + (framed ? framed[0].length : CLAUSE_LEAD.exec(doc.text.slice(verb.end, sentence.end))![0].length);
        if (quotedShareBeforeParticiple(doc, q, sentence, clauseStart) < MIN_QUOTED_SHARE) continue;
        speaker = verb.speaker;
      } else if (opensSentence && words(text) > MAX_SCARE_QUOTE_WORDS) {
        // '‘Now the children sleep without fear’: Ivory Coast takes ...': a headline or deck quotes nobody in the article yet.
        if (!PUNCTUATED_END.test(doc.text.slice(sentence.start, sentence.end)) && previousSpeaker === undefined) continue;
        speaker = reporterBefore(doc, sentence) ?? previousSpeaker;
      }
      else continue;
    }
    const parts: Span[] = [q.inner];
    let end = q.outer.end;
    // '"A," Kerry said. "B."': the second half has nothing around it but the first one's attribution.
    if (after && next && next.paragraph === q.paragraph && !attributionAfter(doc, { start: next.outer.end, end: sentenceEnd(doc, next.outer.end - 1) })) {
      const between = doc.text.slice(tail.start, next.outer.start);
      // The attribution may carry a long appositive ('said Ana Ruiz, a 61-year-old farmer who fled
      // with her grandchildren.') as long as it is one sentence: the second piece opens the next one.
      const attributionAt = tail.start + /^\s*/.exec(doc.text.slice(tail.start))![0].length;
      const sentences = (sentenceAt(doc, next.outer.start)?.index ?? 0) - (sentenceAt(doc, attributionAt)?.index ?? 0);
      if (/^[^“”"]*[.,:]\s*$/.test(between) && words(between) <= MAX_SPLIT_ATTRIBUTION_WORDS && sentences <= 1) {
        parts.push(next.inner);
        end = next.outer.end;
        i++;
      }
    }
    const about = new Set<string>();
    for (const part of parts) for (const m of mentionsIn(doc, part)) about.add(m.key);
    if (attribution?.addressee) about.delete(attribution.addressee);
    for (const who of speakers && speaker ? speakers : [speaker]) {
      const own = new Set(about);
      if (who) own.delete(who);
      for (const x of speakers ?? []) own.delete(x);
      out.push({
        kind: 'QUOTE',
        start: q.outer.start,
        end,
        text: joinedQuoteText(doc.text, parts),
        speaker: who,
        addressee: attribution?.addressee,
        about: [...own],
        sentence: sentence.index,
      });
    }
    if (speaker) previousSpeaker = speaker;
  }
  // 'Minister al-Saedi: Nobody can guarantee ...': a record's speaker-labelled turns, without marks.
  for (const turn of findTranscriptTurns(doc)) if (!out.some((x) => x.start < turn.end && turn.start < x.end)) out.push(turn);
  // 'Great start for a metro.\n— Jane Roe (@janeroe) March 15, 2039': an embedded post, its author's words.
  for (const post of findEmbeddedPosts(doc)) if (!out.some((x) => x.start < post.end && post.start < x.end)) out.push(post);
  return out.sort((a, b) => a.start - b.start);
}
