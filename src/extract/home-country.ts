import countries from 'world-countries';
import { curated } from './curated';
import { foldSurface } from './fold';
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
