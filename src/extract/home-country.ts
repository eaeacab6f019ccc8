import countries from 'world-countries';
import { curated } from './curated';
import { foldSurface } from './fold';
import { countryOfCity, lookupGazetteer } from './gazetteer';
import { countriesWithRegion } from './regions';
import type { ExtractedEntity } from './types';

/**
 * Bodies the curated file places in one country, by gazetteer id ('org:white house' -> 'USA'):
 * the buildings and houses that stand for a government ('White House', 'Kremlin',
 * 'Downing Street') and one country's chambers ('Senate', 'Congress').
 */
let homes: Map<string, string> | undefined;
/** Capitals by gazetteer id ('city:washington d c' -> 'USA'). */
let capitals: Map<string, string> | undefined;

function load(): void {
  homes = new Map();
  for (const o of curated().organizations) if (o.country) homes.set(`org:${foldSurface(o.name)}`, o.country);
  capitals = new Map();
  for (const c of countries) for (const cap of c.capital) capitals.set(`city:${foldSurface(cap)}`, c.cca3);
}

/**
 * An article that names neither a body's home country nor its capital means another body of
 * the same name ('White House' in an article about Bishkek is Kyrgyzstan's presidential
 * administration): its entity loses the curated gazetteer id, so cross-document resolution
 * treats the name as generic (merged only within one country) instead of as the curated one.
 */
export function dropForeignHomes(entities: ExtractedEntity[]): ExtractedEntity[] {
  if (!homes) load();
  const named = new Set<string>();
  // Countries the article ties a place to other than by a short name alone: another name, the capital, a town.
  const tied = new Set<string>();
  for (const e of entities) {
    if (!e.gazetteerId) continue;
    if (e.gazetteerId.startsWith('country:')) named.add(e.gazetteerId.slice('country:'.length));
    if (e.gazetteerId.startsWith('country:') && !onlyShortNames(e)) tied.add(e.gazetteerId);
    const capitalOf = capitals!.get(e.gazetteerId);
    if (capitalOf) named.add(capitalOf);
    const cityOf = e.gazetteerId.startsWith('city:') ? countryOfCity(e.gazetteerId) : undefined;
    if (cityOf) tied.add(cityOf);
  }
  return entities.map((e) => {
    const home = e.gazetteerId ? homes!.get(e.gazetteerId) : undefined;
    const foreignHome = home !== undefined && !named.has(home);
    // 'workshops in Macedonia and in Persia': a short name alone, in an article that ties it to no town of the country, is the region.
    const regionOnly = e.gazetteerId?.startsWith('country:') === true && onlyShortNames(e) && !tied.has(e.gazetteerId);
    if (!foreignHome && !regionOnly) return e;
    const { gazetteerId: _dropped, ...rest } = e;
    return rest;
  });
}

/**
 * Short names a country shares with a wider region or another referent: the end of its common
 * name that world-countries also lists alone ('Macedonia' of 'North Macedonia', the ancient
 * kingdom and the Greek region; 'Congo' of 'Republic of the Congo', also the river and its
 * neighbour; 'Guiana', 'Emirates'). By folded form, with the country's gazetteer id.
 */
let shortNames: Map<string, string> | undefined;

function onlyShortNames(e: ExtractedEntity): boolean {
  if (!shortNames) {
    shortNames = new Map();
    for (const c of countries) {
      for (const spelling of c.altSpellings) if (c.name.common !== spelling && c.name.common.endsWith(` ${spelling}`)) shortNames.set(foldSurface(spelling), `country:${c.cca3}`);
    }
  }
  return [e.name, ...e.aliases].every((form) => shortNames!.get(foldSurface(form)) === e.gazetteerId);
}

/** What lies between a country and the organisation it owns: "Ghana's Ministry of Health". */
const POSSESSIVE_GAP = /^['’]s\s+$/;
/** What lies between an organisation and its country: 'Ministry of Health of Côte d'Ivoire', '... in Ghana'. */
const OF_GAP = /^\s+(?:of|in)\s+(?:the\s+)?$/;

/**
 * Ties each organisation to the country the text names with it
 * ("Ghana's Ministry of Health", 'the Ministry of Health of Côte d'Ivoire'): an article about an
 * Ivorian company's deal with Ghana names both countries' ministries, and the article's own
 * country would give both the same context. The first such country wins; only a generic name
 * ('Ministry of Health', isGenericName()) uses it.
 */
export function tieGenericBodies(text: string, entities: ExtractedEntity[], mentions: readonly { start: number; end: number; key: string }[]): ExtractedEntity[] {
  const byKey = new Map(entities.map((e) => [e.key, e]));
  const countryOf = (key: string | undefined) => {
    const id = key ? byKey.get(key)?.gazetteerId : undefined;
    return id?.startsWith('country:') ? id : undefined;
  };
  const tied = new Map<string, string>();
  mentions.forEach((m, i) => {
    const e = byKey.get(m.key);
    if (!e || e.kind !== 'ORGANIZATION' || tied.has(e.key)) return;
    const before = mentions[i - 1];
    const after = mentions[i + 1];
    const country =
      (before && POSSESSIVE_GAP.test(text.slice(before.end, m.start)) ? countryOf(before.key) : undefined) ??
      (after && OF_GAP.test(text.slice(m.end, after.start)) ? countryOf(after.key) : undefined);
    if (country) tied.set(e.key, country);
  });
  // 'Djibouti Electricity Company', 'Électricité de Djibouti': a country named inside the name.
  for (const e of entities) if (e.kind === 'ORGANIZATION' && !tied.has(e.key)) {
    const country = countryInName(e.name);
    if (country) tied.set(e.key, country);
  }
  return tied.size === 0 ? entities : entities.map((e) => (tied.has(e.key) ? { ...e, country: tied.get(e.key) } : e));
}

/**
 * National words by folded form ('greek' -> 'country:GRC'): world-countries' one-word demonyms and
 * the adjectives of official names no demonym table lists ('Hellenic' of 'Hellenic Republic'). A
 * word two sovereign states share ('Congolese', 'Dominican') is left out; a sovereign state wins
 * over a territory ('Indian' is India's, not the British Indian Ocean Territory's).
 */
let nationalWords: Map<string, string> | undefined;

function loadNationalWords(): Map<string, string> {
  const byWord = new Map<string, { ids: Set<string>; sovereign: Set<string> }>();
  const note = (word: string, id: string, sovereign: boolean) => {
    if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return;
    const key = foldSurface(word);
    const slot = byWord.get(key) ?? byWord.set(key, { ids: new Set(), sovereign: new Set() }).get(key)!;
    slot.ids.add(id);
    if (sovereign) slot.sovereign.add(id);
  };
  for (const c of countries) {
    const id = `country:${c.cca3}`;
    const sovereign = c.unMember || c.independent === true;
    for (const d of Object.values(c.demonyms ?? {})) for (const form of [d.m, d.f]) note(form, id, sovereign);
    for (const spelling of [c.name.official, ...c.altSpellings]) {
      const adjective = /^(\p{Lu}\p{Ll}+) (?:Republic|Kingdom)$/u.exec(spelling)?.[1];
      if (adjective) note(adjective, id, sovereign);
    }
  }
  const words = new Map<string, string>();
  for (const [word, { ids, sovereign }] of byWord) {
    const pick = sovereign.size > 0 ? sovereign : ids;
    if (pick.size === 1) words.set(word, [...pick][0]!);
  }
  return words;
}

/**
 * The country a national word names as the first word of a body's name, as a gazetteer id:
 * a demonym ('Greek', 'Kenyan'), an official-name adjective ('Hellenic') or the country's own
 * name ('Kenya Police'). Undefined for any other word.
 */
export function countryOfNationalWord(word: string): string | undefined {
  if (!/^\p{Lu}/u.test(word)) return undefined;
  nationalWords ??= loadNationalWords();
  const national = nationalWords.get(foldSurface(word));
  if (national) return national;
  const entry = lookupGazetteer(word);
  return entry?.kind === 'PLACE' && entry.id.startsWith('country:') && !entry.codeOnly ? entry.id : undefined;
}

/**
 * The one country an organisation's names tie it to, or undefined: a country's name anywhere in them
 * (countryInName()), or a national word anywhere, plural too ('Institut d'Estudis Andorrans').
 */
export function countryOfBodyNames(names: readonly string[]): string | undefined {
  const found = new Set<string>();
  for (const name of names) {
    const named = countryInName(name);
    if (named) found.add(named);
    for (const word of name.split(/[\s'’-]+/)) {
      const national = countryOfNationalWord(word) ?? (word.length > 4 && word.endsWith('s') ? countryOfNationalWord(word.slice(0, -1)) : undefined);
      if (national) found.add(national);
    }
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/** The one country whose name (one to three words) an organisation's name holds, or undefined. */
export function countryInName(name: string): string | undefined {
  const words = name.split(/\s+/);
  const found = new Set<string>();
  // 'Hellenic Fire Service', 'Kenyan Navy': a national adjective opening the name.
  const opening = words.length > 1 ? countryOfNationalWord(words[0]!) : undefined;
  if (opening) found.add(opening);
  for (let i = 0; i < words.length; i++) {
    for (let n = 1; n <= 3 && i + n <= words.length; n++) {
      const phrase = words.slice(i, i + n).join(' ');
      if (!/^\p{Lu}/u.test(phrase)) continue;
      const entry = lookupGazetteer(phrase);
      if (entry?.kind !== 'PLACE' || !entry.id.startsWith('country:') || entry.codeOnly) continue;
      // 'Police Service of Northern Ireland': a country's name after a compass word names another place,
      // unless the two are a region of that country ('Western Australia Police').
      const compass = i > 0 && COMPASS_WORD.test(words[i - 1]!) && lookupGazetteer(`${words[i - 1]} ${phrase}`)?.id !== entry.id;
      if (compass && !countriesWithRegion(`${words[i - 1]} ${phrase}`).includes(entry.id.slice('country:'.length))) continue;
      found.add(entry.id);
    }
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/** Words that make a country's name the name of a part of it or of another place ('Northern Ireland'). */
const COMPASS_WORD = /^(?:North|South|East|West|Northern|Southern|Eastern|Western|Upper|Lower|Central)$/;
