import type { Span } from './types';
import type { AnalysedText, ResolvedMention } from './document';
import { mentionsIn, sentenceAt } from './document';
import { REPORTING_VERBS, SPEECH_VERBS } from './speech';
import { vocab } from './vocabulary';
import { foldSurface } from './fold';
import { lookupGazetteer } from './gazetteer';
import { PERSON_NOUNS } from './entity-words';

/** Who a quote is attributed to, as the words around it say. */
export interface Attribution {
  speaker?: string;
  addressee?: string;
  /** The attribution names a speaker in words no entity matches ('officials said'). */
  unnamed?: boolean;
}

/** A clause after a quote that opens with a conjunction or preposition has no speaker in it: '“massacre” and said ...'. */
const NOT_A_SUBJECT = /^(?:and|but|or|to|in|on|at|for|with|as|while|after|before|because|which|who|from|of|by|about|into|than|over|across)\b/i;
const PRONOUN = /^(?:he|she)$/i;
/** Title-only speakers ('the secretary', 'the spokesman') resolve through the article's roles. */
const TITLE_ONLY = /^(?:the|a|an)\s+([\p{Ll} -]+)$/u;
/** A capitalised title alone, as press releases write it: 'the Minister said', 'the President added', 'the Prime Minister said'. */
/** One to three capitalised words with no article: 'Lyonchhen', 'Taoiseach'. */
const BARE_CAPITAL_TITLE = /^\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}$/u;
/** 'the family', 'his relatives', 'her loved ones': a family group, never a named speaker. */
const KIN_GROUP = /^(?:the|his|her|their)\s+(?:(?:whole|extended|wider|grieving|victim['’]s)\s+)?(?:family|relatives|loved\s+ones)$/iu;
const CAPITAL_TITLE_ONLY = /^[Tt]he\s+((?:\p{Lu}\p{Ll}+\s+){0,2}\p{Lu}\p{Ll}+)$/u;
let titlePhrases: ReadonlySet<string> | undefined;
/** True for a capitalised title of one or more words: a one-word title, an organisation noun, or a curated title phrase ('Prime Minister'). */
function isCapitalTitle(phrase: string): boolean {
  const words = phrase.split(/\s+/);
  if (words.length === 1) return isSingleTitle(phrase) || isOrganisationNoun(phrase);
  titlePhrases ??= new Set(vocab().titles.map((t) => t.join(' ')));
  // 'the Prime Minister', 'the Foreign Minister': a curated phrase, or a one-word title with capitalised modifiers.
  return titlePhrases.has(foldSurface(phrase)) || isSingleTitle(words[words.length - 1]!);
}
let singleTitles: ReadonlySet<string> | undefined;
/** One-word titles of the curated list ('minister', 'president'), folded. */
export function isSingleTitle(word: string): boolean {
  singleTitles ??= new Set(vocab().titles.filter((t) => t.length === 1).map((t) => t[0]!));
  return singleTitles.has(foldSurface(word));
}
/** Words allowed between a speaker and the verb, or after it: 'Kerry also told', 'said in a statement'. */
const FILLER = /^(?:(?:also|later|then|had|has|have|again|previously|repeatedly|in a statement|in an interview|in a written statement|in an emailed response|on twitter|on \w+day|\w+day|that|reporters|supporters)[\s,]*)+$/i;

/** A dash after a closing quote mark, then the words up to the line end: a pull quote's source. */
const PULL_QUOTE_DASH = /^[ \t]*[—–][ \t]*(?=\p{Lu})([^\n“”"]{2,120}?)[ \t]*(?:\n|$)/u;
/** What may follow the name of a pull quote's source: nothing, or its title after a comma. */
const PULL_QUOTE_REST = /^\s*(?:,[^\n]*)?$/;
/** 'As X put it in the debate:' right before a quote: the speaker is X. */
const PUT_IT_BEFORE = /(?:^|[.!?;]\s+|,\s+|\s)[Aa]s\s+((?:[^,.;:!?“”"]|(?<=\b(?:Dr|Mr|Mrs|Ms|Prof))\.){1,120}?)\s+(?:once\s+|later\s+|has\s+|had\s+)?put\s+it(?:\s+[^,.;:!?“”"]{1,60}?)?\s*[:,]\s*$/u;
/** ', as X put it' right after a quote (groups: the speaker's words, the space before 'put'). */
const PUT_IT_AFTER = /^[\s,]*as\s+((?:[^,.;:!?“”"]|(?<=\b(?:Dr|Mr|Mrs|Ms|Prof))\.){1,120}?)(\s+)(?=(?:once\s+|later\s+|has\s+|had\s+)?put\s+it\b)/u;
/** Verbs that attribute a quote: speech verbs and promises ('“No family will be left without seed,” the minister pledged'). */
const ATTRIBUTION_VERBS: ReadonlySet<string> = new Set([...SPEECH_VERBS, 'pledged', 'pledges', 'promised', 'promises', 'laughed', 'laughs', 'joked', 'jokes']);
/** Most words before the verb when the speaker opens them with a lower-case title: 'chief prosecutor X of the ... Department told'. */
const MAX_TITLED_ATTRIBUTION_WORDS = 16;
const LOWER_TITLE_LEAD = /^(?:\p{Ll}[\p{Ll}-]*\s+){1,3}$/u;
/** Most words before the verb when the speaker's name carries one appositive: 'X, president of the Chamber of ... (GZS), told'. */
const MAX_APPOSITIVE_ATTRIBUTION_WORDS = 22;
/** One appositive between a name and its verb: ', head of the cantonal Department of Finance and Energy,'. */
const APPOSITIVE_TO_VERB = /^,[^,;“”"]{1,160},\s*$/u;
/** Nothing, or up to four title words, before a name: 'Conseiller d'État X', 'Agriculture Minister X', 'chief economist X'. */
const TITLE_WORDS_LEAD = /^(?:[\p{L}'’.-]+\s+){0,4}$/u;
/** 'X is quoted as saying', 'X was quoted by the paper as saying': the one quoted is the speaker. */
const QUOTED_AS_AFTER = /^(.{1,80}?)\s+(?:is|was|were|are|has\s+been|had\s+been)\s+(?:also\s+)?quoted\s+(?:by\s+[^,;]{1,60}?\s+)?as\s+(?:saying|telling|adding|writing)\b/u;
/** 'the paper quoted him as saying', 'It quotes him as saying on election night:': the object of 'quote' is the speaker. */
const QUOTES_OBJECT_AS = /\bquot(?:es|ed|ing)\s+(.{1,80}?)\s+as\s+(?:saying|telling|adding|writing)\b/u;

function speechVerbAt(text: string, span: Span): { verb: string; index: number } | undefined {
  const re = /\p{L}+/gu;
  const body = text.slice(span.start, span.end);
  for (let m = re.exec(body); m !== null; m = re.exec(body)) {
    if (ATTRIBUTION_VERBS.has(m[0].toLowerCase())) return { verb: m[0].toLowerCase(), index: span.start + m.index };
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
  const head = (t: string) => {
    const word = t.replace(/\s+(?:of|for)\s.*$/, '').split(/\s+/).pop();
    return word ? (TITLE_HEAD_SYNONYMS[word] ?? word) : word;
  };
  // 'Minister of Energy and Mines X' … 'the Minister said': a title of one word before 'of' names its holder too.
  if (/\s(?:of|for)\s/.test(title)) return !/\s/.test(description) && /^\S+\s+(?:of|for)\s/.test(title) && head(title)?.toLowerCase() === head(description)?.toLowerCase();
  return head(title) === head(description);
}

/** Title words a later description names by another word: 'Justice X' … 'the judge said'. */
const TITLE_HEAD_SYNONYMS: Readonly<Record<string, string>> = { justice: 'judge' };

/** The one asked, then the question: ' SecDef whether ...', ' the minister if ...', ' her how ...'. */
const ASKED_QUESTION = /^\s+(?:[^\s,.;:“”"]+\s+){1,4}(?:whether|if|how|why|what|when|where|who)\b/u;
/** A sentence whose speaker is an unnamed person: 'A nurse who asked not to be named said ...', 'One resident told ...'. */
const UNNAMED_SPEAKER_OPENING = /^\s*(?:A|An|One|Another)\s+\p{Ll}/u;

/**
 * True when a sentence between `from` and `at` reports an unnamed person's words, so that a
 * later 'she said' continues that speaker, not the person named before it. A pronoun of the
 * other gender in the sentence ('A driver, who said he ...') rules it out.
 */
function unnamedSpeakerBetween(doc: AnalysedText, from: number, at: number, gender: 'f' | 'm' | undefined): boolean {
  return doc.sentences.some((s) => {
    if (s.start < from || s.end > at) return false;
    const body = doc.text.slice(s.start, s.end);
    if (!UNNAMED_SPEAKER_OPENING.test(body)) return false;
    const verb = /\p{L}+/gu;
    for (let m = verb.exec(body); m !== null; m = verb.exec(body)) {
      if (!SPEECH_VERBS.has(m[0].toLowerCase())) continue;
      // 'A sergeant asked the minister whether ...': a question put to someone; the answer that follows is the other's.
      if (/^ask/i.test(m[0]) && ASKED_QUESTION.test(body.slice(m.index + m[0].length))) return false;
      const head = body.slice(0, m.index);
      if (doc.mentions.some((x) => x.kind === 'PERSON' && x.start >= s.start && x.start < s.start + m!.index)) return false;
      const other = gender === 'f' ? /\b(?:he|him|his)\b/i : gender === 'm' ? /\b(?:she|her)\b/i : undefined;
      return !other || !other.test(head);
    }
    return false;
  });
}

/**
 * The person a pronoun or title-only phrase continues: the nearest fitting person before `at`.
 * A pronoun after an unnamed speaker's sentence continues that speaker: nobody.
 */
export function nearestPerson(doc: AnalysedText, at: number, fit: { title?: string; gender?: 'f' | 'm' } = {}): string | undefined {
  if (fit.gender && fit.title === undefined) {
    const delegation = delegateBefore(doc, at);
    if (delegation) return delegation;
  }
  const found = nearestWith(doc, at, fit, fit.gender ? pronounGenders(doc) : doc.genders);
  if (!fit.gender || fit.title !== undefined) return found;
  return speakerAgainstLexicon(doc, at, fit.gender, found) ?? found;
}

/** 'the representative of (the) ' right before a country's name; "'s representative" right after it (UN meetings style). */
const DELEGATE_OF = /\b(?:representative|delegate)\s+(?:of|for)\s+(?:the\s+)?$/u;
const DELEGATE_POSSESSIVE = /^['’]s\s+(?:representative|delegate)\b/u;

/**
 * The country whose unnamed delegate a pronoun continues: 'The representative of Norway said ... . She added ...' (the
 * delegate speaks as the country). Only in the pronoun's paragraph, with no person named between.
 */
function delegateBefore(doc: AnalysedText, at: number): string | undefined {
  const here = sentenceAt(doc, at);
  if (!here) return undefined;
  let k = here.index;
  while (k > 0 && doc.sentences[k - 1]!.paragraph === here.paragraph) k--;
  const from = doc.sentences[k]!.start;
  for (let i = doc.mentions.length - 1; i >= 0; i--) {
    const m = doc.mentions[i]!;
    if (m.end > at) continue;
    if (m.start < from) return undefined;
    if (doc.quoted.some((q) => q.start <= m.start && m.end <= q.end)) continue;
    if (m.kind === 'PERSON') return undefined;
    if (m.kind !== 'PLACE' || !(DELEGATE_OF.test(doc.text.slice(Math.max(from, m.start - 40), m.start)) || DELEGATE_POSSESSIVE.test(doc.text.slice(m.end, m.end + 30)))) continue;
    return lookupGazetteer(m.surface)?.id.startsWith('country:') ? m.key : undefined;
  }
  return undefined;
}

/** The first word after a subject (past an appositive, or the comma closing one before it): 'X, the centre's director, said', 'The director, X, said'. */
const AFTER_SUBJECT = /^(?:\s*,[^,.;:"“”]{1,80},|\s*,)?\s+(?:also\s+)?(\p{Ll}+)/u;

/** True when a mention is the subject of a speech verb: 'X said', 'X, the centre's director, told'. */
function speaksAt(doc: AnalysedText, m: Span): boolean {
  const word = AFTER_SUBJECT.exec(doc.text.slice(m.end, m.end + 100))?.[1];
  return (word !== undefined && SPEECH_VERBS.has(word)) || POSTPOSED_SPEAKER_BEFORE.test(doc.text.slice(Math.max(0, m.start - 40), m.start));
}
/** A postposed speaker: '..., said Nguyen Thi Thu Ha', '..." said Dr. X'. */
const POSTPOSED_SPEAKER_BEFORE = /[,”"]\s*(?:said|says|added|adds)\s+(?:(?:Dr|Prof|Mr|Mrs|Ms)\.?\s+)?$/u;

/**
 * '“...,” he said.' right after 'The centre's director, Joan Micó Armengol, said ...': the person who has just spoken,
 * although the lexicon gives the given name the other gender (given names differ across languages: Catalan Joan,
 * Italian Andrea), when the person the pronoun fits has never spoken in the article. The pronoun is in the speaker's
 * paragraph or the next one, no other person stands between, and no pronoun of the lexicon's gender follows the name.
 */
function speakerAgainstLexicon(doc: AnalysedText, at: number, gender: 'f' | 'm', found: string | undefined): string | undefined {
  let nearest: ResolvedMention | undefined;
  for (let i = doc.mentions.length - 1; i >= 0; i--) {
    const m = doc.mentions[i]!;
    if (m.end > at || m.kind !== 'PERSON' || m.possessive) continue;
    if (doc.quoted.some((q) => q.start <= m.start && m.end <= q.end)) continue;
    nearest = m;
    break;
  }
  if (!nearest || nearest.key === found) return undefined;
  const lexicon = doc.genders.get(nearest.key);
  if (!lexicon || lexicon === gender) return undefined;
  const here = sentenceAt(doc, at);
  const there = doc.sentences[nearest.sentence];
  if (!here || !there || here.paragraph - there.paragraph > 1) return undefined;
  if (!speaksAt(doc, nearest)) return undefined;
  if ((lexicon === 'f' ? /\b(?:she|her|hers)\b/i : /\b(?:he|him|his)\b/i).test(doc.text.slice(nearest.end, at))) return undefined;
  // The one the pronoun fits has spoken before and its given name is of that gender: keep it (the article's own pronoun
  // inference is no evidence here, as it may have read this very pronoun).
  if (found && doc.genders.get(found) === gender && doc.mentions.some((m) => m.key === found && m.end <= at && speaksAt(doc, m))) return undefined;
  return nearest.key;
}

/** 'she said', 'he told': a pronoun attributing speech, whose person then has that gender. */
const PRONOUN_SPEAKER = /\b([Hh]e|[Ss]he)\s+(?:also\s+)?(?:said|says|told|tells|added|adds)\b/g;
const inferredGenders = new WeakMap<AnalysedText, ReadonlyMap<string, 'f' | 'm'>>();

/**
 * Genders the lexicon knows, plus those the article's own pronouns give: a person of unknown
 * gender whom an earlier 'she said' resolves to is a woman, so a later 'he said' passes her by
 * ('Dr. Nomvuyo X said ... “...,” she said. ... He said ...'). Read once per article, in order.
 */
function pronounGenders(doc: AnalysedText): ReadonlyMap<string, 'f' | 'm'> {
  const cached = inferredGenders.get(doc);
  if (cached) return cached;
  const genders = new Map(doc.genders);
  for (const m of doc.text.matchAll(PRONOUN_SPEAKER)) {
    const at = m.index!;
    if (doc.quoted.some((q) => q.start <= at && at < q.end)) continue;
    const gender = pronounGender(m[1]!)!;
    const key = nearestWith(doc, at, { gender }, genders);
    if (key && !genders.has(key)) genders.set(key, gender);
  }
  inferredGenders.set(doc, genders);
  return genders;
}

function nearestWith(doc: AnalysedText, at: number, fit: { title?: string; gender?: 'f' | 'm' }, genders: ReadonlyMap<string, 'f' | 'm'>): string | undefined {
  for (let i = doc.mentions.length - 1; i >= 0; i--) {
    const m = doc.mentions[i]!;
    if (m.end > at || m.kind !== 'PERSON' || m.possessive) continue;
    if (doc.quoted.some((q) => q.start <= m.start && m.end <= q.end)) continue;
    const gender = genders.get(m.key);
    if (fit.gender && gender && gender !== fit.gender) continue;
    if (fit.title === undefined || (doc.titles.get(m.key) ?? []).some((t) => sameTitleHead(t, fit.title!))) {
      if (fit.gender && fit.title === undefined && unnamedSpeakerBetween(doc, m.end, at, fit.gender)) return undefined;
      if (fit.gender && fit.title === undefined) {
        // 'Ferreyra said the referee should have ... when Zamora was pulled down. “...,” he said.': a person inside
        // another's reported clause is content; the pronoun goes on with the one reporting.
        const reporter = reporterOf(doc, i, fit.gender, genders) ?? titledReporterOf(doc, i, fit.gender, genders);
        if (reporter) return reporter;
        // 'X was greeted by the commander, Col. Y. ... She told them ...': the agent of a passive is no topic; a pronoun
        // goes on with the passive's subject when its gender fits.
        const topic = passiveSubjectOf(doc, i, fit.gender, genders);
        if (topic) return topic;
        // 'She said she had read references describing Strachan as ... . She accepted ...': a person inside the clause a
        // pronoun of the same gender reports is content; the pronoun goes on with that pronoun's antecedent.
        const s = doc.sentences[m.sentence];
        if (s && s.start < m.start) {
          const opening = PRONOUN_REPORTER.exec(doc.text.slice(s.start, m.start));
          if (opening && pronounGender(opening[1]!) === fit.gender && [...opening[2]!.matchAll(/\p{L}+/gu)].some((w) => SPEECH_VERBS.has(w[0].toLowerCase()) || REPORTING_VERBS.has(w[0].toLowerCase()))) {
            return nearestWith(doc, s.start, fit, genders);
          }
        }
        // 'The magistrate rejected that argument. “...,” she wrote.': a title opening a later sentence is the nearer antecedent.
        const titled = titledOpeningBetween(doc, m.end, at, fit.gender, genders);
        if (titled) return titled;
        // 'Carty told The Irish Times that the tally had Lynch ahead. “...,” she said.': of the sentence's people, one
        // known to fit the pronoun before one of unknown gender.
        if (!gender) {
          const fitting = knownFitBefore(doc, i, fit.gender, genders);
          if (fitting) return fitting;
          // 'X said she had wanted to stage it where Ibsen learned his trade. Ibsen worked there after the violinist Ole
          // Bull founded it. “...,” she said.': a person of unknown gender who never speaks is background; the pronoun
          // goes on with the recent speaker of its gender (this paragraph or the two before).
          const speaker = silentBackground(doc, i, at) ? recentSpeakerOfGender(doc, i, at, fit.gender, genders) : undefined;
          if (speaker) return speaker;
        }
      }
      return m.key;
    }
  }
  return undefined;
}

/** A sentence opening with 'he'/'she' and the words up to a later mention: 'She said she had read references describing '. */
const PRONOUN_REPORTER = /^\s*(He|She)\b(.*)$/su;
/** A title alone attributing a quote: '“...,” the sheriff said', '..., the judge added.' */
const TITLE_ATTRIBUTION = /[,”"’]\s+the\s+((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)\s+(?:also\s+)?(?:said|says|added|adds|told|wrote|writes|continued|concluded)\b/u;
/** A sentence opening with a title alone: 'The magistrate rejected ...', 'The minister also said ...', minutes' 'The Chair reported ...'. */
const TITLE_OPENING = /^\s*[Tt]he\s+((?:\p{L}[\p{Ll}-]*\s+){0,2}\p{L}[\p{Ll}-]*)\s+(?:also\s+|then\s+|later\s+)?\p{Ll}+(?:ed|s)\b/u;

/**
 * The person a title-only subject opening a sentence between `from` and `at` stands for, when
 * that person fits the pronoun's gender: 'The magistrate' → the person the article titled so.
 */
function titledOpeningBetween(doc: AnalysedText, from: number, at: number, gender: 'f' | 'm', genders: ReadonlyMap<string, 'f' | 'm'>): string | undefined {
  for (let k = doc.sentences.length - 1; k >= 0; k--) {
    const s = doc.sentences[k]!;
    if (s.start >= at) continue;
    if (s.start < from) break;
    // '“...,” the sheriff said.': a title-only attribution after a quote is as near an antecedent as one opening the sentence.
    const body = doc.text.slice(s.start, Math.min(s.end, at));
    const opening = TITLE_OPENING.exec(body) ?? TITLE_ATTRIBUTION.exec(body);
    if (!opening) continue;
    const key = nearestWith(doc, s.start, { title: opening[1]!.toLowerCase() }, genders);
    if (key && genders.get(key) !== (gender === 'f' ? 'm' : 'f')) return key;
  }
  return undefined;
}

/**
 * A person of the mention `index`'s sentence, named before it, who is the likelier antecedent of
 * a pronoun: one whose known gender fits, else the sentence's subject (named first, with at most
 * a title before it) when nothing rules out its gender: 'Lynch congratulated X and thanked his
 * volunteers. He told RTÉ ...'.
 */
/**
 * True when the person of mention `index` is background: the sentence naming them reports no speech, and they are never
 * the subject of a speech verb before `at`.
 */
function silentBackground(doc: AnalysedText, index: number, at: number): boolean {
  const key = doc.mentions[index]!.key;
  const s = doc.sentences[doc.mentions[index]!.sentence];
  if (!s) return false;
  for (const w of doc.text.slice(s.start, s.end).matchAll(/\p{Ll}+/gu)) if (SPEECH_VERBS.has(w[0]) || REPORTING_VERBS.has(w[0])) return false;
  for (const m of doc.mentions) {
    if (m.start >= at) break;
    if (m.key === key && speaksAt(doc, m)) return false;
  }
  return true;
}

/**
 * The nearest person before mention `index` known to be of `gender` who speaks ('X said ...'), at most
 * RECENT_SPEAKER_PARAGRAPHS paragraphs before `at`, with no person of that gender between.
 */
const RECENT_SPEAKER_PARAGRAPHS = 2;
function recentSpeakerOfGender(doc: AnalysedText, index: number, at: number, gender: 'f' | 'm', genders: ReadonlyMap<string, 'f' | 'm'>): string | undefined {
  const paragraph = sentenceAt(doc, at)?.paragraph;
  if (paragraph === undefined) return undefined;
  for (let j = index - 1; j >= 0; j--) {
    const m = doc.mentions[j]!;
    const there = doc.sentences[m.sentence];
    if (!there || paragraph - there.paragraph > RECENT_SPEAKER_PARAGRAPHS) return undefined;
    if (m.kind !== 'PERSON' || m.possessive || doc.quoted.some((q) => q.start <= m.start && m.end <= q.end)) continue;
    const known = genders.get(m.key);
    if (known !== gender) continue;
    return speaksAt(doc, m) ? m.key : undefined;
  }
  return undefined;
}

function knownFitBefore(doc: AnalysedText, index: number, gender: 'f' | 'm', genders: ReadonlyMap<string, 'f' | 'm'>): string | undefined {
  const sentence = doc.mentions[index]!.sentence;
  const candidate = doc.mentions[index]!.key;
  let subject: string | undefined;
  for (let j = index - 1; j >= 0; j--) {
    const m = doc.mentions[j]!;
    if (m.sentence !== sentence) break;
    if (m.kind !== 'PERSON' || m.possessive || m.key === candidate || doc.quoted.some((q) => q.start <= m.start && m.end <= q.end)) continue;
    if (genders.get(m.key) === gender) return m.key;
    const s = doc.sentences[sentence];
    if (!genders.has(m.key) && s && SUBJECT_LEAD.test(doc.text.slice(s.start, m.start)) && /^(?:,[^,]{1,60},)?\s+\p{Ll}+(?:ed|s)\b/u.test(doc.text.slice(m.end, m.end + 80))) subject = m.key;
  }
  return subject;
}
/** A capitalised word and lower-case words ending in a title opening the sentence before a name: 'Chief referee ', 'Team captain '. */
const OPENING_TITLE_LEAD = /^\s*\p{Lu}[\p{L}'’-]*(?:\s+\p{Ll}[\p{Ll}'’-]*){0,2}\s+$/u;
function titleLead(lead: string): boolean {
  return OPENING_TITLE_LEAD.test(lead) && isSingleTitle(lead.trim().split(/\s+/).pop()!);
}
/**
 * The person opening the sentence of mention `index` as the subject of a speech verb that stands
 * between them, when the pronoun's gender does not rule that person out: the mention is inside
 * the reported clause ('Ferreyra, a Uruguayan ..., said the referee should have ... when Zamora
 * ...').
 */
function reporterOf(doc: AnalysedText, index: number, gender: 'f' | 'm', genders: ReadonlyMap<string, 'f' | 'm'>): string | undefined {
  const candidate = doc.mentions[index]!;
  const s = doc.sentences[candidate.sentence];
  if (!s) return undefined;
  for (let j = index - 1; j >= 0; j--) {
    const p = doc.mentions[j]!;
    if (p.sentence !== candidate.sentence || p.start < s.start) break;
    if (p.kind !== 'PERSON' || p.possessive || p.key === candidate.key || doc.quoted.some((q) => q.start <= p.start && p.end <= q.end)) continue;
    // 'Mladost sporting director X told reporters that ...': a title with lower-case words may open the sentence before the name.
    const titled = doc.roles.find((r) => r.person === p.key && r.end === p.end && r.start >= s.start && r.start < p.start);
    if (!SUBJECT_LEAD.test(doc.text.slice(s.start, p.start)) && !(titled && SUBJECT_LEAD.test(doc.text.slice(s.start, titled.start))) && !titleLead(doc.text.slice(s.start, p.start))) continue;
    if (genders.get(p.key) === (gender === 'f' ? 'm' : 'f')) return undefined;
    const between = doc.text.slice(p.end, candidate.start);
    for (const w of between.matchAll(/\p{L}+/gu)) if (SPEECH_VERBS.has(w[0].toLowerCase()) || REPORTING_VERBS.has(w[0].toLowerCase())) return p.key;
    return undefined;
  }
  return undefined;
}

/** A passive verb and its 'by' before the agent: ' was greeted by ', ' were met at the airport by the '. */
const PASSIVE_AGENT = /^\s+(?:was|were|is|are|had\s+been|has\s+been)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+(?:ed|en|wn)\b[^.;:!?“”"]{0,120}?\bby\b/u;

/**
 * The subject of a passive whose agent is the mention `index` ('Whitmore-Reyes was greeted by ..., Col. Denise Alvarado'),
 * when that subject opens the sentence as a person whose gender does not rule it out.
 */
function passiveSubjectOf(doc: AnalysedText, index: number, gender: 'f' | 'm', genders: ReadonlyMap<string, 'f' | 'm'>): string | undefined {
  const candidate = doc.mentions[index]!;
  const s = doc.sentences[candidate.sentence];
  if (!s) return undefined;
  for (let j = index - 1; j >= 0; j--) {
    const p = doc.mentions[j]!;
    if (p.sentence !== candidate.sentence || p.start < s.start) break;
    if (p.kind !== 'PERSON' || p.possessive || p.key === candidate.key) continue;
    const titled = doc.roles.find((r) => r.person === p.key && r.end === p.end && r.start >= s.start && r.start < p.start);
    if (!SUBJECT_LEAD.test(doc.text.slice(stripTimeStamp(doc.text.slice(s.start, p.start)) + s.start, titled?.start ?? p.start))) continue;
    if (genders.get(p.key) === (gender === 'f' ? 'm' : 'f')) return undefined;
    const agent = PASSIVE_AGENT.exec(doc.text.slice(p.end, candidate.start));
    return agent && !/[;!?]/.test(doc.text.slice(p.end, candidate.start)) ? p.key : undefined;
  }
  return undefined;
}

/** Offset past a log entry's time stamp opening a sentence: '12:55 p.m. -- ', '0915 - '. */
function stripTimeStamp(head: string): number {
  return /^\s*\d{1,2}[:.]?\d{2}\s*(?:[ap]\.?m\.?)?\s*[-—–]{1,2}\s*/iu.exec(head)?.[0].length ?? 0;
}

/**
 * The person a title-only attribution earlier in the sentence of mention `index` stands for ('“...,” the magistrate said,
 * adding that Ramakatsa had ...'): the mention is inside that speaker's report. Resolved as the quote's attribution is: the
 * person with that title, else the person named last before it; undefined when the pronoun's gender rules that person out.
 */
function titledReporterOf(doc: AnalysedText, index: number, gender: 'f' | 'm', genders: ReadonlyMap<string, 'f' | 'm'>): string | undefined {
  const candidate = doc.mentions[index]!;
  const s = doc.sentences[candidate.sentence];
  if (!s || s.start >= candidate.start) return undefined;
  const attribution = TITLE_ATTRIBUTION.exec(doc.text.slice(s.start, candidate.start));
  if (!attribution || isOrganisationNoun(attribution[1]!.trim().split(/\s+/).pop()!)) return undefined;
  const at = s.start + attribution.index;
  const key = nearestWith(doc, at, { title: attribution[1]!.toLowerCase() }, genders) ?? nearestWith(doc, at, {}, genders);
  return key && key !== candidate.key && genders.get(key) !== (gender === 'f' ? 'm' : 'f') ? key : undefined;
}

/** What may stand before a sentence's subject: nothing, or capitalised title words ('Fine Gael TD'). */
const SUBJECT_LEAD = /^\s*(?:\p{Lu}[\p{L}'’-]*\s+){0,4}$/u;

/** Nouns a description uses for an organisation named before: 'the company said', 'the panel wrote'. */
export const ORG_NOUNS = 'company|group|firm|agency|ministry|department|government|federation|organi[sz]ation|council|court|regulator|bank|party|union|association|team|club|operator|centre|center|unit|body|authority|university|panel|tribunal|commission|institute|board|hospital|committee|network|foundation|charity|utility|airline|insurer|lender|carrier|manufacturer|developer|miner|producer|force|museum|directorate|secretariat|bureau|chamber|mission';
const ORG_NOUN = new RegExp(`^(?:${ORG_NOUNS})$`, 'i');

/** True for a noun that describes an organisation: 'court', 'authority', 'panel'. */
export function isOrganisationNoun(word: string): boolean {
  return ORG_NOUN.test(word);
}

/**
 * The organisation named before `at` that a description stands for (GUIDELINES §5): the nearest
 * one with the description's noun in its name ('the council' → 'Leicester City Council'), else,
 * when `loose`, the nearest organisation ('the panel' → 'CAS').
 */
/** An appositive describing the name before it: ', a medical logistics company based in ...'. */
const DESCRIBING_APPOSITIVE = /^\s*(?:\([^()]*\))?,\s+(?:a|an|the)\s+((?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+)/u;
/** A company's legal form closing its name: 'Kaha Deliveries Limited', 'Acme Ltd', 'Nordsee GmbH', 'Daesan Marine Co.'. */
const COMPANY_FORM = /\s(?:Limited|Ltd\.?|Inc\.?|Incorporated|Co\.|Company|LLC|PLC|plc|Corp\.?|Corporation|GmbH|AG|SA|SAS|S\.A\.|NV|N\.V\.|BV|Pty|AB|ASA|Oyj|SpA|S\.p\.A\.|Bhd|Berhad)$/u;
/** A public body's name, which 'the company' never stands for: 'Court of Appeal', 'Ministry of Energy', 'Tax Authority'. */
const PUBLIC_BODY_NAME = /\b(?:Court|Tribunal|Ministry|Council|Commission|Authority|Government|Department|University|Parliament|Assembly|Police|Army|Regulator)\b/u;
/** Descriptions a company's legal form answers to: 'the company', 'the firm'. */
const COMPANY_WORDS = /^(?:company|firm|operator|carrier|manufacturer|developer|producer|lender|insurer|airline|miner|utility)$/;
/** Where the head of an appositive ends: 'a medical logistics company based in ...', 'a company of ...'. */
const APPOSITIVE_HEAD_END = /^(?:based|of|at|in|for|with|that|which|who|from|on|owned|run|specialising|specializing)$/;

/** The head noun of an indefinite appositive's words: 'medical logistics company based in' → 'company'. */
function appositiveHead(words: string): string {
  const list = words.trim().split(/\s+/);
  const stop = list.findIndex((w) => APPOSITIVE_HEAD_END.test(w));
  return (stop < 0 ? list : list.slice(0, stop)).pop()?.toLowerCase() ?? '';
}
/** A noun right before the name: 'the construction company Nemunas Tiltai'. */
const DESCRIBING_NOUN = /\b(?:the|a|an)\s+(?:[\p{Ll}-]+\s+){0,2}(\p{Ll}+)\s+$/u;

/** A description, then the name as its appositive: 'the country's casino and hotel group, the Acme Resorts Company'. */
const DESCRIPTION_THEN_NAME = /\b(\p{Ll}+),\s+(?:the\s+)?$/u;

/** The judges sitting in a case: 'the panel', 'the bench'. */
const BENCH_NOUN = /^(?:panel|bench)$/;
/** A court's name: 'Court of Appeal', 'Supreme Court of X', 'Constitutional Tribunal'. */
const COURT_NAME = /\b(?:Court|Tribunal)\b/u;
/** A name governed by a preposition is no actor: 'a ruling of the Supreme Court', 'appealed to the High Court'. */
const OBJECT_OF_PREPOSITION = /\b(?:of|by|from|to|in|at|before|against|with)\s+(?:the\s+)?$/iu;

export function describedOrganisation(doc: AnalysedText, at: number, noun: string, loose = true): string | undefined {
  const word = noun.toLowerCase();
  for (let i = doc.mentions.length - 1; i >= 0; i--) {
    const m = doc.mentions[i]!;
    if (m.end > at || m.kind !== 'ORGANIZATION') continue;
    if (doc.quoted.some((q) => q.start <= m.start && m.end <= q.end)) continue;
    if (m.surface.toLowerCase().split(/\s+/).includes(word)) return m.key;
  }
  // 'the three-judge panel held that ...', 'The bench ruled ...': a court's bench speaks for the court that acts in the story,
  // not for one whose earlier ruling is mentioned ('overturning a ruling of the Supreme Court').
  if (BENCH_NOUN.test(word)) {
    for (let i = doc.mentions.length - 1; i >= 0; i--) {
      const m = doc.mentions[i]!;
      if (m.end > at || m.kind !== 'ORGANIZATION' || !COURT_NAME.test(m.surface)) continue;
      if (doc.quoted.some((q) => q.start <= m.start && m.end <= q.end)) continue;
      if (OBJECT_OF_PREPOSITION.test(doc.text.slice(Math.max(0, m.start - 20), m.start))) continue;
      return m.key;
    }
  }
  if (!loose) return undefined;
  // 'Yakro Drones SAS, a medical logistics company based in ...' then 'the company said': the one the article described so.
  for (let i = doc.mentions.length - 1; i >= 0; i--) {
    const m = doc.mentions[i]!;
    if (m.end > at || m.kind !== 'ORGANIZATION' || doc.quoted.some((q) => q.start <= m.start && m.end <= q.end)) continue;
    const appositive = DESCRIBING_APPOSITIVE.exec(doc.text.slice(m.end, Math.min(at, m.end + 120)));
    if (appositive && appositiveHead(appositive[1]!) === word) return m.key;
    const lead = doc.text.slice(Math.max(0, m.start - 60), m.start);
    const before = DESCRIBING_NOUN.exec(lead) ?? DESCRIPTION_THEN_NAME.exec(lead);
    if (before && before[1]!.toLowerCase() === word) return m.key;
  }
  // 'Kaha Deliveries Limited ... . The company said': a name with a company's legal form.
  if (COMPANY_WORDS.test(word)) {
    const companies = new Set<string>();
    for (const m of doc.mentions) if (m.kind === 'ORGANIZATION' && m.end <= at && COMPANY_FORM.test(m.surface)) companies.add(m.key);
    for (let i = doc.mentions.length - 1; i >= 0 && companies.size; i--) {
      const m = doc.mentions[i]!;
      if (m.end <= at && companies.has(m.key) && !doc.quoted.some((q) => q.start <= m.start && m.end <= q.end)) return m.key;
    }
  }
  // The nearest organisation; for a company's description, passing over a public body ('the company' is not the
  // 'Court of Appeal' its statement mentions), the nearest one when every candidate is one.
  let nearest: string | undefined;
  for (let i = doc.mentions.length - 1; i >= 0; i--) {
    const m = doc.mentions[i]!;
    if (m.end > at || m.kind !== 'ORGANIZATION' || doc.quoted.some((q) => q.start <= m.start && m.end <= q.end)) continue;
    nearest ??= m.key;
    if (!COMPANY_WORDS.test(word) || !PUBLIC_BODY_NAME.test(m.surface)) return m.key;
  }
  return nearest;
}

/** 'he' / 'she' as the gender a pronoun asks for. */
export function pronounGender(word: string): 'f' | 'm' | undefined {
  const w = word.toLowerCase();
  return w === 'she' || w === 'her' ? 'f' : w === 'he' || w === 'him' || w === 'his' ? 'm' : undefined;
}

/**
 * The person an age-only description stands for: the nearest person before `at` whose age the
 * article gave ('Cordero, 31,', 'Ana Ruiz (61)', 'the 61-year-old Ana Ruiz'), else the nearest person.
 */
export function personOfAge(doc: AnalysedText, at: number, age: string): string | undefined {
  let pair = AGE_RES.get(age);
  if (!pair) {
    if (AGE_RES.size >= 500) AGE_RES.clear();
    AGE_RES.set(age, (pair = [new RegExp(`^(?:,\\s*${age}\\s*,|\\s*\\(${age}\\))`), new RegExp(`\\b${age}-year-old\\s+(?:\\p{Ll}+\\s+){0,3}$`, 'u')]));
  }
  const [given, before] = pair;
  for (let i = doc.mentions.length - 1; i >= 0; i--) {
    const m = doc.mentions[i]!;
    if (m.end > at || m.kind !== 'PERSON' || doc.quoted.some((q) => q.start <= m.start && m.end <= q.end)) continue;
    if (given.test(doc.text.slice(m.end, m.end + 8)) || before.test(doc.text.slice(Math.max(0, m.start - 60), m.start))) return m.key;
  }
  return nearestPerson(doc, at);
}

/** personOfAge()'s two regexes by age (built once each). */
const AGE_RES = new Map<string, [RegExp, RegExp]>();

/** Nouns a description uses for a newspaper or magazine named before: 'the paper warns', 'the weekly's editorial says'. */
export const MEDIA_NOUNS = 'paper|newspaper|daily|weekly|tabloid|broadsheet|magazine';
/** A publication described, or its editorial voice: 'the paper', 'the conservative weekly', 'the daily's editorial'. */
const MEDIA_DESCRIPTION = new RegExp(`^(?:the|its)\\s+(?:[\\p{Ll}-]+\\s+)?(?:${MEDIA_NOUNS})(?:['’]s\\s+(?:[\\p{Ll}-]+\\s+)?(?:editorial|leader|column|commentary|front\\s+page|lead\\s+story|report|article|story|website))?$`, 'iu');
/** What stands before a publication that is a clause's subject: the sentence start, a comma, 'the'. */
const SUBJECT_BEFORE = /(?:^|[,;:]\s*)(?:the\s+)?$/iu;
/** A verb right after a publication that is a clause's subject: 'X says', 'X leads with', 'X is the only title to argue', 'X reported'. */
const SUBJECT_VERB_AFTER = /^(?:\s*\([^()]*\))?\s+(?:also\s+|then\s+|again\s+)?(?:is|was|has|had|said|wrote|told|ran|led|gave|\p{Ll}{2,}(?:s|ed))\b/u;

/** True for a description of a newspaper or its editorial: 'the paper', 'the weekly's editorial'. */
export function isMediaDescription(phrase: string): boolean {
  return MEDIA_DESCRIPTION.test(phrase.trim());
}

/**
 * The publication 'the paper' stands for (GUIDELINES §5, title-only speakers): the nearest organisation
 * before `at` written as a clause's subject ('Ljubljanski Dnevnik says ...', 'Under the headline "...", X
 * says ...'), not one named inside a clause ('Civic Alliance and New Centre together hold ...').
 */
export function describedMedia(doc: AnalysedText, at: number): string | undefined {
  for (let i = doc.mentions.length - 1; i >= 0; i--) {
    const m = doc.mentions[i]!;
    if (m.end > at || m.kind !== 'ORGANIZATION' || m.possessive) continue;
    if (doc.quoted.some((q) => q.start <= m.start && m.end <= q.end)) continue;
    const s = sentenceAt(doc, m.start);
    if (!s || !SUBJECT_BEFORE.test(doc.text.slice(s.start, m.start))) continue;
    if (SUBJECT_VERB_AFTER.test(doc.text.slice(m.end, Math.min(s.end, m.end + 60)))) return m.key;
  }
  return undefined;
}

/** An age alone naming a speaker: 'the 46-year-old'. */
const AGE_ONLY = /^the\s+(\d{1,3})-year-old$/iu;

/** Resolves the words naming a speaker: an entity, a pronoun, or a title-only phrase. */
function speakerIn(doc: AnalysedText, span: Span): Attribution | undefined {
  const phrase = doc.text.slice(span.start, span.end).trim();
  const named = mentionsIn(doc, span);
  const person = named.find((m) => m.kind === 'PERSON');
  const chosen = person ?? named[named.length - 1];
  if (chosen) return { speaker: chosen.key };
  if (PRONOUN.test(phrase)) return { speaker: nearestPerson(doc, span.start, { gender: pronounGender(phrase) }) };
  // '..., Lyonchhen said.': a capitalised title written alone, with no article, stands for the person the article gave it to.
  if (BARE_CAPITAL_TITLE.test(phrase)) {
    const folded = foldSurface(phrase);
    const role = [...doc.roles].reverse().find((r) => r.end <= span.start && foldSurface(r.title) === folded);
    if (role) return { speaker: role.person };
  }
  // '..., the 46-year-old said.'
  const aged = AGE_ONLY.exec(phrase);
  if (aged) {
    const key = personOfAge(doc, span.start, aged[1]!);
    if (key) return { speaker: key };
  }
  // 'the paper warned', 'the weekly's editorial says': the publication the article named as a speaker before.
  if (isMediaDescription(phrase)) {
    const key = describedMedia(doc, span.start);
    return key ? { speaker: key } : { unnamed: true };
  }
  // '..., the family said': a family or its friends speak as no named entity, not as the relative the article named last.
  if (KIN_GROUP.test(phrase)) return { unnamed: true };
  const capital = CAPITAL_TITLE_ONLY.exec(phrase);
  const titled = TITLE_ONLY.exec(phrase) ?? (capital && isCapitalTitle(capital[1]!) ? (['', capital[1]!.toLowerCase()] as unknown as RegExpExecArray) : null);
  // 'the panel wrote', 'the authority said': the organisation the description stands for.
  const noun = titled?.[1]!.trim().split(/\s+/).pop();
  if (titled && noun && isOrganisationNoun(noun)) {
    const key = describedOrganisation(doc, span.start, noun);
    return key ? { speaker: key } : { unnamed: true };
  }
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
 * A pull quote's source: '“...” — Ruwani Abeysekera', a dash after the closing mark, then a name
 * alone (or with its title after a comma) to the line end. `at` is the closing mark's end.
 */
export function pullQuoteSource(doc: AnalysedText, at: number): string | undefined {
  const dash = PULL_QUOTE_DASH.exec(doc.text.slice(at, at + 160));
  if (!dash) return undefined;
  const from = at + dash[0].length - dash[0].replace(/^[ \t]*[—–][ \t]*/, '').length;
  const to = from + dash[1]!.length;
  const first = mentionsIn(doc, { start: from, end: to })[0];
  if (!first || first.start !== from || !PULL_QUOTE_REST.test(doc.text.slice(first.end, to))) return undefined;
  return first.kind === 'PERSON' || first.kind === 'ORGANIZATION' ? first.key : undefined;
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
  // '“...,” as the minister put it.': the one whose words the quote gives.
  const putIt = PUT_IT_AFTER.exec(body);
  if (putIt) {
    const start = tail.start + putIt[0].length - putIt[1]!.length - putIt[2]!.length;
    const found = speakerIn(doc, { start, end: start + putIt[1]!.length });
    if (found?.speaker) return found;
  }
  const clause = /^[\s,.!?—–-]*([^;“”"]*)/.exec(body)!;
  const clauseStart = tail.start + clause[0].length - clause[1]!.length;
  const clauseSpan = { start: clauseStart, end: clauseStart + clause[1]!.length };
  const quotedAs = quotedAsSpeaker(doc, clauseSpan);
  if (quotedAs) return quotedAs;
  const verb = speechVerbAt(doc.text, clauseSpan);
  if (!verb) return undefined;
  const before = { start: clauseStart, end: verb.index };
  const words = doc.text.slice(before.start, before.end).trim();
  if (NOT_A_SUBJECT.test(words)) return undefined;
  if (words.split(/\s+/).length > 10) {
    // '...,” chief prosecutor Vilma X of the Organised Crime and Corruption Investigation Department told ...': a titled person opens the words.
    const person = mentionsIn(doc, before).find((m) => m.kind === 'PERSON');
    if (!person) return undefined;
    // '...,” Marko Hrastnik, president of the Chamber of ... (GZS), told the paper': a name (a title before it allowed) and one appositive.
    const appositive = APPOSITIVE_TO_VERB.test(doc.text.slice(person.end, before.end)) && TITLE_WORDS_LEAD.test(doc.text.slice(before.start, person.start));
    if (appositive && words.split(/\s+/).length <= MAX_APPOSITIVE_ATTRIBUTION_WORDS) return { speaker: person.key, addressee: addresseeAfter(doc, verb, clauseSpan.end) };
    if (words.split(/\s+/).length > MAX_TITLED_ATTRIBUTION_WORDS || !LOWER_TITLE_LEAD.test(doc.text.slice(before.start, person.start))) return undefined;
    return { speaker: person.key, addressee: addresseeAfter(doc, verb, clauseSpan.end) };
  }
  if (words.length === 0) {
    // '..., said Kerry' / '..., said the spokesman'
    const rest = doc.text.slice(verb.index + verb.verb.length, clauseSpan.end);
    const who = /^\s*([^,]*)/.exec(rest)![1]!;
    const start = verb.index + verb.verb.length + rest.indexOf(who);
    // '..., said the association's president, Kofi Mensah.': a described post, then the person's name closing the clause.
    const named = describedThenNamed(doc, { start, end: start + who.length }, clauseSpan.end);
    if (named) return { speaker: named };
    return speakerIn(doc, { start, end: start + who.length }) ?? { unnamed: true };
  }
  // 'Kirby, the State Department spokesman, said': try the words right before the verb, then the whole.
  const lastComma = doc.text.lastIndexOf(',', before.end);
  const near = lastComma >= before.start ? { start: lastComma + 1, end: before.end } : before;
  const found = speakerIn(doc, near) ?? speakerIn(doc, before);
  if (!found) return /statement/i.test(words) ? undefined : { unnamed: true };
  return { ...found, addressee: addresseeAfter(doc, verb, clauseSpan.end) };
}

/** A post described by lower-case words, a possessive owner allowed: 'the association's president', 'its medical director'. */
const DESCRIBED_POST = /^(?:the|its|his|her|their|an?|\p{Lu}[\p{L}.&'’-]*(?:\s+\p{Lu}[\p{L}.&'’-]*){0,3}['’]s)\s+(?:[\p{Ll}-]+['’]s\s+)?(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+$/u;

/**
 * The person named in an appositive after a described post that follows the verb: 'said the association's president,
 * Kofi Mensah.', 'said its medical director, Dr. Ama Owusu.' The post holds no name of a person and its last word is a
 * title or 'spokes...'; the name (an honorific before it allowed) closes the clause at `end`.
 */
export function describedThenNamed(doc: AnalysedText, post: Span, end: number): string | undefined {
  const words = doc.text.slice(post.start, post.end).trim();
  if (!DESCRIBED_POST.test(words)) return undefined;
  const head = words.split(/\s+/).pop()!;
  if (!isSingleTitle(head) && !/^spokes/i.test(head) && !PERSON_NOUNS.has(head.toLowerCase()) && !endsWithCuratedTitle(words)) return undefined;
  if (mentionsIn(doc, post).some((m) => m.kind === 'PERSON')) return undefined;
  const comma = doc.text.indexOf(',', post.end);
  if (comma < 0 || comma >= end || /\S/.test(doc.text.slice(post.end, comma))) return undefined;
  const person = mentionsIn(doc, { start: comma, end }).find((m) => m.kind === 'PERSON');
  if (!person || !/^,\s*(?:(?:Dr|Mr|Mrs|Ms|Prof|Sir|Dame)\.?\s+)?$/u.test(doc.text.slice(comma, person.start))) return undefined;
  // '..., Dr. Ama Owusu of the University of Ghana's biology department.': her affiliation may close the clause.
  return /^(?:\s+(?:of|at|from)\s[^,;“”"]*)?[\s.,”"’]*$/u.test(doc.text.slice(person.end, end)) ? person.key : undefined;
}

/** True when the words end with a curated title of two or three words: 'medical director', 'chief executive'. */
function endsWithCuratedTitle(words: string): boolean {
  titlePhrases ??= new Set(vocab().titles.map((t) => t.join(' ')));
  const list = foldSurface(words).split(/\s+/);
  return titlePhrases.has(list.slice(-2).join(' ')) || titlePhrases.has(list.slice(-3).join(' '));
}

/**
 * The one a 'quoted as saying' attribution names: '..., Kolenc is quoted as saying.' (the subject of the passive) or
 * 'The paper quoted him as saying, “...' (the object of 'quote'); a nested report goes to its innermost speaker.
 */
function quotedAsSpeaker(doc: AnalysedText, span: Span): Attribution | undefined {
  const body = doc.text.slice(span.start, span.end);
  const passive = QUOTED_AS_AFTER.exec(body);
  if (passive && !NOT_A_SUBJECT.test(passive[1]!.trim())) {
    const start = span.start + passive[1]!.length - passive[1]!.trimStart().length;
    const found = speakerIn(doc, { start, end: span.start + passive[1]!.length });
    if (found?.speaker) return found;
  }
  const active = QUOTES_OBJECT_AS.exec(body);
  if (active) {
    const start = span.start + active.index + active[0].indexOf(active[1]!);
    // 'quotes him as saying': the object pronoun stands for the person last named of that gender.
    const object = /^(?:him|her)$/i.test(active[1]!.trim()) ? nearestPerson(doc, start, { gender: pronounGender(active[1]!.trim()) }) : undefined;
    if (object) return { speaker: object };
    const found = speakerIn(doc, { start, end: start + active[1]!.length });
    if (found?.speaker) return found;
  }
  return undefined;
}

/**
 * Attribution before a quote: 'Kerry told Lavrov, “...', 'Kirby ... said in a statement, “...'.
 * Only counts when nothing but an addressee or filler stands between the verb and the quote.
 */
export function attributionBefore(doc: AnalysedText, head: Span): Attribution | undefined {
  const body = doc.text.slice(head.start, head.end);
  // 'It quotes him as saying on election night: “...': only a setting may stand between the attribution and the quote.
  const quotedAs = QUOTES_OBJECT_AS.exec(body);
  if (quotedAs && /^[^.;!?“”"]{0,60}$/.test(body.slice(quotedAs.index + quotedAs[0].length)) && /[:,]\s*$/.test(body)) {
    const found = quotedAsSpeaker(doc, { start: head.start + quotedAs.index, end: head.end });
    if (found) return found;
  }
  // 'As Deputy X put it in the debate: “...”': the one whose words the quote gives.
  const putIt = PUT_IT_BEFORE.exec(body);
  if (putIt) {
    const start = head.start + putIt.index + putIt[0].indexOf(putIt[1]!);
    const found = speakerIn(doc, { start, end: start + putIt[1]!.length });
    if (found?.speaker) return found;
  }
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

