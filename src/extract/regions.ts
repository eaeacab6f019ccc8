import { allCountries } from 'country-region-data';
import countries from 'world-countries';

/**
 * First-level regions' codes per country, from country-region-data: for 'AUS', 'WA' -> 'Western
 * Australia', 'NSW' -> 'New South Wales'; for 'CAN', 'BC' -> 'British Columbia'. Only codes written
 * with letters (two or more), the way news abbreviates a state or province.
 */
let codes: Map<string, Map<string, string>> | undefined;

function load(): Map<string, Map<string, string>> {
  const cca3 = new Map(countries.map((c) => [c.cca2, c.cca3]));
  const byCountry = new Map<string, Map<string, string>>();
  for (const [, slug, regions] of allCountries) {
    const country = cca3.get(slug);
    if (!country) continue;
    const own = new Map<string, string>();
    for (const [name, code] of regions) if (/^[A-Z]{2,4}$/.test(code)) own.set(code, name);
    byCountry.set(country, own);
  }
  return byCountry;
}

/** The first-level region of a country (ISO alpha-3) that a code written in capitals names, or undefined. */
export function regionOfCode(code: string, country: string): string | undefined {
  codes ??= load();
  return codes.get(country)?.get(code);
}
