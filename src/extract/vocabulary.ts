import { curated } from './curated';
import { foldSurface } from './fold';
import { isOrgWord, isPlaceWord } from './lexicon';
import { HEAD_FIRST_PLACES } from './entity-words';

/** The word tables extraction rules read, built once from the curated file and the lexicon. */
export interface Vocabulary {
  /** Title phrases as folded token lists, longest first ('secretary of state' before 'secretary'). */
  titles: string[][];
  particles: Set<string>;
  notNames: Set<string>;
  /** Words that end organisation names ('council'), plural forms included ('networks'). */
  orgSuffix(word: string): boolean;
  /** Words that open place names: 'Lake Victoria', 'Mount Kenya', 'St. Petersburg'. */
  placeHeads: Set<string>;
  /** Compass and size words that make a region of a known place: 'East Africa', 'Southeast Asia'. */
  placeModifiers: Set<string>;
  /** Words that end names of events, which are no entities: 'Cold War', 'Rotterdam Marathon'. */
  eventSuffixes: Set<string>;
  /** Words after a lone name that make it a leader: 'the Obama administration', 'the Putin era'. */
  personCuesAfter: Set<string>;
  placeSuffix(word: string): boolean;
  /** The curated place words alone ('park', 'street', 'plaza'): they end a place even after a first name ('Abbey Park'). */
  placeNouns: Set<string>;
  orgHeads: Set<string>;
  /** Heads that come first ('Banco Santander', 'Grupo Mexico', 'FC Porto'): the name is an organisation whatever follows. */
  orgOpeners: Set<string>;
  /** Sports-club openers: 'FC Porto' is 'Porto', 'Real Betis' is 'Betis' once named. */
  clubOpeners: Set<string>;
  orgCuesBefore: Set<string>;
  orgCuesAfter: Set<string>;
  /** Place cues before a name as folded token lists ('city of'); single words are weak cues. */
  placeCuesBefore: string[][];
  placeCuesAfter: Set<string>;
}

let vocabulary: Vocabulary | undefined;

/** Legal-form suffixes no English word spells: 'Sahyadri Coastal Realty Pvt Ltd', 'PT X Tbk', 'Vahtra Learning OÜ'. */
const LEGAL_SUFFIXES = new Set(['ehf', 'hf', 'pvt', 'pte', 'pty', 'tbk', 'bhd', 'sdn', 'oy', 'oyj', 'asa', 'ou', 'kk', 'srl', 'sarl', 'sas', 'sl', 'ltda', 'sae', 'saa', 'gmbh', 'kg',
  // Gulf and post-Soviet joint-stock forms, written with or without dots: 'K.S.C.P.', 'P.J.S.C.', 'S.A.O.G.', 'Q.P.S.C.', 'OJSC'.
  'kscp', 'kscc', 'kpsc', 'ksc', 'pjsc', 'qpsc', 'qsc', 'saog', 'saoc', 'ojsc', 'cjsc', 'jsc',
  // Hungarian company forms, written with a period: 'Zrt.', 'Nyrt.', 'Kft.'.
  'zrt', 'nyrt', 'kft']);
/** Every legal form, also those spelt like English words ('AS', 'Co', 'SA'), folded and without dots. */
const LEGAL_FORMS = new Set([...LEGAL_SUFFIXES, 'as', 'ab', 'a/s', 'aps', 'ag', 'se', 'nv', 'bv', 'sa', 'spa', 'ltd', 'inc', 'plc', 'llc', 'co', 'corp', 'limited']);

/** True when a word is a company's legal form: 'Ltd', 'Ltd.', 'S.A.', 'AS', 'GmbH', 'Tbk' (any case; callers decide whether case matters). */
export function isLegalForm(word: string): boolean {
  return LEGAL_FORMS.has(foldSurface(word.replace(/\./g, '')));
}

function build(): Vocabulary {
  const c = curated();
  // A hyphenated entry ('secretary-general') also matches written as one token, which folds to 'secretary general'.
  const phrases = (list: string[]) => {
    const forms = list.flatMap((x) => [foldSurface(x).split(' '), ...(x.includes('-') ? [x.split(/\s+/).map(foldSurface)] : [])]);
    return [...new Map(forms.map((p) => [p.join('\u0000'), p])).values()].sort((a, b) => b.length - a.length);
  };
  const set = (list: string[]) => new Set(list.map(foldSurface));
  const orgSuffixes = set(c.organizationSuffixes);
  const placeSuffixes = set(c.placeSuffixes);
  return {
    titles: phrases(c.titles),
    // 'Mo i Rana': the Scandinavian 'i' ('in') joins a place's name.
    // Also as written: 'við', 'í' (Faroese, Icelandic: 'Jógvan við Á', 'Bára í Jákupsstovu') fold to other words.
    particles: new Set([...set(c.nameParticles), ...c.nameParticles.map((x) => x.toLowerCase()), 'i']),
    notNames: new Set(c.notNames),
    // Plurals too: 'networks', and '-ies' of '-y' ('Bapco Energies').
    orgSuffix: (w) => orgSuffixes.has(w) || LEGAL_SUFFIXES.has(w) || (w.includes('.') && LEGAL_SUFFIXES.has(w.replace(/\./g, ''))) || isOrgWord(w) || (w.endsWith('s') && (orgSuffixes.has(w.slice(0, -1)) || isOrgWord(w.slice(0, -1)) || (w.endsWith('ies') && orgSuffixes.has(`${w.slice(0, -3)}y`)))),
    placeHeads: new Set([...set(c.placeHeads), ...HEAD_FIRST_PLACES]),
    placeModifiers: set(c.placeModifiers),
    eventSuffixes: set(c.eventSuffixes),
    personCuesAfter: set(c.personCuesAfter),
    placeSuffix: (w) => placeSuffixes.has(w) || isPlaceWord(w),
    placeNouns: placeSuffixes,
    orgHeads: set(c.organizationHeads),
    orgOpeners: set(c.organizationOpeners),
    clubOpeners: set(c.clubOpeners),
    orgCuesBefore: set(c.organizationCuesBefore),
    orgCuesAfter: set(c.organizationCuesAfter),
    placeCuesBefore: phrases(c.placeCuesBefore),
    placeCuesAfter: set(c.placeCuesAfter),
  };
}

/** The title phrases by their first word, built once: rules look up the titles a word opens instead of trying them all. */
let titlesByFirst: Map<string, string[][]> | undefined;
const NO_TITLES: readonly string[][] = [];

/** The title phrases (folded token lists, longest first) whose first word is `word` (folded). */
export function titlesOpeningWith(word: string): readonly string[][] {
  if (!titlesByFirst) {
    titlesByFirst = new Map();
    for (const t of vocab().titles) titlesByFirst.set(t[0]!, [...(titlesByFirst.get(t[0]!) ?? []), t]);
  }
  return titlesByFirst.get(word) ?? NO_TITLES;
}

/** The shared word tables. */
export function vocab(): Vocabulary {
  vocabulary ??= build();
  return vocabulary;
}
