import type { Span } from './types';
import { lexiconTags } from './lexicon';
import { lookupGazetteer } from './gazetteer';

/** A word of a sentence, with what name detection needs to know about it. */
export interface Token extends Span {
  /** As written, possessive kept ('Kerry’s'). */
  raw: string;
  /** As a name part: possessive "'s" cut off ('Kerry'). */
  text: string;
  /** Starts with a capital letter (or is a particle-led name such as 'al-Assad'). */
  capital: boolean;
  possessive: boolean;
  /** False for the second half of a split compound ('Russia' in 'US-Russia'): it starts a new name. */
  joins: boolean;
}

/**
 * Mongolian initial-and-name forms with no space ('B.Tsogtgerel', 'O.Bolor-Erdene': the patronymic's initial), dotted
 * acronyms ('U.S.'), the Italian legal form 'S.p.A.' (a small letter inside), the Malaysian Indian patronymic 'a/l', 'a/p' before
 * a capital ('Ganesan a/l Muthu'), then words with inner apostrophes, hyphens and dots ('Ja’afari', 'al-Assad').
 */
const WORD = /a\/[lp](?=[ \t]+\p{Lu})|\p{Lu}\.\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)*(?:['’]s)?(?![\p{L}.])|(?:\p{Lu}\.){2,}|\p{Lu}\.\p{Ll}\.\p{Lu}\.|[\p{L}\p{N}]+(?:['’][\p{L}]+|[-‐][\p{L}\p{N}]+)*/gu;
/** Two capitalised words joined by a slash: 'Biel/Bienne'. */
const SLASHED_NAME = /^\p{Lu}\p{Ll}+\/\p{Lu}\p{Ll}+(?![\p{L}\/])/u;
/** Lower-case particles that stay glued to the capitalised name part after them ('al-Assad', 'bin-Laden'). */
/** A surname particle ending a hyphenated word, the name going on after a space: 'Jayasuriya-de Silva', 'Smit-van Dijk'. */
const TRAILING_PARTICLE = /^(?:de|da|do|dos|das|del|di|du|van|von|la|le)$/;
const GLUED_PARTICLE = /^(?:al|el|ad|as|ash|at|an|ar|az|bin|ibn|abu|ben)$/i;
const POSSESSIVE = /['’]s$/;
/** A word in capitals with a capital possessive: "PENZANCE'S", "KENYA’S". */
const CAPITALS_POSSESSIVE = /^\p{Lu}{3,}['’]S$/u;
/** A capitalised word in mixed case right after: ' Jubilee'. */
const MIXED_CASE_NAME_AFTER = /^[ \t]+\p{Lu}\p{Ll}/u;
/** 'al-Assad', 'el-Sisi': a glued article before a capital. */
const GLUED_AL = /^(?:al|el)-\p{Lu}/u;
/** Capitalised prefixes that keep their lower-case word in a name: 'Co-operation', 'Re-election'. */
const BOUND_PREFIX = /^(?:Co|Re|Pre|Non|Sub|Self)$/;
/** A name's connector right before a word: 'and ', 'for ', 'of '. */
const CONNECTOR_BEFORE = /(?:^|[^\p{L}])(?:and|for|of|&)[ \t]+$/u;

/** A capitalised administrative unit's noun after a word: ' Canton', ' County', ' Province'. */
const ADMINISTRATIVE_UNIT_AFTER = /^[ \t]+(?:Canton|County|District|Province|Region|Oblast|Krai|Voivodeship|Prefecture|Governorate|Municipality)\b/;

/** A joint body's name after two countries joined by a hyphen: 'Chile-Peru Joint Commission', 'Norway-Ghana Fisheries Project'. */
const JOINT_BODY_AFTER = /^[ \t]+(?:\p{Lu}\p{Ll}+[ \t]+){0,3}(?:Project|Commission|Committee|Council|Chamber|Forum|Foundation|Initiative|Programme|Program|Partnership|Association|Society|Mission)\b/u;

/** Right after a word: punctuation closing a clause or list, or the span's end (no noun the "'s" could own). */
const NO_NOUN_AFTER = /^(?:[.,;:!?)]|$)/;
/** Right before a word: a place preposition, or a list's 'and'/'or' ('in Pembroke and ', 'from '). */
const PLACE_LIST_BEFORE = /(?:^|[^\p{L}])(?:in|at|from|near|and|or)[ \t]+$/u;

/** A saint's word or its abbreviation opening a place's name: 'St', 'ST', 'Saint', 'Ste'. */
const SAINT = /^(?:St|ST|Ste|STE|Saint|SAINT)$/;

/** An elided particle glued to a capitalised name part: "d'Ivoire" of "Côte d'Ivoire", "dell'Aquila". */
const ELIDED_PARTICLE = /^(?:d|l|dell|dall|degl|nell|sull)['’]\p{Lu}/u;

/**
 * An apostrophe right after a word, then a space and a word in lower case, a clause's punctuation or the span's end: "Tåno'
 * had" (not "Dato' Sri", a Malay honorific whose apostrophe name-runs.ts reads before the next capital).
 */
const TRAILING_GLOTTAL = /^['’](?:[ \t]+[^\p{Lu}\s]|[,;.]|$)/u;
/** An opening single quote before a word: " 'Big", "(‘Sea". */
const OPENING_SINGLE_QUOTE = /(?:^|[\s(“"])['‘]\p{L}/u;

function isCapital(word: string): boolean {
  // A plain letter opening the word decides at once (every word is read here): A-Z is a capital, a-z only in "d'Ivoire".
  const first = word.charCodeAt(0);
  if (first >= 65 && first <= 90) return true;
  if (first >= 97 && first <= 122) return ELIDED_PARTICLE.test(word);
  return /^\p{Lu}/u.test(word) || /^\p{N}+\p{Lu}/u.test(word) || ELIDED_PARTICLE.test(word);
}

/**
 * Splits a hyphenated word into name parts: a glued particle stays with its name
 * ('al-Qaida-linked' -> 'al-Qaida'), lower-case prefixes and suffixes fall away
 * ('anti-Assad' -> 'Assad'), and capitalised halves become separate names when
 * `splitCompound` says so ('US-Russia' -> 'US', 'Russia').
 */
function parts(raw: string, start: number, splitCompound: (part: string) => boolean, afterConnector = false): Token[] {
  const pieces = raw.split(/[-‐]/);
  if (pieces.length === 1 || pieces.every((p) => !isCapital(p))) return [token(raw, start, true)];
  // 'the Victorian-era tunnel', 'Soviet-style planning': a capitalised word and an adjective's suffix make an adjective, no name.
  if (pieces.length === 2 && isCapital(pieces[0]!) && ADJECTIVE_SUFFIXES.has(pieces[1]!)) return [{ ...token(raw, start, true), capital: false }];
  // 'Organization for Security and Co-operation in Europe': after a name's connector a capitalised prefix and its word are one word.
  if (afterConnector && pieces.length === 2 && BOUND_PREFIX.test(pieces[0]!) && /^\p{Ll}{3,}/u.test(pieces[1]!)) return [token(raw, start, true)];
  // 'Bua Fishing Co-operative', 'the Co-op': a co-operative's word is one word wherever it stands (round 32b).
  if (pieces.length === 2 && pieces[0] === 'Co' && /^op(?:erative|eratives)?(?:['’]s)?$/.test(pieces[1]!)) return [token(raw, start, true)];
  const out: Token[] = [];
  let offset = start;
  let pending: { text: string; start: number } | undefined;
  const capitals = pieces.filter(isCapital);
  const split = capitals.length > 1 && capitals.every(splitCompound);
  for (const piece of pieces) {
    if (pending) {
      if (isCapital(piece)) {
        const t = token(pending.text + raw.slice(offset - start - 1, offset - start) + piece, pending.start, out.length === 0);
        if (out.length > 0 && !split) merge(out, t, raw, start);
        else out.push(t);
      }
      pending = undefined;
    } else if (GLUED_PARTICLE.test(piece) && !isCapital(piece)) {
      pending = { text: piece, start: offset };
    } else if (out.length > 0 && piece === pieces[pieces.length - 1] && TRAILING_PARTICLE.test(piece) && isCapital(pieces[pieces.length - 2] ?? '')) {
      // 'Shanika Jayasuriya-de Silva': a particle after the hyphen opens the surname's next word, which follows the space.
      merge(out, token(piece, offset, false));
    } else if (out.length > 0 && CAMEL_PARTICLE.test(piece) && isCapital(pieces[pieces.indexOf(piece) - 1] ?? '')) {
      // 'Kitlang Bejang-deBrum', 'Ana Ruiz-deLeón': a surname written with its particle glued before a capital ('deBrum',
      // 'vanDyke', 'McKay' in lower case never) after a hyphen is the double surname's second half.
      merge(out, token(piece, offset, false), raw, start);
    } else if (out.length > 0 && (isNamePiece(piece) || (pieces.length === 2 && givenSyllable(pieces[0]!) && wordAsNamePiece(piece)))) {
      // 'Kim Tae-hwan', 'Cho Hyun-woo': a lower-case half no lexicon knows is the name's, not a suffix ('-led', '-based').
      merge(out, token(piece, offset, false));
    } else if (isCapital(piece) || /^\p{N}/u.test(piece)) {
      const t = token(piece, offset, out.length === 0);
      if (out.length > 0 && !split && isCapital(piece)) merge(out, t, raw, start);
      else if (isCapital(piece)) out.push(t);
    }
    offset += piece.length + 1;
  }
  return out.length > 0 ? out : [token(raw, start, true)];
}

/**
 * Lexicon tags that do not make a short piece an ordinary word: 'jun' of 'Min-jun' is also June's abbreviation; 'jung' of
 * 'Pei-jung', 'wei' of 'Chia-wei' are names elsewhere.
 */
const NAME_PIECE_TAGS = new Set(['Abbreviation', 'Month', 'LastName', 'FirstName', 'MaleName', 'FemaleName']);
/** A surname with a lower-case particle glued before its capital: 'deBrum', 'vanDyke', 'diMaggio', 'laFleur'. */
const CAMEL_PARTICLE = /^(?:de|da|di|du|van|von|la|le|del|della|dos)\p{Lu}\p{Ll}+$/u;
/** Endings of ordinary words' pieces ('-based', '-owned', '-led', '-makers'); 'ling', 'ting', 'ming' (Chinese syllables) are four letters only. */
const WORD_PIECE_ENDING = /(?:ed|.{2,}ing|ly|ist|er|s)$/;

/** A lower-case piece of a hyphenated given name: short, and no word the lexicon knows (bar month abbreviations). */
/** Lower-case halves that make the capitalised half an adjective ('Victorian-era', 'Soviet-style', 'French-born'): no name's. */
const ADJECTIVE_SUFFIXES = new Set(['era', 'style', 'born', 'made', 'run', 'type', 'like', 'wide', 'class', 'size', 'scale', 'free']);

/**
 * 'Choi Eun-young', 'Park Hye-jin': after a capitalised syllable no lexicon knows ('Eun', 'Hye'), a short lower-case half that
 * happens to be an English word ('young', 'sun', 'bin') is still the given name's (round 29). Not '-led', '-based', '-style'.
 */
function givenSyllable(piece: string): boolean {
  return /^\p{Lu}\p{Ll}{1,3}$/u.test(piece) && lexiconTags(piece.toLowerCase()).length === 0;
}
function wordAsNamePiece(piece: string): boolean {
  return /^\p{Ll}{2,5}$/u.test(piece) && !ADJECTIVE_SUFFIXES.has(piece) && !WORD_PIECE_ENDING.test(piece) && !GLUED_PARTICLE.test(piece);
}

function isNamePiece(piece: string): boolean {
  return /^\p{Ll}{2,5}$/u.test(piece) && !ADJECTIVE_SUFFIXES.has(piece) && lexiconTags(piece).every((t) => NAME_PIECE_TAGS.has(t)) && !WORD_PIECE_ENDING.test(piece) && !GLUED_PARTICLE.test(piece);
}

/**
 * Joins a piece onto the previous token, hyphen included ('France-Presse'). The raw form is the word as written from the
 * token's start to the piece's end, so a lower-case particle between capitals stays: 'Saint-Laurent-du-Maroni'.
 */
function merge(out: Token[], t: Token, whole?: string, base = 0): void {
  const prev = out[out.length - 1]!;
  const raw = whole !== undefined ? whole.slice(prev.start - base, t.end - base) : prev.raw + '-' + t.raw;
  out[out.length - 1] = { ...prev, raw, text: raw.replace(POSSESSIVE, ''), end: t.end, possessive: t.possessive };
}

function token(raw: string, start: number, joins: boolean): Token {
  const possessive = raw.length > 2 && POSSESSIVE.test(raw);
  const text = possessive ? raw.slice(0, -2) : raw;
  // 'al-Assad': only a word with a hyphen third can be one (tested for every lower-case word).
  const capital = isCapital(text) || (text.charCodeAt(2) === 45 && GLUED_AL.test(text));
  return { start, end: start + raw.length, raw, text, capital, possessive, joins };
}

/** The words of a span of text, compounds split into name parts. */
export function tokenize(text: string, span: Span, splitCompound: (part: string) => boolean): Token[] {
  const out: Token[] = [];
  const body = text.slice(span.start, span.end);
  WORD.lastIndex = 0;
  for (let m = WORD.exec(body); m !== null; m = WORD.exec(body)) {
    const raw = m[0];
    // Most words hold no hyphen: one token, and parts() and its connector test have nothing to do.
    if (!raw.includes('-') && !raw.includes('‐')) {
      // 'Biel/Bienne', 'Frankfurt/Oder': a bilingual or double name the gazetteer knows written with a slash is one word (round 31).
      if (body.charCodeAt(m.index + raw.length) === 47 && /^\p{Lu}/u.test(raw)) {
        const slashed = SLASHED_NAME.exec(body.slice(m.index, m.index + 60))?.[0];
        if (slashed && lookupGazetteer(slashed)?.kind === 'PLACE') {
          out.push(token(slashed, span.start + m.index, true));
          WORD.lastIndex = m.index + slashed.length;
          continue;
        }
      }
      const t = token(raw, span.start + m.index, true);
      // "PENZANCE'S Jubilee Pool": a word in capitals opening a lead writes its possessive's 's' as a capital too; before a
      // name in mixed case it is a possessive (not "ST GEORGE'S", a saint's place, nor "JOHN'S BAR" in capitals throughout).
      if (!t.possessive && raw.charCodeAt(raw.length - 1) === 83 && CAPITALS_POSSESSIVE.test(raw) && !SAINT.test(out[out.length - 1]?.text ?? '') && MIXED_CASE_NAME_AFTER.test(body.slice(m.index + raw.length, m.index + raw.length + 4))) {
        t.text = raw.slice(0, -2);
        t.possessive = true;
      }
      // "St. John's", "St. Mary's": after a saint's abbreviation an "'s" the gazetteer's place keeps is the name's, no possessive.
      const prev = t.possessive ? out[out.length - 1] : undefined;
      if (prev && SAINT.test(prev.text) && /^\.?[ \t]+$/.test(text.slice(prev.end, t.start)) && lookupGazetteer(`${prev.text} ${raw}`)?.kind === 'PLACE' && !lookupGazetteer(`${prev.text} ${t.text}`)) {
        t.text = raw;
        t.possessive = false;
      }
      // "stolen in Pembroke and Smith's.": an "'s" with no noun after it, closing a place's list or a place preposition's
      // object, is the name's own (a parish or a shop named so), no possessive.
      if (t.possessive && t.capital && NO_NOUN_AFTER.test(body.slice(m.index + raw.length, m.index + raw.length + 2)) && PLACE_LIST_BEFORE.test(body.slice(Math.max(0, m.index - 8), m.index))) {
        t.text = raw;
        t.possessive = false;
      }
      // "Fanachu Taotao Tåno' had asked": a capitalised word closed by an apostrophe (a glottal stop, as Chamorro, Hawaiian and
      // Polynesian names write it) keeps it, when no opening single quote stands before it on its line ('the 'Big Bang' idea').
      if (t.capital && !t.possessive && TRAILING_GLOTTAL.test(body.slice(m.index + raw.length, m.index + raw.length + 3)) && /\p{Ll}$/u.test(raw) && !raw.endsWith('s') && !OPENING_SINGLE_QUOTE.test(body.slice(body.lastIndexOf('\n', m.index) + 1, m.index))) {
        const closed = raw + body[m.index + raw.length]!;
        t.raw = closed;
        t.text = closed;
        t.end += 1;
      }
      out.push(t);
      continue;
    }
    // 'Zenica-Doboj Canton', 'Kuyavian-Pomeranian Voivodeship': two places joined before an administrative unit's noun name one unit.
    // 'Qatar-Sudan Archaeological Project', 'Chile-Peru Joint Commission': so do two countries before a joint body's name.
    const split = ADMINISTRATIVE_UNIT_AFTER.test(body.slice(m.index + raw.length, m.index + raw.length + 16)) || (raw.includes('-') && JOINT_BODY_AFTER.test(body.slice(m.index + raw.length, m.index + raw.length + 60))) ? () => false : splitCompound;
    for (const t of parts(raw, span.start + m.index, split, CONNECTOR_BEFORE.test(body.slice(Math.max(0, m.index - 5), m.index)))) out.push(t);
  }
  return out;
}
