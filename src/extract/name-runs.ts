import type { Token } from './tokens';
import { isCommonWord, lookupDemonym, lookupGazetteer } from './gazetteer';
import { isDateWord, isFirstName } from './names';
import { vocab } from './vocabulary';
import { ON_HEADS } from './entity-words';
import { lexiconTags } from './lexicon';
import { phraseAt } from './phrase';

/**
 * Lower-case words a name run may hold when a capital follows ('Physicians for Human Rights',
 * 'Bank of the West'); where the whole is no organisation the run is split at them again.
 */
export const SPLITTING: ReadonlySet<string> = new Set(['and', '&', 'of', 'for', 'the', 'e', 'et']);
/**
 * Abbreviations whose period stays inside a name: 'St. Petersburg', 'Mt. Kenya', and abbreviated
 * given names ('Ma.' for María in Filipino and Spanish names, 'Wm.', 'Jas.').
 */
export const NAME_ABBREVIATIONS = new Set(['St', 'Mt', 'Ft', 'Ma', 'Wm', 'Jas', 'Chas', 'Thos']);
/**
 * Abbreviated given names of South Asian and Malay Muslim names, written with a period that stays in the name ('Md. Nazmul
 * Karim Sarkar', 'Mohd. Rizal Ahmad'): they open a run only before two more name words no lexicon knows as common words
 * ('Rockville, Md. Officials said' is a state's abbreviation).
 */
export const GIVEN_NAME_ABBREVIATIONS: ReadonlySet<string> = new Set(['Md', 'Mohd', 'Muhd']);

/** True when `t` is an abbreviated given name written with its period before two name words: 'Md. Nazmul Karim'. */
function givenNameAbbreviation(text: string, t: Token, next: Token | undefined, after: Token | undefined): boolean {
  // Also written without the period ('Md Rakibul Islam'), the usual form in Bangladeshi and Malaysian papers.
  const gap = text.slice(t.end, next?.start ?? t.end);
  return GIVEN_NAME_ABBREVIATIONS.has(t.text) && next !== undefined && after !== undefined && (gap === '. ' || gap === ' ') && unknownNameWord(next) && after.capital && /^[ \t]+$/.test(text.slice(next.end, after.start));
}

/** A capitalised word no lexicon knows (a name's word, not 'Officials'). */
function unknownNameWord(t: Token): boolean {
  return /^\p{Lu}\p{Ll}+$/u.test(t.text) && lexiconTags(t.text.toLowerCase()).length === 0 && !isDateWord(t.text);
}
/** Words the non-name list holds that still end a name after a capitalised word: 'Pvt Ltd', 'Ege TV'. */
const NAME_TAILS = new Set(['Ltd', 'Inc', 'TV']);
/** Legal forms written in lower case after a company's name: 'Jarðvarmi ehf.' (Iceland), 'Barclays plc'. */
export const LOWER_LEGAL_TAILS = new Set(['ehf', 'hf', 'plc']);
/** Kyrgyz and Kazakh patronymic words written after the father's name, ending a person's name: 'Aigerim Sadyrbek kyzy'. */
const TRAILING_PATRONYMICS: ReadonlySet<string> = new Set(['kyzy', 'uulu', 'qyzy', 'uly']);
/** Institutions whose name may list portfolios: 'Ministry of Environment, Water and Agriculture'. */
// 'Division of Infrastructure, Quarries and Urban Development', 'Directorate of ...': a government division's portfolios too (round 30).
export const MINISTRY_HEADS = new Set(['Ministry', 'Department', 'Secretariat', 'Division', 'Directorate']);
/** Posts whose title may list portfolios: 'Minister for Relief, Disaster Preparedness and Refugees'. */
const PORTFOLIO_TITLES = new Set(['Minister', 'Secretary', 'Commissioner']);
/** Words ranking a post before its title: 'Deputy Minister', 'Assistant Secretary'. */
const TITLE_RANKS: ReadonlySet<string> = new Set(['Deputy', 'Vice', 'Acting', 'Assistant', 'Junior', 'Interim', 'Associate', 'Principal', 'Permanent', 'First']);
/** The rest of a portfolio list after its first item: ', Water and Agriculture', ', Fisheries and the Environment'. */
const MINISTRY_LIST = /^(?:,[ \t]+\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?)+,?[ \t]+(?:and|&)[ \t]+(?:the[ \t]+)?\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+){0,2}(?![ \t]*\p{Lu})/u;

/**
 * The rest of a members' or trades' list after its first item, ending in the organisation's word: ', Tram and Bus Union' of
 * 'Rail, Tram and Bus Union', ', Pharmacists and Dentists Union'.
 */
const MEMBERS_LIST = /^(?:,[ \t]+\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?){1,3},?[ \t]+(?:and|&)[ \t]+(?:\p{Lu}\p{Ll}+[ \t]+){1,2}(\p{Lu}\p{Ll}+)(?!\p{L}|[ \t]*\p{Lu})/u;
/**
 * Organisation words that close a members' list: 'Union', 'Association', 'Federation'; and an agency's words closing a list of
 * its fields ('Forestry, Wildlife and Parks Division', 'Police, Fire and Emergency Services', 'Fish, Wildlife and Parks
 * Department'); a ministry's or office's list of its fields ('Foreign, Commonwealth and Development Office').
 */
export const MEMBERS_HEADS: ReadonlySet<string> = new Set(['Union', 'Association', 'Federation', 'Guild', 'Alliance', 'Council', 'Society', 'Confederation', 'Syndicate', 'Division', 'Services', 'Department', 'Commission', 'Authority', 'Agency', 'Office', 'Ministry']);
/** A members' list whose head word a capital follows (a title, tested by the caller): ', Fire and Emergency Services' before 'Commissioner'. */
const MEMBERS_LIST_BEFORE_CAPITAL = new RegExp(`^(?:,[ \\t]+\\p{Lu}\\p{Ll}+(?:[ \\t]+\\p{Lu}\\p{Ll}+)?){1,3},?[ \\t]+(?:and|&)[ \\t]+(?:\\p{Lu}\\p{Ll}+[ \\t]+){1,2}?(${[...MEMBERS_HEADS].join('|')})(?=[ \\t]+\\p{Lu})`, 'u');

/** A trade's or member's word ('Rail', 'Pharmacists'): a plain capitalised word, no place, nationality or given name. */
function tradeWord(word: string): boolean {
  // 'Police' is a town of Poland too: a common word the gazetteer also knows still names a trade.
  return /^\p{Lu}\p{Ll}+$/u.test(word) && (!lookupGazetteer(word) || isCommonWord(word)) && !lookupDemonym(word) && !isFirstName(word);
}

/** Route nouns a number follows in a route's name: 'National Road 2', 'Route 66', 'Highway 1'. */
const ROUTE_NOUNS = new Set(['Road', 'Route', 'Highway', 'Motorway', 'Expressway', 'Corridor']);

/** An ampersand between two words of one name. */
const AMPERSAND_GAP = /^[ \t]+&[ \t]+$/;

/** A capitalised word that may be part of a name: no listed non-name ('I', 'Dr') and no bare number. */
function isNameWord(t: Token, next?: Token): boolean {
  if (!t.capital || /^\p{N}+$/u.test(t.text)) return false;
  if (!vocab().notNames.has(t.text)) return true;
  // 'De Montfort University', 'Van Gogh Museum': a capitalised particle before a name word opens it.
  if (next !== undefined && t.text.length <= 3 && vocab().particles.has(t.text.toLowerCase()) && next.capital && !vocab().notNames.has(next.text)) return true;
  // 'Western diplomats' is no name, 'Western Australia' and 'Western Visayas' are: a compass word before a capital.
  return next !== undefined && vocab().placeModifiers.has(t.text.toLowerCase()) && isNameWord(next);
}

/** A word that can open a name: no date word ('March'), no bare number; ordinals may ('2nd Criminal Court'). */
function opensName(t: Token, next: Token | undefined): boolean {
  // Not a date written with an ordinal: '15th April', '1st March'.
  if (/^\d+(?:st|nd|rd|th)$/.test(t.text)) return next !== undefined && isNameWord(next) && !isDateWord(next.text);
  if (NAME_ABBREVIATIONS.has(t.text) || (t.text.length === 2 && next !== undefined && /^\p{Lu}{2,}/u.test(next.text) && NAME_ABBREVIATIONS.has(t.text[0] + t.text[1]!.toLowerCase()))) return next !== undefined && isNameWord(next);
  return isNameWord(t, next) && !isDateWord(t.text);
}

/** Compound halves split apart when each is a place or nationality: 'US-Russia', 'U.S.-Russian'. */
export function splitCompound(part: string): boolean {
  return lookupGazetteer(part) !== undefined || lookupDemonym(part) !== undefined;
}

/** Words of one name are separated by spaces, the period of an initial or 'St.', or a plural possessive ('Workers’ Party'). */
function gapIsSpace(text: string, a: Token, b: Token): boolean {
  const gap = text.slice(a.end, b.start);
  if (/^[ \t]+$/.test(gap)) return true;
  // 'ST. JOHN'S' in a dateline: an abbreviation in capitals keeps its period too.
  if ((/^\p{Lu}$/u.test(a.text) || NAME_ABBREVIATIONS.has(a.text) || (GIVEN_NAME_ABBREVIATIONS.has(a.text) && unknownNameWord(b)) || (a.text.length === 2 && NAME_ABBREVIATIONS.has(a.text[0] + a.text[1]!.toLowerCase()) && /^\p{Lu}{2,}/u.test(b.text))) && /^\.[ \t]+$/.test(gap)) return true;
  // "Dato' Sri Ikhwan": the Malay honorific 'Dato' is often written with an apostrophe closing it.
  return (/s$/.test(a.text) || APOSTROPHE_HONORIFICS.has(a.text)) && /^['’][ \t]+$/.test(gap);
}
/** Malay honorifics written with a closing apostrophe before the next word of the name: "Dato' Sri". */
const APOSTROPHE_HONORIFICS: ReadonlySet<string> = new Set(['Dato', 'Datuk']);

/** An ordinal written in figures: '10th', '6th', '1st'. */
const ORDINAL = /^\d{1,2}(?:st|nd|rd|th)$/;

/**
 * '10th of Ramadan City', '6th of October Bridge': an ordinal, 'of' and capitalised words ending in a place's or an
 * organisation's noun open one name ('the 10th of March', 'the 6th of October' alone are dates: no noun follows).
 */
function ordinalOfName(text: string, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (!ORDINAL.test(t.text) || tokens[i + 1]?.text !== 'of') return false;
  let k = i + 2;
  if (!tokens[k] || !isNameWord(tokens[k]!) || !gapIsSpace(text, t, tokens[i + 1]!) || !gapIsSpace(text, tokens[i + 1]!, tokens[k]!)) return false;
  while (tokens[k + 1] && isNameWord(tokens[k + 1]!) && gapIsSpace(text, tokens[k]!, tokens[k + 1]!)) k++;
  if (k === i + 2) return false;
  const head = tokens[k]!.text.toLowerCase();
  return vocab().placeSuffix(head) || vocab().orgSuffix(head);
}

function isParticle(t: Token | undefined): boolean {
  return t !== undefined && !t.capital && vocab().particles.has(t.text.toLowerCase());
}

/**
 * Patronymic connectors inside a person's name, 'son/daughter of' (Malay, Arabic): 'Norliza binti Haji Omar',
 * 'Azmi bin Yassin', 'Siti binte Rahman', 'Fatima bint Khalid', Welsh 'ap'/'ab'/'verch' ('Rhodri ap Gwyn'), Uzbek
 * 'qizi'/'o'g'li' ('daughter/son of': 'Dilnoza Rustam qizi Karimova', 'Jasur Akmal o'g'li Tursunov'), and the Malaysian Indian
 * 'a/l'/'a/p' ('anak lelaki'/'anak perempuan', son/daughter of: 'Ganesan a/l Muthu', one token, tokens.ts), and the Hassaniya
 * (Mauritanian, Western Saharan) 'ould'/'mint' (son/daughter of: 'Brahim ould Salek', 'Aminetou mint Ely'). Only between
 * capitals: the name goes on after them.
 */
export const PATRONYMIC_CONNECTORS: ReadonlySet<string> = new Set(['bin', 'binti', 'binte', 'bint', 'ibn', 'ap', 'ab', 'verch', 'ferch', 'qizi', 'kizi', 'ugli', "o'g'li", 'o‘g‘li', 'a/l', 'a/p', 'ould', 'mint']);
/**
 * Romance prepositions inside an institution's name, which English never writes between capitals: Spanish 'Banco de
 * Fomento a la Producción', 'Instituto para el Desarrollo', French 'Agence pour la Recherche'. 'para' and 'pour' join
 * anywhere; 'a', 'al', 'à', 'en', 'sur' only in a name already holding a Romance particle ('de', 'del', 'du', "d'").
 */
const ROMANCE_PREPOSITIONS: ReadonlySet<string> = new Set(['para', 'pour']);
const ROMANCE_PREPOSITIONS_AFTER_PARTICLE: ReadonlySet<string> = new Set(['a', 'al', 'à', 'en', 'sur']);
/** Romance particles that show a name is written in Spanish, Portuguese, French or Italian. */
const ROMANCE_PARTICLES: ReadonlySet<string> = new Set(['de', 'del', 'des', 'du', 'da', 'do', 'dos', 'das', 'di', 'della']);
/** An elided Romance particle opening a word: "d'Energie", "l'Estuaire". */
const ELIDED = /^[dl]['’]/;

/** Organisations named for what they oppose: 'Committee against Torture', 'League against Cancer'. */
const AGAINST_HEADS: ReadonlySet<string> = new Set(['Committee', 'Coalition', 'Alliance', 'Movement', 'Campaign', 'League', 'Front', 'Network', 'Association']);
/** Nouns of a struggle, which an office's name may hold before 'against': 'Office for the Fight against Fraud'. */
const STRUGGLE_NOUNS: ReadonlySet<string> = new Set(['Fight', 'Struggle', 'Combat', 'Campaign', 'Crusade', 'Action', 'Measures', 'Protection']);

/**
 * True when 'against' may continue the run: its last word heads an organisation named for what it opposes ('Committee
 * against Torture'), or is a struggle's noun in a name an organisation word opens before 'of'/'for' ('Ministry of Public
 * Health and the Fight against AIDS'; not 'the Ministry of Justice against X', a case).
 */
function againstHead(seq: readonly Token[]): boolean {
  const last = seq[seq.length - 1]!;
  if (!last.capital) return false;
  if (AGAINST_HEADS.has(last.text)) return true;
  return STRUGGLE_NOUNS.has(last.text) && seq.some((t, i) => i > 0 && !t.capital && (t.text === 'of' || t.text === 'for') && vocab().orgSuffix(seq[i - 1]!.text.toLowerCase()));
}

/** True when a lower-case connector at `k` may stand inside the run `seq` before a capital (or an article and a capital). */
function innerConnector(seq: readonly Token[], t: Token): boolean {
  const word = t.text.toLowerCase();
  if (ROMANCE_PREPOSITIONS.has(word)) return seq.length >= 1;
  if (ROMANCE_PREPOSITIONS_AFTER_PARTICLE.has(word)) return seq.some((x) => (!x.capital && ROMANCE_PARTICLES.has(x.text)) || ELIDED.test(x.text));
  // 'Syndicat des Employés de Jeux', 'Chambre des Métiers': the French plural article-particle 'des' between capitals.
  if (word === 'des' && t.text === 'des') return seq.length >= 1 && seq[seq.length - 1]!.capital;
  // 'Anna Gruber am Steinhof', 'Josef Pichler zum Brunnen': a South Tyrolean and Austrian farm name after the surname, joined by
  // 'am'/'zum'/'zur' ('at the'), after a given name and a surname.
  if (FARM_NAME_PARTICLES.has(t.text)) return seq.length >= 2 && seq.every((x) => x.capital && !x.possessive);
  return PATRONYMIC_CONNECTORS.has(word) && seq.length >= 1 && seq[seq.length - 1]!.capital;
}
/**
 * German particles that join a farm's name to a surname ('Mair am Tinkhof'); the Faroese 'á' ('on', 'at') that joins a
 * place-derived surname to a given name and a surname ('Jógvan Hansen á Gørðunum').
 */
const FARM_NAME_PARTICLES: ReadonlySet<string> = new Set(['am', 'zum', 'zur', 'á']);

/** A word of a person's name: a known given name, or a capitalised word no lexicon, gazetteer or name table knows. */
function personNameWord(t: Token): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(t.text) || t.possessive || lookupGazetteer(t.text) || lookupDemonym(t.text)) return false;
  const lower = t.text.toLowerCase();
  if (vocab().orgSuffix(lower) || vocab().placeSuffix(lower) || (isCommonWord(t.text) && !isFirstName(t.text))) return false;
  return isFirstName(t.text) || lexiconTags(lower).every((x) => NAME_TAGS.has(x));
}
/** Lexicon tags of names' words: 'Hasan' (a given name), 'Bhuiyan' (a surname). */
const NAME_TAGS: ReadonlySet<string> = new Set(['MaleName', 'FemaleName', 'FirstName', 'LastName']);
/** 'X Police Station': a police station is an office too, though 'station' alone names places and broadcasters. */
function officeHead(seq: readonly Token[], head: Token): boolean {
  return vocab().orgSuffix(head.text.toLowerCase()) || (head.text === 'Station' && seq[seq.length - 2]?.text === 'Police');
}

/**
 * 'Officer-in-charge of Narsingdi Model Police Station Abdul Karim Talukder said': an office's name (three capitals or more,
 * ending in an organisation's word) run straight into a person's name of two to four words (one a known given name, none a
 * place's or organisation's word) holds two names; the run ends at the office's word.
 */
function personAfterHead(text: string, tokens: readonly Token[], seq: readonly Token[], j: number): boolean {
  const head = tokens[j]!;
  if (seq.length < 3 || !officeHead(seq, head) || (head.text === 'Police' && tokens[j + 1]?.text === 'Station') || seq.some((t) => !t.capital || t.possessive)) return false;
  let k = j + 1;
  let given = false;
  while (k < tokens.length && k - j <= 5 && tokens[k]!.joins && personNameWord(tokens[k]!) && gapIsSpace(text, tokens[k - 1]!, tokens[k]!)) {
    given ||= isFirstName(tokens[k]!.text);
    k++;
  }
  const n = k - j - 1;
  if (n < 2 || n > 4 || !given) return false;
  // The person's name ends the run: no further capital joins it.
  const after = tokens[k];
  return !(after && after.capital && gapIsSpace(text, tokens[k - 1]!, after));
}

/**
 * Judicial styles and silk written after a surname in law reports ('Okafor JA', 'Baptiste-Primus CJ', 'Lord Reed LJ', 'Maria
 * Soto KC'): Justice of Appeal, Chief Justice, Lord Justice, King's/Queen's Counsel, Senior Advocate of Nigeria. No part of the
 * name (mentions.ts strips them), and 'and' after one joins no run: 'Okafor JA and Mensah JA' are two people (round 31).
 * Not 'SC' (a sports club's suffix too), not 'J' or 'P' (initials).
 */
export const POST_NOMINAL_STYLES: ReadonlySet<string> = new Set(['JA', 'JJA', 'CJ', 'LJ', 'LJJ', 'KC', 'QC', 'SAN']);

/** Runs of capitalised words, with particles and connectors kept when a capital follows. */
export function findNameRuns(text: string, tokens: readonly Token[]): Token[][] {
  const out: Token[][] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!opensName(tokens[i]!, tokens[i + 1]) && !ordinalOfName(text, tokens, i) && !givenNameAbbreviation(text, tokens[i]!, tokens[i + 1], tokens[i + 2])) {
      i++;
      continue;
    }
    // 'van der Berg said', 'da Rocha told': particles before the first capital belong to the name.
    let from = i;
    while (from > 0 && isParticle(tokens[from - 1]) && gapIsSpace(text, tokens[from - 1]!, tokens[from]!)) from--;
    if (from < i && from > 0 && !/[“"(:,]\s*$|^\s*$/.test(text.slice(tokens[from - 1]!.end, tokens[from]!.start)) && tokens[from - 1]!.capital) from = i;
    const seq = tokens.slice(from, i + 1);
    let j = i;
    let purpose = false;
    for (;;) {
      const next = tokens[j + 1];
      // 'Sahyadri Coastal Realty Pvt Ltd', 'Ege TV': a legal suffix or medium word the non-name list holds ends a name.
      if (next && (NAME_TAILS.has(next.text) || LOWER_LEGAL_TAILS.has(next.text)) && gapIsSpace(text, tokens[j]!, next)) {
        seq.push(next);
        j++;
        continue;
      }
      // 'Aigerim Sadyrbek kyzy', 'Bolot Asanbek uulu': a Kyrgyz or Kazakh patronymic word ('daughter/son of') written in lower
      // case after the father's name ends a person's name (round 28).
      if (next && TRAILING_PATRONYMICS.has(next.text) && seq[seq.length - 1]!.capital && !seq[seq.length - 1]!.possessive && seq.every((t) => t.capital) && gapIsSpace(text, tokens[j]!, next)) {
        seq.push(next);
        j++;
        break;
      }
      // 'U.N. Assistance Mission in Somalia', 'EU Training Mission in Mali': a mission is named with the country it serves in.
      const country = tokens[j + 2];
      if (next?.text === 'in' && country && tokens[j]!.text === 'Mission' && seq.length >= 2 && country.capital && !country.possessive && lookupGazetteer(country.text)?.id.startsWith('country:') === true && gapIsSpace(text, tokens[j]!, next) && gapIsSpace(text, next, country)) {
        seq.push(next, country);
        j += 2;
        break;
      }
      // 'Court of Instruction No. 2 of Paterna': a numbered office inside an institution's name.
      const number = tokens[j + 2];
      if (next?.text === 'No' && number && /^\d{1,3}$/.test(number.text) && /^\.?[ \t]+$/.test(text.slice(next.end, number.start)) && gapIsSpace(text, tokens[j]!, next) && seq.some((t) => t.capital && vocab().orgSuffix(t.text.toLowerCase()))) {
        seq.push(next, number);
        j += 2;
        continue;
      }
      // 'Ministry of Environment, Water and Agriculture': a ministry's portfolio list.
      const portfolio = text.charCodeAt(tokens[j]!.end) === 44 ? MINISTRY_LIST.exec(text.slice(tokens[j]!.end, tokens[j]!.end + 160)) : null;
      // The head may follow 'The' or a possessive: "Saudi Arabia's Ministry of ...".
      const h = Math.max(seq[0]!.text === 'The' ? 1 : 0, seq.findLastIndex((t) => t.possessive) + 1);
      // 'Deputy Minister of Education, Science, Culture and Sport X': a rank word may open the post's title (round 32b).
      const titleAt = h + (TITLE_RANKS.has(seq[h]?.text ?? '') && PORTFOLIO_TITLES.has(seq[h + 1]?.text ?? '') ? 1 : 0);
      if (portfolio && ((seq.length >= titleAt + 3 && (MINISTRY_HEADS.has(seq[titleAt]!.text) || PORTFOLIO_TITLES.has(seq[titleAt]!.text)) && !seq[titleAt + 1]!.capital) || purpose)) {
        const end = tokens[j]!.end + portfolio[0].length;
        let k = j;
        while (k + 1 < tokens.length && tokens[k + 1]!.end <= end) k++;
        seq.push(...tokens.slice(j + 1, k + 1));
        j = k;
        // 'Ministry of Health, Public Hygiene and Universal Health Coverage of Côte d'Ivoire': after its portfolio list
        // the name ends; 'of <country>' says whose ministry it is.
        if (tokens[j + 1]?.text === 'of') break;
        continue;
      }
      // 'Rail, Tram and Bus Union', 'Kenya Medical Practitioners, Pharmacists and Dentists Union': a list of trades or members
      // after a trade's word, closed by 'and', a trade and a union's word, is one organisation's name.
      const membersText = text.charCodeAt(tokens[j]!.end) === 44 && tradeWord(tokens[j]!.text) ? text.slice(tokens[j]!.end, tokens[j]!.end + 120) : undefined;
      const members = membersText === undefined ? null : MEMBERS_LIST.exec(membersText) ?? MEMBERS_LIST_BEFORE_CAPITAL.exec(membersText);
      if (members && MEMBERS_HEADS.has(members[1]!)) {
        const end = tokens[j]!.end + members[0].length;
        let k = j;
        while (k + 1 < tokens.length && tokens[k + 1]!.end <= end) k++;
        const items = tokens.slice(j + 1, k);
        // The list's head word ends the name; a capital right after it may only open a title ('Police, Fire and Emergency
        // Services Commissioner Sandra Lee'), which is no part of it.
        const following = tokens[k + 1];
        const titleAfter = following !== undefined && following.capital && /^[ \t]+$/.test(text.slice(tokens[k]!.end, following.start));
        if (items.every((t) => !t.capital || tradeWord(t.text)) && (!titleAfter || phraseAt(tokens, k + 1, vocab().titles) > 0)) {
          seq.push(...tokens.slice(j + 1, k + 1));
          j = k;
          if (titleAfter) break;
          continue;
        }
      }
      // 'Global Fund to Fight AIDS', 'Campaign to Stop Killer Robots': an organisation word, 'to', a capitalised verb and its
      // capitalised object continue the name (a known name after 'to' is where something goes: 'the Fund to Kenya').
      const verb = tokens[j + 2];
      const object = tokens[j + 3];
      if (!purpose && next?.text === 'to' && verb && object && seq.length >= 2 && vocab().orgSuffix(tokens[j]!.text.toLowerCase()) && isNameWord(verb) && isNameWord(object) && !lookupGazetteer(verb.text) && !isFirstName(verb.text) && gapIsSpace(text, tokens[j]!, next) && gapIsSpace(text, next, verb) && gapIsSpace(text, verb, object)) {
        seq.push(next, verb, object);
        j += 3;
        purpose = true;
        continue;
      }
      // 'Ministry of Public Health and the Fight against AIDS', 'Committee against Torture', 'Central Office for the Fight
      // against Trafficking in Cultural Goods': in a run an organisation word opens (or holds before 'of'/'for'), 'against'
      // between a capitalised noun and a name word continues the name; after it, 'in' and a name word no table knows may too.
      const against = tokens[j + 2];
      if (next?.text === 'against' && against && isNameWord(against) && !lookupGazetteer(against.text) && !isDateWord(against.text) && gapIsSpace(text, tokens[j]!, next) && gapIsSpace(text, next, against) && againstHead(seq)) {
        seq.push(next, against);
        j += 2;
        while (tokens[j + 1] && isNameWord(tokens[j + 1]!) && gapIsSpace(text, tokens[j]!, tokens[j + 1]!)) seq.push(tokens[++j]!);
        const inObject = tokens[j + 2];
        if (tokens[j + 1]?.text === 'in' && inObject && isNameWord(inObject) && !lookupGazetteer(inObject.text) && !isFirstName(inObject.text) && gapIsSpace(text, tokens[j]!, tokens[j + 1]!) && gapIsSpace(text, tokens[j + 1]!, inObject)) {
          seq.push(tokens[j + 1]!, inObject);
          j += 2;
        }
        continue;
      }
      // 'National Road 2', 'Route 66': a route's number after its noun.
      if (next && ROUTE_NOUNS.has(tokens[j]!.text) && /^\d{1,3}$/.test(next.text) && gapIsSpace(text, tokens[j]!, next) && !/^[.,]\d/.test(text.slice(next.end, next.end + 2))) {
        seq.push(next);
        j++;
        continue;
      }
      // 'International Coordinating Group on Vaccine Provision': 'on' after an organisation word, then a name word (no date: 'Council on Monday').
      const onAfter = tokens[j + 2];
      if (next?.text === 'on' && ON_HEADS.has(tokens[j]!.text) && seq.length >= 2 && onAfter && isNameWord(onAfter) && !isDateWord(onAfter.text) && gapIsSpace(text, tokens[j]!, next) && gapIsSpace(text, next, onAfter)) {
        seq.push(next, onAfter);
        j += 2;
        continue;
      }
      // 'Permanent Joint Technical Commission on the Kunene River', 'Committee on the Elimination of ...': so 'on the' and a
      // name word (no date: 'Council on the 5th').
      const onTheAfter = tokens[j + 3];
      if (next?.text === 'on' && onAfter?.text === 'the' && ON_HEADS.has(tokens[j]!.text) && seq.length >= 2 && onTheAfter && isNameWord(onTheAfter) && !isDateWord(onTheAfter.text) && gapIsSpace(text, tokens[j]!, next) && gapIsSpace(text, next, onAfter) && gapIsSpace(text, onAfter, onTheAfter)) {
        seq.push(next, onAfter, onTheAfter);
        j += 3;
        continue;
      }
      // 'Ministry in Charge of Emergency Management', 'Minister in Charge of X': 'in Charge of' continues an office's name.
      const charge = tokens[j + 2];
      if (next?.text === 'in' && charge?.text === 'Charge' && tokens[j + 3]?.text === 'of' && tokens[j + 4]?.capital && gapIsSpace(text, tokens[j]!, next) && gapIsSpace(text, next, charge) && gapIsSpace(text, charge, tokens[j + 3]!)) {
        seq.push(next, charge);
        j += 2;
        continue;
      }
      // 'Nature Ecology & Evolution', 'Johnson & Johnson': an ampersand between capitals joins one name (not two known places).
      if (next && isNameWord(next) && AMPERSAND_GAP.test(text.slice(tokens[j]!.end, next.start)) && !(lookupGazetteer(tokens[j]!.text) && lookupGazetteer(next.text))) {
        seq.push(next);
        j++;
        continue;
      }
      if (next && next.joins && isNameWord(next) && gapIsSpace(text, tokens[j]!, next)) {
        if (personAfterHead(text, tokens, seq, j)) break;
        seq.push(next);
        j++;
        continue;
      }
      // Particles and connectors, several in a row ('Carmen de la Fuente'), then a capital; not after a judicial style.
      if (POST_NOMINAL_STYLES.has(tokens[j]!.text) && j > from) break;
      let k = j + 1;
      while (k < tokens.length && !tokens[k]!.capital && (isParticle(tokens[k]) || SPLITTING.has(tokens[k]!.text.toLowerCase()) || innerConnector(seq, tokens[k]!)) && gapIsSpace(text, tokens[k - 1]!, tokens[k]!)) k++;
      const after = tokens[k];
      if (k > j + 1 && k - j <= 3 && after && isNameWord(after, tokens[k + 1]) && gapIsSpace(text, tokens[k - 1]!, after)) {
        seq.push(...tokens.slice(j + 1, k + 1));
        j = k;
        continue;
      }
      break;
    }
    out.push(seq);
    i = j + 1;
  }
  return out;
}
