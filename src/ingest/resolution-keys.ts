import type { SqlEntityManager } from '@mikro-orm/sqlite';
import type { Orm } from '../db';
import { marks } from '../db';
import { articleCountry, COUNTRY_CONTEXT_KEY, GAZETTEER_KEY, lookupKeys, namedCountries, normaliseAlias } from '../extract/referent';
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
 * 15: an article's country (the context of its generic names) also counts its first-level regions, and small towns
 *     named like another country's provinces count for that country ('New Brunswick' with 'Nova Scotia' is Canada);
 *     every entity stores its creating article's country and named countries ('at:', 'named:'), which a database
 *     of an earlier version gets from its stored mentions (createdInKeys()).
 * 16: 'legislative', 'legislature' and 'executive' are generic institution words ('Legislative Council' keeps its
 *     country); a place written with a small 'state' after it is keyed as the region ('id:region:USA-NY'), and one
 *     named like a part of a country's two-part name as that country's ('id:city:trinidad@TTO').
 * 17: 'environmental' is a generic institution word ('Environmental Protection Agency' keeps its country). A small
 *     town that is its article's only place of its country no longer counts as naming that country; 'named:' keys
 *     stored before keep it, which only lets such a town merge as it did before.
 * 18: 'school', 'schools' and 'congress' are generic institution words ('Congress' keeps its country); a body the
 *     text gives to a state or province keeps its country marked below it ('in:country:IND/sub').
 * 19: a body with a form 'X in <country>' ('Sámi Parliament in Finland') keys X as generic, with its country; a person
 *     named by three capitalised words or more whose first words all fold to particles ('Lê Văn Tâm') has them as given
 *     names (a long first one also keys 'initial:').
 * 20: a sea named by an adjective of its own is also keyed by the adjective ('Baltic Sea' by 'baltic'); an article's
 *     country is a dependent territory named at least half as often as its sovereign ('at:country:FRO').
 * 21: a country named inside the names of two or more of an article's organisations counts towards the article's
 *     country ('Guernsey Water', 'Guernsey Ports'); a country's name after a compass word ('Northern Ireland') names
 *     no country in a body's name unless the two are a region of that country.
 * 22: 'situations' and 'emergencies' are public-institution words ('Ministry of Emergency Situations' is generic).
 */
export const RESOLUTION_KEYS_VERSION = 22;

const SETTING = 'resolution_keys_version';
/**
 * Stored with an entity's keys but never looked up by: the country of the article that created it
 * ('at:country:CAN'), which resolution reads for every candidate (NamedEntity.country), not only
 * for the generic organisations keyed by it.
 */
export const CREATED_IN_KEY = 'at:';
/** Likewise never looked up by: each country the creating article named ('named:country:FRA', NamedEntity.countriesNamed). */
export const NAMED_COUNTRY_KEY = 'named:';

/**
 * Keys that do not depend on folding and that names and aliases alone cannot give back: the
 * gazetteer's ('id:country:USA'), a generic organisation's country ('in:country:KEN') and the
 * creating article's countries.
 */
const KEPT_KEYS = [`${GAZETTEER_KEY}%`, `${COUNTRY_CONTEXT_KEY}%`, `${CREATED_IN_KEY}%`, `${NAMED_COUNTRY_KEY}%`];

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
    await tx.execute(`DELETE FROM entity_key WHERE ${KEPT_KEYS.map(() => 'key NOT LIKE ?').join(' AND ')}`, KEPT_KEYS);
    const keys = entities.flatMap((e) => lookupKeys({ kind: e.kind, name: e.name, aliases: textsByEntity.get(e.id) ?? [] }).map((key) => [e.id, key] as const));
    for (const chunk of inChunks(keys)) {
      await tx.execute(`INSERT OR IGNORE INTO entity_key (entity_id, key) VALUES ${chunk.map(() => '(?, ?)').join(', ')}`, chunk.flat());
    }
    if (from === null || from < FIRST_VERSION_WITH_CREATED_IN) {
      const rows = await createdInKeys(tx);
      for (const chunk of inChunks(rows)) {
        await tx.execute(`INSERT OR IGNORE INTO entity_key (entity_id, key) VALUES ${chunk.map(() => '(?, ?)').join(', ')}`, chunk.flat());
      }
    }
    await tx.execute('INSERT INTO newsgraph_setting (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value', [
      SETTING,
      String(RESOLUTION_KEYS_VERSION),
    ]);
  });
  return refresh;
}

/** The version that began storing 'at:' and 'named:' keys. */
const FIRST_VERSION_WITH_CREATED_IN = 15;

/**
 * 'at:' and 'named:' keys for entities stored before they were kept: each entity's first article's
 * country and named countries, computed as at ingestion (articleCountry(), namedCountries()) from that
 * article's stored mentions and their entities' names and gazetteer ids. An entity the text tied to
 * another country ("Ghana's Ministry of Health" in a Kenyan article) gets its article's country: only
 * re-ingesting the article gives that back.
 */
async function createdInKeys(tx: SqlEntityManager): Promise<(readonly [number, string])[]> {
  const mentioned = await tx.execute<{ article_id: number; name: string; gid: string | null; n: number }[]>(
    `SELECT m.article_id, e.name, COUNT(*) AS n,
            (SELECT k.key FROM entity_key k WHERE k.entity_id = e.id AND k.key LIKE ? ORDER BY k.id LIMIT 1) AS gid
       FROM mention m JOIN entity e ON e.id = m.entity_id
      GROUP BY m.article_id, e.id`,
    [`${GAZETTEER_KEY}%`],
  );
  const byArticle = new Map<number, { name: string; gazetteerId?: string; mentions: unknown[] }[]>();
  for (const r of mentioned) {
    const list = byArticle.get(r.article_id) ?? byArticle.set(r.article_id, []).get(r.article_id)!;
    list.push({ name: r.name, gazetteerId: r.gid?.slice(GAZETTEER_KEY.length), mentions: Array.from({ length: Number(r.n) }) });
  }
  const entities = await tx.execute<{ id: number; first_article_id: number }[]>(
    `SELECT id, first_article_id FROM entity e WHERE NOT EXISTS (SELECT 1 FROM entity_key k WHERE k.entity_id = e.id AND k.key LIKE ?)`,
    [`${CREATED_IN_KEY}%`],
  );
  const contexts = new Map<number, { country?: string; named: string[] }>();
  const out: (readonly [number, string])[] = [];
  for (const e of entities) {
    let context = contexts.get(e.first_article_id);
    if (!context) {
      const facts = byArticle.get(e.first_article_id) ?? [];
      context = { country: articleCountry(facts), named: namedCountries(facts) };
      contexts.set(e.first_article_id, context);
    }
    if (context.country) out.push([e.id, `${CREATED_IN_KEY}${context.country}`]);
    for (const c of context.named) out.push([e.id, `${NAMED_COUNTRY_KEY}${c}`]);
  }
  return out;
}
