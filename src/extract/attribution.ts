import type { Span } from './types';
import type { AnalysedText, ResolvedMention } from './document';
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
const FILLER = /^(?:also|later|then|had|has|have|again|previously|repeatedly|on \w+|in a statement|in an interview|in a written statement|on twitter|on \w+day|\w+day)$/i;

function speechVerbAt(text: string, span: Span): { verb: string; index: number } | undefined {
  const re = /\p{L}+/gu;
  const body = text.slice(span.start, span.end);
  for (let m = re.exec(body); m !== null; m = re.exec(body)) {
    if (SPEECH_VERBS.has(m[0].toLowerCase())) return { verb: m[0].toLowerCase(), index: span.start + m.index };
  }
  return undefined;
}

/** The person a pronoun or title-only phrase continues: the nearest fitting person before `at`. */
export function nearestPerson(doc: AnalysedText, at: number, title?: string): string | undefined {
  for (let i = doc.mentions.length - 1; i >= 0; i--) {
    const m = doc.mentions[i]!;
    if (m.end > at || m.kind !== 'PERSON' || m.possessive) continue;
    if (doc.quoted.some((q) => q.start <= m.start && m.end <= q.end)) continue;
    if (title === undefined || (doc.titles.get(m.key) ?? []).some((t) => t === title || t.endsWith(` ${title}`))) return m.key;
  }
  return undefined;
}

/** Resolves the words naming a speaker: an entity, a pronoun, or a title-only phrase. */
function speakerIn(doc: AnalysedText, span: Span): Attribution | undefined {
  const phrase = doc.text.slice(span.start, span.end).trim();
  const named = mentionsIn(doc, span);
  const person = named.find((m) => m.kind === 'PERSON');
  const chosen = person ?? named[named.length - 1];
  if (chosen) return { speaker: chosen.key };
  if (PRONOUN.test(phrase)) return { speaker: nearestPerson(doc, span.start) };
  const titled = TITLE_ONLY.exec(phrase);
  if (titled) {
    const key = nearestPerson(doc, span.start, titled[1]!.trim().toLowerCase());
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
  const clause = /^[\s,.!?—–-]*([^.;“”"]*)/.exec(body)!;
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
  const found = speakerIn(doc, { start: head.start, end: last.index });
  if (!found) return undefined;
  return { ...found, addressee };
}

/** The subject of a partial quote: the last person named before it in its sentence ('Kerry also “expressed ...”'). */
export function subjectBefore(doc: AnalysedText, head: Span): string | undefined {
  const named: ResolvedMention[] = mentionsIn(doc, head);
  const person = [...named].reverse().find((m) => m.kind === 'PERSON');
  return person?.key;
}
