import type { Span } from './types';
import type { AnalysedText } from './document';
import { mentionsIn } from './document';
import { SPEECH_VERBS } from './speech';

/** Who a quote is attributed to, as the words around it say. */
export interface Attribution {
  speaker?: string;
  addressee?: string;
  /** The attribution names a speaker in words no entity matches ('officials said'). */
  unnamed?: boolean;
}

/** A clause after a quote that opens with a conjunction or preposition has no speaker in it: '“massacre” and said ...'. */
const NOT_A_SUBJECT = /^(?:and|but|or|to|in|on|at|for|with|as|while|after|before|because|which|who)\b/i;
const PRONOUN = /^(?:he|she)$/i;
/** Title-only speakers ('the secretary', 'the spokesman') resolve through the article's roles. */
const TITLE_ONLY = /^(?:the|a|an)\s+([\p{Ll} -]+)$/u;
/** Words allowed between a speaker and the verb, or after it: 'Kerry also told', 'said in a statement'. */
const FILLER = /^(?:(?:also|later|then|had|has|have|again|previously|repeatedly|in a statement|in an interview|in a written statement|in an emailed response|on twitter|on \w+day|\w+day|that|reporters|supporters)[\s,]*)+$/i;

function speechVerbAt(text: string, span: Span): { verb: string; index: number } | undefined {
  const re = /\p{L}+/gu;
  const body = text.slice(span.start, span.end);
  for (let m = re.exec(body); m !== null; m = re.exec(body)) {
    if (SPEECH_VERBS.has(m[0].toLowerCase())) return { verb: m[0].toLowerCase(), index: span.start + m.index };
  }
  return undefined;
}

/**
 * A title and the description a later sentence uses for it: 'secretary of state' and 'the
 * secretary', 'health secretary' and 'the secretary', 'secretary' and 'the health secretary'
 * (the description may qualify the bare title the article gave).
 */
function sameTitleHead(title: string, description: string): boolean {
  if (title === description || title.endsWith(` ${description}`)) return true;
  const head = (t: string) => t.replace(/\s+(?:of|for)\s.*$/, '').split(/\s+/).pop();
  return !/\s(?:of|for)\s/.test(title) && head(title) === head(description);
}

/** The person a pronoun or title-only phrase continues: the nearest fitting person before `at`. */
export function nearestPerson(doc: AnalysedText, at: number, fit: { title?: string; gender?: 'f' | 'm' } = {}): string | undefined {
  for (let i = doc.mentions.length - 1; i >= 0; i--) {
    const m = doc.mentions[i]!;
    if (m.end > at || m.kind !== 'PERSON' || m.possessive) continue;
    if (doc.quoted.some((q) => q.start <= m.start && m.end <= q.end)) continue;
    const gender = doc.genders.get(m.key);
    if (fit.gender && gender && gender !== fit.gender) continue;
    if (fit.title === undefined || (doc.titles.get(m.key) ?? []).some((t) => sameTitleHead(t, fit.title!))) return m.key;
  }
  return undefined;
}

/** 'he' / 'she' as the gender a pronoun asks for. */
export function pronounGender(word: string): 'f' | 'm' | undefined {
  const w = word.toLowerCase();
  return w === 'she' || w === 'her' ? 'f' : w === 'he' || w === 'him' || w === 'his' ? 'm' : undefined;
}

/** Resolves the words naming a speaker: an entity, a pronoun, or a title-only phrase. */
function speakerIn(doc: AnalysedText, span: Span): Attribution | undefined {
  const phrase = doc.text.slice(span.start, span.end).trim();
  const named = mentionsIn(doc, span);
  const person = named.find((m) => m.kind === 'PERSON');
  const chosen = person ?? named[named.length - 1];
  if (chosen) return { speaker: chosen.key };
  if (PRONOUN.test(phrase)) return { speaker: nearestPerson(doc, span.start, { gender: pronounGender(phrase) }) };
  const titled = TITLE_ONLY.exec(phrase);
  // 'the secretary', 'the analyst': the person holding that title, else the person last named.
  if (titled && !/statement/.test(titled[1]!)) {
    const key = nearestPerson(doc, span.start, { title: titled[1]!.trim().toLowerCase() }) ?? nearestPerson(doc, span.start);
    if (key) return { speaker: key };
  }
  return undefined;
}

function addresseeAfter(doc: AnalysedText, verb: { verb: string; index: number }, end: number): string | undefined {
  if (verb.verb !== 'told' && verb.verb !== 'tells' && verb.verb !== 'tell') return undefined;
  const next = doc.mentions.find((m) => m.start > verb.index && m.start <= end);
  return next && /^\s*$/.test(doc.text.slice(verb.index + verb.verb.length, next.start)) ? next.key : undefined;
}

/**
 * Attribution after a quote: '..., Kerry said', '..., said Kerry', '..., Kerry told Lavrov',
 * '..., according to spokesman John Kirby', '..., Kirby’s statement said'. `tail` runs from the
 * closing mark to the end of the sentence (or the next quote).
 */
export function attributionAfter(doc: AnalysedText, tail: Span): Attribution | undefined {
  const body = doc.text.slice(tail.start, tail.end);
  const according = /^[\s,]*according to\s+/i.exec(body);
  if (according) {
    const from = tail.start + according[0].length;
    const to = from + (/^[^,.;]*/.exec(doc.text.slice(from, tail.end))?.[0].length ?? 0);
    return speakerIn(doc, { start: from, end: to }) ?? { unnamed: true };
  }
  const clause = /^[\s,.!?—–-]*([^;“”"]*)/.exec(body)!;
  const clauseStart = tail.start + clause[0].length - clause[1]!.length;
  const clauseSpan = { start: clauseStart, end: clauseStart + clause[1]!.length };
  const verb = speechVerbAt(doc.text, clauseSpan);
  if (!verb) return undefined;
  const before = { start: clauseStart, end: verb.index };
  const words = doc.text.slice(before.start, before.end).trim();
  if (words.split(/\s+/).length > 10 || NOT_A_SUBJECT.test(words)) return undefined;
  if (words.length === 0) {
    // '..., said Kerry' / '..., said the spokesman'
    const rest = doc.text.slice(verb.index + verb.verb.length, clauseSpan.end);
    const who = /^\s*([^,]*)/.exec(rest)![1]!;
    const start = verb.index + verb.verb.length + rest.indexOf(who);
    return speakerIn(doc, { start, end: start + who.length }) ?? { unnamed: true };
  }
  // 'Kirby, the State Department spokesman, said': try the words right before the verb, then the whole.
  const lastComma = doc.text.lastIndexOf(',', before.end);
  const near = lastComma >= before.start ? { start: lastComma + 1, end: before.end } : before;
  const found = speakerIn(doc, near) ?? speakerIn(doc, before);
  if (!found) return /statement/i.test(words) ? undefined : { unnamed: true };
  return { ...found, addressee: addresseeAfter(doc, verb, clauseSpan.end) };
}

/**
 * Attribution before a quote: 'Kerry told Lavrov, “...', 'Kirby ... said in a statement, “...'.
 * Only counts when nothing but an addressee or filler stands between the verb and the quote.
 */
export function attributionBefore(doc: AnalysedText, head: Span): Attribution | undefined {
  const body = doc.text.slice(head.start, head.end);
  const re = /\p{L}+/gu;
  let last: { verb: string; index: number } | undefined;
  for (let m = re.exec(body); m !== null; m = re.exec(body)) {
    if (SPEECH_VERBS.has(m[0].toLowerCase())) last = { verb: m[0].toLowerCase(), index: head.start + m.index };
  }
  if (!last) return undefined;
  const after = doc.text.slice(last.index + last.verb.length, head.end).replace(/[\s,:]+$/, '').trim();
  const addressee = addresseeAfter(doc, last, head.end);
  const addresseeMention = addressee ? doc.mentions.find((m) => m.key === addressee && m.start > last!.index) : undefined;
  const remainder = addresseeMention ? doc.text.slice(addresseeMention.end, head.end).replace(/[\s,:]+$/, '').trim() : after;
  if (remainder.length > 0 && !FILLER.test(remainder.replace(/^,\s*/, ''))) return undefined;
  // 'Speaking in the House of Commons, the minister said:': the words right before the verb first.
  const lastComma = doc.text.lastIndexOf(',', last.index);
  const near = lastComma >= head.start ? { start: lastComma + 1, end: last.index } : undefined;
  const found = (near && speakerIn(doc, near)) || speakerIn(doc, { start: head.start, end: last.index });
  if (!found) return undefined;
  return { ...found, addressee };
}

