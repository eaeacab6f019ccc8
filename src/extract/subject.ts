import type { Span } from './types';
import type { AnalysedText } from './document';
import { mentionsIn } from './document';
import { describedOrganisation, isOrganisationNoun, nearestPerson, ORG_NOUNS, pronounGender } from './attribution';
import type { ResolvedMention } from './document';
import { foldSurface } from './fold';
import { vocab } from './vocabulary';
import { SAY_VERBS } from './speech';

/** Words between a subject and its verb that do not break the link: 'Kerry had said', 'Lavrov also said'. */
const AUXILIARY = /(?:\s+(?:has|had|have|also|later|then|again|previously|repeatedly|reportedly|on\s+\p{Lu}\p{Ll}+day|\p{Lu}\p{Ll}+day))*\s*$/u;
/** An appositive between subject and verb: 'Dmitry Peskov, Russian President Vladimir Putin's spokesperson, said'. */
const APPOSITIVE = /,[^,]{1,160},\s*$/;
const TWO_APPOSITIVES = /,[^,]{1,160},[^,]{1,160},\s*$/;
/** A subject that is a title only: 'The minister', 'the city manager'. */
const TITLE_ONLY = /(?:^|\s)the\s+((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)$/iu;
/** What may stand before a subject phrase: nothing, a comma or dash, or a conjunction ('..., and the minister said'). */
const SUBJECT_OPENING = /(?:^|[,;:—–-]\s*|\b(?:and|but|while|as)\s+)$/iu;
/** An appositive that is a relative clause about the subject: 'The NCSC, which is part of GCHQ, said'. */
const RELATIVE_APPOSITIVE = /,\s+(?:which|who|whose)\s.{1,200}?,\s*$/su;
/** Longest subject phrase (in words) for the fallback that takes its first named entity. */
const MAX_SUBJECT_WORDS = 8;

/** Where a speaker's subject phrase is: the entity key and where the phrase starts. */
export interface Subject {
  key: string;
  start: number;
}

function endingAt(doc: AnalysedText, from: number, rawHead: string): Subject | undefined {
  // 'Athletics Kenya (AK) has said': a bracketed acronym after the name.
  const head = rawHead.replace(/\s*\([^()]*\)$/, '');
  const headEnd = from + head.length;
  const named = mentionsIn(doc, { start: from, end: headEnd });
  let subject = [...named].reverse().find((x) => x.end === headEnd);
  // 'Judge Luiza Bittencourt of the 2nd Criminal Court ... ruled': the person, not the court.
  if (subject && subject.kind !== 'PERSON') {
    const owner = [...named].reverse().find((x) => x.end <= subject!.start && x.kind === 'PERSON' && /^\s+(?:of|at)\s+(?:the\s+)?$/.test(doc.text.slice(x.end, subject!.start)));
    if (owner) subject = owner;
  }
  if (subject) {
    // A place speaks only as a clause's subject: 'The United States called ...', '..., and Tanzania said',
    // also after a dateline: 'WASHINGTON — The United States threatened ...'.
    const before = doc.text.slice(from, subject.start);
    if (subject.kind === 'PLACE' && !/(?:^\s*(?:\p{Lu}[\p{Lu}\s.,]*\s[-—–]\s*)?|(?:,\s*|\s)and\s+)(?:the\s*)?$/iu.test(before)) return undefined;
    // 'Trade unions in Lithuania and Estonia warned': the place ends a complement, not the subject.
    if (subject.kind === 'PLACE' && /\b(?:in|of|from|at|for|with|near)\s+(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*\s+and\s+(?:the\s*)?$/u.test(before)) return undefined;
    // Extend over a title before the name: 'US Secretary of State John Kerry says'.
    const start = doc.roles.find((r) => r.person === subject.key && r.end === subject.end)?.start ?? subject.start;
    return { key: subject.key, start };
  }
  // 'The minister said', 'The city manager also said': the person holding that title.
  const titled = TITLE_ONLY.exec(head);
  // The title phrase must be the subject, not a complement: 'who is not related to the fire department spokesman, said'.
  if (titled && SUBJECT_OPENING.test(head.slice(0, titled.index + titled[0].length - titled[0].trimStart().length)) && vocab().titles.some((t) => t.join(' ') === foldSurface(titled[1]!).split(' ').slice(-t.length).join(' '))) {
    const key = nearestPerson(doc, from, { title: titled[1]!.toLowerCase() });
    if (key) return { key, start: headEnd - titled[0].trimStart().length };
  }
  const pronoun = /(?:^|\s)(he|she)$/i.exec(head);
  if (!pronoun) return undefined;
  const key = nearestPerson(doc, from, { gender: pronounGender(pronoun[1]!) });
  return key ? { key, start: headEnd - pronoun[1]!.length } : undefined;
}

/** The body after 'a spokeswoman for': 'the ministry', 'the German group'. */
const SPEAKS_FOR_DESCRIPTION = new RegExp(`^(?:([\\p{L}-]+)\\s+)?(${ORG_NOUNS})$`, 'iu');

/** Unnamed people speaking for a named body: 'A BC Transit spokesperson', 'EU officials', 'Kazakhstan's government'. */
const MEMBER_NOUN = /\s+(?:spokes(?:man|woman|person|people|men|women)|officials?|representatives?|sources?|negotiators?|executives?)$/u;
const GOVERNMENT_NOUN = /['’]s\s+(?:government|administration|cabinet)$/u;

/**
 * The body an unnamed member speaks for (GUIDELINES §5: "A WisDOT spokesperson … said" →
 * WisDOT): an organisation named right before the member noun. A town or region named there
 * ('An Ulsan spokesperson') stands for the organisation the article names after it ('Ulsan
 * HD'); a country's own officials ('US officials') are left unnamed. A country's government
 * speaks as the country.
 */
function memberOf(doc: AnalysedText, from: number, head: string): Subject | undefined {
  const government = GOVERNMENT_NOUN.exec(head);
  if (government) {
    const owner = endingAt(doc, from, head.slice(0, government.index));
    const kind = owner && doc.mentions.find((m) => m.key === owner.key)?.kind;
    if (owner && kind !== 'PERSON') return owner;
  }
  // 'A spokeswoman for the ministry said', 'a spokesman for Nordvik said': the body after 'for'.
  const speaksFor = /(?:^|[,;:]\s*|\s)(?:[Aa]n?|[Tt]he)\s+(?:spokes(?:man|woman|person)|official|representative)\s+(?:for|of|at|from)\s+(?:the\s+)?([^,]+)$/u.exec(head);
  if (speaksFor) {
    const at = from + speaksFor.index + speaksFor[0].length - speaksFor[0].trimStart().length;
    const named = mentionsIn(doc, { start: from + head.length - speaksFor[1]!.length, end: from + head.length }).find((m) => m.end === from + head.length);
    if (named && named.kind === 'ORGANIZATION') return { key: named.key, start: at };
    const description = SPEAKS_FOR_DESCRIPTION.exec(speaksFor[1]!);
    const key = description && describedOrganisation(doc, from, description[2]!, description[1] === undefined);
    if (key) return { key, start: at };
  }
  const noun = MEMBER_NOUN.exec(head);
  if (!noun) return undefined;
  const named = head.slice(0, noun.index);
  // 'A council spokeswoman said': the organisation named before with that noun in its name.
  const described = /(?:^|[,;:]\s*|\s)(?:[Aa]n?|[Tt]he)\s+(\p{Ll}+)$/u.exec(named);
  if (described && isOrganisationNoun(described[1]!)) {
    const key = describedOrganisation(doc, from, described[1]!, false);
    return key ? { key, start: from + described.index + described[0].length - described[0].trimStart().length } : undefined;
  }
  const mention = mentionsIn(doc, { start: from, end: from + named.length }).find((m) => m.end === from + named.length && !m.possessive);
  if (!mention) return undefined;
  if (mention.kind === 'ORGANIZATION') return { key: mention.key, start: mention.start };
  if (mention.kind !== 'PLACE' || !/spokes/.test(noun[0])) return undefined;
  const prefix = `${mention.surface.toLowerCase()} `;
  const org = doc.mentions.find((m) => m.kind === 'ORGANIZATION' && m.surface.toLowerCase().startsWith(prefix));
  return org ? { key: org.key, start: mention.start } : undefined;
}

/**
 * The speaker of a verb at `verbAt` in a sentence starting at `from`: the entity the words
 * before the verb end with (auxiliaries and appositives skipped: 'Kirby, the State
 * Department spokesman, has said'), or 'he'/'she' resolved to the nearest fitting person,
 * or, for a short subject phrase ('The PSOE's national leadership in Madrid'), the first
 * person or organisation it names.
 */
export function findSubject(doc: AnalysedText, from: number, verbAt: number): Subject | undefined {
  let head = doc.text.slice(from, verbAt).replace(AUXILIARY, '');
  const member = memberOf(doc, from, head.replace(/,\s*$/, ''));
  if (member) return member;
  // 'The National Cyber Security Centre (NCSC), which is part of GCHQ, said': not GCHQ.
  if (RELATIVE_APPOSITIVE.test(head)) {
    const before = endingAt(doc, from, head.replace(RELATIVE_APPOSITIVE, ''));
    if (before) return before;
  }
  const direct = endingAt(doc, from, head.replace(/,\s*$/, ''));
  // 'Samuel Kiprono, chairman of the Kisumu Beach Management Unit, said': the person before the appositive.
  if (direct && doc.mentions.find((m) => m.key === direct.key)?.kind !== 'PERSON' && APPOSITIVE.test(head)) {
    const person = endingAt(doc, from, head.replace(APPOSITIVE, ''));
    if (person && doc.mentions.find((m) => m.key === person.key)?.kind === 'PERSON') return person;
  }
  if (direct) return direct;
  // One or two appositives: 'Tomás Echeverría, head of ... at the WHO, who was not involved, called'.
  for (const appositives of [APPOSITIVE, TWO_APPOSITIVES]) {
    if (!appositives.test(head)) continue;
    const found = endingAt(doc, from, head.replace(appositives, ''));
    if (found) return found;
  }
  head = head.replace(APPOSITIVE, '');
  // 'Bains said the council had promised': a phrase holding a reporting verb is a clause, not a subject.
  if (head.split(/\s+/).length > MAX_SUBJECT_WORDS || /,/.test(head) || head.split(/\s+/).some((w) => SAY_VERBS.has(w.toLowerCase()))) return undefined;
  const first = mentionsIn(doc, { start: from, end: from + head.length }).find((m) => m.kind !== 'PLACE');
  return first ? { key: first.key, start: from } : undefined;
}

/** 'the company said', 'the university said'; with a modifier ('the Spanish club') only a name holding the noun fits. */
const ORG_DESCRIPTION = new RegExp(`(?:^|\\s)(?:the|its)\\s+([\\p{L}-]+\\s+)?(${ORG_NOUNS})$`, 'iu');

/** 'it said' after a named organisation or country. */
const IT = /(?:^|\s)it$/i;

function nearestNonPerson(doc: AnalysedText, at: number, kinds: readonly string[]): ResolvedMention | undefined {
  for (let i = doc.mentions.length - 1; i >= 0; i--) {
    const m = doc.mentions[i]!;
    if (m.end > at || !kinds.includes(m.kind)) continue;
    if (doc.quoted.some((q) => q.start <= m.start && m.end <= q.end)) continue;
    return m;
  }
  return undefined;
}

/** Two speakers named by a plural description: 'the two companies said', 'both parties promised'. */
const JOINT = /(?:^|\s)(?:the\s+two|both)\s+(companies|firms|groups|parties|sides|countries|governments|organi[sz]ations|clubs|teams|banks|unions|ministries|agencies)$/iu;

/**
 * The two bodies a plural description stands for (GUIDELINES §5: one statement per named
 * speaker): the two of its kind the sentence names before the verb ('Coral Reef Ltd has agreed
 * to buy ... Pacifica S.A. ..., the two companies said'), else the two the article names whose
 * names hold the noun ('both parties' → 'Labour Party', 'National Party'), else nobody.
 */
function jointSpeakers(doc: AnalysedText, from: number, verbAt: number): Subject[] {
  const head = doc.text.slice(from, verbAt).replace(AUXILIARY, '');
  const joint = JOINT.exec(head);
  // 'officials from both sides said' has an unnamed subject.
  if (!joint || !SUBJECT_OPENING.test(head.slice(0, joint.index + joint[0].length - joint[0].trimStart().length))) return [];
  const noun = joint[1]!.toLowerCase();
  const kind = /^(?:countries|governments)$/.test(noun) ? 'PLACE' : 'ORGANIZATION';
  const start = from + joint.index + joint[0].length - joint[0].trimStart().length;
  const distinct = (ms: readonly ResolvedMention[]) => [...new Set(ms.map((m) => m.key))];
  const sentence = doc.sentences.find((x) => x.start <= from && from < x.end) ?? { start: from };
  let keys = distinct(mentionsIn(doc, { start: sentence.start, end: start }).filter((m) => m.kind === kind && !doc.quoted.some((q) => q.start <= m.start && m.end <= q.end)));
  if (keys.length < 2) {
    const word = noun.replace(/ies$/, 'y').replace(/s$/, '');
    keys = distinct(doc.mentions.filter((m) => m.kind === kind && m.start < start && m.surface.toLowerCase().split(/\s+/).includes(word)));
  }
  return keys.length >= 2 ? keys.slice(0, 2).map((key) => ({ key, start })) : [];
}

/**
 * Every speaker of a reporting verb: one subject, or each of a coordinated pair at the start of
 * the sentence ('The United States and European Union accuse ...'), or the organisation a
 * definite description points back to ('The company said ...', 'the ministry said').
 */
export function findSubjects(doc: AnalysedText, from: number, verbAt: number): Subject[] {
  const head = doc.text.slice(from, verbAt).trim();
  const joint = jointSpeakers(doc, from, verbAt);
  if (joint.length > 0) return joint;
  const pair = /^(?:the\s+)?(.+?)\s+and\s+(?:the\s+)?(.+)$/i.exec(head);
  if (pair) {
    const named = mentionsIn(doc, { start: from, end: verbAt });
    const words = head.split(/\s+/).length;
    if (named.length === 2 && words <= 8 && doc.text.slice(named[0]!.end, named[1]!.start).trim() === 'and' && /^(?:the)?$/i.test(doc.text.slice(from, named[0]!.start).trim()) && doc.text.slice(named[1]!.end, verbAt).trim() === '') {
      return named.map((m) => ({ key: m.key, start: from }));
    }
    // 'Russia and the Syrian government say ...': an unnamed co-speaker is dropped.
    if (named.length === 1 && /^(?:the\s+)?$/i.test(doc.text.slice(from, named[0]!.start).trim()) && /^\s+and\s+(?:the\s+)?(?:\p{Ll}+\s+){0,2}\p{Ll}+\s*$/u.test(doc.text.slice(named[0]!.end, verbAt).replace(/\p{Lu}\p{Ll}+\s/gu, (w) => w.toLowerCase()))) {
      return [{ key: named[0]!.key, start: from }];
    }
  }
  const one = findSubject(doc, from, verbAt);
  if (one) return [one];
  // 'Forty percent of these strikes, it said, were ...': an inserted attribution is read on its own.
  const own = head.slice(head.lastIndexOf(',') + 1).trim();
  // 'the council had promised': auxiliaries stand between the description and its verb.
  const described = ORG_DESCRIPTION.exec(head.replace(AUXILIARY, ''));
  if (described || (IT.test(own) && own.split(/\s+/).length === 1)) {
    const raw = doc.text.slice(from, verbAt);
    const at = described ? raw.lastIndexOf(described[0].trim()) : raw.lastIndexOf(own);
    // The organisation may be named earlier in the same sentence: 'Students from X University will ..., the university said.'
    const key = described ? describedOrganisation(doc, from + at, described[2]!, described[1] === undefined) : nearestNonPerson(doc, from, ['ORGANIZATION', 'PLACE'])?.key;
    if (key) return [{ key, start: from + at }];
  }
  return [];
}

/** A description opening a sentence as its subject: 'The court ordered ...'. */
const DESCRIBED_OPENING = new RegExp(`^\\s*[Tt]he\\s+(?:[\\p{Ll}-]+\\s+)?(${ORG_NOUNS})\\s+(?:(?:on\\s+)?\\p{Lu}\\p{Ll}+day\\s+|also\\s+|later\\s+)?\\p{Ll}+`, 'u');

/** Most words before the subject of a sentence (a dateline, 'On Tuesday,'). */
const MAX_WORDS_BEFORE_SUBJECT = 6;

/**
 * The subject of a sentence's first clause, for a verb coordinated with a non-reporting one:
 * 'US Secretary of State John Kerry called his counterpart and warned him that ...'.
 */
export function sentenceSubject(doc: AnalysedText, sentence: Span, verbAt: number): Subject[] {
  let s = sentence;
  // 'She thanked voters ... and said ...': a pronoun opening the sentence continues the person named last.
  const pronoun = /^\s*(He|She)\s+\p{Ll}/u.exec(doc.text.slice(s.start, verbAt));
  if (pronoun) {
    const key = nearestPerson(doc, s.start, { gender: pronounGender(pronoun[1]!) });
    return key ? [{ key, start: verbAt }] : [];
  }
  // 'WASHINGTON - US Secretary of State John Kerry called ...': the dateline is no subject.
  // Also in normal case with a date and an agency: 'Mumbai, Sep 14 (PTI) The court ...'.
  const dateline = /^\s*(?:\p{Lu}[\p{Lu}\s.,]*(?:\([^)]*\)\s*)?[-—–]\s|\p{Lu}[\p{L}\s.]*,\s*(?:\p{Lu}[\p{L}\s.]*,\s*)?\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}\s*\([^)]*\)\s*(?:[-—–]\s*)?)/u.exec(doc.text.slice(s.start, verbAt));
  if (dateline) s = { start: s.start + dateline[0].length, end: s.end };
  // 'The court ordered ..., calling ...': a description opening the sentence stands for the body named before.
  const described = DESCRIBED_OPENING.exec(doc.text.slice(s.start, verbAt));
  if (described) {
    const key = describedOrganisation(doc, s.start, described[1]!, false);
    return key ? [{ key, start: verbAt }] : [];
  }
  const first = mentionsIn(doc, { start: s.start, end: verbAt }).find((m) => m.kind !== 'PLACE' || /^\s*(?:the\s*)?$/i.test(doc.text.slice(s.start, m.start)) || doc.roles.some((r) => r.start <= m.start && m.start < r.end));
  if (!first || doc.text.slice(s.start, first.start).split(/\s+/).length > MAX_WORDS_BEFORE_SUBJECT) return [];
  // 'EU foreign affairs chief Federica Mogherini called ...', 'Minas Gerais Governor Antônio Carlos da
  // Rocha ... declared': the titled person, not the qualifier.
  const role = doc.roles.find((r) => r.start <= first.start && first.start < r.end);
  const subject = role ? doc.mentions.find((m) => m.key === role.person && m.start >= first.start) : first;
  if (!subject || (subject.kind === 'PLACE' && !role && !/^\s*(?:the\s*)?$/i.test(doc.text.slice(s.start, subject.start)))) return [];
  // The subject is followed by its own verb ('Kerry called ...', not 'Kerry's warning came ...'),
  // or by an appositive ('Rocha, who flew over the area, declared'), or is a body's organ
  // ('The PSOE's national leadership in Madrid described ...').
  const between = doc.text.slice(subject.end, verbAt);
  if (!/^(?:\s*\([^)]*\))?(?:,[^,]{1,160},)?\s+\p{Ll}+/u.test(between) && !/^['’]s(?:\s+\p{Ll}+){1,3}(?:\s+(?:in|of)\s+\p{Lu}\p{L}+)?\s+\p{Ll}+/u.test(between)) return [];
  return [{ key: subject.key, start: verbAt }];
}
