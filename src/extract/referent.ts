import type { EntityKind } from './types';
import { plainLetters } from './fold';
import { countryOfCity, isCommonWord, isOneTownOfTwoNames, lookupDemonym, lookupGazetteer, townNames, townNameSpread, townPopulation } from './gazetteer';
import { countryInName, countryOfBodyNames, countryOfNationalWord } from './home-country';
import { isFirstName } from './names';
import { lexiconTags } from './lexicon';
import { countriesWithRegion } from './regions';
import { isLegalForm } from './vocabulary';
import { sovereigns } from './curated';

/** What resolution compares: an entity as one article names it, or as the graph knows it. */
export interface NamedEntity {
  kind: EntityKind;
  name: string;
  aliases: readonly string[];
  /** Gazetteer id when a data package knows the referent ('country:USA'): 'US' and 'United States' share it. */
  gazetteerId?: string;
  /**
   * Gazetteer id of the country the entity's article is about (articleCountry()): the context a
   * generic name ('Ministry of Health') needs before it merges across articles.
   */
  country?: string;
  /**
   * Gazetteer ids of the countries the entity's article names, itself or by a town (namedCountries()): an
   * acronym alone may name a body of any of them ('the CNRS' on a page that names France).
   */
  countriesNamed?: readonly string[];
}

/**
 * Words of public institutions that every country has: a name made only of these (and
 * connectors) names no one body ('Ministry of Health', 'Supreme Court', 'City Council',
 * 'National Police'). Kept short on purpose: a word that can be a proper name or a brand
 * ('Standard', 'General', 'State' in the US 'State Department') stays out.
 */
const GENERIC_INSTITUTION_WORDS = new Set([
  // heads
  'ministry', 'ministries', 'department', 'office', 'court', 'tribunal', 'police', 'council', 'parliament', 'senate', 'assembly',
  'government', 'cabinet', 'army', 'navy', 'force', 'forces', 'guard', 'agency', 'authority', 'commission', 'committee', 'service',
  'services', 'directorate', 'bureau', 'prosecutor', 'prosecutors', 'municipality', 'hall', 'bank', 'institute', 'board', 'unit',
  // offices every government has ('Council of Ministers' in Brazzaville and in Douglas, 'Ombudsman's Office' in Quito and in Lima)
  'ombudsman', 'ministers', 'minister', 'prime', 'presidency', 'president', 'mayor', 'chamber', 'commerce',
  // the branches every territory's constitution names ('Legislative Council' of Brunei and of St Helena)
  'legislative', 'legislature', 'executive',
  // the same words in Spanish, Portuguese and French, folded ('Autoridad Nacional del Agua' in Peru, 'Agência Nacional de
  // Águas' in Brazil, 'Defensoría del Pueblo' in Peru and in Colombia)
  'nacional', 'nationale', 'autoridad', 'autoridade', 'autorite', 'agencia', 'agence', 'ministerio', 'ministere',
  'consejo', 'conselho', 'conseil', 'corte', 'cour', 'suprema', 'supremo', 'instituto', 'institut', 'servicio', 'servico',
  'policia', 'agua', 'aguas', 'eau', 'salud', 'saude', 'sante', 'educacion', 'educacao', 'comision', 'comissao',
  'secretaria', 'direccion', 'direcao', 'direction', 'oficina', 'fiscalia', 'defensoria', 'pueblo', 'procuraduria',
  'contraloria', 'superior', 'junta', 'asamblea', 'assembleia', 'assemblee', 'gobierno', 'governo', 'gouvernement',
  // levels and kinds
  // buildings that stand for a government ('White House' in Washington and in Bishkek, 'Government House')
  'house', 'palace', 'white', 'blue',
  // political parties every country has ('Democratic Party' in Mongolia and in Albania, 'Labour Party', "People's Party")
  'party', 'democratic', 'democrats', 'socialist', 'socialists', 'liberal', 'liberals', 'conservative', 'conservatives',
  'green', 'greens', 'people', 'peoples', 'republican', 'republicans', 'communist', 'progressive', 'workers', 'christian',
  'popular', 'reform', 'unity', 'union', 'alliance', 'front', 'movement', 'independent', 'freedom', 'renewal', 'solidarity',
  'supreme', 'high', 'constitutional', 'appeals', 'appeal', 'administrative', 'district', 'provincial', 'regional', 'municipal', 'county', 'city',
  'national', 'federal', 'central', 'public', 'civil', 'armed', 'air', 'coast', 'fire', 'general', 'attorney', 'secret',
  // portfolios
  'health', 'finance', 'justice', 'interior', 'home', 'foreign', 'affairs', 'education', 'defence', 'defense', 'agriculture',
  'fisheries', 'environment', 'transport', 'trade', 'industry', 'labour', 'labor', 'energy', 'mining', 'mines', 'works', 'tourism',
  'culture', 'economy', 'planning', 'water', 'welfare', 'security', 'social', 'statistics', 'tax', 'revenue', 'customs',
  'immigration', 'border', 'disaster', 'emergency', 'emergencies', 'situations', 'management', 'protection', 'environmental',
  'school', 'schools',
  // every republic's legislature ('Congress' of Brazil and of the United States)
  'congress', 'electoral', 'election', 'elections', 'human',
  'rights', 'communications', 'information', 'science', 'technology', 'development', 'resources', 'natural', 'marine', 'land',
]);
/**
 * Words of a level below the country: a generic name holding one ('Regional Directorate for Environmental
 * Protection', 'District Court', 'City Council') names one of many such bodies of its country, one per region,
 * district or town.
 */
const SUBNATIONAL_WORDS = new Set(['regional', 'provincial', 'district', 'county', 'municipal', 'municipality', 'city']);

/** Words of a federation's own level: a generic name holding one in a dependent territory is its sovereign's body. */
const FEDERAL_WORDS = new Set(['federal', 'congress']);

/** The sovereign state of a dependent territory ('country:PRI' -> 'country:USA'), from seeds/curated/sovereigns.json; the country itself otherwise. */
function sovereignOf(country: string): string {
  const cca3 = sovereigns()[country.slice('country:'.length)];
  return cca3 ? `country:${cca3}` : country;
}

/** Words a generic name may hold besides institution words: 'Ministry of Health and Welfare', "People's Party" ('s'). */
const CONNECTORS = new Set(['of', 'for', 'the', 'and', 'on', 's', 'de', 'del', 'la', 'las', 'los', 'el', 'do', 'da', 'dos', 'das', 'des', 'du', 'le', 'y', 'e', 'et']);

/** True when a name is made only of public-institution words ('Ministry of Health', 'Supreme Court'). */
export function isGenericName(name: string): boolean {
  const words = tokens(name);
  return words.some((w) => GENERIC_INSTITUTION_WORDS.has(w)) && words.every((w) => GENERIC_INSTITUTION_WORDS.has(w) || CONNECTORS.has(w));
}

/**
 * Nouns newspapers are named by: a paper called by the noun alone ('the Herald', 'the Times') is the
 * paper whose page the article is, named in full only in its masthead if at all (the Hargeisa Herald and
 * the Nature Isle Herald are both 'the Herald' in their own pages; so are the Patagonia Herald and the
 * Buenos Aires Herald Digital, both Argentine). Two papers each called by the noun alone are never tied
 * (isSameReferent()).
 */
const NEWSPAPER_NOUNS = new Set([
  'herald', 'times', 'post', 'tribune', 'gazette', 'chronicle', 'observer', 'star', 'mail', 'news', 'express', 'standard',
  'telegraph', 'mirror', 'nation', 'monitor', 'citizen', 'journal', 'courier', 'record', 'globe', 'examiner', 'dispatch',
  'sentinel', 'bulletin', 'register', 'argus', 'advertiser', 'echo', 'enquirer', 'inquirer', 'reporter', 'clarion', 'voice',
]);

/** True when a name is only a newspaper's noun, maybe after 'the' ('the Herald'). */
function isBareNewspaperNoun(name: string): boolean {
  const t = tokens(name);
  if (t[0] === 'the') t.shift();
  return t.length === 1 && NEWSPAPER_NOUNS.has(t[0]!);
}

/** Words that name a body's reach as beyond one country: 'World Meteorological Organization', 'International Energy Agency'. */
const INTERNATIONAL_WORDS = new Set(['international', 'world', 'global', 'worldwide', 'intergovernmental', 'multinational', 'transnational', 'nations']);

/** True when a name says its body works across countries ('International Energy Agency', 'United Nations Office for …'). */
function isInternationalName(name: string): boolean {
  return tokens(name).some((w) => INTERNATIONAL_WORDS.has(w));
}

/** Words of a country's mission abroad: 'U.S. Embassy', 'Consulate of Mexico', "Australian High Commission". */
const MISSION_WORDS = new Set(['embassy', 'consulate', 'legation']);

/**
 * True when a name is a country's mission abroad ('U.S. Embassy', 'Embassy of Japan'): news names the
 * mission in the host country by its sending country alone, so one in Baghdad and one in Majuro share
 * the name. Like a generic name it merges only within one (host) country.
 */
function isMissionName(name: string): boolean {
  return tokens(name).some((w) => MISSION_WORDS.has(w));
}

/** The prefix of the key that records a generic organisation's country ('in:country:KEN'). */
export const COUNTRY_CONTEXT_KEY = 'in:';
/** The prefix of the key that records a gazetteer id ('id:country:USA'). */
export const GAZETTEER_KEY = 'id:';

/** Towns of one country an article must name before that country, never named itself, counts as the article's. */
const MIN_TOWNS_FOR_UNNAMED_COUNTRY = 3;

/** Organisations whose names hold one country's name before that country counts as named by them. */
const MIN_BODIES_NAMING_COUNTRY = 2;

/** A town smaller than this that shares its name with a province elsewhere may count for the province's country. */
const MAX_TOWN_NAMED_LIKE_REGION = 100_000;

/**
 * The country an article is about, as a gazetteer id: the country its places name most. Each
 * mention of a country counts for it, and each mention of a town for the town's country when the
 * article names that country too ('Chalkida' and 'Lamia' make an article about Evia Greek though
 * it names Italy as often as Greece; a 'Santa Cruz' the tables place in the Philippines does not
 * make an article about Ecuador Philippine). An article that names no country takes the country
 * of its towns; a first-level region counts like a town (countriesOfPlaces()). A country named inside
 * the names of two or more of its organisations counts once per such organisation (bodiesNamingCountries()).
 * Ties: the one named first. Undefined when it names neither.
 */
export function articleCountry(entities: readonly { name?: string; kind?: EntityKind; gazetteerId?: string; mentions: readonly unknown[] }[]): string | undefined {
  const counts = new Map<string, number>();
  const towns = new Map<string, number>();
  const distinctTowns = new Map<string, number>();
  for (const e of entities) {
    const id = e.gazetteerId;
    if (id?.startsWith('country:')) counts.set(id, (counts.get(id) ?? 0) + Math.max(1, e.mentions.length));
  }
  for (const [country, n] of bodiesNamingCountries(entities)) counts.set(country, (counts.get(country) ?? 0) + n);
  const placeOf = countriesOfPlaces(entities, counts);
  entities.forEach((e, i) => {
    const townOf = placeOf[i];
    if (!townOf) return;
    const n = Math.max(1, e.mentions.length);
    towns.set(townOf, (towns.get(townOf) ?? 0) + n);
    distinctTowns.set(townOf, (distinctTowns.get(townOf) ?? 0) + 1);
  });
  // A country the article never names counts by its towns when it names several of them (Bilbao, Eibar and
  // Donostia in a Basque article that names only France, for a town across the border).
  if (counts.size === 0) for (const [country, n] of towns) counts.set(country, n);
  else for (const [country, n] of towns) if (counts.has(country) || distinctTowns.get(country)! >= MIN_TOWNS_FOR_UNNAMED_COUNTRY) counts.set(country, (counts.get(country) ?? 0) + n);
  let best: string | undefined;
  let n = 0;
  for (const [country, count] of counts) if (count > n) [best, n] = [country, count];
  // News of a dependent territory names its sovereign often ('Copenhagen should not be surprised' in a Faroese
  // election story): a territory of the leading country named at least half as often is the article's country.
  let territory: string | undefined;
  let t = 0;
  for (const [country, count] of counts) if (country !== best && sovereignOf(country) === best && count * 2 >= n && count > t) [territory, t] = [country, count];
  return territory ?? best;
}

/** countryInName() by name, kept for the several calls of articleCountry() per article; cleared when large. */
const countryInNames = new Map<string, string | undefined>();

function countryInNameOnce(name: string): string | undefined {
  if (countryInNames.has(name)) return countryInNames.get(name);
  if (countryInNames.size > 50_000) countryInNames.clear();
  const country = countryInName(name);
  countryInNames.set(name, country);
  return country;
}

/**
 * Countries named inside the names of two or more organisations, with how many name each: a
 * Guernsey letters page names 'Guernsey Water' and 'Guernsey Ports' but 'Guernsey' alone only in
 * its masthead, and 'Jersey' once; it is Guernsey's (countryInName()). One such body alone
 * ('Kenya Airways' in a Ugandan story) does not count.
 */
function bodiesNamingCountries(entities: readonly { name?: string; kind?: EntityKind }[]): Map<string, number> {
  const bodies = new Map<string, number>();
  for (const e of entities) {
    if (e.kind !== 'ORGANIZATION' || !e.name) continue;
    const country = countryInNameOnce(e.name);
    if (country) bodies.set(country, (bodies.get(country) ?? 0) + 1);
  }
  for (const [country, n] of bodies) if (n < MIN_BODIES_NAMING_COUNTRY) bodies.delete(country);
  return bodies;
}

/**
 * The country each entity names as a town or a first-level region ('city:...', 'region:CAN-NB'), by index; undefined for others.
 * 'New Brunswick' and 'Nova Scotia' in an article that names no country are Canada's provinces, not the small
 * American towns the tables list first: a town under MAX_TOWN_NAMED_LIKE_REGION people named like a first-level
 * region of exactly one other country counts for that country when the article names that country, or names two
 * or more such regions of it, and does not name the town's own country ('Victoria' alone in a Seychelles article
 * stays the Seychelles' capital, not Australia's state).
 */
function countriesOfPlaces(entities: readonly { name?: string; gazetteerId?: string }[], named: ReadonlyMap<string, number>): (string | undefined)[] {
  const regionOf = entities.map((e) => {
    const id = e.gazetteerId;
    if (!e.name || !id?.startsWith('city:')) return undefined;
    const countries = countriesWithRegion(e.name);
    if (countries.length !== 1) return undefined;
    const home = countryOfCity(id);
    const region = `country:${countries[0]}`;
    return home === region || (home && named.has(home)) || townPopulation(id) >= MAX_TOWN_NAMED_LIKE_REGION ? undefined : region;
  });
  const regionsNamed = new Map<string, number>();
  for (const r of regionOf) if (r) regionsNamed.set(r, (regionsNamed.get(r) ?? 0) + 1);
  return entities.map((e, i) => {
    const id = e.gazetteerId;
    const r = regionOf[i];
    if (r && (named.has(r) || regionsNamed.get(r)! >= 2)) return r;
    if (id?.startsWith('city:')) return countryOfCity(id);
    const region = id && /^region:([A-Z]{3})-/.exec(id);
    return region ? `country:${region[1]}` : undefined;
  });
}


/** The countries an article names, itself or by one of its towns ('Paris' names France; 'Nova Scotia' Canada, by countriesOfPlaces()), as gazetteer ids. */
export function namedCountries(entities: readonly { name?: string; gazetteerId?: string }[]): string[] {
  const named = new Set<string>();
  const countries = new Map<string, number>();
  for (const e of entities) if (e.gazetteerId?.startsWith('country:')) countries.set(e.gazetteerId, 1);
  const placeOf = countriesOfPlaces(entities, countries);
  const placesIn = new Map<string, number>();
  for (const townOf of placeOf) if (townOf) placesIn.set(townOf, (placesIn.get(townOf) ?? 0) + 1);
  entities.forEach((e, i) => {
    if (e.gazetteerId?.startsWith('country:')) named.add(e.gazetteerId);
    const townOf = placeOf[i];
    // 'near Mora' in a Portuguese article: a small town alone does not name its tables' country (isLoneSmallTown()).
    if (townOf && !(placesIn.get(townOf) === 1 && isSmallTown(e.gazetteerId))) named.add(townOf);
  });
  return [...named];
}

/** A town of fewer people than this (capitals count as large) is written abroad with its country or its neighbours. */
const MAX_SMALL_TOWN = 100_000;

/** True for a city id the tables give as a small town ('city:mora', Cameroon's, 55,000 people), not for one the article placed ('city:beja@PRT'). */
function isSmallTown(id: string | undefined): boolean {
  if (!id?.startsWith('city:') || id.includes('@')) return false;
  // 'Geneva', 'Florida': a name the lexicon knows as a city or region is the famous one, whatever the tables' town.
  if (lexiconTags(id.slice('city:'.length)).some((tag) => tag === 'City' || tag === 'Region' || tag === 'Country' || tag === 'Place')) return false;
  const population = townNameSpread(id).population;
  return population > 0 && population < MAX_SMALL_TOWN;
}

/**
 * 'an estate near Mora' in an article about Portugal, which names no other place of Cameroon: a small town
 * of a country its article neither is about nor names otherwise is as likely a town of the article's own
 * country the tables lack (Portugal's Mora), so it is not the tables' town named in an article about the
 * town's own country or one naming it (Cameroon's Mora). Two such lone mentions abroad still merge ('the
 * Andes' in a Peruvian and an Argentine article). The cost: a small famous town named abroad alone, that the
 * lexicon does not know ('Cannes' in a Burkinabè article), stays apart from the same town in French news.
 */
function isLoneSmallTown(e: NamedEntity): boolean {
  if (!isSmallTown(e.gazetteerId) || e.country === undefined || e.countriesNamed === undefined) return false;
  const home = countryOfCity(e.gazetteerId!);
  return home !== undefined && home !== e.country && !e.countriesNamed.includes(home);
}

/**
 * The form an alias is stored and looked up by: case, diacritics, apostrophes,
 * hyphens and a trailing possessive folded away ("Ja’afari's" -> "ja afari").
 */
export function normaliseAlias(surface: string): string {
  return plainLetters(surface)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/'s$/, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Folds common transliteration variants so 'Sergei'/'Sergey' and 'al-Qaeda'/'al-Qaida'
 * compare equal: x/ks ('Alexander'/'Aleksandr'), -ey/-ei endings, doubled letters, 'ae'/'ai' inside a word,
 * 'ay' before a consonant as 'ai' ('Shayloobekova'/'Shailoobekova'), and zh inside a word as j
 * ('Nurzhan'/'Nurjan'; a leading Zh stays: 'Zhang' is not 'Jang').
 */
export function foldTransliteration(token: string): string {
  return token
    .replace(/x/g, 'ks')
    .replace(/ey\b/g, 'ei')
    .replace(/ay(?![aeiouy])/g, 'ai')
    .replace(/\Bzh/g, 'j')
    .replace(/ae|ai/g, 'a')
    .replace(/(\p{L})\1/gu, '$1')
    .replace(/ph/g, 'f')
    .replace(/k?h\b/g, '');
}

function tokens(name: string): string[] {
  return normaliseAlias(name)
    .split(' ')
    .filter((t) => t.length > 0);
}

/**
 * A name as resolution compares it: words with transliteration folded, except an acronym,
 * which is compared as written ('ISS' is not 'IS', though 'Hassan' is 'Hasan').
 */
function comparable(form: string): string {
  const t = tokens(form);
  return ACRONYM.test(form.trim()) ? t.join(' ') : t.map(foldTransliteration).join(' ');
}

/**
 * Nouns of natural features. 'the Búzi' is the Búzi River in the article that named the
 * river, but 'Búzi' alone elsewhere is as likely the district or town the river is named
 * after (Limpopo, Congo, Kenya): see isSameReferent().
 */
const NATURAL_FEATURES = new Set([
  'river', 'sea', 'ocean', 'lake', 'bay', 'gulf', 'strait', 'canal', 'delta', 'valley', 'mount', 'mountain', 'mountains', 'peak',
  'volcano', 'glacier', 'falls', 'hill', 'hills', 'island', 'islands', 'isle', 'peninsula', 'plateau', 'basin', 'forest', 'canyon',
  'creek', 'lagoon', 'desert', 'reef', 'trench', 'estuary',
]);

/**
 * Words of structures named after a place ('Karakoram Highway', 'Alderney Airport'): like a natural feature's noun, the
 * name without it is as likely the place itself (the Karakoram range), so it matches only a side that also wrote the
 * structure; within an article, the place's name alone is the place (coref.ts). Folded.
 */
export const STRUCTURE_NOUNS: ReadonlySet<string> = new Set([
  'highway', 'motorway', 'expressway', 'freeway', 'railway', 'tunnel', 'airport', 'airfield', 'aerodrome', 'airstrip',
  'harbour', 'harbor', 'station', 'bridge', 'dam', 'stadium', 'terminal', 'pier', 'jetty',
]);

/**
 * A sea named by an adjective of its own ('Baltic Sea', 'Adriatic Sea', 'Caribbean Sea'): news calls it by the adjective
 * alone ('the Baltic'), which names nothing else. Not 'North Sea', 'Irish Sea', 'Java Sea' (a common word, a demonym,
 * a name of its own).
 */
function isAdjectivalSea(t: readonly string[]): boolean {
  return t.length === 2 && t[1] === 'sea' && /(?:ic|ian|ean)$/.test(t[0]!) && !isCommonWord(t[0]!) && lookupDemonym(t[0]!) === undefined;
}

/** A name whose last word is written in lower case: 'Syr Darya river'. */
const LOWER_CASE_LAST_WORD = /\s\p{Ll}+\s*$/u;

/** The comparable forms of a place's names with their feature noun dropped ('Búzi River' -> 'buzi'). */
function featureShortForms(e: NamedEntity): Set<string> {
  const short = new Set<string>();
  for (const form of [e.name, ...e.aliases]) {
    const t = tokens(form);
    if (t[0] === 'the') t.shift();
    if (t.length < 2 || t[t.length - 1] === 'ocean' || isAdjectivalSea(t)) continue;
    // 'Syr Darya river', the feature written as a common noun after the name: the name is the one written alone.
    if ((NATURAL_FEATURES.has(t[t.length - 1]!) || STRUCTURE_NOUNS.has(t[t.length - 1]!)) && !LOWER_CASE_LAST_WORD.test(form)) short.add(t.slice(0, -1).map(foldTransliteration).join(' '));
    if (NATURAL_FEATURES.has(t[0]!)) short.add(t.slice(1).map(foldTransliteration).join(' '));
  }
  return short;
}

/**
 * Nouns of administrative divisions written after the name: 'Nyandarua County', 'Kano State'.
 * News drops them once the reader knows the division ('farmers in Nyandarua').
 */
const ADMIN_DIVISIONS = new Set(['county', 'province', 'district', 'region', 'prefecture', 'state', 'governorate', 'oblast', 'municipality', 'department']);

/** Words of position that name a division in every country: 'Northern Province', 'Central Region', 'Upper East Region'. */
const POSITION_WORDS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'upper', 'lower', 'middle', 'greater', 'far', 'coastal', 'capital', 'northeast', 'northwest', 'southeast', 'southwest', 'north-east', 'north-west', 'south-east', 'south-west']);

/**
 * True when a place's name is only a position and a division noun ('Western Province', 'Far North
 * Region', 'Central District'): a division every country may have, so the name alone tells two
 * countries' divisions apart no more than 'Ministry of Health' tells their ministries apart.
 */
function isGenericDivision(form: string): boolean {
  const t = tokens(form);
  if (t[0] === 'the') t.shift();
  return t.length >= 2 && ADMIN_DIVISIONS.has(t[t.length - 1]!) && t.slice(0, -1).every((w) => POSITION_WORDS.has(w));
}

/** Nouns of streets and squares: 'Commercial Street', 'Church Road', 'Independence Avenue'. */
const STREET_NOUNS = new Set(['street', 'road', 'avenue', 'lane', 'boulevard', 'square', 'alley', 'terrace', 'crescent', 'promenade']);

/**
 * True when a place is named as a street or square ('Commercial Street', 'Independence Square'):
 * towns everywhere have one of the name, so like a generic division it merges only within one country.
 */
function isStreetName(form: string): boolean {
  const t = tokens(form);
  if (t[0] === 'the') t.shift();
  return t.length >= 2 && STREET_NOUNS.has(t[t.length - 1]!);
}

/** A place named like a division every country has ('Western Province') or like a street ('Commercial Street'). */
function isLocalName(form: string): boolean {
  return isGenericDivision(form) || isStreetName(form);
}

/**
 * The comparable forms of a place's names without a trailing division noun ('Nyandarua County' ->
 * 'nyandarua'); none for a place a package knows, nor when only ordinary or position words stay
 * ('Northern Province' of Rwanda is not Ghana's 'Northern Region').
 */
function divisionShortForms(e: NamedEntity): Set<string> {
  const short = new Set<string>();
  if (e.kind !== 'PLACE' || e.gazetteerId) return short;
  for (const form of [e.name, ...e.aliases]) {
    const t = tokens(form);
    if (t[0] === 'the') t.shift();
    if (t.length < 2 || !ADMIN_DIVISIONS.has(t[t.length - 1]!)) continue;
    const rest = t.slice(0, -1);
    if (rest.some((w) => !POSITION_WORDS.has(w) && !isCommonWord(w))) short.add(rest.map(foldTransliteration).join(' '));
  }
  return short;
}

/**
 * Heads that news writes both before and after the portfolio or place: 'Ministry of the
 * Interior' / 'Interior Ministry', 'University of Ghana' / 'Ghana University'.
 */
const INVERTIBLE_HEADS = new Set(['ministry', 'department', 'university', 'agency']);
/** Nouns a body's name may drop when two words or more stay: 'Uganda Red Cross Society' / 'Uganda Red Cross'. */
const DROPPABLE_BODY_NOUNS = new Set(['society', 'association']);
/**
 * One-word heads a national word may open as the country's own body ('Hellenic Parliament',
 * 'Kenyan Navy'); other one-word heads stay whole ('British Council' is no council of Britain's).
 */
const NATIONAL_HEADS = new Set(['parliament', 'senate', 'government', 'cabinet', 'army', 'navy', 'police']);
/** A ministry or department named by a list of portfolios, the first before the comma: 'Ministry of Health, Public Hygiene and ...'. */
const PORTFOLIO_LIST = /^((?:Ministry|Department) of [^,]+),\s*\p{Lu}[^,]*(?:,\s*\p{Lu}[^,]*)*\band\s+\p{Lu}/u;
/**
 * A body named by what it is for: two capitalised words or more, then 'to' and a capitalised word
 * that names no place ('Global Fund to Fight AIDS, Tuberculosis and Malaria'). Its head is how news
 * shortens it ('the Global Fund'); 'Permanent Mission to the UN' or 'Embassy to Benin' name no purpose.
 */
const PURPOSE_CLAUSE = /^(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)+)\s+to\s+(\p{Lu}\p{Ll}+)\b/u;
/** A legal form written as dotted initials after a company's name: 'S.A.', 'E.S.P.', 'N.V.'. */
const DOTTED_INITIALS = /^(?:\p{Lu}\.){2,}$/u;
/** 'UN' or 'U.N.' written as a word of a body's name: the United Nations. */
const UN_WORD = /^(?:UN|U\.N\.)$/;
/** A body's name with its country after 'of': 'Supreme Court of Spain', 'Central Bank of Kenya'. */
const OF_COUNTRY = /^(.+?)\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}'’ -]+)$/u;
/** A UN body's name with its parent written out after it: 'Food and Agriculture Organization of the United Nations'. */
const OF_THE_UN = /^(.+?)\s+of\s+the\s+(?:United\s+Nations|UN|U\.N\.)$/;

/**
 * Other ways news writes the same organisation's name, as words (not yet folded):
 * - the head after the portfolio: 'Ministry of the Interior' -> 'interior ministry', and
 *   'affairs' dropped ('Ministry of Foreign Affairs' -> 'foreign ministry');
 * - without trailing legal forms: 'Interconexión Caribe S.A. E.S.P.' -> 'interconexion caribe';
 * - without a trailing 'Society' or 'Association' when two words or more stay;
 * - 'UN' written out, and a UN body's trailing 'of the United Nations' dropped.
 */
function organisationVariants(form: string): string[][] {
  const variants: string[][] = [];
  const written = form.trim().split(/\s+/);
  let end = written.length;
  while (end > 1 && (isLegalForm(written[end - 1]!) || DOTTED_INITIALS.test(written[end - 1]!))) end--;
  if (end < written.length) variants.push(tokens(written.slice(0, end).join(' ')));
  const t = tokens(written.slice(0, end).join(' '));
  if (t.length >= 3 && DROPPABLE_BODY_NOUNS.has(t[t.length - 1]!)) variants.push(t.slice(0, -1));
  // 'Ministry of Health, Public Hygiene and Universal Health Coverage' is also its first portfolio's ministry.
  const firstPortfolio = PORTFOLIO_LIST.exec(form.trim())?.[1];
  if (firstPortfolio) variants.push(tokens(firstPortfolio));
  // 'Global Fund to Fight AIDS, Tuberculosis and Malaria' is also 'Global Fund'.
  const purpose = PURPOSE_CLAUSE.exec(form.trim());
  if (purpose && lookupGazetteer(purpose[2]!) === undefined) variants.push(tokens(purpose[1]!));
  // 'UN Office for the Coordination of Humanitarian Affairs' is 'United Nations Office for …'.
  if (written.length >= 2 && written.some((w) => UN_WORD.test(w))) variants.push(tokens(written.map((w) => (UN_WORD.test(w) ? 'United Nations' : w)).join(' ')));
  // 'Supreme Court of Spain' is also its country's 'Supreme Court' (generic, so merged only within that country).
  const ofCountry = OF_COUNTRY.exec(form.trim());
  if (ofCountry && isGenericName(ofCountry[1]!) && lookupGazetteer(ofCountry[2]!)?.id.startsWith('country:')) variants.push(tokens(ofCountry[1]!));
  // 'Food and Agriculture Organization of the United Nations' is also 'Food and Agriculture Organization'.
  const parent = OF_THE_UN.exec(form.trim());
  if (parent) variants.push(tokens(parent[1]!));
  // 'Hellenic Fire Service' is its country's 'Fire Service' (generic, so merged only within that country).
  if (written.length >= 2 && countryOfNationalWord(written[0]!)) {
    const rest = tokens(written.slice(1, end).join(' '));
    if (isGenericName(rest.join(' ')) && (rest.length >= 2 || NATIONAL_HEADS.has(rest[0]!))) variants.push(rest);
  }
  const dropAffairs = (w: string[]) => (w.length > 1 && w[w.length - 1] === 'affairs' ? w.slice(0, -1) : w);
  if (t.length >= 3 && INVERTIBLE_HEADS.has(t[0]!) && t[1] === 'of') {
    const rest = t.slice(2);
    if (rest[0] === 'the') rest.shift();
    if (rest.length > 0) variants.push([...dropAffairs(rest), t[0]!]);
  } else if (t.length >= 2 && INVERTIBLE_HEADS.has(t[t.length - 1]!)) {
    const rest = dropAffairs(t.slice(0, -1));
    if (rest.length < t.length - 1) variants.push([...rest, t[t.length - 1]!]);
  }
  return variants;
}

/** A body's form 'X in <country>' ('Sámi Parliament in Finland'): X and the country. */
const PLACED_IN_COUNTRY = /^(.+?)\s+in\s+(?:the\s+)?(\p{Lu}[^]*)$/u;

/**
 * The comparable forms of an entity's names, each with whether it is generic: its names and
 * aliases, and for an organisation their variants (organisationVariants()), which are generic
 * when the name they come from is.
 */
function comparableForms(e: NamedEntity): Map<string, boolean> {
  const forms = new Map<string, boolean>();
  const add = (key: string, generic: boolean) => {
    if (key !== '' && !(forms.get(key) === false)) forms.set(key, generic);
  };
  // 'NDMO' for 'National Disaster Management Office' is as generic as the name it abbreviates.
  const genericInitials = new Set(e.kind === 'ORGANIZATION' ? [e.name, ...e.aliases].filter(isGenericName).map(initials) : []);
  // 'ANA' for Peru's 'National Water Authority' (the Spanish name's initials): a body known only by generic names
  // is no one body abroad under its acronym either.
  const fullNames = [e.name, ...e.aliases].filter((f) => !ACRONYM.test(f.trim()));
  const onlyGenericNames = e.kind === 'ORGANIZATION' && fullNames.length > 0 && fullNames.every(isGenericName);
  // 'Donostia-San Sebastián' is also 'San Sebastián': a town the tables list under a name in each language.
  if (e.kind === 'PLACE') for (const part of townNames(e.gazetteerId)) add(part.split(' ').map(foldTransliteration).join(' '), false);
  // 'Sámi Parliament' of an article that writes 'the Sámi Parliament in Finland' (bodiesPlacedInCountry() in index.ts):
  // the text tells the country because others have a body of the name, so the name alone is as generic.
  const placed = new Set(e.kind === 'ORGANIZATION' ? [e.name, ...e.aliases].flatMap((f) => { const m = PLACED_IN_COUNTRY.exec(f); return m && lookupGazetteer(m[2]!)?.id.startsWith('country:') ? [m[1]!] : []; }) : []);
  for (const form of [e.name, ...e.aliases]) {
    const acronym = ACRONYM.test(form.trim());
    const generic = e.kind === 'ORGANIZATION' && (isGenericName(form) || placed.has(form) || isMissionName(form) || isBareNewspaperNoun(form) || (acronym && (onlyGenericNames || genericInitials.has(form.trim().toLowerCase()))));
    add(comparable(form), generic);
    if (e.kind === 'ORGANIZATION') for (const v of organisationVariants(form)) add(v.map(foldTransliteration).join(' '), generic || isGenericName(v.join(' ')));
    // 'Nyandarua County' is also 'Nyandarua' (isSameReferent() keeps it from a town a package knows).
    for (const short of divisionShortForms(e)) add(short, false);
    // 'Govi-Altai' / 'Gobi-Altai': transliterations of place names swap v and b (Mongolian, Spanish).
    if (e.kind === 'PLACE' && !e.gazetteerId && /v/.test(comparable(form))) add(comparable(form).replace(/v/g, 'b'), false);
    // No district is named after an ocean: 'the Pacific' is the Pacific Ocean everywhere.
    const t = tokens(form);
    // 'the Canaries', 'the Balearics', 'the Faroes': islands named by the plural of their name's first word.
    if (e.kind === 'PLACE' && t.length === 2 && t[1] === 'islands' && t[0]!.length > 2) add(foldTransliteration(pluralOf(t[0]!)), false);
    if (e.kind === 'PLACE' && t.length >= 2 && t[t.length - 1] === 'ocean') add(t.slice(t[0] === 'the' ? 1 : 0, -1).map(foldTransliteration).join(' '), false);
    // 'the Baltic' is the Baltic Sea.
    const sea = t[0] === 'the' ? t.slice(1) : t;
    if (e.kind === 'PLACE' && isAdjectivalSea(sea)) add(foldTransliteration(sea[0]!), false);
  }
  return forms;
}

/** The English plural of a word: 'canary' -> 'canaries', 'faroe' -> 'faroes', 'balearic' -> 'balearics'. */
function pluralOf(word: string): string {
  return /[^aeiou]y$/.test(word) ? `${word.slice(0, -1)}ies` : /(?:s|x|z|ch|sh)$/.test(word) ? `${word}es` : `${word}s`;
}

/** Keys under which an entity is indexed for cross-document lookup. */
export function lookupKeys(entity: NamedEntity): string[] {
  const keys = new Set<string>();
  if (entity.gazetteerId) keys.add(`${GAZETTEER_KEY}${entity.gazetteerId}`);
  // A generic organisation carries its article's country along, so a later article finds it back.
  // So does one with an acronym, which merges across countries only with an agreeing full name (isSameReferent()).
  const forms = comparableForms(entity);
  if (entity.country && entity.kind === 'ORGANIZATION' && ([...forms.values()].some((generic) => generic) || [entity.name, ...entity.aliases].some((f) => ACRONYM.test(f.trim())))) keys.add(`${COUNTRY_CONTEXT_KEY}${entity.country}`);
  // So does a place named like a division every country has ('Western Province').
  // So does a street or square ('Commercial Street'): towns of many countries have one of the name.
  if (entity.country && entity.kind === 'PLACE' && [entity.name, ...entity.aliases].some(isLocalName)) keys.add(`${COUNTRY_CONTEXT_KEY}${entity.country}`);
  for (const key of forms.keys()) keys.add(key);
  if (entity.kind === 'PERSON') for (const form of [entity.name, ...entity.aliases]) {
    const t = tokens(form);
    if (t.length > 0) keys.add(foldTransliteration(t[t.length - 1]!));
  }
  if (entity.kind === 'PERSON') {
    const { given, surname } = personName(entity);
    keys.add(surname);
    // 'Gintaras K.' finds 'Gintaras Kazlauskas' (initialSurname()).
    if (given.length > 0 && given[0]!.length >= MIN_GIVEN_FOR_INITIAL_SURNAME && surname !== '') keys.add(`initial:${given[0]} ${surname[0]}`);
  }
  // 'Ignacio Larraín Vial' is also looked up as 'Ignacio Larraín' (a second surname dropped).
  const full = tokens(entity.name);
  if (entity.kind === 'PERSON' && full.length >= 3 && isSurnameWord(full[full.length - 2]!, full.length - 1)) keys.add(full.slice(0, -1).map((w, i) => foldTransliteration(i === 0 ? foldUkrainianH(w) : w)).join(' '));
  else for (const form of [entity.name, ...entity.aliases]) {
    const a = initials(form) ?? (ACRONYM.test(form) ? form.toLowerCase() : undefined);
    if (a) keys.add(`acronym:${a}`);
    // 'Fiscalía General del Estado de Guanajuato' is also found by 'FGE' (foreignAcronym()).
    const local = entity.kind === 'ORGANIZATION' && TRAILING_PLACE.test(form) ? initials(form.replace(TRAILING_PLACE, '')) : undefined;
    if (local) keys.add(`acronym:${local}`);
  }
  return [...keys];
}

interface PersonName {
  given: string[];
  surname: string;
}

/** Particles of surnames ('de Jong', 'van der Berg', 'al-Assad', 'da Rocha'): never given names. */
const SURNAME_PARTICLES = new Set(['al', 'el', 'ad', 'as', 'ash', 'at', 'an', 'ar', 'az', 'da', 'do', 'dos', 'das', 'de', 'del', 'della', 'di', 'du', 'la', 'le', 'van', 'von', 'der', 'den', 'ter', 'bin', 'ibn', 'abu', 'es']);

function personName(entity: NamedEntity): PersonName {
  const t = tokens(entity.name);
  // 'Chen Weiming' whose article also says 'Chen said': the family name comes first, so it is
  // the surname ('Weiming Chen' elsewhere is the same man, 'Chen Jing' is not).
  const lone = new Set(entity.aliases.map(normaliseAlias));
  if (t.length === 2 && lone.has(t[0]!) && !lone.has(t[1]!)) {
    return { given: [foldTransliteration(foldUkrainianH(t[1]!))], surname: foldTransliteration(t[0]!) };
  }
  // 'Lê Văn Tâm' folds to words that are particles elsewhere ('le', 'van'): in a name of three capitalised words or more
  // whose words before the surname all fold to particles, those words are its given names.
  const unfiltered = t.slice(0, -1);
  const filtered = unfiltered.filter((w) => !SURNAME_PARTICLES.has(w));
  const given = filtered.length === 0 && t.length >= 3 && /^\p{Lu}/u.test(entity.name.trim()) && entity.name.trim().split(/\s+/).every((w) => /^\p{Lu}/u.test(w)) ? unfiltered : filtered;
  // 'Adel Kareem al-Saadi' / 'Adil Karim al-Saedi': romanised Arabic names write one vowel as e or i.
  const arabic = t.some((w) => ARABIC_PARTICLES.has(w));
  const foldGiven = (g: string) => {
    const folded = foldTransliteration(foldUkrainianH(g));
    return arabic ? folded.replace(/(?<=.)e/g, 'i').replace(/ou/g, 'u') : folded;
  };
  return { given: given.map(foldGiven), surname: foldTransliteration(t[t.length - 1] ?? '') };
}

/** Particles that mark a romanised Arabic name: 'al-Saadi', 'bin Salman', 'Abu Bakr'. */
const ARABIC_PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'abu', 'abd', 'bint']);

/** Given names at least this long may differ by one letter and still agree ('aleksandr'/'aleksander'). */
const MIN_LENGTH_FOR_SPELLING_VARIANT = 6;

/** True when two words differ by at most one inserted, deleted or replaced letter. */
function withinOneEdit(x: string, y: string): boolean {
  if (Math.abs(x.length - y.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < x.length && j < y.length) {
    if (x[i] === y[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (x.length > y.length) i++;
    else if (y.length > x.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (x.length - i) + (y.length - j) <= 1;
}

/**
 * Spellings of one given name across languages:
 * - Ukrainian romanisation writes h where Russian writes g ('Yevhen'/'Yevgeny', 'Oleh'/'Oleg',
 *   'Ihor'/'Igor'): an h that is not part of ch, sh, zh, kh, th, ph or gh reads as g, and a final
 *   -iy/-ii/-y as -i ('Yevgeniy'/'Yevgeny');
 * - Galician, Catalan and Basque write a leading X where Spanish writes J ('Xosé'/'José',
 *   'Xavier'/'Javier').
 * Only given names are folded, and only once the surnames already agree.
 */
function foldUkrainianH(given: string): string {
  return given.replace(/^x(?=[aeiou])/, 'j').replace(/(?<=[^cszktpg])h/g, 'g').replace(/(?:iy|ii|yi|y)$/, 'i');
}

/**
 * Given names agree when neither contradicts the other: 'Sergei V.' vs 'Sergei', 'J.' vs 'John',
 * and long transliterations one letter apart ('Aleksandr' vs 'Alexander', after x -> ks).
 * Short names one letter apart stay different people ('Maria' / 'Mario', 'John' / 'Joan').
 * Initials before a full given name skip to it ('W.M. Chaminda' = 'Chaminda').
 */
function givenNamesAgree(a: string[], b: string[]): boolean {
  if (a.length === 0 || b.length === 0) return true;
  // 'W.M. Chaminda Weerakoon' and 'Chaminda Weerakoon': initials written before the name used.
  const initialsFirst = (p: string[], q: string[]) => p[0]!.length === 1 && q[0]!.length > 1 && p.find((w) => w.length > 1) === q[0];
  if (initialsFirst(a, b) || initialsFirst(b, a)) return true;
  const x = a[0]!;
  const y = b[0]!;
  if (x === y || (x.length === 1 && y.startsWith(x)) || (y.length === 1 && x.startsWith(y))) return true;
  return Math.min(x.length, y.length) >= MIN_LENGTH_FOR_SPELLING_VARIANT && withinOneEdit(x, y);
}

/**
 * The cross-document resolution rule.
 * - Kinds must agree.
 * - People: surnames (last name token, transliteration folded) must be equal, and the first
 *   given names must not contradict ('Sergey V. Lavrov' = 'Sergei Lavrov'; 'John Kerry' is
 *   not 'John Kirby'; 'Bashar al-Assad' is not 'Bashar Ja'afari').
 * - Organisations and places: the same gazetteer id ('US' = 'United States'), or some name or
 *   alias equal after normalisation and folding ('al-Qaeda' = 'al-Qaida'; 'IS' = 'Islamic State'
 *   only when one side lists the other as alias or both carry the same gazetteer id). A
 *   generic name ('Ministry of Health') counts only when both sides' countries agree. Acronyms
 *   are compared as written ('ISS' is not 'IS'). A place's name less its feature noun ('Búzi'
 *   of 'Búzi River') counts only when both sides have it so ('Búzi' alone is the district).
 */
export function isSameReferent(a: NamedEntity, b: NamedEntity): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind !== 'PERSON' && a.gazetteerId !== undefined && a.gazetteerId === b.gazetteerId) return !(a.kind === 'PLACE' && a.country !== b.country && isLoneSmallTown(a) !== isLoneSmallTown(b));
  // 'Donostia-San Sebastián' and 'San Sebastián': a town the tables list under two names, one per language.
  if (a.kind === 'PLACE' && isOneTownOfTwoNames(a.gazetteerId, b.gazetteerId)) return true;
  // Two referents a package tells apart stay apart though they share a word: 'Santiago' (Chile's
  // capital) and 'Santiago de Compostela' called 'Santiago' in its own article.
  if (a.kind !== 'PERSON' && a.gazetteerId !== undefined && b.gazetteerId !== undefined) return false;
  if (a.kind === 'PERSON') {
    const pa = personName(a);
    const pb = personName(b);
    if (pa.surname !== '' && pa.surname === pb.surname && givenNamesAgree(pa.given, pb.given)) return loneSurnameFits(a, pa, b, pb) && loneSurnameFits(b, pb, a, pa) && doubleSurnameFits(a, b) && doubleSurnameFits(b, a);
    return addsSecondSurname(a, b) || addsSecondSurname(b, a) || initialSurname(pa, pb) || initialSurname(pb, pa);
  }
  // 'IEA' alone in a Saudi article is not the 'Institut d'Estudis Andorrans (IEA)': a body whose name holds a
  // country is that country's, and its acronym alone names it only in an article about that country or one
  // that names it ('the CNRS' on a page about El Salvador's looted art that names France and Paris).
  if (a.kind === 'ORGANIZATION' && a.country !== b.country && acronymOnly(a) !== acronymOnly(b)) {
    const [short, full] = acronymOnly(a) ? [a, b] : [b, a];
    const home = short.country === undefined ? undefined : countryOfBodyNames([full.name, ...full.aliases]);
    if (home !== undefined && home !== short.country && !short.countriesNamed?.includes(home)) return false;
    // 'DSE' in a Tanzanian market report is not Ladakh's 'Department of School Education': an acronym alone matches a body
    // of another country that its own article never wrote as an acronym only where the acronym's article names that country.
    // A body named as international works everywhere ('WMO' in Kenya is the 'World Meteorological Organization' of a Peruvian article).
    if (home === undefined && short.country !== undefined && full.country !== undefined && full.country !== short.country && !short.countriesNamed?.includes(full.country) && ![full.name, ...full.aliases].some((f) => ACRONYM.test(f.trim())) && !isInternationalName(full.name)) return false;
    // 'CPC' in an article about the Central African Republic that names Bangladesh is not the 'Chattogram Press
    // Club': a body named after a town is that town's, and an acronym alone names it only in its own country's news.
    if (short.country !== undefined && full.country !== undefined && full.country !== short.country && ![full.name, ...full.aliases].some((f) => ACRONYM.test(f.trim())) && opensWithTown(full.name)) return false;
  }
  // Two papers each called only by a newspaper's noun ('told the Herald' on two Argentine papers' pages) are each their
  // own page's paper: nothing ties them. One named in full with the noun as its short form is the article's own paper.
  if (a.kind === 'ORGANIZATION' && [a.name, ...a.aliases].every(isBareNewspaperNoun) && [b.name, ...b.aliases].every(isBareNewspaperNoun)) return false;
  const formsA = comparableForms(a);
  const formsB = comparableForms(b);
  let shared = [...formsB.keys()].filter((k) => formsA.has(k));
  // 'ANM' for Brazil's National Mining Agency and for Romania's National Meteorological Administration:
  // a shared acronym alone counts when one side is known by little more than the acronym, or both
  // are of one country ('ANA' for 'National Water Authority' and 'Autoridad Nacional del Agua' in Peru).
  const acronymsA = acronymKeys(a);
  const acronymsB = acronymKeys(b);
  const sameCountry = a.country !== undefined && a.country === b.country;
  if (!sameCountry && shared.length > 0 && shared.every((k) => acronymsA.has(k) || acronymsB.has(k)) && hasFullName(a) && hasFullName(b)) shared = [];
  // 'APA', a news agency the tables know, and 'Environment Agency (APA)' of Portugal, whose name does not
  // spell it: an acronym alone ties a known body to an unknown one only when the unknown one's name spells it,
  // or both are of one country (the 'Polish Press Agency (PAP)' of a Polish article, spelt in Polish, is 'PAP').
  if (a.kind === 'ORGANIZATION' && !sameCountry && (a.gazetteerId === undefined) !== (b.gazetteerId === undefined) && shared.length > 0 && shared.every((k) => acronymsA.has(k) || acronymsB.has(k))) {
    const unknown = a.gazetteerId === undefined ? a : b;
    const spelt = new Set([unknown.name, ...unknown.aliases].map(initials).filter((x): x is string => x !== undefined));
    if (hasFullName(unknown) && !shared.some((k) => spelt.has(k))) shared = [];
  }
  // 'APS' of Senegal, a body the article ties to its own country ('org:aps@SEN'), is not 'APS' named
  // alone in another country's article: an acronym alone does not carry such a body abroad.
  const local = (e: NamedEntity) => e.gazetteerId?.includes('@') === true;
  if (a.kind === 'ORGANIZATION' && local(a) !== local(b) && (a.gazetteerId === undefined || b.gazetteerId === undefined) && !sameCountry && shared.length > 0 && shared.every((k) => acronymsA.has(k) || acronymsB.has(k))) shared = [];
  // 'Talin' (an Armenian town no package lists) is not 'Tallinn': a place a package knows matches a
  // place it does not only by a name written alike, not by one transliteration folding made alike.
  if (a.kind === 'PLACE' && (a.gazetteerId === undefined) !== (b.gazetteerId === undefined)) {
    // "St. John's" is not 'St John': a place's name keeps its final 's (normaliseAlias() drops it as a possessive).
    const written = (e: NamedEntity) => new Set([...[e.name, ...e.aliases].map((f) => normaliseAlias(f.replace(/['’]s$/, 's'))), ...townNames(e.gazetteerId)]);
    const writtenA = written(a);
    if (![...written(b)].some((f) => writtenA.has(f))) shared = shared.filter((k) => divisionShortForms(a).has(k) || divisionShortForms(b).has(k));
  }
  if (a.kind === 'PLACE') {
    // A short form of a river's name ('Búzi' of 'Búzi River') matches only a side that also
    // named the river: alone, it is as likely the district named after it.
    const shortA = featureShortForms(a);
    const shortB = featureShortForms(b);
    shared = shared.filter((k) => shortA.has(k) === shortB.has(k));
    // 'Nyandarua County' is 'Nyandarua' written alone, but 'Kisumu County' is not the city of Kisumu.
    const divisionA = divisionShortForms(a);
    const divisionB = divisionShortForms(b);
    shared = shared.filter((k) => divisionA.has(k) === divisionB.has(k) || (a.gazetteerId === undefined && b.gazetteerId === undefined));
    // Rwanda's and Papua New Guinea's 'Western Province', Lerwick's and Nanaimo's 'Commercial Street': a generic
    // division's or a street's name merges only within one country.
    if (!sameCountry) {
      const generic = new Set([a, b].flatMap((e) => [e.name, ...e.aliases].filter(isLocalName).flatMap((form) => [...comparableForms({ kind: 'PLACE', name: form, aliases: [] }).keys()])));
      shared = shared.filter((k) => !generic.has(k));
    }
  }
  // 'Ministry of Health' in a Kenyan and in an Indonesian article are two ministries: a generic
  // name alone merges only when both articles are about the same country.
  // A body its article places below the country ('the Union Territory's Department of School Education', country
  // 'country:IND/sub', subnationalBodies() in index.ts) is one of the country's many such: no context agrees for it.
  // A federal body named in a dependent territory is its sovereign's ('Federal Emergency Management Agency' in Puerto
  // Rico and in the Northern Mariana Islands is the United States' agency, sovereignOf()).
  const contextAgrees = a.country !== undefined && !a.country.includes('/') && (a.country === b.country || (b.country !== undefined && sovereignOf(a.country) === sovereignOf(b.country) && shared.some((k) => k.split(' ').some((w) => FEDERAL_WORDS.has(w)))));
  // Kraków's and Gdańsk's 'Regional Directorate for Environmental Protection': a generic name of a level below
  // the country names one body per region or town, so two articles share it without sharing the body. It
  // merges only with another form the two sides share (a seat, a full name that is not generic).
  // Its acronym alone ('RDOŚ') is as generic.
  if (a.kind === 'ORGANIZATION') {
    const localA = isSubnationalBody(a);
    const localB = isSubnationalBody(b);
    if (localA || localB) {
      shared = shared.filter((k) => !((localA && formsA.get(k)) || (localB && formsB.get(k))));
      if (shared.length === 0) return false;
    }
  }
  // 'BTA', a wire the tables know by its acronym, is not the 'Belau Tourism Association' of another country's
  // article: the tables would have known that name too, so across countries a full name that only spells a known
  // body's acronym names another body.
  const oneKnown = (a.gazetteerId === undefined) !== (b.gazetteerId === undefined);
  if (a.kind === 'ORGANIZATION' && !contextAgrees) return shared.some((k) => !formsA.get(k) && !formsB.get(k)) || (!oneKnown && acronymSpells(a, b, false));
  return shared.length > 0 || (a.kind === 'ORGANIZATION' && (acronymSpells(a, b, true) || foreignAcronym(a, b) || foreignAcronym(b, a)));
}

/**
 * A person known only by one word ('Larrañaga', a goalkeeper in a line-up in Montevideo) does not
 * join a fuller name from an article about another country ('José Refugio Ortiz Larrañaga' in
 * Mexico) unless that person is called by the word alone there too ('Kerry said' for John Kerry).
 */
function loneSurnameFits(lone: NamedEntity, pl: PersonName, full: NamedEntity, pf: PersonName): boolean {
  if (pl.given.length > 0) return true;
  // 'Tâm' in one Vietnamese article is not 'Lê Văn Tâm' of another: in a name of three words or more
  // ('Vu Thi Thanh Tam', family name first) the last word alone may be a given name many share, so even within
  // one country it joins only a full name its own article also calls by that word alone.
  const long = tokens(full.name).length >= 3;
  if (pf.given.length === 0 && !long) return true;
  const sameCountry = lone.country !== undefined && lone.country === full.country;
  if (sameCountry && !long) return true;
  if (!sameCountry && (lone.country === undefined || full.country === undefined)) return true;
  // The word alone, or after particles ('al-Assad'); not a name of more words all but one of which are particles ('Lê Văn Tâm').
  return full.aliases.some((alias) => {
    const all = tokens(alias);
    const t = all.filter((w) => !SURNAME_PARTICLES.has(w));
    return t.length === 1 && all.length < 3 && foldTransliteration(t[0]!) === pl.surname;
  });
}

/**
 * 'Ibrahima Faye-Ndour' is not 'Ibrahima Lo Ndour': a surname written as two words joined by a hyphen
 * (no particle: 'al-Assad' is Assad) is that whole surname, so the other name must end in both words
 * ('Ibrahima Faye Ndour' does); a name ending in its last part alone is another person.
 */
function doubleSurnameFits(double: NamedEntity, other: NamedEntity): boolean {
  const written = double.name.trim().split(/\s+/);
  const last = written[written.length - 1]!;
  const parts = last.split(/[-‐]/).filter((p) => p.length > 0);
  if (parts.length < 2 || SURNAME_PARTICLES.has(parts[0]!.toLowerCase())) return true;
  const want = tokens(last).map(foldTransliteration).join(' ');
  return [other.name, ...other.aliases].some((form) => {
    const t = tokens(form).map(foldTransliteration);
    return t.length >= parts.length && t.slice(-parts.length).join(' ') === want;
  });
}

/** Given names at least this long identify a person whose surname is written as an initial. */
const MIN_GIVEN_FOR_INITIAL_SURNAME = 4;

/**
 * 'Gintaras K.' (police and courts name suspects so) and 'Gintaras Kazlauskas': the surname
 * written as its initial, the first given name the same word (not only agreeing) and at least
 * four letters long. Decided: 'John S.' then joins the John Smith the graph knows best.
 */
function initialSurname(short: PersonName, full: PersonName): boolean {
  return short.surname.length === 1 && full.surname.length > 1 && full.surname.startsWith(short.surname) && short.given.length > 0 && full.given.length > 0 && short.given[0] === full.given[0] && short.given[0]!.length >= MIN_GIVEN_FOR_INITIAL_SURNAME;
}

/**
 * A word that can end a surname: no particle ('van der'), no initial ('V.'), and in a name of
 * two words no given name the lexicon knows ('John Paul'). The third word of 'José Manuel
 * Lorenzo' is a surname by its place though Lorenzo is also a given name.
 */
function isSurnameWord(word: string, wordsInName = 2): boolean {
  return word.length > 1 && !SURNAME_PARTICLES.has(word) && (wordsInName >= 3 || !isFirstName(word));
}

/**
 * 'Ignacio Larraín Vial' and 'Ignacio Larraín': Spanish and Portuguese names add the mother's
 * surname after the father's, and news often drops it. `long` is `short` plus one final word
 * when every word of `short` (two or more) is the same, in order; the shared last word is a
 * surname (no particle, no given name the lexicon knows: 'John Paul Jones' is not 'John Paul');
 * and nothing contradicts: `long`'s articles never call the person by that final word alone
 * ('Jones said' makes Jones the surname, so 'John Smith Jones' is not 'John Smith').
 */
function addsSecondSurname(long: NamedEntity, short: NamedEntity): boolean {
  // The first word is a given name: 'Xosé Manuel Lorenzo Tarrío' adds a surname to 'José Manuel Lorenzo'.
  const fold = (w: string, i: number) => foldTransliteration(i === 0 ? foldUkrainianH(w) : w);
  const l = tokens(long.name).map(fold);
  const written = tokens(short.name);
  const s = written.map(fold);
  if (s.length < 2 || l.length !== s.length + 1 || !s.every((w, i) => w === l[i])) return false;
  if (!isSurnameWord(written[written.length - 1]!, written.length)) return false;
  const last = l[l.length - 1]!;
  return !long.aliases.some((a) => tokens(a).map(foldTransliteration).join(' ') === last);
}

/** The comparable forms of an entity's acronyms ('ANM' -> 'anm'). */
function acronymKeys(e: NamedEntity): Set<string> {
  return new Set([e.name, ...e.aliases].filter((f) => ACRONYM.test(f.trim())).map(comparable));
}

/** True when a body is known only by generic names, one of them of a level below the country ('District Court', 'RDOŚ'). */
function isSubnationalBody(e: NamedEntity): boolean {
  const full = [e.name, ...e.aliases].filter((f) => !ACRONYM.test(f.trim()));
  return full.length > 0 && full.every(isGenericName) && full.some((f) => tokens(f).some((w) => SUBNATIONAL_WORDS.has(w)));
}

/** True when a body's name opens with a town the tables know ('Chattogram Press Club', 'Kraków Chamber of Commerce'). */
function opensWithTown(name: string): boolean {
  const words = name.split(/\s+/);
  for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
    if (lookupGazetteer(words.slice(0, n).join(' '))?.id.startsWith('city:')) return true;
  }
  return false;
}

/** An entity named only by acronyms ('IEA'). */
function acronymOnly(e: NamedEntity): boolean {
  return [e.name, ...e.aliases].every((f) => ACRONYM.test(f.trim()));
}

/** True when some name or alias of the entity has two words or more ('Cecoqa' alone has not). */
function hasFullName(e: NamedEntity): boolean {
  return [e.name, ...e.aliases].some((f) => tokens(f).filter((w) => !CONNECTORS.has(w)).length >= 2);
}

/** An organisation's acronym as written: 'IEA', 'UNICEF'. */
export const ACRONYM = /^\p{Lu}{2,6}$/u;
/** Words an acronym skips: 'Court of Arbitration for Sport' is CAS. */
const SKIPPED = new Set(['of', 'for', 'the', 'and', 'on', 'in', 'de', 'del', 'do', 'da', 'dos', 'das', 'di', 'la', 'du', 'des']);

/** The initials of a name of three words or more ('International Energy Agency' -> 'iea'), or undefined. */
export function initials(name: string): string | undefined {
  const words = name.split(/\s+/).filter((w) => !SKIPPED.has(w.toLowerCase()));
  if (words.length < 3 || !words.every((w) => /^\p{Lu}\p{Ll}/u.test(w))) return undefined;
  return words.map((w) => w[0]!.toLowerCase()).join('');
}

/**
 * 'International Energy Agency' in one article and 'IEA' alone in another: one side's acronym
 * spells the other's full name. Only when neither already gives its own acronym or expansion,
 * so 'ICC' stays with whichever body the article expanded it to; a generic expansion only when
 * `genericToo` (the articles' countries agree).
 */
function acronymSpells(a: NamedEntity, b: NamedEntity, genericToo: boolean): boolean {
  const forms = (e: NamedEntity) => [e.name, ...e.aliases];
  const own = (e: NamedEntity) => forms(e).filter((f) => ACRONYM.test(f)).map((f) => f.toLowerCase());
  // 'DOH' spells 'Department of Health' in every country: only with agreeing context.
  const spelt = (e: NamedEntity) => forms(e).filter((f) => genericToo || !isGenericName(f)).map(initials).filter((x): x is string => x !== undefined);
  const onlyAcronym = (e: NamedEntity) => forms(e).every((f) => ACRONYM.test(f));
  return (onlyAcronym(a) && own(a).some((x) => spelt(b).includes(x))) || (onlyAcronym(b) && own(b).some((x) => spelt(a).includes(x)));
}

/** A trailing place after a name's last connector: 'Fiscalía General del Estado de Guanajuato'. */
const TRAILING_PLACE = /\s+(?:of|de|del|do|da|di|du)\s+(?:the\s+)?\p{Lu}[\p{L}'-]*(?:\s+\p{Lu}[\p{L}'-]*)*$/u;

/**
 * 'Guanajuato State Attorney General's Office (FGE)' in one article and 'Fiscalía General del
 * Estado de Guanajuato' in another: an acronym that does not spell its own article's names stands
 * for the name in another language, so it merges with an organisation whose name (less a trailing
 * place) it spells and that gives no acronym of its own. Only with agreeing countries, since
 * three letters are a weak key; an acronym that spells its own name ('ICC' for 'International
 * Criminal Court') never takes part, so 'International Cricket Council' stays apart.
 */
function foreignAcronym(a: NamedEntity, b: NamedEntity): boolean {
  if (a.country === undefined || a.country !== b.country) return false;
  const formsA = [a.name, ...a.aliases];
  const formsB = [b.name, ...b.aliases];
  if (formsB.some((f) => ACRONYM.test(f))) return false;
  const ownInitials = new Set(formsA.flatMap((f) => [initials(f), initials(f.replace(TRAILING_PLACE, ''))]).filter((x): x is string => x !== undefined));
  const foreign = formsA.filter((f) => ACRONYM.test(f)).map((f) => f.toLowerCase()).filter((x) => !ownInitials.has(x));
  if (foreign.length === 0) return false;
  const spelt = new Set(formsB.flatMap((f) => [initials(f), initials(f.replace(TRAILING_PLACE, ''))]).filter((x): x is string => x !== undefined));
  return foreign.some((x) => spelt.has(x));
}

/**
 * Picks the known entity a candidate refers to, or undefined for a new referent.
 * When several fit, the one sharing the most aliases wins (ties: the first, i.e. the oldest).
 */
export function chooseReferent<T extends NamedEntity>(candidate: NamedEntity, known: readonly T[]): T | undefined {
  const own = new Set([candidate.name, ...candidate.aliases].map(normaliseAlias));
  let best: T | undefined;
  let bestShared = -1;
  for (const k of known) {
    if (!isSameReferent(candidate, k)) continue;
    const shared = [k.name, ...k.aliases].filter((f) => own.has(normaliseAlias(f))).length;
    if (shared > bestShared) {
      best = k;
      bestShared = shared;
    }
  }
  return best;
}
