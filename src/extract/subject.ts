import type { Span } from './types';
import type { AnalysedText } from './document';
import { mentionsIn } from './document';
import { describedMedia, describedOrganisation, isMediaDescription, isOrganisationNoun, isSingleTitle, MEDIA_NOUNS, nearestPerson, ORG_NOUNS, personOfAge, pronounGender } from './attribution';
import type { ResolvedMention } from './document';
import { foldSurface } from './fold';
import { lookupDemonym, lookupGazetteer } from './gazetteer';
import { vocab } from './vocabulary';
import { SAY_VERBS } from './speech';

/** Words between a subject and its verb that do not break the link: 'Kerry had said', 'Lavrov also said'. */
const AUXILIARY = /(?:\s+(?:has|had|have|also|later|then|again|previously|repeatedly|reportedly|today|yesterday|on\s+\p{Lu}\p{Ll}+day|\p{Lu}\p{Ll}+day|wish(?:es)?\s+to|would\s+like\s+to))*\s*$/u;
/** An appositive between subject and verb: 'Dmitry Peskov, Russian President Vladimir Putin's spokesperson, said'. */
const APPOSITIVE = /,[^,]{1,160},\s*$/;
const TWO_APPOSITIVES = /,[^,]{1,160},[^,]{1,160},\s*$/;
/** A description in an appositive, naming another body: ', a local unit of Canadian-listed X,', ', the parent company of X,'. */
const DESCRIBED_BODY_APPOSITIVE = /,\s+(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,3}(?:of|for|to|owned\s+by|controlled\s+by|backed\s+by)\s[^,]{1,120},\s*$/u;
/** A participle phrase naming who leads a body: 'The Observer Group, led by former judge X, said' (the body speaks). */
const LED_BY_APPOSITIVE = /,\s+(?:led|headed|chaired|founded|run|owned|represented|accompanied|flanked)\s+by\s[^,]{1,160},(?:\s+(?:a|an|the)\s[^,]{1,120},)?\s*$/u;
/** A subject that is a title only: 'The minister', 'the city manager'. */
const TITLE_ONLY = /(?:^|\s)the\s+((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)$/iu;
/** What may stand before a subject phrase: nothing, a comma or dash, or a conjunction ('..., and the minister said'). */
const SUBJECT_OPENING = /(?:^|[,;:—–-]\s*|\b(?:and|but|while|as)\s+)$/iu;
/** An appositive that is a relative clause about the subject: 'The NCSC, which is part of GCHQ, said'. */
const RELATIVE_APPOSITIVE = /,\s+(?:which|who|whose)\s.{1,200}?,\s*$/su;
/** A relative pronoun as the subject, after its antecedent: ', which warned', ', whose secretariat said'. */
const RELATIVE_SUBJECT = /(?:\s*\([^()]*\))?,\s*(?:which|who|whose\s+(?:secretariat|spokes(?:man|woman|person)|office|leadership|board|ministry|chairman|chairwoman|chair|president|director))\s*$/iu;
/** 'who' with no comma before it, right before the verb: '... official who said', '... Kolenc who told'. */
const RESTRICTIVE_WHO = /(?<![,\s])\s+who$/u;
/** 'Kirby's statement said', 'the ministry's report said'. */
const OWN_STATEMENT = /['’]s\s+(?:(?:written|joint|official|emailed)\s+)?(?:statement|report|letter|filing|announcement|website)\s*$/u;
/** 'the statement said' as an inserted attribution: the statement named before. */
const THE_STATEMENT = /(?:^|[,;]\s*)the\s+statement\s*$/i;
/** Where an earlier sentence names a statement's maker: 'the State Department said in a statement'. */
const IN_A_STATEMENT = /\b(?:said|says|announced|added)\s+in\s+a\s+(?:[\p{Ll}-]+\s+)?statement\b/gu;

/**
 * The maker of the statement 'the statement said' points back to: the subject of the last
 * 'X said in a statement' before `at` ('..., the State Department said in a statement.' then
 * 'Kerry also “expressed grave concern,” to Lavrov, the statement said, about ...').
 */
function statementMaker(doc: AnalysedText, at: number): Subject | undefined {
  let verb: number | undefined;
  for (const m of doc.text.slice(0, at).matchAll(IN_A_STATEMENT)) verb = m.index!;
  if (verb === undefined) return undefined;
  const sentence = doc.sentences.find((x) => x.start <= verb! && verb! < x.end);
  if (!sentence) return undefined;
  const from = Math.max(sentence.start, ...doc.quoted.filter((q) => q.end <= verb! && q.end > sentence.start).map((q) => q.end));
  const maker = findSubject(doc, from, verb);
  return maker && doc.mentions.find((m) => m.key === maker.key)?.kind !== 'PLACE' ? maker : undefined;
}

/** Documents whose maker an earlier sentence names as the one speaking in them: 'said in a filing', 'In a release, X said'. */
export const MADE_DOCUMENTS = 'filing|release|press\\s+release|announcement|submission|prospectus';
const DOCUMENT_AFTER_VERB = new RegExp(`\\b(?:said|says|announced|added|stated|disclosed|reported)\\s+in\\s+(?:a|an|its)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${MADE_DOCUMENTS})\\b`, 'gu');
const DOCUMENT_OPENING = new RegExp(`(?:^|\\n|[.!?]\\s+)(?:In|Via|Through)\\s+(?:a|an|its)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${MADE_DOCUMENTS})\\b[^.;\\n]*?,\\s+`, 'gu');

/**
 * The maker of the document 'according to the filing' points back to (GUIDELINES §5, 'the statement said'): the
 * subject of the last 'X said in a filing' or 'In a filing with ..., X said' before `at`.
 */
export function documentMaker(doc: AnalysedText, at: number): Subject | undefined {
  const before = doc.text.slice(0, at);
  let verb: number | undefined;
  for (const m of before.matchAll(DOCUMENT_AFTER_VERB)) verb = m.index!;
  for (const m of before.matchAll(DOCUMENT_OPENING)) {
    const from = m.index! + m[0].length;
    const next = /\p{L}+/gu;
    const rest = before.slice(from, Math.min(before.length, from + 120));
    for (let w = next.exec(rest); w !== null; w = next.exec(rest)) {
      if (!SAY_VERBS.has(w[0].toLowerCase()) && !/^(?:announced|added|stated|disclosed|reported)$/.test(w[0])) continue;
      if (verb === undefined || from + w.index > verb) verb = from + w.index;
      break;
    }
  }
  if (verb === undefined) return undefined;
  const sentence = doc.sentences.find((x) => x.start <= verb! && verb! < x.end);
  if (!sentence) return undefined;
  const maker = findSubject(doc, sentence.start, verb);
  return maker && doc.mentions.find((m) => m.key === maker.key)?.kind === 'ORGANIZATION' ? maker : undefined;
}

/** A description, then a name in its appositive: 'A UN spokesperson, Maria Fernanda Ochoa,' (group 1: the name). */
const NAME_APPOSITIVE = /^\s*(?:[Aa]n?|[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s[^,]{1,80},\s*(\p{Lu}[^,]{1,60}?),\s*$/u;

/** A subject that is an age alone: 'The 46-year-old', 'the 31-year-old'. */
const AGE_ONLY = /(?:^|\s)the\s+(\d{1,3})-year-old$/iu;

/** Longest subject phrase (in words) for the fallback that takes its first named entity. */
const MAX_SUBJECT_WORDS = 8;

/** Where a speaker's subject phrase is: the entity key and where the phrase starts. */
export interface Subject {
  key: string;
  start: number;
}

/** True for a non-empty list of mentions that are all places. */
function placesOnly(list: readonly ResolvedMention[]): boolean {
  return list.length > 0 && list.every((m) => m.kind === 'PLACE');
}

function endingAt(doc: AnalysedText, from: number, rawHead: string): Subject | undefined {
  // 'Athletics Kenya (AK) has said': a bracketed acronym after the name.
  // '**Melanie Ohlsen**, who attended ...': Markdown emphasis closing the name.
  const head = rawHead.replace(/[*_]+$/, '').replace(/\s*\([^()]*\)$/, '');
  const headEnd = from + head.length;
  const named = mentionsIn(doc, { start: from, end: headEnd });
  let subject = [...named].reverse().find((x) => x.end === headEnd);
  // 'Judge Luiza Bittencourt of the 2nd Criminal Court ... ruled': the person, not the court.
  if (subject && subject.kind !== 'PERSON') {
    // 'Gaming analyst X of Hong Kong brokerage Y said': a place may qualify the employer's description.
    const owner = [...named].reverse().find(
      (x) =>
        x.end <= subject!.start &&
        x.kind === 'PERSON' &&
        (/^\s+(?:of|at)\s+(?:the\s+)?(?:\p{Ll}+\s+)?$/u.test(doc.text.slice(x.end, subject!.start)) ||
          (/^\s+(?:of|at)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Ll}+\s+$/u.test(doc.text.slice(x.end, subject!.start)) && placesOnly(named.filter((p) => p.start > x.end && p.end < subject!.start)))),
    );
    if (owner) subject = owner;
  }
  // 'The National Disaster Management Office (NDMO) in Port Vila said': the body, not its seat.
  if (subject?.kind === 'PLACE') {
    const seat = [...named].reverse().find((x) => x.end <= subject!.start && x.kind === 'ORGANIZATION' && /^(?:\s*\([^()]*\))?\s+(?:in|of)\s+(?:the\s+)?$/.test(doc.text.slice(x.end, subject!.start)));
    if (seat) subject = seat;
  }
  // 'Trade union leader X of the farm workers' union Y warned', 'Captain X of the Z unit of the W Command said', 'Dr X of
  // the University of Y in Z said': a subject phrase that opens with a person (after title words only) and goes on with
  // 'of'/'at' is that person's; where they work only qualifies them.
  if (subject && subject.kind !== 'PERSON') {
    const opener = named.find((x) => x.kind === 'PERSON' && x.start < subject!.start);
    if (opener && OPENING_TITLE_WORDS.test(doc.text.slice(from, opener.start)) && /^\s+(?:of|at)\s/.test(doc.text.slice(opener.end, subject.start))) {
      const between = doc.text.slice(opener.end, subject.start);
      if (!/[,;:"“”()]|\s(?:and|or|who|which|that)\s/.test(between) && !named.some((x) => x.kind === 'PERSON' && x.start >= opener.end && x.start < subject!.start)) subject = opener;
    }
  }
  if (subject) {
    // A place speaks only as a clause's subject: 'The United States called ...', '..., and Tanzania said',
    // also after a dateline: 'WASHINGTON — The United States threatened ...'.
    const before = doc.text.slice(from, subject.start);
    // '12. [NEW] France said ...': a numbered item's number and an editor's marker stand before the subject.
    if (subject.kind === 'PLACE' && !/(?:^\s*(?:\d{1,3}[.)]\s+)?(?:\[\p{Lu}[\p{Lu} ]{1,15}\]\s*)?(?:\p{Lu}[\p{Lu}\s.,]*\s[-—–]\s*)?|(?:,\s*|\s)and\s+)(?:the\s*)?$/iu.test(before)) return undefined;
    // 'Trade unions in Lithuania and Estonia warned': the place ends a complement, not the subject.
    if (subject.kind === 'PLACE' && /\b(?:in|of|from|at|for|with|near)\s+(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*\s+and\s+(?:the\s*)?$/u.test(before)) return undefined;
    // Extend over a title before the name: 'US Secretary of State John Kerry says'.
    const start = doc.roles.find((r) => r.person === subject.key && r.end === subject.end)?.start ?? subject.start;
    return { key: subject.key, start };
  }
  // 'The minister said', 'The city manager also said': the person holding that title.
  const titled = TITLE_ONLY.exec(head);
  // The title phrase must be the subject, not a complement: 'who is not related to the fire department spokesman, said'.
  if (titled && SUBJECT_OPENING.test(head.slice(0, titled.index + titled[0].length - titled[0].trimStart().length)) && endsWithTitle(foldSurface(titled[1]!).split(' '))) {
    const key = nearestPerson(doc, from, { title: titled[1]!.toLowerCase() });
    if (key) return { key, start: headEnd - titled[0].trimStart().length };
  }
  // 'The 46-year-old said': the person the article gave that age, else the person last named.
  const aged = AGE_ONLY.exec(head);
  if (aged && SUBJECT_OPENING.test(head.slice(0, aged.index + aged[0].length - aged[0].trimStart().length))) {
    const key = personOfAge(doc, from, aged[1]!);
    if (key) return { key, start: headEnd - aged[0].trimStart().length };
  }
  const pronoun = /(?:^|\s)(he|she)$/i.exec(head);
  if (!pronoun) return undefined;
  const key = nearestPerson(doc, from, { gender: pronounGender(pronoun[1]!) });
  return key ? { key, start: headEnd - pronoun[1]!.length } : undefined;
}

/** The curated title phrases, joined, grouped by their number of words: built once. */
let titlesByLength: ReadonlyMap<number, ReadonlySet<string>> | undefined;

/** True when the folded words end with a curated title phrase ('city manager', 'minister'). */
function endsWithTitle(words: readonly string[]): boolean {
  if (!titlesByLength) {
    const map = new Map<number, Set<string>>();
    for (const t of vocab().titles) {
      let set = map.get(t.length);
      if (!set) map.set(t.length, (set = new Set()));
      set.add(t.join(' '));
    }
    titlesByLength = map;
  }
  for (const [length, joined] of titlesByLength) if (joined.has(words.slice(-length).join(' '))) return true;
  return false;
}

/** The body after 'a spokeswoman for': 'the ministry', 'the German group'. */
const SPEAKS_FOR_DESCRIPTION = new RegExp(`^(?:([\\p{L}-]+)\\s+)?(${ORG_NOUNS})$`, 'iu');

/** An officer named by the body's possessive alone, opening the sentence: 'Its president', 'Its chief executive'. */
const ITS_OFFICER = /^\s*Its\s+(?:[\p{Ll}-]+\s+){0,2}?([\p{Ll}-]+)$/u;

/** The one organisation the sentence before `at` (same paragraph, outside quotes) names, if it names exactly one. */
function bodyOfSentenceBefore(doc: AnalysedText, at: number): string | undefined {
  const k = doc.sentences.findIndex((x) => x.start <= at && at < x.end);
  const previous = k > 0 ? doc.sentences[k - 1] : undefined;
  if (!previous || previous.paragraph !== doc.sentences[k]!.paragraph) return undefined;
  const keys = new Set(mentionsIn(doc, previous).filter((m) => m.kind === 'ORGANIZATION' && !doc.quoted.some((q) => q.start <= m.start && m.end <= q.end)).map((m) => m.key));
  return keys.size === 1 ? [...keys][0] : undefined;
}

/** Unnamed people speaking for a named body: 'A BC Transit spokesperson', 'EU officials', 'Kazakhstan's government'. */
const MEMBER_NOUN = /\s+(?:spokes(?:man|woman|person|people|men|women)|officials?|representatives?|sources?|negotiators?|executives?)$/u;
/** "Russia's foreign ministry", 'the Turkmen foreign ministry' (groups: the country's name, the demonym, the portfolio). */
const COUNTRY_MINISTRY = /(?:^|[,;:]\s*|\s)(?:(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})['’]s|[Tt]he\s+(\p{Lu}[\p{L}-]*))\s+(\p{Ll}+)\s+ministry$/u;
const GOVERNMENT_NOUN = /['’]s\s+(?:government|administration|cabinet|delegation|negotiators|representative|delegate)$/u;

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
    // '..., Portugal's government said': the owner after the comma opening an inverted attribution.
    const cut = head.lastIndexOf(',', government.index) + 1;
    const owner = endingAt(doc, from + cut, head.slice(cut, government.index));
    const kind = owner && doc.mentions.find((m) => m.key === owner.key)?.kind;
    if (owner && kind !== 'PERSON') return owner;
  }
  // "Russia's foreign ministry said", 'the Turkmen foreign ministry said': a government department in lower case, owned
  // by a country or named by its demonym, speaks as the country (a ministry the article names with those words first).
  const ministry = COUNTRY_MINISTRY.exec(head);
  if (ministry) {
    const at = from + head.length - ministry[0].replace(/^[,;:\s]+/, '').length;
    const named = organisationWithWords(doc, from, [ministry[3]!.toLowerCase(), 'ministry']);
    if (named) return { key: named, start: at };
    const country = ministry[1] ? lookupGazetteer(ministry[1])?.id : lookupDemonym(ministry[2]!);
    const mention = country?.startsWith('country:') ? doc.mentions.find((m) => m.kind === 'PLACE' && m.start < from + head.length && lookupGazetteer(m.surface)?.id === country) : undefined;
    if (mention) return { key: mention.key, start: at };
  }
  // 'A spokeswoman for the ministry said', 'a spokesman for Nordvik said': the body after 'for'.
  const speaksFor = /(?:^|[,;:]\s*|\s)(?:[Aa]n?|[Tt]he)\s+(?:spokes(?:man|woman|person)|official|representative|delegate)\s+(?:for|of|at|from)\s+(?:the\s+)?([^,]+)$/u.exec(head);
  if (speaksFor) {
    const at = from + speaksFor.index + speaksFor[0].length - speaksFor[0].trimStart().length;
    const named = mentionsIn(doc, { start: from + head.length - speaksFor[1]!.length, end: from + head.length }).find((m) => m.end === from + head.length);
    if (named && named.kind === 'ORGANIZATION') return { key: named.key, start: at };
    // 'the representative of France said' (UN meetings style): a country's delegate speaks as the country.
    if (named && named.kind === 'PLACE' && /\b(?:representative|delegate)\s/.test(speaksFor[0]) && isCountry(named)) return { key: named.key, start: at };
    const description = SPEAKS_FOR_DESCRIPTION.exec(speaksFor[1]!);
    // 'a spokesperson for the German group': a nationality word does not narrow by name.
    const key = description && describedOrganisation(doc, from, description[2]!, description[1] === undefined || lookupDemonym(description[1]) !== undefined);
    if (key) return { key, start: at };
  }
  // 'Landsvirkjun said ... . A spokesperson said ...': a bare spokesperson speaks for the body the sentence before opens with.
  const bare = /^\s*(?:[Aa]n?|[Tt]he)\s+spokes(?:man|woman|person)$/u.exec(head);
  if (bare) {
    const body = previousOpeningBody(doc, from, ['ORGANIZATION']);
    return body ? { key: body.key, start: from + bare[0].length - bare[0].trimStart().length } : undefined;
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
  // 'A police spokeswoman said', 'A fire service spokesman said': the organisation named before whose name holds every
  // word of the description ('Bermuda Police Service', 'Bermuda Fire and Rescue Service'); else nobody.
  const modified = /(?:^|[,;:]\s*|\s)(?:[Aa]n?|[Tt]he)\s+((?:\p{Ll}+\s+){0,2}\p{Ll}+)$/u.exec(named);
  if (modified && /spokes/.test(noun[0])) {
    const key = organisationWithWords(doc, from, modified[1]!.split(/\s+/));
    if (key) return { key, start: from + named.length - modified[0].replace(/^[,;:\s]+/, '').length };
  }
  const mention = mentionsIn(doc, { start: from, end: from + named.length }).find((m) => m.end === from + named.length && !m.possessive);
  if (!mention) return undefined;
  if (mention.kind === 'ORGANIZATION') return { key: mention.key, start: mention.start };
  if (mention.kind !== 'PLACE' || !/spokes/.test(noun[0])) return undefined;
  const prefix = `${mention.surface.toLowerCase()} `;
  const org = doc.mentions.find((m) => m.kind === 'ORGANIZATION' && m.surface.toLowerCase().startsWith(prefix));
  return org ? { key: org.key, start: mention.start } : undefined;
}

/** The organisation named last before `at` (outside quotes) whose name holds every one of the lower-case words. */
function organisationWithWords(doc: AnalysedText, at: number, words: readonly string[]): string | undefined {
  for (let i = doc.mentions.length - 1; i >= 0; i--) {
    const m = doc.mentions[i]!;
    if (m.end > at || m.kind !== 'ORGANIZATION') continue;
    if (doc.quoted.some((q) => q.start <= m.start && m.end <= q.end)) continue;
    const name = m.surface.toLowerCase().split(/\s+/);
    if (words.every((w) => name.includes(w))) return m.key;
  }
  return undefined;
}

/**
 * The speaker of a verb at `verbAt` in a sentence starting at `from`: the entity the words
 * before the verb end with (auxiliaries and appositives skipped: 'Kirby, the State
 * Department spokesman, has said'), or 'he'/'she' resolved to the nearest fitting person,
 * or, for a short subject phrase ('The PSOE's national leadership in Madrid'), the first
 * person or organisation it names.
 */
export function findSubject(doc: AnalysedText, from: number, verbAt: number): Subject | undefined {
  // '**Nurzhan Shailoobekova** told': Markdown emphasis around the name.
  let head = doc.text.slice(from, verbAt).replace(AUXILIARY, '').replace(/[*_]+(\s*)$/, '$1').replace(AUXILIARY, '');
  // 'The Commonwealth Observer Group, led by former Attorney General X, said': the body, not its leader.
  const led = LED_BY_APPOSITIVE.exec(head);
  if (led) {
    const body = endingAt(doc, from, head.slice(0, led.index));
    if (body) return body;
    // 'The Pacific Islands Forum observer mission, led by X, a former minister, said': the organisation a lower-case body noun follows.
    const owned = /(?:\s+\p{Ll}[\p{Ll}-]*){1,2}$/u.exec(head.slice(0, led.index));
    const owner = owned ? endingAt(doc, from, head.slice(0, owned.index)) : undefined;
    if (owner && doc.mentions.find((m) => m.key === owner.key)?.kind === 'ORGANIZATION') return owner;
  }
  // 'Lindiwe Mokoena, a spokeswoman for the WHO, said', 'X, an attorney with Y, which represented Z, said': the person before the appositives.
  for (const appositives of [APPOSITIVE, TWO_APPOSITIVES]) {
    if (!appositives.test(head)) continue;
    const person = endingAt(doc, from, head.replace(appositives, ''));
    if (person && doc.mentions.find((m) => m.key === person.key)?.kind === 'PERSON') return person;
  }
  // 'the Water Development Board, which warned', 'the EAC, whose secretariat said': the antecedent speaks.
  const relative = RELATIVE_SUBJECT.exec(head);
  if (relative) {
    const antecedent = mentionsIn(doc, { start: from, end: from + relative.index }).find((m) => m.end === from + relative.index && !m.possessive);
    // 'the Ministry of Culture in Lisbon, which said': the body, not its seat.
    const seat = antecedent?.kind === 'PLACE' ? mentionsIn(doc, { start: from, end: antecedent.start }).reverse().find((x) => x.kind === 'ORGANIZATION' && /^(?:\s*\([^()]*\))?\s+in\s+(?:the\s+)?$/.test(doc.text.slice(x.end, antecedent.start))) : undefined;
    if (seat) return { key: seat.key, start: seat.start };
    if (antecedent && (antecedent.kind !== 'PLACE' || /which/i.test(relative[0]))) return { key: antecedent.key, start: antecedent.start };
  }
  // 'an unnamed Civic Alliance official who said ...', 'a farmer named X who said ...': a restrictive relative's antecedent speaks.
  const restrictive = RESTRICTIVE_WHO.exec(head);
  if (restrictive) {
    const antecedent = head.slice(0, restrictive.index);
    const member = memberOf(doc, from, antecedent);
    if (member) return member;
    const named = mentionsIn(doc, { start: from, end: from + antecedent.length }).find((m) => m.end === from + antecedent.length && !m.possessive && m.kind !== 'PLACE');
    if (named) return { key: named.key, start: named.start };
  }
  // 'Ní Dhonnchadha's statement said': the owner of the statement.
  const statement = OWN_STATEMENT.exec(head);
  if (statement) {
    const owner = mentionsIn(doc, { start: from, end: from + statement.index + 2 }).find((m) => m.end >= from + statement.index && m.end <= from + statement.index + 2 && m.kind !== 'PLACE');
    if (owner) return { key: owner.key, start: owner.start };
  }
  // 'A UN spokesperson, Maria Fernanda Ochoa, said': the person a description names in an appositive speaks, not the body.
  const appositiveName = NAME_APPOSITIVE.exec(head);
  if (appositiveName) {
    const end = from + head.length - appositiveName[0].length + appositiveName[0].replace(/,\s*$/, '').length;
    const person = mentionsIn(doc, { start: end - appositiveName[1]!.length, end }).find((m) => m.kind === 'PERSON' && m.end === end && m.start === end - appositiveName[1]!.length);
    if (person) return { key: person.key, start: from };
  }
  // 'Dr X, a marine biologist at the University of Y in Z, Chile, who was not involved, said': a person opening a chain of appositives.
  const chained = appositiveChainPerson(doc, from, head);
  if (chained) return chained;
  const member = memberOf(doc, from, head.replace(/,\s*$/, '')) ?? (APPOSITIVE.test(head) ? memberOf(doc, from, head.replace(APPOSITIVE, '')) : undefined);
  if (member) return member;
  // 'Yet the Committee for Economic Development ... has not published it. Its president told your paper that ...': an unnamed
  // officer of the body the sentence before names speaks for it (GUIDELINES §5, an unnamed member → the organisation).
  // Not 'Its director, Dr X, said': the officer named in an appositive speaks.
  const officer = ITS_OFFICER.exec(head);
  if (officer && isSingleTitle(officer[1]!)) {
    const body = bodyOfSentenceBefore(doc, from);
    if (body) return { key: body, start: from + head.length - officer[0].trimStart().length };
  }
  // 'The National Cyber Security Centre (NCSC), which is part of GCHQ, said': not GCHQ.
  if (RELATIVE_APPOSITIVE.test(head)) {
    const antecedent = head.replace(RELATIVE_APPOSITIVE, '');
    const before = endingAt(doc, from, antecedent);
    if (before) return before;
    // 'The group, which owns the Hotel Bellevue, said': the body the description stands for, not a name in the clause.
    const described = /^\s*(?:[Tt]he|[Ii]ts)\s+(\p{Ll}+)\s*$/u.exec(antecedent);
    if (described && isOrganisationNoun(described[1]!)) {
      const key = describedOrganisation(doc, from, described[1]!);
      if (key) return { key, start: from + described[0].length - described[0].trimStart().length };
    }
  }
  const direct = endingAt(doc, from, head.replace(/,\s*$/, ''));
  // 'Samuel Kiprono, chairman of the Kisumu Beach Management Unit, said': the person before the appositive.
  if (direct && doc.mentions.find((m) => m.key === direct.key)?.kind !== 'PERSON' && APPOSITIVE.test(head)) {
    const person = endingAt(doc, from, head.replace(APPOSITIVE, ''));
    if (person && doc.mentions.find((m) => m.key === person.key)?.kind === 'PERSON') return person;
  }
  // 'Minera Sur, a local unit of Toronto-listed Andes Metals, said': a body described by an appositive speaks, not the
  // body the description names.
  if (direct && DESCRIBED_BODY_APPOSITIVE.test(head)) {
    const body = endingAt(doc, from, head.replace(DESCRIBED_BODY_APPOSITIVE, ''));
    if (body && body.key !== direct.key && doc.mentions.find((m) => m.key === body.key)?.kind === 'ORGANIZATION') return body;
  }
  if (direct) return direct;
  // '..., co-author X of the Max Planck institute said': a person, then where they work, the place's name ending in a
  // common noun that no mention ends with.
  const employer = PERSON_OF_PLACE.exec(head.replace(/,\s*$/, ''));
  if (employer) {
    const person = mentionsIn(doc, { start: from, end: from + employer.index }).filter((m) => m.kind === 'PERSON' && m.end === from + employer.index).pop();
    if (person) {
      const found = endingAt(doc, from, head.slice(0, employer.index));
      if (found?.key === person.key) return found;
    }
  }
  // One or two appositives: 'Tomás Echeverría, head of ... at the WHO, who was not involved, called'.
  for (const appositives of [APPOSITIVE, TWO_APPOSITIVES]) {
    if (!appositives.test(head)) continue;
    const found = endingAt(doc, from, head.replace(appositives, ''));
    if (found) return found;
  }
  // 'In its ruling, the three-member CAS panel found': a body's panel, named by the body, speaks for it.
  const part = NAMED_PART.exec(head);
  if (part) {
    const start = from + part.index + part[0].length - part[2]!.length - part[3]!.length;
    const body = mentionsIn(doc, { start, end: start + part[2]!.length }).find((m) => m.start === start && m.end === start + part[2]!.length && m.kind === 'ORGANIZATION');
    if (body) return { key: body.key, start: start - part[1]!.length };
  }
  head = head.replace(APPOSITIVE, '');
  // 'Bains said the council had promised': a phrase holding a reporting verb is a clause, not a subject.
  if (head.split(/\s+/).length > MAX_SUBJECT_WORDS || /,/.test(head) || head.split(/\s+/).some((w) => SAY_VERBS.has(w.toLowerCase()))) return undefined;
  const first = mentionsIn(doc, { start: from, end: from + head.length }).find((m) => m.kind !== 'PLACE');
  return first ? { key: first.key, start: from } : undefined;
}

/** 'of the Max Planck institute', 'at the city's main hospital': where a person works, closing a subject phrase. */
const PERSON_OF_PLACE = /\s+(?:of|at|from)\s+(?:the\s+)?(?:[\p{L}'’.&-]+\s+){0,5}\p{Ll}[\p{Ll}-]*$/u;

/** Three or four appositives between a name and its verb, the first a description: ', a marine biologist at ..., Chile, who ...,'. */
const APPOSITIVE_CHAIN = /^,\s+(?:a|an|the|\p{Ll}+)\b[^,;:“”"]{0,160}(?:,[^,;:“”"]{1,160}){2,3},\s*$/u;
/** Before a name opening a subject: nothing, or an honorific. */
/** Title or occupation words before a name opening a subject, at most four: 'Trade union leader', 'Soil scientist Dr', 'Captain'. */
const OPENING_TITLE_WORDS = /^\s*(?:[\p{L}.-]+\s+){0,4}$/u;
const HONORIFIC_ONLY = /^\s*(?:(?:Dr|Mr|Mrs|Ms|Prof|Sir|Dame)\.?\s+)?$/u;

/** The person a subject phrase opens with when a chain of three or four appositives follows the name (no verb of speech in it). */
function appositiveChainPerson(doc: AnalysedText, from: number, head: string): Subject | undefined {
  const first = mentionsIn(doc, { start: from, end: from + head.length })[0];
  if (!first || first.kind !== 'PERSON') return undefined;
  const start = doc.roles.find((r) => r.person === first.key && r.end === first.end && r.start >= from)?.start ?? first.start;
  if (!HONORIFIC_ONLY.test(doc.text.slice(from, start))) return undefined;
  const rest = doc.text.slice(first.end, from + head.length);
  if (!APPOSITIVE_CHAIN.test(rest) || rest.split(/\s+/).some((w) => SAY_VERBS.has(w.toLowerCase()))) return undefined;
  return { key: first.key, start };
}

/** People named by a service or place they use, then where: 'Commuters at ...', 'Passengers on ...' (not members of a body there). */
const PATRONS_AT = /^\s*(?:[\p{L}-]+\s+)?(?:commuters|passengers|customers|residents|visitors|tourists|shoppers|travell?ers|motorists|voters|fans|tenants|users|consumers|pilgrims|spectators|bystanders|patients)\s+(?:at|in|on|from|near|around|outside|inside|across)\s/iu;

/** A body's part named by the body: 'the three-member CAS panel', 'the Kenya Power board' (name, then the part). */
const NAMED_PART = /(?:^|[,;:]\s*|\s)((?:the|a|an|its)\s+(?:[\p{Ll}\d-]+\s+){0,2})(\p{Lu}[\p{L}.&'’-]*(?:\s+\p{Lu}[\p{L}.&'’-]*){0,4})(\s+(?:panel|bench|committee|board|tribunal|jury))$/u;

/** Trade nouns business news uses for a company named just before: 'the milk processor', 'the sugar and rice producer'. */
const TRADE_NOUNS = 'processor|exporter|importer|retailer|supplier|provider|distributor|refiner|brokerage|conglomerate|subsidiary|nonprofit';
/** 'the company said', 'the university said'; with a modifier ('the Spanish club') only a name holding the noun fits. */
const ORG_DESCRIPTION = new RegExp(`(?:^|\\s)(?:the|its)\\s+((?!(?:the|a|an|its)\\s)[\\p{L}-]+\\s+(?:(?:and\\s+)?(?!(?:the|a|an|its)\\s)\\p{Ll}[\\p{Ll}-]*\\s+){0,2})?(${ORG_NOUNS}|${TRADE_NOUNS})$`, 'iu');

/** The one organisation (by key) named in the sentence before `at`, or, when it names none, in the sentence before it (same paragraph). */
function soleRecentOrganisation(doc: AnalysedText, at: number): string | undefined {
  const k = doc.sentences.findIndex((x) => x.start <= at && at < x.end);
  if (k < 0) return undefined;
  const sole = (start: number, end: number): string | undefined | null => {
    const keys = new Set<string>();
    for (const m of doc.mentions) {
      if (m.start < start || m.end > end || m.kind !== 'ORGANIZATION') continue;
      if (doc.quoted.some((q) => q.start <= m.start && m.end <= q.end)) continue;
      keys.add(m.key);
    }
    return keys.size === 1 ? [...keys][0] : keys.size === 0 ? undefined : null;
  };
  const own = sole(doc.sentences[k]!.start, at);
  if (own !== undefined) return own ?? undefined;
  const previous = k > 0 ? doc.sentences[k - 1]! : undefined;
  return previous && previous.paragraph === doc.sentences[k]!.paragraph ? sole(previous.start, previous.end) ?? undefined : undefined;
}

/** Nouns for an organisation that are never part of its name: 'the heritage body', 'the rights organisation'. */
const GENERIC_ORG_NOUN = /^(?:body|organi[sz]ation|group)$/i;

/** Between a place and the body it holds a branch of: ' branch of the ', ' regional office of '. */
const BRANCH_OF = /^\s+(?:\p{Ll}+\s+)?(?:branch|chapter|office|division|wing|section|bureau)\s+of\s+(?:the\s+)?$/u;

/** 'it said' after a named organisation or country. */
const IT = /(?:^|\s)it$/i;

/**
 * The body the sentence before `at` opens with as its subject, in the same paragraph: 'The
 * Meteorological Service said ... . It warned that ...', 'Acme said ... . A spokesperson said ...'.
 * Only a name opening the sentence (after a dateline or 'The') and followed by its verb or an
 * appositive counts.
 */
export function previousOpeningBody(doc: AnalysedText, at: number, kinds: readonly string[]): ResolvedMention | undefined {
  return openingBody(doc, at, kinds) ?? previousSpeakingBody(doc, at, kinds);
}

/**
 * The body speaking in the sentence before `at`, in the same paragraph, when no name opens it: 'Across the border,
 * Namibia's Directorate of Veterinary Services said ... . It asked travellers ...'.
 */
function previousSpeakingBody(doc: AnalysedText, at: number, kinds: readonly string[]): ResolvedMention | undefined {
  const k = doc.sentences.findIndex((x) => x.start <= at && at <= x.end);
  const previous = k > 0 ? doc.sentences[k - 1] : undefined;
  if (!previous || previous.paragraph !== doc.sentences[k]!.paragraph) return undefined;
  const words = /\p{L}+/gu;
  const body = doc.text.slice(previous.start, previous.end);
  for (let w = words.exec(body); w !== null; w = words.exec(body)) {
    if (!SAY_VERBS.has(w[0].toLowerCase())) continue;
    const verb = previous.start + w.index;
    if (doc.quoted.some((q) => q.start < verb && verb < q.end)) return undefined;
    const subject = findSubject(doc, stripDateline(doc, previous, verb), verb);
    const mention = subject ? doc.mentions.find((m) => m.key === subject.key && m.start >= previous.start && m.end <= verb) : describedBefore(doc, previous.start, verb);
    return mention && mention.kind !== 'PERSON' && kinds.includes(mention.kind) ? mention : undefined;
  }
  return undefined;
}

/** ', the ministry said': an inverted description of an organisation closing a clause before `verb`. */
const INVERTED_DESCRIPTION = new RegExp(`,\\s*the\\s+(${ORG_NOUNS})\\s*$`, 'iu');

/**
 * The body an inverted description names ('..., the ministry said in a statement. Two men died, it said.'): its most
 * recent mention before the sentence, when the description resolves to one named earlier.
 */
function describedBefore(doc: AnalysedText, sentenceStart: number, verb: number): ResolvedMention | undefined {
  const described = INVERTED_DESCRIPTION.exec(doc.text.slice(sentenceStart, verb).replace(AUXILIARY, ''));
  const key = described ? describedOrganisation(doc, sentenceStart, described[1]!, false) : undefined;
  if (!key) return undefined;
  let found: ResolvedMention | undefined;
  for (const m of doc.mentions) {
    if (m.start >= sentenceStart) break;
    if (m.key === key) found = m;
  }
  return found;
}

function openingBody(doc: AnalysedText, at: number, kinds: readonly string[]): ResolvedMention | undefined {
  const k = doc.sentences.findIndex((x) => x.start <= at && at <= x.end);
  const previous = k > 0 ? doc.sentences[k - 1] : undefined;
  if (!previous || previous.paragraph !== doc.sentences[k]!.paragraph) return undefined;
  const from = stripDateline(doc, previous, previous.end);
  const first = doc.mentions.find((m) => m.start >= from && m.start < previous.end);
  // 'The association estimated that ... . It warned that ...': a description opening the sentence before stands for its body.
  const described = kinds.includes('ORGANIZATION') ? DESCRIBED_OPENING.exec(doc.text.slice(from, first?.start ?? previous.end)) : null;
  if (described) {
    const key = describedOrganisation(doc, from, described[1]!, false);
    const body = key ? doc.mentions.find((m) => m.key === key && m.end <= from) : undefined;
    if (body) return body;
  }
  if (!first || first.possessive || !kinds.includes(first.kind) || !/^\s*(?:the\s+)?$/i.test(doc.text.slice(from, first.start))) return undefined;
  if (doc.quoted.some((q) => q.start <= first.start && first.end <= q.end)) return undefined;
  return /^(?:\s*\([^)]*\))?(?:,[^,]{1,160},)?\s+\p{Ll}+/u.test(doc.text.slice(first.end, previous.end)) ? first : undefined;
}

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
const JOINT = /(?:^|\s)(?:the\s+(two|three|four|five)|both)\s+(companies|firms|groups|parties|sides|countries|governments|nations|organi[sz]ations|clubs|teams|banks|unions|ministries|agencies|(?:(?:foreign|prime|finance|defen[cs]e|trade|health|deputy|vice)\s+)?(?:ministers|leaders|presidents|premiers|chancellors|secretaries|mayors|governors))$/iu;
/** The persons' nouns of JOINT: 'the two ministers', 'both leaders' are two named people. */
const JOINT_PERSONS = /(?:ministers|leaders|presidents|premiers|chancellors|secretaries|mayors|governors)$/;
const COUNT: Readonly<Record<string, number>> = { two: 2, three: 3, four: 4, five: 5 };
/** What joins the names of a list: 'Greece, Cyprus and Jordan', 'A, B, and C'. */
const LIST_COMMA = /^,\s*$/;
const LIST_AND = /^,?\s+and\s+(?:the\s+)?$/;

/**
 * The last list of exactly `n` names of one kind written before `at` ('Greece, Cyprus and
 * Jordan agreed ...' for 'the three countries'): names joined by commas and a final 'and'.
 */
function listBefore(doc: AnalysedText, at: number, kind: string, n: number, fits: (m: ResolvedMention) => boolean = () => true): string[] {
  let i = doc.mentions.length - 1;
  while (i >= 0 && doc.mentions[i]!.end > at) i--;
  for (; i >= n - 1; i--) {
    const items = doc.mentions.slice(i - n + 1, i + 1);
    if (items.some((m) => m.kind !== kind || !fits(m) || doc.quoted.some((q) => q.start <= m.start && m.end <= q.end))) continue;
    const joins = items.slice(1).map((m, k) => doc.text.slice(items[k]!.end, m.start));
    if (!joins.slice(0, -1).every((j) => LIST_COMMA.test(j)) || !LIST_AND.test(joins[joins.length - 1]!)) continue;
    // A longer list is no list of n: 'A, B, C and D' for 'the three'.
    const before = doc.mentions[i - n];
    if (before && LIST_COMMA.test(doc.text.slice(before.end, items[0]!.start))) continue;
    const keys = [...new Set(items.map((m) => m.key))];
    if (keys.length === n) return keys;
  }
  return [];
}

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
  const noun = joint[2]!.toLowerCase();
  const kind = JOINT_PERSONS.test(noun) ? 'PERSON' : /^(?:countries|governments|nations)$/.test(noun) ? 'PLACE' : 'ORGANIZATION';
  const start = from + joint.index + joint[0].length - joint[0].trimStart().length;
  const count = joint[1] ? COUNT[joint[1].toLowerCase()]! : 2;
  // 'the three countries said': the last list of three the article names.
  if (count > 2) return listBefore(doc, start, kind, count).map((key) => ({ key, start }));
  const distinct = (ms: readonly ResolvedMention[]) => [...new Set(ms.map((m) => m.key))];
  const sentence = doc.sentences.find((x) => x.start <= from && from < x.end) ?? { start: from };
  // The dateline names no speaker: 'ASHGABAT, May 19 (Reuters) - Turkmenistan and Azerbaijan will ..., the two governments said'.
  const own = 'end' in sentence ? stripDateline(doc, sentence, start) : sentence.start;
  let keys = distinct(mentionsIn(doc, { start: own, end: start }).filter((m) => m.kind === kind && !doc.quoted.some((q) => q.start <= m.start && m.end <= q.end)));
  // 'the two governments' are two countries, not the sea between them: of more than two places, the two countries.
  if (keys.length > 2 && kind === 'PLACE' && /^(?:countries|governments|nations)$/.test(noun)) {
    const countries = keys.filter((k) => isCountry(doc.mentions.find((m) => m.key === k && m.start >= own)!));
    if (countries.length === 2) keys = countries;
  }
  // 'Mr A ... held talks with Ms B ... . The two ministers confirmed that ...': the only two people the article has named.
  if (kind === 'PERSON') {
    if (keys.length !== 2 && count === 2) {
      const people = distinct(doc.mentions.filter((m) => m.start < start && m.kind === 'PERSON' && !doc.quoted.some((q) => q.start <= m.start && m.end <= q.end)));
      keys = people.length === 2 ? people : [];
    }
    return keys.length === 2 ? keys.map((key) => ({ key, start })) : [];
  }
  if (keys.length < 2) {
    const word = noun.replace(/ies$/, 'y').replace(/s$/, '');
    keys = distinct(doc.mentions.filter((m) => m.kind === kind && m.start < start && m.surface.toLowerCase().split(/\s+/).includes(word)));
  }
  // 'Indonesia and Timor-Leste signed ... . In a joint statement, the two governments said': the last pair of countries named.
  if (keys.length < 2 && kind === 'PLACE') keys = listBefore(doc, start, kind, 2, isCountry);
  // 'Tuvalu has asked Australia to ... . ... the two governments said': the only two countries the article has named.
  if (keys.length < 2 && kind === 'PLACE' && count === 2) {
    const countries = distinct(doc.mentions.filter((m) => m.start < start && m.kind === 'PLACE' && !doc.quoted.some((q) => q.start <= m.start && m.end <= q.end) && isCountry(m)));
    if (countries.length === 2) keys = countries;
  }
  return keys.length >= 2 ? keys.slice(0, 2).map((key) => ({ key, start })) : [];
}

/** A mention naming a country (not a town or region): what 'the two governments' can stand for. */
function isCountry(m: ResolvedMention): boolean {
  return lookupGazetteer(m.surface)?.id.startsWith('country:') === true;
}

/**
 * Every speaker of a reporting verb: one subject, or each of a coordinated pair at the start of
 * the sentence ('The United States and European Union accuse ...'), or the organisation a
 * definite description points back to ('The company said ...', 'the ministry said').
 */
export function findSubjects(doc: AnalysedText, from: number, verbAt: number): Subject[] {
  const head = doc.text.slice(from, verbAt).trim();
  // 'A study by the Institute of X found that ...': research findings are the document's, which is no speaking entity, even
  // when its authors are named (GUIDELINES §5: research findings attributed to a document).
  if (DOCUMENT_BY.test(head)) return [];
  // 'Commuters at Jurong East and Tampines stations said': people named by what they use, and where, speak for no body there.
  if (PATRONS_AT.test(head)) return [];
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
  // '..., the company and Portugal's government said': each side of a short pair resolved on its own.
  const raw = doc.text.slice(from, verbAt).replace(AUXILIARY, '');
  const ownAt = raw.lastIndexOf(',') + 1;
  const halves = PAIR.exec(raw.slice(ownAt));
  // 'Kansai Tsushin President and Representative Director X said': two titles of one person, not two speakers.
  if (halves && raw.slice(ownAt).trim().split(/\s+/).length <= MAX_PAIR_WORDS && !isSingleTitle(halves[1]!.trim().split(/\s+/).pop()!)) {
    const aStart = from + ownAt + halves.index + halves[0].length - halves[0].trimStart().length;
    const aEnd = aStart + halves[1]!.length;
    const bEnd = from + raw.length;
    const bStart = bEnd - halves[2]!.length;
    const [a, b] = [findSubjects(doc, aStart, aEnd), findSubjects(doc, bStart, bEnd)];
    if (a.length === 1 && b.length === 1 && a[0]!.key !== b[0]!.key) return [a[0]!, b[0]!].map((x) => ({ key: x.key, start: aStart }));
  }
  const one = findSubject(doc, from, verbAt);
  if (one) return [one];
  const statementHead = THE_STATEMENT.exec(doc.text.slice(from, verbAt).replace(AUXILIARY, ''));
  if (statementHead) {
    const maker = statementMaker(doc, from);
    if (maker) return [{ key: maker.key, start: from + statementHead.index + statementHead[0].length - statementHead[0].replace(/^[,;]\s*/, '').length }];
  }
  // 'But the paper warns that ...', 'the weekly's editorial says': the publication the article named as a speaker before.
  const media = MEDIA_SUBJECT.exec(doc.text.slice(from, verbAt).replace(AUXILIARY, ''));
  if (media && isMediaDescription(media[1]!)) {
    const key = describedMedia(doc, from + media.index);
    return key ? [{ key, start: from + media.index + media[0].length - media[1]!.length }] : [];
  }
  // 'Forty percent of these strikes, it said, were ...': an inserted attribution is read on its own.
  const own = head.slice(head.lastIndexOf(',') + 1).trim();
  // 'the council had promised': auxiliaries stand between the description and its verb.
  const described = ORG_DESCRIPTION.exec(head.replace(AUXILIARY, ''));
  if (described || (IT.test(own) && own.split(/\s+/).length === 1)) {
    const raw = doc.text.slice(from, verbAt);
    const at = described ? raw.lastIndexOf(described[0].trim()) : raw.lastIndexOf(own);
    // The organisation may be named earlier in the same sentence: 'Students from X University will ..., the university said.'
    // 'It warned that ...' opening its sentence: the body the sentence before opens with, before any nearer place.
    // '... . Three people died in a landslide above X, it said.': an inverted 'it' closing the clause continues the body
    // speaking in the sentence before (same paragraph); names inside the clause are its content.
    // 'The study, published in ..., mapped ... . It found that ...': an 'it' opening its sentence after one that opens with a
    // document (study, report, survey) stands for that document, which is no speaking entity (GUIDELINES: research findings).
    if (!described && raw.slice(0, at).trim() === '' && documentOpensBefore(doc, from)) return [];
    const inverted = !described && /,\s*$/.test(raw.slice(0, at)) ? previousOpeningBody(doc, from, ['ORGANIZATION']) : undefined;
    const opening = inverted ?? (!described && !mentionsIn(doc, { start: from, end: from + at }).some((m) => m.kind !== 'PERSON') ? previousOpeningBody(doc, from, ['ORGANIZATION', 'PLACE']) : undefined);
    // 'The government says ...' names no body unless one the article names holds the word (GUIDELINES §5: 'according to the regional government').
    const loose = described !== null && !/^government$/i.test(described[2]!) && (described[1] === undefined || /-based\s*$/.test(described[1]));
    // 'The central bank said ...' after 'Central Bank of Bahrain' and a nearer 'DBS Bank': the body whose name holds the
    // modifier too, before the nearest one with the noun.
    const modifier = described?.[1]?.trim().toLowerCase();
    // 'The heritage body said ...' after 'Penang Heritage Trust': a generic noun (body, organisation, group) names no part of
    // the name, so the body whose name holds the modifier alone.
    const whole = modifier && !/-based$/.test(modifier) ? organisationWithWords(doc, from + at, [modifier, described![2]!.toLowerCase()]) ?? (GENERIC_ORG_NOUN.test(described![2]!) && /^\p{Ll}{4,}$/u.test(modifier) ? organisationWithWords(doc, from + at, [modifier]) : undefined) : undefined;
    // 'Rufiji Sugar rose 2.7 percent. The sugar and rice producer said ...': a modified description with no name holding its
    // words stands for the one organisation the sentence so far, or else the sentence before, names.
    const key = whole ?? (described ? describedOrganisation(doc, from + at, described[2]!, loose) ?? (loose || described[1] === undefined || /^government$/i.test(described[2]!) ? undefined : soleRecentOrganisation(doc, from + at)) : (opening ?? nearestNonPerson(doc, from, ['ORGANIZATION', 'PLACE']))?.key);
    // 'the team reported' in a study names its researchers, not the university they work at.
    if (key && described && /^team$/i.test(described[2]!) && ACADEMIC_NAME.test(doc.mentions.find((m) => m.key === key)?.surface ?? '')) return [];
    if (key) return [{ key, start: from + at }];
  }
  // 'Floods have cut off dozens of villages, the country's disaster agency said.' in a lead: the body the next paragraphs name.
  const forward = FORWARD_DESCRIPTION.exec(doc.text.slice(from, verbAt).replace(AUXILIARY, ''));
  if (forward) {
    const at = from + forward.index + forward[0].length - forward[0].replace(/^,\s*/, '').length;
    const key = forwardBody(doc, at, forward[0]);
    if (key) return [{ key, start: at }];
  }
  return [];
}

/** A sentence opening with a document as its subject: 'The study, published in ...', 'The new report found'. */
const STUDY_OPENING = /^\s*(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:study|report|survey|paper|analysis|assessment|review)(?:\s*,|\s+\p{Ll}+(?:ed|s)\b)/u;

/** A document with its authors as the subject: 'A study by researchers at X University published last year', 'A survey by the X'. */
export const DOCUMENT_BY = /^(?:(?:and|but)\s+)?(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:study|survey|report|analysis|paper|review|assessment|poll)\s+(?:by|from|conducted\s+by|commissioned\s+by|carried\s+out\s+by)\s/u;

/** Whether the sentence before the one holding `at` opens with a document as its subject. */
export function documentOpensBefore(doc: AnalysedText, at: number): boolean {
  const k = doc.sentences.findIndex((x) => x.start <= at && at <= x.end);
  const previous = k > 0 ? doc.sentences[k - 1] : undefined;
  if (!previous) return false;
  const from = stripDateline(doc, previous, previous.end);
  return STUDY_OPENING.test(doc.text.slice(from, Math.min(previous.end, from + 120)));
}

/**
 * An inverted attribution to a described body: ', the grid operator', ', the canal's operator', ', the government's IT
 * agency'. A wire lead names the body only in the paragraphs after it (GUIDELINES §5, title-only speakers resolve).
 */
const FORWARD_DESCRIPTION = new RegExp(`,\\s*the\\s+(?:[\\p{L}-]+['’]s\\s+)?(?:[\\p{L}-]+\\s+){0,2}?(?:${ORG_NOUNS})$`, 'iu');
/** Owners that say whose body it is, not which: 'the country's', 'the government's'. */
const GENERIC_OWNER = /^(?:the|country|government|state|nation|island|islands|territory|city|region|province|county|town|capital|federal|national|local|official|private|public|main|largest|new)$/;
/** Paragraphs after the lead read for the body a forward description names. */
const FORWARD_PARAGRAPHS = 2;
/** Longest sentence before a lead that is still page furniture (a caption, a deck): longer ones are body text. */
const MAX_FURNITURE_WORDS = 9;

/**
 * The organisation a described speaker in an article's lead stands for, named after it: the first one in the next
 * FORWARD_PARAGRAPHS paragraphs whose name holds a word of the description ('the disaster agency' → 'National
 * Coordination Centre for Disaster Relief', 'the canal's operator' → 'Panama Canal Authority'), else the one opening
 * the next sentence as its subject ('LUMA Energy, the private company that runs ..., said'). Only in a lead: a
 * sentence with a dateline, or with no body sentence before it; elsewhere a description points back.
 */
function forwardBody(doc: AnalysedText, at: number, description: string): string | undefined {
  const k = doc.sentences.findIndex((x) => x.start <= at && at < x.end);
  const s = doc.sentences[k];
  if (!s) return undefined;
  const lead = stripDateline(doc, s, at) > s.start || !doc.sentences.slice(0, k).some((x) => /[.!?]["”’)]?$/.test(doc.text.slice(x.start, x.end)) && doc.text.slice(x.start, x.end).split(/\s+/).length > MAX_FURNITURE_WORDS);
  if (!lead || (k > 0 && doc.sentences[k - 1]!.paragraph === s.paragraph)) return undefined;
  const words = new Set(description.replace(/^,\s*/, '').replace(/['’]s\b/g, '').toLowerCase().split(/\s+/).filter((w) => !GENERIC_OWNER.test(w)));
  const last = s.paragraph + FORWARD_PARAGRAPHS;
  const end = doc.sentences.find((x) => x.paragraph > last)?.start ?? doc.text.length;
  const after = mentionsIn(doc, { start: s.end, end }).filter((m) => m.kind === 'ORGANIZATION' && !doc.quoted.some((q) => q.start <= m.start && m.end <= q.end));
  const fitting = after.find((m) => m.surface.toLowerCase().split(/[\s-]+/).some((w) => words.has(w)));
  if (fitting) return fitting.key;
  const next = doc.sentences[k + 1];
  if (!next) return undefined;
  const from = stripDateline(doc, next, next.end);
  const first = doc.mentions.find((m) => m.start >= from && m.start < next.end);
  if (!first || first.kind !== 'ORGANIZATION' || first.possessive || !/^\s*(?:the\s+)?$/i.test(doc.text.slice(from, first.start))) return undefined;
  return /^(?:\s*\([^)]*\))?(?:,[^,]{1,160},)?\s+(?:also\s+)?\p{Ll}+/u.test(doc.text.slice(first.end, next.end)) ? first.key : undefined;
}

/** A description of a publication as a subject: 'the paper', 'the conservative weekly', 'the daily's editorial'. */
const MEDIA_SUBJECT = new RegExp(`(?:^|[,;]\\s*|\\s)((?:the|its)\\s+(?:[\\p{Ll}-]+\\s+)?(?:${MEDIA_NOUNS})(?:['’]s\\s+(?:[\\p{Ll}-]+\\s+)?[\\p{Ll}-]+)?)$`, 'iu');
/** Names of research bodies: their 'team' is a study's authors, no organisation speaking. */
const ACADEMIC_NAME = /\b(?:universit(?:y|ies)|universidad|universit[éà]|universität|universidade|college|institute|instituto|institut|school|escuela|escola|polytechnic|polit[ée]cnica|polytechnique|academy|laboratory|laboratories|observatory)\b/iu;
/** Two subject phrases joined by one 'and': 'the company and Portugal's government'. */
const PAIR = /^\s*((?:(?!\band\b).)+?)\s+and\s+((?:(?!\band\b).)+?)\s*$/u;
const MAX_PAIR_WORDS = 8;

/** A description opening a sentence as its subject: 'The court ordered ...'. */
const DESCRIBED_OPENING = new RegExp(`^\\s*[Tt]he\\s+(?:[\\p{Ll}-]+\\s+)?(${ORG_NOUNS})\\s+(?:(?:on\\s+)?\\p{Lu}\\p{Ll}+day\\s+|also\\s+|later\\s+)?\\p{Ll}+`, 'u');

/** An indefinite description opening a sentence as its subject: 'A Chilean environmental court on Friday ordered ...'. */
const INDEFINITE_OPENING = new RegExp(`^\\s*An?\\s+(?:[\\p{L}-]+\\s+){0,2}?(${ORG_NOUNS})\\s+(?:(?:on\\s+)?\\p{Lu}\\p{Ll}+day\\s+|also\\s+|later\\s+)?\\p{Ll}+(?:ed|s)\\b`, 'u');

/** Where a sentence's own words start: after a dateline ('WASHINGTON - ', 'Mumbai, Sep 14 (PTI) '). */
export function stripDateline(doc: AnalysedText, s: Span, at: number): number {
  const dateline = DATELINE_OPENING.exec(doc.text.slice(s.start, at)) ?? INTERVIEW_LABEL.exec(doc.text.slice(s.start, at));
  return s.start + (dateline ? dateline[0].length : 0);
}
/** An interview's question or answer label opening a turn: 'Q: Some unions say ...', 'A: ...'. */
export const INTERVIEW_LABEL = /^\s*(?:Q|A|Question|Answer)\s*:\s+/u;
const DATELINE_OPENING = /^\s*(?:[*_]*\p{Lu}[\p{Lu}\s.,'’*_-]*(?:,\s*\p{Lu}[\p{L}\s.]*)?[*_]*\s*(?:\([^)]*\)\s*)?[-—–]\s|\p{Lu}[\p{L}\s.\/'’-]*,\s*(?:\p{Lu}[\p{L}\s.]*,\s*)?\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?\s*\([^)]*\)\s*(?:[-—–]{1,2}\s*)?)/u;

/**
 * Two speakers a sentence opens with, joined by 'and' (each may carry a title): 'Kerry and
 * Lavrov, long-time sparring partners, traded blame ...', 'Justice A and Justice B dissented'.
 */
export function coordinatedOpening(doc: AnalysedText, sentence: Span, verbAt: number): Subject[] {
  const from = stripDateline(doc, sentence, verbAt);
  const named = mentionsIn(doc, { start: from, end: verbAt }).filter((m) => m.kind !== 'PLACE');
  const [a, b] = named;
  if (!a || !b || a.key === b.key) return [];
  const startOf = (m: ResolvedMention) => doc.roles.find((r) => r.person === m.key && r.end === m.end && r.start >= from)?.start ?? m.start;
  if (!/^\s*(?:the\s+)?$/i.test(doc.text.slice(from, startOf(a)))) return [];
  if (!/^\s+and\s+(?:the\s+)?$/i.test(doc.text.slice(a.end, startOf(b)))) return [];
  if (!/^(?:\s*\([^)]*\))?(?:,[^,]{1,160},)?\s+\p{Ll}+/u.test(doc.text.slice(b.end, verbAt))) return [];
  return [a, b].map((m) => ({ key: m.key, start: from }));
}

/** Most words before the subject of a sentence (a dateline, 'On Tuesday,'). */
const MAX_WORDS_BEFORE_SUBJECT = 6;

/**
 * The subject of a sentence's first clause, for a verb coordinated with a non-reporting one:
 * 'US Secretary of State John Kerry called his counterpart and warned him that ...'.
 */
/** A sentence opening with a title alone, then its verb: 'The Chair called ...', 'The minister later said ...'. */
const TITLE_SUBJECT_OPENING = /^\s*[Tt]he\s+((?:\p{L}[\p{Ll}-]*\s+){0,2}\p{L}[\p{Ll}-]*)\s+(?:also\s+|then\s+|later\s+)?\p{Ll}+(?:ed|s)\b/u;

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
  s = { start: stripDateline(doc, s, verbAt), end: s.end };
  // 'The court ordered ..., calling ...': a description opening the sentence stands for the body named before.
  const described = DESCRIBED_OPENING.exec(doc.text.slice(s.start, verbAt));
  if (described) {
    const key = describedOrganisation(doc, s.start, described[1]!, false);
    return key ? [{ key, start: verbAt }] : [];
  }
  // 'A Chilean environmental court on Friday ordered ...': the one body of the article with that noun in its name.
  const indefinite = INDEFINITE_OPENING.exec(doc.text.slice(s.start, verbAt));
  if (indefinite) {
    // Its modifiers narrow the fit, a nationality word aside: 'environmental court' → 'First Environmental Court'.
    const wanted = indefinite[0].trim().split(/\s+/).slice(1, -1).map((w) => w.toLowerCase()).filter((w) => !lookupDemonym(w) && !/^(?:on|also|later)$/.test(w) && !/day$/.test(w));
    const words = wanted.slice(0, wanted.indexOf(indefinite[1]!.toLowerCase()) + 1);
    const keys = new Set(doc.mentions.filter((m) => m.kind === 'ORGANIZATION' && words.every((w) => m.surface.toLowerCase().split(/\s+/).includes(w))).map((m) => m.key));
    return keys.size === 1 ? [{ key: [...keys][0]!, start: verbAt }] : [];
  }
  // 'The Chair called the meeting to order and acknowledged that ...': a title alone opening the sentence is its holder.
  const titled = TITLE_SUBJECT_OPENING.exec(doc.text.slice(s.start, verbAt));
  if (titled && endsWithTitle(foldSurface(titled[1]!).split(' '))) {
    const key = nearestPerson(doc, s.start, { title: titled[1]!.toLowerCase() });
    if (key) return [{ key, start: verbAt }];
  }
  let first = mentionsIn(doc, { start: s.start, end: verbAt }).find((m) => m.kind !== 'PLACE' || /^\s*(?:the\s*)?$/i.test(doc.text.slice(s.start, m.start)) || doc.roles.some((r) => r.start <= m.start && m.start < r.end));
  // "Colombia's Constitutional Court on Thursday suspended ...": the body a place's possessive opens with.
  if (first?.kind === 'PLACE' && first.possessive) {
    const owned = doc.mentions.find((m) => m.start > first!.end && m.start < verbAt && m.kind === 'ORGANIZATION' && /^['’]s\s+$/.test(doc.text.slice(first!.end, m.start)));
    if (owned) first = owned;
  }
  // 'The Busan branch of the Federation of Dockworkers criticised ...': a place's branch of a body speaks as the body.
  if (first?.kind === 'PLACE') {
    const place = first;
    const body = doc.mentions.find((m) => m.start > place.end && m.start < verbAt && m.kind === 'ORGANIZATION' && BRANCH_OF.test(doc.text.slice(place.end, m.start)));
    if (body) first = body;
  }
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
  // 'Its president, Mauricio Vargas, described ...': the name is the appositive of a title opening the sentence.
  // 'The Governor, Sir Matthew X, thanked ...': an honorific may stand before the name.
  const appositiveName = role !== undefined && role.start < subject.start && /,\s*(?:(?:Sir|Dame|Dr|Mr|Mrs|Ms|Prof)\.?\s+)?$/.test(doc.text.slice(role.start, subject.start)) && /^,\s+\p{Ll}+/u.test(between);
  if (!appositiveName && !/^(?:\s*\([^)]*\))?(?:,[^,]{1,160},)?\s+\p{Ll}+/u.test(between) && !/^['’]s(?:\s+\p{Ll}+){1,3}(?:\s+(?:in|of)\s+\p{Lu}\p{L}+)?\s+\p{Ll}+/u.test(between)) return [];
  return [{ key: subject.key, start: verbAt }];
}
