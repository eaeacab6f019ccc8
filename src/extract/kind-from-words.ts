import type { EntityKind } from './types';
import type { Token } from './tokens';
import { foldSurface } from './fold';
import { isCommonWord, lookupDemonym, lookupGazetteer } from './gazetteer';
import { isFirstName } from './names';
import { lexiconTags } from './lexicon';
import { SPLITTING } from './name-runs';
import { vocab } from './vocabulary';
import { SPEECH_VERBS } from './speech';
import { EXTRA_PLACE_NOUNS, INNER_INSTITUTION_HEADS, PARTICLE_PLACE_OPENERS, PLACE_HEAD_PHRASES, ROUTE_OPENERS, STREET_OPENERS, STRETCH_WORDS, WAY_OPENERS } from './entity-words';

/** True when the name ends with one of the phrases (folded words): 'Kafa Biosphere Reserve'. */
function endsWithPhrase(words: readonly string[], phrases: readonly string[][]): boolean {
  return phrases.some((p) => p.length < words.length && p.every((w, i) => words[words.length - p.length + i] === w));
}

/** Route nouns a number follows: 'National Road 2', 'Route 66' (folded). */
const ROUTE_NUMBER_NOUNS = new Set(['road', 'route', 'highway', 'motorway', 'expressway', 'corridor']);
/** Words naming a town's part between its name and a compass word: 'Blantyre City South', 'Zomba Rural East' (folded). */
const TOWN_PARTS = new Set(['city', 'town', 'rural', 'urban', 'municipal']);
/** Words opening valley names before a particle: 'Val de Bagnes', 'Val d'Aosta', 'Valle del Cauca' (folded). */
const VALLEY_OPENERS = new Set(['val', 'valle', 'vall', 'vallee']);

/** Nouns of areas numbered or lettered in a set: 'Zone D', 'Sector 7' (folded). */
const ZONE_NOUNS = new Set(['zone', 'sector']);
/** A zone's code: one capital letter, a number maybe with a letter, or a Roman numeral ('D', '4B', 'IV'). */
const ZONE_CODE = /^(?:\p{Lu}|\d{1,3}\p{Lu}?|[IVX]{1,4})$/u;
/** Compass adjectives opening a division's name: 'Western Division' (folded). */
const COMPASS_ADJECTIVES = new Set(['northern', 'southern', 'eastern', 'western', 'central', 'north-eastern', 'north-western', 'south-eastern', 'south-western', 'northeastern', 'northwestern', 'southeastern', 'southwestern']);

/** Compass words that close a district's or constituency's name: 'Upper Fuladu West' (folded). */
const COMPASS_WORDS = new Set(['north', 'south', 'east', 'west', 'central', 'northeast', 'northwest', 'southeast', 'southwest']);
/** Surname particles written with a capital inside a person's name: 'Yves Le Goff', 'Marta De Luca', 'Jan Van Dijk'. */
const SURNAME_PARTICLES = new Set(['Le', 'La', 'De', 'Di', 'Da', 'Du', 'Del', 'Van', 'Von', 'Des', 'Dos', 'Das', 'Der', 'Den', 'Ter', 'Ten']);

/** Place heads that open a place's name only before 'of': 'Gulf of Aden' ('Gulf Air', 'Gulf Bank' are companies). */
const HEAD_ONLY_BEFORE_OF = new Set(['gulf']);
/** A word with a capital inside after three small letters or more: 'FinTech', 'CzechInvest', 'NetBlocks' (brands, no people). */
const INNER_CAPITAL = /^\p{Lu}\p{Ll}{2,}\p{Lu}/u;
/** Openings of surnames written with a capital inside: 'McAllister', 'MacArthur', 'FitzGerald' (people). */
const SURNAME_PREFIX = /^(?:Mac|Fitz|Van|Von|Del|Der|Den|Ter)/;
/** Houses of worship that name a building when a saint's name follows 'of' (folded). */
/** Buildings of worship whose '<noun> of X' names the building, never a body ('Church of England' is one). */
const WORSHIP_BUILDINGS: ReadonlySet<string> = new Set(['cathedral', 'basilica', 'mosque', 'chapel', 'shrine', 'temple', 'pagoda', 'synagogue']);
const WORSHIP_HOUSES = new Set(['church', 'chapel', 'basilica', 'cathedral', 'abbey', 'shrine', 'monastery', 'convent']);
/** A saint's title opening the word after 'of': 'Saint-Ronan', 'St Anne', 'St. Mary', 'San Marco', 'Sainte-Anne'. */
const SAINT_AFTER_OF = /^(?:Saint|Sainte|St|Ste|San|Santa|Santo|São|Sankt|Sant)(?:\.|-\p{Lu}\p{Ll}+)?$/u;
/** Endings glued to a one-word company's name: 'Investcorp', 'Rabobank', 'Sberbank'. */
const FIRM_ENDING = /^\p{Lu}\p{Ll}{3,}(?:corp|bank)$/u;

/** True when a word (or a part of a hyphenated one) has a capital inside like a brand: 'FinTech', 'HungaroMet' (not 'McKenzie', 'DeFreitas'). */
function brandWord(word: string): boolean {
  return word.split('-').some((part) => INNER_CAPITAL.test(part) && !SURNAME_PREFIX.test(part));
}

/** True when a short word ('Có', 'Sà') matches a folded abbreviation ('co', 'sa') only because its accent was folded away. */
function accentOnlyAbbreviation(word: string, folded: string): boolean {
  return folded.length <= 3 && word.toLowerCase() !== folded && word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase() === folded;
}

/** True when the lexicon knows a word as a given name, or as a person's name of its own ('yves'). */
function isGivenName(word: string): boolean {
  return isFirstName(word) || lexiconTags(foldSurface(word)).includes('Person');
}

/** 'Jean-Marc', 'Anne-Sophie': two capitalised halves, one a known given name and neither a known place. */
function hyphenatedGivenName(word: string): boolean {
  const halves = word.split('-');
  if (halves.length !== 2 || !halves.every((h) => /^\p{Lu}\p{Ll}+$/u.test(h))) return false;
  return halves.some((h) => isGivenName(h)) && !halves.some((h) => lookupGazetteer(h) || SAINT_AFTER_OF.test(h));
}

/** True when a two-word name is an unknown word, no adjective nor surname, and a country's name: 'Météo Madagascar'. */
function countryNamedAfter(seq: readonly Token[]): boolean {
  const [first, last] = [seq[0]!.text, seq[1]!.text];
  // Not across a possessive: "the Company's Saudi business".
  if (seq[0]!.possessive || !/^\p{Lu}\p{Ll}+$/u.test(first) || !/^\p{Lu}\p{Ll}+$/u.test(last)) return false;
  const country = lookupGazetteer(last);
  if (!country?.id.startsWith('country:') || country.codeOnly || lexiconTags(foldSurface(last)).includes('LastName')) return false;
  return !isCommonWord(first) && !lookupGazetteer(first) && !lookupDemonym(first) && !lexiconTags(foldSurface(first)).length && !vocab().placeModifiers.has(foldSurface(first)) && !vocab().placeHeads.has(foldSurface(first));
}

/** 'de', 'du', 'des', 'del', 'de la' or an elided "d'Orsay", "l'Église": a particle opening the words after a head-first place word. */
function particleOpening(word: string): boolean {
  const w = word.toLowerCase();
  return vocab().particles.has(w) || /^[dl]['’]\p{Lu}/u.test(word) || w === 'la';
}

/** Spanish compass halves after 'del' in province names. */
const COMPASS_HALVES: ReadonlySet<string> = new Set(['sur', 'norte']);

/** Kind from the name's own words: org and place suffixes, 'University of ...', 'Lake ...', first names. */
export function kindFromWords(seq: readonly Token[]): EntityKind | undefined {
  const v = vocab();
  const words = seq.map((t) => foldSurface(t.text));
  const last = words[words.length - 1]!;
  const first = words[0]!;
  // 'Investcorp', 'Rabobank': one word no table knows, a firm's ending glued to it.
  if (seq.length === 1 && FIRM_ENDING.test(seq[0]!.text) && !isFirstName(seq[0]!.text) && !lookupGazetteer(seq[0]!.text) && !lexiconTags(first).length) return 'ORGANIZATION';
  const connector = words.findIndex((w, i) => !seq[i]!.capital && (w === 'of' || w === 'for'));
  if (connector > 0) {
    // Before 'of' / 'for' stands the head: 'Bank of Chile', 'Union of Copper Workers', 'Gulf of Mexico'.
    const head = words[connector - 1]!;
    // 'Church of Saint-Ronan', 'Chapel of St Anne', 'Basilica of San Marco': a place of worship named after a saint is a
    // building, no body ('Church of England' names a church as a body).
    if (connector === 1 && WORSHIP_HOUSES.has(first) && SAINT_AFTER_OF.test(seq[2]?.text ?? '')) return 'PLACE';
    // 'Mother Cathedral of Etchmiadzin', 'Great Mosque of Touba', 'Temple of Bacchus': a house of worship's building noun (not
    // 'church', which also names a body) before 'of' and a capitalised word is the building, a place (round 32b).
    if (WORSHIP_BUILDINGS.has(head) && seq[connector + 1]?.capital && !v.orgSuffix(last)) return 'PLACE';
    // 'House of Keys', 'House of Assembly', 'Great House of Cilicia': 'House of' and a capitalised word names a chamber, a
    // dynasty or a see, a body ('house' alone ends buildings' names: 'Mansion House') (round 32b).
    if (head === 'house' && seq[connector + 1]?.capital) return 'ORGANIZATION';
    if (v.orgHeads.has(first) || v.orgOpeners.has(first) || v.orgSuffix(head)) return 'ORGANIZATION';
    if (v.placeHeads.has(first) || v.placeSuffix(head)) return v.orgSuffix(last) ? 'ORGANIZATION' : 'PLACE';
    // 'Fans of Newcastle United': the organisation after 'of' does not make the whole one.
    return undefined;
  }
  // 'Kafa Biosphere Reserve', 'Abdou Diouf International Conference Centre', 'Mariana Trench', 'Salthill Hotel':
  // a place head beats the organisation word inside it and a first name before it.
  if (seq.length >= 2 && seq[seq.length - 1]!.capital && (endsWithPhrase(words, PLACE_HEAD_PHRASES) || EXTRA_PLACE_NOUNS.has(last))) return 'PLACE';
  // 'WWF-Hong Kong', 'UNICEF-Nepal': an acronym hyphenated to a known place names the body's branch there.
  // Not a wire's label ('FACTBOX-Iraq', 'UPDATE-Peru'): an ordinary word or a long one.
  const branch = /^(\p{Lu}{2,6})-(\p{Lu}\p{L}*)$/u.exec(seq[0]!.text);
  if (branch && !isCommonWord(branch[1]!) && seq.every((t) => t.capital) && lookupGazetteer([branch[2]!, ...seq.slice(1).map((t) => t.text)].join(' '))?.kind === 'PLACE') return 'ORGANIZATION';
  // 'Zamboanga del Norte', 'Lanao del Sur': a Spanish compass half after 'del' names a province or region (not after an
  // organisation's opener, 'Banco del Sur', nor after a plural noun, as firms are named: 'Tabacos del Norte').
  if (seq.length >= 3 && words[words.length - 2] === 'del' && COMPASS_HALVES.has(last) && seq[0]!.capital && !v.orgHeads.has(first) && !v.orgOpeners.has(first) && !v.orgSuffix(words[seq.length - 3]!) && !/s$/.test(words[seq.length - 3]!)) return 'PLACE';
  // 'Camino de Santiago', 'Camino Real': a way's name is a route (a place).
  if (seq.length >= 2 && WAY_OPENERS.has(first) && seq[seq.length - 1]!.capital) return 'PLACE';
  // 'Rue Boursaint', 'Avenue Foch', 'Rue Jean Moulin': a French street's word opening the name (no firm's word at its end).
  if (seq.length >= 2 && STREET_OPENERS.has(first) && seq[0]!.capital && seq[1]!.capital && /^\p{Lu}/u.test(seq[1]!.text) && !v.orgSuffix(last)) return 'PLACE';
  // 'Place de la Concorde', 'Mur de Huy', 'Col du Galibier', 'Meseta de Castilla': a head-first place word and a particle.
  if (seq.length >= 3 && PARTICLE_PLACE_OPENERS.has(first) && seq[0]!.capital && !seq[1]!.capital && particleOpening(seq[1]!.text) && seq[seq.length - 1]!.capital && !v.orgSuffix(last)) return 'PLACE';
  // 'National Road 2', 'Corridor 8': a route's noun and its number.
  if (seq.length >= 2 && /^\d{1,3}$/.test(last) && ROUTE_NUMBER_NOUNS.has(words[words.length - 2]!)) return 'PLACE';
  // 'Val de Bagnes', 'Val di Fiemme': a valley's opener and a particle.
  if (seq.length >= 3 && VALLEY_OPENERS.has(first) && !seq[1]!.capital && vocab().particles.has(seq[1]!.text.toLowerCase())) return 'PLACE';
  // 'Val Gardena', 'Valle Maira': a valley's opener and one word no lexicon knows as a surname is a valley, though 'Val' is
  // also a given name ('Val Kilmer' keeps a known surname).
  if (seq.length === 2 && VALLEY_OPENERS.has(first) && seq[1]!.capital && /^\p{Lu}\p{Ll}+$/u.test(seq[1]!.text) && !isCommonWord(seq[1]!.text) && !lexiconTags(last).some((t) => PERSON_TAGS.has(t)) && !v.orgSuffix(last)) return 'PLACE';
  // 'Zone D', 'Zone 4B', 'Sector 7': an area's noun and a letter or number naming one of a set of zones.
  if (seq.length === 2 && ZONE_NOUNS.has(first) && ZONE_CODE.test(seq[1]!.text)) return 'PLACE';
  // 'Western Division', 'Northern Division': a compass adjective and 'Division' alone name a country's administrative division
  // (an office is '... Division' with its field: 'Customs and Excise Division').
  if (seq.length === 2 && COMPASS_ADJECTIVES.has(first) && last === 'division') return 'PLACE';
  // 'Rail Baltica', 'Via Egnatia': a route opener and one proper word ('Rail Minister', 'Via Rail' are no routes).
  if (seq.length === 2 && ROUTE_OPENERS.has(first) && seq[1]!.capital && !isCommonWord(seq[1]!.text)) return 'PLACE';
  // 'Salthill Road Upper': a street and the stretch of it.
  if (seq.length >= 3 && STRETCH_WORDS.has(last) && v.placeNouns.has(words[words.length - 2]!)) return 'PLACE';
  // 'Dnipro Falcons', 'Suva Kingfishers', 'Port Moresby Lions': a known place and a capitalised plural name a team.
  // Not 'Bryan Zamora Quirós': a plural's letter before its 's' is unaccented ('Cortés', 'Solís' are surnames).
  if (seq.length >= 2 && /^\p{Lu}\p{Ll}+[a-rtv-z]s$/u.test(seq[seq.length - 1]!.text) && !isFirstName(seq[0]!.text) && !v.placeModifiers.has(first) && !v.placeSuffix(last) && !v.placeSuffix(last.slice(0, -1)) && !v.placeNouns.has(last) && lookupGazetteer(seq.slice(0, -1).map((t) => t.text).join(' '))?.kind === 'PLACE' && !lexiconTags(last).includes('LastName')) return 'ORGANIZATION';
  // The head decides, not the place inside: 'Santiago Wanderers', 'Chilean Copper Commission'.
  // Not a short abbreviation matched only once accents are folded: 'Mendes Có' (a surname), not 'Mendes Co' (a company).
  if (seq.length >= 2 && v.orgSuffix(last) && !accentOnlyAbbreviation(seq[seq.length - 1]!.text, last)) return 'ORGANIZATION';
  // 'Bahrain FinTech Bay', 'Nyasa FactDesk': a brand's word with a capital inside beats the place word after it.
  if (seq.length >= 2 && seq.every((t) => t.capital) && seq.some((t) => brandWord(t.text))) return 'ORGANIZATION';
  // 'Bank ABC', 'Bank Negara': 'Bank' opening a two-word name before an acronym or a word no table knows (not 'Bank Street').
  if (seq.length === 2 && first === 'bank' && seq[1]!.capital && (/^\p{Lu}{2,6}$/u.test(seq[1]!.text) || !isCommonWord(seq[1]!.text)) && !v.placeSuffix(last) && !isFirstName(seq[1]!.text)) return 'ORGANIZATION';
  // Head-first names: 'Banco Santander' (not a person though 'Santander' is a surname), 'FC Porto'.
  if (seq.length >= 2 && v.orgOpeners.has(first)) return 'ORGANIZATION';
  // 'Abbey Park', 'Maya Lin Square': a curated place word ends a place even after a first name, unless it is a surname too.
  if (seq.length >= 2 && v.placeNouns.has(last) && seq[seq.length - 1]!.capital && !lexiconTags(last).includes('LastName')) return 'PLACE';
  // 'Lagos East', 'Kingston Central': a known place and a compass word after it name a district or constituency.
  if (seq.length >= 2 && v.placeModifiers.has(last) && lookupGazetteer(seq.slice(0, -1).map((t) => t.text).join(' '))?.kind === 'PLACE') return 'PLACE';
  // 'Blantyre City South', 'Zomba Rural East': a known place, the part of it, and a compass word (a constituency).
  if (seq.length >= 3 && v.placeModifiers.has(last) && TOWN_PARTS.has(words[words.length - 2]!) && lookupGazetteer(seq.slice(0, -2).map((t) => t.text).join(' '))?.kind === 'PLACE') return 'PLACE';
  // 'Upper Nile East', 'Lower Saxony North': a compass or size word at each end of a name with no organisation word is a
  // district or constituency (a place), whatever the unknown words between them.
  if (seq.length >= 3 && seq.length <= 4 && seq.every((t) => t.capital) && v.placeModifiers.has(first) && COMPASS_WORDS.has(last) && !words.slice(1, -1).some((w) => v.orgSuffix(w))) return 'PLACE';
  // 'Yves Le Goff', 'Marta De Luca', 'Pieter Van Dijk': a given name, a capitalised surname particle and one more word no
  // table knows is a person (an organisation or place word would have decided above).
  // 'Jean-Marc Le Goff', 'Anne-Sophie De Wit': a hyphenated given name, one of whose halves a table knows, opens it too (round 30).
  if (seq.length === 3 && seq.every((t) => t.capital) && SURNAME_PARTICLES.has(seq[1]!.text) && (isGivenName(seq[0]!.text) || hyphenatedGivenName(seq[0]!.text)) && !v.placeHeads.has(first) && !v.orgOpeners.has(first) && !isCommonWord(seq[2]!.text) && !lookupGazetteer(seq[2]!.text) && !v.orgSuffix(last) && !v.placeSuffix(last)) return 'PERSON';
  // 'Civil Hospital Karachi', 'Sofia University St. Kliment Ohridski': an institution's noun inside the name (a place or a
  // patron's name after it) makes an organisation, whatever first name opens it.
  if (seq.length >= 3 && seq.slice(1, -1).some((t) => t.capital && INNER_INSTITUTION_HEADS.has(foldSurface(t.text)))) return 'ORGANIZATION';
  // 'Alice Town', 'George Town': a given name before 'Town' names a settlement (a club is '<place> Town': 'Luton Town').
  if (seq.length === 2 && last === 'town' && seq[1]!.capital && isFirstName(seq[0]!.text) && !lookupGazetteer(seq[0]!.text)) return 'PLACE';
  // 'Linda Marsh' is a person although 'marsh' ends place names.
  if (seq.length === 2 && isFirstName(seq[0]!.text) && !v.placeHeads.has(first)) return 'PERSON';
  if (seq.length >= 2 && v.placeHeads.has(first) && !HEAD_ONLY_BEFORE_OF.has(first)) return 'PLACE';
  if (seq.length >= 2 && v.placeSuffix(last)) return 'PLACE';
  if (seq.length >= 2 && v.placeModifiers.has(first) && lookupGazetteer(seq.slice(1).map((t) => t.text).join(' '))?.kind === 'PLACE') return 'PLACE';
  // 'Western Visayas', 'Northern Cape': a compass word opening a name with no organisation word names a region.
  // Two words only: 'Western Highlands Agriculture' opens an institute's longer name.
  if (seq.length === 2 && seq[1]!.capital && v.placeModifiers.has(first) && !v.orgSuffix(last) && (!isCommonWord(last) || v.placeSuffix(last))) return 'PLACE';
  if (seq.some((t) => !t.capital && SPLITTING.has(t.text.toLowerCase()))) return undefined;
  if (seq.length >= 2 && isFirstName(seq[0]!.text)) return 'PERSON';
  // 'Météo Madagascar', 'Telekom Srbija'-like names: a word no table knows and a country's name after it name that
  // country's service or company, no person (a surname the lexicon knows stays one: 'Anatole France').
  if (seq.length === 2 && seq.every((t) => t.capital) && countryNamedAfter(seq)) return 'ORGANIZATION';
  // 'Victoria Beckham': a surname the lexicon knows after a capitalised word.
  if (seq.length >= 2 && seq.length <= 3 && seq.every((t) => t.capital) && lexiconTags(words[words.length - 1]!).includes('LastName')) return 'PERSON';
  return undefined;
}

/** A name word: one capital, then small letters, maybe hyphenated to another ('Ngakola-Yakité', 'Berthé'); no acronym nor brand. */
const PLAIN_NAME_WORD = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;
/** Lexicon tags that leave a word free to be a person's name. */
const PERSON_TAGS = new Set(['Person', 'FirstName', 'MaleName', 'FemaleName', 'LastName']);

/** True when a word is a name word no table, lexicon nor vocabulary knows as anything else. */
function unknownNameWord(word: string): boolean {
  if (!PLAIN_NAME_WORD.test(word)) return false;
  const v = vocab();
  return word.split('-').every((w) => {
    const folded = foldSurface(w);
    if (isCommonWord(w) || lookupGazetteer(w) || lookupDemonym(w)) return false;
    if (v.orgSuffix(folded) || v.placeHeads.has(folded) || v.placeModifiers.has(folded) || v.placeSuffix(folded) || v.orgOpeners.has(folded) || v.placeNouns.has(folded) || v.eventSuffixes.has(folded)) return false;
    return lexiconTags(folded).every((t) => PERSON_TAGS.has(t));
  });
}

/**
 * 'Lassana Kouyaté', 'Lieve De Geyter', 'Heikki Morottaja': two or three plain name words (maybe a capitalised surname particle
 * between them), none of which any table, lexicon or vocabulary knows, read as a person's name. An organisation's name nearly
 * always holds a word some table knows (an organisation, place or common word, an acronym, a brand's inner capital); a
 * person's unseen given name and surname hold none.
 */
export function unknownPersonShape(seq: readonly Token[]): boolean {
  if (seq.length < 2 || seq.length > 3 || !seq.every((t) => t.capital)) return false;
  return seq.every((t, i) => (seq.length === 3 && i === 1 && SURNAME_PARTICLES.has(t.text)) || unknownNameWord(t.text));
}

/** A courtesy title right before a surname: 'Ms Kouyaté', 'Dr. Berthé'. */
const COURTESY_BEFORE = /\b(?:Mr|Ms|Mrs|Mx|Dr|Prof|Mme|Mlle|M)\.?[ \t]+$/;
/** After a surname: an age set off by commas ('Berthé, 41,'), or the first lower-case word (group 1) when a space comes first. */
const AFTER_SURNAME = /^(?:,[ \t]+\d{1,3},|['’]s[ \t]+(?:wife|husband|son|daughter|mother|father|family|brother|sister)\b|[ \t]+(\p{Ll}+)\b)/u;

/**
 * True when the article writes the name's last word alone as a person's surname somewhere else: before a speech verb
 * ('Kouyaté said'), after a courtesy title ('Ms Kouyaté'), with an age ('Kouyaté, 41,') or a relative ("Kouyaté's son").
 * Organisations are cut to their first word ('Sanofi said'), people to their last.
 */
export function surnameUsedAlone(text: string, seq: readonly Token[]): boolean {
  const last = seq[seq.length - 1]!;
  const word = last.text;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
    if (at === last.start) continue;
    if (/[\p{L}\p{N}-]/u.test(text[at - 1] ?? '') || /[\p{L}\p{N}-]/u.test(text[at + word.length] ?? '')) continue;
    if (COURTESY_BEFORE.test(text.slice(Math.max(0, at - 6), at))) return true;
    const after = AFTER_SURNAME.exec(text.slice(at + word.length, at + word.length + 40));
    if (after && (after[1] === undefined || SPEECH_VERBS.has(after[1]))) return true;
  }
  return false;
}
