import type { ExtractedStatement, Span } from './types';
import type { AnalysedText } from './document';
import { mentionsIn } from './document';
import { findSubjects, type Subject } from './subject';
import { REPORTING_VERBS, SAY_VERBS } from './speech';
import { nearestPerson, pronounGender } from './attribution';

/**
 * Leading words of a reported clause that are not its content: 'said Tuesday that',
 * 'said in a statement that', 'said last year that', 'reported in February that'.
 */
const CLAUSE_LEAD =
  /^(?:\s*(?:on\s+|last\s+|this\s+|in\s+|earlier\s+|late\s+)?(?:\p{Lu}\p{Ll}+day|year|week|month|January|February|March|April|May|June|July|August|September|October|November|December)\b|\s*in (?:a|an|his|her|their|its) (?:[\w-]+\s+){0,2}?(?:statement|interview|response|email|post|opinion|letter|report|ruling|filing|note|speech|briefing)\b|\s*on (?:twitter|x|facebook|television|radio)\b|\s*(?:later|earlier|again|also)\b|\s*that\b|\s*,)*\s*/iu;
/** 'The United States is close to ..., Kerry says, as ...': the reported clause comes first. */
const INVERTED_TAIL = /^\s*(?:[,.;]|$|(?:on\s+)?\p{Lu}\p{Ll}+day\b[,.]?)/u;
/** After an inserted attribution the clause resumes, unless a new clause or participle starts ('..., as', '..., describing'). */
const RESUMES = /^,\s*(?=\p{Ll})(?!(?:as|while|after|when|before|because|but|and|or|which|who|so|though|although|\p{Ll}+ing)\b)/u;
/** Subjects named by a plain noun phrase ('Activists and medics reported ...'): a statement with no named speaker. */
const UNNAMED_SUBJECT =
  /^(?:(?:as|while|and|but|where)\s+)?(?:(?:the|some|many|several|most|two|three|four|a|an|other|local|us|u\.s\.|western|senior)\s+)*(?:[\p{Ll}-]+\s+){0,2}?(?:officials?|residents?|activists?|medics?|witnesses|researchers?|scientists?|experts?|analysts?|critics?|opponents?|supporters?|organi[sz]ers?|doctors?|police|authorities|neighbou?rs|traders?|fishermen|farmers|miners|workers?|sources?|observers?|economists?|investors?|diplomats?|lawmakers?|prosecutors?|spokesm[ae]n|spokeswom[ae]n|spokespersons?|campaigners|protesters|employees|staff|parents|teachers|rescuers|survivors|villagers|locals|families|unions?|leaders?)(?:\s+and\s+[\p{Ll} ]+)?(?:\s+(?:in|at|from|of|on|near|for|with)\s+[\p{L}.’' ]+)?$/iu;
/** Fewest words a reported clause has ('conceded defeat shortly' is no statement). */
const MIN_CLAUSE_WORDS = 5;
/** After a plain 'said' a short clause with its own subject is still one: 'said he had no regrets'. */
const MIN_SAID_CLAUSE_WORDS = 4;
const SHORT_CLAUSE_SUBJECT = /^(?:he|she|it|they|we|i|the|this|that|there)\s/i;
/** A verb coordinated with the one before shares its subject: '..., and urged the three governments ...'. */
const COORDINATED = /(?:,\s*|\s)(?:and|but)\s*$/;
/** Most words between a quote and the verb attributing it: '...,” Kerry told Lavrov', 'Kirby said in a statement, “...'. */
const MAX_ATTRIBUTION_WORDS = 8;

/** True when the verb is the attribution of a direct quote next to it, not a report of its own. */
function attributesQuote(doc: AnalysedText, quoted: readonly Span[], verbAt: number, verbEnd: number): boolean {
  return quoted.some((q) => {
    if (q.end <= verbAt) {
      const between = doc.text.slice(q.end, verbAt);
      if (/\n/.test(between)) return false;
      return /^[\s,.”"’]/.test(between) && !/^[^\p{L}]*\s(?:and|but|while)\s/u.test(between) && !/[.;]\s/.test(between) && between.split(/\s+/).length <= MAX_ATTRIBUTION_WORDS;
    }
    return q.start >= verbEnd && !/\n/.test(doc.text.slice(verbEnd, q.start)) && doc.text.slice(verbEnd, q.start).split(/\s+/).length <= MAX_ATTRIBUTION_WORDS && !/[.;]\s/.test(doc.text.slice(verbEnd, q.start));
  });
}

/** 'According to the WHO, ...' / '..., according to the Minas Gerais Fire Department.' */
const ACCORDING_TO = /(?:^|,\s*)according to\s+/i;

/** A source named by a description: 'the health ministry', 'a study', 'official figures'. */
const SOURCE_DESCRIPTION = /^(?:the|a|an|its|their|official|new|preliminary)\s+(?:[\p{Ll}-]+\s+){0,3}?(ministry|department|government|agency|company|police|authorities|council|study|report|paper|survey|data|figures|estimates|statement|filing|documents?|court|regulator|commission|union|federation|organi[sz]ation|institute|bank|census|poll|researchers|officials|analysts|prosecutors|sources)\b/iu;

/** The organisation named earlier whose name holds a description's head ('the health ministry' → 'Ministry of Health'). */
function describedOrganisation(doc: AnalysedText, at: number, head: string): string | undefined {
  for (let i = doc.mentions.length - 1; i >= 0; i--) {
    const m = doc.mentions[i]!;
    if (m.end > at || m.kind !== 'ORGANIZATION') continue;
    if (m.surface.toLowerCase().split(/\s+/).includes(head)) return m.key;
  }
  return undefined;
}

/** A statement sourced with 'according to X': the rest of the sentence, attributed to X. */
function accordingTo(doc: AnalysedText, s: Span & { index: number }, bodyEnd: number): ExtractedStatement | undefined {
  const body = doc.text.slice(s.start, bodyEnd);
  const m = ACCORDING_TO.exec(body);
  if (!m) return undefined;
  const sourceAt = s.start + m.index + m[0].length;
  // 'according to union leader Tomas Irarrazaval': a title may stand before the source.
  const source = doc.mentions.find((x) => x.start >= sourceAt && x.start < bodyEnd && (/^(?:the\s+)?$/i.test(doc.text.slice(sourceAt, x.start)) || doc.roles.some((r) => r.person === x.key && r.start >= sourceAt && r.start < x.start && /^(?:the\s+)?$/i.test(doc.text.slice(sourceAt, r.start)))));
  let speaker = source?.key;
  let sourceEnd = source?.end ?? sourceAt;
  if (source?.kind === 'PLACE') return undefined;
  if (!source) {
    // 'according to the health ministry' (named before), 'according to a study', 'according to the regional government'.
    const described = SOURCE_DESCRIPTION.exec(doc.text.slice(sourceAt, bodyEnd));
    if (!described) return undefined;
    sourceEnd = sourceAt + described[0].length;
    speaker = describedOrganisation(doc, sourceAt, described[1]!.toLowerCase());
  }
  if (m.index === 0) {
    // 'According to X, clause.'
    const comma = doc.text.indexOf(',', sourceEnd);
    if (comma < 0 || comma >= bodyEnd) return undefined;
    const from = comma + 1 + (/^\s*/.exec(doc.text.slice(comma + 1))![0].length);
    return statement(doc, s.index, { start: from, end: bodyEnd }, doc.text.slice(from, bodyEnd), speaker);
  }
  const end = s.start + m.index;
  return statement(doc, s.index, { start: s.start, end }, doc.text.slice(s.start, end), speaker);
}

/** A relative clause carrying its own attribution: ', which US officials say ...'. */
const RELATIVE_ATTRIBUTION = /,\s+(?:which|who|that)\s+(?:[\p{L}.’'-]+\s+){1,4}(?:say|says|said|claim|claims|claimed|believe|believes)\b/u;
/** Most words before the subject of a sentence (a dateline, 'On Tuesday,'). */
const MAX_WORDS_BEFORE_SUBJECT = 6;

/**
 * The subject of a sentence's first clause, for a verb coordinated with a non-reporting one:
 * 'US Secretary of State John Kerry called his counterpart and warned him that ...'.
 */
function sentenceSubject(doc: AnalysedText, sentence: Span, verbAt: number): Subject[] {
  let s = sentence;
  // 'She thanked voters ... and said ...': a pronoun opening the sentence continues the person named last.
  const pronoun = /^\s*(He|She)\s+\p{Ll}/u.exec(doc.text.slice(s.start, verbAt));
  if (pronoun) {
    const key = nearestPerson(doc, s.start, { gender: pronounGender(pronoun[1]!) });
    return key ? [{ key, start: verbAt }] : [];
  }
  // 'WASHINGTON - US Secretary of State John Kerry called ...': the dateline is no subject.
  const dateline = /^\s*\p{Lu}[\p{Lu}\s.,]*(?:\([^)]*\)\s*)?[-—–]\s/u.exec(doc.text.slice(s.start, verbAt));
  if (dateline) s = { start: s.start + dateline[0].length, end: s.end };
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
  if (!/^(?:,[^,]{1,160},)?\s+\p{Ll}+/u.test(between) && !/^['’]s(?:\s+\p{Ll}+){1,3}(?:\s+(?:in|of)\s+\p{Lu}\p{L}+)?\s+\p{Ll}+/u.test(between)) return [];
  return [{ key: subject.key, start: verbAt }];
}

/** Verbs that stand for plain speech when nobody is named. */
const PLAIN_SPEECH = new Set(['said', 'says', 'say', 'reported', 'told', 'warned', 'warn', 'argued', 'argue', 'vowed', 'claimed', 'claim', 'insisted', 'insist', 'estimated', 'estimate', 'estimates', 'noted', 'added', 'predicted', 'believes']);

/** A dateline opening an article's first sentence: 'GUWAHATI, India — ', 'KISUMU, Kenya (AP) — '. */
const DATELINE = /^\s*\p{Lu}[\p{Lu}\s.,'’-]*(?:,\s*\p{Lu}[\p{L}\s.]*)?(?:\s*\([^)]*\))?\s*[-—–]\s+/u;

function normalise(text: string): string {
  return text.replace(DATELINE, '').replace(/\s+/g, ' ').replace(/[\s,;]+$/, '').trim();
}

interface Verb {
  word: string;
  index: number;
  end: number;
  subjects: Subject[];
  /** Where an unnamed subject phrase starts ('officials' in '..., officials said Thursday.'). */
  unnamedAt?: number;
}

function statement(doc: AnalysedText, sentence: number, span: Span, text: string, speaker: string | undefined, addressee?: string): ExtractedStatement {
  const about = new Set(mentionsIn(doc, span).map((x) => x.key));
  if (speaker) about.delete(speaker);
  if (addressee) about.delete(addressee);
  return { kind: 'PARAPHRASE', start: span.start, end: span.end, text: normalise(text), speaker, addressee, about: [...about], sentence };
}

/**
 * Reported speech: in a sentence without a direct quote, each reporting verb whose subject is
 * named (or 'he'/'she' after a named person, or 'the company' after a named organisation)
 * gives a statement per subject ('The United States and European Union accuse ...' gives
 * two). The text is what follows the verb (after 'that', a date, the addressee of 'told')
 * up to the next attributed clause; an attribution inserted after the clause ('..., Kerry
 * says') takes the clause before it. A verb whose subject sits inside another statement's
 * clause replaces it: the inner speaker is the one quoted ('He says Kerry told Lavrov that ...').
 * Plain noun-phrase subjects ('Activists and medics reported ...') give unattributed statements.
 */
export function findParaphrases(doc: AnalysedText, quoted: readonly Span[]): ExtractedStatement[] {
  const out: ExtractedStatement[] = [];
  for (const s of doc.sentences) {
    const body = doc.text.slice(s.start, s.end);
    // Headlines and captions have no terminal punctuation and report nobody's words.
    if (!/[.!?]["”’)]?$/.test(body)) continue;
    const bodyEnd = s.end - (/[.!?]["”’]?$/.test(body) ? 1 : 0);
    const verbs: Verb[] = [];
    const re = /\p{L}+/gu;
    for (let m = re.exec(body); m !== null; m = re.exec(body)) {
      const word = m[0].toLowerCase();
      if (!REPORTING_VERBS.has(word) || /^-/.test(body.slice(m.index + word.length))) continue;
      const index = s.start + m.index;
      if (word !== 'saying' && attributesQuote(doc, quoted, index, index + word.length)) continue;
      const head = doc.text.slice(s.start, index).trim();
      const previous = verbs[verbs.length - 1];
      const coordinated = COORDINATED.test(doc.text.slice(s.start, index)) || (word === 'saying' && /,\s*$/.test(doc.text.slice(s.start, index)));
      if (word === 'saying' && !coordinated) continue;
      const subjects =
        coordinated && previous && previous.subjects.length > 0
          ? previous.subjects.map((x) => ({ ...x, start: index }))
          : coordinated
            ? sentenceSubject(doc, s, index)
            : findSubjects(doc, s.start, index);
      // 'At Dunga Beach in Kisumu, fishermen said ...', '..., officials said Thursday.': the phrase after the last comma.
      const own = head.slice(head.lastIndexOf(',') + 1).trim();
      // '..., which US officials say was ...' reports nothing of its own.
      const unnamed = subjects.length === 0 && PLAIN_SPEECH.has(word) && (UNNAMED_SUBJECT.test(head) || (UNNAMED_SUBJECT.test(own) && !/^(?:which|that|who|whom)\s/i.test(own)));
      if (subjects.length === 0 && !unnamed) continue;
      const unnamedAt = unnamed ? s.start + doc.text.slice(s.start, index).lastIndexOf(UNNAMED_SUBJECT.test(head) ? head : own) : undefined;
      verbs.push({ word, index, end: index + word.length, subjects, unnamedAt });
    }
    const found: ExtractedStatement[] = [];
    const saidBy = new Map<ExtractedStatement, boolean>();
    verbs.forEach((v, i) => {
      const lead = doc.text.slice(s.start, v.subjects[0]?.start ?? v.unnamedAt ?? v.index);
      const tail = doc.text.slice(v.end, s.end);
      const speakers = v.subjects.length > 0 ? v.subjects.map((x) => x.key) : [undefined];
      if ((v.subjects.length > 0 || v.unnamedAt !== undefined) && INVERTED_TAIL.test(tail) && /,\s*(?:the\s+|a\s+)?$/i.test(lead) && lead.split(/\s+/).length > 3) {
        const end = s.start + lead.replace(/,\s*(?:the\s+|a\s+)?$/i, '').length;
        const resumes = RESUMES.exec(tail);
        const rest = resumes ? ' ' + doc.text.slice(v.end + resumes[0].length, bodyEnd) : '';
        for (const speaker of speakers) found.push(statement(doc, s.index, { start: s.start, end: resumes ? bodyEnd : end }, doc.text.slice(s.start, end) + rest, speaker));
        return;
      }
      let from = v.end;
      let addressee: string | undefined;
      if (v.word === 'told' || v.word === 'tells') {
        // 'told Foreign Minister Sergei Lavrov that': the addressee may carry a title.
        const target = doc.mentions.find((x) => x.start >= from && x.kind !== 'PLACE' && /^(?:\s+the)?(?:\s+\p{Lu}\p{Ll}*){0,3}\s*$/u.test(doc.text.slice(from, x.start)));
        if (target && target.start < bodyEnd) {
          addressee = target.key;
          from = target.end;
        }
      }
      // 'warned him that ...': an object pronoun before the clause is no part of it.
      from += /^\s+(?:him|her|them|us|me|reporters)\b/.exec(doc.text.slice(from, bodyEnd))?.[0].length ?? 0;
      from += CLAUSE_LEAD.exec(doc.text.slice(from, bodyEnd))![0].length;
      // The clause runs to the next coordinated attribution: '..., and Tanzania said ...', '..., and urged ...'.
      const next = verbs.slice(i + 1).find((n) => COORDINATED.test(doc.text.slice(from, n.subjects[0]?.start ?? n.index).replace(/\s*\p{Lu}[\p{L}\s.’'()-]*$/u, ' ')) || COORDINATED.test(doc.text.slice(from, n.index)));
      const nextStart = next ? Math.min(next.subjects[0]?.start ?? next.index, next.index) : bodyEnd;
      let end = next && nextStart > from ? nextStart : bodyEnd;
      // '... and promised federal support, the Prime Minister's Office said.': a later attribution at the end is another report.
      const closing = verbs.slice(i + 1).find((n) => n.index > from && INVERTED_TAIL.test(doc.text.slice(n.end, s.end)) && /,\s*(?:the\s+|a\s+)?$/i.test(doc.text.slice(s.start, n.subjects[0]?.start ?? n.unnamedAt ?? n.index)));
      if (closing) end = Math.min(end, doc.text.lastIndexOf(',', closing.subjects[0]?.start ?? closing.unnamedAt ?? closing.index));
      // '..., which US officials say was ...': a relative clause with an attribution of its own ends the report.
      const relative = RELATIVE_ATTRIBUTION.exec(doc.text.slice(from, end));
      if (relative) end = from + relative.index;
      end = from + doc.text.slice(from, end).replace(/(?:[\s,;]+(?:and|but|while)?\s*)$/, '').length;
      const text = doc.text.slice(from, end);
      const size = text.trim().split(/\s+/).length;
      if (size < MIN_CLAUSE_WORDS && !(size >= MIN_SAID_CLAUSE_WORDS && SAY_VERBS.has(v.word) && SHORT_CLAUSE_SUBJECT.test(text.trim()))) return;
      if (quoted.some((q) => q.start < end && from < q.end)) return;
      for (const speaker of speakers) {
        const st = statement(doc, s.index, { start: from, end }, text, speaker, addressee);
        saidBy.set(st, SAY_VERBS.has(v.word));
        found.push(st);
      }
    });
    // An attributed verb inside an earlier statement's clause: the inner speaker is the one reported.
    const source = accordingTo(doc, s, bodyEnd);
    if (source && !quoted.some((q) => q.start < s.end && s.start < q.end)) found.push(source);
    const inside = (inner: ExtractedStatement, st: ExtractedStatement) => inner !== st && inner.start > st.start && inner.start < st.end;
    const kept = found.filter(
      (st) =>
        !found.some((inner) => inside(inner, st) && inner.speaker !== undefined && saidBy.get(inner) === true && doc.mentions.some((m) => m.key === inner.speaker && m.start >= st.start && m.start < inner.start)) &&
        !(st.speaker === undefined && found.some((outer) => inside(st, outer))),
    );
    out.push(...kept);
  }
  return out;
}
