import type { Orm } from '../db';
import { marks } from '../db';
import { COUNTRY_CONTEXT_KEY, GAZETTEER_KEY, lookupKeys, normaliseAlias } from '../extract/referent';
import type { EntityKind } from '../extract/types';
import { inChunks } from './insert-rows';

/**
 * The version of the folding behind `alias.normalized` and `entity_key` (normaliseAlias() and
 * lookupKeys()). Both are stored, so a database written before the folding changed keeps the
 * old forms: `entity(name: "Yildiz")` would miss "Yıldız", and resolution would split a
 * referent. Bump this whenever either function's output changes for some input
 * (test/ingest/resolution-keys.test.ts pins their output and says so); the next start rebuilds
 * both tables from the stored names and aliases.
 *
 * 1: ı, ø, ł, ß … folded (89cbcab).
 * 2: a person of three words or more is also keyed without the last ('Ignacio Larraín Vial' by 'ignacio larrain').
 * 3: acronyms are keyed as written, without transliteration folding ('ISS' by 'iss', no longer 'is').
 * 4: the Azerbaijani schwa folded as 'a' ('Məmmədov' = 'Mammadov'); 'ay' before a consonant folded as 'ai',
 *    zh inside a word as j; organisations also keyed by their name variants ('Ministry of the Interior' by
 *    'interior ministry', legal forms and a trailing 'Society' dropped, a portfolio list by its first portfolio);
 *    an ocean by its name less 'Ocean'; a place no package knows also with v read as b; a person by first given
 *    name and surname initial ('initial:gintaras k'); a leading X of a given name read as J in the key of a
 *    three-word name.
 * 5: a place no package knows also keyed without a trailing division noun ('Nyandarua County' by 'nyandarua').
 * 6: not when only position or ordinary words stay ('Northern Province'); an organisation with an acronym
 *    keeps its country ('in:country:PER'), as a generic one does.
 * 7: an organisation whose name opens with a national word is also keyed by the generic rest
 *    ('Hellenic Fire Service' by 'fire service'), with its country.
 * 8: a place named only by a position and a division noun ('Western Province') keeps its country.
 * 9: an organisation named by its purpose is also keyed by its head ('Global Fund to Fight AIDS' by 'global fund').
 * 10: 'UN' in an organisation's name also keyed written out ('united nations office for …'), and a trailing
 *     'of the United Nations' dropped.
 * 11: 'administrative' is a generic institution word ('Supreme Administrative Court' keeps its country).
 * 12: offices every government has are generic ('Council of Ministers', "Ombudsman's Office" keep their country),
 *     and so is a place named as a street or square ('Commercial Street').
 * 13: a country's mission abroad ('U.S. Embassy'), Spanish, Portuguese and French public-institution names
 *     ('Defensoría del Pueblo') and the acronym of a body known only by generic names keep their country;
 *     islands are also keyed by the plural of their first word ('Canary Islands' by 'canaries').
 * 14: a generic body named with its country after 'of' is also keyed by the generic rest ('Supreme Court of Spain'
 *     by 'supreme court'); a paper called by its noun alone ('the Herald') keeps its country; a town the tables list
 *     under two names is keyed by each ('Donostia-San Sebastián' by 'san sebastian').
 */
export const RESOLUTION_KEYS_VERSION = 14;

const SETTING = 'resolution_keys_version';
/**
 * Keys that do not depend on folding and that names and aliases alone cannot give back: the
 * gazetteer's ('id:country:USA') and a generic organisation's country ('in:country:KEN').
 */
const KEPT_KEYS = [`${GAZETTEER_KEY}%`, `${COUNTRY_CONTEXT_KEY}%`];

export interface KeysRefresh {
  from: number | null;
  to: number;
  entities: number;
  aliasesChanged: number;
  aliasesMerged: number;
}

/**
 * Brings `alias.normalized` and `entity_key` up to RESOLUTION_KEYS_VERSION, in one
 * transaction. Returns undefined when nothing had to change. A database that never recorded
 * the version (written before versions were recorded) is rebuilt once.
 */
export async function refreshResolutionKeys(orm: Orm): Promise<KeysRefresh | undefined> {
  const connection = orm.em.getConnection();
  await connection.execute('CREATE TABLE IF NOT EXISTS newsgraph_setting (name text PRIMARY KEY, value text NOT NULL)');
  const [row] = await connection.execute<{ value: string }[]>('SELECT value FROM newsgraph_setting WHERE name = ?', [SETTING]);
  const from = row ? Number(row.value) : null;
  if (from === RESOLUTION_KEYS_VERSION) return undefined;
  if (from !== null && from > RESOLUTION_KEYS_VERSION) {
    throw new Error(`the database's resolution keys are at version ${from}, newer than this newsgraph (${RESOLUTION_KEYS_VERSION}); upgrade newsgraph`);
  }
  const refresh: KeysRefresh = { from, to: RESOLUTION_KEYS_VERSION, entities: 0, aliasesChanged: 0, aliasesMerged: 0 };
  await orm.em.fork().transactional(async (tx) => {
    const entities = await tx.execute<{ id: number; kind: EntityKind; name: string }[]>('SELECT id, kind, name FROM entity ORDER BY id');
    const aliases = await tx.execute<{ id: number; entity_id: number; text: string; normalized: string }[]>(
      'SELECT id, entity_id, text, normalized FROM alias ORDER BY id',
    );
    refresh.entities = entities.length;

    // Aliases: the first of an entity's aliases that fold to one form keeps it; the others go.
    const seen = new Map<number, Set<string>>();
    const changed: { id: number; normalized: string }[] = [];
    const merged: number[] = [];
    const textsByEntity = new Map<number, string[]>();
    for (const a of aliases) {
      const normalized = normaliseAlias(a.text);
      const forms = seen.get(a.entity_id) ?? new Set<string>();
      seen.set(a.entity_id, forms);
      if (normalized === '' || forms.has(normalized)) {
        merged.push(a.id);
        continue;
      }
      forms.add(normalized);
      (textsByEntity.get(a.entity_id) ?? textsByEntity.set(a.entity_id, []).get(a.entity_id)!).push(a.text);
      if (normalized !== a.normalized) changed.push({ id: a.id, normalized });
    }
    for (const chunk of inChunks(merged)) await tx.execute(`DELETE FROM alias WHERE id IN (${marks(chunk)})`, chunk);
    // Two passes, so no row meets (entity, normalized) unique while another still holds its form.
    for (const chunk of inChunks(changed)) {
      const ids = chunk.map((c) => c.id);
      await tx.execute(`UPDATE alias SET normalized = '#' || id WHERE id IN (${marks(ids)})`, ids);
    }
    for (const chunk of inChunks(changed)) {
      const cases = chunk.map(() => 'WHEN ? THEN ?').join(' ');
      const ids = chunk.map((c) => c.id);
      await tx.execute(`UPDATE alias SET normalized = CASE id ${cases} END WHERE id IN (${marks(ids)})`, [...chunk.flatMap((c) => [c.id, c.normalized]), ...ids]);
    }
    refresh.aliasesChanged = changed.length;
    refresh.aliasesMerged = merged.length;

    // Keys: every folded key again from the name and all stored aliases; gazetteer and country keys stay.
    await tx.execute(`DELETE FROM entity_key WHERE key NOT LIKE ? AND key NOT LIKE ?`, KEPT_KEYS);
    const keys = entities.flatMap((e) => lookupKeys({ kind: e.kind, name: e.name, aliases: textsByEntity.get(e.id) ?? [] }).map((key) => [e.id, key] as const));
    for (const chunk of inChunks(keys)) {
      await tx.execute(`INSERT OR IGNORE INTO entity_key (entity_id, key) VALUES ${chunk.map(() => '(?, ?)').join(', ')}`, chunk.flat());
    }
    await tx.execute('INSERT INTO newsgraph_setting (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value', [
      SETTING,
      String(RESOLUTION_KEYS_VERSION),
    ]);
  });
  return refresh;
}
