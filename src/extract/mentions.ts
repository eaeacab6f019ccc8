import type { EntityKind, Span } from './types';
import type { Sentence } from './sentences';
import { tokenize, type Token } from './tokens';
import { foldSurface } from './fold';
import { isCommonWord, lookupDemonym, lookupGazetteer } from './gazetteer';
import { lexiconTags } from './lexicon';
import { phraseAt, phraseEndingAt } from './phrase';
import { SPEECH_VERBS } from './speech';
import { vocab } from './vocabulary';

/** How sure a kind is: 'known' from a table or a title, 'cue' from the words around it. */
export type Evidence = 'known' | 'cue' | 'guess';

/** A name found in a sentence, before coreference groups mentions into entities. */
export interface Mention extends Span {
  surface: string;
  sentence: number;
  /** Token count of the name ('John Kerry' is 2): the fullest form names the entity. */
  length: number;
  kind?: EntityKind;
  evidence?: Evidence;
  /** Gazetteer id: every spelling of one referent shares it ('US', 'United States'). */
  id?: string;
  /** The title in front of or after a person's name ('Secretary of State'). */
  title?: Span & { text: string };
  /** The country a demonym before the title names ('Russian Foreign Minister'). */
  titleCountry?: string;
  /** An acronym given in brackets after the name: 'World Trade Organization (WTO)'. */
  acronym?: string;
}

const FIRST_NAME_TAGS = ['MaleName', 'FemaleName', 'FirstName'];
const CONNECTORS = new Set(['of', 'for', 'and', '&', 'the']);
/** Connectors that may join two names only inside an organisation's name ('Physicians for Human Rights'). */
const SPLITTING = new Set(['and', '&', 'of', 'for', 'the']);

function isFirstName(word: string): boolean {
  return lexiconTags(word.toLowerCase()).some((t) => FIRST_NAME_TAGS.includes(t));
}

function isDateWord(word: string): boolean {
  const tags = lexiconTags(word.toLowerCase());
  return tags.includes('Month') || tags.includes('WeekDay');
}

function isNameWord(t: Token): boolean {
  if (!t.capital || vocab().notNames.has(t.text) || isDateWord(t.text)) return false;
  return !/^\p{N}/u.test(t.text);
}

/** Compound halves split apart when each is a place or nationality: 'US-Russia', 'U.S.-Russian'. */
function splitCompound(part: string): boolean {
  return lookupGazetteer(part) !== undefined || lookupDemonym(part) !== undefined;
}

/** Words of one name are separated by spaces only, or by the period of an initial ('Sergey V. Lavrov'). */
function gapIsSpace(text: string, a: Token, b: Token): boolean {
  const gap = text.slice(a.end, b.start);
  return /^[ \t]+$/.test(gap) || (/^\p{Lu}$/u.test(a.text) && /^\.[ \t]+$/.test(gap));
}

/** Runs of capitalised words, particles and connectors kept when a capital follows. */
function sequences(text: string, tokens: readonly Token[]): Token[][] {
  const out: Token[][] = [];
  const v = vocab();
  let i = 0;
  while (i < tokens.length) {
    if (!isNameWord(tokens[i]!)) {
      i++;
      continue;
    }
    const seq = [tokens[i]!];
    let j = i;
    // A possessive may sit inside an organisation's name ('IHS Jane’s Terrorism and Insurgency Center');
    // `analyse` splits the run there again when the whole is no organisation.
    for (;;) {
      const next = tokens[j + 1];
      if (next && next.joins && isNameWord(next) && gapIsSpace(text, tokens[j]!, next)) {
        seq.push(next);
        j++;
        continue;
      }
      const after = tokens[j + 2];
      const w = next?.text.toLowerCase() ?? '';
      if (next && after && !next.capital && (v.particles.has(w) || CONNECTORS.has(w)) && isNameWord(after) && gapIsSpace(text, tokens[j]!, next) && gapIsSpace(text, next, after)) {
        seq.push(next, after);
        j += 2;
        continue;
      }
      break;
    }
    out.push(seq);
    i = j + 1;
  }
  return out;
}

function surfaceOf(text: string, seq: readonly Token[]): Span & { surface: string } {
  const start = seq[0]!.start;
  const last = seq[seq.length - 1]!;
  const end = last.start + last.text.length;
  return { start, end, surface: text.slice(start, end) };
}

interface Context {
  text: string;
  tokens: readonly Token[];
  sentence: Sentence;
  /** Index in `tokens` of the first token of the name being classified. */
  at: number;
  /** Index just past the name. */
  after: number;
}

function lower(tokens: readonly Token[], i: number): string | undefined {
  const t = tokens[i];
  return t && !t.capital ? foldSurface(t.text) : undefined;
}

/** Kind from the words around a name: 'the Handarat area', 'the jihadist Fateh al-Sham', 'Kremlin spokesman'. */
function kindFromCues(c: Context, size: number): { kind: EntityKind; evidence: Evidence } | undefined {
  const v = vocab();
  const next = lower(c.tokens, c.after);
  const next2 = next && lower(c.tokens, c.after + 1) ? `${next} ${lower(c.tokens, c.after + 1)}` : undefined;
  const prev = lower(c.tokens, c.at - 1);
  const last = c.tokens[c.after - 1]!;
  const glued = !last.possessive && c.tokens[c.after] && /^[ \t]+$/.test(c.text.slice(last.end, c.tokens[c.after]!.start));
  if (glued && next && (v.placeCuesAfter.has(next) || (next2 && v.placeCuesAfter.has(next2)))) return { kind: 'PLACE', evidence: 'cue' };
  if (glued && next && v.orgCuesAfter.has(next)) return { kind: 'ORGANIZATION', evidence: 'cue' };
  const placeBefore = phraseEndingAt(c.tokens, c.at, v.placeCuesBefore);
  if (placeBefore > 1) return { kind: 'PLACE', evidence: 'cue' };
  if (prev && v.orgCuesBefore.has(prev)) return { kind: 'ORGANIZATION', evidence: 'cue' };
  if (size >= 2 && next && SPEECH_VERBS.has(next)) return { kind: 'PERSON', evidence: 'cue' };
  if (placeBefore === 1) return { kind: 'PLACE', evidence: 'guess' };
  if (prev === 'the' && size === 1) return { kind: 'ORGANIZATION', evidence: 'guess' };
  return undefined;
}

/** Kind from the name's own words: org and place suffixes, 'University of ...', first names, acronyms. */
function kindFromWords(seq: readonly Token[]): EntityKind | undefined {
  const v = vocab();
  const words = seq.map((t) => foldSurface(t.text));
  const last = words[words.length - 1]!;
  if (seq.length >= 2 && v.orgSuffix(last)) return 'ORGANIZATION';
  if (seq.length >= 2 && v.placeSuffix(last)) return 'PLACE';
  if (seq.length >= 3 && v.orgHeads.has(words[0]!) && (words[1] === 'of' || words[1] === 'for')) return 'ORGANIZATION';
  if (seq.some((t) => !t.capital && SPLITTING.has(t.text.toLowerCase()))) return undefined;
  if (seq.length >= 2 && isFirstName(seq[0]!.text)) return 'PERSON';
  if (seq.length === 1 && /^\p{Lu}{2,6}$/u.test(seq[0]!.text.replace(/\./g, ''))) return 'ORGANIZATION';
  return undefined;
}

function mention(c: Context, seq: readonly Token[], kind?: EntityKind, evidence?: Evidence, id?: string): Mention {
  return { ...surfaceOf(c.text, seq), sentence: c.sentence.index, length: seq.filter((t) => t.capital).length, kind, evidence, id };
}

/** Splits a run at 'and' / 'of' / 'for' when the whole is no organisation: 'Belgium and Sweden'. */
function splitAtConnectors(seq: readonly Token[]): Token[][] {
  const parts: Token[][] = [[]];
  for (const t of seq) {
    if (!t.capital && SPLITTING.has(t.text.toLowerCase())) parts.push([]);
    else parts[parts.length - 1]!.push(t);
  }
  return parts.filter((p) => p.length > 0);
}

/** The mentions one run of capitalised words holds (a qualifier and a titled person, or one name). */
function analyse(c: Context, seq: Token[]): Mention[] {
  const v = vocab();
  const whole = surfaceOf(c.text, seq);
  const known = lookupGazetteer(whole.surface);
  if (known) return [mention(c, seq, known.kind, 'known', known.id)];
  const ownKind = kindFromWords(seq);
  const possessive = seq.findIndex((t) => t.possessive);
  const possessor = possessive >= 0 ? surfaceOf(c.text, seq.slice(0, possessive + 1)).surface : '';
  if (possessive >= 0 && possessive < seq.length - 1 && (ownKind !== 'ORGANIZATION' || lookupGazetteer(possessor))) {
    return [...analyse({ ...c, after: c.at + possessive + 1 }, seq.slice(0, possessive + 1)), ...analyse({ ...c, at: c.at + possessive + 1 }, seq.slice(possessive + 1))];
  }
  // A title inside the run: 'US Secretary of State John Kerry', 'UN Ambassador Bashar Ja’afari'.
  if (ownKind !== 'ORGANIZATION' && ownKind !== 'PLACE') {
    for (let k = 0; k < seq.length; k++) {
      const size = phraseAt(seq, k, v.titles);
      if (size === 0) continue;
      const qualifierTokens = seq.slice(0, k);
      const name = seq.slice(k + size);
      const out: Mention[] = [];
      let titleCountry: string | undefined;
      if (qualifierTokens.length > 0) {
        const demonym = qualifierTokens.length === 1 ? lookupDemonym(qualifierTokens[0]!.text) : undefined;
        if (demonym) titleCountry = demonym;
        else out.push(...analyse({ ...c, after: c.at + k }, qualifierTokens).map((m) => ({ ...m, kind: m.kind ?? 'ORGANIZATION', evidence: m.evidence ?? 'cue' })));
      }
      if (name.length === 0 || !name.some((t) => t.capital)) return out;
      const titleSpan = surfaceOf(c.text, seq.slice(k, k + size));
      const person = mention(c, name, 'PERSON', 'known');
      person.title = { start: titleSpan.start, end: titleSpan.end, text: titleSpan.surface };
      if (titleCountry) person.titleCountry = titleCountry;
      out.push(person);
      return out;
    }
  }
  // Leading nationality words are adjectives: 'Syrian President ...' was handled above; 'Russian Lavrov' is rare.
  if (seq.length > 1 && ownKind === undefined && lookupDemonym(seq[0]!.text)) return analyse({ ...c, at: c.at + 1 }, seq.slice(1));
  if (seq.length === 1 && lookupDemonym(seq[0]!.text)) return [];
  const connector = seq.findIndex((t) => !t.capital && (t.text === 'and' || t.text === '&'));
  const listOfKnown = connector > 0 && lookupGazetteer(surfaceOf(c.text, seq.slice(0, connector)).surface) !== undefined;
  if ((ownKind === undefined || listOfKnown) && seq.some((t) => !t.capital && SPLITTING.has(t.text.toLowerCase()))) {
    const out: Mention[] = [];
    let at = c.at;
    for (const part of splitAtConnectors(seq)) {
      const from = c.tokens.indexOf(part[0]!, at);
      out.push(...analyse({ ...c, at: from, after: from + part.length }, part));
      at = from + part.length;
    }
    return out;
  }
  // A lower-case title right before the name: 'spokesman John Kirby', 'EU foreign affairs chief Federica Mogherini'.
  const titleBefore = phraseEndingAt(c.tokens, c.at, v.titles);
  if (titleBefore > 0 && ownKind !== 'ORGANIZATION' && ownKind !== 'PLACE' && !c.tokens[c.at - 1]!.capital) {
    const t = c.tokens.slice(c.at - titleBefore, c.at);
    const span = { start: t[0]!.start, end: t[t.length - 1]!.end };
    const person = mention(c, seq, 'PERSON', 'known');
    person.title = { ...span, text: c.text.slice(span.start, span.end) };
    const demonymBefore = c.tokens[c.at - titleBefore - 1];
    const country = demonymBefore?.capital ? lookupDemonym(demonymBefore.text) : undefined;
    if (country) person.titleCountry = country;
    return [person];
  }
  if (ownKind) return [mention(c, seq, ownKind, 'known')];
  const cue = kindFromCues(c, seq.length);
  if (cue) return [mention(c, seq, cue.kind, cue.evidence)];
  const m = mention(c, seq);
  // Two or three capitalised words that are no common words read as a person's name.
  if (seq.length >= 2 && seq.length <= 4 && seq.every((t) => !t.capital || !isCommonWord(t.text))) {
    m.kind = 'PERSON';
    m.evidence = 'guess';
  }
  return [m];
}

/** Endings of verbs and adverbs that open sentences ('Recapturing Aleppo ...', 'Reportedly ...'). */
const ORDINARY_ENDING = /(?:ing|ed|ly)$/;

/** A capitalised word that is an ordinary word when it opens a sentence. */
function isOrdinaryWord(word: string): boolean {
  if (lookupGazetteer(word) || isFirstName(word)) return false;
  return isCommonWord(word) || (ORDINARY_ENDING.test(word) && /^\p{Lu}\p{Ll}+$/u.test(word));
}

/** True where a name stands first in its sentence or quote, so its capital says nothing. */
function isInitial(c: Context): boolean {
  if (c.at === 0) return true;
  const gap = c.text.slice(c.tokens[c.at - 1]!.end, c.tokens[c.at]!.start);
  return /["“‘(:]|[.!?]\s/.test(gap);
}

/** Every name mention in a sentence, classified where tables, titles or cues allow. */
export function findMentions(text: string, sentence: Sentence): Mention[] {
  const tokens = tokenize(text, sentence, splitCompound);
  const out: Mention[] = [];
  for (let seq of sequences(text, tokens)) {
    let at = tokens.indexOf(seq[0]!);
    const c: Context = { text, tokens, sentence, at, after: at + seq.length };
    // 'Despite Moscow', 'Residents and ...': a common word opening a sentence is no name.
    if (isInitial(c) && isOrdinaryWord(seq[0]!.text)) {
      seq = seq.slice(1);
      while (seq.length > 0 && !seq[0]!.capital) seq = seq.slice(1);
      if (seq.length === 0) continue;
      at = tokens.indexOf(seq[0]!);
      c.at = at;
    }
    const found = analyse(c, seq);
    const last = seq[seq.length - 1]!;
    const acronym = /^\s*\((\p{Lu}[\p{Lu}.&]{1,8})\)/u.exec(text.slice(last.end));
    if (acronym && found.length === 1 && seq.length >= 2) found[0]!.acronym = acronym[1]!;
    out.push(...found);
  }
  return out;
}
