import { ADMINISTRATIVE_LEVELS, UNIT_NOUNS, type MentionGroup } from './coref';
import { foldSurface } from './fold';
import { isLegalForm, vocab } from './vocabulary';
import { isCommonWord, lookupGazetteer } from './gazetteer';
import { DISEASE_WORDS, PLAYING_POSITIONS, RENAMED_PLATFORMS, SPORTS_WORDS, WRITING_SYSTEM_NOUNS } from './entity-words';
import { documentVotes, kindFromDocument } from './kind-from-cues';
import { lexiconTags } from './lexicon';

/** Place prepositions before a town's name: 'who play in Izmir' is the town, not its club. */
const PLACE_PREPOSITION = /\b(?:in|near|from|outside|around|across|to)\s+$/i;

/** A legal form as written after a company's name, with a capital: 'Nordvik Batteri AS', 'Volvo AB', 'Acme Ltd.' ('as' is a word). */
const writtenLegalForm = (word: string) => (/^\p{Lu}/u.test(word) && isLegalForm(word)) || /^(?:ehf|hf|plc)\.?$/.test(word);

/** Legal forms written before a company's name: 'PT Sejuk Logistik' (Indonesia), 'PJSC', 'JSC', 'OOO', 'UAB Nemunas Tiltai' (Lithuania), 'SIA' (Latvia). */
const LEGAL_FORM_BEFORE = /^(?:PT|CV|PJSC|JSC|OJSC|OAO|ZAO|PAO|OOO|TOO|UAB|AB|SIA|TOV|AS)$/;

function longest(g: MentionGroup): string {
  return g.mentions.reduce((a, m) => (m.surface.length > a.length ? m.surface : a), '');
}

/** The brackets of a squad or transfer list's line, up to a name: 'X (striker, ', 'X (centre-back, '. */
const POSITION_BRACKET_BEFORE = /\(([\p{Ll}-]+(?:[ \t][\p{Ll}-]+)?),[ \t]+$/u;

/**
 * True when a group no table knows is named in a player's brackets after the position ('Luka Varga (striker, Sonnfeld,
 * EUR 2m)'): the name there is the club he came from or went to. Not when a firm cue elsewhere makes the name a person.
 */
function clubInPlayerBrackets(g: MentionGroup, text: string): boolean {
  if (g.mentions.some((m) => m.id && !m.id.startsWith('city:'))) return false;
  let inBrackets = 0;
  for (const m of g.mentions) {
    const position = POSITION_BRACKET_BEFORE.exec(text.slice(Math.max(0, m.start - 32), m.start))?.[1];
    if (position && PLAYING_POSITIONS.has(position)) inBrackets++;
    else if (m.kind === 'PERSON' && !m.weak && m.evidence !== 'guess') return false;
  }
  return inBrackets > 0;
}

/** A line opening with a full name (two to four capitalised words) and a bracket, up to a name: 'Luis Ordonez (' of a ratings line. */
const PLAYER_LINE_BEFORE = /(?:^|\n)[ \t]*\p{Lu}[\p{L}'’.-]+(?:[ \t]+\p{Lu}[\p{L}'’.-]+){1,3}[ \t]+\($/u;

/** True when the text has three sports words or more (SPORTS_WORDS): a sports report. */
function isSportsReport(text: string): boolean {
  return new Set((text.match(SPORTS_WORDS) ?? []).map((w) => w.toLowerCase())).size >= 3;
}

/**
 * True when every mention of a group that no table knows as a country stands alone in brackets after a full name opening
 * its line ('Luis Ordonez (Olimpia) – 7.', a ratings or squad line): the name in brackets is the player's club.
 */
function clubAfterPlayerLine(g: MentionGroup, text: string): boolean {
  if (g.mentions.some((m) => m.id && !m.id.startsWith('city:'))) return false;
  return g.mentions.every((m) => text[m.end] === ')' && PLAYER_LINE_BEFORE.test(text.slice(Math.max(0, m.start - 60), m.start)));
}

function setKind(g: MentionGroup, kind: MentionGroup['kind']): void {
  g.kind = kind;
  g.mentions = g.mentions.map((m) => ({ ...m, kind, evidence: m.evidence === 'guess' ? 'cue' : m.evidence, id: m.id?.startsWith('city:') ? undefined : m.id }));
}

/** Lower-case nouns after a name that make it a programme's or plan's name, no entity: 'its Global Gateway programme'. */
const PROGRAMME_NOUNS = /^[ \t]+(?:programme|programmes|program|programs|initiative|scheme|strategy|plan|vision|agenda)\b/;
/** Words before a name that make it a prize or race one wins, an event: 'won the Hawaiki Nui Va'a', 'to win the X'. */
const WON_THE_BEFORE = /\b(?:won|win|wins|winning|retained|retain|defended|defend)[ \t]+the[ \t]+$/;
/** What may follow a race or prize won: punctuation, a preposition, or a race's noun ('won the X for the third year'), not a noun it modifies ('the X contract'). */
const WON_THE_AFTER = /^(?:[ \t]+(?:for|in|on|at|with|by|after|before|again|race|title|regatta|trophy|crown|cup|and)\b|[ \t]*[,.;:!?)]|[ \t]*$)/;
/** A language's or people's adjective no country names: 'in Cantonese', 'Hokkien' has no such ending ('Cantonese', 'Taiwanese'). */
const LANGUAGE_ADJECTIVE = /^\p{Lu}\p{Ll}{3,}[^aeiou\s]ese$/u;
/** A compass word and a region's adjective before a lower-case noun: 'the Central African regional stock exchange', 'East Asian economies'. */
const REGIONAL_ADJECTIVE = /^(?:Central|East|West|North|South|Eastern|Western|Northern|Southern|Southeast|Southwest|Northeast|Northwest|South-East|South-West|North-East|North-West)[ \t]+(\p{Lu}\p{Ll}+)(?:an|n)$/u;
const LOWER_WORD_AFTER = /^[ \t]+\p{Ll}/u;
/** What follows a language's name: 'Inuktut-language', 'Inuktut-speaking teachers', 'the Sami language', 'Inuktitut, spoken in ...'. */
const LANGUAGE_USE_AFTER = /^(?:-(?:language|speaking|speakers?|medium)\b|[ \t]+(?:language|speakers)\b|,[ \t]+(?:spoken|written)[ \t]+(?:in|by|across|throughout)\b|[ \t]+is[ \t]+(?:spoken|written)\b)/;

/** What precedes a language's name: 'to speak X', 'learning X', 'fluent in X', 'lessons in X'. */
const LANGUAGE_USE_BEFORE = /(?:^|[^\p{L}])(?:speak|speaks|spoke|speaking|learn|learns|learned|learnt|learning|fluent[ \t]+in|taught[ \t]+in|lessons[ \t]+in|classes[ \t]+in)[ \t]+$/u;
/** 'uses X at home', 'spoke X at home': a verb of using before the name and 'at home' after it. */
const HOME_USE_BEFORE = /(?:^|[^\p{L}])(?:use|uses|used|using)[ \t]+$/u;
const AT_HOME_AFTER = /^[ \t]+at[ \t]+home\b/;

/** True when the text writes a word as a language's name somewhere: 'Inuktut-language', 'X-speaking', 'X, spoken in', 'to speak X', 'uses X at home'. */
function usedAsLanguage(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
    if (/[\p{L}\p{N}]/u.test(text[at - 1] ?? '') || /[\p{L}\p{N}]/u.test(text[at + word.length] ?? '')) continue;
    const after = text.slice(at + word.length, at + word.length + 24);
    if (LANGUAGE_USE_AFTER.test(after)) return true;
    const before = text.slice(Math.max(0, at - 16), at);
    if (LANGUAGE_USE_BEFORE.test(before) || (HOME_USE_BEFORE.test(before) && AT_HOME_AFTER.test(after))) return true;
  }
  return false;
}

/** A kin group's noun after a name: 'the Banu Sahm tribe', 'the Abgaal clan'. */
const KIN_GROUP_AFTER = /^[ \t]+(?:tribe|tribes|clan|clans)\b/;
/** A vessel's noun right before a name, maybe as an appositive: 'the yacht Stella Maris', 'the 40-foot trawler, the Stella Maris'. */
const VESSEL_BEFORE = /\b(?:yacht|ship|vessel|tanker|freighter|trawler|ferry|frigate|destroyer|submarine|cutter|craft|boat|schooner|barge|dhow|catamaran|sloop|dredger)(?:,[ \t]+the)?[ \t]+$/;
/** A naval or merchant ship's prefix opening a name: 'HMS Tern', 'USS Ohio', 'MV Sea Star'. */
const SHIP_PREFIX = /^(?:HMS|HMBS|HMAS|HMNZS|HMCS|USS|USNS|USCGC|RFA|MV|RV|INS|KRI|BRP)[ \t]+\p{Lu}/u;

/** Quotation marks around a title. */
const OPEN_QUOTE = /^["“‘]$/;
const CLOSE_QUOTE = /^["”’]$/;
/** A lower-case event's noun after a name: 'the X festival', 'the X marathon'. */
const EVENT_NOUNS_AFTER = /^[ \t]+(?:festival|festivals|carnival|marathon|ultramarathon|ultra-marathon|regatta|pilgrimage|tournament)\b/;
/** An index's word ending a name: 'All Share Index', 'Price Indices'. */
const INDEX_WORD_END = /[ \t](?:Index|Indices|Indexes)$/;
/** An amount after a currency's sign: ' 1,240', ' 6.42 billion' (grouped thousands or decimals: no score, year or class number). */
const AMOUNT_AFTER = /^[ \t]?\d{1,3}(?:,\d{3})+\b|^[ \t]?\d+\.\d+|^[ \t]?\d+[ \t]+(?:million|billion|trillion|bn|m)\b/;

/** How many times (up to two) the text writes a word as a word of its own right before an amount ('KSh 1,240'). */
function writtenBeforeAmounts(text: string, word: string): number {
  let n = 0;
  for (let at = text.indexOf(word); at >= 0 && n < 2; at = text.indexOf(word, at + word.length)) {
    if (!/[\p{L}\p{N}]/u.test(text[at - 1] ?? '') && AMOUNT_AFTER.test(text.slice(at + word.length, at + word.length + 16))) n++;
  }
  return n;
}

/** A number right after a name: ' 7', ' 11' (the name labels a class, level or grade). */
const NUMBER_AFTER = /^[ \t]\d{1,3}\b/;

/** True when the text writes the word with a plural 's' as a word of its own: 'Santomeans' for 'Santomean'. */
function pluralWritten(text: string, word: string): boolean {
  for (let at = text.indexOf(`${word}s`); at >= 0; at = text.indexOf(`${word}s`, at + 1)) {
    if (!/[\p{L}\p{N}]/u.test(text[at - 1] ?? '') && !/[\p{L}\p{N}]/u.test(text[at + word.length + 1] ?? '')) return true;
  }
  return false;
}

/** True when a region's adjective ('African', 'European') comes from a place the gazetteer knows ('Africa', 'Europe'). */
function regionalAdjective(surface: string): boolean {
  const m = REGIONAL_ADJECTIVE.exec(surface);
  if (!m) return false;
  const word = surface.split(/[ \t]+/)[1]!;
  return [word.slice(0, -1), word.slice(0, -2)].some((stem) => stem.length >= 3 && lookupGazetteer(stem)?.kind === 'PLACE');
}

/** An ordinal opening a name: '30th Ariane', '5th Avenue' ('2nd Criminal Court' carries an organisation word and is known). */
const ORDINAL_OPENING = /^\d+(?:st|nd|rd|th)[ \t]/;
/** A lower-case Latin species epithet after a genus: ' oceanica', ' falciparum', ' cholerae' (a binomial names a species, no place). */
const SPECIES_EPITHET_AFTER = /^[ \t]+(\p{Ll}{4,}(?:ica|icus|icum|ensis|ense|ata|atus|atum|iae|ae|um|us|is|ii|oides))\b/u;
/** Words naming a field of study that ends a subject's name: 'Lecturer in Coastal Remote Sensing', 'Frontiers in Marine Science' (folded). */
const FIELD_WORDS = new Set(['science', 'sciences', 'studies', 'engineering', 'sensing', 'ecology', 'biology', 'chemistry', 'physics', 'mathematics', 'medicine', 'economics', 'geography', 'geology', 'oceanography', 'management', 'humanities', 'linguistics', 'epidemiology', 'microbiology', 'neuroscience', 'psychology', 'sociology']);
/** 'in ' right before a name. */
const IN_BEFORE = /(?:^|[ \t(])in[ \t]+$/;
/** Function words no common noun phrase's initials stand for. */
/** The lexicon's tags of verb forms and modals. */
const VERB_TAGS = new Set(['PastTense', 'PresentTense', 'Infinitive', 'Gerund', 'Modal', 'Copula', 'Auxiliary', 'PhrasalVerb', 'Verb']);
const INITIAL_STOPWORDS = new Set(['the', 'and', 'for', 'but', 'with', 'from', 'that', 'this', 'was', 'were', 'are', 'has', 'had', 'have', 'its', 'his', 'her', 'their', 'which', 'who', 'not', 'any']);

const SMALL_LETTERS = /^\p{Ll}+$/u;
const SMALL_LETTER_RUN = /\p{Ll}{3,}/gu;
const WORD_GAP = /^[ \t-]+$/;
const LETTER_BEFORE = /[\p{L}\p{N}-]$/u;
const LETTER_AFTER = /^[\p{L}\p{N}]/u;
/** The runs of three small letters or more of the last text acronymOfCommonPhrase() read. */
let runsText: string | undefined;
let runs: { start: number; end: number; first: string }[] = [];

/**
 * What text.matchAll() gives for acronymOfCommonPhrase()'s regex of these small letters: a word of each letter (a whole run of
 * small letters, three or more), joined by spaces, tabs or hyphens; none glued to a letter, digit or hyphen before, nor a letter
 * or digit after. Leftmost first, none overlapping, as a global regex finds them.
 */
function phrasesSpelling(text: string, letters: readonly string[]): [string][] {
  if (runsText !== text) {
    runs = [...text.matchAll(SMALL_LETTER_RUN)].map((m) => ({ start: m.index!, end: m.index! + m[0].length, first: String.fromCodePoint(m[0].codePointAt(0)!) }));
    runsText = text;
  }
  const out: [string][] = [];
  for (let k = 0; k + letters.length <= runs.length; k++) {
    const first = runs[k]!;
    if (first.first !== letters[0] || LETTER_BEFORE.test(text.slice(Math.max(0, first.start - 2), first.start))) continue;
    let i = 1;
    while (i < letters.length && runs[k + i]!.first === letters[i] && WORD_GAP.test(text.slice(runs[k + i - 1]!.end, runs[k + i]!.start))) i++;
    const last = runs[k + letters.length - 1]!;
    if (i < letters.length || LETTER_AFTER.test(text.slice(last.end, last.end + 2))) continue;
    out.push([text.slice(first.start, last.end)]);
    k += letters.length - 1;
  }
  return out;
}

/**
 * True when the text writes a lower-case phrase whose words' initials spell an acronym: 'liquefied natural gas' for 'LNG'. The
 * acronym then abbreviates a common noun (a commodity, a technique), no name. Words of three letters or more, no function word.
 */
function acronymOfCommonPhrase(text: string, acronym: string): boolean {
  const letters = acronym.toLowerCase();
  // The matches of the regex below, found without compiling it (a regex per acronym costs milliseconds to compile).
  const phrases = SMALL_LETTERS.test(letters) ? phrasesSpelling(text, [...letters]) : undefined;
  const re = () => new RegExp(`(?<![\\p{L}\\p{N}-])${[...letters].map((l) => `${l}\\p{Ll}{2,}`).join('[ \\t-]+')}(?![\\p{L}\\p{N}])`, 'gu');
  for (const m of phrases ?? text.matchAll(re())) {
    const words = m[0].split(/[ \t-]+/);
    // Not a clause that happens to spell it ('minister said convoys' for 'MSC'): no verb after the phrase's first word.
    if (!words.some((w, i) => INITIAL_STOPWORDS.has(w) || (i > 0 && lexiconTags(w).some((t) => VERB_TAGS.has(t))))) return true;
  }
  return false;
}

/**
 * 'Corsican waters' when the article names 'Corsica': a one-word adjective in '-an' made from a place the article names and the gazetteer
 * knows ('Corsica' + 'n', 'Sicily' for 'Sicilian', 'Tuscany' for 'Tuscan'), before a lower-case noun, is that place's adjective.
 */
function adjectiveOfNamedPlace(text: string, word: string): boolean {
  if (!/^\p{Lu}\p{Ll}{3,}an$/u.test(word) || lookupGazetteer(word)) return false;
  const stems = [word.slice(0, -1), `${word.slice(0, -3)}y`, `${word.slice(0, -2)}y`, `${word.slice(0, -2)}o`, `${word.slice(0, -2)}onia`];
  return stems.some((p) => p.length >= 4 && lookupGazetteer(p)?.kind === 'PLACE' && placeWordRe(p).test(text));
}
/** `(?<!\p{L})<place>(?!\p{L})` by place, built once each. */
const PLACE_WORD_RES = new Map<string, RegExp>();
function placeWordRe(p: string): RegExp {
  let re = PLACE_WORD_RES.get(p);
  if (!re) {
    if (PLACE_WORD_RES.size >= 2000) PLACE_WORD_RES.clear();
    PLACE_WORD_RES.set(p, (re = new RegExp(`(?<![\\p{L}])${p}(?![\\p{L}])`, 'u')));
  }
  return re;
}

/**
 * True when a group no table knows names no entity: a programme's name ('its Global Gateway programme'), a prize or race won in
 * a sports report ('won the Hawaiki Nui Va'a'), a language ('chanted in Cantonese'), a compass word and a region's adjective
 * before a noun ('the Central African regional stock exchange'). Every mention must read so; a firm cue or a table keeps it.
 */
function namesNoEntity(g: MentionGroup, text: string): boolean {
  // 'Lusaka All Share Index (LASI)': a stock or price index, maybe with its acronym, is no entity.
  if (g.mentions.some((m) => m.length >= 2 && INDEX_WORD_END.test(m.surface)) && g.mentions.every((m) => !m.id && ((INDEX_WORD_END.test(m.surface) && m.evidence !== 'known') || m.acronym || /^\p{Lu}{2,6}$/u.test(m.surface)))) return true;
  if (g.mentions.some((m) => m.id || m.acronym)) return false;
  const unsure = g.mentions.every((m) => m.evidence !== 'known' && (m.evidence !== 'cue' || m.weak));
  if (g.mentions.every((m) => m.length >= 2 && PROGRAMME_NOUNS.test(text.slice(m.end, m.end + 16))) && unsure) return true;
  if (unsure && g.mentions.every((m) => m.length >= 2 && m.kind !== 'PERSON' && WON_THE_BEFORE.test(text.slice(Math.max(0, m.start - 20), m.start)) && WON_THE_AFTER.test(text.slice(m.end, m.end + 12)))) return true;
  if (g.mentions.every((m) => m.length === 1 && LANGUAGE_ADJECTIVE.test(m.surface) && m.kind !== 'PERSON' && m.evidence !== 'known')) return true;
  // 'learn in Inuktut' (read as a place) when the article also writes 'Inuktut-speaking teachers': a language, no entity.
  const word = g.mentions[0]!.surface;
  if (g.mentions.every((m) => m.length === 1 && m.surface === word && m.kind !== 'PERSON' && m.evidence !== 'known') && /^\p{Lu}\p{Ll}+$/u.test(word) && usedAsLanguage(text, word)) return true;
  // 'cannot write a page in Velmari' (read as a place) when the article also writes 'the Velmari script': a writing system
  // (round 31b).
  if (g.mentions.every((m) => m.length === 1 && m.surface === word && m.kind !== 'PERSON' && m.evidence !== 'known') && /^\p{Lu}\p{Ll}+$/u.test(word) && namedAsScript(text, word)) return true;
  if (g.mentions.every((m) => m.length === 2 && regionalAdjective(m.surface) && LOWER_WORD_AFTER.test(text.slice(m.end, m.end + 3)))) return true;
  // 'the Vanuatuan people' when the article also writes 'all Vanuatuans': a people's adjective (its plural names the people), no place.
  if (/^\p{Lu}\p{Ll}{3,}(?:ean|ian|an|ese|ish|i)$/u.test(word) && g.mentions.every((m) => m.length === 1 && m.surface === word && m.kind !== 'PERSON' && m.evidence !== 'known') && pluralWritten(text, word)) return true;
  // 'the Banu Sahm tribe', 'the Abgaal clan': a tribe or clan is a kin group (like a family), no entity.
  if (g.mentions.every((m) => KIN_GROUP_AFTER.test(text.slice(m.end, m.end + 10)))) return true;
  // 'the trawler, the Stella Maris,', 'the patrol craft HMS Tern': a vessel is no entity (nor the person its name honours).
  if (g.mentions.every((m) => SHIP_PREFIX.test(m.surface) || VESSEL_BEFORE.test(text.slice(Math.max(0, m.start - 24), m.start)))) return true;
  if (unsure && g.mentions.every((m) => m.kind !== 'PERSON')) {
    // '"Champa Kampot"', '“Blue Moon”': a name standing alone in quotation marks is a work's title (a song, book or film), no entity.
    if (g.mentions.every((m) => OPEN_QUOTE.test(text[m.start - 1] ?? '') && CLOSE_QUOTE.test(text[m.end] ?? ''))) return true;
    // 'the Angkor Songkran festival', 'the Lumo marathon': an event's noun after the name.
    if (g.mentions.every((m) => m.length >= 2 && EVENT_NOUNS_AFTER.test(text.slice(m.end, m.end + 16)))) return true;
    // 'Hepatitis E', 'Cholera Outbreak': an illness's name.
    if (g.mentions.every((m) => m.length >= 2 && DISEASE_WORDS.has(foldSurface(m.surface.split(/\s+/)[0]!)))) return true;
  }
  if (unsure) {
    // '30th Ariane 6 rocket': a run opened by an ordinal and no organisation or place word is a count of things, no name.
    if (g.mentions.every((m) => ORDINAL_OPENING.test(m.surface))) return true;
    // 'Frontiers in Marine Science', 'Lecturer in Coastal Remote Sensing': a field of study after 'in' is a subject's name cut from a
    // journal's or post's title, no entity of its own.
    if (g.mentions.every((m) => FIELD_WORDS.has(foldSurface(m.surface.split(/\s+/).pop()!)) && IN_BEFORE.test(text.slice(Math.max(0, m.start - 4), m.start)))) return true;
  }
  // 'Posidonia oceanica': a genus before its lower-case species epithet names a species (a plant, an animal, a microbe), no place.
  if (g.mentions.every((m) => m.length === 1 && m.evidence !== 'known') && g.mentions.some((m) => m.kind) && g.mentions.every((m) => SPECIES_EPITHET_AFTER.test(text.slice(m.end, m.end + 24)) && !isCommonWord(SPECIES_EPITHET_AFTER.exec(text.slice(m.end, m.end + 24))![1]!))) return true;
  // 'LNG' when the article writes 'liquefied natural gas': the acronym of a common noun phrase, no organisation.
  if (/^\p{Lu}{3,5}$/u.test(word) && g.mentions.every((m) => m.length === 1 && m.surface === word) && acronymOfCommonPhrase(text, word)) return true;
  // 'in Corsican waters', 'the Sicilian coast' where the article names the island: the place's adjective, no place of its own.
  if (g.mentions.every((m) => m.length === 1 && m.surface === word && m.evidence !== 'known' && LOWER_WORD_AFTER.test(text.slice(m.end, m.end + 3))) && adjectiveOfNamedPlace(text, word)) return true;
  // 'KSh 1,240', 'Rs 6.5 billion' (and '(KSh)' in a note): a short word written before amounts at least twice is a currency's sign, no entity.
  if (word.length <= 4 && g.mentions.every((m) => m.length === 1 && m.surface === word && m.evidence !== 'known' && (AMOUNT_AFTER.test(text.slice(m.end, m.end + 16)) || (text[m.start - 1] === '(' && text[m.end] === ')'))) && writtenBeforeAmounts(text, word) >= 2) return true;
  // 'in Year 7', 'Grade 4', 'Level 3': an ordinary word before a number labels a class or level, no entity.
  if (isCommonWord(word) && g.mentions.every((m) => m.length === 1 && m.surface === word && m.evidence !== 'known' && NUMBER_AFTER.test(text.slice(m.end, m.end + 5)))) return true;
  return false;
}

/**
 * '4. Moorea Hoe Club (Moorea) 7h52m20s': a one-word mention read as a place, in brackets right after its organisation's full name,
 * is the place the organisation is named after, no short form of it; it leaves the organisation's group for a place's own.
 */
function splitBracketedHomes(groups: MentionGroup[], text: string): MentionGroup[] {
  const out: MentionGroup[] = [];
  for (const g of groups) {
    out.push(g);
    if (g.kind !== 'ORGANIZATION' || g.mentions.some((m) => m.id)) continue;
    const homes = g.mentions.filter((m) => m.length === 1 && m.kind === 'PLACE' && text[m.start - 1] === '(' && text[m.end] === ')' && g.mentions.some((o) => o !== m && o.length >= 2 && o.end <= m.start - 1 && /^[ \t]*$/.test(text.slice(o.end, m.start - 1)) && o.surface.startsWith(`${m.surface} `)));
    if (homes.length === 0) continue;
    g.mentions = g.mentions.filter((m) => !homes.includes(m));
    const place: MentionGroup = { kind: 'PLACE', mentions: homes, keys: new Set(homes.map((m) => foldSurface(m.surface))) };
    // Another group of that place's name (the same word elsewhere) takes them in.
    const same = groups.find((o) => o !== g && o.kind === 'PLACE' && o.keys.has(foldSurface(homes[0]!.surface)));
    if (same) same.mentions.push(...homes), same.mentions.sort((a, b) => a.start - b.start);
    else out.push(place);
  }
  return out.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
}

/**
 * 'SANDYS, Wednesday night' (a police log's entry head) and 'in Sandys': a word in capitals that the article also writes in normal case is
 * the same name set in capitals, no acronym; the kind the acronym reading gave it yields to its other mentions' (and the votes of their
 * surroundings).
 */
function settleCapitalsHeading(g: MentionGroup, text: string): void {
  if (g.mentions.some((m) => m.id)) return;
  const caps = g.mentions.filter((m) => m.length === 1 && /^\p{Lu}{4,}$/u.test(m.surface));
  if (caps.length === 0 || caps.length === g.mentions.length) return;
  const rest = g.mentions.filter((m) => !caps.includes(m));
  if (!rest.every((m) => m.surface.toUpperCase() === caps[0]!.surface && m.surface !== caps[0]!.surface)) return;
  if (!caps.every((m) => m.kind === g.kind) || rest.some((m) => m.kind === g.kind && m.evidence !== 'guess' && !m.weak)) return;
  const firm = new Set(rest.filter((m) => m.kind && m.evidence !== 'guess' && !m.weak).map((m) => m.kind!));
  const kind = firm.size === 1 ? [...firm][0]! : firm.size === 0 ? (kindFromDocument(text, rest) ?? rest.find((m) => m.kind)?.kind) : undefined;
  if (kind && kind !== g.kind) setKind(g, kind);
}

/**
 * 'KOROR —' (a dateline in capitals, read as an acronym) when the article also writes 'in Koror': a group whose every mention is one
 * word in capitals takes the kind of the one-word mentions that write the same word in normal case, wherever they were grouped.
 */
function settleCapitalsAlone(groups: MentionGroup[]): void {
  let byUpper: Map<string, Set<MentionGroup['kind']>> | undefined;
  for (const g of groups) {
    const caps = g.mentions[0]!.surface;
    if (g.mentions.some((m) => m.id || m.length !== 1 || m.surface !== caps) || !/^\p{Lu}{4,}$/u.test(caps)) continue;
    if (!byUpper) {
      byUpper = new Map();
      for (const o of groups) for (const m of o.mentions) if (m.length === 1 && m.kind && /^\p{Lu}\p{Ll}+$/u.test(m.surface)) byUpper.set(m.surface.toUpperCase(), (byUpper.get(m.surface.toUpperCase()) ?? new Set()).add(m.kind));
    }
    const kinds = byUpper.get(caps);
    if (kinds?.size === 1 && !kinds.has(g.kind)) setKind(g, [...kinds][0]!);
  }
}

/** '(AE)' after 'Andorra Endavant': a two-letter country code in brackets right after a longer name of its own group is that name's acronym. */
function dropBracketedCodes(g: MentionGroup, text: string): void {
  const bracketed = g.mentions.filter((m) => m.id && m.length === 1 && text[m.start - 1] === '(' && text[m.end] === ')' && lookupGazetteer(m.surface)?.codeOnly);
  if (bracketed.length === 0) return;
  const named = g.mentions.filter((m) => !m.id && m.length >= 2 && m.kind && m.kind !== 'PLACE');
  // Every mention a table names is that code ('AE 2–3' in a table later too).
  const codes = g.mentions.filter((m) => m.id && m.surface === bracketed[0]!.surface);
  if (named.length === 0 || g.mentions.some((m) => m.id && !codes.includes(m))) return;
  // Only an acronym of the name before it: 'Andorra Endavant (AE)'.
  if (!bracketed.some((c) => named.some((n) => /^[ \t]*\($/.test(text.slice(n.end, c.start)) && n.surface.split(/\s+/).map((w) => w[0]).join('') === c.surface))) return;
  setKind(g, named[0]!.kind!);
  g.mentions = g.mentions.map((m) => (codes.includes(m) ? { ...m, id: undefined } : m));
}

/**
 * "Concòrdia's spokesman" where the gazetteer knows a town Concordia: a group only a town's entry names, with no place cue around any
 * mention and an organisation's cue around one ('X's spokesman', 'X shares'), is an organisation of that name.
 */
function townNamedOrganisation(g: MentionGroup, text: string): boolean {
  if (g.kind !== 'PLACE' || !g.mentions.every((m) => m.id?.startsWith('city:') && m.length === 1)) return false;
  if (g.mentions.some((m) => TOWN_PREPOSITION_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start)))) return false;
  // 'told NAMPA': a town's name in capitals that someone tells is a news agency's acronym (towns are not told things).
  const told = (m: MentionGroup['mentions'][number]) => /^\p{Lu}{3,}$/u.test(m.surface) && TOLD_BEFORE.test(text.slice(Math.max(0, m.start - 8), m.start)) && TOLD_WHAT_AFTER.test(text.slice(m.end, m.end + 12));
  return g.mentions.some((m) => SPOKESPERSON_AFTER.test(text.slice(m.end, m.end + 16)) || told(m)) && documentVotes(text, g.mentions).PLACE === 0;
}
/** 'told' right before a name. */
const TOLD_BEFORE = /\btold[ \t]+$/;
/** What follows the one told: punctuation or a clause ('told X that', 'told X on Monday'), not a noun the name modifies ('told X police'). */
const TOLD_WHAT_AFTER = /^(?:[ \t]*[,.;:]|[ \t]+(?:that|on|in|at|after|before|when|it|he|she|they|we|the|a|an|its|his|her|their|there|this|last|earlier|late)\b)/;
/** A place preposition before a town's name: 'in Manila', 'near X', 'from X'. */
const TOWN_PREPOSITION_BEFORE = /\b(?:in|near|from|outside|around|across|at|to|of)[ \t]+$/;
/** A spokesperson after a possessive: "Concòrdia's spokesman" (towns have mayors and councils speak for them). */
const SPOKESPERSON_AFTER = /^['’]s[ \t]+spokes(?:man|woman|person)\b/;

/** Lower-case titles of a member for an electorate: 'the MLA for Amittuq', 'MP for X' (folded, 'for' dropped). */
const ELECTORATE_TITLES = /(?:^|[^\p{L}])(?:member|members|mp|mps|mla|mlas|mpp|msp|mna|td|senator|representative)[ \t]+for[ \t]+$/iu;

/** True when the article names a one-word group as a member's electorate: 'The MLA for Amittuq' (the title took the name in). */
function namedAsElectorate(g: MentionGroup, text: string): boolean {
  const word = g.mentions[0]!.surface;
  if (g.kind === 'PLACE' || g.mentions.some((m) => m.id || m.length !== 1 || m.surface !== word || m.evidence === 'known')) return false;
  for (let at = text.indexOf(` for ${word}`); at >= 0; at = text.indexOf(` for ${word}`, at + 1)) {
    if (/[\p{L}\p{N}]/u.test(text[at + word.length + 5] ?? '')) continue;
    if (ELECTORATE_TITLES.test(text.slice(Math.max(0, at - 20), at + 5))) return true;
  }
  return false;
}

/**
 * A group's kind after grouping: the kind its firm evidence agrees on. Grouping ranks a full
 * name read as a person ahead of everything, even when only 'X said' made it one; when every
 * mention with a firm cue or table entry says otherwise ('lithium producer X', 'Shares of X'),
 * that kind wins. Groups a gazetteer id names, or whose firm mentions disagree, keep their kind.
 * Then an organisation named once with its legal form before or after ('Nordvik Batteri AS',
 * 'PT Sejuk Logistik Nusantara') takes in the groups of its leading words without it ('Nordvik
 * Batteri', 'Sejuk Logistik', 'Sejuk'). Returns the groups left.
 */
export function settleGroupKinds(groups: MentionGroup[], text = ''): MentionGroup[] {
  groups = groups.filter((g) => !namesNoEntity(g, text));
  groups = splitBracketedHomes(groups, text);
  for (const g of groups) settleCapitalsHeading(g, text);
  settleCapitalsAlone(groups);
  for (const g of groups) dropBracketedCodes(g, text);
  for (const g of groups) if (townNamedOrganisation(g, text)) setKind(g, 'ORGANIZATION');
  for (const g of groups) if (namedAsElectorate(g, text)) setKind(g, 'PLACE');
  for (const g of groups) if (g.kind !== 'ORGANIZATION' && clubInPlayerBrackets(g, text)) setKind(g, 'ORGANIZATION');
  let sports: boolean | undefined;
  for (const g of groups) if (g.kind !== 'ORGANIZATION' && clubAfterPlayerLine(g, text) && (sports ??= isSportsReport(text))) setKind(g, 'ORGANIZATION');
  // 'in a post on X': a platform a cue found under its new name takes the media list's id of its former one.
  for (const g of groups) {
    const former = g.kind === 'ORGANIZATION' && g.mentions.every((m) => !m.id && m.surface === g.mentions[0]!.surface) ? RENAMED_PLATFORMS.get(g.mentions[0]!.surface) : undefined;
    const id = former ? lookupGazetteer(former)?.id : undefined;
    if (id) g.mentions = g.mentions.map((m) => ({ ...m, id }));
  }
  for (const g of groups) {
    if (g.mentions.some((m) => m.id)) continue;
    if (g.kind === 'ORGANIZATION' && regionBeforeItsPost(g, text)) {
      g.kind = 'PLACE';
      continue;
    }
    const firm = new Set(g.mentions.filter((m) => m.kind && !m.weak && (m.evidence === 'known' || m.evidence === 'cue')).map((m) => m.kind!));
    if (firm.size > 1) {
      // A one-word name whose cues disagree ('as Kangerlussuaq era ends' reads a person,
      // 'Kangerlussuaq, a settlement' a place): the kind most mentions vote for wins, a cue
      // counting twice a guess. Longer names keep their kind: their own words decide.
      if (g.mentions.some((m) => m.length !== 1)) continue;
      const votes = new Map<MentionGroup['kind'], number>();
      for (const m of g.mentions) if (m.kind && !m.weak) votes.set(m.kind, (votes.get(m.kind) ?? 0) + (m.evidence === 'guess' ? 1 : 2));
      const [best, second] = [...votes].sort((x, y) => y[1] - x[1]);
      if (best && (!second || best[1] > second[1])) g.kind = best[0];
      continue;
    }
    if (firm.size !== 1) continue;
    const [kind] = firm;
    if (kind === g.kind) continue;
    // Only when the current kind rests on weak or guessed mentions alone.
    if (g.mentions.some((m) => m.kind === g.kind && !m.weak && m.evidence !== 'guess')) continue;
    g.kind = kind!;
  }
  const gone = new Set<MentionGroup>();
  for (const g of groups) {
    if (g.kind !== 'ORGANIZATION') continue;
    const words = longest(g).split(/\s+/);
    let from = 0;
    let cut = words.length;
    while (cut > 1 && writtenLegalForm(words[cut - 1]!)) cut--;
    while (from < cut - 1 && LEGAL_FORM_BEFORE.test(words[from]!)) from++;
    if ((cut === words.length && from === 0) || cut - from < 1) continue;
    const bare = words.slice(from, cut).join(' ');
    // 'Valseriana' for 'Rettifiche Valseriana S.p.A.': the word before the legal form, when no table knows it, is a short form too.
    const lastWord = cut - from >= 2 ? words[cut - 1]! : undefined;
    const shortForm = lastWord !== undefined && /^\p{Lu}\p{Ll}{3,}$/u.test(lastWord) && !isCommonWord(lastWord) && !lookupGazetteer(lastWord) ? lastWord : undefined;
    const ownPrefix = (surface: string) => surface === bare || bare.startsWith(`${surface} `) || surface === shortForm;
    for (const other of groups) {
      if (other === g || gone.has(other) || other.mentions.some((m) => m.id) || other.kind === 'PLACE') continue;
      if (!other.mentions.every((m) => ownPrefix(m.surface))) continue;
      // A name written once with its legal form takes in its leading words: 'Nordvik Batteri'
      // for 'Nordvik Batteri AS', 'Sejuk Logistik' for 'PT Sejuk Logistik Nusantara'; a group
      // a firm cue makes a person stays apart.
      if (other.kind === 'PERSON' && other.mentions.some((m) => m.kind === 'PERSON' && !m.weak && (m.evidence === 'known' || m.evidence === 'cue'))) continue;
      g.mentions.push(...other.mentions);
      for (const k of other.keys) g.keys.add(k);
      gone.add(other);
    }
    g.mentions.sort((a, b) => a.start - b.start);
  }
  // 'Körfez' for 'İzmir Körfez Basket': a club named by its town, a word no lexicon knows and an
  // organisation word goes by that middle word; its groups join the club, unless the town is meant ('in Körfez').
  for (const g of groups) {
    if (gone.has(g) || g.kind !== 'ORGANIZATION' || g.mentions.some((m) => m.id)) continue;
    const words = longest(g).split(/\s+/);
    if (words.length !== 3 || !lookupGazetteer(words[0]!)?.id.startsWith('city:') || isCommonWord(words[1]!) || !/^\p{Lu}\p{Ll}/u.test(words[1]!)) continue;
    for (const other of groups) {
      if (other === g || gone.has(other) || other.kind === 'PERSON') continue;
      if (!other.mentions.every((m) => m.surface === words[1] && (!m.id || (m.id.startsWith('city:') && !PLACE_PREPOSITION.test(text.slice(Math.max(0, m.start - 12), m.start)))))) continue;
      g.mentions.push(...other.mentions.map((m) => ({ ...m, id: undefined, kind: 'ORGANIZATION' as const })));
      for (const k of other.keys) g.keys.add(k);
      gone.add(other);
    }
    g.mentions.sort((a, b) => a.start - b.start);
  }
  // 'KÍ' before 'KÍ Klaksvík': a one-word organisation no table knows, named before the fuller name it opens, joins that
  // organisation when exactly one opens with it (grouping met the short form first).
  for (const g of groups) {
    if (gone.has(g) || g.kind !== 'ORGANIZATION' || g.mentions.some((m) => m.id || m.length !== 1 || /\s/.test(m.surface))) continue;
    const word = g.mentions[0]!.surface;
    // Not an acronym the article gives in brackets for another name: '... geležinkeliai (LTG)' before 'LTG Infra'.
    if (!g.mentions.every((m) => m.surface === word) || text.includes(`(${word})`)) continue;
    // Not a place before an administrative level ('Sindh' of 'Sindh Provincial Disaster Management Authority'), nor a parent
    // body before a unit noun ('Carabinieri' of 'Carabinieri Command for the Protection of Cultural Heritage').
    const fuller = groups.filter((o) => o !== g && !gone.has(o) && o.kind === 'ORGANIZATION' && !o.mentions.some((m) => m.id) && longest(o).startsWith(`${word} `) && !ADMINISTRATIVE_LEVELS.has(foldSurface(longest(o).split(/\s+/)[1] ?? '')) && !UNIT_NOUNS.has(foldSurface(longest(o).split(/\s+/)[1] ?? '')));
    if (fuller.length !== 1) continue;
    const into = fuller[0]!;
    into.mentions.push(...g.mentions);
    for (const k of g.keys) into.keys.add(k);
    into.mentions.sort((a, b) => a.start - b.start);
    gone.add(g);
  }
  // "Teva Nui's head coach" after 'Teva Nui Paddling Club': an organisation of two or three words no table knows, only guessed, is the
  // short form of the one organisation whose name opens with those words and ends in an organisation word.
  for (const g of groups) {
    if (gone.has(g) || g.kind !== 'ORGANIZATION' || g.mentions.some((m) => m.id || m.evidence === 'known' || (m.evidence === 'cue' && !m.weak))) continue;
    const surface = g.mentions[0]!.surface;
    const words = surface.split(/\s+/);
    if (words.length < 2 || words.length > 3 || !g.mentions.every((m) => m.surface === surface) || words.some((w) => vocab().orgSuffix(foldSurface(w)))) continue;
    const fuller = groups.filter((o) => o !== g && !gone.has(o) && o.kind === 'ORGANIZATION' && !o.mentions.some((m) => m.id) && longest(o).startsWith(`${surface} `) && vocab().orgSuffix(foldSurface(longest(o).split(/\s+/).pop()!)));
    if (fuller.length !== 1) continue;
    const into = fuller[0]!;
    into.mentions.push(...g.mentions.map((m) => ({ ...m, kind: 'ORGANIZATION' as const })));
    for (const k of g.keys) into.keys.add(k);
    into.mentions.sort((a, b) => a.start - b.start);
    gone.add(g);
  }
  // 'the Bondsteel helipad' after 'Camp Bondsteel', 'Kenyatta' after 'Mount Kenyatta': a one-word place no table knows is the short form
  // of the one place named by a head-first place word ('Camp', 'Mount', 'Lake') and that word.
  const headFirst = new Map<string, MentionGroup[]>();
  for (const g of groups) {
    if (gone.has(g) || g.kind !== 'PLACE' || g.mentions.some((m) => m.id)) continue;
    const words = longest(g).split(/\s+/);
    if (words.length === 2 && vocab().placeHeads.has(foldSurface(words[0]!)) && /^\p{Lu}\p{Ll}/u.test(words[1]!)) headFirst.set(words[1]!, [...(headFirst.get(words[1]!) ?? []), g]);
  }
  for (const g of groups) {
    if (gone.has(g) || g.kind !== 'PLACE' || g.mentions.some((m) => m.id || m.length !== 1)) continue;
    const into = headFirst.get(g.mentions[0]!.surface);
    if (into?.length !== 1 || into[0] === g || !g.mentions.every((m) => m.surface === g.mentions[0]!.surface)) continue;
    into[0]!.mentions.push(...g.mentions);
    for (const k of g.keys) into[0]!.keys.add(k);
    into[0]!.mentions.sort((a, b) => a.start - b.start);
    gone.add(g);
  }
  return groups.filter((g) => !gone.has(g));
}

/** A possessive, then a government's post: "X's Minister of Energy", "X's governor", "X's Ministry of Health" (round 32b). */
const POSSESSIVE_BEFORE_POST = /^['’]s?[ \t]+(?:(?:acting|deputy|former|new|provincial|regional|state)[ \t]+)?(?:[Mm]inist(?:er|ry)|[Gg]overnor|[Pp]remier)\b/;

/**
 * "Chubut's Minister of Energy ... arrived in Chubut": a one-word name no table knows, whose only firm organisation's
 * evidence is its possessive before a minister's, ministry's, governor's or premier's post, and which the article also
 * reads as a place, is the region (the post is its government's), not an organisation (round 32b).
 */
function regionBeforeItsPost(g: MentionGroup, text: string): boolean {
  let post = 0;
  let place = 0;
  for (const m of g.mentions) {
    if (m.length !== 1 || /\s/.test(m.surface)) return false;
    if (m.kind === 'PLACE' && !m.weak) place++;
    else if (m.kind === 'ORGANIZATION' && POSSESSIVE_BEFORE_POST.test(text.slice(m.end, m.end + 24))) post++;
    else if (m.kind !== undefined && !m.weak && m.evidence !== 'guess') return false;
  }
  return post > 0 && place > 0;
}

/** True when the text writes `word` right before a writing system's noun: 'the Velmari script' (round 31b). */
function namedAsScript(text: string, word: string): boolean {
  for (let at = text.indexOf(`${word} `); at >= 0; at = text.indexOf(`${word} `, at + 1)) {
    if (/[\p{L}]/u.test(text[at - 1] ?? '')) continue;
    const next = /^[\p{Ll}]+/u.exec(text.slice(at + word.length + 1, at + word.length + 14))?.[0];
    if (next && WRITING_SYSTEM_NOUNS.has(next)) return true;
  }
  return false;
}
