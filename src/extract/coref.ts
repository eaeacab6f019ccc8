import type { EntityKind } from './types';
import type { Mention } from './mentions';
import { foldSurface } from './fold';
import { writtenInLowerCase } from './name-context';
import { foldTransliteration, STRUCTURE_NOUNS } from './referent';
import { isLegalForm, vocab } from './vocabulary';
import { isFirstName } from './names';
import { kindFromDocument } from './kind-from-cues';
import { SPEECH_VERBS } from './speech';
import { isCommonWord, lookupDemonym, lookupGazetteer } from './gazetteer';
import { EXTRA_PLACE_NOUNS, PLACE_HEAD_PHRASES } from './entity-words';

/** Mentions of one referent within an article. */
export interface MentionGroup {
  kind: EntityKind;
  mentions: Mention[];
  /** Folded forms the group answers to: surfaces, gazetteer id, acronym. */
  keys: Set<string>;
  /** For people: folded surname and given names of the fullest form. */
  surname?: string;
  given?: string[];
  /** For organisations named in several words: the first, a short form articles use ('Lumora'). */
  firstWord?: string;
  /** For clubs named with an opener ('FC Porto', 'Real Betis'): the rest, the short form ('Porto'). */
  clubWord?: string;
  /** For organisations: the folded words of the name, for short forms that drop its suffixes ('Coral Bay' for 'Coral Bay Resources Ltd'). */
  orgWords?: string[];
  /** For companies named with a legal form after two words or more: the word before it ('Valseriana' of 'Rettifiche Valseriana S.p.A.'). */
  legalShort?: string;
  /** For people named family name first before a hyphenated given name in lower case ('Ho Wing-sze'): the family name, folded. */
  family?: string;
  /** For places named as a word and a place noun ('Surma River', 'Caspian Sea'): the word, a short form ('the Surma'). */
  placeWord?: string;
  /** For people named with a patronymic ('Nurul Hidayah binti Abdul Karim'): their own name before it, folded ('nurul hidayah'). */
  ownName?: string;
}

/** Patronymic connectors, 'son/daughter of' (Malay, Arabic, Hassaniya): the words before them are the person's own name. Folded. */
const PATRONYMIC = new Set(['bin', 'binti', 'binte', 'bint', 'ibn', 'ould', 'mint']);

/** The folded words before a patronymic connector inside a person's name ('nurul hidayah' of 'Nurul Hidayah binti Abdul Karim'). */
function ownNameOf(folded: string): string | undefined {
  const words = folded.split(' ');
  const at = words.findIndex((w, i) => i > 0 && i < words.length - 1 && PATRONYMIC.has(w));
  return at > 0 ? words.slice(0, at).join(' ') : undefined;
}

function nearestBefore(groups: readonly MentionGroup[], at: number): MentionGroup {
  let best = groups[0]!;
  let bestAt = -1;
  for (const g of groups) {
    for (const m of g.mentions) if (m.start < at && m.start > bestAt) [best, bestAt] = [g, m.start];
  }
  return best;
}

/** Particles before a surname ('da Rocha', 'van der Berg', 'al-Assad'): not compared. */
const PARTICLE = /^(?:al|el|ad|as|ash|at|an|ar|az|da|do|dos|das|de|del|della|di|du|la|le|van|von|der|den|ter|bin|ibn|abu|es)$/;

/** A saint's word opening a surname: 'St.', 'St', 'Saint', 'Ste'. */
const SAINT_WORD = /^(?:St\.?|Ste\.?|Saint)(?:\s|$)/;

/** nameParts() of surfaces already seen: every mention is compared with every person, often. */
const namePartsCache = new Map<string, { given: string[]; surname: string }>();
/** Bound on that cache across a long ingestion run. */
const MAX_CACHED_NAMES = 50_000;

function nameParts(surface: string): { given: string[]; surname: string } {
  let parts = namePartsCache.get(surface);
  if (!parts) {
    if (namePartsCache.size >= MAX_CACHED_NAMES) namePartsCache.clear();
    parts = readNameParts(surface);
    namePartsCache.set(surface, parts);
  }
  return parts;
}

function readNameParts(surface: string): { given: string[]; surname: string } {
  // 'B.Tsogtgerel': the initial glued to the name is a given name's; not an initialism written as a surname ('Anil K.C.').
  const written = surface.split(/\s+|(?<=^\p{Lu})\.(?=\p{Lu}\p{Ll})/u).filter((w) => w.length > 0);
  // A double-barrelled surname stays whole ('Haile-Mariam', 'Tae-hwan'); a glued particle falls away ('al-Assad').
  let lastWord = written.pop() ?? '';
  // 'Kelvin St. Bernard', 'Eva St John': a saint's word before the last word opens the surname.
  if (written.length > 0 && SAINT_WORD.test(written[written.length - 1]!)) lastWord = `${written.pop()!} ${lastWord}`;
  const last = foldSurface(lastWord).split(' ');
  while (last.length > 1 && PARTICLE.test(last[0]!) && !SAINT_WORD.test(lastWord)) last.shift();
  const surname = last.join(' ');
  const words = written.flatMap((w) => foldSurface(w).split(' ')).filter((w) => w.length > 0);
  while (words.length > 0 && PARTICLE.test(words[words.length - 1]!)) words.pop();
  return { given: words.map(foldTransliteration), surname: foldTransliteration(surname) };
}

/** Initials agree with the names they abbreviate: 'Sergey V.' and 'Sergey'. */
function givenAgree(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return true;
  const x = a[0]!;
  const y = b[0]!;
  return x === y || (x.length === 1 && y.startsWith(x)) || (y.length === 1 && x.startsWith(y));
}

/**
 * True when `surname` stands among the given words after the first: 'huaman' of 'walter huaman', and a hyphenated father's
 * surname folded to two words, 'ruiz tagle' of 'ximena ruiz tagle' ('Ximena Ruiz-Tagle Cortés' ... 'Ruiz-Tagle said').
 */
function paternalIn(given: readonly string[], surname: string): boolean {
  if (!surname.includes(' ')) return given.indexOf(surname) >= 1;
  const words = surname.split(' ');
  for (let i = 1; i + words.length <= given.length; i++) if (words.every((w, j) => given[i + j] === w)) return true;
  return false;
}

/** True when `tail` is what follows the first given name: 'Sáez' of 'Álvaro Sáez (de Ibarra)'. */
function surnameTail(given: readonly string[], tail: readonly string[]): boolean {
  return tail.length > 0 && given.length > tail.length && tail.every((w, i) => given[given.length - tail.length + i] === w);
}

const EVIDENCE_ORDER = { known: 0, cue: 1, guess: 2 } as const;

function rank(m: Mention): number {
  if (m.kind === undefined) return 4;
  // Full names of people first: later surnames and short forms attach to them.
  // Not when only 'X said' made it one (weak): firm mentions of another kind rank first then.
  if (m.kind === 'PERSON' && m.length >= 2 && m.evidence !== 'guess' && !m.weak) return -1;
  return EVIDENCE_ORDER[m.evidence ?? 'guess'];
}


/**
 * Groups an article's mentions into referents. People first, fullest names first:
 * a later surname or title-only form ('Kerry', 'Secretary Kerry') joins the person whose
 * surname it is; other names join by gazetteer id, folded surface or bracketed acronym.
 * A mention no rule could classify is kept only if it names a group found otherwise.
 */
export function groupMentions(mentions: readonly Mention[], text = ''): MentionGroup[] {
  mentions = mentions.map(personBySurname(mentions, text));
  const groups: MentionGroup[] = [];
  const byKey = new Map<string, MentionGroup>();
  const unclassified = new Map<string, Mention[]>();
  const adminPlaces = new Set<string>();
  // 'routes leading to Touba' beside 'the Ila Touba motorway': a town the gazetteer knows, written alone after a place preposition
  // somewhere in the article, is that town there and everywhere else alone, no person's surname.
  const townsAlone = new Set<string>();
  for (const m of mentions) if (m.length === 1 && m.id?.startsWith('city:') && WHERE_PREPOSITION.test(text.slice(Math.max(0, m.start - 12), m.start))) townsAlone.add(m.id);
  const placesAfterThe = new Set<string>();
  for (const m of mentions) if (m.length === 1 && m.kind === 'PLACE' && !m.id && IN_THE_BEFORE.test(text.slice(Math.max(0, m.start - 16), m.start))) placesAfterThe.add(foldSurface(m.surface));
  // 'temperatures in Gilgit-Baltistan' beside 'the Gilgit-Baltistan Disaster Management Authority': a hyphenated compound
  // read as a place after 'in' names the region, not the body named after it.
  for (const m of mentions) if (m.length === 1 && m.kind === 'PLACE' && !m.id && HYPHENATED_PLACE.test(m.surface) && WHERE_PREPOSITION.test(text.slice(Math.max(0, m.start - 12), m.start))) placesAfterThe.add(foldSurface(m.surface));
  // 'alerted the Carabinieri' beside 'the Carabinieri Command for the Protection of Cultural Heritage': a word alone
  // that is the parent's name before a unit noun in the article is that parent body, an organisation of its own.
  const parents = new Set<string>();
  for (const m of mentions) {
    const words = m.kind === 'ORGANIZATION' ? m.surface.split(/\s+/) : [];
    if (words.length >= 3 && UNIT_NOUNS.has(foldSurface(words[1]!))) parents.add(foldSurface(words[0]!));
  }
  const ordered = [...mentions].sort((a, b) => rank(a) - rank(b) || b.length - a.length || a.start - b.start);
  for (let m of ordered) {
    const folded = foldSurface(m.surface);
    if (m.kind !== 'PERSON' && !m.id && m.length === 1 && parents.has(folded)) m = { ...m, kind: 'ORGANIZATION' };
    const parent = m.length === 1 && parents.has(folded);
    // 'Alderney will have the runway' beside 'Alderney Airport' and the 'Alderney Chamber of Commerce': a word alone that opens a
    // structure's name and another name of the article is the place they are named after, no short form of either (round 31).
    const locality = m.length === 1 && !m.id && (m.kind === undefined || m.kind === 'PLACE' || m.evidence === 'guess') && isLocalityOf(groups, folded);
    if (locality) m = { ...m, kind: 'PLACE' };
    let group = parent || locality
      ? undefined
      : ((m.length === 1 && m.id !== undefined && townsAlone.has(m.id) ? undefined : personFor(groups, m, text)) ?? organisationFor(groups, m, folded, placesAfterThe) ?? clubFor(groups, m, folded, text) ?? placeFor(groups, m, folded, text) ?? cityFor(groups, m, folded));
    // 'in Milan' after 'AC Milan' was read as 'Milan': the town keeps to its own id.
    const town = m.id?.startsWith('city:') && PLACE_PREPOSITION.test(text.slice(Math.max(0, m.start - 12), m.start));
    if (parent) {
      // Only a group of the parent's own name, not the unit's, which its first word keys too.
      const own = byKey.get(folded);
      group = own?.mentions.every((x) => x.length === 1) ? own : undefined;
    } else group ??= (m.id ? byKey.get(m.id) : undefined) ?? (town ? undefined : byKey.get(folded)) ?? (m.acronym ? byKey.get(foldSurface(m.acronym)) : undefined);
    if (!group) {
      if (m.kind === undefined) {
        // No rule classified it: the cues around all of its mentions may still ('Pemex said in a statement', 'near X').
        if (m.length === 1 && /^\p{Lu}\p{Ll}{2,}$/u.test(m.surface)) unclassified.set(folded, [...(unclassified.get(folded) ?? []), m]);
        continue;
      }
      const parts = m.kind === 'PERSON' ? nameParts(m.surface) : undefined;
      // Not 'Dobrogea' of 'Dobrogea Farmers' League': before a plural possessive of members the first word says where they are from.
      // 'Tisza-Paprika Feldolgozó Zrt.': a hyphenated first word is the short form whole ('the Tisza' is the river).
      // 'Sindh Provincial Disaster Management Authority': before an administrative level the first word is the place, no short form.
      const surfaceWords0 = m.surface.split(/\s+/);
      const placeFirst = m.kind === 'ORGANIZATION' && surfaceWords0.length >= 3 && ADMINISTRATIVE_LEVELS.has(foldSurface(surfaceWords0[1]!)) && /^\p{Lu}\p{Ll}{2,}$/u.test(surfaceWords0[0]!);
      if (placeFirst) adminPlaces.add(foldSurface(surfaceWords0[0]!));
      // 'Carabinieri Command for the Protection of Cultural Heritage': before a unit noun the first word is the parent body.
      const unitOf = m.kind === 'ORGANIZATION' && surfaceWords0.length >= 3 && UNIT_NOUNS.has(foldSurface(surfaceWords0[1]!));
      const firstWord = m.kind === 'ORGANIZATION' && m.length >= 2 && !MEMBERS_POSSESSIVE.test(m.surface) && !placeFirst && !unitOf ? foldSurface(surfaceWords0[0]!) : undefined;
      const words = folded.split(' ');
      // 'Porto' for 'FC Porto'; 'Körfez' for 'İzmir Körfez Basket' (a town, a word no lexicon knows, an organisation word).
      const surfaceWords = m.surface.split(/\s+/);
      const townClub = m.kind === 'ORGANIZATION' && surfaceWords.length === 3 && !m.id && lookupGazetteer(surfaceWords[0]!)?.id.startsWith('city:') && !isCommonWord(surfaceWords[1]!) && /^\p{Lu}\p{Ll}/u.test(surfaceWords[1]!);
      const clubWord = m.kind === 'ORGANIZATION' && words.length === 2 && vocab().clubOpeners.has(words[0]!) ? words[1] : townClub ? words[1] : undefined;
      const orgWords = m.kind === 'ORGANIZATION' && m.length >= 2 ? words : undefined;
      const placeWord = m.kind === 'PLACE' ? placeShortForm(words) : undefined;
      const legalShort = m.kind === 'ORGANIZATION' && surfaceWords.length >= 3 && isLegalForm(surfaceWords[surfaceWords.length - 1]!) && /^\p{Lu}\p{Ll}{3,}$/u.test(surfaceWords[surfaceWords.length - 2]!) && !isCommonWord(surfaceWords[surfaceWords.length - 2]!) && !lookupGazetteer(surfaceWords[surfaceWords.length - 2]!) ? words[words.length - 2] : undefined;
      const family = m.kind === 'PERSON' && surfaceWords.length >= 2 && HYPHENATED_GIVEN.test(surfaceWords[surfaceWords.length - 1]!) ? foldSurface(surfaceWords[surfaceWords.length - 2]!) : undefined;
      const ownName = m.kind === 'PERSON' ? ownNameOf(folded) : undefined;
      group = { kind: m.kind, mentions: [], keys: new Set(), surname: parts?.surname, given: parts?.given, firstWord, clubWord, orgWords, placeWord, legalShort, family, ownName };
      groups.push(group);
    }
    // 'St. Bernard said' joined to 'Kelvin St. Bernard': the place's gazetteer id is no person's.
    if (group.kind === 'PERSON' && m.kind === 'PLACE' && m.id && SAINT_WORD.test(m.surface)) m = { ...m, id: undefined };
    group.mentions.push(m);
    // A town's name read as its club ('Porto' for 'FC Porto') does not make the club the town.
    // Nor does 'the Aral' read as the 'Aral Sea' make the sea the town of Aral ('in Aral' stays the town).
    const id = m.id?.startsWith('city:') && (group.kind !== 'PLACE' || (group.placeWord === folded && !group.keys.has(m.id))) ? undefined : m.id;
    for (const key of [folded, id, m.acronym && foldSurface(m.acronym)]) {
      if (!key) continue;
      group.keys.add(key);
      if (!byKey.has(key)) byKey.set(key, group);
    }
  }
  // 'Pemex said in a statement ...', '... had fallen in Pemex': a lone name no cue in its own sentence classified, which
  // the cues around its mentions together make one kind (kindFromDocument), is a name of that kind.
  for (const [folded, list] of unclassified) {
    if (byKey.has(folded) || isCommonWord(list[0]!.surface) || writtenInLowerCase(text, list[0]!.surface)) continue;
    // 'between Mantoudi and Prokopi': a list's neighbour of a place named elsewhere makes a place;
    // 'Sindh Health Minister' beside the 'Sindh Provincial ... Authority': the word before an administrative level is a place.
    const kind = kindFromDocument(text, list) ?? kindFromListNeighbour(text, list, mentions, byKey) ?? (adminPlaces.has(folded) ? 'PLACE' : undefined);
    if (!kind) continue;
    const group: MentionGroup = { kind, mentions: list.map((m) => ({ ...m, kind, evidence: 'guess' as const })), keys: new Set([folded]) };
    groups.push(group);
    byKey.set(folded, group);
  }
  mergeNativeNames(groups);
  mergeSpeltAcronyms(groups);
  // 'Sindh Health Minister' beside the 'Sindh Provincial ... Authority': a lone word a cue took for a post's organisation is the place.
  for (const g of groups) {
    if (g.kind === 'ORGANIZATION' && g.mentions.every((m) => m.length === 1 && !m.id && m.evidence !== 'known' && adminPlaces.has(foldSurface(m.surface)))) {
      g.kind = 'PLACE';
      g.mentions = g.mentions.map((m) => ({ ...m, kind: 'PLACE' as const }));
    }
  }
  for (const g of groups) g.mentions.sort((a, b) => a.start - b.start);
  for (const g of groups) {
    // Only a guess, or 'X said', named the kind: every mention's surroundings vote ('Shares of X', 'near X').
    if (g.mentions.some((m) => m.id || (m.evidence !== 'guess' && !m.weak))) continue;
    g.kind = kindFromDocument(text, g.mentions) ?? g.kind;
  }
  return groups.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
}

/**
 * A name only guessed at ('Emre Yıldız scored twice', an unknown given name) is a person when
 * the article uses its last word alone as a person ('Yıldız said', 'Chen, the chairman').
 */
/** A hyphenated given name whose second syllable is in lower case: 'Seung-hoon', 'Min-ji' (Korean). */
const HYPHENATED_GIVEN = /^\p{Lu}\p{Ll}+-\p{Ll}{2,5}$/u;

function personBySurname(mentions: readonly Mention[], text = ''): (m: Mention) => Mention {
  const surnames = new Set(mentions.filter((m) => m.length === 1 && ((m.kind === 'PERSON' && m.evidence !== 'guess') || speakerAlone(text, m))).map((m) => foldSurface(m.surface)));
  return (m) => {
    if (m.evidence !== 'guess' || m.length < 2 || m.length > 4 || m.kind === 'PLACE') return m;
    const words = m.surface.split(/\s+/);
    if (!words.every((w) => /^\p{Lu}/u.test(w)) || words.some((w) => vocab().orgSuffix(foldSurface(w)))) return m;
    // 'Borja Verea Rial' ... 'Verea said': the father's surname of a three-word name; 'Choi Seung-hoon' ... 'Choi said':
    // a family name written first before a hyphenated given name.
    const used = (w: string | undefined) => w !== undefined && surnames.has(foldSurface(w));
    const paternal = words.length === 3 && used(words[1]) && !isCommonWord(words[1]!);
    const familyFirst = words.length === 2 && used(words[0]) && HYPHENATED_GIVEN.test(words[1]!);
    return used(words[words.length - 1]) || paternal || familyFirst ? { ...m, kind: 'PERSON', evidence: 'cue' } : m;
  };
}

/** A speech verb right after a lone name: 'Nthako said', 'Lawson-Hale told'. */
const SPEECH_VERB_AFTER = /^[ \t]+(\p{Ll}+)\b/u;

/**
 * 'Nthako said the fears ...' (opening the sentence, where no cue reads it): a lone name the tables do not know, with a
 * speech verb right after it, speaks as a person; it counts as a surname only for a name guessed at ('Mathabo Nthako').
 */
function speakerAlone(text: string, m: Mention): boolean {
  if (m.id || m.kind === 'PLACE' || (m.kind === 'ORGANIZATION' && m.evidence !== 'guess' && !m.weak)) return false;
  if (!/^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(m.surface) || isCommonWord(m.surface) || vocab().orgSuffix(foldSurface(m.surface))) return false;
  const verb = SPEECH_VERB_AFTER.exec(text.slice(m.end, m.end + 16))?.[1];
  return verb !== undefined && SPEECH_VERBS.has(verb);
}

/**
 * The person group a mention belongs to, if any: a full name joins the person with its surname
 * and agreeing given names; a lone surname ('Kerry', 'Secretary Kerry') joins its person,
 * whatever else the word could be (of two people sharing it, the one named last before);
 * a name only guessed at that carries a known person's names is that person ('Bashar al-Assad').
 */
function personFor(groups: readonly MentionGroup[], m: Mention, text: string): MentionGroup | undefined {
  // 'Nurul Hidayah said' after 'Nurul Hidayah binti Abdul Karim': a person's own name before the patronymic names them.
  if (m.kind !== 'PLACE' && !m.id && m.length <= 3) {
    const folded = foldSurface(m.surface);
    const own = groups.filter((g) => g.kind === 'PERSON' && g.ownName === folded);
    if (own.length === 1) return own[0];
  }
  const parts = nameParts(m.surface);
  let people = groups.filter((g) => g.kind === 'PERSON' && g.surname === parts.surname);
  // 'in Hunza' beside 'Nasreen Akhtar Hunzai': a lone word that matches a surname only once spellings are folded
  // ('hunzai' ~ 'hunza') is not that person when it is read as a place or a place of that spelling is named.
  if (m.length === 1 && people.length > 0) {
    const folded = foldSurface(m.surface);
    const spelt = (g: MentionGroup): boolean => {
      const full = foldSurface(g.mentions[0]!.surface);
      return full === folded || full.endsWith(` ${folded}`);
    };
    if (!people.every(spelt) && (m.kind === 'PLACE' || groups.some((g) => g.kind === 'PLACE' && g.keys.has(folded)))) people = people.filter(spelt);
  }
  if (m.length > 1) {
    // 'St. Bernard said' after 'Kelvin St. Bernard': a surname opening with a saint's word names the one person bearing it,
    // though a table knows it as a place (not after a place preposition: 'in St. Bernard').
    if (parts.given.length === 0 && people.length === 1 && SAINT_WORD.test(m.surface) && !PLACE_PREPOSITION.test(text.slice(Math.max(0, m.start - 12), m.start))) return people[0];
    if (m.kind !== 'PERSON' && (m.evidence === 'known' || m.evidence === 'cue' || parts.given.length === 0)) return undefined;
    // 'Sáez de Ibarra', 'Te Rangi': a surname of two words, the full name less its given name.
    const same = people.find((g) => givenAgree(g.given ?? [], parts.given) || surnameTail(g.given ?? [], parts.given));
    if (same || people.length > 0 || m.kind !== 'PERSON' || parts.given.length === 0) return same;
    // 'Kevin Castellanos' after 'Kevin Castellanos Ávila': a given name and the father's surname, the mother's dropped (Spanish and
    // Portuguese double surnames), name the one person whose full name opens with those words.
    const opening = groups.filter((g) => g.kind === 'PERSON' && (g.given?.length ?? 0) === parts.given.length + 1 && parts.given.every((w, i) => g.given![i] === w) && g.given![parts.given.length] === parts.surname);
    return opening.length === 1 ? opening[0] : undefined;
  }
  if (m.id?.startsWith('country:') || m.id?.startsWith('org:')) return undefined;
  // 'Ho Wing-sze' ... 'Ho said', 'Natalie Chu Lai-ming' ... 'Chu said': the family name before a hyphenated given name in
  // lower case (Cantonese, Korean) names that person, even where a table knows the word as a town ('Ho', 'Chu'); not after 'in'.
  if (people.length === 0 && !(m.kind === 'PLACE' && PLACE_PREPOSITION.test(text.slice(Math.max(0, m.start - 12), m.start)))) {
    const folded = foldSurface(m.surface);
    const family = groups.filter((g) => g.kind === 'PERSON' && g.family === folded);
    if (family.length > 0) return family.length > 1 ? nearestBefore(family, m.start) : family[0];
    // 'Rafael Cuenca Morillo' ... 'Cuenca told reporters': a father's surname a table knows as a town, before a speech verb.
    if (m.kind === 'PLACE' && m.id?.startsWith('city:') && SPEECH_VERBS.has(SPEECH_VERB_AFTER.exec(text.slice(m.end, m.end + 16))?.[1] ?? '')) {
      const paternal = groups.filter((g) => g.kind === 'PERSON' && (g.given?.length ?? 0) >= 2 && paternalIn(g.given!, parts.surname));
      if (paternal.length === 1) return paternal[0];
    }
  }
  if (people.length === 0 && m.kind !== 'PLACE' && !isFirstName(m.surface)) {
    // 'Chen Weiming ... Chen said': a family name written first, which no lexicon lists as a given name.
    // Also with a given name in two words: 'Choi Seung Hoon' ... 'Choi said'.
    const familyFirst = groups.filter((g) => g.kind === 'PERSON' && (g.given?.length ?? 0) >= 1 && g.given![0] === parts.surname);
    if (familyFirst.length > 0) return familyFirst.length > 1 ? nearestBefore(familyFirst, m.start) : familyFirst[0];
    // 'Walter Huamán Ccori ... Huamán said': a father's surname before the mother's (Spanish, Portuguese names), a word after the given name.
    const paternal = groups.filter((g) => g.kind === 'PERSON' && (g.given?.length ?? 0) >= 2 && paternalIn(g.given!, parts.surname));
    return paternal.length === 1 ? paternal[0] : undefined;
  }
  if (people.length < 2) return people[0];
  // Of two people sharing a surname, the one the writer already calls by it alone keeps it
  // ('Yıldız said ...' for the striker; the referee is always 'Burak Yıldız').
  const short = people.filter((g) => g.mentions.some((x) => x.length === 1 && x.start < m.start));
  return short.length === 1 ? short[0] : nearestBefore(people, m.start);
}

/**
 * The organisation group a lone word stands for: its first word ('Lumora' for 'Lumora
 * Networks', 'Toyota' for 'Toyota Motor Corp'). A known organisation never folds into
 * another known one ('UN' is not the 'UN Security Council').
 */
/** A place preposition and 'the' right before a word: 'in the ', 'from the '. */
const IN_THE_BEFORE = /\b(?:in|from|across|throughout|around|near|to|into|of)[ \t]+the[ \t]+$/i;

/**
 * True when an organisation's group is named '<head> of <place>' ('States of Guernsey', 'Government of Aruba'): a place the
 * gazetteer knows, or one the article names alone.
 */
function ofPlace(groups: readonly MentionGroup[], g: MentionGroup): boolean {
  if (g.orgWords?.length !== 3 || g.orgWords[1] !== 'of') return false;
  const place = g.mentions[0]?.surface.split(/\s+/)[2];
  return place !== undefined && (lookupGazetteer(place)?.kind === 'PLACE' || groups.some((x) => x.kind === 'PLACE' && x.keys.has(g.orgWords![2]!)));
}

function organisationFor(groups: readonly MentionGroup[], m: Mention, folded: string, placesAfterThe: ReadonlySet<string>): MentionGroup | undefined {
  if (m.length > 1 && !m.id && !(m.kind === 'PERSON' && m.evidence !== 'guess' && !m.weak)) return organisationBySuffix(groups, folded, m.kind !== 'PLACE' && m.kind !== 'PERSON') ?? (m.kind === 'ORGANIZATION' ? organisationByShortForm(groups, folded) : undefined);
  if (m.length > 1 && m.kind === 'ORGANIZATION' && m.id?.startsWith('org:')) return organisationByShortForm(groups, folded);
  if (m.length !== 1 || (m.id && !m.id.startsWith('org:'))) return undefined;
  // 'A JICA official' after 'the Japan International Cooperation Agency': an acronym spelling the article's organisation.
  if (!m.id && ACRONYM.test(m.surface)) {
    const spelt = groups.filter((g) => g.kind === 'ORGANIZATION' && !g.mentions.some((x) => x.id) && g.mentions.some((x) => x.length >= 3 && initials(x.surface) === m.surface));
    if (spelt.length === 1) return spelt[0];
  }
  // 'she told the Review' after 'The Ducor Review': a publication's head noun alone stands for the one publication so named.
  if (PUBLICATION_HEADS.has(folded) && m.kind !== 'PLACE') {
    const named = groups.filter((g) => g.kind === 'ORGANIZATION' && g.orgWords !== undefined && g.orgWords.length >= 2 && g.orgWords[g.orgWords.length - 1] === folded);
    if (named.length === 1) return named[0];
  }
  if (m.kind !== undefined && m.kind !== 'ORGANIZATION' && m.evidence === 'known') return undefined;
  // 'in Bududa district' is the district, not 'Bududa Hospital': a place by its cue keeps to itself.
  if (m.kind === 'PLACE' && m.evidence === 'cue') return undefined;
  // 'from mines in the Pilbara' beside 'the Pilbara Ports Authority': so is a place the article writes after a place preposition
  // and 'the', there and wherever it is alone.
  if (placesAfterThe.has(folded)) return undefined;
  const byFirst = groups.find((g) => g.kind === 'ORGANIZATION' && g.firstWord === folded && !(m.id && g.mentions.some((x) => x.id)));
  // 'the States should pay' beside the 'States of Alderney' and the 'States of Guernsey': a head word two bodies named
  // '<head> of <place>' share (two places' governments) names neither (round 31).
  if (byFirst && ofPlace(groups, byFirst) && groups.some((g) => g !== byFirst && g.kind === 'ORGANIZATION' && g.firstWord === folded && ofPlace(groups, g))) return undefined;
  return byFirst ?? (m.id || m.kind === 'PERSON' ? undefined : groups.find((g) => g.kind === 'ORGANIZATION' && g.legalShort === folded));
}

/**
 * Whether a lone word opens the name of a structure named after it ('Alderney Airport': its placeWord) and the name of another
 * group of the article, a body's or a place's ('Alderney Chamber of Commerce'): then it names the locality itself.
 */
function isLocalityOf(groups: readonly MentionGroup[], folded: string): boolean {
  let structures = 0;
  let others = 0;
  for (const g of groups) {
    if (g.kind === 'PLACE' && g.placeWord === folded && g.mentions[0]!.length >= 2 && STRUCTURE_NOUNS.has(foldedWords(g.mentions[0]!.surface).at(-1)!)) structures++;
    else if (g.kind === 'ORGANIZATION' && g.firstWord === folded) others++;
  }
  return structures >= 1 && structures + others >= 2;
}

/**
 * 'the Danish Shareholders' Association (Dansk Aktionærforening, DAF)': the group of a name given in brackets as another
 * name of an organisation (`aliasOf`, the organisation's start) joins that organisation's group.
 */
function mergeNativeNames(groups: MentionGroup[]): void {
  const groupAt = new Map<number, MentionGroup>();
  for (const g of groups) for (const m of g.mentions) groupAt.set(m.start, g);
  for (let i = groups.length - 1; i >= 0; i--) {
    const g = groups[i]!;
    const link = g.mentions.find((m) => m.aliasOf !== undefined);
    const target = link ? groupAt.get(link.aliasOf!) : undefined;
    if (!target || target === g || target.kind !== 'ORGANIZATION' || g.mentions.some((m) => m.id)) continue;
    for (const m of g.mentions) {
      target.mentions.push({ ...m, kind: 'ORGANIZATION' });
      groupAt.set(m.start, target);
    }
    for (const k of g.keys) target.keys.add(k);
    groups.splice(i, 1);
  }
}

/** Administrative levels after a place's name inside an institution's: 'Sindh Provincial ...', 'Lagos State ...'. Folded. */
/** Nouns of a body's unit after its parent's name: 'Carabinieri Command for …', 'Navy Command of …'. */
export const UNIT_NOUNS = new Set(['command', 'unit', 'division', 'directorate', 'branch', 'section', 'squad', 'brigade', 'detachment', 'wing', 'regiment', 'battalion']);
export const ADMINISTRATIVE_LEVELS = new Set(['provincial', 'regional', 'municipal', 'metropolitan', 'prefectural', 'county', 'district', 'state']);
/** What stands between the last two names of a list: 'and', 'or'. */
const LIST_GAP = /^,?[ \t]+(?:and|or)[ \t]+$/;
/** A comma between two items of a list. */
const COMMA_GAP = /^,[ \t]+$/;
/** Names and commas only, in brackets: '(Konjic, Jablanica)'. */
const BRACKETED_NAMES = /^\((?:\p{Lu}[\p{L}'’-]*(?:[ \t]\p{Lu}[\p{L}'’-]*)*)(?:,[ \t]\p{Lu}[\p{L}'’-]*(?:[ \t]\p{Lu}[\p{L}'’-]*)*)+\)/u;

/** True when the name at `at` opens or continues a bracketed list of names only: '(Fojnica, Kiseljak)'. */
function inBracketedList(text: string, at: number): boolean {
  const open = text.lastIndexOf('(', at);
  return open >= 0 && at - open <= 80 && BRACKETED_NAMES.test(text.slice(open, open + 160));
}

/** 'PLACE' when a list neighbour ('X and Y') of one of the mentions belongs to a place's group. */
function kindFromListNeighbour(text: string, list: readonly Mention[], mentions: readonly Mention[], byKey: ReadonlyMap<string, MentionGroup>): EntityKind | undefined {
  const kinds = new Set<EntityKind>();
  for (const m of list) {
    for (const n of mentions) {
      if (n.sentence !== m.sentence || n === m) continue;
      const gap = n.start >= m.end ? text.slice(m.end, n.start) : n.end <= m.start ? text.slice(n.end, m.start) : undefined;
      if (gap === undefined || !(LIST_GAP.test(gap) || (COMMA_GAP.test(gap) && inBracketedList(text, Math.min(m.start, n.start))))) continue;
      const g = byKey.get(foldSurface(n.surface));
      if (g?.kind === 'PLACE') kinds.add(g.kind);
    }
  }
  return kinds.size === 1 ? [...kinds][0] : undefined;
}

/** A plural possessive inside a name, after its first word: "Farmers' League", "Growers’ Association". */
const MEMBERS_POSSESSIVE = /^\S+\s+(?:\S+\s+)?\p{L}+s['’](?:\s|$)/u;

/** A short acronym: 'FG', 'SDLP'. */
const SHORT_ACRONYM = /^\p{Lu}{2,5}$/u;

/**
 * 'Lynch (FG)' with 'Fine Gael's Darragh Lynch': a group that is only an acronym (no organisation the tables know;
 * a country's bare code may be one, 'SD') joins the one organisation of the article whose capitalised words it spells.
 */
function mergeSpeltAcronyms(groups: MentionGroup[]): void {
  for (let i = groups.length - 1; i >= 0; i--) {
    const g = groups[i]!;
    const surface = g.mentions[0]!.surface;
    if (!SHORT_ACRONYM.test(surface) || g.kind === 'PERSON') continue;
    // 'MSF's coordinator' after 'Médecins Sans Frontières': an acronym the tables know as an organisation joins too, when the
    // name it spells is one no table knows (the table's entry is that name in another language), never a known organisation.
    const knownOrg = g.mentions.every((m) => m.id?.startsWith('org:')) && g.mentions.every((m) => m.id === g.mentions[0]!.id);
    if (!g.mentions.every((m) => m.surface === surface && (!m.id || knownOrg || (m.id.startsWith('country:') && lookupGazetteer(surface)?.codeOnly)))) continue;
    const spelt = groups.filter((o) => o !== g && o.kind === 'ORGANIZATION' && o.mentions.some((x) => x.length === surface.length && initials(x.surface) === surface) && !(knownOrg && o.mentions.some((x) => x.id)));
    if (spelt.length !== 1) continue;
    const target = spelt[0]!;
    target.mentions.push(...g.mentions.map((m) => ({ ...m, kind: 'ORGANIZATION' as const, id: undefined })));
    for (const k of g.keys) target.keys.add(k);
    groups.splice(i, 1);
  }
}

/** An acronym of three capitals or more: 'JICA'. */
const ACRONYM = /^\p{Lu}{3,}$/u;

/** Initials of a name's capitalised words: 'JICA' of 'Japan International Cooperation Agency'. */
function initials(surface: string): string {
  return surface.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
}

/**
 * The organisation this known one is the short form of within the article: 'the Red Cross'
 * after 'the Uganda Red Cross Society' (a place or demonym before it, organisation words after);
 * not 'Leicester City' (the club) for 'Leicester City Council': something must stand before it.
 */
/** Openers of a state body's name before its country: 'Royal Bahamas Defence Force', 'National Guyana ...'. Folded. */
const STATE_OPENERS: ReadonlySet<string> = new Set(['royal', 'national', 'federal', 'imperial', 'central', 'state']);

function organisationByShortForm(groups: readonly MentionGroup[], folded: string): MentionGroup | undefined {
  const words = folded.split(' ');
  return groups.find((g) => {
    const full = g.orgWords;
    if (g.kind !== 'ORGANIZATION' || !full || full.length <= words.length || g.mentions.some((x) => x.id)) return false;
    for (let lead = 1; lead + words.length <= full.length; lead++) {
      if (!words.every((w, i) => full[lead + i] === w)) continue;
      // 'the Defence Force' after 'the Royal Bahamas Defence Force': a state's opener ('Royal', 'National') may stand before the place.
      const lead0 = STATE_OPENERS.has(full[0]!) && lead > 1 ? 1 : 0;
      const before = full.slice(lead0, lead).join(' ');
      const placeBefore = lookupGazetteer(before)?.kind === 'PLACE' || lookupDemonym(before) !== undefined;
      const suffixAfter = full.slice(lead + words.length).every((w) => vocab().orgSuffix(w) || isLegalForm(w));
      if (placeBefore && suffixAfter) return true;
    }
    return false;
  });
}

/**
 * The organisation whose name is this one plus suffixes that only say what it is:
 * 'Coral Bay' for 'Coral Bay Resources Ltd', 'Litio Andino' for 'Litio Andino S.A.'.
 */
function organisationBySuffix(groups: readonly MentionGroup[], folded: string, opening = false): MentionGroup | undefined {
  const words = folded.split(' ');
  return groups.find((g) => {
    const full = g.orgWords;
    if (g.kind !== 'ORGANIZATION' || !full || full.length <= words.length || !words.every((w, i) => full[i] === w)) return false;
    // 'Mamirauá Institute' for 'Mamirauá Institute for Sustainable Development': a name with its own head (an organisation word
    // after a word no lexicon knows) cut before 'for'/'of'.
    if ((full[words.length] === 'for' || full[words.length] === 'of') && words.length >= 2 && vocab().orgSuffix(words[words.length - 1]!) && !isCommonWord(words[0]!) && !lookupDemonym(words[0]!) && !lookupGazetteer(words[0]!)) return true;
    if (full.slice(words.length).every((w) => vocab().orgSuffix(w) || isLegalForm(w) || w === 's' || w === 'a')) return true;
    // 'Teva Nui' for 'Teva Nui Paddling Club', 'the Max Planck institute' for the 'Max Planck Institute for Biology of Ageing':
    // two words or more the name opens with (one no lexicon or table knows), before a head of one or two words ending in an
    // organisation word, then perhaps 'of'/'for' and the rest.
    // Not a place or person some cue named ('Lake Victoria' beside the 'Lake Victoria Basin Commission').
    if (!opening || words.length < 2 || lookupGazetteer(folded) || !words.some((w) => !isCommonWord(w) && !lookupGazetteer(w) && !vocab().orgSuffix(w))) return false;
    const rest = full.slice(words.length);
    const cut = rest.findIndex((w) => w === 'of' || w === 'for' || w === 'and');
    const head = cut < 0 ? rest : rest.slice(0, cut);
    return head.length >= 1 && head.length <= 2 && vocab().orgSuffix(head[head.length - 1]!);
  });
}

/** Head nouns of newspapers' and magazines' names, which stand for the whole: 'the Review', 'the Herald'. Folded. */
const PUBLICATION_HEADS: ReadonlySet<string> = new Set(['review', 'herald', 'gazette', 'chronicle', 'tribune', 'times', 'post', 'journal', 'courier', 'telegraph', 'observer', 'monitor', 'standard', 'mail', 'express', 'mirror', 'inquirer', 'sentinel', 'examiner', 'dispatch', 'star', 'sun', 'nation', 'guardian', 'independent']);

/** Place nouns after a word that names the same feature alone: 'Lantau Island' is 'Lantau', the 'Ramis River' 'the Ramis'. */
const SAME_NAME_FEATURES: ReadonlySet<string> = new Set(['island', 'river', 'lake', 'sea', 'ocean', 'desert', 'peninsula', 'strait', 'archipelago', 'glacier', 'volcano', 'lagoon', 'estuary', 'atoll']);

/** A lower-case word after a name: 'the Ramis basin'. */
const LOWER_WORD_AFTER = /^[ \t]+\p{Ll}/u;
/** A lower-case administrative unit after a name: 'Manafwa district', 'Kaski districts'. */
const ADMINISTRATIVE_UNIT_AFTER = /^\s+(?:districts?|provinces?|county|counties|regions?|municipality|municipalities|states?|departments?|prefectures?|governorates?|cantons?|parish(?:es)?|boroughs?|townships?|divisions?|wards?|constituency|constituencies)\b/;

/** Landform nouns that open a place's name, leaving its own word after them: 'Lake Borumba', 'Mount Elgon'. Folded. */
const LANDFORM_OPENERS: ReadonlySet<string> = new Set(['lake', 'mount', 'mt', 'cape', 'isle', 'loch', 'lago', 'laguna', 'monte', 'cerro', 'isla', 'ilha', 'sierra']);

/**
 * The short form of a place named with its place noun, from its folded words: 'surma' of 'Surma River'; 'borumba' of
 * 'Lake Borumba' (a landform noun first); 'stanwell' of 'Stanwell Power Station' (a two-word place head); 'central bosnia'
 * of 'Central Bosnia Canton' and 'herzegovina neretva' of 'Herzegovina-Neretva Canton' (two words, neither a place noun).
 */
function placeShortForm(words: readonly string[]): string | undefined {
  if (words.length === 2) {
    if (vocab().placeSuffix(words[1]!)) return words[0];
    return LANDFORM_OPENERS.has(words[0]!) && !isPlaceNoun(words[1]!) && !isCommonWord(words[1]!) ? words[1] : undefined;
  }
  if (words.length !== 3 || isPlaceNoun(words[0]!)) return undefined;
  if (PLACE_HEAD_PHRASES.some((p) => p[0] === words[1] && p[1] === words[2])) return isCommonWord(words[0]!) ? undefined : words[0];
  // 'Upper Dravin' of 'Upper Dravin Canton': the second word is the name's own.
  return isPlaceNoun(words[2]!) && !isPlaceNoun(words[1]!) && !isCommonWord(words[1]!) && !vocab().placeHeads.has(words[0]!) ? `${words[0]} ${words[1]}` : undefined;
}

function isPlaceNoun(word: string): boolean {
  return vocab().placeSuffix(word) || EXTRA_PLACE_NOUNS.has(word);
}

/**
 * The place a lone word names once the article has named it with its place noun: 'the Surma'
 * after 'the Surma River', 'the Caspian' after 'the Caspian Sea', 'Borumba' after 'Lake Borumba'. A word some table
 * knows keeps its own referent. Two words only as a place's whole short form ('Central Bosnia' of 'Central Bosnia Canton');
 * 'workers at Stanwell' (a weak cue made it an organisation) after 'Stanwell Power Station' joins the place too.
 */
function placeFor(groups: readonly MentionGroup[], m: Mention, folded: string, text: string): MentionGroup | undefined {
  if (m.length === 1 && m.kind === 'PLACE' && m.id?.startsWith('city:')) return featureFor(groups, m, folded, text);
  if (m.length > 2 || m.id || m.kind === 'PERSON') return undefined;
  // 'Guadalcanal' (the island, named alone before) next to 'the Guadalcanal Plains': the word keeps its own place.
  const alone = groups.find((g) => g.kind === 'PLACE' && g.keys.has(folded));
  if (alone) return alone;
  if (m.length === 2 || (m.kind !== undefined && m.evidence !== 'guess')) {
    // Only the short form itself: two words of a place; one word a cue made a place as a modifier of a lower-case noun ('the
    // Ramis basin' for the 'Ramis River'), not of an administrative unit ('Manafwa district' beside the 'Manafwa River': a
    // place of its own) nor a word standing alone ('on Guadalcanal' beside the 'Guadalcanal Plains'); or one word only a
    // cue made an organisation ('workers at Stanwell').
    const after = m.kind === 'PLACE' && !folded.includes(' ') ? text.slice(m.end, m.end + 16) : '';
    // Not after a place preposition: 'workers in Bonavista vote' beside the 'Bonavista Peninsula' is the town.
    const modifier = LOWER_WORD_AFTER.test(after) && !ADMINISTRATIVE_UNIT_AFTER.test(after) && !TOWN_PREPOSITION.test(text.slice(Math.max(0, m.start - 8), m.start));
    const shortKind = m.kind === undefined || (m.kind === 'PLACE' ? folded.includes(' ') || modifier : m.evidence === 'cue');
    const byWord = groups.find((g) => g.kind === 'PLACE' && g.placeWord === folded);
    // 'north Lantau' after 'Lantau Island': an island's, river's or lake's word alone is the same place.
    if (shortKind || (m.kind === 'PLACE' && byWord && SAME_NAME_FEATURES.has(foldedWords(byWord.mentions[0]!.surface).at(-1)!) && !ADMINISTRATIVE_UNIT_AFTER.test(after))) return byWord;
    return undefined;
  }
  // 'the Spratlys' for 'the Spratly Islands', 'the Falklands': the word in the plural names an archipelago or range.
  const byWord = groups.find((g) => g.kind === 'PLACE' && g.placeWord !== undefined && (g.placeWord === folded || (`${g.placeWord}s` === folded && g.mentions.some((x) => PLURAL_PLACE_NOUN.test(foldSurface(x.surface).split(' ')[1] ?? '')))));
  // 'who fishes out of Bonavista' beside the 'Bonavista Peninsula': a lone word no cue classified after a place preposition is
  // the town named after the peninsula, river or lake (not a county's or an island's short form: 'in Nimba', 'on Lantau').
  if (byWord && TOWN_APART_FEATURES.has(foldedWords(byWord.mentions[0]!.surface).at(-1)!) && TOWN_PREPOSITION.test(text.slice(Math.max(0, m.start - 8), m.start))) return undefined;
  if (byWord || vocab().placeSuffix(folded) || vocab().orgSuffix(folded) || isCommonWord(folded)) return byWord;
  // 'Pearson' after 'Toronto Pearson International Airport', 'Heathrow' after 'London Heathrow Airport': a guessed lone word
  // inside one place's longer name, neither its first word (the locality it is named after: 'Salthill Road Upper') nor its last.
  // Whole words only: 'Limni' is no short form of 'Mantoudi-Limni-Agia Anna', a municipality named after three towns.
  const within = groups.filter((g) => g.kind === 'PLACE' && g.mentions.some((x) => { const w = foldedWords(x.surface); return w.length >= 3 && w.slice(1, -1).includes(folded); }));
  return within.length === 1 ? within[0] : undefined;
}

/** Features a town is often named after, which a place preposition does not take bare: 'in Bonavista' is no peninsula. */
const TOWN_APART_FEATURES: ReadonlySet<string> = new Set(['peninsula', 'river', 'lake', 'sea', 'ocean', 'desert', 'strait', 'glacier', 'volcano', 'lagoon', 'estuary']);
/** A place preposition before a town's name: 'in Bonavista', 'out of Aral'. */
const TOWN_PREPOSITION = /\b(?:in|at|near|from|of|outside|around|to)[ \t]+$/i;
/** 'the ' right before a name. */
const THE_RIGHT_BEFORE = /(?:^|[^\p{L}])the[ \t]+$/iu;

/**
 * The sea, lake, river or desert a lone word names though a table knows a town of that name: 'the Aral is shrinking' and
 * 'Aral salt' after 'the Aral Sea' (the town of Aral is another place). Only after 'the' or as a modifier of a lower-case
 * noun, never after a place preposition ('in Aral' is the town).
 */
function featureFor(groups: readonly MentionGroup[], m: Mention, folded: string, text: string): MentionGroup | undefined {
  const feature = groups.find((g) => g.kind === 'PLACE' && g.placeWord === folded && !g.keys.has(m.id!) && SAME_NAME_FEATURES.has(foldedWords(g.mentions[0]!.surface).at(-1)!));
  if (!feature) return undefined;
  const before = text.slice(Math.max(0, m.start - 8), m.start);
  const the = THE_RIGHT_BEFORE.test(before);
  if (!the && (TOWN_PREPOSITION.test(before) || !LOWER_WORD_AFTER.test(text.slice(m.end, m.end + 16)) || ADMINISTRATIVE_UNIT_AFTER.test(text.slice(m.end, m.end + 16)))) return undefined;
  return feature;
}

/** A surface's words, each folded: asked of every place's mentions for every lone word, so kept (a pure function of the surface). */
function foldedWords(surface: string): readonly string[] {
  let words = foldedWordsCache.get(surface);
  if (!words) {
    if (foldedWordsCache.size >= MAX_CACHED_NAMES) foldedWordsCache.clear();
    words = surface.split(/\s+/).map(foldSurface);
    foldedWordsCache.set(surface, words);
  }
  return words;
}
const foldedWordsCache = new Map<string, readonly string[]>();

/** Plural place nouns whose first word in the plural names the whole: 'Spratly Islands' → 'Spratlys'. */
const PLURAL_PLACE_NOUN = /^(?:islands|isles|mountains|hills|heights|highlands|keys)$/;

/** Particles that continue a town's name with what sets it apart: 'Santiago de Compostela', 'Frankfurt am Main'. */
const CITY_NAME_PARTICLE = /^(?:de|del|do|da|di|dos|das|am|an|im|upon|on|sur|en|la|el)$/;

/**
 * The town a shorter town name stands for once the article has named it in full: 'Santiago'
 * after 'Santiago de Compostela' is not Chile's capital. Only when exactly one place of the
 * article continues the name with a particle.
 */
function cityFor(groups: readonly MentionGroup[], m: Mention, folded: string): MentionGroup | undefined {
  if (!m.id?.startsWith('city:') || m.kind !== 'PLACE') return undefined;
  const fits = groups.filter((g) => g.kind === 'PLACE' && [...g.keys].some((k) => k.startsWith(`${folded} `) && CITY_NAME_PARTICLE.test(k.slice(folded.length + 1).split(' ')[0]!)));
  return fits.length === 1 ? fits[0] : undefined;
}

/** Place prepositions before a town's name: 'who play in Seville' is the town, not its club. */
/** Prepositions before a town's name that say where something is ('in Touba', 'around Touba'); not 'to' ('according to X'). */
/** A place's name of two capitalised words joined by a hyphen: 'Gilgit-Baltistan', 'Emilia-Romagna'. */
const HYPHENATED_PLACE = /^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u;
const WHERE_PREPOSITION = /\b(?:in|near|outside|around|across|inside|throughout)\s+$/i;
const PLACE_PREPOSITION = /\b(?:in|near|from|outside|around|across|to)\s+$/i;

/**
 * The club a lone word names once the article has named it with an opener: 'Porto' after
 * 'FC Porto', 'Betis' after 'Real Betis', even where the word is also a town ('Porto looked
 * comfortable'); not a dateline in capitals ('PORTO, Portugal') nor the town after 'in'.
 */
function clubFor(groups: readonly MentionGroup[], m: Mention, folded: string, text: string): MentionGroup | undefined {
  if (m.length !== 1 || m.id?.startsWith('country:') || m.kind === 'PERSON') return undefined;
  if (m.id && (/^\p{Lu}{2,}$/u.test(m.surface) || PLACE_PREPOSITION.test(text.slice(Math.max(0, m.start - 12), m.start)))) return undefined;
  return groups.find((g) => g.clubWord === folded);
}
