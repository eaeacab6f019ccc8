import type { ExtractedArticle, ExtractedEntity, Span } from './types';
import type { ResolvedMention, AnalysedText } from './document';
import type { Mention } from './mentions';
import { findBoilerplate, pageOutlets } from './boilerplate';
import { readHeader } from './metadata';
import { splitSentences, type Sentence } from './sentences';
import { findMentions } from './mentions';
import { findHeadlineMentions, furnitureSpans, isHeadline } from './headline';
import { groupMentions, type MentionGroup } from './coref';
import { findRoles, type TitledMention } from './roles';
import { findQuoteSpans, findQuotes } from './quotes';
import { findParaphrases } from './paraphrases';
import { findRelationships } from './relationships';
import { foldSurface } from './fold';
import { curated } from './curated';
import { displayName } from './display-name';
import { genderOf } from './names';
import { mergeFormerNames } from './former-names';
import { settleGroupKinds } from './group-kinds';
import { dropForeignHomes, tieGenericBodies } from './home-country';
import { cityInCountry, cityInRegion, cityRegion, countryOfCity, lookupGazetteer, townNameSpread, townPopulation } from './gazetteer';
import { lexiconTags } from './lexicon';
import { ACRONYM, articleCountry, initials, isGenericName } from './referent';
import { countriesWithRegion, countryOfNamePart, regionCodeOfName, regionOfCode } from './regions';

export type * from './types';
export { normaliseAlias, lookupKeys, isSameReferent, chooseReferent, type NamedEntity } from './referent';

function paragraphSpans(sentences: readonly Sentence[]): Span[] {
  const out: Span[] = [];
  for (const s of sentences) {
    const p = out[s.paragraph];
    if (p) p.end = s.end;
    else out[s.paragraph] = { start: s.start, end: s.end };
  }
  return out;
}

/** Each town the article names as its country's town of that name ('Córdoba' in an Argentine article). */
function localCities(text: string, entities: ExtractedEntity[]): ExtractedEntity[] {
  const country = articleCountry(entities);
  // 'in Valencia, Spain': the country written right after a town's name.
  const countryAt = new Map<number, string>();
  for (const e of entities) if (e.gazetteerId?.startsWith('country:')) for (const m of e.mentions) countryAt.set(m.start, e.gazetteerId);
  const statedCountry = (e: ExtractedEntity) => {
    for (const m of e.mentions) {
      const comma = COMMA_AFTER.exec(text.slice(m.end, m.end + 4));
      const stated = comma ? countryAt.get(m.end + comma[0].length) : undefined;
      if (stated) return stated;
    }
    return undefined;
  };
  const named = new Set(entities.flatMap((e) => (e.gazetteerId?.startsWith('country:') ? [e.gazetteerId] : [])));
  const local = entities.map((e) => {
    const stated = e.gazetteerId?.startsWith('city:') ? statedCountry(e) : undefined;
    let id = e.gazetteerId ? cityInCountry(e.gazetteerId, stated ?? country, stated !== undefined) : undefined;
    const partOf = id && !stated ? partOfCountryName(e, id, country, named) : undefined;
    if (partOf) id = `${id}@${partOf}`;
    else if (id && !stated && country && (isUnlistedLocalTown(id, country, named) || isForeignTownAsIsland(text, e, id, country, named) || isLocalSaintTown(e, id, country, named))) id = `${id}@${country.slice('country:'.length)}`;
    else if (id && !stated && country && /^country:[A-Z]{3}$/.test(country) && isSiteNamedLikeNation(text, e, id)) id = `city:${e.name.toLowerCase()}@${country.slice('country:'.length)}`;
    return id && id !== e.gazetteerId ? { ...e, gazetteerId: id } : e;
  });
  return listedDivisions(text, country ? regionalCities(local, country.slice('country:'.length)) : local);
}

/**
 * 'Trinidad' in an article about Montserrat is the island of Trinidad and Tobago, not Bolivia's town: a place named
 * like one part of a country's two-part name ('Trinidad', 'Tobago', 'Nevis', 'Barbuda') whose tables' town lies in a
 * country the article neither is about nor names is that country's (ISO alpha-3 returned; 'city:trinidad@TTO', the
 * id an article about Trinidad and Tobago gives it too). An article about Cuba, which has a town so named, keeps it.
 */
function partOfCountryName(e: ExtractedEntity, id: string, country: string | undefined, named: ReadonlySet<string>): string | undefined {
  if (e.kind !== 'PLACE' || !id.startsWith('city:') || id.includes('@')) return undefined;
  const part = countryOfNamePart(e.name);
  const home = countryOfCity(id);
  if (!part || home === `country:${part}` || (home && (home === country || named.has(home)))) return undefined;
  // An article about Cuba, which has a town Trinidad of its own.
  if (country && cityInCountry(id, country, true) !== id) return undefined;
  return part;
}

/** A list of one country's local divisions: 'the municipalities of El Paso, Los Llanos de Aridane and Tazacorte'. */
const DIVISION_LIST = /\b(?:municipalities|communes|parishes|villages|townships|districts)\s+of\s+((?:\p{Lu}[\p{L}'’-]*(?:\s+(?:de|del|la|las|los|da|do|dos)?\s*\p{Lu}[\p{L}'’-]*)*,\s+)+(?:and\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:de|del|la|las|los|da|do|dos)?\s*\p{Lu}[\p{L}'’-]*)*|\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*\s+and\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)/gu;

/**
 * 'the municipalities of El Paso, Los Llanos de Aridane and Tazacorte': the members of a list of
 * local divisions lie in one country. When the tables place them in different countries, the
 * smallest listed town's country wins (a famous name is the one other places borrow: El Paso,
 * Santiago, Victoria), and a member listed elsewhere is that country's town ('city:el paso@ESP').
 */
function listedDivisions(text: string, entities: ExtractedEntity[]): ExtractedEntity[] {
  if (!/\b(?:municipalities|communes|parishes|villages|townships|districts)\s+of\s/.test(text)) return entities;
  const byStart = new Map<number, number>();
  entities.forEach((e, i) => {
    if (e.kind === 'PLACE' && e.gazetteerId?.startsWith('city:')) for (const m of e.mentions) byStart.set(m.start, i);
  });
  const out = [...entities];
  for (const list of text.matchAll(DIVISION_LIST)) {
    const listStart = list.index! + list[0].length - list[1]!.length;
    const members = [...byStart].filter(([start]) => start >= listStart && start < listStart + list[1]!.length).map(([, i]) => i);
    const homes = members.map((i) => ({ i, home: countryOfCity(out[i]!.gazetteerId!), population: townNameSpread(out[i]!.gazetteerId!).population }));
    if (new Set(homes.map((h) => h.home)).size < 2) continue;
    const smallest = homes.filter((h) => h.home !== undefined).sort((a, b) => a.population - b.population)[0];
    if (!smallest?.home) continue;
    const cca3 = smallest.home.slice('country:'.length);
    for (const h of homes) {
      if (h.home === smallest.home) continue;
      const e = out[h.i]!;
      out[h.i] = { ...e, gazetteerId: `city:${e.name.toLowerCase()}@${cca3}` };
    }
  }
  return out;
}

/** A town name shared by at least this many countries is as likely a town the tables lack ('Santa Cruz', 'Victoria'). */
const MIN_COUNTRIES_FOR_COMMON_TOWN_NAME = 3;
/** A town of this many people or more (capitals count as large) is the one meant wherever it is named. */
const MIN_POPULATION_KNOWN_ABROAD = 500_000;

/**
 * 'Santa Cruz' in an article about the Galápagos: a town name many countries share, whose
 * tables' town is small and lies in a country the article never names, is a place of the
 * article's own country that the tables lack. Written as that country's town
 * ('city:santa cruz@ECU'), so it stays apart from a Santa Cruz of another country's article.
 */
function isUnlistedLocalTown(id: string, country: string, named: ReadonlySet<string>): boolean {
  if (!id.startsWith('city:') || id.includes('@')) return false;
  const home = countryOfCity(id);
  if (!home || home === country || named.has(home)) return false;
  // 'Port Everglades, Florida': a name the lexicon knows as a region or city is that one, not a local town.
  if (lexiconTags(id.slice('city:'.length)).some((tag) => tag === 'Region' || tag === 'City' || tag === 'Country')) return false;
  const spread = townNameSpread(id);
  return spread.countries >= MIN_COUNTRIES_FOR_COMMON_TOWN_NAME && spread.population < MIN_POPULATION_KNOWN_ABROAD;
}

/** A town named after a saint: 'St George's', 'Saint-Louis', 'San Juan', 'Santa Rosa', 'São Vicente', 'Sankt Pölten'. */
const SAINT_TOWN = /^(?:St\.?|Saint|Sainte|Ste\.?|San|Santa|Santo|São|Sao|Sankt|Sint)[\s-]\p{Lu}/u;
/** A saint's town of this many people or more is the one meant wherever it is named ('Santiago', 'São Paulo'). */
const MIN_POPULATION_SAINT_TOWN_KNOWN_ABROAD = 1_000_000;

/**
 * 'St George's' in an article about Bermuda: towns named after a saint stand in every country that
 * honours the saint, and the tables lack most of them, so such a name whose tables' town lies in a
 * country the article never names, and is no metropolis, is a town of the article's own country
 * ('city:st georges@BMU'), not Grenada's capital. When the tables list a town of the name in the article's
 * own country, that one is meant whatever else the article names ('San Antonio' in a Paraguayan article that
 * also names the United States is Paraguay's town of 55,000, not Texas's city), unless the tables' town is a capital.
 */
function isLocalSaintTown(e: ExtractedEntity, id: string, country: string, named: ReadonlySet<string>): boolean {
  if (!id.startsWith('city:') || id.includes('@') || !SAINT_TOWN.test(e.name)) return false;
  const home = countryOfCity(id);
  if (home === undefined || home === country) return false;
  // A capital is the one meant wherever it is named ('San José' in a Honduran article is Costa Rica's).
  if (cityInCountry(id, country, true) !== id && townNameSpread(id).population !== Infinity) return true;
  return !named.has(home) && townPopulation(id) < MIN_POPULATION_SAINT_TOWN_KNOWN_ABROAD;
}

/**
 * 'told Dawn' on a page whose foot says 'Published in Dawn, June 5th': the publication the page's
 * own furniture names (pageOutlets()) is an organisation wherever the body writes it, even when its
 * name is an ordinary word. Written as the furniture writes it, inside a sentence, and not already
 * part of a name.
 */
/** A name the mention step left without a kind ('told Dawn') that is the page's own publication. */
function readAsOutlet(m: Mention, outlets: readonly string[]): Mention {
  return m.kind === undefined && outlets.some((o) => o.replace(/^the\s+/i, '') === m.surface) ? { ...m, kind: 'ORGANIZATION', evidence: 'known' } : m;
}

function outletMentions(text: string, sentences: readonly Sentence[], outlets: readonly string[], found: readonly Mention[], credits: readonly Span[]): Mention[] {
  const out: Mention[] = [];
  for (const outlet of new Set(outlets.map((o) => o.replace(/^the\s+/i, '')))) {
    if (!/^\p{Lu}/u.test(outlet)) continue;
    // One pass over the text; each place is kept only inside a body sentence.
    for (let at = text.indexOf(outlet); at >= 0; at = text.indexOf(outlet, at + outlet.length)) {
      const end = at + outlet.length;
      const s = sentences.find((x) => x.start <= at && end <= x.end);
      if (!s || text.slice(s.start, at).trim() === '') continue;
      const bounded = !/[\p{L}\p{N}]/u.test(text[at - 1] ?? ' ') && !/[\p{L}\p{N}]/u.test(text[end] ?? ' ');
      // Not inside a caption's credit ('| Credit: Alpine Post/J. Doe'): furniture, like the masthead.
      if (bounded && !found.some((m) => m.start < end && m.end > at) && !credits.some((c) => at < c.end && end > c.start)) {
        out.push({ start: at, end, surface: outlet, sentence: s.index, length: outlet.split(/\s+/).length, kind: 'ORGANIZATION', evidence: 'known' });
      }
    }
  }
  return out;
}

/** Before a name in a list of islands: 'the islands of ', 'the islands of Maio, '. */
const ISLANDS_OF_BEFORE = /\b(?:islands?|isles?)\s+of\s+(?:\p{Lu}[\p{L}'-]*(?:\s+\p{Lu}[\p{L}'-]*)*,\s+)*$/u;
/** After a name: ' island', ' Island'. */
const ISLAND_AFTER = /^\s+[Ii]sland\b/;

/**
 * 'the islands of Santiago, Fogo and Brava' in an article about Cabo Verde: a name the article
 * gives as an island is no town of a country it never names, however famous the town (Chile's
 * capital). Read as a place of the article's own country ('city:santiago@CPV').
 */
function isForeignTownAsIsland(text: string, e: ExtractedEntity, id: string, country: string, named: ReadonlySet<string>): boolean {
  if (!id.startsWith('city:') || id.includes('@')) return false;
  const home = countryOfCity(id);
  if (!home || home === country || named.has(home)) return false;
  return e.mentions.some((m) => ISLANDS_OF_BEFORE.test(text.slice(Math.max(0, m.start - 80), m.start)) || ISLAND_AFTER.test(text.slice(m.end, m.end + 8)));
}

/** Right before a name: 'at ', the preposition of a site. */
const AT_BEFORE = /\bat\s+$/;

/**
 * 'the plant at Wales' in an article about Guyana: a nation no package lists as a sovereign state
 * (the lexicon's 'Wales', 'Scotland') is written after 'at' only as a site, so it is a village of
 * the article's own sovereign country ('city:wales@GUY'), not the nation. 'in Wales' stays the nation.
 */
function isSiteNamedLikeNation(text: string, e: ExtractedEntity, id: string): boolean {
  if (!/^country:\p{Ll}/u.test(id)) return false;
  return e.mentions.some((m) => AT_BEFORE.test(text.slice(Math.max(0, m.start - 4), m.start))) && !e.mentions.some((m) => IN_BEFORE.test(text.slice(Math.max(0, m.start - 4), m.start)));
}
/** Right before a name: 'in '. */
const IN_BEFORE = /\bin\s+$/;

/** A comma between a town and the country written after it. */
const COMMA_AFTER = /^,[ \t]*/;

/** Other towns of one region an article must name before a town's name is read as that region's. */
const MIN_TOWNS_FOR_REGION = 2;

/**
 * Each town named like a larger town elsewhere in its country, read as the one in the region the
 * article's other towns lie in: 'Perth' next to Launceston and Hobart is Tasmania's (cityInRegion()).
 * The region needs MIN_TOWNS_FOR_REGION other towns of the country and more than all other regions together.
 */
function regionalCities(entities: ExtractedEntity[], cca3: string): ExtractedEntity[] {
  const towns = new Set(entities.flatMap((e) => (e.gazetteerId?.startsWith('city:') && countryOfCity(e.gazetteerId) === `country:${cca3}` ? [e.gazetteerId] : [])));
  if (towns.size <= MIN_TOWNS_FOR_REGION) return entities;
  const regionOf = new Map<string, string>();
  for (const id of towns) {
    const region = cityRegion(id, cca3);
    if (region) regionOf.set(id, region);
  }
  if (regionOf.size <= MIN_TOWNS_FOR_REGION) return entities;
  return entities.map((e) => {
    const id = e.gazetteerId;
    if (!id || !regionOf.has(id)) return e;
    const votes = new Map<string, number>();
    for (const [other, region] of regionOf) if (other !== id) votes.set(region, (votes.get(region) ?? 0) + 1);
    const [region, count] = [...votes].sort((a, b) => b[1] - a[1])[0]!;
    if (count < MIN_TOWNS_FOR_REGION || count * 2 <= regionOf.size - 1) return e;
    const regional = cityInRegion(id, cca3, region);
    return regional === id ? e : { ...e, gazetteerId: regional };
  });
}

/** Right before a body's name: 'the state's ', "the Union Territory's ", "the province's ". */
const SUBNATIONAL_OWNER = /\b(?:state|province|territory|region|county|district|prefecture|canton|governorate|oblast)['’]s\s+$/i;

/**
 * "the Union Territory's Department of School Education": a body the text gives to a level below the
 * country is one of that country's many such bodies, one per state or province, so its context for
 * cross-document resolution is the country marked as below it ('country:IND/sub'), which agrees with
 * no other article's (isSameReferent()): its generic name alone ties it to no other article's body.
 */
function subnationalBodies(text: string, entities: ExtractedEntity[]): ExtractedEntity[] {
  if (!/['’]s\s/.test(text)) return entities;
  const country = articleCountry(entities);
  return entities.map((e) => {
    const home = e.country ?? country;
    if (e.kind !== 'ORGANIZATION' || !home?.startsWith('country:') || home.includes('/')) return e;
    return e.mentions.some((m) => SUBNATIONAL_OWNER.test(text.slice(Math.max(0, m.start - 40), m.start))) ? { ...e, country: `${home}/sub` } : e;
  });
}

/**
 * 'TOUBA (Diourbel), May 2 (APS) -' and later 'told APS': the article's own wire, named in the body
 * only by its acronym and known to no package, is the national agency of the article's country
 * ('org:aps@SEN'), so it stays apart from another country's agency abbreviated alike (Algeria's APS).
 */
function ownWire(entities: ExtractedEntity[], agency: string | undefined): ExtractedEntity[] {
  if (!agency || !ACRONYM.test(agency)) return entities;
  const country = articleCountry(entities);
  if (!country || !/^country:[A-Z]{3}$/.test(country)) return entities;
  return entities.map((e) =>
    e.kind === 'ORGANIZATION' && !e.gazetteerId && e.name === agency && e.aliases.every((a) => a === agency)
      ? { ...e, gazetteerId: `org:${agency.toLowerCase()}@${country.slice('country:'.length)}` }
      : e,
  );
}

/**
 * 'WA' in an article about Australia is Western Australia, not Ghana's town Wa: a place written only
 * as a code in capitals that names a first-level region of the article's country (regionOfCode())
 * is that region. It keeps the code as written, takes the region's name as an alias (which finds
 * 'Western Australia' in another article) and an id of its own ('region:AUS-WA'), so Washington's
 * 'WA' in an American article stays apart.
 */
function regionCodes(entities: ExtractedEntity[]): ExtractedEntity[] {
  const country = articleCountry(entities);
  if (!country || !/^country:[A-Z]{3}$/.test(country)) return entities;
  const cca3 = country.slice('country:'.length);
  const named = new Set(entities.flatMap((e) => (e.gazetteerId?.startsWith('country:') ? [e.gazetteerId] : [])));
  return entities.map((e) => {
    if (e.kind !== 'PLACE' || e.gazetteerId?.startsWith('country:')) return e;
    if ([e.name, ...e.aliases].every((f) => ACRONYM.test(f))) {
      const region = regionOfCode(e.name, cca3);
      return region ? { ...e, aliases: [...e.aliases, region], gazetteerId: `region:${cca3}-${e.name}` } : e;
    }
    return regionByName(e, cca3, named);
  });
}

/**
 * 'the neighbouring regions of Junín and Huancavelica' in an article about Peru: a place named like a
 * first-level region of the article's country (regionCodeOfName()) is that region ('region:PER-JUN')
 * when no package knows the place, or the tables' town of the name lies in a country the article never
 * names (Argentina's Junín). A town of the article's own country keeps its id ('Lima' is the city).
 */
/** A division noun after a region's name: 'Nyandarua County', 'Sabaragamuwa Province', 'Junín Region'. */
const DIVISION_NOUN_AFTER = /\s+(?:County|Province|Region|State|Department|Governorate|Prefecture|Oblast)$/;

function regionByName(e: ExtractedEntity, cca3: string, named: ReadonlySet<string>): ExtractedEntity {
  const id = e.gazetteerId;
  if (id && !id.startsWith('city:')) return e;
  const home = id ? countryOfCity(id) : undefined;
  if (id && (!home || home === `country:${cca3}` || named.has(home))) return e;
  // 'Nyandarua County', 'Sabaragamuwa Province': the region's name with its division noun.
  const code = regionCodeOfName(e.name, cca3) ?? regionCodeOfName(e.name.replace(DIVISION_NOUN_AFTER, ''), cca3);
  return code ? { ...e, gazetteerId: `region:${cca3}-${code}` } : e;
}

/** A division noun in small letters: 'New York state', 'the departments of La Paz and Santa Cruz'. */
const SMALL_DIVISION = '(?:state|department|province|region|county|governorate|prefecture|oblast)';
/**
 * A small 'state' right after a mention: 'New York state'. Not 'the Puno region', which news writes for a town and its
 * surroundings alike (one place in the annotators' gold).
 */
const DIVISION_AFTER = /^\s+state\b/;
/**
 * A mention at the end of 'the department of' or of a list after 'the departments of': 'the departments of
 * La Paz and Santa Cruz', 'the provinces of Alba, Cuneo and Asti'. Only names, commas and 'and' stand between.
 */
const DIVISION_BEFORE = new RegExp(`\\b${SMALL_DIVISION}s?\\s+of\\s+(?:\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:de|del|do|da|la|las|los)?\\s*\\p{Lu}[\\p{L}'’.-]*)*(?:,\\s+|,?\\s+and\\s+))*$`, 'u');

/**
 * 'Vermont and New York state', 'the departments of La Paz and Santa Cruz': a place every mention of which is
 * written as a division (a small 'state' after it, or after 'the department(s) of') is the first-level
 * region of that name ('region:USA-NY', 'region:BOL-LP'), not the town of that name ('New York' alone is New York
 * City, 'La Paz' alone Bolivia's seat of government). The region is the article's country's when it has one so
 * named, else that of the one country that has.
 */
function statesWrittenSo(text: string, entities: ExtractedEntity[]): ExtractedEntity[] {
  const country = articleCountry(entities);
  const cca3 = country && /^country:[A-Z]{3}$/.test(country) ? country.slice('country:'.length) : undefined;
  return entities.map((e) => {
    // Only a name the tables also give a town ('New York City'): a region they list as a place ('Sikkim') is one already.
    const id = e.gazetteerId;
    if (e.kind !== 'PLACE' || e.mentions.length === 0 || !id?.startsWith('city:') || (townNameSpread(id).countries === 0 && townNameSpread(`${id} city`).countries === 0)) return e;
    if (!e.mentions.every((m) => DIVISION_AFTER.test(text.slice(m.end, m.end + 16)) || DIVISION_BEFORE.test(text.slice(Math.max(0, m.start - 120), m.start)))) return e;
    const own = cca3 ? regionCodeOfName(e.name, cca3) : undefined;
    if (own) return { ...e, gazetteerId: `region:${cca3}-${own}` };
    const countries = countriesWithRegion(e.name);
    const code = countries.length === 1 ? regionCodeOfName(e.name, countries[0]!) : undefined;
    return code ? { ...e, gazetteerId: `region:${countries[0]}-${code}` } : e;
  });
}

/**
 * 'Hà Nội' is 'Hanoi': Vietnamese writes a name syllable by syllable, and English runs the syllables together.
 * The tables know the municipality 'Hà Nội' as a first-level region and the town as 'Hanoi', so a place the
 * tables give a region's id is the town of its country whose name is the region's without spaces.
 */
function syllableTowns(entities: ExtractedEntity[]): ExtractedEntity[] {
  return entities.map((e) => {
    const id = e.gazetteerId;
    if (e.kind !== 'PLACE' || !id?.startsWith('region:') || !/\s/.test(e.name)) return e;
    const town = lookupGazetteer(e.name.replace(/\s+/g, ''))?.id;
    return town?.startsWith('city:') && countryOfCity(town) === `country:${id.slice('region:'.length, 'region:'.length + 3)}` ? { ...e, gazetteerId: town } : e;
  });
}

/** A gendered honorific right before a name: 'Mr ', 'Mrs. ', 'Ms '. Group 1 is set for a man's. */
const GENDERED_HONORIFIC = /\b(?:(Mr|Sir|Lord|Monsieur|Herr|Señor|Senhor|Signor)|(?:Mrs|Ms|Miss|Mme|Madame|Dame|Lady|Frau|Señora|Senhora|Signora))\.?[ \t]+$/;

/** ' in Finland', ' in the Netherlands' right after a body's mention: the country's name, as written. */
const IN_COUNTRY_AFTER = /^[ \t]+in[ \t]+((?:the[ \t]+)?\p{Lu}[\p{L}'’.-]*(?:[ \t]+(?:of[ \t]+(?:the[ \t]+)?)?\p{Lu}[\p{L}'’.-]*)*)/u;

/**
 * 'the Sámi Parliament in Finland': a body with a generic head that the text places in a country by 'in <country>'
 * is written so because other countries have one of the name (Norway's and Sweden's Sámi Parliaments). It keeps
 * that written form as an alias, which tells resolution that the name alone needs the country's context
 * (comparableForms() in referent.ts).
 */
function bodiesPlacedInCountry(text: string, entities: ExtractedEntity[]): ExtractedEntity[] {
  const countries = new Map<string, string>();
  for (const e of entities) if (e.kind === 'PLACE' && e.gazetteerId?.startsWith('country:')) for (const f of [e.name, ...e.aliases]) countries.set(f, e.gazetteerId);
  if (countries.size === 0) return entities;
  return entities.map((e) => {
    if (e.kind !== 'ORGANIZATION' || e.gazetteerId || !isGenericName(e.name.split(/\s+/).pop() ?? '')) return e;
    const written = new Set<string>();
    for (const m of e.mentions) {
      const country = IN_COUNTRY_AFTER.exec(text.slice(m.end, m.end + 60))?.[1];
      if (country && countries.has(country.replace(/^the\s+/, ''))) written.add(`${m.surface} in ${country}`);
    }
    const added = [...written].filter((f) => !e.aliases.includes(f));
    return added.length > 0 ? { ...e, aliases: [...e.aliases, ...added] } : e;
  });
}

/**
 * 'the Gulf' in a Gulf article is the Persian Gulf: a place the curated list names by a word used only
 * after 'the' (definiteAliases) takes that place's id when every mention of the entity is so written.
 */
function definitePlaces(text: string, entities: ExtractedEntity[]): ExtractedEntity[] {
  const byAlias = new Map<string, string>();
  for (const p of curated().places) for (const a of p.definiteAliases ?? []) byAlias.set(a, `place:${foldSurface(p.name)}`);
  if (byAlias.size === 0) return entities;
  return entities.map((e) => {
    const id = byAlias.get(e.name);
    if (!id || e.kind !== 'PLACE' || e.gazetteerId || e.mentions.length === 0) return e;
    return e.mentions.every((m) => /\bthe\s+$/i.test(text.slice(Math.max(0, m.start - 4), m.start)) && !/^\s+(?:of|\p{Lu})/u.test(text.slice(m.end, m.end + 3))) ? { ...e, gazetteerId: id } : e;
  });
}

/** A name and its appositive read as one organisation: 'Ilisimatusarfik, the University of Greenland'. */
const NAME_AND_APPOSITIVE = /^(\S+), the (\p{Lu}.+)$/u;

/** A feature or structure noun written in lower case right after a place's name: 'the Kokaral dam', 'the Mazowe river'. */
const FEATURE_NOUN_AFTER = /^[ \t]+(river|lake|dam|reservoir|canal|bridge|sea|bay|gulf|lagoon|estuary|creek|falls|island|peninsula|valley|basin|delta|glacier|desert|forest|mountains?|plateau)\b/;

/**
 * The noun of a large feature closing a place's name: 'Yucatán Peninsula', 'Karakoram Highway', 'Hunza Valley'. Not
 * an island's, a river's or a lake's: news names an island town and its island alike ('Lamu' and 'Lamu Island').
 */
const FEATURE_NOUN_LAST = /\s(?:Peninsula|Valley|Basin|Desert|Plateau|Mountains|Range|Highway)$/;

function toEntity(text: string, key: string, group: MentionGroup): ExtractedEntity {
  const { name, aliases: written } = displayName(group.mentions);
  // Each half is a name of its own elsewhere ('University of Greenland' in another article).
  const halves = group.kind === 'ORGANIZATION' ? written.flatMap((a) => NAME_AND_APPOSITIVE.exec(a)?.slice(1, 3) ?? []) : [];
  // The gazetteer id of the fullest name: 'Santiago' read as 'Santiago de Compostela' keeps the latter's.
  let gazetteerId = group.mentions.filter((m) => m.id).sort((a, b) => b.surface.length - a.surface.length)[0]?.id;
  // 'Yucatán Peninsula' with 'Yucatán' grouped under it: a large feature named after a place is not that place, so a
  // name ending in such a feature's noun takes no id from a shorter mention ('Yucatán' alone is the state).
  if (group.kind === 'PLACE' && gazetteerId && FEATURE_NOUN_LAST.test(name) && !group.mentions.some((m) => m.id === gazetteerId && m.surface === name)) gazetteerId = undefined;
  // 'the Kokaral dam' is also written so: the name with its feature noun is an alias, which finds
  // 'Kokaral Dam' of another article (a name alone may be the town the feature is named after).
  const featured =
    group.kind === 'PLACE' && !gazetteerId
      ? group.mentions.flatMap((m) => {
          const noun = FEATURE_NOUN_AFTER.exec(text.slice(m.end, m.end + 16))?.[1];
          return noun ? [`${m.surface} ${noun}`] : [];
        })
      : [];
  const aliases = [...new Set([...written, ...halves, ...featured])];
  if (gazetteerId && group.kind === 'ORGANIZATION' && isOwnAcronymOnly(group.mentions, gazetteerId)) gazetteerId = undefined;
  return {
    key,
    kind: group.kind,
    name,
    aliases,
    mentions: group.mentions.map((m) => ({ start: m.start, end: m.end, surface: m.surface, sentence: m.sentence })),
    ...(gazetteerId ? { gazetteerId } : {}),
  };
}

/**
 * "Portugal's Environment Agency (APA)": the id came only from the acronym, which the tables know
 * as another body (a news agency), while the article's full name for the group neither has that id
 * nor spells the acronym. The acronym is then this body's own abbreviation (of its name in another
 * language), not the known body. 'Human Rights Watch (HRW)' spells its acronym and keeps the id.
 */
function isOwnAcronymOnly(mentions: readonly Mention[], id: string): boolean {
  const withId = mentions.filter((m) => m.id === id);
  if (!withId.every((m) => ACRONYM.test(m.surface))) return false;
  const full = mentions.filter((m) => !ACRONYM.test(m.surface) && /\s/.test(m.surface));
  if (full.length === 0) return false;
  const acronyms = new Set(withId.map((m) => m.surface.toLowerCase()));
  return !full.some((m) => acronyms.has(initials(m.surface) ?? ''));
}

/** Adds headline mentions to the groups the body found, or to new groups for gazetteer names. */
function addHeadlines(text: string, headlines: readonly Sentence[], groups: MentionGroup[]): void {
  const known = new Map<string, MentionGroup>();
  for (const g of groups) for (const k of g.keys) known.set(k, g);
  for (const s of headlines) {
    for (const m of findHeadlineMentions(text, s, new Set(known.keys()))) {
      const key = foldSurface(m.surface);
      const group = known.get(key) ?? (m.id ? known.get(m.id) : undefined);
      if (group) group.mentions.unshift(m);
      else if (m.kind) {
        const g: MentionGroup = { kind: m.kind, mentions: [m], keys: new Set([key]) };
        groups.push(g);
        known.set(key, g);
      }
    }
  }
  for (const g of groups) g.mentions.sort((a, b) => a.start - b.start);
  groups.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
}

/** Extracts metadata, entities, roles, statements and relationships from one article's text. */
export function extractArticle(text: string): ExtractedArticle {
  const boilerplate = findBoilerplate(text);
  const header = readHeader(text, boilerplate);
  const sentences = splitSentences(text, [...boilerplate, ...header.excluded]);
  // The dateline's agency, a caption's credit after a bar, a column label opening the title: they name nothing.
  const credits = [...(header.datelineAgency ? [header.datelineAgency] : []), ...furnitureSpans(text, sentences, header.title)];
  // Read once: the body's mentions skip these sentences, and addHeadlines() reads only them.
  const headlines = new Set(sentences.filter((s) => isHeadline(text, s)));
  let found: Mention[] = sentences
    .filter((s) => !headlines.has(s))
    .flatMap((s) => findMentions(text, s))
    .filter((m) => !credits.some((c) => m.start < c.end && m.end > c.start));
  const outlets = pageOutlets(text, boilerplate);
  if (outlets.length > 0) found = [...found.map((m) => readAsOutlet(m, outlets)), ...outletMentions(text, sentences.filter((s) => !headlines.has(s)), outlets, found, credits)];
  const groups = settleGroupKinds(mergeFormerNames(text, groupMentions(found, text)), text);
  addHeadlines(text, [...headlines], groups);

  const keyOf = new Map<Mention, string>();
  groups.forEach((g, i) => g.mentions.forEach((m) => keyOf.set(m, `e${i}`)));
  const named = localCities(text, dropForeignHomes(groups.map((g, i) => toEntity(text, `e${i}`, g))));
  const mentions: ResolvedMention[] = groups
    .flatMap((g, i) => g.mentions.map((m) => ({ start: m.start, end: m.end, key: `e${i}`, kind: g.kind, sentence: m.sentence, surface: m.surface, possessive: /^['’]s\b/.test(text.slice(m.end, m.end + 3)) })))
    .sort((a, b) => a.start - b.start);
  const entities = bodiesPlacedInCountry(text, subnationalBodies(text, statesWrittenSo(text, definitePlaces(text, syllableTowns(regionCodes(ownWire(tieGenericBodies(text, named, mentions), header.meta.agency)))))));

  const countryKey = new Map<string, string>();
  groups.forEach((g, i) => g.mentions.forEach((m) => m.id && countryKey.set(m.id, `e${i}`)));
  const titled: TitledMention[] = found
    .filter((m) => m.title && keyOf.has(m))
    .map((m) => ({ start: m.start, end: m.end, key: keyOf.get(m)!, title: m.title!, countryKey: m.titleCountry ? countryKey.get(m.titleCountry) : undefined }));
  const roles = findRoles(text, mentions, titled);
  const titles = new Map<string, string[]>();
  for (const r of roles) titles.set(r.person, [...(titles.get(r.person) ?? []), r.title.toLowerCase()]);

  const quoteSpans = paragraphSpans(sentences).flatMap((p, i) => (p ? findQuoteSpans(text, p, i) : []));
  const genders = new Map<string, 'f' | 'm'>();
  groups.forEach((g, i) => {
    const gender = g.kind === 'PERSON' ? genderOf(entities[i]!.name.split(' ')[0]!) : undefined;
    if (gender) genders.set(`e${i}`, gender);
  });
  // 'Mr MacLeod', 'Mrs Ahmed': an honorific before a person of no known given name tells the gender a pronoun needs.
  for (const m of mentions) {
    if (m.kind !== 'PERSON' || genders.has(m.key)) continue;
    const honorific = GENDERED_HONORIFIC.exec(text.slice(Math.max(0, m.start - 12), m.start));
    if (honorific) genders.set(m.key, honorific[1] ? 'm' : 'f');
  }
  const doc: AnalysedText = { text, sentences, mentions, titles, roles, genders, quoted: quoteSpans.map((q) => q.outer) };
  const quotes = findQuotes(doc, quoteSpans);
  const paraphrases = findParaphrases(doc, quotes);
  const statements = [...quotes, ...paraphrases].sort((a, b) => a.start - b.start);
  const kinds = new Map(entities.map((e) => [e.key, e.kind]));
  const relationships = findRelationships(sentences, mentions, statements, roles, (k) => kinds.get(k));

  return {
    meta: header.meta,
    boilerplate,
    sentences: sentences.map(({ start, end, index }) => ({ start, end, index })),
    entities,
    roles,
    statements,
    relationships,
  };
}
