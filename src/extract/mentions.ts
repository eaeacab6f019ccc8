import type { EntityKind, Span } from './types';
import type { Sentence } from './sentences';
import { tokenize, type Token } from './tokens';
import { foldSurface } from './fold';
import { isCommonWord, isDependentTerritory, lookupDemonym, lookupGazetteer } from './gazetteer';
import { lexiconTags } from './lexicon';
import { isDateWord, isFirstName } from './names';
import { phraseAt, phraseEndingAt } from './phrase';
import { SPEECH_VERBS } from './speech';
import { isLegalForm, titlesOpeningWith, vocab } from './vocabulary';
import { isRankOnly } from './roles-rank';
import { isTitleAbbreviation } from './abbreviation';
import { findNameRuns, MINISTRY_HEADS, NAME_ABBREVIATIONS, PATRONYMIC_CONNECTORS, POST_NOMINAL_STYLES, splitCompound, SPLITTING } from './name-runs';
import { lowerAt, surfaceOf, writtenInLowerCase, type Evidence, type NameContext } from './name-context';
import { kindFromCues, personWithLandformSurname, placesBeforeUnits } from './kind-from-cues';
import { kindFromWords, surnameUsedAlone, unknownPersonShape } from './kind-from-words';
import { isAcronymName } from './acronym-name';
import { isFunctionWord, isInitial, isOrdinaryWord } from './opening-word';
import { DISEASE_ACRONYMS, DISEASE_HEADS, ERAS, FIELD_NOUNS, FIELD_PEOPLE_PLURALS, GENERIC_ADMIN_UNITS, LANGUAGE_NAMES, PERSON_NOUNS, RACE_OPENERS, RACE_PARTICLE, SCRIPTURES, TEXT_PARTS, THING_ACRONYMS, UNIT_ABBREVIATIONS, UNIT_NAMES, WRITING_SYSTEM_NOUNS } from './entity-words';
import { ON_HEADS, CLIMATE_EVENTS, FUNDING_ROUND, LEGISLATURE_NAMES, CLUB_CUES_BEFORE, INSTITUTION_HEADS, COMPETITION_CUES_AFTER, COMPETITION_LEAGUE_WORDS, LAW_HEADS, SPORTS_WORDS, STORM_OPENERS, TEAM_CUES_AFTER, TEAM_CUES_BEFORE, TIME_ZONES, TOWN_CLUB_HEADS } from './entity-words';
import { curated } from './curated';

/** What stands between two names of a list: a comma, 'and', 'or'. */
const LIST_GAP = /^(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$/;
/** A capitalised name and a comma right before a run: the run goes on a list ('Lyari, '). */
const LIST_ITEM_BEFORE = /(\p{Lu}[\p{L}'’-]*),[ \t]+$/u;
/** True when the text before a run ends with a list's earlier name (no common word) and a comma. */
function listItemBefore(before: string): boolean {
  const word = LIST_ITEM_BEFORE.exec(before)?.[1];
  return word !== undefined && !commonOrPlural(word);
}
/** A common word, or the plural of one: 'Agriculture', 'Practitioners'. */
function commonOrPlural(word: string): boolean {
  return isCommonWord(word) || (/s$/.test(word) && isCommonWord(word.slice(0, -1))) || PORTFOLIO_NOUN.test(word.toLowerCase());
}
/** After the list's later name: another comma, 'and' or 'or' before a capital. */
const LIST_GOES_ON = /^(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:the\s+)?\p{Lu}/u;

/** Between a name and its capitalised appositive: ', the '. */
const APPOSITIVE_THE = /^,[ \t]+the[ \t]+$/;
/** The appositive ends the clause or is closed by a comma. */
const APPOSITIVE_END = /^(?:[,.;:)]|$)/;

/** A product's or model's code: 'R21', 'A320', 'F-16' (a known one, 'G20', is in the gazetteer). */
const PRODUCT_CODE = /^\p{Lu}{1,3}-?\d+\p{Lu}?$/u;
/** Lexicon tags of a word after a code that show the code is no modifier ('told TV8 before the match'). */
const FUNCTION_OR_VERB = /Preposition|Conjunction|Determiner|Tense|Verb|Infinitive|Adverb|Copula|Modal|Pronoun/;
/**
 * Endings of a portfolio's abstract nouns, which no given or family name has: 'Irrigation', 'Development', 'Finance';
 * and the plural nouns that name portfolios whole: 'Maritime Affairs', 'Public Works', 'Natural Resources'.
 */
const PORTFOLIO_NOUN = /(?:tion|sion|ment|ance|ence|ity|ure|ics|ism|ship|ies|ing)$|^(?:[Aa]ffairs|[Ww]orks|[Rr]esources|[Rr]elations)$/;
/** One portfolio noun before a title: 'Infrastructure', 'Irrigation', 'Development' (not '-ing', which towns end in: 'Ealing'). */
const PORTFOLIO_TITLE_WORD = /^\p{Lu}\p{Ll}+(?:tion|sion|ment|ure|ance|ence|ity|ics)$/u;
/** Portfolios whose names the endings above miss: 'Revenue Minister', 'Tourism Secretary', 'Fisheries Minister', 'Languages Commissioner'. */
const PORTFOLIO_WORDS: ReadonlySet<string> = new Set(['Revenue', 'Tourism', 'Fisheries', 'Forestry', 'Mines', 'Lands', 'Petroleum', 'Labour', 'Labor', 'Defence', 'Defense', 'Commerce', 'Trade', 'Housing', 'Youth', 'Sports', 'Works', 'Interior', 'Treasury', 'Customs', 'Languages', 'Language', 'Privacy', 'Elections', 'Children', 'Veterans', 'Seniors', 'Women', 'Equality', 'Heritage', 'Ethics', 'Lobbying']);
/** A demonym glued to a lower-case word: 'European-gauge', 'Chinese-made'. */
const DEMONYM_COMPOUND = /^(\p{Lu}\p{Ll}+)-\p{Ll}+$/u;
/** Before a journal's name: 'published in', 'the journal', 'writing in'. */
const JOURNAL_BEFORE = /\b(?:published|appeared|appears|reported|writing|publishes)\s+(?:online\s+|(?:this|last)\s+(?:week|month|year)\s+|on\s+[A-Z][a-z]+\s+|today\s+|yesterday\s+)?in\s+(?:the\s+)?(?:journal\s+)?$|\bjournal\s+$/;
/** Designations after an organisation's acronym, which are no entities: 'UNESCO World Heritage Site'. Folded. */
const DESIGNATIONS = new Set(['world heritage site', 'world heritage sites', 'world heritage list', 'world heritage', 'heritage site']);
/** Lower-case nouns a designation describes: 'a World Heritage site', 'the World Heritage list'. */
const DESIGNATION_NOUNS = new Set(['site', 'sites', 'list', 'status', 'property', 'properties', 'area', 'listing', 'centre', 'center', 'committee']);
/** Capitalised common nouns that alone name no one: 'a Government that ...' (not 'Government of Belize', a longer run). */
const LONE_COMMON_HEADS = new Set(['Government', 'Governments', 'Company', 'Board', 'State', 'Opposition', 'House', 'Speaker', 'Chamber']);
/** A company's own bodies, capitalised by a release's house style: 'the Board of Directors' (no name of its own). */
const GENERIC_BODIES = new Set(['board of directors', 'board of management']);
/** An amount after a currency's two-letter abbreviation: 'KD 84.6 million', 'RM 12 million' (not 'UN 2030', a year). */
const AMOUNT_WITH_UNIT_AFTER = /^[ \u00a0]\d[\d,]*(?:\.\d+(?:[ \u00a0]*(?:million|billion|trillion|bn|m)\b)?|[ \u00a0]*(?:million|billion|trillion|bn|m)\b)/;
/** A number right before a name ('212,000 TEU', '3-2 OT', '40 MW'), not a year ('in 2019 UNESCO'). */
const NUMBER_BEFORE = /(?:^|[^\p{L}\d.,])(\d[\d,.]*)[ \u00a0]$/u;
/** Endings of patronymic and family names no organisation or place has: 'Jónsdóttir', 'Sigurðsson', 'Popescu', 'Papadopoulos'. */
/** A Gaelic or Irish family name: 'MacKinnon', 'MacFhionghain', 'McAllister', 'NicLeòid', 'NicIlleathain-Gillis'. */
const GAELIC_SURNAME = /^(?:Mac|Mc|Nic)\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)?$/u;
/** Last words of a page's labels, no names: 'Situation Report', 'Peer-Reviewed Publication', 'Article Publication Date' (folded). */
const DOCUMENT_LABEL_HEADS = new Set(['report', 'publication', 'date']);
/** Before a journal's name: 'published on 9 May in ', 'published today in the '. */
const PUBLISHED_IN_BEFORE = /\bpublished\b(?:[ \t]+(?:on|this|last|today|online|earlier)\b[^.,;:]{0,24}?)?[ \t]+in[ \t]+(?:the[ \t]+)?$/u;
const SURNAME_ENDING = /\p{Ll}(?:d[oó]ttir|sson|opoulos|escu|shvili|enko|oğlu)$/u;
/** Heads of honours named with 'of': 'Medal of Cultural Merit', 'Award of Excellence'. */
const HONOUR_HEADS = new Set(['Medal', 'Prize', 'Award', 'Decoration', 'Medals']);
/** A currency's abbreviation glued to an amount: 'Sh2' of 'Sh2,800', 'Rs450'. */
const GLUED_AMOUNT = /^\p{Lu}\p{Ll}{1,2}\d+$/u;
/** One word with a capital inside after lower-case letters: 'CooperAcción', 'EuBiologics'. */
const CAMEL_CASE = /^\p{Lu}\p{Ll}+\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}*)*$/u;
/** Surname prefixes that give a word an inner capital: 'McKenzie', 'MacArthur', 'DeSantis', 'LaGuardia', 'FitzGerald'. */
const SURNAME_PREFIX = /^(?:Mc|Mac|Fitz|De|Di|Da|Du|Le|La|Van|Von|Del|Della|Dos|Das|Ben|Abu|Al|El|St)\p{Lu}/u;

/** A place preposition before a country's possessive: "in Italy's Val Ridanna". */
const POSSESSOR_IN_PLACE = /\b(?:in|at|near|across|around|outside|inside)\s+$/;
/** Occupation compounds that describe a person before the name: 'Deckhand', 'Boatman', 'Shopkeeper', 'Goldsmith', 'Fishmonger'. */
/** Playing positions of team sports, written before a player's name at a sentence's start: 'Catcher', 'Goalkeeper', 'Striker'. */
const PLAYING_POSITIONS: ReadonlySet<string> = new Set(['Catcher', 'Pitcher', 'Shortstop', 'Outfielder', 'Infielder', 'Goalkeeper', 'Goalie', 'Striker', 'Midfielder', 'Defender', 'Winger', 'Fullback', 'Full-back', 'Quarterback', 'Linebacker', 'Flanker', 'Wicketkeeper', 'Wicket-keeper', 'Batsman', 'Batter', 'Bowler', 'Setter', 'Libero', 'Playmaker', 'Point-guard', 'Centre-back', 'Center-back', 'Scrum-half', 'Fly-half', 'Reliever', 'Closer']);
/** Agent nouns of professions, opening a sentence before a full name: 'Economist', 'Anthropologist', 'Physician', 'Photographer', 'Historian'. */
const PROFESSION_AGENT = /^\p{Lu}\p{Ll}{3,}(?:ist|ician|grapher|orian)$/u;
const OCCUPATION_COMPOUND = /^\p{Lu}\p{Ll}{2,}(?:hand|man|woman|keeper|worker|maker|smith|wright|herder|monger)$/u;
/** Nouns of natural features that an adjective names ('Red Sea', 'Great Lakes', 'Blue Mountains'); not zones or areas ('Blue Zone'). */
const NATURAL_FEATURES: ReadonlySet<string> = new Set(['sea', 'seas', 'ocean', 'lake', 'lakes', 'river', 'mountain', 'mountains', 'hills', 'valley', 'desert', 'gulf', 'bay', 'coast', 'strait', 'straits', 'peninsula', 'island', 'islands', 'forest', 'plateau', 'plains', 'range', 'falls', 'lagoon', 'sound', 'channel']);
/** Adjectives of quantity or sameness, which describe a place's noun rather than name it: 'Many Rivers', 'Other Islands'. */
const QUANTIFYING_ADJECTIVES: ReadonlySet<string> = new Set(['many', 'few', 'more', 'most', 'other', 'some', 'all', 'both', 'each', 'much', 'various', 'numerous', 'same', 'such', 'own', 'whole', 'several', 'certain', 'last', 'next', 'first', 'second', 'third']);
/** A double-barrelled surname: 'Sarr-Lemaire', 'Adomako-Mensah'. */
const DOUBLE_BARRELLED = /^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u;

/** A Mongolian name as written, the patronymic's initial glued to the given name: 'B.Tsogtgerel', 'O.Bolor-Erdene'. */
export const GLUED_INITIAL = /^\p{Lu}\.\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)*$/u;

/** A hyphenated given name whose second syllable is in lower case: 'Seung-hoon', 'Min-ji'. */
const KOREAN_GIVEN = /^\p{Lu}\p{Ll}+-\p{Ll}{2,5}$/u;
/** Vietnamese middle names that mark a person's sex, as written with their diacritics: 'Võ Thị Lan', 'Trần Văn Minh'. */
const VIETNAMESE_MIDDLE_NAMES: ReadonlySet<string> = new Set(['Thị', 'Văn']);

/** Abbreviated legal forms written with a period: 'Co.', 'Corp.', 'Inc.', 'Ltd.', 'ehf.', Hungarian 'Zrt.', 'Kft.'. */
const ABBREVIATED_LEGAL_FORM = /^(?:Co|Corp|Inc|Ltd|Bhd|Pty|Plc|plc|ehf|hf|Cos|Zrt|Nyrt|Kft)$/;

/** 'Government of Belize', 'Government of the Republic of Djibouti'. */
const GOVERNMENT_OF = /^Government of \p{Lu}/u;

/** Capitals written before a dollar sign: 'NT' of 'NT$4.8 billion', 'S' of 'S$12'. */
const DOLLAR_PREFIX = /^\p{Lu}{1,3}$/u;
const DOLLAR_AMOUNT_AFTER = /^\$\d/;
/** An organisation's name with its purpose: 'Global Fund to Fight AIDS', 'Campaign to Stop Killer Robots'. */
const PURPOSE_NAME = /^(?:\p{Lu}\p{L}*[ \t]+){0,3}\p{Lu}\p{L}*[ \t]+to[ \t]+\p{Lu}/u;
/** A three-letter currency code ('MNT', 'CHF') and the amount after it. */
const CURRENCY_CODE = /^\p{Lu}{3}$/u;
const AMOUNT_AFTER = /^[ \u00a0]?\d/;
/** Demonym endings: 'Djiboutian', 'Mongolian', 'Togolese'. */
const DEMONYM_ENDING = /\p{Ll}(?:ian|an|ese|i)$/u;
const DEMONYM_STEMS = (w: string): string[] => [w.replace(/ian$/, ''), w.replace(/ian$/, 'ia'), w.replace(/an$/, ''), w.replace(/an$/, 'a'), w.replace(/ese$/, ''), w.replace(/ese$/, 'o'), w.replace(/i$/, '')].filter((x) => x !== w);

/** After a period: the sentence's end (a space and a capital, a line break, or the text's end). */
const SENTENCE_END_AFTER = /^(?:\s+\p{Lu}|\s*\n|\s*$|["”’])/u;

/** Saints' names that open town names: 'San Mateo de Huanchor', 'São José dos Campos' (folded). */
const SAINT_OPENERS = new Set(['san', 'santa', 'santo', 'sao', 'saint', 'sainte', 'sankt']);
/** Saints' names of other languages than English that open towns' names: 'San Linert', 'Santa Venera', 'Sankt Ulrich' (folded). */
const ROMANCE_SAINT_OPENERS = new Set(['san', 'santa', 'santo', 'sao', 'sankt', 'sant']);
/** After a name: a home set off by commas, ', of Naviti,' (one to three capitalised words). */
const HOME_APPOSITIVE_AFTER = /^,[ \t]+of[ \t]+\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+){0,2},/u;

/** An acronym in brackets after a name, perhaps after a Markdown link's target: '(WTO)', '](https://...) (CEC)'; a route's may end in its number ('(RN2)'). */
const ACRONYM_AFTER = /^(?:\]\([^)\s]*\))?\s*\((\p{Lu}[\p{L}.&]{1,9}\d{0,2})\)/u;
/** One lower-case word between two runs of one name: ' in ' of 'Co-operation in Europe'. */
const ONE_LOWER_WORD = /^[ \t]+\p{Ll}{2,4}[ \t]+$/u;
/**
 * Lower-case heads that name a town's or district's institution with it: 'Luleå municipality',
 * 'Pervomaisky district court', 'Nanaimo city council'. The name keeps the head (the place is another entity).
 */
const INSTITUTION_TAIL = /^[ \t]+(?:(?:city|town|county|district|regional|municipal|provincial|village|parish)[ \t]+(?:council|court)|municipality)\b/u;
/** Before a name: a place preposition ('in Luleå municipality' is the place). */
/** A place preposition before a name: 'from Tai O.', 'off Ma On.' */
const PLACE_PREPOSITION_BEFORE = /\b(?:in|from|off|near|at|to|outside|around|into|towards?)[ \t]+$/i;
const IN_BEFORE = /\b(?:in|near|across|around|outside|throughout|within|to)[ \t]+$/i;
/** A Markdown heading line ('# Bishkek city council vote'): headline words, not the institution's name. */
const HEADING_LINE = /(?:^|\n)#[^\n]*$/;
/** 'the City of Nanaimo': a town's corporation, written with its capitalised administrative noun and 'of'. */
const CORPORATION = /^(?:City|Town|Municipality|Borough|County|District) of \p{Lu}/u;
/** A word right after a name, no punctuation between ('Security researchers'; not 'Ofcom, the regulator'). */
const WORD_AFTER = /^[ \t]+\p{L}/u;
const THE_BEFORE = /(?:^|[^\p{L}])(?:the|The)[ \t]+$/u;
const IN_THE_BEFORE = /\b(?:in|near|across|around|outside|throughout|within|to)[ \t]+the[ \t]+$/i;

/** A match report's line-up: 'Nacional: Rossi; Castellanos, Bentancur, De los Santos; ...' (a team, a colon, then the players). */
const LINE_UP = /^([^\n:;,]{1,40}:[ \t]+)([^\n:]+?)\.?[ \t]*$/u;
/** One player of a line-up: a surname, perhaps after an initial or a particle ('M. Suárez', 'De los Santos', 'Núñez-Pereira'). */
const LINE_UP_PLAYER = /^(?:\p{Lu}\.[ \t]?)?(?:(?:\p{Lu}\p{Ll}{0,2}|\p{Ll}{1,3})[ \t]+){0,2}\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?(?:[ \t]+\p{Lu}[\p{Ll}'’]+)?$/u;
/** Fewest players that make a line-up (a side fields eleven; several are listed even in a short one). */
const LINE_UP_MIN = 7;

/**
 * The players of a line-up line, each a person: 'Peñarol: Larrañaga; Ramos, D. Suárez, Núñez-Pereira, Olaizola; ...'.
 * Names a side's formation lists are surnames, however many towns share them ('Ramos', 'Santos').
 */
function lineUpPlayers(text: string, sentence: Sentence): Mention[] | undefined {
  const body = text.slice(sentence.start, sentence.end);
  if (!body.includes(';')) return undefined;
  const m = LINE_UP.exec(body);
  if (!m) return undefined;
  const listStart = sentence.start + m[1]!.length;
  const out: Mention[] = [];
  const re = /[^;,]+/g;
  for (const item of m[2]!.matchAll(re)) {
    const lead = item[0].length - item[0].trimStart().length;
    const surface = item[0].trim();
    if (!LINE_UP_PLAYER.test(surface)) return undefined;
    const start = listStart + item.index! + lead;
    out.push({ start, end: start + surface.length, surface, sentence: sentence.index, length: surface.split(/[ \t]+/).filter((w) => /^\p{Lu}/u.test(w)).length, kind: 'PERSON', evidence: 'cue' });
  }
  return out.length >= LINE_UP_MIN ? out : undefined;
}

/** Function words a heading in capitals writes in capitals too ('STATE OF THE PARTIES'). */
const HEADING_FUNCTION_WORDS = new Set(['OF', 'THE', 'AND', 'IN', 'ON', 'FOR', 'TO', 'AT']);
/** The rest of a heading's line: nothing, or a note in brackets. */
const HEADING_REST = /^[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?(?:\n|$)/;

/** After a candidate's name in a results table: the party in brackets, the votes (or share), perhaps a capitalised mark, the line's end. */
const RESULT_ROW = /^[ \t]*\([^()\n]{1,40}\)[ \t]+\d[\d,.]*%?(?:[ \t]+\p{Lu}[\p{Lu}\p{Ll}*]*)?[ \t]*(?:\n|$)/u;

/** A legal form in brackets after a company's name, perhaps another after it: ' (Pty) Ltd', ' (Pvt.) Limited'. */
const BRACKETED_LEGAL_FORM = /^[ \t]*\((\p{Lu}[\p{L}.]{1,6})\)(?:[ \t]+(\p{Lu}[\p{L}.]{1,8}))?/u;

/**
 * Adjectives opening a state's institutions, which keep the country after 'of' in their name ('National Ballet of Cuba', 'Royal
 * Academy of Morocco'); an organisation word opening the name does too ('Centre Pasteur of Cameroon'). Folded.
 */
const NATIONAL_OPENERS = new Set(['national', 'royal', 'federal', 'central', 'imperial', 'state', 'public', 'supreme', 'constitutional']);

/** A name ending in the first letter of 'A/S', 'I/S', 'K/S' (the slash and the second letter follow). */
const SLASH_FORM_OPENER = /\p{L}[ \t]+[AIK]$/u;

/** Agencies written in lower case ('dpa'): name runs only see capitals. */
const LOWER_CASE_MEDIA = new Set(curated().mediaOrganizations.filter((n) => /^\p{Ll}/u.test(n)));

export type { Evidence } from './name-context';

/** A name found in a sentence, before coreference groups mentions into entities. */
export interface Mention extends Span {
  surface: string;
  sentence: number;
  /** Capitalised words in the name ('John Kerry' is 2): the fullest form names the entity. */
  length: number;
  kind?: EntityKind;
  evidence?: Evidence;
  /** Gazetteer id: every spelling of one referent shares it ('US', 'United States'). */
  id?: string;
  /** The title in front of or after a person's name ('Secretary of State'). */
  title?: Span & { text: string };
  /** The country a demonym before the title names ('Russian Foreign Minister'). */
  titleCountry?: string;
  /** An acronym given in brackets after the name: 'World Trade Organization (WTO)'. */
  acronym?: string;
  /** A form that only a repair made a name ('Syrias'): never the entity's name while another form exists. */
  misspelt?: boolean;
  /** The kind rests on a cue both people and organisations fit ('X said'): the document's other cues may overrule it. */
  weak?: boolean;
  /** Where the name this one is another name of starts: a native name in brackets after it ('(Dansk Aktionærforening, DAF)'). */
  aliasOf?: number;
}

/**
 * Honorifics of other languages, written before a full name as English writes 'Mr'/'Mrs': siSwati and Zulu ('Babe', 'Make',
 * 'Mnumzana', 'Nkosikazi'), Afrikaans ('Mnr', 'Mev'), German, French, Spanish, Portuguese, Italian, Dutch, Malay and
 * Indonesian, Hindi, Swahili, Thai, Wolof ('Serigne', 'Sokhna'), West African Muslim ('Alhaji', 'Alhagie', 'Hajia'). Not those that are given names or surnames too ('Don', 'Sri', 'Pak', 'Tuan').
 */
/**
 * Honorifics only ever written before a person's given name: the name after them may be a town's too (Spanish women's names
 * 'Guadalupe', 'Rosario', 'Mercedes'): 'Doña Guadalupe Canul Ek' is 'Guadalupe Canul Ek' (round 30b).
 */
const PERSON_ONLY_HONORIFICS: ReadonlySet<string> = new Set(['Doña', 'Dña']);
export const FOREIGN_HONORIFICS: ReadonlySet<string> = new Set(['Babe', 'Make', 'Mnumzana', 'Nkosikazi', 'Nkosazana', 'Mnr', 'Mev', 'Mej', 'Herr', 'Frau', 'Monsieur', 'Madame', 'Mme', 'Mlle', 'Señor', 'Señora', 'Señorita', 'Sra', 'Srta', 'Senhor', 'Senhora', 'Signor', 'Signora', 'Dhr', 'Mevrouw', 'Mevr', 'Bapak', 'Ibu', 'Encik', 'Puan', 'Shri', 'Shrimati', 'Smt', 'Bwana', 'Khun', 'Serigne', 'Sokhna', 'Alhagie', 'Alhaji', 'Alhaja', 'Alhajie', 'Hajia', 'Hadja',
  // Burmese 'U' (Mr, an elder man) and 'Daw' (Mrs, Ms), before a full name: 'U Aung Min Thein', 'Daw Hnin Wai Phyo'.
  'U', 'Daw',
  ...PERSON_ONLY_HONORIFICS,
  // Tetum (Timor-Leste) 'Mana' (sister) and 'Maun' (brother), used like 'Ms' and 'Mr': 'Mana Rosalina dos Santos'.
  'Mana', 'Maun',
  // Amharic 'Ato' (Mr), 'Weyzero'/'Woizero' (Mrs), 'Weyzerit'/'Woizerit' (Miss); Ethiopian and Eritrean clergy's 'Abba'/'Aba'
  // (Father), 'Abune'/'Abuna' (a bishop's style); Comorian and Swahili 'Mzé'/'Mzee' (an elder, as 'Mr').
  'Ato', 'Weyzero', 'Woizero', 'Weizero', 'Weyzerit', 'Woizerit', 'Abba', 'Aba', 'Abune', 'Abuna', 'Mzé', 'Mzee',
  // Lingala, Swahili and Central African 'Mama' (a respected woman) and 'Papa' (a man), before a full name: 'Mama Thérèse Kapinga'.
  'Mama', 'Papa',
  // Punjabi and Urdu 'Sardar' (a Sikh man's style, 'chief' in Pakistan) and 'Sardarni', before a full name: 'Sardar Harjit Singh Grewal'.
  'Sardar', 'Sardarni',
  // Khasi (Meghalaya) 'Bah' (Mr, brother) and 'Kong' (Ms, sister), before a full name: 'Bah Lamphrang Kharkongor'; the Catholic
  // and Anglican clergy's 'Father' before a given name and a surname: 'Father Ignatius Mbeki'.
  'Bah', 'Kong', 'Father',
  // Mizo (Mizoram) 'Pu' (Mr) and 'Pi' (Mrs, Ms) before a full name: 'Pi Lalremruati Sailo'; the Catholic clergy's 'Monsignor'
  // ('Msgr') before a given name and a surname (round 28).
  'Pu', 'Pi', 'Monsignor', 'Msgr',
  // German and Swiss courts' and officials' styles written before the name as an honorific: 'Landrichterin Corinne ...'.
  'Richterin', 'Landrichter', 'Landrichterin', 'Oberrichter', 'Oberrichterin', 'Staatsanwalt', 'Staatsanwältin', 'Oberstaatsanwalt', 'Oberstaatsanwältin', 'Bürgermeister', 'Bürgermeisterin']);
/**
 * Plurals of workers and members, which own the union or association named after them: "Mining Workers' Trade Union",
 * "Farmers' Association", "Teachers' Federation".
 */
const MEMBERS_PLURALS: ReadonlySet<string> = new Set(['Workers', 'Employees', 'Farmers', 'Growers', 'Producers', 'Miners', 'Teachers', 'Nurses', 'Doctors', 'Physicians', 'Journalists', 'Pensioners', 'Veterans', 'Students', 'Drivers', 'Traders', 'Pilots', 'Dockers', 'Seafarers', 'Officers', 'Engineers', 'Lawyers', 'Artists', 'Writers', 'Musicians', 'Actors', 'Builders', 'Planters', 'Ranchers', 'Fishers', 'Consumers', 'Taxpayers', 'Tenants', 'Parents', 'Owners', 'Manufacturers', 'Exporters', 'Importers', 'Retailers', 'Bankers', 'Employers']);
/** Honorifics of clergy that go before one name alone too ('Abune Mathias'): a given name is how a bishop is named. */
const CLERGY_HONORIFICS: ReadonlySet<string> = new Set(['Abune', 'Abuna']);
/**
 * FIDE chess titles written before a player's name in results and bulletins, as 'Dr' ('GM Ana Petrescu (Romania) 1-0 IM
 * Tomasz Wilk'): Grandmaster, International Master, FIDE Master, Candidate Master and their women's forms. No part of the name.
 */
const CHESS_TITLES: ReadonlySet<string> = new Set(['GM', 'IM', 'WGM', 'WIM', 'FM', 'WFM', 'CM', 'WCM']);
/** Auxiliary verbs that open a question before its subject: 'Does Finland ...?', 'Has Apple ...?', 'Can Kenya ...?'. */
/** 'between ' right before a name: 'between Katherine and Pine Creek'. */
const BETWEEN_BEFORE = /(?:^|[^\p{L}])between[ \t]+$/u;
const AUXILIARY_OPENERS: ReadonlySet<string> = new Set(['Do', 'Does', 'Did', 'Is', 'Are', 'Was', 'Were', 'Has', 'Have', 'Had', 'Can', 'Could', 'Would', 'Should', 'Shall', 'Must', 'Might']);
/** Road nouns after a road's code: 'the D1 motorway', 'the N7 highway'. */
const ROAD_NOUNS_AFTER: ReadonlySet<string> = new Set(['motorway', 'highway', 'expressway', 'freeway', 'autobahn', 'autoroute', 'autostrada', 'autopista', 'road', 'trunk']);
/** Government levels a ministry's name may open with: 'Federal Ministry of Finance', 'State Department of Health'. */
const GOVERNMENT_LEVELS: ReadonlySet<string> = new Set(['Federal', 'State', 'Royal', 'National', 'Central', 'Provincial', 'Regional']);
/**
 * True when the gazetteer knows a place's name with its opening article and the rest alone is no name of the same place:
 * 'El Salvador' (not the city 'Salvador'), 'The Hague'; not 'The Netherlands', which is 'Netherlands' without it, nor 'The
 * WHO' (an organisation).
 */
function openerKept(whole: string, rest: string): boolean {
  const known = lookupGazetteer(whole);
  return known !== undefined && known.kind === 'PLACE' && lookupGazetteer(rest)?.id !== known.id;
}
/** Lexicon tags of a sentence's first word that make it no agency's domain noun before a country ('Despite', 'Officials'). */
const NOT_AGENCY_WORD = /Preposition|Adverb|Conjunction|Date|Verb|Tense|Infinitive|Determiner|Pronoun|Actor|Plural|Modal|Copula|Gerund|Adjective|Comparative|Superlative|Value|Month|WeekDay/;
/** A run holding a members' list up to its union's word (name-runs.ts): 'Rail, Tram and Bus Union'. */
const MEMBERS_LIST_NAME = /^[^,]+(?:,[ \t]+\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?){1,3},?[ \t]+(?:and|&)[ \t]+(?:\p{Lu}\p{Ll}+[ \t]+){1,2}(?:Union|Association|Federation|Guild|Alliance|Council|Society|Confederation|Syndicate|Division|Services|Department|Commission|Authority|Agency|Office|Ministry)$/u;
/** A dash between a name and the title after it: 'Omar Fardan — chief risk officer'. */
/** An electoral list's nouns after its name: 'the X list', 'the X slate', 'the X ticket'. */
const ELECTORAL_LIST_NOUNS: ReadonlySet<string> = new Set(['list', 'slate', 'ticket']);
/** Prefixes of ships' names: motor, fishing, sailing, research and naval vessels ('MV X', 'FV X', 'SY X', 'HMS X'). */
const VESSEL_PREFIXES: ReadonlySet<string> = new Set(['MV', 'MS', 'MT', 'MY', 'FV', 'SY', 'HMS', 'HMAS', 'HMNZS', 'HMCS', 'RV', 'RMS', 'USS', 'USNS']);
const DASH_BEFORE = /\p{L}[ \t]+[—–][ \t]+$/u;
/** Words written after a title that qualify it: 'Captain Regent', 'Minister Delegate', 'Bishop Emeritus', 'Governor Designate'. */
const POSTPOSED_TITLE_WORDS: ReadonlySet<string> = new Set(['Regent', 'Regents', 'Delegate', 'Designate', 'Emeritus', 'Elect']);
/**
 * Styles of clergy, chiefs and officials written before a name and no part of it (round 32): 'Archimandrite X', 'Pastor X',
 * 'Catholicos X', 'His Holiness X', 'Prefect X', 'Ratu X' (Fijian chiefly style). The title list lacks them; alone ('the
 * Catholicos said') they name no one.
 */
export const NAME_STYLES: ReadonlySet<string> = new Set([
  'archimandrite', 'archpriest', 'hieromonk', 'catholicos', 'patriarch', 'pastor', 'father', 'fr', 'deacon', 'archdeacon',
  'abbot', 'abbess', 'monsignor', 'msgr', 'vicar', 'chaplain', 'mufti', 'ayatollah', 'holiness', 'eminence', 'beatitude',
  'prefect', 'subprefect', 'ratu', 'evangelist', 'apostle', 'prophet',
]);
/** Of those, the posts a role keeps as its title ('Prefect', 'Catholicos'); the others are forms of address only. */
const STYLE_POSTS: ReadonlySet<string> = new Set(['catholicos', 'patriarch', 'prefect', 'subprefect', 'abbot', 'abbess', 'vicar', 'chaplain', 'archdeacon', 'deacon', 'mufti']);
/** Armenian clergy's 'Ter'/'Der' ('Lord') between a style and the given name: 'Archimandrite Ter Movses X'. */
const CLERGY_LORD: ReadonlySet<string> = new Set(['Ter', 'Der']);

/** Words of a style at the run's start before a capitalised name ('Archimandrite Ter', 'Holiness', 'Pastor'); 0 when none. */
function styleAt(seq: readonly Token[]): number {
  const first = seq[0];
  if (!first || first.possessive || !NAME_STYLES.has(foldSurface(first.text))) return 0;
  if (seq.length === 1) return 1;
  const next = seq[1]!;
  if (!next.capital || next.possessive || phraseAt(seq, 1, vocab().titles) > 0) return 0;
  return CLERGY_LORD.has(next.text) && seq[2]?.capital ? 2 : 1;
}

/** Honorifics between a title and a name. */
const HONORIFIC = /^(?:Dr|Mr|Mrs|Ms|Prof|Sir|Dame|Rev|Eng|Engr|Hon|H\.E\.|Bro|Sis|Comr|Cde)$/;
/**
 * Malay honorifics and styles of address (Brunei, Malaysia, Singapore) written before a full name: 'Yang Berhormat',
 * 'Dato Seri Setia', "Dato' Sri", 'Datuk', 'Tan Sri', 'Pehin', 'Dayang' and 'Awang' (Brunei's 'Ms' and 'Mr'), the pilgrim's
 * 'Haji'/'Hajah'. Openers start such a string of words; the words after an opener may follow one another. None is part of
 * the name ('Yang Berhormat Dayang Norliza binti Haji Omar' is 'Norliza binti Haji Omar'; the 'Haji' of the father stays).
 * 'Yang', 'Tan', 'Puan', 'Toh', 'Sri' and 'Seri' alone open nothing: they are names too ('Yang Jiechi', 'Sri Mulyani').
 */
const MALAY_HONORIFIC_OPENERS: ReadonlySet<string> = new Set(['Dato', 'Datuk', 'Datin', 'Pehin', 'Dayang', 'Awang', 'Haji', 'Hajah', 'Hj', 'Hjh']);
/** Two-word openers: 'Yang Berhormat', 'Tan Sri', 'Toh Puan'. */
const MALAY_HONORIFIC_PAIRS: ReadonlySet<string> = new Set(['Yang Berhormat', 'Yang Mulia', 'Yang Amat', 'Yang Berbahagia', 'Tan Sri', 'Puan Sri', 'Toh Puan']);
/** Words that go on an honorific string once it is open: 'Seri', 'Setia', 'Paduka', 'Dr' ... */
const MALAY_HONORIFIC_WORDS: ReadonlySet<string> = new Set([...MALAY_HONORIFIC_OPENERS, 'Yang', 'Amat', 'Berhormat', 'Mulia', 'Berbahagia', 'Seri', 'Sri', 'Setia', 'Paduka', 'Diraja', 'Laila', 'Utama', 'Dr']);
/**
 * Malaysian styles of address that are names elsewhere ('Puan Maharani', 'Tuan' for 'Tuấn'): they open an honorific string
 * only before a name holding a patronymic connector ('Puan Aishah binti Yusof', 'Encik Ravi a/l Muthu').
 */
const MALAY_STYLES_BEFORE_PATRONYMIC: ReadonlySet<string> = new Set(['Puan', 'Encik', 'Cik', 'Tuan']);
/** Fewest capitalised words of the name an honorific string must leave ('Awang Hamid' alone may be a name). */
const MIN_NAME_AFTER_HONORIFIC = 2;

/** Tokens of a Malay honorific string opening `seq` (0 if none), when a name of two capitalised words or more follows it. */
export function malayHonorificLength(text: string, seq: readonly Token[]): number {
  let n = 0;
  if (seq.length > 1 && MALAY_HONORIFIC_PAIRS.has(`${seq[0]!.text} ${seq[1]!.text}`)) n = 2;
  else if (seq.length > 0 && MALAY_HONORIFIC_OPENERS.has(seq[0]!.text)) n = 1;
  else if (seq.length > 3 && MALAY_STYLES_BEFORE_PATRONYMIC.has(seq[0]!.text) && seq.some((t, i) => i > 1 && !t.capital && PATRONYMIC_CONNECTORS.has(t.text))) n = 1;
  if (n === 0) return 0;
  while (n < seq.length && seq[n]!.capital && MALAY_HONORIFIC_WORDS.has(seq[n]!.text)) n++;
  let capitals = 0;
  for (const t of seq.slice(n)) if (t.capital) capitals++;
  if (capitals < MIN_NAME_AFTER_HONORIFIC || !seq[n]!.capital || seq.slice(0, n + 1).some((t) => t.possessive)) return 0;
  // Words of one name: spaces only between them ("Dato' Sri": an apostrophe may close 'Dato').
  for (let i = 1; i <= n; i++) if (!/^['’]?[ \t]+$/.test(text.slice(seq[i - 1]!.end, seq[i]!.start))) return 0;
  return n;
}
/** Lexicon tags of words that end a title's modifiers when reading back from it ('said', 'the', 'her'). */
const NOT_TITLE_WORD = ['Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Possessive', 'PastTense', 'PresentTense', 'Infinitive', 'Adverb', 'Copula', 'Modal', 'Gerund', 'Cardinal'];
/** Most words a title's lower-case modifiers may add ('county health executive'). */
const MAX_TITLE_MODIFIERS = 3;

function mention(c: NameContext, seq: readonly Token[], kind?: EntityKind, evidence?: Evidence, id?: string): Mention {
  // Field by field, not '{ ...surfaceOf(), sentence, ... }': V8 builds a spread followed by new fields on a slow path (~10 µs a mention).
  const { start, end, surface } = surfaceOf(c.text, seq);
  let length = 0;
  for (const t of seq) if (t.capital) length++;
  return { start, end, surface, sentence: c.sentence.index, length, kind, evidence, id };
}

/**
 * Splits a run at its first 'and' / 'of' / 'for' when the whole is no name: 'Belgium and Sweden'.
 * The rest stays whole, so it may still be one name: 'Members of the Union of Copper Workers'.
 */
function splitAtFirstConnector(seq: readonly Token[]): Token[][] {
  const cut = seq.findIndex((t) => !t.capital && SPLITTING.has(t.text.toLowerCase()));
  if (cut < 0) return [[...seq]];
  let rest = cut + 1;
  while (rest < seq.length && !seq[rest]!.capital) rest++;
  return [seq.slice(0, cut), seq.slice(rest)].filter((p) => p.length > 0 && p.some((t) => t.capital));
}

/** Lower-case words before a title that belong to it: 'county health executive', 'regional party leader'. */
function titleStart(text: string, tokens: readonly Token[], from: number): number {
  let start = from;
  while (start > 0 && from - start < MAX_TITLE_MODIFIERS) {
    const t = tokens[start - 1]!;
    const word = t.text.toLowerCase();
    // 'club president', 'party leader': an organisation noun belongs to the title, even opening the sentence ('Club president X').
    const orgNoun = vocab().orgHeads.has(word) || vocab().orgSuffix(word);
    if (t.capital && !(orgNoun && start - 1 === 0 && /^\p{Lu}\p{Ll}+$/u.test(t.text))) break;
    if (t.possessive || !/^\p{L}[\p{Ll}-]*$/u.test(t.text)) break;
    if (!orgNoun && (lexiconTags(word).some((x) => NOT_TITLE_WORD.includes(x)) || SPEECH_VERBS.has(word))) break;
    if (!/^[ \t]+$/.test(text.slice(t.end, tokens[start]!.start))) break;
    start--;
  }
  return start;
}

/** Tokens of the longest leading part of a title's qualifier that the gazetteer knows ('U.S.' in 'U.S. Transportation'), or 0. */
function knownPrefixLength(c: NameContext, tokens: readonly Token[]): number {
  for (let n = tokens.length; n >= 1; n--) if (lookupGazetteer(surfaceOf(c.text, tokens.slice(0, n)).surface)) return n;
  return 0;
}

/** True when some title phrase opens with the word: 'health' ('health minister'), 'finance' ('finance director'). */
function opensTitle(word: string): boolean {
  return titlesOpeningWith(foldSurface(word)).some((t) => t.length > 1);
}

/** True when the run holds at `p` two capitalised words no table or lexicon knows after a portfolio's common word, then ends or goes on with 'and' and a capital. */
/** True when the word at i closes a list after a lower-case 'and' or '&': 'Sport' of 'Culture and Sport'. */
function listClosing(seq: readonly Token[], i: number): boolean {
  const and = seq[i - 1];
  return and !== undefined && !and.capital && (and.text === 'and' || and.text === '&') && seq[i - 2]?.capital === true;
}

function unknownFullName(text: string, seq: readonly Token[], p: number): boolean {
  const before = seq[p - 1]!;
  // 'Chairman of the X Committee Tran Van Long': a body's own word (Committee, Council) ends the post too (round 29).
  // 'Minister of Education, Culture and Sport X Y': so does the word closing a portfolio list after 'and' (round 32b).
  if (!before.capital || !(isCommonWord(before.text) || PORTFOLIO_NOUN.test(before.text) || vocab().orgSuffix(foldSurface(before.text)) || listClosing(seq, p - 1)) || lookupGazetteer(before.text)) return false;
  let end = p;
  while (end < seq.length && seq[end]!.capital) end++;
  const name = seq.slice(p, end);
  if (end < seq.length && !(seq[end]!.text === 'and' && seq[end + 1]?.capital)) return false;
  // 'Minister of Construction Vu Thi Thanh Tam': a full name of three or four words (East Asian names) may hold words a
  // lexicon knows ('Van', 'Long'), when the article never writes them in lower case (round 29).
  if (name.length === 3 || name.length === 4) return longFullName(text, name);
  if (name.length !== 2) return false;
  // 'Justice of Appeal Mireille Laporte': a surname may be a small town's name too (not the given name, nor a country or a compass word).
  const known = (t: Token, i: number) => {
    const entry = lookupGazetteer(t.text);
    return entry !== undefined && !(i === 1 && entry.id.startsWith('city:') && !vocab().placeModifiers.has(name[0]!.text.toLowerCase()));
  };
  return name.every((t, i) => /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(t.text) && !isCommonWord(t.text) && !known(t, i) && !PORTFOLIO_NOUN.test(t.text) && !vocab().orgSuffix(foldSurface(t.text)) && !vocab().placeSuffix(foldSurface(t.text)) && !writtenInLowerCase(text, t.text));
}

/**
 * True when three or four capitalised words read as one person's full name: no organisation, place, portfolio or title word,
 * no country or region; a word a lexicon knows only when the article never writes it in lower case, and one word at least
 * that no lexicon knows ('Le Quang Trung', 'Vu Thi Thanh Tam').
 */
function longFullName(text: string, name: readonly Token[]): boolean {
  let unknown = 0;
  for (let i = 0; i < name.length; i++) {
    const t = name[i]!;
    if (t.possessive || !/^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(t.text) || PORTFOLIO_NOUN.test(t.text) || opensTitle(t.text)) return false;
    const folded = foldSurface(t.text);
    if (vocab().orgSuffix(folded) || vocab().placeSuffix(folded) || phraseAt(name, i, vocab().titles) > 0) return false;
    const entry = lookupGazetteer(t.text);
    if (entry && (i === 0 || !entry.id.startsWith('city:'))) return false;
    // 'Fine Arts Keo X', 'Dato Seri Setia Dr X': no plural noun, no honorific.
    if (MALAY_HONORIFIC_OPENERS.has(t.text) || MALAY_HONORIFIC_WORDS.has(t.text)) return false;
    if (isCommonWord(t.text)) {
      if (writtenInLowerCase(text, t.text) || /\p{Ll}s$/u.test(t.text)) return false;
    } else unknown++;
  }
  return unknown > 0;
}

/** Posts of boards and councils that meeting minutes write before a name: 'Trustee X', 'Reeve X', 'Secretary-Treasurer X'. */
const BOARD_TITLES: ReadonlySet<string> = new Set(['ombudsman', 'ombudswoman', 'comptroller', 'emperor', 'empress', 'trustee', 'treasurer', 'secretary treasurer', 'alderman', 'alderwoman', 'reeve', 'chairperson', 'councilor', 'selectman', 'selectwoman', 'warden', 'speaker', 'jurat', 'lantrad', 'landshovding', 'kommunalrad']);
/** Words that make a post's deputy, written apart: 'Deputy Speaker X', 'Acting Trustee X'. */
const DEPUTY_WORDS: ReadonlySet<string> = new Set(['Deputy', 'Vice', 'Acting', 'Interim', 'Assistant', 'Associate']);
/** A prefix a hyphen joins to a title: 'Vice-Chair', 'Co-Chair', 'Deputy-Mayor'. */
const PREFIXED_TITLE = /^(?:Vice|Co|Deputy|Acting|Interim)[-‐](\p{L}+)$/u;
/** A one-word title phrase or board post ('chair', 'trustee'). */
function oneWordTitle(folded: string): boolean {
  return BOARD_TITLES.has(folded) || titlesOpeningWith(folded).some((t) => t.length === 1);
}
/**
 * 1 when a run opens with a capitalised post the title table lacks, before a name: a board's post ('Trustee Germaine'), a
 * prefixed title ('Vice-Chair Desmond Sidney') or a title's plural before a full name ('Trustees Annie Smarch-Tom and ...').
 */
function boardTitleAt(seq: readonly Token[]): number {
  // 'Deputy Speaker Shirwan Mamand Rashid': a deputy's word before the post.
  if (seq.length >= 3 && DEPUTY_WORDS.has(seq[0]!.text) && !seq[0]!.possessive) {
    const post = boardTitleAt(seq.slice(1));
    if (post > 0) return post + 1;
  }
  // 'Deputy Colette Brehaut-Falla', 'Deputy Brehaut-Falla': 'Deputy' alone before a name is a member's title (Channel Islands
  // parliaments, a sheriff's deputy), when one to three capitalised words no table knows follow.
  if (seq[0]?.text === 'Deputy' && !seq[0].possessive && seq.length >= 2 && seq.length <= 4 && deputyName(seq.slice(1))) return 1;
  const first = seq[0];
  const next = seq[1];
  // 'Comptroller of Customs Sharon X': a post the table lacks runs on through 'of' (titleInside finds where the name starts).
  if (first?.capital && !first.possessive && (next?.text === 'of' || next?.text === 'for') && seq[2]?.capital && BOARD_TITLES.has(foldSurface(first.text))) return 1;
  if (!first?.capital || !next?.capital || first.possessive) return 0;
  const folded = foldSurface(first.text);
  if (BOARD_TITLES.has(folded)) return 1;
  const prefixed = PREFIXED_TITLE.exec(first.text);
  if (prefixed && oneWordTitle(foldSurface(prefixed[1]!))) return 1;
  // A plural only before a full name (two capitalised words or more): 'Directors Guild' stays whole.
  if (/\p{Ll}s$/u.test(first.text) && oneWordTitle(folded.slice(0, -1)) && seq[2]?.capital && !isCommonWord(next.text) && !lookupGazetteer(next.text)) return 1;
  return 0;
}

/** True when the words after 'Deputy' read as a person's name: capitals only, no common, title, place or organisation word. */
function deputyName(name: readonly Token[]): boolean {
  return name.every((t) => t.capital && /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(t.text) && !isCommonWord(t.text) && !opensTitle(t.text) && !lookupGazetteer(t.text) && !vocab().orgSuffix(foldSurface(t.text)) && !vocab().placeSuffix(foldSurface(t.text)) && !PORTFOLIO_NOUN.test(t.text));
}

/** A title inside a run: 'US Secretary of State John Kerry', 'Council President Andrew Vang'. */
function titleInside(c: NameContext, seq: Token[]): Mention[] | undefined {
  const v = vocab();
  for (let k = 0; k < seq.length; k++) {
    let size = phraseAt(seq, k, v.titles) || (k === 0 ? boardTitleAt(seq) : 0);
    // 'His Holiness X', 'Pastor X': a style of address before the name is left out of it, and is no post unless one.
    let addressOnly = false;
    if (size === 0 && k === 0) {
      size = styleAt(seq);
      addressOnly = size > 0 && !STYLE_POSTS.has(foldSurface(seq[0]!.text));
    }
    if (size === 0) continue;
    // 'Lieutenant Colonel X', 'Deputy Police Commissioner X': titles in a row make one title.
    for (let more = phraseAt(seq, k + size, v.titles); more > 0 && seq.slice(k + size + more).some((t) => t.capital); more = phraseAt(seq, k + size, v.titles)) size += more;
    // 'Prosecutor Station Sergeant X', 'Inspector Traffic Sergeant X': after a title, a capitalised word that is no name (no
    // given name, surname or place), then a one-word title, then a name of two capitalised words or more, is a second title in
    // the row (the word qualifies it).
    const qualifier = seq[k + size];
    let titleWords = 0;
    if (size > 0 && qualifier?.capital && !qualifier.possessive && /^\p{Lu}\p{Ll}+$/u.test(qualifier.text) && !lookupGazetteer(qualifier.text) && !isFirstName(qualifier.text) && !lexiconTags(qualifier.text.toLowerCase()).includes('LastName')) {
      const second = phraseAt(seq, k + size + 1, v.titles);
      // The post before it stays the title read ('Prosecutor'); the second title's words leave the name.
      // 'Detective Senior Sergeant X of Major Crash': the name's capitals may end at 'of' or another splitting word (round 28).
      const after = seq.slice(k + size + 2);
      const stop = after.findIndex((t) => !t.capital);
      const capitals = stop < 0 ? after.length : stop;
      // 'Detective Senior Sergeant Pfitzner': after an adjective ('Senior', 'Chief'), a surname alone will do.
      const least = lexiconTags(qualifier.text.toLowerCase()).includes('Adjective') ? 1 : 2;
      if (second === 1 && capitals >= least && (stop < 0 || SPLITTING.has(after[stop]!.text.toLowerCase()))) {
        titleWords = size;
        size += 2;
      }
    }
    // 'Captain Regent X', 'Minister Delegate X', 'Bishop Emeritus X': a word that qualifies the title after it, before a full name
    // of two capitalised words or more, belongs to the title (round 28).
    if (size > 0 && POSTPOSED_TITLE_WORDS.has(seq[k + size]?.text ?? '') && !seq[k + size]!.possessive && seq.length - (k + size + 1) >= 2 && seq[k + size + 1]!.capital && seq[k + size + 2]!.capital) size += 1;
    // 'Minister for Foreign Affairs and East African Cooperation': the title runs on through 'for'/'of'.
    const next = seq[k + size];
    // 'Minister in Charge of Emergency Management X': so through 'in Charge of'.
    if (next && !next.capital && (next.text === 'for' || next.text === 'of' || (next.text === 'in' && seq[k + size + 1]?.text === 'Charge')) && k + size + 1 < seq.length) {
      size = seq.length - k;
      // 'Minister of Foreign Affairs and Trade Peter Halasz': the title ends before a full name opening with a given name.
      for (let p = seq.indexOf(next) + 2; p <= seq.length - 2; p++) {
        // 'Minister of Territorial Administration and Infrastructure Armine Gasparyan and Nodar Beridze': after a portfolio's
        // common word, two or three words no table knows, then the run's end or 'and' and more names, are a person's name.
        if (unknownFullName(c.text, seq, p)) {
          // 'Undersecretary for Policy Ma. Cristina X': an abbreviated given name with its period opens the name.
          size = p - k - (p - 1 > seq.indexOf(next) + 1 && NAME_ABBREVIATIONS.has(seq[p - 1]!.text) && c.text[seq[p - 1]!.end] === '.' ? 1 : 0);
          break;
        }
        if (seq[p - 1]!.capital && isFirstName(seq[p]!.text) && seq.slice(p).every((t) => t.capital) && !lookupGazetteer(seq[p]!.text)) {
          // 'Tran Thi Minh Nguyet': family and middle names no lexicon knows before the given name belong to it.
          let from = p;
          while (from - 1 > seq.indexOf(next) + 1 && seq[from - 1]!.capital && !isCommonWord(seq[from - 1]!.text) && !PORTFOLIO_NOUN.test(seq[from - 1]!.text) && !listClosing(seq, from - 1) && !lookupGazetteer(seq[from - 1]!.text) && !writtenInLowerCase(c.text, seq[from - 1]!.text)) from--;
          if (from - 1 > seq.indexOf(next) + 1 && NAME_ABBREVIATIONS.has(seq[from - 1]!.text) && c.text[seq[from - 1]!.end] === '.') from--;
          size = from - k;
          break;
        }
      }
    }
    const out: Mention[] = [];
    let titleFrom = k;
    let titleCountry: string | undefined;
    const qualifierTokens = seq.slice(0, k);
    if (qualifierTokens.length > 0) {
      const q = surfaceOf(c.text, qualifierTokens).surface;
      const demonym = qualifierTokens.length === 1 ? lookupDemonym(q) : undefined;
      // 'U.S. Transportation Secretary': a known name, then generic words that belong to the title.
      const knownPrefix = lookupGazetteer(q) ? qualifierTokens.length : knownPrefixLength(c, qualifierTokens);
      const known = knownPrefix > 0 || (qualifierTokens.length > 1 && kindFromWords(qualifierTokens) !== undefined) || isAcronymName({ ...c, after: c.at + k }, qualifierTokens);
      // 'Deputy City Mayor': common words before the title are part of it, whatever their heads say.
      // 'Presiding Judge', 'Health Secretary': a verb form, or a word another title phrase opens with ('health minister').
      // 'Northern Regional Director': compass words and '-al' adjectives before a title are its words too.
      const generic =
        qualifierTokens.every((t) => (isCommonWord(t.text) || opensTitle(t.text) || (/(?:ing|ed)$/.test(t.text) && isOrdinaryWord(t.text, true))) && !lookupGazetteer(t.text)) ||
        (!lookupGazetteer(q) && qualifierTokens.every((t) => (vocab().placeModifiers.has(t.text.toLowerCase()) || /^\p{Lu}\p{Ll}+al$/u.test(t.text)) && !lookupGazetteer(t.text)) && qualifierTokens.some((t) => /al$/.test(t.text))) ||
        // 'Infrastructure Minister X', 'Irrigation Secretary': one portfolio's abstract noun is the title's word, no place.
        (qualifierTokens.length === 1 && (PORTFOLIO_TITLE_WORD.test(q) || PORTFOLIO_WORDS.has(q)) && !lookupGazetteer(q) && !isFirstName(q));
      // 'Tasmanian Premier X', 'Bavarian Interior Minister X': a region's demonym (its stem a place the gazetteer knows) names no organisation.
      const regional = !demonym && qualifierTokens.length === 1 && DEMONYM_ENDING.test(q) && !isFirstName(q) && DEMONYM_STEMS(q).some((stem) => lookupGazetteer(stem)?.kind === 'PLACE');
      if (demonym) titleCountry = demonym;
      else if (regional) titleFrom = k;
      else if (generic) titleFrom = 0;
      else if (known || (qualifierTokens.length === 1 && !isFirstName(q))) {
        // 'Sines Mayor': a lone unknown name before the title is where the post is, not part of it.
        if (!known) {
          out.push({ ...mention({ ...c, after: c.at + 1 }, qualifierTokens) });
          titleFrom = 1;
        } else {
        // 'IFC Country Manager': an acronym, then common words that belong to the title.
        const acronymFirst = knownPrefix === 0 && qualifierTokens.length > 1 && /^\p{Lu}{2,}$/u.test(qualifierTokens[0]!.text) && qualifierTokens.slice(1).every((t) => /^\p{Lu}\p{Ll}+$/u.test(t.text) && !isFirstName(t.text) && !lookupGazetteer(t.text)) ? 1 : 0;
        const organisation = knownPrefix > 0 ? qualifierTokens.slice(0, knownPrefix) : acronymFirst ? qualifierTokens.slice(0, 1) : qualifierTokens;
        out.push(...analyse({ ...c, after: c.at + organisation.length }, organisation).map((m) => ({ ...m, kind: m.kind ?? 'ORGANIZATION', evidence: m.evidence ?? 'cue' })));
        titleFrom = organisation.length;
        }
      }
      // 'Fine Gael TD X', 'Vox Populi MEP X': before a title written as an abbreviation, two or more unknown, uncommon words the
      // article also names elsewhere are the post's organisation (a spelt-out post keeps them: 'Kansai Tsushin President X').
      else if (qualifierTokens.length >= 2 && seq.slice(k, k + size).every((t) => /^\p{Lu}{2,}$/u.test(t.text)) && qualifierTokens.every((t) => t.capital && !isCommonWord(t.text) && !isFirstName(t.text)) && namedElsewhere(c.text, q, qualifierTokens[0]!.start)) {
        out.push(mention({ ...c, after: c.at + qualifierTokens.length }, qualifierTokens, 'ORGANIZATION', 'cue'));
        titleFrom = qualifierTokens.length;
      }
      // A generic word before the title is part of it: 'Technology Secretary', 'Race director'.
      else titleFrom = 0;
    }
    let name = seq.slice(k + size);
    // 'Director General NDMA Ali Raza Khan', 'Deputy Commissioner Swat Amina Bibi Yousafzai': South Asian wire style writes the
    // post's owner (an acronym, or a place the article also names alone) between the title and a full name (round 30).
    const owner = size > 0 ? postOwnerLength(c.text, name) : 0;
    if (owner > 0) {
      const ownerAt = c.tokens.indexOf(name[0]!);
      out.push(...analyse({ ...c, at: ownerAt, after: ownerAt + owner }, name.slice(0, owner)));
      name = name.slice(owner);
    }
    // 'Minister Datuk Rosnah Awang Hamid': a Malay honorific between the title and the name is neither's.
    const honorific = malayHonorificLength(c.text, name);
    if (honorific > 0) name = name.slice(honorific);
    // 'Captain Ratu X Y', 'Bishop Father X': a form of address (no post) between the title and the name is neither's (round 32b).
    const styleInside = size > 0 ? styleAt(name) : 0;
    if (styleInside > 0 && name.length > styleInside && !STYLE_POSTS.has(foldSurface(name[0]!.text))) name = name.slice(styleInside);
    // 'Fiscalía General del Estado de Guanajuato': a name, a title word, then a particle is an institution's name ('Judge du Plessis' is a person).
    if (titleFrom > 0 && name.length > 0 && !name[0]!.capital && vocab().particles.has(name[0]!.text.toLowerCase())) return undefined;
    const cut = name.findIndex((t) => !t.capital && SPLITTING.has(t.text.toLowerCase()));
    if (cut >= 0) {
      let rest = name.slice(cut + 1);
      while (rest.length > 0 && !rest[0]!.capital) rest = rest.slice(1);
      const restAt = c.tokens.indexOf(rest[0]!);
      if (rest.length > 0) out.push(...analyse({ ...c, at: restAt, after: restAt + rest.length }, rest));
      name = name.slice(0, cut);
    }
    const titleSpan = surfaceOf(c.text, seq.slice(titleFrom, k + (titleWords || size)));
    if (name.length === 0 || !name.some((t) => t.capital)) {
      if (out.length === 0 && !addressOnly) pending.set(c.sentence, { title: { start: titleSpan.start, end: titleSpan.end, text: titleSpan.surface }, end: titleSpan.end, titleCountry });
      return out;
    }
    // 'Biologist Dra. Itzel Baas': an abbreviated title before its period after the title is no name (round 30b).
    if (name.length === 1 && c.text.charAt(name[0]!.end) === '.' && isTitleAbbreviation(name[0]!.text)) return out;
    // 'the Premier Market of Boursa X': a title word before one common noun names no one (a name is no common word).
    if (name.length === 1 && isCommonWord(name[0]!.text) && !isFirstName(name[0]!.text) && !lexiconTags(name[0]!.text.toLowerCase()).includes('LastName')) return out;
    const person = mention(c, name, 'PERSON', 'known');
    if (!addressOnly) person.title = { start: titleSpan.start, end: titleSpan.end, text: titleSpan.surface };
    if (titleCountry) person.titleCountry = titleCountry;
    out.push(person);
    return out;
  }
  return undefined;
}

let sportsText = '';
let sportsAnswer = false;
/** True when the article reads as a sports report: three different sports words or more (cached per text). */
function sportsReport(text: string): boolean {
  if (text === sportsText) return sportsAnswer;
  const seen = new Set<string>();
  for (const m of text.matchAll(SPORTS_WORDS)) {
    seen.add(m[0].toLowerCase());
    if (seen.size >= 3) break;
  }
  sportsText = text;
  sportsAnswer = seen.size >= 3;
  return sportsAnswer;
}

/** A run that was only a title ('Kenya's Cabinet Secretary for Foreign Affairs,'): it names the person after the comma. */
const pending = new WeakMap<Sentence, { title: Span & { text: string }; end: number; titleCountry?: string }>();

/**
 * 'Puerto Rico Aqueduct and ...', 'New South Wales Rural Fire ...': a place of two or three words the gazetteer knows opens the
 * run, a common word after it.
 */
function placeOpens(c: NameContext, left: readonly Token[]): boolean {
  for (let n = Math.min(3, left.length - 1); n >= 1; n--) {
    if (lookupGazetteer(surfaceOf(c.text, left.slice(0, n)).surface)?.kind === 'PLACE') return left.slice(n).every((t) => plainNoun(t.text));
  }
  return false;
}

/** A capitalised word that is a common noun or one no lexicon knows ('Aqueduct', 'Sewer'), no given name and no place. */
function plainNoun(word: string): boolean {
  return /^\p{Lu}\p{Ll}+$/u.test(word) && (isCommonWord(word) || lexiconTags(word.toLowerCase()).length === 0) && !isFirstName(word) && !lookupGazetteer(word);
}

/** An owner word between a title and a name: an acronym ('NDMA') or one capitalised word, hyphens allowed ('Swat', 'Azad-Kashmir'). */
const POST_OWNER_ACRONYM = /^\p{Lu}{2,6}$/u;
const POST_OWNER_WORD = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*$/u;

/**
 * Tokens (0 or 1) of the post's owner opening the name after a title: 'Director General NDMA Ali Raza Khan'. The owner is an
 * acronym, or a capitalised word (no given name or surname) that the article names elsewhere on its own after a preposition
 * or 'the' (not before the name's next word); two or more capitalised words of the name must follow, an honorific ('Haji') aside.
 */
function postOwnerLength(text: string, name: readonly Token[]): number {
  if (name.length < 3) return 0;
  const [owner, first] = [name[0]!, name[1]!];
  if (!owner.capital || owner.possessive || !/^[ \t]+$/.test(text.slice(owner.end, first.start))) return 0;
  const rest = name.slice(1 + malayHonorificLength(text, name.slice(1)));
  if (rest.length < 2 || !rest.every((t) => t.capital && !t.possessive)) return 0;
  if (POST_OWNER_ACRONYM.test(owner.text) && !NAME_ABBREVIATIONS.has(owner.text) && !/^[.]/.test(text.slice(owner.end, owner.end + 1))) return 1;
  if (!POST_OWNER_WORD.test(owner.text) || isFirstName(owner.text) || lexiconTags(owner.text.toLowerCase()).includes('LastName') || isCommonWord(owner.text)) return 0;
  // Named elsewhere as a place or a body: a whole word after 'in', 'of', 'the' ... ('in Swat'; 'Leota said' names a person).
  for (let i = text.indexOf(owner.text); i >= 0; i = text.indexOf(owner.text, i + 1)) {
    const end = i + owner.text.length;
    if (i === owner.start || /[\p{L}\p{N}-]/u.test(text[i - 1] ?? '') || /[\p{L}\p{N}-]/u.test(text[end] ?? '')) continue;
    if (!text.startsWith(` ${first.text}`, end) && OWNER_CONTEXT_BEFORE.test(text.slice(Math.max(0, i - 12), i))) return 1;
  }
  return 0;
}
/** A preposition or 'the' right before a word: it names a place or a body there. */
const OWNER_CONTEXT_BEFORE = /(?:^|[^\p{L}])(?:in|of|from|to|at|near|across|around|throughout|within|the)[ \t]+$/u;

/** Capitalised tokens opening `seq` when the rest is empty or opens on a lower-case splitting word ('of', 'and'); else 0. */
function capitalsBeforeSplit(seq: readonly Token[]): number {
  const stop = seq.findIndex((t) => !t.capital);
  if (stop < 0) return seq.length;
  return SPLITTING.has(seq[stop]!.text.toLowerCase()) ? stop : 0;
}

/** True when the text names `surface` as a whole word somewhere other than at `at`. */
function namedElsewhere(text: string, surface: string, at: number): boolean {
  for (let i = text.indexOf(surface); i >= 0; i = text.indexOf(surface, i + 1)) {
    if (i !== at && !/[\p{L}\p{N}]/u.test(text[i - 1] ?? '') && !/[\p{L}\p{N}]/u.test(text[i + surface.length] ?? '')) return true;
  }
  return false;
}

/** Right after a name: 'of' (the name goes on). */
const OF_AFTER = /^[ \t]+of\b/;

/** True when the text writes `surface` as a whole name somewhere other than at `at`, with no 'of' after it. */
function namedWithoutOf(text: string, surface: string, at: number): boolean {
  for (let i = text.indexOf(surface); i >= 0; i = text.indexOf(surface, i + 1)) {
    const end = i + surface.length;
    if (i !== at && !/[\p{L}\p{N}]/u.test(text[i - 1] ?? '') && !/[\p{L}\p{N}]/u.test(text[end] ?? '') && !OF_AFTER.test(text.slice(end, end + 4))) return true;
  }
  return false;
}

/** A figure right after a closing bracket: a table's row ('(Tahiti) 7h45m03s'). */
const TABLE_FIGURE_AFTER = /^[ \t]+\d/;
/** One word written as a name, longer than ACRONYM_AFTER's acronyms: 'Produzcamos', 'Conagua'. */
const LONG_SHORT_NAME = /^\p{Lu}\p{Ll}{5,}$/u;
/** Letters a short name in brackets shares with the opening of one of the name's words. */
const SHORT_NAME_STEM = 4;

/** 'the ', 'the so-called ' before a name. */
const THE_SO_CALLED_BEFORE = /(?:^|[^\p{L}])the[ \t]+(?:so-called[ \t]+)?$/iu;

/** True when a title phrase inside the run (not opening it) is followed by two or three words of a person's name. */
function personAfterTitle(c: NameContext, seq: readonly Token[]): boolean {
  const v = vocab();
  for (let k = 1; k < seq.length - 2; k++) {
    let size = phraseAt(seq, k, v.titles);
    if (size === 0) continue;
    for (let more = phraseAt(seq, k + size, v.titles); more > 0; more = phraseAt(seq, k + size, v.titles)) size += more;
    const name = seq.slice(k + size);
    return name.length >= 2 && name.length <= 4 && kindFromWords(name) !== 'ORGANIZATION' && kindFromWords(name) !== 'PLACE' && name.every((t) => !isCommonWord(t.text) && !lookupGazetteer(t.text) && !v.orgSuffix(foldSurface(t.text)) && !v.placeSuffix(foldSurface(t.text)));
  }
  return false;
}

/**
 * True when a lone run of capitals is a currency before an amount ('KD 84.6 million', 'RM 12 million') or a unit after a
 * number ('212,000 TEU', '40 MW', '3–2 OT'), not after a year ('in 2019 UNESCO'). A name some table knows as a code
 * ('SO') only before punctuation or the line's end.
 */
function unitOrCurrency(c: NameContext, whole: Span & { surface: string }, unknown: boolean): boolean {
  if (/^\p{Lu}{2}$/u.test(whole.surface) && AMOUNT_WITH_UNIT_AFTER.test(c.text.slice(whole.end, whole.end + 24))) return true;
  if (!/^\p{Lu}{2,4}s?$/u.test(whole.surface)) return false;
  const number = NUMBER_BEFORE.exec(c.text.slice(Math.max(c.sentence.start, whole.start - 16), whole.start))?.[1];
  if (number === undefined || /^(?:1[89]|20)\d\d$/.test(number)) return false;
  return unknown || /^(?:[,.;:)]|[ \t]*(?:\n|$))/.test(c.text.slice(whole.end, whole.end + 2));
}

/** True when a country's name the gazetteer knows spans the connector at `at` of the run ('St Vincent and the Grenadines'). */
function knownAcross(text: string, seq: readonly Token[], at: number): boolean {
  for (let from = at - 1; from >= 0 && at - from <= 3; from--) {
    if (!seq[from]!.capital) break;
    for (let to = at + 2; to <= seq.length && to - at <= 4; to++) {
      // Every lower-case word of the run stands inside the country's name ('... Police Service and the Bosnia ...' is a list).
      if (seq.some((t, i) => !t.capital && (i < from || i >= to))) continue;
      if (lookupGazetteer(surfaceOf(text, seq.slice(from, to)).surface)?.id.startsWith('country:')) return true;
    }
  }
  return false;
}

/** True when `plural` is `word`'s plural: 'Holies' of 'Holy', 'Songs' of 'Song', 'Kings' of 'King'. */
function ownPlural(word: string, plural: string): boolean {
  const a = word.toLowerCase();
  const b = plural.toLowerCase();
  return b === `${a}s` || b === `${a}es` || (a.endsWith('y') && b === `${a.slice(0, -1)}ies`);
}

/** The mentions one run of capitalised words holds (a qualifier and a titled person, or one name). */
/**
 * 'Pan-Asian Music and Dance Festival of Kuching (FEPAMUK)': an organisation's name holding one 'and' between capitalised words,
 * followed by an acronym in brackets that the part after 'and' does not open, is one name (the acronym spells the whole, perhaps
 * in another language), not two.
 */
function wholeByAcronym(c: NameContext, seq: readonly Token[], end: number): boolean {
  const connector = seq.findIndex((t) => !t.capital && t.text === 'and');
  if (connector < 1 || connector > seq.length - 4 || seq.slice(connector + 1).some((t) => !t.capital && t.text === 'and')) return false;
  const acronym = ACRONYM_AFTER.exec(c.text.slice(end, end + 16))?.[1];
  if (!acronym || acronym.length < 4 || !/^\p{Lu}+$/u.test(acronym)) return false;
  const left = seq.slice(0, connector);
  const right = seq.slice(connector + 1);
  if (!seq[connector - 1]!.capital || !right[0]!.capital || acronym[0] === right[0]!.text[0] || initialsOf(right) === acronym) return false;
  if (left.some((t) => !t.capital || lookupGazetteer(t.text)?.kind === 'PLACE' || isFirstName(t.text))) return false;
  const kind = kindFromWords(seq);
  return kindFromWords(left) === undefined && kind !== 'PLACE' && kind !== 'PERSON';
}

/**
 * 'Territorial Collectivity of Guadeloupe (CTG)', 'Regional Council of Réunion (CRR)': a name of two capitalised words or more,
 * 'of' and a place, followed by an acronym in brackets spelling the initials of all of them (perhaps in another language's
 * order), is one institution's name, not a body and the place apart.
 */
function wholeOfPlaceByAcronym(c: NameContext, seq: readonly Token[], end: number): boolean {
  const of = seq.findIndex((t) => !t.capital && t.text === 'of');
  if (of < 2 || seq.slice(0, of).some((t) => !t.capital || t.possessive) || seq.slice(of + 1).some((t) => !t.capital)) return false;
  const acronym = ACRONYM_AFTER.exec(c.text.slice(end, end + 16))?.[1];
  if (!acronym || acronym.length < 3 || !/^\p{Lu}+$/u.test(acronym)) return false;
  const initials = initialsOf(seq);
  if (initials === acronym || initials.length !== acronym.length || [...initials].sort().join('') !== [...acronym].sort().join('')) return false;
  return lookupGazetteer(surfaceOf(c.text, seq.slice(of + 1)).surface)?.kind === 'PLACE' && kindFromWords(seq.slice(0, of)) !== 'PERSON';
}

function analyse(c: NameContext, seq: Token[]): Mention[] {
  const v = vocab();
  const whole = surfaceOf(c.text, seq);
  const known = lookupGazetteer(whole.surface);
  if (!known && seq.length >= 5 && (wholeByAcronym(c, seq, whole.end) || missionInRun(c.text, seq))) return [mention(c, seq, 'ORGANIZATION', 'known')];
  if (!known && seq.length >= 4 && wholeOfPlaceByAcronym(c, seq, whole.end)) return [mention(c, seq, 'ORGANIZATION', 'known')];
  // 'The Obama administration': a town's name (Obama, Japan) followed by a leader's word is the leader.
  const nextWord = lowerAt(c.tokens, c.after);
  if (seq.length === 1 && nextWord && v.personCuesAfter.has(nextWord) && (!known || known.id.startsWith('city:'))) return [mention(c, seq, 'PERSON', 'cue')];
  // 'beat Sevilla', 'Körfez coach', 'Melbourne City': in a sports report a town's name with a team cue is its club.
  if (sportsReport(c.text) && (known?.id.startsWith('city:') || (!known && seq.length === 2 && TOWN_CLUB_HEADS.has(seq[1]!.text.toLowerCase()) && lookupGazetteer(seq[0]!.text)?.id.startsWith('city:')))) {
    const before = c.text.slice(Math.max(c.sentence.start, whole.start - 32), whole.start);
    if (seq.length === 2 && !known) return [mention(c, seq, 'ORGANIZATION', 'cue')];
    if (TEAM_CUES_BEFORE.test(before) || (nextWord !== undefined && TEAM_CUES_AFTER.has(nextWord) && c.tokens[c.after - 1]!.end + 1 === c.tokens[c.after]!.start)) return [mention(c, seq, 'ORGANIZATION', 'cue')];
  }
  // 'Saprissa visit Cartaginés', 'host Alajuelense': in a sports report a lone word no table knows after a fixture's verb is a club
  // (a player's surname still joins the player in coreference).
  if (!known && seq.length === 1 && sportsReport(c.text) && /^\p{Lu}\p{Ll}{3,}$/u.test(whole.surface) && !isFirstName(whole.surface) && !isCommonWord(whole.surface) && TEAM_CUES_BEFORE.test(c.text.slice(Math.max(c.sentence.start, whole.start - 32), whole.start))) return [mention(c, seq, 'ORGANIZATION', 'cue')];
  if (seq.length === 1 && (!known || known.codeOnly) && unitOrCurrency(c, whole, !known)) return [];
  // 'NT$4.8 billion', 'S$12 million', 'HK$3': capitals glued to a dollar sign before an amount are a currency.
  if (seq.length === 1 && DOLLAR_PREFIX.test(whole.surface) && DOLLAR_AMOUNT_AFTER.test(c.text.slice(whole.end, whole.end + 2))) return [];
  // 'the TB ward', 'HIV testing': a disease's abbreviation is no name.
  if (seq.length === 1 && DISEASE_ACRONYMS.has(whole.surface)) return [];
  // 'Foot and Mouth Disease (FMD)': a disease's name is no entity ('Centers for Disease Control' ends otherwise; 'Institute of
  // Infectious Disease' holds 'of').
  if (seq.length >= 2 && seq[seq.length - 1]!.capital && DISEASE_HEADS.has(foldSurface(seq[seq.length - 1]!.text)) && !seq.some((t) => !t.capital && (t.text === 'of' || t.text === 'for'))) return [];
  const numberBefore = seq.length === 1 ? NUMBER_BEFORE.exec(c.text.slice(Math.max(c.sentence.start, whole.start - 16), whole.start))?.[1] : undefined;
  // '8 Beaufort', '41 Celsius', '20,480 MW on 23 July': a unit after a number is no name, whatever a table says the word is.
  if (numberBefore !== undefined && (UNIT_NAMES.has(whole.surface) || UNIT_ABBREVIATIONS.has(whole.surface))) return [];
  // 'the 4th century BC', '300 BC', 'AD 79': an era's abbreviation.
  if (seq.length === 1 && ERAS.has(whole.surface) && (numberBefore !== undefined || /(?:century|millennium|\d(?:st|nd|rd|th)?)[ \u00a0]$/.test(c.text.slice(Math.max(c.sentence.start, whole.start - 12), whole.start)) || /^[ \u00a0]\d/.test(c.text.slice(whole.end, whole.end + 2)))) return [];
  // '60 SIM boxes', 'my ID number', 'GPS trackers': acronyms of things, never a name.
  if (seq.length === 1 && THING_ACRONYMS.has(whole.surface)) return [];
  // '67 billion USD', '500 EUR': a currency code after an amount.
  if (seq.length === 1 && CURRENCY_CODE.test(whole.surface) && !known && /(?:\d|\b(?:million|billion|trillion|bn|mn))[ \u00a0]$/.test(c.text.slice(Math.max(c.sentence.start, whole.start - 12), whole.start))) return [];
  // 'Article 9', 'Section 12(b)', 'Chapter 11': a numbered part of a text.
  if (seq.length === 1 && TEXT_PARTS.has(whole.surface) && /^[ \u00a0]\d/.test(c.text.slice(whole.end, whole.end + 2))) return [];
  if (known) return [mention(c, seq, known.kind, 'known', known.id)];
  // 'G.Narantsetseg said': an initial glued to a name is a person's name as Mongolian news writes it.
  if (seq.length === 1 && GLUED_INITIAL.test(seq[0]!.text)) return [mention(c, seq, 'PERSON', 'cue')];
  // 'MNT 1.5 million', 'CHF 2.4 million': a currency code before an amount is no name.
  if (seq.length === 1 && CURRENCY_CODE.test(whole.surface) && AMOUNT_AFTER.test(c.text.slice(whole.end, whole.end + 3))) return [];
  // 'the Board of Directors': a company's own body, no name.
  if (GENERIC_BODIES.has(foldSurface(whole.surface))) return [];
  // 'the Medal of Cultural Merit', 'the Prize of the City of X': an honour is no entity.
  if (seq.length >= 3 && HONOUR_HEADS.has(seq[0]!.text) && seq[1]!.text === 'of' && !seq[1]!.capital) return [];
  // 'the Djiboutian border': a country's name and a demonym ending, which the tables may lack, is an adjective.
  if (seq.length === 1 && DEMONYM_ENDING.test(whole.surface) && DEMONYM_STEMS(whole.surface).some((stem) => lookupGazetteer(stem)?.id.startsWith('country:'))) return [];
  // 'the Cabo Verdean capital', 'Sierra Leonean traders': so is a country's name of two words or three with a demonym ending.
  if (seq.length >= 2 && seq.length <= 3 && seq.every((t) => t.capital && !t.possessive) && DEMONYM_ENDING.test(whole.surface) && DEMONYM_STEMS(whole.surface).some((stem) => lookupGazetteer(stem)?.id.startsWith('country:'))) return [];
  // 'the Act makes compulsory', 'under the Code': a law's head alone, after 'the', names the law just named (no entity).
  if (seq.length === 1 && seq[0]!.capital && LAW_HEADS.has(foldSurface(whole.surface)) && !isFirstName(whole.surface) && THE_BEFORE.test(c.text.slice(Math.max(c.sentence.start, whole.start - 5), whole.start))) return [];
  // 'the Seimas', 'the Knesset': a legislature known by its native name.
  if (LEGISLATURE_NAMES.has(whole.surface)) return [mention(c, seq, 'ORGANIZATION', 'known')];
  // 'a weak La Niña pattern' (a weather event), 'a Series A round' (a funding round), 'the R21 vaccine' (a product code): no entities.
  if (CLIMATE_EVENTS.has(foldSurface(whole.surface)) || FUNDING_ROUND.test(whole.surface)) return [];
  // 'the D1 motorway', 'the A13 motorway', 'the N7 highway': a code before a road's noun is the road (a place).
  if (seq.length === 1 && PRODUCT_CODE.test(whole.surface) && nextWord !== undefined && ROAD_NOUNS_AFTER.has(nextWord) && /^[ \t]+$/.test(c.text.slice(whole.end, c.tokens[c.after]!.start))) return [mention(c, seq, 'PLACE', 'cue')];
  if (seq.length === 1 && PRODUCT_CODE.test(whole.surface) && nextWord !== undefined && WORD_AFTER.test(c.text.slice(whole.end, whole.end + 2)) && !lexiconTags(nextWord).some((t) => FUNCTION_OR_VERB.test(t))) return [];
  // 'the European-gauge line', 'Chinese-made': a demonym glued to a lower-case word is an adjective.
  const glued = seq.length === 1 ? DEMONYM_COMPOUND.exec(whole.surface) : null;
  if (glued && lookupDemonym(glued[1]!)) return [];
  // 'published in Nature Ecology & Evolution', 'the journal X': a journal is an organisation, '&' and all.
  // Not a place ('has been reported in East Africa').
  if (seq.length >= 2 && JOURNAL_BEFORE.test(c.text.slice(Math.max(c.sentence.start, whole.start - 40), whole.start)) && kindFromWords(seq) !== 'PLACE' && lookupGazetteer(whole.surface)?.kind !== 'PLACE') return [mention(c, seq, 'ORGANIZATION', 'known')];
  // 'a World Heritage site', 'on the World Heritage list': the designation alone is no entity either.
  if (seq.length >= 2 && (DESIGNATIONS.has(foldSurface(whole.surface)) && (nextWord === undefined || DESIGNATION_NOUNS.has(nextWord) || !WORD_AFTER.test(c.text.slice(whole.end, whole.end + 2))))) return [];
  // 'a Government that has given up', 'the Government parties': the lone word is the common noun, capitalised by house style.
  if (seq.length === 1 && LONE_COMMON_HEADS.has(whole.surface)) return [];
  // 'Sh2,800', 'Rs450', 'Tk12': a currency's abbreviation glued to an amount is no name.
  if (seq.length === 1 && GLUED_AMOUNT.test(whole.surface)) return [];
  // 'a UNESCO World Heritage Site': a known organisation before a designation; the designation is no entity.
  if (seq.length >= 2 && /^\p{Lu}{2,}$/u.test(seq[0]!.text) && lookupGazetteer(seq[0]!.text)?.kind === 'ORGANIZATION' && DESIGNATIONS.has(foldSurface(surfaceOf(c.text, seq.slice(1)).surface))) return analyse({ ...c, after: c.at + 1 }, seq.slice(0, 1));
  // 'CooperAcción', 'EuBiologics', 'CaspianTrade': a capital inside one word (not 'McKenzie', 'DeSantis') is a brand's.
  if (seq.length === 1 && CAMEL_CASE.test(whole.surface) && !SURNAME_PREFIX.test(whole.surface)) return [mention(c, seq, 'ORGANIZATION', 'cue')];
  // 'Global Fund to Fight AIDS, Tuberculosis and Malaria': a name with its purpose (findNameRuns()) is one organisation.
  if (whole.surface.includes('to') && PURPOSE_NAME.test(whole.surface) && v.orgSuffix(foldSurface(seq[seq.findIndex((t) => t.text === 'to') - 1]!.text))) return [mention(c, seq, 'ORGANIZATION', 'known')];
  // 'Ministry of Environment, Water and Agriculture': the run took a portfolio list; its 'and' lists no names.
  if (MINISTRY_HEADS.has(seq[0]!.text) && seq[1]?.text === 'of' && whole.surface.includes(',')) return [mention(c, seq, 'ORGANIZATION', 'known')];
  // 'Rail, Tram and Bus Union': the run took a members' list (name-runs.ts); its commas and 'and' list no names either.
  if (whole.surface.includes(',') && MEMBERS_LIST_NAME.test(whole.surface)) return [mention(c, seq, 'ORGANIZATION', 'known')];
  // 'Cyclone Idai' (an event), 'the Data Protection Act', 'the World Anti-Doping Code' (laws): no entities.
  const lastWord = foldSurface(seq[seq.length - 1]!.text);
  // 'Tropical Cyclone Fanilo': a storm's opener may be two words.
  if (seq.length >= 2 && (STORM_OPENERS.has(foldSurface(seq[0]!.text)) || (seq.length >= 3 && STORM_OPENERS.has(`${foldSurface(seq[0]!.text)} ${foldSurface(seq[1]!.text)}`)) || (LAW_HEADS.has(lastWord) && seq[seq.length - 1]!.capital && !isFirstName(seq[0]!.text)))) return [];
  // 'the Champions League', 'the Europa League final': a competition is an event, no entity.
  if (seq.length >= 2 && lastWord === 'league' && (COMPETITION_LEAGUE_WORDS.has(foldSurface(seq[seq.length - 2]!.text)) || (nextWord !== undefined && COMPETITION_CUES_AFTER.has(nextWord)))) return [];
  // 'the AFC Champions League Elite', 'UEFA Champions League Two': the competition's name inside a longer run.
  if (seq.some((t, i) => i >= 1 && t.capital && foldSurface(t.text) === 'league' && COMPETITION_LEAGUE_WORDS.has(foldSurface(seq[i - 1]!.text)))) return [];
  // 'German Federal Ministry of Education and Research', 'the Danish Ministry of Defence': a demonym before a ministry's own name
  // says whose ministry it is and is no part of the name.
  if (seq.length >= 4 && seq[0]!.capital && !seq[0]!.possessive && lookupDemonym(seq[0]!.text) && !lookupGazetteer(whole.surface)) {
    const head = GOVERNMENT_LEVELS.has(seq[1]!.text) ? 2 : 1;
    if (MINISTRY_HEADS.has(seq[head]?.text ?? '') && seq[head + 1]?.text === 'of' && /^[ \t]+$/.test(c.text.slice(seq[0]!.end, seq[1]!.start))) return analyse({ ...c, at: c.at + 1 }, seq.slice(1));
  }
  // 'Peruvian Red Cross', 'Syrian Red Crescent': a demonym before a known organisation names its national branch.
  if (seq.length > 1 && lookupDemonym(seq[0]!.text) && lookupGazetteer(surfaceOf(c.text, seq.slice(1)).surface)?.kind === 'ORGANIZATION' && !/^\p{Lu}{2,}$/u.test(seq[1]!.text)) return [mention(c, seq, 'ORGANIZATION', 'known')];
  // 'Solomon Islands Red Cross', 'Kenya Red Cross': so does a country's name before one (a spelt-out organisation, not an acronym).
  for (let n = 1; n <= 3 && n < seq.length; n++) {
    if (!lookupGazetteer(surfaceOf(c.text, seq.slice(0, n)).surface)?.id.startsWith('country:') || /^\p{Lu}{2,}$/u.test(seq[n]!.text)) continue;
    const branch = lookupGazetteer(surfaceOf(c.text, seq.slice(n)).surface);
    if (branch?.kind === 'ORGANIZATION' && seq.length - n >= 2 && seq.every((t) => t.capital)) return [mention(c, seq, 'ORGANIZATION', 'known')];
  }
  // 'the Holy of Holies', 'the Song of Songs': a word, 'of' and the word's own plural (a superlative) are one name;
  // after 'the' with no other cue, a place (a sanctuary's chamber, most often).
  if (seq.length === 3 && seq[1]!.text === 'of' && !seq[1]!.capital && seq[0]!.capital && seq[2]!.capital && ownPlural(seq[0]!.text, seq[2]!.text)) {
    const cue = kindFromCues(c, 3);
    if (cue) return [mention(c, seq, cue.kind, cue.evidence)];
    const the = THE_SO_CALLED_BEFORE.test(c.text.slice(Math.max(c.sentence.start, whole.start - 14), whole.start));
    return [the ? mention(c, seq, 'PLACE', 'guess') : mention(c, seq)];
  }
  // 'Spartak Subotica of Serbia and Hibernian of Scotland': a name whose head is no organisation or place word, then 'of' and a
  // country, is the name and the country it is from.
  const ofAt = seq.findIndex((t, i) => i > 0 && t.text === 'of' && !t.capital);
  // 'Lanikai Canoe Club of Hawaii' beside 'Lanikai Canoe Club (Hawaii)': a name of two words or more the article also writes
  // without 'of', then 'of' and a place the tables know, is that name and the place it is from.
  if (ofAt >= 2 && seq.slice(0, ofAt).every((t) => t.capital && !t.possessive) && seq[ofAt + 1]?.capital) {
    const left = surfaceOf(c.text, seq.slice(0, ofAt));
    // Not 'Central Bank of Nicaragua' beside 'the Central Bank': a name of common words alone is no name of its own.
    const ownWord = seq.slice(0, ofAt).some((t) => !isCommonWord(t.text) && !lookupGazetteer(t.text) && !v.orgSuffix(foldSurface(t.text)));
    if (ownWord && lookupGazetteer(surfaceOf(c.text, seq.slice(ofAt + 1)).surface)?.kind === 'PLACE' && !lookupGazetteer(whole.surface) && namedWithoutOf(c.text, left.surface, left.start)) {
      return [...analyse({ ...c, after: c.at + ofAt }, seq.slice(0, ofAt)), ...analyse({ ...c, at: c.at + ofAt + 1 }, seq.slice(ofAt + 1))];
    }
  }
  if (ofAt > 0 && seq[ofAt + 1]?.capital) {
    const countryEnd = [seq.length, ...seq.flatMap((t, i) => (i > ofAt + 1 && !t.capital && t.text === 'and' ? [i] : []))].sort((a, b) => a - b)[0]!;
    const country = lookupGazetteer(surfaceOf(c.text, seq.slice(ofAt + 1, countryEnd)).surface);
    const head = foldSurface(seq[ofAt - 1]!.text);
    const opener = foldSurface(seq[0]!.text);
    // 'the National Ballet of Cuba', 'the Centre Pasteur of Cameroon': a state's institution, or one an organisation word opens,
    // keeps its country.
    if (country?.id.startsWith('country:') && ofAt >= 2 && countryEnd === seq.length && seq.slice(0, ofAt).every((t) => t.capital) && (NATIONAL_OPENERS.has(opener) || v.orgSuffix(opener)) && kindFromWords(seq) === undefined) return [mention(c, seq, 'ORGANIZATION', 'cue')];
    if (country?.id.startsWith('country:') && ofAt >= 2 && seq.slice(0, ofAt).every((t) => t.capital && !isCommonWord(t.text)) && !lookupGazetteer(surfaceOf(c.text, seq.slice(0, ofAt)).surface) && !v.orgSuffix(head) && !v.placeSuffix(head) && !v.orgHeads.has(opener) && !v.placeHeads.has(opener) && !MINISTRY_HEADS.has(seq[0]!.text)) {
      const out: Mention[] = analyse({ ...c, after: c.at + ofAt }, seq.slice(0, ofAt)).map((m) => ({ ...m, kind: m.kind ?? 'ORGANIZATION', evidence: m.evidence ?? 'guess' }));
      const countryAt = c.at + ofAt + 1;
      out.push(...analyse({ ...c, at: countryAt, after: c.at + countryEnd }, seq.slice(ofAt + 1, countryEnd)));
      const restFrom = countryEnd + 1;
      const rest = seq.slice(restFrom);
      // '... and Hibernian of Scotland': the list's next name is read the same way, whatever its one word.
      const restOf = rest.findIndex((t) => t.text === 'of' && !t.capital);
      const restCountry = restOf > 0 && rest.slice(0, restOf).every((t) => t.capital) ? lookupGazetteer(surfaceOf(c.text, rest.slice(restOf + 1)).surface) : undefined;
      if (restCountry?.id.startsWith('country:')) {
        const first = out[0]!;
        out.push({ ...mention({ ...c, at: c.at + restFrom, after: c.at + restFrom + restOf }, rest.slice(0, restOf)), kind: first.kind, evidence: 'cue' });
        out.push(...analyse({ ...c, at: c.at + restFrom + restOf + 1, after: c.after }, rest.slice(restOf + 1)));
      } else if (rest.length > 0) out.push(...analyse({ ...c, at: c.at + restFrom, after: c.after }, rest));
      return out;
    }
  }
  // 'the Government of Belize': the country's government is a mention of the country (not a dependent territory's: 'the
  // Government of Jersey' is the island's institution, like 'the Government of Nunavut').
  if (seq.length >= 3 && GOVERNMENT_OF.test(whole.surface)) {
    const state = lookupGazetteer(surfaceOf(c.text, seq.slice(2)).surface);
    if (state?.id.startsWith('country:') && !isDependentTerritory(state.id)) return analyse({ ...c, at: c.at + 2 }, seq.slice(2));
  }
  // 'Permanent Joint Technical Commission on the Kunene River': an organisation's head before 'on the' names the body, whatever
  // the place noun ending its subject says.
  const onThe = seq.findIndex((t, i) => i > 0 && t.text === 'on' && seq[i + 1]?.text === 'the' && ON_HEADS.has(seq[i - 1]!.text));
  if (onThe > 0 && seq.length > onThe + 2) return [mention(c, seq, 'ORGANIZATION', 'cue')];
  const ownKind = kindFromWords(seq);
  // "at altitude in Italy's Val Ridanna": after a place preposition and a country's possessive, a name no word makes an organisation is a place.
  const owner = c.tokens[c.at - 1];
  if (owner?.possessive && ownKind !== 'ORGANIZATION' && !seq[0]!.possessive && lookupGazetteer(owner.text)?.id.startsWith('country:') && POSSESSOR_IN_PLACE.test(c.text.slice(Math.max(c.sentence.start, owner.start - 10), owner.start)) && /^['’]s[ \t]+$/.test(c.text.slice(owner.start + owner.text.length, seq[0]!.start))) return [mention(c, seq, 'PLACE', 'cue')];
  const possessive = seq.findIndex((t) => t.possessive);
  const possessor = possessive >= 0 ? surfaceOf(c.text, seq.slice(0, possessive + 1)).surface : '';
  const afterPossessive = possessive >= 0 ? seq.slice(possessive + 1) : [];
  // "Susan's Bay", "St John's Wood": an unknown possessor and one place noun are one place's name.
  if (possessive >= 0 && possessive <= 1 && seq.slice(0, possessive + 1).every((t) => t.capital) && afterPossessive.length === 1 && v.placeNouns.has(foldSurface(afterPossessive[0]!.text)) && !lookupGazetteer(possessor) && !seq.slice(0, possessive + 1).some((t) => lookupGazetteer(t.text)?.id.startsWith('country:'))) return [mention(c, seq, 'PLACE', 'cue')];
  // "the First Chamber of Mexico's Supreme Court of Justice": 'of' and a place's possessive between two organisations' names split them.
  if (possessive >= 2 && possessive < seq.length - 1 && seq[possessive - 1]!.text === 'of' && !seq[possessive - 1]!.capital && lookupGazetteer(seq[possessive]!.text)?.kind === 'PLACE' && kindFromWords(seq.slice(0, possessive - 1)) === 'ORGANIZATION' && kindFromWords(afterPossessive) === 'ORGANIZATION') {
    return [...analyse({ ...c, after: c.at + possessive - 1 }, seq.slice(0, possessive - 1)), ...analyse({ ...c, at: c.at + possessive }, seq.slice(possessive))];
  }
  // "the Court of King's Bench": a possessive right after 'of' before one word that is no title belongs to the institution's name.
  const ofPossessive = possessive >= 2 && seq[possessive - 1]!.text === 'of' && !seq[possessive - 1]!.capital && afterPossessive.length === 1 && phraseAt(afterPossessive, 0, v.titles) === 0 && !lookupGazetteer(afterPossessive[0]!.text);
  // 'Kroo Bay and Susan's Bay': the list is split first, then the possessor and its place noun are read as one place.
  const listedPlace = possessive >= 2 && afterPossessive.length === 1 && v.placeNouns.has(foldSurface(afterPossessive[0]!.text)) && seq.slice(0, possessive).some((t) => !t.capital && t.text === 'and');
  // "HMRC's Fraud Investigation Service", "NASA's Jet Propulsion Laboratory": an acronym's possessive opening an organisation's name
  // is its owner; the body after it has a name of its own.
  const acronymOwner = possessive === 0 && /^\p{Lu}{2,6}$/u.test(seq[0]!.text) && seq.length >= 3;
  // "the Goa Police's Special Investigation Team": so is an organisation named by its own words before one that is too.
  const organisationOwner = () => possessive >= 1 && afterPossessive.length >= 2 && kindFromWords(seq.slice(0, possessive + 1)) === 'ORGANIZATION' && kindFromWords(afterPossessive) === 'ORGANIZATION';
  // "Agriculture and Agri-Food Canada's Saskatoon Research and Development Centre", "Statistics Canada's Labour Force Survey
  // Unit": so is a name of two words or more that ends in a country's name (a national agency named so) before one.
  const countryNamedOwner = () => possessive >= 1 && afterPossessive.length >= 2 && lookupGazetteer(seq[possessive]!.text)?.id.startsWith('country:') === true && !lookupGazetteer(possessor) && kindFromWords(afterPossessive) === 'ORGANIZATION';
  // "the Union Territory's Department of School Education", "the Province's Office of the Fire Marshal": an owner named by common
  // words after 'the' (a place or body the article describes) owns the 'X of Y' institution after it; the owner is a description, no name of its own.
  if (possessive >= 1 && !ofPossessive && afterPossessive.length >= 3 && afterPossessive[1]!.text === 'of' && !afterPossessive[1]!.capital && possessive <= 2 && seq.slice(0, possessive + 1).every((t) => t.capital && !lookupGazetteer(t.text) && !isFirstName(t.text) && (isCommonWord(t.text) || v.orgSuffix(foldSurface(t.text)) || v.placeSuffix(foldSurface(t.text)) || v.orgHeads.has(foldSurface(t.text)))) && !lookupGazetteer(possessor) && THE_BEFORE.test(c.text.slice(Math.max(c.sentence.start, whole.start - 5), whole.start)) && kindFromWords(afterPossessive) === 'ORGANIZATION') {
    return analyse({ ...c, at: c.at + possessive + 1 }, afterPossessive);
  }
  // "Chairman of the Binh Duong People's Committee Tran Van Long": the body's own word after the possessive ends the body; a
  // full name of three or four words after it is a person's (round 29).
  if (possessive >= 0 && seq.length - possessive - 2 >= 3 && seq[possessive + 1]!.capital && v.orgSuffix(foldSurface(seq[possessive + 1]!.text)) && seq.length - possessive - 2 <= 4 && longFullName(c.text, seq.slice(possessive + 2))) {
    const cut = possessive + 2;
    const person = mention({ ...c, at: c.at + cut }, seq.slice(cut), 'PERSON', 'cue');
    // The possessor and its body's word: 'Chairman of the Binh Duong People's' (a post that waits for its holder, below).
    const body = analyse({ ...c, after: c.at + possessive + 1 }, seq.slice(0, possessive + 1));
    const post = pending.get(c.sentence);
    if (post && post.end <= person.start && /^[ \t]*$/.test(c.text.slice(post.end, person.start)) && !body.some((m) => m.kind === 'PERSON')) {
      person.title = post.title;
      if (post.titleCountry) person.titleCountry = post.titleCountry;
    }
    return [...body, person];
  }
  // "Nigel Tabi of the Public Solicitor's Office": 'of', 'at' or 'from' before the possessive ends the first name; an
  // organisation's name after it keeps its possessive and head whole (round 32b). Not 'and' ("Forestry and Timber Norway's X").
  const connectorCut = possessive > 1 && ownKind !== 'ORGANIZATION' ? seq.findIndex((t, i) => i > 0 && i < possessive && !t.capital && SPLITTING.has(t.text.toLowerCase())) : -1;
  const connectorWord = connectorCut > 0 ? seq[connectorCut]!.text : '';
  if (connectorCut > 0 && (connectorWord === 'of' || connectorWord === 'at' || connectorWord === 'from')) {
    const parts = splitAtFirstConnector(seq);
    // Not when the possessor is a body itself ("the Halden Constabulary's Cyber Fraud Unit": the unit of a body).
    const possessor = parts[1]?.find((t) => t.possessive);
    if (parts.length === 2 && possessor && !vocab().orgSuffix(foldSurface(possessor.text).replace(/['’]s$/, '')) && kindFromWords(parts[1]!) === 'ORGANIZATION' && !lookupGazetteer(surfaceOf(c.text, parts[1]!.slice(0, parts[1]!.indexOf(possessor) + 1)).surface)) {
      const rightAt = c.tokens.indexOf(parts[1]![0]!, c.at);
      return [...analyse({ ...c, after: c.at + parts[0]!.length }, parts[0]!), ...analyse({ ...c, at: rightAt, after: rightAt + parts[1]!.length }, parts[1]!)];
    }
  }
  if (possessive >= 0 && possessive < seq.length - 1 && !ofPossessive && !listedPlace && (ownKind !== 'ORGANIZATION' || lookupGazetteer(possessor) || acronymOwner || organisationOwner() || countryNamedOwner())) {
    return [...analyse({ ...c, after: c.at + possessive + 1 }, seq.slice(0, possessive + 1)), ...analyse({ ...c, at: c.at + possessive + 1 }, seq.slice(possessive + 1))];
  }
  // "Matanzas' Sauto Theater", "Athens' Olympic Stadium": a place the gazetteer knows, ending in s, with a bare apostrophe is a
  // possessor; what follows is another name.
  const barePossessor = seq.findIndex((t, i) => i < seq.length - 1 && t.capital && /s$/.test(t.text) && /^['’][ \t]/.test(c.text.slice(t.end, t.end + 2)));
  if (barePossessor >= 0 && seq[barePossessor + 1]!.capital && lookupGazetteer(surfaceOf(c.text, seq.slice(0, barePossessor + 1)).surface)?.kind === 'PLACE') {
    return [...analyse({ ...c, after: c.at + barePossessor + 1 }, seq.slice(0, barePossessor + 1)), ...analyse({ ...c, at: c.at + barePossessor + 1 }, seq.slice(barePossessor + 1))];
  }
  // "Chinese Academy of Sciences' Institute of X": a plural possessive between two organisations' names splits them.
  const plural = seq.findIndex((t, i) => i > 0 && i < seq.length - 1 && /s$/.test(t.text) && /^['’][ \t]/.test(c.text.slice(t.end, t.end + 2)));
  // "the Social Democrats' Aoife Walsh": so does one before a full name no word of which is common, known or an organisation's.
  const personAfter = (rest: Token[]) => rest.length >= 2 && rest.every((t) => t.capital && !isCommonWord(t.text) && !lookupGazetteer(t.text) && !v.orgSuffix(foldSurface(t.text)) && !v.placeSuffix(foldSurface(t.text))) && kindFromWords(rest) === undefined;
  // Not "Estonian Mining Workers' Trade Union", "Farmers' Union": the members' plural owning its own union is one name.
  if (plural > 0 && ((!MEMBERS_PLURALS.has(seq[plural]!.text) && kindFromWords(seq.slice(0, plural + 1)) === 'ORGANIZATION' && kindFromWords(seq.slice(plural + 1)) === 'ORGANIZATION') || personAfter(seq.slice(plural + 1)))) {
    return [...analyse({ ...c, after: c.at + plural + 1 }, seq.slice(0, plural + 1)), ...analyse({ ...c, at: c.at + plural + 1 }, seq.slice(plural + 1))];
  }
  if (ownKind !== 'ORGANIZATION' && ownKind !== 'PLACE') {
    const titled = titleInside(c, seq);
    if (titled) return titled;
  }
  // 'Gulf Sands Group Chief Executive Officer Dana Al-Roumi', 'Ashford University Vice Chancellor Tom Reyes': a name whose own
  // words say organisation or place, then a title inside and two or more capitalised words after it, is the post's
  // organisation and a titled person (the name's last words are no organisation's or place's).
  else if (seq.length >= 4 && seq.every((t) => t.capital) && !seq.some((t) => t.possessive) && personAfterTitle(c, seq)) {
    const titled = titleInside(c, seq);
    if (titled?.some((m) => m.kind === 'PERSON' && m.title)) return titled;
  }
  // 'European Investment Bank and Nordic banks': a list is split before a demonym opening its first name is dropped.
  // 'Manx Labour' after 'Manx Labour Party': a short form of an organisation the article names with its organisation word keeps it.
  if (seq.length > 1 && ownKind === undefined && lookupDemonym(seq[0]!.text) && !seq.some((t) => !t.capital && SPLITTING.has(t.text.toLowerCase()))) {
    if (namedWithOrgWord(c.text, whole.surface)) return [mention(c, seq, 'ORGANIZATION', 'cue')];
    // 'German Channel', 'Spanish Point': a demonym before one common word that names nothing alone (no organisation's word,
    // no title, no plural) is a place's whole name ('Channel' alone would be none).
    if (seq.length === 2 && seq[1]!.capital && !seq[1]!.possessive && isCommonWord(seq[1]!.text) && !/s$/.test(seq[1]!.text) && !v.orgSuffix(foldSurface(seq[1]!.text)) && !v.orgHeads.has(foldSurface(seq[1]!.text)) && !opensTitle(seq[1]!.text) && phraseAt(seq, 1, v.titles) === 0 && !lookupGazetteer(seq[1]!.text)) {
      const cue = kindFromCues(c, 2);
      return [cue ? mention(c, seq, cue.kind, cue.evidence) : mention(c, seq)];
    }
    const rest = analyse({ ...c, at: c.at + 1 }, seq.slice(1));
    // 'the British Antarctic Survey', 'the French Foreign Legion': after 'the', a demonym before two capitalised words or more that
    // no table knows and no other cue reads (no person's) opens an institution's name.
    const institution = rest.length === 1 && seq.length >= 3 && rest[0]!.start === seq[1]!.start && rest[0]!.end === whole.end && !rest[0]!.id && rest[0]!.kind !== 'PERSON' && rest[0]!.evidence !== 'known' && !seq.some((t) => t.possessive) && THE_BEFORE.test(c.text.slice(Math.max(c.sentence.start, whole.start - 5), whole.start)) && !lookupDemonym(seq[1]!.text);
    return institution ? [{ ...rest[0]!, start: whole.start, surface: whole.surface, length: rest[0]!.length + 1, kind: rest[0]!.kind ?? 'ORGANIZATION', evidence: rest[0]!.evidence ?? 'guess' }] : rest;
  }
  if (seq.length === 1 && lookupDemonym(seq[0]!.text)) return [];
  // 'Trinidad and Tobago and Bosnia and Herzegovina': split after the longest known name, not at every 'and'.
  const ands: number[] = [];
  for (let i = 1; i < seq.length; i++) if (!seq[i]!.capital && (seq[i]!.text === 'and' || seq[i]!.text === '&')) ands.push(i);
  const connector = [...ands].reverse().find((i) => lookupGazetteer(surfaceOf(c.text, seq.slice(0, i)).surface)) ?? ands[0] ?? -1;
  const left = seq.slice(0, connector);
  const right = seq.slice(connector + 1).filter((t, i, all) => !(i === 0 && t.text === 'the' && all.length > 1));
  // 'Belgium and Sweden', 'the Research Council of Norway and the Wellcome Trust': two names, not one.
  // 'Ethiopian Coffee and Tea Authority', 'Kenya Power and Lighting Company': a place or demonym, a common noun,
  // 'and', a common noun and an organisation word are one name (not 'European Investment Bank and World Bank').
  const leftEnd = foldSurface(left[left.length - 1]?.text ?? '');
  const oneName =
    connector >= 2 && right.length === 2 && seq.length === connector + 3 && right[1]!.capital && vocab().orgSuffix(foldSurface(right[1]!.text)) &&
    !lookupGazetteer(right[0]!.text) && /^\p{Lu}\p{Ll}+$/u.test(left[left.length - 1]!.text) && !INSTITUTION_HEADS.has(leftEnd) && !vocab().placeSuffix(leftEnd) &&
    ((isCommonWord(right[0]!.text) && (lookupDemonym(left[0]!.text) !== undefined || lookupGazetteer(left[0]!.text)?.kind === 'PLACE')) || (plainNoun(right[0]!.text) && !vocab().orgSuffix(leftEnd) && placeOpens(c, left)));
  if (oneName) return [mention(c, seq, 'ORGANIZATION', 'known')];
  // 'Ministry of Science and ICT', 'Department of Energy and Natural Resources': a ministry's 'and' joins its portfolios.
  // 'Federal Ministry of Education and Research': a government level may open it.
  const ministryAt = GOVERNMENT_LEVELS.has(seq[0]!.text) && MINISTRY_HEADS.has(seq[1]?.text ?? '') ? 1 : 0;
  const portfolioPair = connector > 2 + ministryAt && MINISTRY_HEADS.has(seq[ministryAt]!.text) && seq[ministryAt + 1]?.text === 'of' && seq[connector + 1]?.capital === true && !lookupGazetteer(surfaceOf(c.text, right).surface) && !right.some((t) => !t.capital);
  if (portfolioPair) return [mention(c, seq, 'ORGANIZATION', 'known')];
  // 'Agriculture and Agri-Food Canada', 'Fisheries and Oceans Canada', 'Oil and Gas UK': words no table knows joined by 'and',
  // then a country's name, are a national body's name (not 'Spain and Portugal', 'Peru and Chile', nor 'Ana and Iván Peru').
  const countryBody = connector >= 1 && connector <= 2 && right.length >= 2 && right.length <= 3 && seq.length === connector + 1 + right.length && left.every((t) => /^\p{Lu}\p{Ll}+$/u.test(t.text) && !lookupGazetteer(t.text) && !isFirstName(t.text) && !lookupDemonym(t.text)) && lookupGazetteer(right[right.length - 1]!.text)?.id.startsWith('country:') === true && right.slice(0, -1).every((t) => t.capital && !lookupGazetteer(t.text) && !isFirstName(t.text) && !lookupDemonym(t.text));
  if (countryBody) return [mention(c, seq, 'ORGANIZATION', 'known')];
  // 'Ministry of Public Health and the Fight against AIDS': after an organisation's name, 'and (the) Fight against X' (a
  // struggle the run took in, name-runs.ts) is the rest of its portfolio, no second name.
  if (connector > 1 && right.length >= 3 && right[1]!.text === 'against' && !right[1]!.capital && kindFromWords(left) === 'ORGANIZATION') return [mention(c, seq, 'ORGANIZATION', 'known')];
  // 'National Office for Risk and Disaster Management (BNGRC)': an organisation word, 'for'/'of' and two portfolios joined by
  // 'and', the whole followed by its acronym in brackets, is one name (the acronym may spell another language's words).
  const headOf = seq.findIndex((t) => !t.capital && (t.text === 'for' || t.text === 'of'));
  const bracketed = connector > headOf + 1 && headOf >= 1 && headOf <= 3 && ACRONYM_AFTER.test(c.text.slice(whole.end, whole.end + 12));
  if (bracketed && v.orgSuffix(foldSurface(seq[headOf - 1]!.text)) && seq.slice(headOf + 1).every((t) => t.capital || t === seq[connector]) && right.length <= 3 && !seq.slice(headOf + 1).some((t) => t.capital && (lookupGazetteer(t.text) || isFirstName(t.text)))) return [mention(c, seq, 'ORGANIZATION', 'known')];
  // 'Royal St Vincent and the Grenadines Police Force': a country's name holding 'and' inside an organisation's name (its own
  // words say so) is no list; the run is one name.
  if (connector > 0 && ownKind === 'ORGANIZATION' && seq.length <= 12 && knownAcross(c.text, seq, connector)) return [mention(c, seq, 'ORGANIZATION', 'known')];
  const listOfKnown =
    connector > 0 &&
    (lookupGazetteer(surfaceOf(c.text, left).surface) !== undefined ||
      // 'closed between Katherine and Pine Creek': 'between' before the run says its 'and' joins two names.
      (right.length >= 1 && right.every((t) => t.capital) && left.every((t) => t.capital) && BETWEEN_BEFORE.test(c.text.slice(Math.max(c.sentence.start, whole.start - 9), whole.start))) ||
      seq[connector + 1]?.text === 'the' ||
      (kindFromWords(left) !== undefined && kindFromWords(right) !== undefined) ||
      // 'the Research Council of Norway and ICIMOD': an organisation and an acronym.
      (kindFromWords(left) === 'ORGANIZATION' && right.length === 1 && /^\p{Lu}{3,}$/u.test(right[0]!.text)) ||
      // 'Residents of Lyari, Korangi and Orangi Town': after a capitalised name and a comma, 'and' closes a list of names.
      // Not a portfolio or members' list ('Agriculture, Livestock and Fisheries', 'Practitioners, Pharmacists and Dentists Union').
      (connector <= 2 && left.every((t) => t.capital && !commonOrPlural(t.text)) && right.every((t) => t.capital) && listItemBefore(c.text.slice(Math.max(c.sentence.start, whole.start - 30), whole.start))) ||
      // 'German Channel, Blue Corner and Jellyfish Lake': so does one whose last name ends in a place's noun, whatever its words.
      (connector === 2 && right.length === 2 && left.every((t) => t.capital) && right.every((t) => t.capital) && v.placeSuffix(foldSurface(right[1]!.text)) && LIST_ITEM_BEFORE.test(c.text.slice(Math.max(c.sentence.start, whole.start - 30), whole.start))));
  if (listOfKnown) {
    const rightAt = c.tokens.indexOf(right[0]!);
    return [...analyse({ ...c, after: c.at + connector }, left), ...analyse({ ...c, at: rightAt, after: rightAt + right.length }, right)];
  }
  if (ownKind === undefined && seq.some((t) => !t.capital && SPLITTING.has(t.text.toLowerCase()))) {
    const out: Mention[] = [];
    let at = c.at;
    for (const part of splitAtFirstConnector(seq)) {
      const from = c.tokens.indexOf(part[0]!, at);
      out.push(...analyse({ ...c, at: from, after: from + part.length }, part));
      at = from + part.length;
    }
    return out;
  }
  // A title right before the name: 'spokesman John Kirby', 'council member Linda Marsh',
  // 'Uganda's foreign minister, Samuel Okello' (a comma may stand between).
  // An honorific may stand between: 'Its chief executive, Dr. Priya Raman'.
  // So may a Malay honorific string: 'LegCo member Yang Berhormat Dayang Norliza binti Haji Omar'.
  let nameAt = c.at > 0 && HONORIFIC.test(c.tokens[c.at - 1]!.text) ? c.at - 1 : c.at;
  for (let n = 0; n < 6 && nameAt > 0 && (MALAY_HONORIFIC_WORDS.has(c.tokens[nameAt - 1]!.text) || HONORIFIC.test(c.tokens[nameAt - 1]!.text)); n++) nameAt--;
  const titleBefore = phraseEndingAt(c.tokens, nameAt, v.titles);
  const pendingTitle = pending.get(c.sentence);
  const titleGap = titleBefore > 0 ? c.text.slice(c.tokens[nameAt - 1]!.end, c.tokens[nameAt]!.start) : '';
  // Not across a closing quote: '... never see a doctor,” Halvorsen told'.
  // Not '• Omar Fardan — chief risk officer, Bank Halcyon': after a dash that follows a person's name, the title describes
  // that person and the name after its comma is the employer.
  const dashedTitle = () => titleGap.includes(',') && DASH_BEFORE.test(c.text.slice(Math.max(c.sentence.start, c.tokens[titleStart(c.text, c.tokens, nameAt - titleBefore)]!.start - 4), c.tokens[titleStart(c.text, c.tokens, nameAt - titleBefore)]!.start));
  // Not a place its own words make ('retired customs officer, Place du Général de Gaulle': where a vox-pop's speaker lives; round 32b).
  if (ownKind !== 'ORGANIZATION' && !(ownKind === 'PLACE' && titleGap.includes(',')) && titleBefore > 0 && !c.tokens[nameAt - 1]!.capital && /^,?\s+$/.test(titleGap) && !dashedTitle()) {
    const from = titleStart(c.text, c.tokens, nameAt - titleBefore);
    const t = c.tokens.slice(from, nameAt);
    const span = { start: t[0]!.start, end: t[t.length - 1]!.end };
    const person = mention(c, seq, 'PERSON', 'known');
    person.title = { start: span.start, end: span.end, text: c.text.slice(span.start, span.end) };
    const demonymBefore = c.tokens[from - 1];
    const country = demonymBefore?.capital ? lookupDemonym(demonymBefore.text) : undefined;
    if (country) person.titleCountry = country;
    return [person];
  }
  if (pendingTitle && /^,\s*$/.test(c.text.slice(pendingTitle.end, whole.start)) && (ownKind === undefined || ownKind === 'PERSON')) {
    const person = mention(c, seq, 'PERSON', 'known');
    person.title = pendingTitle.title;
    if (pendingTitle.titleCountry) person.titleCountry = pendingTitle.titleCountry;
    return [person];
  }
  // 'the fisherman Dorian Hobbs Lake, who told ...': a landform's noun as a person's surname (round 31).
  if (ownKind === 'PLACE' && personWithLandformSurname(c, seq.length)) return [mention(c, seq, 'PERSON', 'cue')];
  // 'the capital of the Union Territory': a generic administrative unit with no name before it is no entity (round 31b).
  if (seq.length >= 2 && seq.length <= 4 && GENERIC_ADMIN_UNITS.has(foldSurface(whole.surface)) && !c.tokens[c.at - 1]?.capital) return [];
  // 'written in the Tifinagh script', 'the Ge'ez alphabet': a lone name before a writing system's noun names the script, no
  // entity (round 31b).
  if (seq.length === 1 && nextWord && WRITING_SYSTEM_NOUNS.has(nextWord) && c.tokens[c.after] && /^[ \t]+$/.test(c.text.slice(seq[0]!.end, c.tokens[c.after]!.start)) && !lookupGazetteer(seq[0]!.text)?.id.startsWith('country:')) return [];
  // 'in Rampur Char and Boroghop unions': names listed after 'in' before a lower-case 'unions' are local units (round 31b).
  if (ownKind !== 'ORGANIZATION' && placesBeforeUnits(c)) return [mention(c, seq, 'PLACE', 'cue')];
  // 'The Clear Fjords list took four seats': a name of two words or more between 'the' and an electoral list's noun is the
  // list, a body, though its own words name a place (round 32b).
  if (ownKind === 'PLACE' && seq.length >= 2 && nextWord && ELECTORAL_LIST_NOUNS.has(nextWord) && c.tokens[c.at - 1]?.text.toLowerCase() === 'the' && lowerAt(c.tokens, c.after + 1) !== 'of' && /^[ \t]+$/.test(c.text.slice(seq[seq.length - 1]!.end, c.tokens[c.after]!.start))) return [mention(c, seq, 'ORGANIZATION', 'cue')];
  if (ownKind) return [mention(c, seq, ownKind, 'known')];
  if (isAcronymName(c, seq)) return [mention(c, seq, 'ORGANIZATION', 'known')];
  // 'Syrias largest city': a possessive whose apostrophe the page lost.
  // Not 'The Basques of this island': a people's plural after 'the' or before 'of' is no possessive (round 32b).
  const stem = seq.length === 1 && /\p{Ll}s$/u.test(seq[0]!.text) && lowerAt(c.tokens, c.at - 1) !== 'the' && nextWord !== 'of' ? lookupGazetteer(seq[0]!.text.slice(0, -1)) : undefined;
  if (stem && !stem.codeOnly) return [{ ...mention(c, seq, stem.kind, 'known', stem.id), misspelt: true }];
  if (seq.length === 1 && /^\p{Lu}{2,}$/u.test(seq[0]!.text)) return [];
  // 'Nordic banks', 'Himalayan glaciers': a lone adjective of a region before a lower-case noun is no name.
  const nounAfter = c.tokens[c.after];
  // After 'the' only before a plural ('the Nordic countries'; 'the Caribbean' is a place).
  // 'the Mennonite farming colonies', 'Hussite preachers': a faith's or people's adjective in -ite is no place either, after 'the'
  // too (round 30b).
  if (seq.length === 1 && (lowerAt(c.tokens, c.at - 1) !== 'the' || /^\p{Ll}{3,}s$/u.test(nextWord ?? '') || /\p{Ll}{3}ite$/u.test(seq[0]!.text)) && /\p{Ll}(?:ic|ean|ian|yan)$|\p{Ll}{3}ite$/u.test(seq[0]!.text) && nextWord && nounAfter && /^[ \t]+$/.test(c.text.slice(seq[0]!.end, nounAfter.start)) && !v.placeCuesAfter.has(nextWord) && !v.orgCuesAfter.has(nextWord) && !SPEECH_VERBS.has(nextWord) && !lexiconTags(nextWord).some((t) => /Tense|Infinitive|Copula|Modal|Preposition|Determiner|Conjunction|Adverb/.test(t))) return [];
  // 'a commentary on the Quran', 'the Bible says': a scripture alone is a book, no entity (round 31).
  if (seq.length === 1 && SCRIPTURES.has(foldSurface(seq[0]!.text))) return [];
  // 'he said in Bislama', 'a Kinyarwanda broadcast': a language's name that world-countries lists, which no gazetteer entry,
  // demonym or given name also spells, is no entity (round 32b).
  if (seq.length <= 2 && LANGUAGE_NAMES.has(foldSurface(whole.surface)) && !lookupGazetteer(whole.surface) && !lookupDemonym(whole.surface) && !isFirstName(seq[0]!.text)) return [];
  // 'Climate researchers say', 'Health experts warn': a field's noun opening the sentence before a plural person's noun
  // describes the people, no name (round 31b).
  if (seq.length === 1 && whole.start === c.sentence.start && FIELD_NOUNS.has(foldSurface(seq[0]!.text)) && nextWord && (FIELD_PEOPLE_PLURALS.has(nextWord) || (nextWord.endsWith('s') && PERSON_NOUNS.has(nextWord.slice(0, -1)))) && nounAfter && /^[ \t]+$/.test(c.text.slice(seq[0]!.end, nounAfter.start))) return [];
  // 'Linguist Dr. Amal Perera of ...', 'Hydrologist Ines Varga said': an occupation's noun in '-ist' opening the sentence right
  // before a name or an honorific is the person's description, no name (round 31).
  if (seq.length === 1 && whole.start === c.sentence.start && /^\p{Lu}\p{Ll}{4,}ist$/u.test(seq[0]!.text) && nounAfter?.capital && /^[ \t]+$/.test(c.text.slice(seq[0]!.end, nounAfter.start)) && !lookupGazetteer(seq[0]!.text) && !isFirstName(seq[0]!.text)) return [];
  // 'playing for Galatasaray', 'joined the club from X': in a sports report only a club is played for.
  if (sportsReport(c.text) && CLUB_CUES_BEFORE.test(c.text.slice(Math.max(c.sentence.start, whole.start - 32), whole.start))) return [mention(c, seq, 'ORGANIZATION', 'cue')];
  const cue = kindFromCues(c, seq.length);
  if (cue) {
    // Not '{ ...mention(), weak }': a field added after a spread takes V8's slow path.
    // 'the union of health workers, ATSA Tierra del Fuego, said': an acronym before a place the article also names alone is
    // a body's branch there, no person (only 'X said' made it one).
    if (cue.kind === 'PERSON' && cue.weak && acronymBeforePlace(c.text, seq)) return [mention(c, seq, 'ORGANIZATION', 'cue')];
    const m = mention(c, seq, cue.kind, cue.evidence);
    if (cue.weak) m.weak = true;
    return [m];
  }
  const m = mention(c, seq);
  if (seq.length >= 2) {
    const words = seq.filter((t) => t.capital).map((t) => foldSurface(t.text));
    // 'published on 9 May in Coastal Ecology Letters Series': what a study is published in is a journal (an organisation),
    // whatever its last word.
    if (PUBLISHED_IN_BEFORE.test(c.text.slice(Math.max(c.sentence.start, whole.start - 48), whole.start))) {
      m.kind = 'ORGANIZATION';
      m.evidence = 'cue';
      return [m];
    }
    if (v.eventSuffixes.has(words[words.length - 1]!)) return [];
    // 'Tour de France', 'Tour du Rwanda', "Giro d'Italia", 'Vuelta a Burgos': a stage race's head-first name is an event, no entity.
    if (seq.length >= 3 && RACE_OPENERS.has(words[0]!) && !seq[1]!.capital && RACE_PARTICLE.test(seq[1]!.text)) return [];
    // 'Format: Situation Report', 'Peer-Reviewed Publication', 'Article Publication Date': a release's or report's label
    // ending in a document's noun or 'Date' is page furniture, no name.
    if (DOCUMENT_LABEL_HEADS.has(words[words.length - 1]!)) return [];
    const before = c.text.slice(Math.max(c.sentence.start, whole.start - 4), whole.start);
    // 'University College London', 'BBC Radio Berkshire': an organisation word anywhere in the name.
    if (words.slice(0, -1).some((w) => v.orgSuffix(w))) m.kind = 'ORGANIZATION';
    // 'Faizal bin Osman Rahim': a patronymic connector between capitals names a person.
    else if (seq.some((t, i) => i > 0 && i < seq.length - 1 && !t.capital && PATRONYMIC_CONNECTORS.has(t.text) && seq[i - 1]!.capital)) m.kind = 'PERSON';
    // "Kenya's Purity Jepkemboi": a person introduced by their country.
    // Not when the article also writes the name with an organisation word after it ('Nordvik Batteri AS').
    // Not when an acronym opens it ("Slovakia's MŠK Žilina", "New Zealand's GNS Science") or a common word is in it
    // after the first ("Spain's Guardia Civil").
    // "at altitude in Italy's Val Ridanna": after a place preposition, a country's name is a place in it.
    else if (/(?:['’]s|\p{Ll}s['’])\s$/u.test(before) && seq.every((t) => t.capital) && !/^\p{Lu}{2,}$/u.test(seq[0]!.text) && !seq.slice(1).some((t) => isCommonWord(t.text)) && !namedWithOrgWord(c.text, whole.surface)) m.kind = 'PERSON';
    // 'San Mateo de Huanchor', 'Santa Cruz del Norte': a saint's name opening a name of three words or more is a town.
    else if (words.length >= 3 && SAINT_OPENERS.has(words[0]!)) m.kind = 'PLACE';
    // 'Võ Thị Lan', 'Trần Văn Minh Đức': a Vietnamese middle name ('Thị', 'Văn') as the second of three or four capitalised words
    // is a person's name (round 29).
    else if ((seq.length === 3 || seq.length === 4) && seq.every((t) => t.capital) && VIETNAMESE_MIDDLE_NAMES.has(seq[1]!.text)) m.kind = 'PERSON';
    // 'Choi Seung-hoon', 'Kim Min-ji': a short family name, then a hyphenated given name whose second syllable is in lower case.
    else if (seq.length === 2 && seq[0]!.capital && KOREAN_GIVEN.test(seq[1]!.text) && /^\p{Lu}\p{Ll}{1,4}$/u.test(seq[0]!.text) && !isCommonWord(seq[0]!.text) && !lookupGazetteer(seq[0]!.text)) m.kind = 'PERSON';
    // 'Khady Sarr-Lemaire', 'Kehinde Bamidele-Williams': a given word and a double-barrelled surname no table knows.
    // 'Hrafnhildur Jónsdóttir', 'Andrei Popescu': a patronymic or family-name ending closes a person's name.
    // 'Morag NicDhòmhnaill', 'Ewan Alasdair MacLeòid': a Gaelic or Irish family name, 'Mac', 'Mc' or 'Nic' glued to a capital.
    else if (seq.length <= 3 && seq.every((t) => t.capital) && GAELIC_SURNAME.test(seq[seq.length - 1]!.text) && seq.slice(0, -1).every((t) => !isCommonWord(t.text) && !lookupGazetteer(t.text) && !/^\p{Lu}{2,}$/u.test(t.text))) m.kind = 'PERSON';
    else if (seq.length <= 3 && seq.every((t) => t.capital) && SURNAME_ENDING.test(seq[seq.length - 1]!.text) && seq.slice(0, -1).every((t) => !isCommonWord(t.text) && !lookupGazetteer(t.text) && !/^\p{Lu}{2,}$/u.test(t.text))) m.kind = 'PERSON';
    // 'Mert Can Yıldızoğlu', 'Ana Maria Ionescu': a second given name between them may also be an ordinary word or a town's
    // name elsewhere ('Can', 'Maria'), when the first word is none and no organisation or place word is in it (round 30).
    else if (seq.length === 3 && seq.every((t) => t.capital) && SURNAME_ENDING.test(seq[2]!.text) && !isCommonWord(seq[0]!.text) && !lookupGazetteer(seq[0]!.text) && /^\p{Lu}\p{Ll}+$/u.test(seq[0]!.text) && /^\p{Lu}\p{Ll}{1,7}$/u.test(seq[1]!.text) && !v.orgSuffix(words[1]!) && !v.placeSuffix(words[1]!) && !v.placeHeads.has(words[1]!) && !v.placeNouns.has(words[1]!)) m.kind = 'PERSON';
    else if (seq.length <= 3 && seq.every((t) => t.capital) && DOUBLE_BARRELLED.test(seq[seq.length - 1]!.text) && seq[seq.length - 1]!.text.split('-').every((w) => !lookupGazetteer(w) && !isCommonWord(w) && !v.orgSuffix(foldSurface(w))) && seq.slice(0, -1).every((t) => !isCommonWord(t.text) && !lookupGazetteer(t.text) && !/^\p{Lu}{2,}$/u.test(t.text))) m.kind = 'PERSON';
    // 'Lassana Kouyaté ... Kouyaté said': plain name words no table knows, whose last word the article uses alone as a
    // person's surname, read as a person's name (an organisation is cut to its first word: 'Sanofi said').
    // 'Tevita Kaloumaira, of Naviti, faces one count ...': plain unknown name words, then where the person lives set off by
    // commas (a court or police report's appositive of a home; a firm is 'based in' a place).
    else if (unknownPersonShape(seq) && (surnameUsedAlone(c.text, seq) || HOME_APPOSITIVE_AFTER.test(c.text.slice(whole.end, whole.end + 60)))) m.kind = 'PERSON';
    // 'the church of San Bastiano', 'Santa Lucija': a saint's name in a Romance or Germanic language and one more word no table
    // knows is a town, parish or church (the English 'Saint' also opens saints' own names: 'Saint Leonard').
    else if (seq.length === 2 && seq.every((t) => t.capital) && ROMANCE_SAINT_OPENERS.has(words[0]!) && !isCommonWord(seq[1]!.text)) m.kind = 'PLACE';
    else m.kind = 'ORGANIZATION';
    m.evidence = 'guess';
  }
  return [m];
}

/**
 * 'Coral Bay shares rose' opening a sentence: its first word is an ordinary word, but the article
 * writes the same words mid-sentence too ('... said Coral Bay', 'Perth-listed Coral Bay Resources'), so they are a name.
 */
function namedMidSentence(text: string, surface: string, from = 0): boolean {
  // What /(?:[\p{Ll},]|-\p{Ll}+)\s+<surface>\b/u finds in the text from `from`, read at each place the surface is
  // written: a regular expression built for each surface cost more to compile than the whole search.
  const end = surface.length;
  if (end === 0) return new RegExp('(?:[\\p{Ll},]|-\\p{Ll}+)\\s+\\b', 'u').test(text.slice(from));
  for (let at = text.indexOf(surface, from); at >= 0; at = text.indexOf(surface, at + 1)) {
    // '\b' after it: a word character on one side only.
    if (isAsciiWordChar(text, at + end - 1) === isAsciiWordChar(text, at + end)) continue;
    // One white space or more before it, and before them a small letter or a comma (all after `from`).
    let before = at - 1;
    while (before >= from && WHITE_SPACE.test(text[before]!)) before--;
    if (before === at - 1 || before < from) continue;
    if (LOWER_OR_COMMA_END.test(text.slice(Math.max(from, before - 1), before + 1))) return true;
  }
  return false;
}

/**
 * True when the text names `surface` mid-sentence (after a small letter or a comma) with another word than `opener` before it:
 * 'Edgar Ramos Quintero' names 'Ramos Quintero' without 'Lost'; 'Al Wusta Fisheries' does not name 'Wusta Fisheries' so.
 */
function namedWithout(text: string, surface: string, opener: string): boolean {
  for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) {
    if (isAsciiWordChar(text, at + surface.length - 1) === isAsciiWordChar(text, at + surface.length)) continue;
    let before = at - 1;
    while (before >= 0 && WHITE_SPACE.test(text[before]!)) before--;
    if (before === at - 1 || before < 0 || !LOWER_OR_COMMA_END.test(text.slice(Math.max(0, before - 1), before + 1))) continue;
    if (text.slice(Math.max(0, before + 1 - opener.length), before + 1) !== opener) return true;
  }
  return false;
}

/** One character of white space, as `\s` reads it. */
const WHITE_SPACE = /^\s$/u;
/** A small letter or a comma ending a string (the letter may be two UTF-16 units). */
const LOWER_OR_COMMA_END = /[\p{Ll},]$/u;

/** True when the character at `i` is one `\b` counts as a word's (A-Z, a-z, 0-9, _); false outside the text. */
function isAsciiWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

/** A pronoun object after a word: 'Support us', 'Join them'. */
const OBJECT_PRONOUN_AFTER = /^[ \t]+(?:us|me|them|him)\b/;
/** A room's number after its name, closing the phrase: ' 1', ' 12,'. */
const ROOM_NUMBER_AFTER = /^[ \t]\d{1,3}(?:[,;.]|\s|$)/;
/** A numbered item's label opening a line: 'Board 2:', 'Heat 3:', 'Game 12:'. */
const NUMBERED_LABEL = /^\p{Lu}\p{Ll}+ \d{1,3}:\s/u;
/** A dateline opening a line: a place, a comma and a full date ('Lugano, 4 May 2031', 'Lugano, May 4, 2031'). */
const DATELINE_LINE = /^\p{Lu}[\p{L}\/.'’ -]{1,40}, (?:\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4}|(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4})\b/u;
/** Words of a line; short function words may stay in lower case in a Title Case headline. */
const LINE_WORD = /[\p{L}][\p{L}'’-]*/gu;

/**
 * True when the sentence is a Title Case line of its own with no final period ('Yakro Drones Raises $14 Million
 * Series A to Take Medical Drone Deliveries to Ghana'): every word of four letters or more is capitalised, and no
 * semicolon separates items of a list.
 */
function isTitleCaseLine(text: string, sentence: Span): boolean {
  const lineStart = text.lastIndexOf('\n', sentence.start - 1) + 1;
  let lineEnd = text.indexOf('\n', sentence.start);
  if (lineEnd < 0) lineEnd = text.length;
  if (lineStart !== sentence.start && text.slice(lineStart, sentence.start).trim() !== '') return false;
  const line = text.slice(lineStart, lineEnd).trim();
  if (/[.!?:]$/.test(line) || line === line.toUpperCase()) return false;
  // 'RED: Una-Sana Canton (Bihać, Cazin); Tuzla Canton': names listed with semicolons are a list, not a headline.
  if (line.includes(';')) return false;
  // 'Board 2: GM X (Canada) 1-0 ...', 'Heat 3: ...': an item numbered after its label opens a results list, no headline (round 31).
  if (NUMBERED_LABEL.test(line)) return false;
  // 'Lugano, 4 May 2031 · Palazzo Hall, Room 2': a dateline (a place, a comma and a full date) heads the page, no headline.
  if (DATELINE_LINE.test(line)) return false;
  const long = (line.match(LINE_WORD) ?? []).filter((w) => w.length >= 4);
  return long.length >= 5 && long.every((w) => /^\p{Lu}/u.test(w));
}

function firmPerson(cue: ReturnType<typeof kindFromCues>): boolean {
  return cue?.kind === 'PERSON' && !cue.weak;
}

/** Only spaces or list marks between a line's start and a position. */
const LINE_OPENING = /(?:^|\n)[ \t>*#-]*$/;

/**
 * A label opening its line in capitals ('ORANGE:', 'MADE BY:', 'WRITER:'): every word an ordinary word no table knows as
 * a place (a dateline 'KARACHI:' is one), or a country's code only ('BY').
 */
function isLineLabel(text: string, seq: readonly Token[]): boolean {
  if (!seq.every((t) => /^\p{Lu}{2,}$/u.test(t.text) && isCommonWord(t.text) && (lookupGazetteer(t.text)?.codeOnly ?? !lookupGazetteer(t.text)))) return false;
  return LINE_OPENING.test(text.slice(Math.max(0, seq[0]!.start - 8), seq[0]!.start));
}

/** Initials of a run's capitalised words: 'OSCE' of 'Organization for Security and Co-operation in Europe'. */
/** Where the part of a run a mixed-case acronym spells starts ('Transport for Wales' of 'TfW'), at the run's start or after 'and'; -1 if none. */
function mixedAcronymStart(seq: readonly Token[], acronym: string): number {
  for (let s = 0; s < seq.length - 1; s++) {
    if (!seq[s]!.capital || (s > 0 && (seq[s - 1]!.capital || (seq[s - 1]!.text !== 'and' && seq[s - 1]!.text !== '&')))) continue;
    if (seq.slice(s).filter((t) => t.text !== 'the').map((t) => t.text[0]).join('') === acronym) return s;
  }
  return -1;
}

/** Like initialsOf(), but a word of two or three capitals gives all its letters: 'HMRC' of 'HM Revenue and Customs'. */
function lettersOf(seq: readonly Token[]): string {
  return seq.filter((t) => t.capital).map((t) => (/^\p{Lu}{2,3}$/u.test(t.text) ? t.text : t.text[0]!)).join('').toUpperCase();
}

/** True when an acronym of four letters or more is the initials less one inner letter: 'LMHRA' of 'LMHPRA'. */
function skipsOneInner(initials: string, acronym: string): boolean {
  if (acronym.length < 4 || initials.length !== acronym.length + 1) return false;
  for (let i = 1; i < initials.length - 1; i++) if (initials.slice(0, i) + initials.slice(i + 1) === acronym) return true;
  return false;
}

function initialsOf(seq: readonly Token[]): string {
  return seq.filter((t) => t.capital).map((t) => t.text[0]!).join('').toUpperCase();
}

/**
 * Joins two runs one lower-case word apart when the acronym in brackets after the second spells both
 * ('Organization for Security and Co-operation in Europe (OSCE)'), not the second alone.
 */
function joinByAcronym(text: string, tokens: readonly Token[], runs: Token[][]): Token[][] {
  const out: Token[][] = [];
  for (let i = 0; i < runs.length; i++) {
    const a = runs[i]!;
    const b = runs[i + 1];
    if (b) {
      const aEnd = a[a.length - 1]!;
      const gap = text.slice(aEnd.end, b[0]!.start);
      const acronym = ONE_LOWER_WORD.test(gap) ? ACRONYM_AFTER.exec(text.slice(b[b.length - 1]!.end, b[b.length - 1]!.end + 80))?.[1]?.replace(/[.&]/g, '') : undefined;
      if (acronym && acronym.length >= 3 && initialsOf(b) !== acronym && initialsOf(a) + initialsOf(b) === acronym) {
        out.push(tokens.slice(tokens.indexOf(a[0]!), tokens.indexOf(b[b.length - 1]!) + 1));
        i++;
        continue;
      }
      if (missionIn(text, a, b)) {
        out.push(tokens.slice(tokens.indexOf(a[0]!), tokens.indexOf(b[b.length - 1]!) + 1));
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}

/** 'in the' between a body's name and the place it serves: ' in the ' of 'Mission in the Central African Republic'. */
const IN_PLACE_GAP = /^[ \t]+(?:in|for)(?:[ \t]+the)?[ \t]+$/;

/**
 * 'United Nations Integrated Peacebuilding Office in the Republic of Zubia (UNIPOZ)': an organisation's name, 'in (the)' and a
 * place, followed by an acronym in brackets whose letters all come from both parts' initials (in any order: another language's
 * acronym), are one name.
 */
function missionIn(text: string, run: readonly Token[], b: readonly Token[]): boolean {
  // The run may have taken the connector in: 'Mission in' + 'the Central African Republic'.
  let n = run.length;
  while (n > 0 && !run[n - 1]!.capital) n--;
  const a = run.slice(0, n);
  if (a.length < 3 || !IN_PLACE_GAP.test(text.slice(a[n - 1]!.end, b[0]!.start))) return false;
  const last = b[b.length - 1]!;
  const acronym = ACRONYM_AFTER.exec(text.slice(last.end, last.end + 16))?.[1];
  if (!acronym || acronym.length < 4 || !/^\p{Lu}+$/u.test(acronym)) return false;
  const own = lettersOf(a);
  const place = lettersOf(b);
  // 'United Nations Support Mission in Libya (UNSMIL)': the connector's letter may stand in the acronym too.
  const connector = /for/.test(text.slice(a[n - 1]!.end, b[0]!.start)) ? 'F' : 'I';
  if (initialsOf(b) === acronym || ![...acronym].every((ch) => own.includes(ch) || place.includes(ch) || ch === connector) || ![...place].some((ch) => acronym.includes(ch))) return false;
  const kind = kindFromWords(a);
  return kind !== 'PLACE' && kind !== 'PERSON' && !isFirstName(a[0]!.text) && lookupGazetteer(surfaceOf(text, b).surface)?.kind === 'PLACE';
}

/** missionIn() over one run that joinByAcronym() made: 'X Mission in the Y (XMY)'. */
function missionInRun(text: string, seq: readonly Token[]): boolean {
  const at = seq.findIndex((t) => !t.capital && (t.text === 'in' || t.text === 'for'));
  if (at < 3) return false;
  const from = seq[at + 1]?.text === 'the' ? at + 2 : at + 1;
  return from < seq.length && seq.slice(from).every((t) => t.capital) && missionIn(text, seq.slice(0, at + 1), seq.slice(from));
}

/** A lower-case noun the word before it modifies: 'researchers', 'analyst', 'minister' (an organisation's or a title's noun). */
function describesNoun(word: string | undefined): boolean {
  return word !== undefined && (vocab().orgCuesAfter.has(word) || titlesOpeningWith(word).length > 0);
}


/** True when the text writes the name followed by an organisation word or legal suffix: 'Nordvik Batteri AS'. */
function namedWithOrgWord(text: string, surface: string): boolean {
  // What text.matchAll(/<surface>\s+(\p{Lu}[\p{L}.]*)/gu) finds, read at each place the surface is written (no regex compiled per surface).
  for (let at = text.indexOf(surface); at >= 0; ) {
    ORG_WORD_AFTER.lastIndex = at + surface.length;
    const m = ORG_WORD_AFTER.exec(text);
    if (!m) {
      at = text.indexOf(surface, at + 1);
      continue;
    }
    const word = foldSurface(m[1]!);
    if (vocab().orgSuffix(word) || isLegalForm(word) || word === 'pt') return true;
    at = text.indexOf(surface, ORG_WORD_AFTER.lastIndex);
  }
  return false;
}
/** The capitalised word after a name (namedWithOrgWord). */
const ORG_WORD_AFTER = /\s+(\p{Lu}[\p{L}.]*)/uy;

/**
 * A caption's credit in brackets: '(AP Photo/Ana Ruiz)', '(Photo: Reuters)', '(Photo by Ana Ruiz / AFP)', '(Supplied: Kestrel
 * Union)', '(Courtesy of the Harbour Board)', '(Credit: A)'. The photographer is no mention.
 */
const PHOTO_CREDIT = /\((?:(?:\p{Lu}[\p{L}.]*\s+)?(?:Photo|Photograph|Image|Picture)s?\s*(?:[/:]|by\s)|(?:Supplied|Courtesy|Credit)\s*[:/]|Courtesy\s+of\s)[^)]*\)/gu;

/** A caption's credit without brackets, to the end of its line: 'Photo: Paulius Peleckis / BNS', 'Photograph: A/The Guardian'. */
const PHOTO_CREDIT_LINE = /(?:^|[.!?]\s+|\*\s*|\s)(?:Photo|Photograph|Image|Picture)s?(?:\s+credit)?:[^\n]*/gu;

function photoCredits(text: string, sentence: Span): Span[] {
  const body = text.slice(sentence.start, sentence.end);
  // Both need a character most sentences lack: a bracket for PHOTO_CREDIT, a colon for PHOTO_CREDIT_LINE.
  if (!body.includes('(') && !body.includes(':')) return [];
  return [...body.matchAll(PHOTO_CREDIT), ...body.matchAll(PHOTO_CREDIT_LINE)].map((m) => ({ start: sentence.start + m.index!, end: sentence.start + m.index! + m[0].length }));
}

/** Two or three capitalised words none of which a table knows or ends an organisation's or place's name: a person's name in a list. */
function listedName(surface: string): boolean {
  const words = surface.split(/\s+/);
  return words.length >= 2 && words.length <= 3 && words.every((w) => /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(w) && !isCommonWord(w) && !lookupGazetteer(w) && !vocab().orgSuffix(foldSurface(w)) && !vocab().placeSuffix(foldSurface(w)));
}

/** True when every word of `short` opens a different word of `full` (three letters or more): 'Meteo Rwanda' of 'Rwanda Meteorology Agency'. */
function shortens(full: string, short: string): boolean {
  const words = foldSurface(full).split(' ');
  const used = new Set<number>();
  return foldSurface(short).split(' ').every((w) => {
    const i = words.findIndex((x, k) => !used.has(k) && w.length >= 3 && x.startsWith(w));
    if (i < 0) return false;
    used.add(i);
    return true;
  });
}

/**
 * A bracket after an organisation's name holding its name in the country's language and, after a comma, its acronym:
 * 'the Danish Shareholders' Association (Dansk Aktionærforening, DAF)'. The acronym opens with the native name's letter.
 */
const NATIVE_AND_ACRONYM = /^[ \t]*\((\p{Lu}[^()\n,;:\d]{2,90}?),[ \t]*(\p{Lu}[\p{Lu}\p{Ll}&.]{1,9})\)/u;
/** A bracket holding only a name of two words or more: 'the Mendoza Electoral Board (Junta Electoral de Mendoza)'. */
const NAME_IN_BRACKETS = /^[ \t]*\((\p{Lu}[^()\n,;:\d]{2,90}?)\)/u;

/**
 * Marks the native name (and acronym) in brackets after an organisation's name as other names of it (`aliasOf`):
 * one mention over the whole native name, however the runs cut it ('Commission de Régulation de l'Électricité et du Gaz',
 * 'Hrvatski vaterpolski savez'); the acronym becomes the organisation's.
 */
function nativeNamesInBrackets(text: string, sentence: Sentence, out: Mention[]): void {
  for (let i = 0; i < out.length; i++) {
    const a = out[i]!;
    if (a.kind !== 'ORGANIZATION' || a.length < 2 || a.acronym) continue;
    const after = text.slice(a.end, Math.min(sentence.end, a.end + 120));
    const both = NATIVE_AND_ACRONYM.exec(after);
    const alone = both ? null : NAME_IN_BRACKETS.exec(after);
    const native = (both ?? alone)?.[1]!.trimEnd();
    if (!native) continue;
    const words = native.split(/\s+/);
    const capitals = words.filter((w) => /^\p{Lu}/u.test(w)).length;
    const acronym = both?.[2];
    if (words.length < 2 || (acronym !== undefined && (!/\p{Lu}.*\p{Lu}/u.test(acronym) || foldSurface(acronym[0]!) !== foldSurface(native[0]!)))) continue;
    const start = a.end + after.indexOf('(') + 1;
    const end = start + native.length;
    const inside = out.filter((m) => m.start >= start && m.end <= end);
    // Only a name no table knows and no rule read as a person's; alone in brackets, a run of capitalised words the
    // mentions cover exactly ('(Kenya)', '(John Smith)' and '(in French)' are no native names).
    if (inside.some((m) => m.id || m.kind === 'PERSON') || lookupGazetteer(native)) continue;
    if (alone && (capitals < 2 || inside.length !== 1 || inside[0]!.start !== start || inside[0]!.end !== end || (inside[0]!.kind !== undefined && inside[0]!.kind !== 'ORGANIZATION'))) continue;
    if (alone && a.length >= 2 && inside[0]!.length < a.length && shortens(a.surface, native)) continue;
    const own: Mention = { start, end, surface: native, sentence: sentence.index, length: Math.max(1, capitals), kind: 'ORGANIZATION', evidence: a.evidence ?? 'cue', aliasOf: a.start };
    const first = out.indexOf(inside[0]!);
    for (const m of inside) out.splice(out.indexOf(m), 1);
    out.splice(first >= 0 ? first : i + 1, 0, own);
    if (acronym) {
      a.acronym = acronym;
      const written = out.find((m) => m.start === end + text.slice(end).indexOf(acronym) && m.surface === acronym);
      if (written) Object.assign(written, { kind: 'ORGANIZATION', evidence: a.evidence ?? 'cue', aliasOf: a.start });
    }
  }
}

/** Every name mention in a sentence, classified where tables, titles or cues allow. */
/**
 * True for a name opening with an acronym of three to six capitals whose rest the article also writes without it
 * ('ATSA Tierra del Fuego' ... 'Tierra del Fuego, an island province'): a body's branch named by its place.
 */
function acronymBeforePlace(text: string, seq: readonly Token[]): boolean {
  if (seq.length < 2 || !/^\p{Lu}{3,6}$/u.test(seq[0]!.text) || !/^\p{Lu}\p{Ll}/u.test(seq[1]!.text)) return false;
  const rest = text.slice(seq[1]!.start, seq[seq.length - 1]!.end);
  for (let at = text.indexOf(rest); at >= 0; at = text.indexOf(rest, at + 1)) {
    if (at === seq[1]!.start) continue;
    const before = text.slice(Math.max(0, at - 12), at);
    const after = text.charAt(at + rest.length);
    if (!before.trimEnd().endsWith(seq[0]!.text) && !/\p{L}/u.test(after) && !/\p{L}$/u.test(before)) return true;
  }
  return false;
}

export function findMentions(text: string, sentence: Sentence): Mention[] {
  const tokens = tokenize(text, sentence, splitCompound);
  const out: Mention[] = [];
  const credits = photoCredits(text, sentence);
  const titleCase = isTitleCaseLine(text, sentence);
  for (let seq of joinByAcronym(text, tokens, findNameRuns(text, tokens))) {
    if (credits.some((c) => seq[0]!.start >= c.start && seq[0]!.start < c.end)) continue;
    // '08:45 WIB', '(0800 GMT)': a time zone after a clock time is no name.
    if (seq.length === 1 && TIME_ZONES.has(seq[0]!.text) && /\d(?:\s*[ap]\.?m\.?)?\s*$/i.test(text.slice(Math.max(0, seq[0]!.start - 12), seq[0]!.start))) continue;
    // 'Congress House, Playing Hall 1', ', Meeting Room 3': after a venue, ordinary words numbered are a room of it, no name (round 31).
    if (seq.length >= 2 && seq.length <= 3 && ROOM_NUMBER_AFTER.test(text.slice(seq[seq.length - 1]!.end, seq[seq.length - 1]!.end + 6)) && /,[ \t]+$/.test(text.slice(Math.max(0, seq[0]!.start - 3), seq[0]!.start)) && seq.every((t) => t.capital && !t.possessive && isCommonWord(t.text) && !lookupGazetteer(t.text))) continue;
    // 'RED: Tuzla Canton', 'MADE BY: X': a label in capitals of ordinary words, opening its line before a colon, names nothing.
    if (text[seq[seq.length - 1]!.end] === ':' && isLineLabel(text, seq)) continue;
    // 'MV Lomaiviti Princess V', 'FV Tui Bua', 'HMS Endurance': a vessel's prefix before a capitalised name makes a ship's name,
    // no entity (round 32b); not an organisation's ('MS Society').
    if (seq.length >= 2 && VESSEL_PREFIXES.has(seq[0]!.text) && seq[1]!.capital && /^[ \t]+$/.test(text.slice(seq[0]!.end, seq[1]!.start)) && !vocab().orgSuffix(seq[seq.length - 1]!.text.toLowerCase()) && !lookupGazetteer(surfaceOf(text, seq).surface)) continue;
    let at = tokens.indexOf(seq[0]!);
    const c: NameContext = { text, tokens, sentence, at, after: at + seq.length };
    // '10th of Ramadan City': a run opened by an ordinal and 'of' (name-runs.ts) is one name, of the kind its head noun says.
    if (seq.length >= 4 && seq[1]!.text === 'of' && /^\d{1,2}(?:st|nd|rd|th)$/.test(seq[0]!.text)) {
      out.push(mention(c, seq, vocab().placeSuffix(seq[seq.length - 1]!.text.toLowerCase()) ? 'PLACE' : 'ORGANIZATION', 'cue'));
      continue;
    }
    // 'the States of Jersey', 'the States of Deliberation': the Channel Islands' (and old Dutch provinces') parliaments and
    // governments are named 'States of' and the island or the body's word, one organisation (round 31). Not in a Title Case line.
    const statesAt = seq[0]!.text === 'The' ? 1 : 0;
    if (seq.length === statesAt + 3 && seq[statesAt]!.text === 'States' && seq[statesAt + 1]!.text === 'of' && seq[statesAt + 2]!.capital && !seq[statesAt + 2]!.possessive && /^\p{Lu}\p{Ll}+$/u.test(seq[statesAt + 2]!.text) && !titleCase && !isDateWord(seq[statesAt + 2]!.text)) {
      out.push(mention({ ...c, at: at + statesAt }, seq.slice(statesAt), 'ORGANIZATION', 'cue'));
      continue;
    }
    // 'Our Lady of Mount Carmel Cathedral', 'Our Lady of Lourdes Church': a Marian dedication opening a run is a church's or a
    // school's name, whole; its head noun says which kind (round 28).
    if (seq.length >= 5 && seq[0]!.text === 'Our' && seq[1]!.text === 'Lady' && seq[2]!.text === 'of' && seq.slice(3).every((t) => t.capital && !t.possessive) && (/^(?:Cathedral|Basilica|Shrine|Chapel|Grotto)$/.test(seq[seq.length - 1]!.text) || vocab().orgSuffix(seq[seq.length - 1]!.text.toLowerCase())) && kindFromWords(seq.slice(3)) !== undefined) {
      out.push(mention(c, seq, /^(?:Cathedral|Basilica|Shrine|Chapel|Grotto)$/.test(seq[seq.length - 1]!.text) ? 'PLACE' : kindFromWords(seq.slice(3)), 'cue'));
      continue;
    }
    // 'Despite Moscow', 'Residents and ...': a common word opening a sentence is no name,
    // unless the whole run is a known name ('Human Rights Watch').
    // 'The Eau Claire City Council', 'A Brazilian judge': a determiner is no part of a name ('The Hague' is, by the gazetteer).
    // A name particle stays ('De Montfort University', 'De Standaard'), not an article ('El Niño' is no name).
    // 'in In Salah', 'near In Amenas': a capitalised 'In' inside a sentence (not a Title Case line) opens a town's name; so does the
    // Irish article 'An' ('officers from An Garda Síochána', 'An Post'), which English writes in lower case there.
    const townIn = seq.length > 1 && (seq[0]!.text === 'In' || seq[0]!.text === 'An') && seq[1]!.capital && !titleCase && !isInitial({ text, tokens, sentence, at, after: at + seq.length });
    // 'Mrs Le Sauvage', 'the pupils of Les Beaucamps High School': a Romance article capitalised inside a sentence, before
    // capitals, opens the name (English would write 'the' there); so after an honorific.
    const articleInside = seq.length > 1 && /^(?:La|Le|Les|Los|Las)$/.test(seq[0]!.text) && seq[1]!.capital && !titleCase && !isInitial({ text, tokens, sentence, at, after: at + seq.length });
    // "El Salvador's Ministry of Culture", 'The Gambia Ports Authority': nor when its first words are a name the gazetteer knows.
    const knownOpening = () => [2, 3].some((n) => seq.length >= n && seq.slice(1, n).every((t) => t.capital) && openerKept(surfaceOf(text, seq.slice(0, n)).surface, surfaceOf(text, seq.slice(1, n)).surface));
    // 'its chief executive, Per Wallin Haraldsson,': a function word capitalised inside a sentence (not a Title Case line) before
    // two or three capitalised words no table knows is a given name ('Per'), not the preposition (round 28).
    const givenInside = (seq.length === 3 || seq.length === 4) && !titleCase && /^\p{Lu}\p{Ll}+$/u.test(seq[0]!.text) && lexiconTags(seq[0]!.text.toLowerCase()).includes('Preposition') && seq.slice(1).every((t) => t.capital && !t.possessive && /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(t.text) && !isCommonWord(t.text) && !lookupGazetteer(t.text)) && !isInitial({ text, tokens, sentence, at, after: at + seq.length });
    if (seq.length > 1 && !townIn && !articleInside && !givenInside && isFunctionWord(seq[0]!.text) && !/^\p{Lu}{2,}$/u.test(seq[0]!.text) && !lookupGazetteer(surfaceOf(text, seq).surface) && !knownOpening() && !(vocab().particles.has(seq[0]!.text.toLowerCase()) && !/^(?:el|la|le|les|los|las)$/i.test(seq[0]!.text) && seq[1]!.capital)) {
      seq = seq.slice(1);
      // 'At the Irrua Specialist Teaching Hospital': the article after the opening word goes too.
      while (seq.length > 1 && !seq[0]!.capital) seq = seq.slice(1);
      if (isDateWord(seq[0]!.text)) continue;
      at = tokens.indexOf(seq[0]!);
      c.at = at;
    }
    // 'Council member Rafael Ortiz', 'Race director Martijn Smits': the capital opens a title, not a name.
    if (seq.length === 1 && phraseAt(tokens, at, vocab().titles) > 1) continue;
    // 'Biologist Dra. Itzel Baas', 'Sra. Ramos': an abbreviated title alone before its period names no one (round 30b).
    if (seq.length === 1 && text.charAt(seq[0]!.end) === '.' && isTitleAbbreviation(seq[0]!.text)) continue;
    let initial = isInitial(c);
    // 'Babe Mthunzi Nxumalo', 'Herr Jonas Weber': another language's honorific before a full name is no part of it (as 'Mr').
    // 'Mana Rosalina dos Santos': particles may stand inside the name after the honorific.
    // 'Don Marco Bellini-Sartori': the Italian and Spanish clergy's (and gentlemen's) 'Don' before a given name and a surname;
    // 'Don' alone before a surname is a given name ('Don Hughes').
    const honorific = (seq.length >= 3 || (seq.length === 2 && CLERGY_HONORIFICS.has(seq[0]!.text))) && (FOREIGN_HONORIFICS.has(seq[0]!.text) || (seq[0]!.text === 'Don' && isFirstName(seq[1]!.text) && !isFirstName(seq[seq.length - 1]!.text))) && seq.slice(1).every((t) => (t.capital || vocab().particles.has(t.text)) && !t.possessive) && seq[seq.length - 1]!.capital && !isCommonWord(seq[1]!.text) && (PERSON_ONLY_HONORIFICS.has(seq[0]!.text) || !lookupGazetteer(seq[1]!.text)) && /^[ \t]+$/.test(text.slice(seq[0]!.end, seq[1]!.start)) && !lookupGazetteer(surfaceOf(text, seq).surface);
    // 'Commodore Andrea Pinder-Rolle', 'Brigadier Ama Owusu': a rank word no title phrase holds, before a given name, is no part of
    // the name (the rank is a role: roles-rank.ts).
    const rank = !honorific && seq.length >= 3 && isRankOnly(seq[0]!.text) && phraseAt(tokens, at, vocab().titles) === 0 && isFirstName(seq[1]!.text) && seq.slice(1).every((t) => t.capital && !t.possessive) && /^[ \t]+$/.test(text.slice(seq[0]!.end, seq[1]!.start)) && !lookupGazetteer(surfaceOf(text, seq).surface);
    // 'GM Ana Petrescu', 'IM Tomasz Wilk': a chess title before a given name and a surname (round 31).
    const chessTitle = !honorific && !rank && seq.length >= 3 && CHESS_TITLES.has(seq[0]!.text) && seq.slice(1).every((t) => t.capital && !t.possessive) && !isCommonWord(seq[1]!.text) && !lookupGazetteer(seq[1]!.text) && /^[ \t]+$/.test(text.slice(seq[0]!.end, seq[1]!.start)) && !lookupGazetteer(surfaceOf(text, seq).surface);
    if (honorific || rank || chessTitle) {
      seq = seq.slice(1);
      at = tokens.indexOf(seq[0]!);
      c.at = at;
      initial = false;
    }
    // 'Deckhand Hugo Ferreira Aquino', 'Boatman Ravi Kumar Das': an occupation compound ('-hand', '-man', '-keeper', '-smith') opening
    // the sentence before a given name and more capitalised words describes the person (as 'Welder X'); no part of the name.
    if (initial && seq.length >= 3 && OCCUPATION_COMPOUND.test(seq[0]!.text) && !isFirstName(seq[0]!.text) && !lookupGazetteer(seq[0]!.text) && isFirstName(seq[1]!.text) && seq.slice(1).every((t) => t.capital && !t.possessive) && phraseAt(tokens, at, vocab().titles) === 0 && !lookupGazetteer(surfaceOf(text, seq).surface)) {
      seq = seq.slice(1);
      at = tokens.indexOf(seq[0]!);
      c.at = at;
      initial = false;
    }
    // 'Goalkeeper Ana Lucía Torres', 'Shortstop Ramón Díaz Peña': a playing position opening the sentence before a full name
    // describes the player (as 'Welder X'); no part of the name. So does an agent noun of a profession ('Economist Rania Haddad',
    // 'Anthropologist Tomás Ruiz Ortega', 'Statistician ...', 'Photographer ...', 'Historian ...').
    // 'Historian Soazig Le Gall of the University of X': the name may end at 'of' or another splitting word (round 30).
    const agentName = initial && seq.length >= 3 ? capitalsBeforeSplit(seq) : 0;
    if (initial && agentName >= 3 && (PLAYING_POSITIONS.has(seq[0]!.text) || (PROFESSION_AGENT.test(seq[0]!.text) && !isFirstName(seq[0]!.text) && !lookupGazetteer(seq[0]!.text))) && seq.slice(1, agentName).every((t) => !t.possessive) && /^[ \t]+$/.test(text.slice(seq[0]!.end, seq[1]!.start)) && !lookupGazetteer(seq[1]!.text) && phraseAt(tokens, at, vocab().titles) === 0 && !lookupGazetteer(surfaceOf(text, seq).surface)) {
      seq = seq.slice(1);
      at = tokens.indexOf(seq[0]!);
      c.at = at;
      initial = false;
    }
    // 'Yang Berhormat Dayang Norliza binti Haji Omar', 'Haji Azmi bin Haji Mohd Yassin': a Malay honorific string is no part of the name.
    const malay = phraseAt(tokens, at, vocab().titles) === 0 ? malayHonorificLength(text, seq) : 0;
    if (malay > 0) {
      seq = seq.slice(malay);
      at = tokens.indexOf(seq[0]!);
      c.at = at;
      initial = false;
    }
    // 'Okafor JA', 'Maria Soto KC': a judicial style or silk after a person's name is no part of it, and says it is a person's
    // (round 31). The words before must be names' words (no organisation's or place's head: 'Harbour CJ' stays whole).
    const styledName = seq.length >= 2 ? seq[seq.length - 2]! : undefined;
    const styled = styledName !== undefined && POST_NOMINAL_STYLES.has(seq[seq.length - 1]!.text) && /^[ \t]+$/.test(text.slice(styledName.end, seq[seq.length - 1]!.start)) && styledName.capital && !styledName.possessive && !isCommonWord(styledName.text) && !vocab().orgSuffix(styledName.text.toLowerCase()) && !vocab().placeSuffix(styledName.text.toLowerCase()) && !lookupGazetteer(surfaceOf(text, seq.slice(0, -1)).surface);
    if (styled) seq = seq.slice(0, -1);
    // 'Health officials said': a lone domain word a title phrase opens with ('health minister') is no name.
    if (initial && seq.length === 1 && opensTitle(seq[0]!.text) && !lookupGazetteer(seq[0]!.text)) continue;
    // The tests below only matter for a run opening the sentence with an ordinary word: read lazily, they are pure.
    // 'Fans of Newcastle United': an ordinary plural before 'of' is no head, unlike 'Friends of the Earth'.
    const opener = () => foldSurface(seq[0]!.text);
    const describes = () => seq.length > 2 && !seq[1]!.capital && SPLITTING.has(seq[1]!.text) && !vocab().orgHeads.has(opener()) && !vocab().orgSuffix(opener());
    // 'Statistics Canada is due to publish ...', 'Tourism Fiji said ...': a domain noun and a country's name (no possessive) are a
    // national agency's name (not 'Despite Canada', 'Yesterday Canada', 'Officials Canada-wide').
    const nationalBody = () => seq.length === 2 && !seq[1]!.possessive && lookupGazetteer(seq[1]!.text)?.id.startsWith('country:') === true && /^\p{Lu}\p{Ll}{3,}$/u.test(seq[0]!.text) && !/(?:ed|ing|ly)$/.test(seq[0]!.text) && !lookupGazetteer(seq[0]!.text) && !lookupDemonym(seq[0]!.text) && !isFirstName(seq[0]!.text) && !lexiconTags(seq[0]!.text.toLowerCase()).some((t) => NOT_AGENCY_WORD.test(t));
    // 'Red Sea coast and Danakil', 'Dead Sea levels fell': a plain adjective (no quantifier: 'Many Rivers') before a place's head
    // noun opening a sentence or a heading names the place with it ('Sea' alone names nothing).
    const adjectivePlace = () => seq.length === 2 && !seq[1]!.possessive && NATURAL_FEATURES.has(seq[1]!.text.toLowerCase()) && !QUANTIFYING_ADJECTIVES.has(seq[0]!.text.toLowerCase()) && lexiconTags(seq[0]!.text.toLowerCase()).includes('Adjective') && /^[ \t]+$/.test(text.slice(seq[0]!.end, seq[1]!.start));
    const keep = () => lookupGazetteer(surfaceOf(text, seq).surface) || (kindFromWords(seq) === 'ORGANIZATION' && !describes()) || phraseAt(seq, 0, vocab().titles) > 0 || nationalBody() || adjectivePlace();
    // Three capitalised words in a row are a name even when the first is a common word ('Major League Soccer').
    const second = seq[1];
    // Not 'Resident Marama Ngata-Reid', 'Guard Yevhen Sydorenko', 'Host Shanika Jayasuriya-de Silva': a common word before two or three words no lexicon knows describes a person.
    const describedPerson = () => (seq.length === 3 || seq.length === 4) && seq.every((t) => t.capital) && seq.slice(1).every((t) => !isCommonWord(t.text) && !lookupGazetteer(t.text) && kindFromWords([t]) === undefined);
    const longName = () => seq.filter((t) => t.capital).length >= 3 && second !== undefined && second.capital && !isFirstName(second.text) && !vocab().particles.has(second.text.toLowerCase()) && !describedPerson();
    // 'Irarrazaval said ...': a word no lexicon knows, followed by a speech verb, is a speaker however it ends.
    const speaks = () => seq.length === 1 && !isCommonWord(seq[0]!.text) && SPEECH_VERBS.has(lowerAt(tokens, at + 1) ?? '');
    // 'Gift Mhango, national coordinator of ...': a given name that is also a common word, a word no table knows, and an
    // appositive giving a post (a firm cue, not 'X said').
    const described = () => seq.length === 2 && seq[1]!.capital && !isCommonWord(seq[1]!.text) && !lookupGazetteer(seq[1]!.text)?.id.startsWith('country:') && text[seq[1]!.end] === ',' && firmPerson(kindFromCues({ ...c, after: at + 2 }, 2));
    // 'Does Finland's membership ...?': an auxiliary verb opening a question is no part of the name after it.
    // 'Will Darwin Airport stay open?': 'Will' (a given name too) opening a question before two capitalised words or more is the
    // question's verb ('Will Smith ...?' alone stays a name).
    const question = () => /\?["”’)]?\s*$/.test(text.slice(sentence.start, sentence.end));
    const auxiliary = () => seq.length > 1 && (AUXILIARY_OPENERS.has(seq[0]!.text) || seq[0]!.text === 'Will') && seq[1]!.capital && (!isFirstName(seq[0]!.text) || (seq.length >= 3 && seq[2]!.capital && question()));
    // 'Lost Ramos Quintero for the goal': an ordinary word before a full name the article writes without it mid-sentence is a
    // verb or adjective of the sentence, no part of the name (not an organisation's or place's opener: 'National Grid').
    const glued = () => seq.length >= 3 && seq.slice(1).every((t) => t.capital && !isCommonWord(t.text)) && !vocab().orgHeads.has(opener()) && !vocab().orgSuffix(opener()) && !vocab().placeModifiers.has(opener()) && phraseAt(seq, 0, vocab().titles) === 0 && !lookupGazetteer(surfaceOf(text, seq).surface) && namedWithout(text, surfaceOf(text, seq.slice(1)).surface, seq[0]!.text);
    if (initial && ((isFunctionWord(seq[0]!.text) && !knownOpening()) || auxiliary() || (isOrdinaryWord(seq[0]!.text, seq.length === 1) && glued()) || (isOrdinaryWord(seq[0]!.text, seq.length === 1) && !keep() && !longName() && !speaks() && !described() && !(seq.length > 1 && !/(?:ed|ing)$/.test(seq[0]!.text) && !seq.some((t) => isDateWord(t.text) || /^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)$/.test(t.text)) && namedMidSentence(text, surfaceOf(text, seq).surface))))) {
      seq = seq.slice(1);
      while (seq.length > 0 && !seq[0]!.capital) seq = seq.slice(1);
      if (seq.length === 0 || isDateWord(seq[0]!.text)) continue;
      at = tokens.indexOf(seq[0]!);
      c.at = at;
      initial = false;
    }
    // 'Support us just once': a common word opening the sentence before an object pronoun is a verb.
    if (initial && seq.length === 1 && isCommonWord(seq[0]!.text) && OBJECT_PRONOUN_AFTER.test(text.slice(seq[0]!.end, seq[0]!.end + 8))) continue;
    // 'Yakro Drones Raises $14 Million Series A to Take ...': in a Title Case headline only words the body names are a name.
    if (titleCase && !lookupGazetteer(surfaceOf(text, seq).surface)) {
      let n = seq.length;
      while (n > 0 && (!seq[n - 1]!.capital || !namedMidSentence(text, surfaceOf(text, seq.slice(0, n)).surface, sentence.end))) n--;
      if (n === 0) continue;
      seq = seq.slice(0, n);
    }
    c.after = at + seq.length;
    c.initial = initial;
    const last = seq[seq.length - 1]!;
    const acronym = ACRONYM_AFTER.exec(text.slice(last.end, last.end + 80));
    // 'Organization for Security and Co-operation in Europe (OSCE)': runs joined by their acronym are one organisation.
    // Not a disease's name: 'Foot and Mouth Disease (FMD)'.
    // 'HM Revenue and Customs (HMRC)': a short word in capitals gives all its letters.
    // 'Liberia Medicines and Health Products Regulatory Authority (LMHRA)': an acronym of four letters or more may skip one
    // inner word.
    const spelt = acronym && seq.length >= 3 && !seq.every((t) => t.capital) && (initialsOf(seq) === acronym[1]!.replace(/[.&]/g, '') || lettersOf(seq) === acronym[1]!.replace(/[.&]/g, '') || skipsOneInner(initialsOf(seq), acronym[1]!)) && !DISEASE_HEADS.has(foldSurface(last.text));
    // 'Gintaras K., head of ...': a given name and the initial of a surname, period kept.
    // Not a place's one-letter word closing the sentence after a place preposition: 'a boat from Tai O.'
    const placeAtEnd = () => PLACE_PREPOSITION_BEFORE.test(text.slice(Math.max(0, seq[0]!.start - 10), seq[0]!.start)) && SENTENCE_END_AFTER.test(text.slice(last.end + 1, last.end + 3));
    const initialOnly = !spelt && seq.length === 2 && seq.every((t) => t.capital) && /^\p{Lu}$/u.test(last.text) && text[last.end] === '.' && /^\p{Lu}\p{Ll}+$/u.test(seq[0]!.text) && !lookupGazetteer(seq[0]!.text) && !isCommonWord(seq[0]!.text) && !placeAtEnd();
    // 'Network Rail and Transport for Wales (TfW)': an acronym in mixed case spells the connectors too ('TfW', 'DfE').
    const mixed = !spelt && !initialOnly && acronym && /^\p{Lu}[\p{Lu}\p{Ll}]*\p{Ll}[\p{Lu}\p{Ll}]*\p{Lu}$/u.test(acronym[1]!) ? mixedAcronymStart(seq, acronym[1]!) : -1;
    const found = mixed >= 0
      ? [...(mixed > 1 ? analyse({ ...c, after: c.at + mixed - 1 }, seq.slice(0, mixed - 1)) : []), mention({ ...c, at: c.at + mixed }, seq.slice(mixed), 'ORGANIZATION', 'known')]
      : initialOnly
      ? [{ ...mention(c, seq, 'PERSON', 'cue'), end: last.end + 1, surface: text.slice(seq[0]!.start, last.end + 1) }]
      : spelt ? [mention(c, seq, 'ORGANIZATION', 'known')] : analyse(c, seq);
    // Not a person's, nor an unclassified name's whose initials the letters do not open: 'Ní Bhriain (SD) 9,214; Lynch (FG)'
    // gives each candidate's party.
    // 'Deputy Governor X of the National Bank of Romania (BNR)': the acronym is the name's it follows, not the titled person's.
    const named = found.find((m) => m.end === last.end && m.kind !== 'PERSON') ?? found[found.length - 1];
    const letters = acronym?.[1]!.replace(/[.&]/g, '');
    // 'Kupang, East Nusa Tenggara (ANTARA) -': a news agency the tables know, in brackets, is a credit, not the name's acronym.
    const agency = letters ? lookupGazetteer(letters) : undefined;
    const credit = agency?.kind === 'ORGANIZATION' && agency.id !== named?.id && initialsOf(seq) !== letters && (named?.kind !== 'ORGANIZATION' || named.evidence === 'guess');
    // 'Mario Zúñiga (Motagua)': after a person's (or unclassified) name only a word with two capitals or more is an acronym; one
    // written as a name is the club or party the person is with. After a name only guessed an organisation's such a word must
    // open with the name's letter ('Comisión Nacional del Agua (Conagua)'; not 'Cristian Maradiaga (Marathón)').
    const capitals = /\p{Lu}.*\p{Lu}/u.test(letters ?? '');
    // 'Moorea Hoe Club (Moorea) 7h52m20s': a word written as a name that repeats one of the name's, or opens a table's row
    // (a figure after the bracket), is where the organisation is from, no short name.
    const fromPlace = acronym !== null && !capitals && (seq.some((t) => t.text === letters) || TABLE_FIGURE_AFTER.test(text.slice(last.end + acronym[0].length, last.end + acronym[0].length + 3)));
    if (acronym && named && !credit && !fromPlace && seq.length >= 2 && ((named.kind !== 'PERSON' && named.kind !== undefined && (capitals || initialsOf(seq)[0] === letters![0] || named.evidence !== 'guess' || named.kind !== 'ORGANIZATION')) || (initialsOf(seq)[0] === letters![0] && capitals))) named.acronym = acronym[1]!;
    const final = found[found.length - 1];
    // 'Baotou Hengtai Cashmere Co., said', 'behind SK Telecom and KT Corp.': an abbreviated legal form keeps its period;
    // at the sentence's end not 'Ltd', which British usage writes without one ('... fined Tembo Digital Ltd.').
    if (final && final.end === last.end && final.kind === 'ORGANIZATION' && text[last.end] === '.' && ABBREVIATED_LEGAL_FORM.test(last.text) && (!SENTENCE_END_AFTER.test(text.slice(last.end + 1, last.end + 3)) || !/^(?:Ltd|Pty|Bhd)$/.test(last.text))) {
      found[found.length - 1] = { ...final, end: last.end + 1, surface: text.slice(final.start, last.end + 1) };
    }
    if (final && final.end === last.end) {
      // 'Luleå municipality', 'Pervomaisky district court': a lower-case institution head after a place's name.
      const tail = final.kind !== 'PERSON' ? INSTITUTION_TAIL.exec(text.slice(last.end, Math.min(sentence.end, last.end + 30))) : null;
      if (tail && !(tail[0].endsWith('municipality') && IN_BEFORE.test(text.slice(Math.max(0, final.start - 12), final.start))) && !HEADING_LINE.test(text.slice(text.lastIndexOf('\n', final.start) + 1, final.start))) {
        found[found.length - 1] = { ...final, end: last.end + tail[0].length, surface: text.slice(final.start, last.end + tail[0].length), kind: 'ORGANIZATION', evidence: 'known', id: undefined };
      }
      // 'working with the City of Nanaimo': the town's corporation (not 'in the City of X').
      else if (CORPORATION.test(final.surface) && THE_BEFORE.test(text.slice(Math.max(0, final.start - 5), final.start)) && !IN_THE_BEFORE.test(text.slice(Math.max(0, final.start - 16), final.start))) {
        found[found.length - 1] = { ...final, kind: 'ORGANIZATION', evidence: 'known', id: undefined };
      }
    }
    // 'Security researchers have warned': a lone word opening the sentence that only a cue made a name, and that the
    // article also writes in lower case, is an ordinary word ('Freight analyst X', 'Environment minister'); a name
    // written once ('Gazprom spokesman X said') stays.
    // So is one before a title ('Relief Minister X': no post's place), which would else be read as the post's organisation.
    // 'STATE OF THE PARTIES (24 seats)': a heading in capitals alone on its line (a note in brackets after it at most), its
    // function words in capitals too, is a table's heading, no name, unless the gazetteer knows it.
    if (seq.length >= 3 && seq.every((t) => !/\p{Ll}/u.test(t.text)) && seq.some((t) => HEADING_FUNCTION_WORDS.has(t.text)) && /(?:^|\n)[ \t]*$/.test(text.slice(Math.max(0, seq[0]!.start - 4), seq[0]!.start)) && HEADING_REST.test(text.slice(last.end, last.end + 60)) && !lookupGazetteer(surfaceOf(text, seq).surface)) continue;
    // 'Dawn Faragher (Liberal Vannin) 640', 'Ana Ruiz (Ind) 1,284 ELECTED': a full name opening its line, then a party in brackets
    // and a vote count closing it, is a candidate in a results table.
    const row = found.length === 1 && found[0]!.end === last.end && found[0]!.kind !== 'PERSON' && !found[0]!.id && seq.length >= 2 && seq.length <= 4 && seq.every((t) => t.capital && !t.possessive) ? RESULT_ROW.exec(text.slice(last.end, last.end + 80)) : null;
    if (row && /(?:^|\n)[ \t]*$/.test(text.slice(Math.max(0, seq[0]!.start - 4), seq[0]!.start)) && kindFromWords(seq) !== 'ORGANIZATION' && kindFromWords(seq) !== 'PLACE') found[0] = { ...found[0]!, kind: 'PERSON', evidence: 'cue' };
    const lone = found[0];
    // 'Fishers on Praslin had argued': a plural common noun opening the sentence that the article also writes in lower case is
    // that noun, though a town of the gazetteer bears it (not a country, and not a town the article names mid-sentence).
    if (initial && lone && found.length === 1 && seq.length === 1 && lone.id?.startsWith('city:') && /^\p{Lu}\p{Ll}+s$/u.test(seq[0]!.text) && writtenInLowerCase(text, seq[0]!.text) && !namedMidSentence(text, seq[0]!.text)) found.shift();
    else if (initial && lone && lone.start === seq[0]!.start && lone.end === seq[0]!.end && !lone.id && lone.kind !== 'PERSON' && (lone.evidence === 'cue' || lone.kind === undefined) && (seq.length === 1 || found.length > 1) && WORD_AFTER.test(text.slice(seq[0]!.end, seq[0]!.end + 2)) && (found.length > 1 || describesNoun(lowerAt(tokens, at + 1))) && !lookupGazetteer(seq[0]!.text) && /^\p{Lu}\p{Ll}+$/u.test(seq[0]!.text) && writtenInLowerCase(text, seq[0]!.text)) found.shift();
    // The honorific says the name is a person's.
    if ((((honorific || chessTitle) && found.length === 1) || (malay > 0 && found.length >= 1)) && found[0]!.start === seq[0]!.start && found[0]!.kind !== 'PERSON' && !found[0]!.id) found[0] = { ...found[0]!, kind: 'PERSON', evidence: 'cue' };
    // So does a judicial style or silk after it ('Okafor JA').
    if (styled && found.length === 1 && found[0]!.end === last.end && found[0]!.kind !== 'PERSON' && !found[0]!.id) found[0] = { ...found[0]!, kind: 'PERSON', evidence: 'cue' };
    // 'GM Temur Vasquez (Chile)': a name made a person's above keeps a bracket after it as an acronym only as a person's would
    // (two capitals or more, opening with the name's letter); a word written as a name is where the person is from (round 31).
    for (let f = 0; f < found.length; f++) if (found[f]!.kind === 'PERSON' && found[f]!.acronym && !(capitals && initialsOf(seq)[0] === letters?.[0])) found[f] = { ...found[f]!, acronym: undefined };
    out.push(...found);
  }
  // 'Nacional: Rossi; Castellanos, Bentancur, ...': a line-up's players replace what the runs made of them.
  const players = sportsReport(text) ? lineUpPlayers(text, sentence) : undefined;
  if (players) {
    const from = players[0]!.start;
    for (let i = out.length - 1; i >= 0; i--) if (out[i]!.end > from) out.splice(i, 1);
    out.push(...players);
  }
  // 'told dpa': a lower-case agency name the gazetteer knows exactly as written.
  for (const t of tokens) {
    if (t.capital || !LOWER_CASE_MEDIA.has(t.text)) continue;
    const known = lookupGazetteer(t.text);
    if (known?.exact === t.text) out.push({ start: t.start, end: t.start + t.text.length, surface: t.text, sentence: sentence.index, length: 1, kind: known.kind, evidence: 'known', id: known.id });
  }
  out.sort((a, b) => a.start - b.start);
  // 'Kalaallit Airports International A/S', 'Maersk I/S': a Danish or Norwegian legal form with a slash ends the name.
  for (let i = 0; i + 1 < out.length; i++) {
    const a = out[i]!;
    const b = out[i + 1]!;
    if (b.end - b.start !== 1 || b.start !== a.end + 1 || text[a.end] !== '/' || !SLASH_FORM_OPENER.test(a.surface)) continue;
    out.splice(i, 2, { ...a, end: b.end, surface: text.slice(a.start, b.end), kind: 'ORGANIZATION', evidence: a.evidence === 'guess' ? 'cue' : a.evidence, id: undefined });
  }
  // 'Lazare Hospitality (Pty) Ltd', 'Kestrel Mining (Pvt) Limited': a legal form in brackets, then perhaps another, ends the
  // company's name.
  for (let i = 0; i < out.length; i++) {
    const a = out[i]!;
    if (a.kind === 'PERSON' || a.kind === 'PLACE') continue;
    const form = BRACKETED_LEGAL_FORM.exec(text.slice(a.end, Math.min(sentence.end, a.end + 40)));
    if (!form || !isLegalForm(form[1]!)) continue;
    const end = a.end + (form[2] !== undefined && isLegalForm(form[2]) ? form[0].length : form[0].indexOf(')') + 1);
    for (let j = out.length - 1; j > i; j--) if (out[j]!.start >= a.end && out[j]!.end <= end) out.splice(j, 1);
    out[i] = { ...a, end, surface: text.slice(a.start, end), kind: 'ORGANIZATION', evidence: a.evidence === 'guess' || a.evidence === undefined ? 'cue' : a.evidence, id: undefined };
  }
  // 'Gavi, the Vaccine Alliance,': a one-word name whose appositive is a capitalised organisation name is one name with it.
  for (let i = 0; i + 1 < out.length; i++) {
    const a = out[i]!;
    const b = out[i + 1]!;
    if (a.length !== 1 || (a.id && !a.id.startsWith('org:')) || a.kind === 'PERSON' || b.kind !== 'ORGANIZATION' || b.evidence !== 'known' || b.id || b.length < 2) continue;
    if (!APPOSITIVE_THE.test(text.slice(a.end, b.start)) || !APPOSITIVE_END.test(text.slice(b.end, b.end + 2))) continue;
    out.splice(i, 2, { ...b, start: a.start, surface: text.slice(a.start, b.end), length: a.length + b.length, acronym: a.acronym ?? b.acronym });
  }
  nativeNamesInBrackets(text, sentence, out);
  for (let i = 0; i + 1 < out.length; i++) {
    const a = out[i]!;
    const b = out[i + 1]!;
    if (!/^[ \t]*\($/.test(text.slice(a.end, b.start)) || text[b.end] !== ')') continue;
    // 'East Nusa Tenggara (NTT) province': the acronym of a place names the place.
    if (a.kind === 'PLACE' && a.acronym === b.surface && !b.id) {
      b.kind = 'PLACE';
      b.evidence = a.evidence;
    }
    // 'the Rwanda Meteorology Agency (Meteo Rwanda)': a short name of two words or more, each the start of one of the name's words.
    // 'the Malaysian Meteorological Department (MetMalaysia)': so is one word whose capitals open such pieces.
    else if (a.kind === 'ORGANIZATION' && !a.acronym && a.length >= 2 && !b.id && ((b.length >= 2 && b.length < a.length && shortens(a.surface, b.surface)) || (b.length === 1 && CAMEL_CASE.test(b.surface) && shortens(a.surface, b.surface.replace(/(\p{Ll})(?=\p{Lu})/gu, '$1 '))))) {
      a.acronym = b.surface;
      b.kind = 'ORGANIZATION';
      b.evidence = a.evidence ?? 'cue';
    }
  }
  // 'the state-owned Banco de Fomento a la Producción (Produzcamos)': one word in brackets, written as a name too long for an
  // acronym, no table knows and no cue classified, that opens like one of the name's words ('Produ-'), is its short name.
  for (let i = 0; i + 1 < out.length; i++) {
    const a = out[i]!;
    const b = out[i + 1]!;
    if (a.kind !== 'ORGANIZATION' || a.acronym || a.length < 3 || b.kind !== undefined || b.id || !LONG_SHORT_NAME.test(b.surface)) continue;
    if (!/^[ \t]*\($/.test(text.slice(a.end, b.start)) || !/^\)(?:[ \t]*[.,;:]|[ \t]*$|[ \t]+\p{Ll})/u.test(text.slice(b.end, b.end + 3))) continue;
    const stem = foldSurface(b.surface).slice(0, SHORT_NAME_STEM);
    if (!foldSurface(a.surface).split(' ').some((w) => w.length >= SHORT_NAME_STEM && w.startsWith(stem))) continue;
    a.acronym = b.surface;
    b.kind = 'ORGANIZATION';
    b.evidence = a.evidence ?? 'cue';
  }
  // 'such as Amazon, Microsoft and Google': an unknown name in a list takes its neighbours' kind.
  // A name that took its kind from a firm neighbour passes it on along the list ('in Ol Kalou, Kinangop and Ol Joro Orok').
  const listed = new Set<Mention>();
  for (let pass = 0; pass < 2; pass++) {
    out.forEach((m, i) => {
      // A guessed kind yields too: 'the provinces of Negros Occidental and Negros Oriental'.
      const guessed = m.kind !== undefined && m.evidence === 'guess';
      if (m.kind !== undefined && !guessed) return;
      // A comma alone makes a list only when the list goes on ('Amazon, Microsoft and Google'),
      // not around a name between commas ('the chair of the Election Commission, Nurjan Osmonova, said').
      const near = [out[i - 1], out[i + 1]].find((n) => {
        // 'Bench: A (presiding), Tadeusz Kmiecik, Aleksandra Pawlak-Nowicka': a full name no table knows in a comma series
        // beside a firm person's full name is a person's too.
        const personList = n?.kind === 'PERSON' && n.evidence !== 'guess' && !n.weak && n.length >= 2 && listedName(m.surface) && /,\s*$/.test(text.slice(Math.max(0, m.start - 3), m.start));
        if (!n?.kind || (n.kind === 'PERSON' && !personList) || (guessed && n.evidence === 'guess' && !listed.has(n))) return false;
        const gap = n.start > m.end ? text.slice(m.end, n.start) : text.slice(n.end, m.start);
        if (!LIST_GAP.test(gap)) return false;
        if (personList) return true;
        return !/^,\s*$/.test(gap) || LIST_GOES_ON.test(text.slice(Math.max(m.end, n.end), Math.max(m.end, n.end) + 12));
      });
      if (near) {
        m.kind = near.kind;
        m.evidence = 'guess';
        if (near.evidence !== 'guess' || listed.has(near)) listed.add(m);
      }
    });
  }
  // "Vox's candidate, Raúl Herrera": a name whose title follows is an organisation or place.
  for (const m of out) {
    if (m.kind !== undefined) continue;
    const rest = text.slice(m.end, m.end + 50).toLowerCase().replace(/^['’]s/, '');
    if (!/^\s/.test(rest)) continue;
    const words = rest.trim().split(/[\s,]+/);
    // Only the titles opening with the first word are tried, the words folded once (not once per title).
    const titles = titlesOpeningWith(foldSurface(words[0]!));
    if (titles.length === 0) continue;
    const folded = words.map(foldSurface);
    if (titles.some((t) => t.every((w, i) => (folded[i] ?? '') === w) && folded[t.length] !== undefined)) {
      m.kind = 'ORGANIZATION';
      m.evidence = 'cue';
    }
  }
  return out;
}
