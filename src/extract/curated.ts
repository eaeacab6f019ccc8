import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A named entity listed by hand because no installed package knows it. */
export interface CuratedEntity {
  name: string;
  aliases: string[];
  /**
   * ISO alpha-3 code of the one country a body belongs to ('White House': USA): an article
   * that names neither that country nor its capital means another body of the same name
   * (home-country.ts).
   */
  country?: string;
  /**
   * Names a place goes by only after 'the' ('the Gulf' is the Persian Gulf in news): an entity so named,
   * every mention after 'the', is this place; 'Gulf Sands' or 'Gulf of Aden' is not.
   */
  definiteAliases?: string[];
}

/** The shape of seeds/curated/entities.json. */
export interface CuratedData {
  organizations: CuratedEntity[];
  /** News agencies and platforms any article may cite, as they write themselves ('dpa', 'AFP', 'LinkedIn'). */
  mediaOrganizations: string[];
  places: CuratedEntity[];
  /**
   * Short names of countries that world-countries does not list, by ISO alpha-3 code:
   * 'Korea' alone is South Korea in English-language news.
   */
  countryNames: Record<string, string>;
  titles: string[];
  organizationSuffixes: string[];
  organizationHeads: string[];
  /** Words that open organisation names where the head comes first: 'Banco Santander', 'FC Porto'. */
  organizationOpeners: string[];
  /** Sports-club openers: the rest of the name alone names the club ('Porto' for 'FC Porto'). */
  clubOpeners: string[];
  organizationCuesBefore: string[];
  organizationCuesAfter: string[];
  placeCuesBefore: string[];
  placeCuesAfter: string[];
  placeSuffixes: string[];
  placeHeads: string[];
  placeModifiers: string[];
  eventSuffixes: string[];
  personCuesAfter: string[];
  relationWords: string[];
  nameParticles: string[];
  notNames: string[];
}

let cached: CuratedData | undefined;

/**
 * The curated file, read once. It lives under seeds/ (JSON, so ingestion never takes it
 * for an article); both the compiled (dist/extract) and the source (src/extract) module
 * sit two levels below the project root.
 */
export function curated(): CuratedData {
  cached ??= JSON.parse(readFileSync(join(__dirname, '..', '..', 'seeds', 'curated', 'entities.json'), 'utf8')) as CuratedData;
  return cached;
}

let sovereignsCached: Record<string, string> | undefined;

/**
 * The sovereign state of each dependent territory, by ISO alpha-3 code ('PRI' -> 'USA'), from
 * seeds/curated/sovereigns.json: world-countries marks a territory as not independent but does not
 * say whose it is.
 */
export function sovereigns(): Readonly<Record<string, string>> {
  sovereignsCached ??= (JSON.parse(readFileSync(join(__dirname, '..', '..', 'seeds', 'curated', 'sovereigns.json'), 'utf8')) as { sovereigns: Record<string, string> }).sovereigns;
  return sovereignsCached;
}
