import { allCountries } from 'country-region-data';
import countries from 'world-countries';
import { fold } from './fold';

/**
 * First-level regions per country, from country-region-data: for 'AUS', the code 'WA' names
 * 'Western Australia'; for 'PER', the name 'Junin' has the code 'JUN'.
 */
interface Regions {
  /** Codes written with letters (two or more), the way news abbreviates a state or province -> name. */
  byCode: Map<string, string>;
  /** Folded names ('junin', 'imbabura') -> code. */
  byName: Map<string, string>;
}

let tables: Map<string, Regions> | undefined;

function load(): Map<string, Regions> {
  const cca3 = new Map(countries.map((c) => [c.cca2, c.cca3]));
  const byCountry = new Map<string, Regions>();
  for (const [, slug, regions] of allCountries) {
    const country = cca3.get(slug);
    if (!country) continue;
    const own: Regions = { byCode: new Map(), byName: new Map() };
    for (const [name, code] of regions) {
      if (/^[A-Z]{2,4}$/.test(code)) own.byCode.set(code, name);
      // Puerto Rico's municipalities carry the code 'undefined' in the data: such a region has no id.
      if (code && code !== 'undefined') own.byName.set(fold(name), code);
    }
    byCountry.set(country, own);
  }
  return byCountry;
}

/** The first-level region of a country (ISO alpha-3) that a code written in capitals names, or undefined. */
export function regionOfCode(code: string, country: string): string | undefined {
  tables ??= load();
  return tables.get(country)?.byCode.get(code);
}

/** The code of the first-level region of a country (ISO alpha-3) that a name names ('Junín', 'PER' -> 'JUN'), or undefined. */
export function regionCodeOfName(name: string, country: string): string | undefined {
  tables ??= load();
  return tables.get(country)?.byName.get(fold(name));
}

/** Folded region name -> the countries (ISO alpha-3) with a first-level region of that name; built on first use. */
let countriesByRegionName: Map<string, string[]> | undefined;

/** The countries (ISO alpha-3) that have a first-level region named `name` ('Nova Scotia' -> ['CAN']). */
export function countriesWithRegion(name: string): readonly string[] {
  if (!countriesByRegionName) {
    tables ??= load();
    countriesByRegionName = new Map();
    for (const [country, own] of tables) {
      for (const folded of own.byName.keys()) countriesByRegionName.set(folded, [...(countriesByRegionName.get(folded) ?? []), country]);
    }
  }
  return countriesByRegionName.get(fold(name)) ?? [];
}

/** Folded part of a country's name that joins two parts with 'and' -> that country (ISO alpha-3); built on first use. */
let namePartCountries: Map<string, string> | undefined;

/**
 * The country whose name joins two parts with 'and' that `name` is one of: 'Trinidad' and 'Tobago' ->
 * 'TTO', 'Nevis' -> 'KNA', 'Barbuda' -> 'ATG' (world-countries' common and official names).
 */
export function countryOfNamePart(name: string): string | undefined {
  if (!namePartCountries) {
    namePartCountries = new Map();
    for (const c of countries) {
      for (const full of [c.name.common, c.name.official]) {
        const parts = full.split(/\s+(?:and|&)\s+/);
        if (parts.length !== 2) continue;
        for (const part of parts) namePartCountries.set(fold(part.replace(/^the\s+/i, '')), c.cca3);
      }
    }
  }
  return namePartCountries.get(fold(name));
}
