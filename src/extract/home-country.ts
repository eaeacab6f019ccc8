import countries from 'world-countries';
import { curated } from './curated';
import { foldSurface } from './fold';
import { lookupGazetteer } from './gazetteer';
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
  for (const e of entities) {
    if (!e.gazetteerId) continue;
    if (e.gazetteerId.startsWith('country:')) named.add(e.gazetteerId.slice('country:'.length));
    const capitalOf = capitals!.get(e.gazetteerId);
    if (capitalOf) named.add(capitalOf);
  }
  return entities.map((e) => {
    const home = e.gazetteerId ? homes!.get(e.gazetteerId) : undefined;
    if (!home || named.has(home)) return e;
    const { gazetteerId: _dropped, ...rest } = e;
    return rest;
  });
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

/** The one country whose name (one to three words) an organisation's name holds, or undefined. */
function countryInName(name: string): string | undefined {
  const words = name.split(/\s+/);
  const found = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    for (let n = 1; n <= 3 && i + n <= words.length; n++) {
      const phrase = words.slice(i, i + n).join(' ');
      if (!/^\p{Lu}/u.test(phrase)) continue;
      const entry = lookupGazetteer(phrase);
      if (entry?.kind === 'PLACE' && entry.id.startsWith('country:') && !entry.codeOnly) found.add(entry.id);
    }
  }
  return found.size === 1 ? [...found][0] : undefined;
}
