import type { EntityKind, Span } from './types';
import { lowerAt, type Evidence, type NameContext } from './name-context';
import { phraseEndingAt } from './phrase';
import { foldSurface } from './fold';
import { SPEECH_VERBS } from './speech';
import { titlesOpeningWith, vocab } from './vocabulary';
import { curated } from './curated';
import { lexiconTags } from './lexicon';
import { isCommonWord, lookupDemonym, lookupGazetteer } from './gazetteer';
import { isFirstName } from './names';
import { FIRM_NOUNS, ORG_CUES_BEFORE, PERSON_NOUNS, PLACE_CUES_AFTER, PLAYING_POSITIONS, POLITICAL_FAMILIES } from './entity-words';

/** 'Ofcom, the communications regulator,' ('K-Power, the city's power utility,', 'Agrimax, the farmers' group that'): an appositive whose head noun says what the name is ('X, Timor-Leste's national news agency,'). */
/** ', a Danish island of', ', a small Greek town on': APPOSITIVE_HEAD with one capitalised demonym among the modifiers. */
const DEMONYM_APPOSITIVE_HEAD = /^,\s+(?:the|a|an)\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{Lu}\p{Ll}+)\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}+)(?:\s*[,.]|\s+(?:of|in|on|near|at|with|that|which|where)\s)/u;
const APPOSITIVE_HEAD = /^,\s+(?:the|a|an|\p{Lu}[\p{L}-]*['’]s)\s+(?:[\p{Ll}-]+(?:['’]s|(?<=s)['’])?\s+){0,3}?([\p{Ll}]+)(?:\s*[,.]|\s+(?:of|in|on|near|at|with|that|which|where)\s)/u;
/** 'named Siriporn Wattanachai as chief executive': a post given with 'as' right after a full name. */
const AS_POST = /^[ \t]+as[ \t]+(?:(?:its|the|their|his|her|new|interim|acting)[ \t]+)*((?:[\p{Ll}-]+[ \t]*){1,3})/u;

/** After a possessive: a place's government or head ("X's regional government", "X's governor"). */
const POSSESSIVE_GOVERNMENT = /^[ \t]+(?:(?:regional|provincial|state|federal|municipal|autonomous|devolved|island|cantonal)[ \t]+government|governor|premier|coastline|countryside)\b/;
/** 'Priya Menon — general counsel, X' (a people-moves or quotes list's line): a dash, then a post, after a full name. */
const DASH_POST = /^[ \t]+[—–-][ \t]+((?:\p{Ll}[\p{Ll}-]*[ \t]?){1,4})/u;
/** Nouns of stops and sites before 'at' and a name: 'the station at X', 'the border post at X'. */
const STOP_NOUNS = new Set(['station', 'stations', 'terminal', 'terminus', 'depot', 'stop', 'halt', 'post', 'checkpoint', 'crossing', 'camp', 'base', 'quarry', 'landing', 'jetty', 'pier', 'wharf', 'harbour', 'harbor']);
/** A word, then a determiner or possessive: the word is a verb ('shares the', 'owns a'). */
const DETERMINER_AFTER_NEXT = /^[ \t]+\p{Ll}+[ \t]+(?:the|a|an|his|her|its|their|our|this|that|these|those|some|much|many)\b/u;
/** Numbers before a name: 'five Caspian states' (the name is an adjective there, no speaker). */
const NUMBER_WORDS = /^(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|thousands|both|several)$/;
/** Prepositions before a name that make it no speaker of the verb after it: 'Mayor X of Qeqqata said', 'scientists at X said'. */
const PREPOSITIONS_BEFORE_NAME = new Set(['of', 'at', 'in', 'from', 'near', 'on', 'with', 'for', 'by']);
/** Person nouns (playing positions) that also name things: 'data centres at X', 'the lock at X'. */
const NOT_WORKERS = new Set(['centre', 'center', 'lock', 'prop', 'guard', 'forward', 'hooker']);
/** Capitalised pronouns and determiners opening a sentence, which name no one: 'That tells you ...', 'This shows ...'. */
const FUNCTION_OPENERS = new Set(['That', 'This', 'These', 'Those', 'It', 'What', 'Which', 'Everything', 'Nothing', 'Everyone', 'Nobody', 'Someone', 'Something']);
/** 'Mariama Sesay, a fish seller who ...': an appositive whose noun 'who' refers back to names a person. */
const WHO_APPOSITIVE = /^,\s+(?:a|an|the)\s+(?:[\p{Ll}-]+\s+|(?:\p{Lu}\p{Ll}+\s+){1,2}(?=[\p{Ll}-]+\s))(?:[\p{Ll}-]+\s+){0,3}who\b/u;
/** 'Rakhim Oripov of the Tashkent Institute of Geology, who ...': a full name, where the person works, then 'who'. */
const OF_ORG_WHO = /^[ \t]+(?:of|at|from)[ \t]+(?:the[ \t]+)?\p{Lu}[^,.;:()"“”]{0,80},[ \t]+who\b/u;
/** 'Luka Varga (striker, ...': a full name, then a playing position opening brackets (a transfer or squad list's line). */
const POSITION_IN_BRACKETS = /^[ \t]*\(([\p{Ll}-]+(?:[ \t][\p{Ll}-]+)?)[,)]/u;
/** Social platforms a post is written on: 'in a post on Y', 'wrote on Y' (a lone name after them is the platform). */
const POSTED_ON = /\b(?:a|his|her|their|its|in a)[ \t]+post[ \t]+on[ \t]+$|\b(?:posted|wrote|writing|tweeted)[ \t]+on[ \t]+$/;


/** Verbs of a performance before 'by' and a person's name: 'played by X', 'directed by X' (not 'produced', 'conducted', 'arranged': firms do those). */
const PERFORMANCE_VERBS = new Set(['played', 'directed', 'choreographed', 'narrated', 'voiced', 'portrayed', 'sung', 'danced', 'rearranged', 'composed']);
/** 'as' and a capitalised part after a name, maybe after a verb of playing: ' as Nora', ' doubles as Aase' (group 1: the part's first word). */
const CAST_AS = /^[ \t]+(?:(?:doubles|plays|played|stars|appears|returns)[ \t]+)?as[ \t]+(?:the[ \t]+)?(\p{Lu}\p{Ll}+)\b/u;
/** An appositive description, maybe of a place, then a speech verb: ', the chefe de aldeia of Lautem, said' (group 1: the description's words). */
const DESCRIBED_SPEAKER = /^,\s+(?:the|a|an)\s+((?:[\p{Ll}-]+\s+){0,5}?[\p{Ll}-]+)(?:\s+(?:of|in|at|for)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})?,\s+(?:said|says|told)\b/u;
/** A social-media handle in brackets after a name: ' (@rina_dhk)'. */
const SOCIAL_HANDLE_AFTER = /^[ \t]*\(@\w+\)/;

/** A country's name in brackets right after a name: 'Bududa (Uganda)'. */
const COUNTRY_IN_BRACKETS = /^[ \t]*\((\p{Lu}[\p{L}.' -]{1,40})\)/u;

/** After a name set off by commas: a speech verb ('..., X, said'). */
const SPEAKER_BETWEEN_COMMAS = /^,\s+(?:said|says|told|added|stated|explained|warned)\b/;

/** Nouns of structures and landforms right after a name: 'the Jiesia viaduct', 'the Kolkheti wetlands'. */
const STRUCTURE_CUES_AFTER = new Set(['viaduct', 'bridge', 'wetlands', 'wetland', 'glacier', 'plateau', 'peninsula', 'lagoon', 'corridor', 'dam', 'reservoir', 'canal', 'terminal', 'causeway']);

/** An appositive whose head is a route: ', the European-gauge line that', ', a rail corridor linking'. */
const ROUTE_APPOSITIVE = /^,\s+(?:the|a|an)\s+(?:[\p{Ll}-]+\s+){0,3}?(?:railway|railroad|rail\s+line|line|route|corridor|highway|motorway|pipeline)\s+(?:that|which|linking|connecting|between|from)\b/u;

/** Prepositions before a compass adjective and a place's name: 'in northern Evia'. */
const COMPASS_PREPOSITIONS = new Set(['in', 'of', 'across', 'throughout', 'from', 'to', 'near', 'into', 'around']);
/** A dash, another name and a route's noun after a name: ' - Vinh section', '–Tarsk railway'. */
const ROUTE_ENDS_AFTER = /^[ \t]*[-–—][ \t]*\p{Lu}\p{L}+(?:[ \t]\p{Lu}\p{L}+){0,2}[ \t]+(?:section|line|route|railway|railroad|highway|expressway|motorway|road|corridor|link|stretch|pipeline)\b/u;

/** An age set off by commas right after a name: 'machine operator X, 34, said' (a firm has no age). */
const AGE_AFTER = /^,[ \t]+\d{1,3},/;
/** A line opening with one label word and a colon before the name: 'Referee: X', 'Coach: X' (group 1: the label). */
const LABEL_LINE_BEFORE = /(?:^|\n)[ \t]*(\p{Lu}\p{Ll}+(?:-\p{Ll}+){0,2}):[ \t]+$/u;
/** A name filling its line, then a short line of lower-case-free title words: 'Ama Boateng\nCompany Secretary' (a signature). */
const TITLE_LINE_AFTER = /^[ \t]*\r?\n[ \t]*((?:\p{Lu}[\p{L}-]*[ \t]+){0,3}\p{Lu}[\p{L}-]*)[ \t]*(?:\r?\n|$)/u;
/** A name, a comma and the lone name after it, after 'from': 'from Ana Ruiz, ' (a seller's or sender's home follows). */
const FROM_NAME_COMMA_BEFORE = /\bfrom[ \t]+(?:\p{Lu}[\p{L}'’-]*\.?[ \t]+){1,3}\p{Lu}[\p{L}'’-]+,[ \t]+$/u;
/** What closes a home written after a name in a list: ';', '.', a line's end, or a lower-case clause ('Tarn, bought by ...'). */
const HOME_CLOSE_AFTER = /^(?:[ \t]*(?:[;.](?:\s|$)|\n|$)|,[ \t]+\p{Ll})/u;

/** Lower-case nouns after a party's name: 'the Ordo party'. */
const PARTY_HEADS = new Set(['party', 'movement', 'bloc', 'coalition', 'alliance']);

/** Honorifics before a name. */
const HONORIFICS = new Set(['Dr', 'Mr', 'Mrs', 'Ms', 'Madam', 'Prof', 'Sir', 'Dame', 'Rev', 'Fr', 'Sr', 'Eng', 'Engr', 'Hon', 'H.E.']);
/**
 * Forms of address abbreviated with a full stop, used by trade unions, churches and fraternal bodies (West Africa, the
 * Caribbean) before a member's full name: 'Bro. Kwesi Mensah', 'Sis. Adjoa Boateng', 'Comr. Yaw Asante' (round 30). Only
 * with the stop: 'Bro' and 'Sis' alone are words or parts of brand names.
 */
const DOTTED_HONORIFICS = new Set(['Bro', 'Sis', 'Comr', 'Cde']);

/** The first words of an appositive after a name, up to a preposition or punctuation. */
// 'Lieve Marten, a Flemish biologist at ...': a demonym may open the description (group 'demonym', checked by the caller).
const PERSON_APPOSITIVE = /^,\s+(?:the\s+|a\s+|an\s+)?(?:(?:\p{Lu}[\p{L}.&-]*\s+){0,3}[\p{L}.&-]+['’]s\s+|(?<demonym>\p{Lu}\p{Ll}+)\s+(?=\p{Ll}))?(?<desc>(?:[\p{Ll}-]+(?![\p{Ll}-])\s*){1,6}?)(?:\s(?:at|of|for|in|on|with|who|from)\b|[,.])/u;
/**
 * 'Lovemore Sibanda-Moyo, Zimbabwe head coach: "..."' (a quotes round-up line), 'X, Kenya sales director,': a country's or
 * town's name the gazetteer knows, then a post, after a full name.
 */
const PLACE_POST_APPOSITIVE = /^,[ \t]+(\p{Lu}\p{L}+(?:[ \t]\p{Lu}\p{L}+)?)[ \t]+((?:\p{Ll}[\p{Ll}-]*[ \t]?){1,3}?)[ \t]*(?:[,:]|\.(?:\s|$))/u;
/** Prepositions that end a description's head noun: 'a lecturer in criminology', 'a researcher on coral reefs'. */
const DESCRIPTION_PREPOSITIONS = new Set(['in', 'of', 'on', 'for', 'with', 'from']);
/** 'Rahima Khatun, 52,', 'Ana Lima, a 34-year-old trader': an age in the appositive makes a person. */
const AGE_APPOSITIVE = /^,\s+(?:\d{1,3},|(?:a|an|the)\s+\d{1,3}-year-old\b)/;

/** A compound noun of a man or woman: 'boatwoman', 'ferryman', 'tribeswoman' (not 'human', 'shaman' alone: four letters before). */
const COMPOUND_PERSON_NOUN = /^\p{Ll}{3,}(?:wo)?m[ae]n$/u;
/** A '-person' title: 'chairperson', 'spokesperson'. */
const PERSON_TITLE = /(?<=\p{Ll})person$/u;
/** 'Morel, a 44-year-old former teacher': an age in an appositive after a lone name. */
const LONE_NAME_AGE = /^,\s+(?:a|an)\s+\d{1,3}-year-old\s/;
/**
 * A description opening the sentence up to the comma before the name: a determiner or possessive, up to three lower-case
 * words and the head, then maybe what it is of ('The governor of Central Greece,', 'Its chief political commentator,').
 */
const OPENING_DESCRIPTION = /^(?:The|Its|His|Her|Their|Our)\s+(?:[\p{Ll}-]+\s+){0,3}?(?:(\p{Lu}\p{Ll}+)\s+)?([\p{Ll}-]+)(?:\s+(?:of|for|at|in)\s+[^,;:"“”()]{1,60})?,\s*$/u;
/** Heads of such a description that a company may be as well: 'Its owner, Tiger Holdings,'. */
const NOT_ONLY_PEOPLE = new Set(['owner', 'partner', 'buyer', 'seller', 'investor', 'member']);

/** The ending of adjectives of peoples and places: 'Surinamese', 'Togolese' ('the Adriatic coast', 'the Caribbean island' are places). */
const ADJECTIVE_ENDING = /\p{Ll}ese$/u;

/** Prepositions that open a list of places: 'in Alderney and Sark'. */
const PLACE_LIST_PREPOSITIONS = new Set(['in', 'from', 'near', 'across', 'between']);

/**
 * True when 'and' or 'or' before a lone name follows one other lone name that is a place: one the gazetteer knows, or one
 * after a place preposition ('Islanders in Alderney and Sark').
 */
function closesPlaceList(c: NameContext): boolean {
  const conj = lowerAt(c.tokens, c.at - 1);
  const before = c.tokens[c.at - 2];
  if ((conj !== 'and' && conj !== 'or') || !before?.capital || before.start < c.sentence.start) return false;
  return lookupGazetteer(before.text)?.kind === 'PLACE' || PLACE_LIST_PREPOSITIONS.has(lowerAt(c.tokens, c.at - 3) ?? '');
}

/** True when a word names a person's post or occupation: a one-word title, a person's noun, 'chairperson', an '-ist'. */
function isPersonHead(word: string): boolean {
  if (NOT_ONLY_PEOPLE.has(word) || FIRM_NOUNS.has(word)) return false;
  const oneWordTitle = (w: string) => titlesOpeningWith(w).some((t) => t.length === 1);
  return PERSON_NOUNS.has(word) || oneWordTitle(word) || lexiconTags(word).includes('Actor') || (PERSON_TITLE.test(word) && oneWordTitle(word.replace(PERSON_TITLE, 'man'))) || /(?:ist|ologist)$/.test(word);
}

/** A line's label, a colon and maybe full names set off by commas up to the name: 'Assistant coaches: X, ' (group 1: the label's last word). */
const LABEL_LIST_BEFORE = /^[ \t]*(?:\p{L}+[ \t]+){0,3}(\p{Ll}+):[ \t]+(?:\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){1,3},[ \t]+){0,12}$/u;

/** True when the name follows, in its line and sentence, a label naming a person's post ('Head coach:', 'Assistant coaches:') and a colon. */
function labelledPersonList(c: NameContext): boolean {
  const start = c.tokens[c.at]!.start;
  const lineStart = Math.max(c.sentence.start, c.text.lastIndexOf('\n', start - 1) + 1);
  if (start - lineStart > 300) return false;
  const label = LABEL_LIST_BEFORE.exec(c.text.slice(lineStart, start))?.[1];
  if (!label) return false;
  return isPersonHead(label) || (label.endsWith('es') && isPersonHead(label.slice(0, -2))) || (label.endsWith('s') && isPersonHead(label.slice(0, -1)));
}

/** True when the sentence opens with a description of a person that ends in the comma right before the name. */
function openingDescriptionOfPerson(c: NameContext): boolean {
  const start = c.tokens[c.at]!.start;
  if (start - c.sentence.start > 90) return false;
  const before = c.text.slice(c.sentence.start, start);
  const found = OPENING_DESCRIPTION.exec(before);
  // 'The last Irish batter, X,': a capitalised modifier must be a demonym.
  if (!found || (found[1] !== undefined && !lookupDemonym(found[1]))) return capitalisedTitleOpening(before);
  return isPersonHead(found[2]!);
}

/** 'The Procurator Fiscal, X,': a whole known title of two or three words written in capitals opens the sentence before the name. */
const CAPITALISED_TITLE_OPENING = /^(?:The|Its|His|Her|Their|Our)\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,2}),\s*$/u;

function capitalisedTitleOpening(before: string): boolean {
  const words = CAPITALISED_TITLE_OPENING.exec(before)?.[1]?.toLowerCase().split(/\s+/);
  if (!words) return false;
  return titlesOpeningWith(words[0]!).some((t) => t.length === words.length && t.every((w, i) => w === words[i]));
}

/** True when 'and' before the name closes a list of full names (capitalised words, maybe a particle) after a plural person's noun. */
function pluralPersonNounBeforeList(c: NameContext): boolean {
  let i = c.at - 2;
  const stop = Math.max(0, c.at - 8);
  while (i >= stop && c.tokens[i]!.start >= c.sentence.start && (c.tokens[i]!.capital || vocab().particles.has(c.tokens[i]!.text))) i--;
  if (i === c.at - 2 || i < 0 || c.tokens[i]!.start < c.sentence.start) return false;
  const noun = c.tokens[i]!;
  if (noun.capital || !/^[ \t]+$/.test(c.text.slice(noun.end, c.tokens[i + 1]!.start))) return false;
  return isPluralPersonNoun(noun.text.toLowerCase());
}

/** Plurals of person nouns that only people are: 'owners', 'farmers' (not 'partners', 'investors', nor 'centres'). */
function isPluralPersonNoun(word: string): boolean {
  const one = word.slice(0, -1);
  return word.endsWith('s') && PERSON_NOUNS.has(one) && !NOT_WORKERS.has(one) && one !== 'partner' && one !== 'seller';
}

/** True when the text writes `word` before another capitalised word ('Socialist Workers'): part of a longer name. */
function adjectiveInLongerName(text: string, word: string): boolean {
  for (let at = text.indexOf(`${word} `); at >= 0; at = text.indexOf(`${word} `, at + 1)) {
    if (/[\p{L}]/u.test(text[at - 1] ?? '')) continue;
    if (/\p{Lu}/u.test(text[at + word.length + 1] ?? '')) return true;
  }
  return false;
}

/** True when the lower-case words of the clause before the name's comma hold a firm's noun ('the maker of X,'). */
function describesFirm(c: NameContext): boolean {
  // "the group's chairperson, X, said": a person's post right before the comma heads the description, whatever owns it.
  const head = c.tokens[c.at - 1];
  if (head && !head.capital && isPersonHead(head.text.toLowerCase())) return false;
  for (let i = c.at - 1; i >= 0 && c.tokens[i]!.start >= c.sentence.start; i--) {
    const t = c.tokens[i]!;
    if (i < c.at - 1 && /,/.test(c.text.slice(t.end, c.tokens[i + 1]!.start))) break;
    if (!t.capital && FIRM_NOUNS.has(t.text.toLowerCase())) return true;
  }
  return false;
}

/** Nouns of a person after a place's name that says where they are from: 'a Paget man', 'a 41-year-old Hamilton woman'. */
const LOCAL_PERSON_NOUNS = new Set(['man', 'woman', 'boy', 'girl', 'teenager', 'teen', 'youth', 'couple', 'family', 'resident', 'native', 'pensioner', 'motorist', 'cyclist']);
/** Plural nouns of places that 'including' may list: 'neighbourhoods ..., including X'. */
const PLACE_PLURALS = new Set(['neighbourhoods', 'neighborhoods', 'districts', 'towns', 'villages', 'cities', 'provinces', 'islands', 'regions', 'areas', 'suburbs', 'communities', 'parishes', 'municipalities', 'counties', 'settlements', 'camps', 'ports', 'atolls', 'valleys', 'departments', 'localities', 'townships', 'boroughs']);
/** Nouns of travel before 'to' and a place: 'visitors to X', 'the road to X', 'flights to X'. */
/**
 * Verbs of travelling before 'to' and a place: 'she flew to X', 'families evacuated to X' (not 'go', 'move', 'return': 'thanks go
 * to X', 'moved to Reuters', 'returned to Chelsea' name organisations).
 */
const MOTION_VERBS = new Set(['travel', 'travels', 'travelled', 'traveled', 'travelling', 'traveling', 'fly', 'flies', 'flew', 'flown', 'flying', 'sail', 'sails', 'sailed', 'sailing', 'relocated', 'evacuated', 'migrated', 'emigrated', 'fled', 'commute', 'commuted', 'commutes']);
/** A comma, the same preposition again and a name after a name: 'go to Iqaluit, to Ottawa', 'in Tarsk, in Lumo'. */
const REPEATED_PREPOSITION_AFTER = /^,[ \t]+(\p{Ll}+)[ \t]+(\p{Lu}[\p{L}'’-]+(?:[ \t]\p{Lu}[\p{L}'’-]+)?)/u;
/** Prepositions that, repeated before each name of a list, say each is a place ('to X, to Y'). */
const LIST_PLACE_PREPOSITIONS = new Set(['to', 'in', 'from', 'near', 'across']);
const TRAVEL_NOUNS = new Set(['visitors', 'tourists', 'travellers', 'travelers', 'flight', 'flights', 'trip', 'trips', 'journey', 'road', 'roads', 'route', 'routes', 'ferry', 'ferries', 'voyage', 'crossing', 'pilgrims', 'tunnel', 'tunnels', 'bridge', 'highway', 'causeway']);
/** Nouns of land, water or a route before 'between' and two places: 'the lagoon between X and Y', 'the border between X and Y'. */
const BETWEEN_NOUNS = new Set(['lagoon', 'sea', 'strait', 'channel', 'passage', 'border', 'frontier', 'road', 'route', 'highway', 'railway', 'line', 'link', 'corridor', 'stretch', 'sand', 'beach', 'coast', 'coastline', 'water', 'waters', 'reef', 'bridge', 'crossing', 'ferry', 'ferries', 'flights', 'km', 'kilometres', 'kilometers', 'miles', 'distance', 'land', 'valley', 'river', 'pass', 'gap', 'bay', 'gulf']);

/** A results line up to a name: a rank, a competitor's name and maybe an opening bracket ('3. Lanikai Canoe Club (', '4. '). */
const RANKED_ENTRY = /^[ \t]*\d{1,3}[.)][ \t]+(?:\p{Lu}[\p{L}'’.&-]*(?:[ \t]+\p{Lu}[\p{L}'’.&-]*){0,5}[ \t]*\()?$/u;

/** The text of the name's line before it when the line is a results line's entry ('3. Lanikai Canoe Club ('), else undefined. */
function rankedEntryBefore(c: NameContext, start: number): string | undefined {
  const lineStart = c.text.lastIndexOf('\n', start - 1) + 1;
  if (start - lineStart > 80) return undefined;
  // 'Men: 1. A (Spain) 22:41:18; 2. B (Nepal) 23:00:07': entries run on after a label or a semicolon.
  const line = c.text.slice(lineStart, start);
  const entry = line.slice(Math.max(line.lastIndexOf(';'), line.lastIndexOf(':')) + 1);
  return RANKED_ENTRY.test(entry) ? entry : undefined;
}

/** True when a plural place noun stands among the ten words before the name in its sentence: 'neighbourhoods on the east bank, including'. */
function pluralPlaceNounBefore(c: NameContext): boolean {
  for (let i = c.at - 2; i >= Math.max(0, c.at - 12) && c.tokens[i]!.start >= c.sentence.start; i--) {
    const w = lowerAt(c.tokens, i);
    if (w && PLACE_PLURALS.has(w)) return true;
  }
  return false;
}

/** True when a lone name is one end of 'between X and Y' (X and Y lone names) after a noun of land, water or a route. */
function betweenPlaces(c: NameContext): boolean {
  const t = c.tokens;
  const lone = (i: number) => t[i]?.capital === true && !t[i - 1]?.capital && !t[i + 1]?.capital && !isFirstName(t[i]!.text) && !isCommonWord(t[i]!.text);
  let between: number;
  if (lowerAt(t, c.at - 1) === 'between' && lowerAt(t, c.at + 1) === 'and' && lone(c.at) && lone(c.at + 2)) between = c.at - 1;
  else if (lowerAt(t, c.at - 1) === 'and' && lowerAt(t, c.at - 3) === 'between' && lone(c.at) && lone(c.at - 2)) between = c.at - 3;
  else return false;
  for (let i = between - 1; i >= Math.max(0, between - 3) && t[i]!.start >= c.sentence.start; i--) if (BETWEEN_NOUNS.has(lowerAt(t, i) ?? '')) return true;
  return false;
}

/** True when every word of the name is a capitalised word no table knows but as a town, no organisation word ('Ida Lund', not 'Saudi Arabia', 'Metro Rail'). */
function plainNameWords(c: NameContext, v: ReturnType<typeof vocab>): boolean {
  // A word a town shares is allowed ('Marte'), not a country's or region's ('Arabia'), nor a place's whole name.
  const seq = c.tokens.slice(c.at, c.after);
  if (lookupGazetteer(seq.map((t) => t.text).join(' '))) return false;
  return seq.every((t) => t.capital && /^\p{Lu}\p{Ll}/u.test(t.text) && !isCommonWord(t.text) && (lookupGazetteer(t.text)?.id.startsWith('city:') ?? true) && !v.orgSuffix(foldSurface(t.text)));
}

/** Prepositions of where someone is from or lives: 'the runner from X, who', 'a teacher in X, who'. */
const HOME_PREPOSITIONS = new Set(['from', 'in', 'near', 'at']);

/** True when a place preposition right before the name follows a lower-case word: 'the firefighter from X' (a 'who' after X is the firefighter). */
function nounThenPlacePreposition(c: NameContext): boolean {
  const prep = lowerAt(c.tokens, c.at - 1);
  const noun = c.tokens[c.at - 2];
  return prep !== undefined && HOME_PREPOSITIONS.has(prep) && noun !== undefined && !noun.capital && noun.start >= c.sentence.start && /^\p{Ll}+$/u.test(noun.text);
}

/** 'Dwayne Hart, 34, of Black Rock': an age appositive, then 'of' and where the person lives. */
const AGE_THEN_OF = /,[ \t]+\d{1,3},[ \t]+of[ \t]+$/;
/** '..., of Black Rock, St Michael': the district after a home given so ('of X, Y;'). */
const AGE_THEN_OF_DISTRICT = /,[ \t]+\d{1,3},[ \t]+of[ \t]+\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*){0,2},[ \t]+$/u;

/**
 * True when a full name is in a list that 'including' or 'such as' opens after a plural person's noun: 'singers including X, Y and Z',
 * 'artists such as X and Y'. Walks back over the list's capitalised words and 'and'/'or' (at most 14 tokens).
 */
function personListAfterIncluding(c: NameContext): boolean {
  let i = c.at - 1;
  const stop = Math.max(0, c.at - 15);
  while (i >= stop && c.tokens[i]!.start >= c.sentence.start && (c.tokens[i]!.capital || ((lowerAt(c.tokens, i) === 'and' || lowerAt(c.tokens, i) === 'or') && c.tokens[i + 1]!.capital))) i--;
  if (i < 1 || c.tokens[i]!.start < c.sentence.start) return false;
  let opener = lowerAt(c.tokens, i);
  if (opener === 'as' && lowerAt(c.tokens, i - 1) === 'such') i--, (opener = 'such as');
  if (opener !== 'including' && opener !== 'such as') return false;
  const noun = lowerAt(c.tokens, i - 1);
  return noun !== undefined && isPluralPersonNoun(noun);
}

/** True when ', of' right before the name follows a capitalised word of the same sentence: 'Tevita Kaloumaira, of '. */
function homeAfterName(c: NameContext): boolean {
  const before = c.tokens[c.at - 2];
  return before !== undefined && before.capital && before.start >= c.sentence.start && /^,[ \t]+$/.test(c.text.slice(before.end, c.tokens[c.at - 1]!.start));
}

/** True when the name follows 'and' closing a pair whose first name a preposition opens: 'of Tarvo and <name>'. At most four words back. */
function pairAfterPreposition(c: NameContext): boolean {
  let i = c.at - 2;
  while (i >= 0 && i > c.at - 6 && c.tokens[i]!.capital && c.tokens[i]!.start >= c.sentence.start) i--;
  const before = lowerAt(c.tokens, i);
  return i < c.at - 2 && i >= 0 && c.tokens[i]!.start >= c.sentence.start && before !== undefined && PREPOSITIONS_BEFORE_NAME.has(before);
}

/** Kind from the words around a name: 'the Handarat area', 'the jihadist Fateh al-Sham', 'Kremlin spokesman'. */
export function kindFromCues(c: NameContext, size: number): { kind: EntityKind; evidence: Evidence; weak?: boolean } | undefined {
  const v = vocab();
  const next = lowerAt(c.tokens, c.after);
  const next2 = next && lowerAt(c.tokens, c.after + 1) ? `${next} ${lowerAt(c.tokens, c.after + 1)}` : undefined;
  const prev = lowerAt(c.tokens, c.at - 1);
  const last = c.tokens[c.after - 1]!;
  // 'al-Qaida-linked militants': a lower-case suffix glued to the name does not hide the noun after it.
  const following = c.text.slice(last.end, c.sentence.end).replace(/^-\p{Ll}+/u, '');
  const glued = !last.possessive && /^[ \t]+\p{Ll}/u.test(following);
  if (glued && next && (v.placeCuesAfter.has(next) || (next2 && v.placeCuesAfter.has(next2)))) return { kind: 'PLACE', evidence: 'cue' };
  // "Andalusia's regional government", "Zeeland's governor": a government, governor or premier belongs to a place.
  if (last.possessive && POSSESSIVE_GOVERNMENT.test(following) && !v.orgSuffix(foldSurface(last.text))) return { kind: 'PLACE', evidence: 'cue' };
  // Not a verb ('Not everyone in Tai O shares the view'): a determiner after the word.
  if (glued && next && v.orgCuesAfter.has(next) && !DETERMINER_AFTER_NEXT.test(following)) return { kind: 'ORGANIZATION', evidence: 'cue' };
  // 'Tauro midfielder Edgar Ramos', 'Kerrow striker Sam Dent': a name, a playing position and a player's name is his club.
  if (glued && next && size <= 2 && PLAYING_POSITIONS.has(next) && !NOT_WORKERS.has(next) && next !== 'wing' && c.tokens[c.after + 1]?.capital && /^[ \t]+$/.test(c.text.slice(c.tokens[c.after]!.end, c.tokens[c.after + 1]!.start))) return { kind: 'ORGANIZATION', evidence: 'cue' };
  // 'the Jiesia viaduct', 'the protected Kolkheti wetlands': a structure's or landform's noun right after the name.
  if (glued && next && STRUCTURE_CUES_AFTER.has(next)) return { kind: 'PLACE', evidence: 'cue' };
  // 'the pro-government Ordo party', 'the Adil movement': a name no table knows before a party's noun is the party
  // (a demonym or common adjective is none: 'the Conservative party').
  if (glued && next && PARTY_HEADS.has(next) && size <= 3 && !isCommonWord(c.tokens[c.at]!.text) && !lookupDemonym(c.tokens[c.at]!.text)) return { kind: 'ORGANIZATION', evidence: 'cue' };
  // 'the Oyu Tolgoi copper mine', 'the Koh Ker temple complex': one modifier, then a place noun.
  const after2 = lowerAt(c.tokens, c.after + 1);
  if (glued && next && after2 && PLACE_CUES_AFTER.has(after2) && /^[ \t]+$/.test(c.text.slice(c.tokens[c.after]!.end, c.tokens[c.after + 1]!.start)) && !SPEECH_VERBS.has(next) && !lexiconTags(next).some((t) => /Tense|Verb|Infinitive|Gerund|Copula|Modal|Determiner|Preposition/.test(t))) return { kind: 'PLACE', evidence: 'cue' };
  if (glued && next && (next === 'temple' || next === 'complex')) return { kind: 'PLACE', evidence: 'cue' };
  // 'Bududa (Uganda) (AFP) -', 'Kasese (Uganda)': a country in brackets after a name says where the place is.
  const country = COUNTRY_IN_BRACKETS.exec(following)?.[1];
  // Not a two-letter code ('Lynch (FG)', 'Ní Bhriain (SD)': a party's initials that happen to be Sudan's code).
  const bracketed = country ? lookupGazetteer(country) : undefined;
  // Not a competitor on a results line ('4. Hinemoana Outrigger (New Zealand) 8h02m44s'): the country is where it is from.
  if (bracketed?.id.startsWith('country:') && !bracketed.codeOnly && !rankedEntryBefore(c, c.tokens[c.at]!.start)) return { kind: 'PLACE', evidence: 'cue' };
  // '3. Lanikai Canoe Club (Hawaii) 7h49m58s': a lone name in brackets after a ranked organisation is its home.
  const ranked = size <= 2 && /^[ \t]*\)/.test(following) ? rankedEntryBefore(c, c.tokens[c.at]!.start) : undefined;
  if (ranked && /\($/.test(ranked) && v.orgSuffix(foldSurface(ranked.slice(0, -1).trim().split(/[ \t]+/).pop()!))) return { kind: 'PLACE', evidence: 'guess' };
  // 'Rail Baltica, the European-gauge line that ...': an appositive naming a route makes a place.
  if (ROUTE_APPOSITIVE.test(following)) return { kind: 'PLACE', evidence: 'cue' };
  const head = APPOSITIVE_HEAD.exec(following)?.[1];
  if (head && v.orgCuesBefore.has(head)) return { kind: 'ORGANIZATION', evidence: 'cue' };
  if (head && v.placeCuesAfter.has(head)) return { kind: 'PLACE', evidence: 'cue' };
  // 'Varnø, a Danish island of 900 people', 'Tolsa, a small Greek town on the coast': an appositive of a demonym and a place's
  // noun (round 30b). Only a country's demonym may stand capitalised among its modifiers.
  const demonymHead = !head ? DEMONYM_APPOSITIVE_HEAD.exec(following) : null;
  if (demonymHead && lookupDemonym(demonymHead[1]!) && v.placeCuesAfter.has(demonymHead[2]!)) return { kind: 'PLACE', evidence: 'cue' };
  // 'his wife, Victoria Beckham', 'her son Tom': a kinship word before a name.
  const kin = c.tokens[c.at - 1];
  if (kin && !kin.capital && curated().relationWords.includes(kin.text.toLowerCase()) && /^,?\s+$/.test(c.text.slice(kin.end, c.tokens[c.at]!.start))) return { kind: 'PERSON', evidence: 'cue' };
  // 'Peer, played by Ida Lund', 'directed by Ole Brun': a stage or screen part is played, directed or sung by a person.
  if (size > 1 && prev === 'by' && PERFORMANCE_VERBS.has(lowerAt(c.tokens, c.at - 2) ?? '') && plainNameWords(c, v)) return { kind: 'PERSON', evidence: 'cue' };
  // 'Ida Lund as Nora', 'Ole Brun doubles as the Ghost': a full name cast in a part (a caption's or review's credit).
  if (size > 1 && size <= 4 && !last.possessive && CAST_AS.test(following) && !titlesOpeningWith(foldSurface(CAST_AS.exec(following)![1]!)).length && plainNameWords(c, v)) return { kind: 'PERSON', evidence: 'cue' };
  // '— Rina Akter (@rina_dhk) March 3, 2039': a full name of ordinary name words signing an embedded social post with a handle.
  if (size > 1 && size <= 3 && SOCIAL_HANDLE_AFTER.test(following) && plainNameWords(c, v)) return { kind: 'PERSON', evidence: 'cue', weak: true };
  // 'Rui Tilman Soares, the chefe de aldeia of Lautem, said': a full name of plain name words, a description that is no firm's, and a
  // speech verb (weak: a body may be described so too).
  const described = size > 1 && size <= 4 ? DESCRIBED_SPEAKER.exec(following) : null;
  if (described && !described[1]!.split(/\s+/).some((w) => FIRM_NOUNS.has(w)) && plainNameWords(c, v)) return { kind: 'PERSON', evidence: 'cue', weak: true };
  // 'Swedish utility Vattenfall', 'battery maker Nordvik Batteri': a business noun right before the name.
  const directlyBefore = c.tokens[c.at - 1];
  const adjacent = directlyBefore !== undefined && /^[ \t]+$/.test(c.text.slice(directlyBefore.end, c.tokens[c.at]!.start));
  // 'machine operator Ana Ruiz Soto, 34, said': an age after a full name of plain name words makes a person, whatever business
  // noun stands before it ('operator', 'carrier' name firms too).
  if (size > 1 && size <= 4 && !last.possessive && AGE_AFTER.test(following) && plainNameWords(c, v)) return { kind: 'PERSON', evidence: 'cue' };
  // 'Referee: Tomas Brenk', 'Coach: X': a line that opens with a person's title or noun and a colon gives a person's full name.
  const label = size > 1 && size <= 4 ? LABEL_LINE_BEFORE.exec(c.text.slice(Math.max(0, c.tokens[c.at]!.start - 24), c.tokens[c.at]!.start))?.[1] : undefined;
  // A hyphenated label is read by its first word: 'Investigator-in-charge: X', 'Editor-in-chief: X'.
  if (label && (isPersonHead(label.toLowerCase()) || (label.includes('-') && isPersonHead(label.slice(0, label.indexOf('-')).toLowerCase()))) && plainNameWords(c, v)) return { kind: 'PERSON', evidence: 'cue' };
  // 'By order of the Board\nAma Boateng-Owusu\nCompany Secretary': a full name alone on its line over a line that ends with a
  // person's title is a signature.
  if (size > 1 && size <= 4 && /(?:^|\n)[ \t]*$/.test(c.text.slice(Math.max(0, c.tokens[c.at]!.start - 8), c.tokens[c.at]!.start))) {
    const titleLine = TITLE_LINE_AFTER.exec(c.text.slice(last.end, last.end + 80))?.[1]?.toLowerCase().split(/[ \t]+/);
    if (titleLine && isPersonHead(titleLine[titleLine.length - 1]!) && plainNameWords(c, v)) return { kind: 'PERSON', evidence: 'cue' };
  }
  // '£1,915 from Ana Ruiz, Tarnby;', 'from B. Holt, Westvik, bought by ...': a lone name after a seller's name and a comma, closing
  // the entry, is where the seller farms or lives (a mart report's or results list's line).
  if (size === 1 && !last.possessive && !c.initial && /^\p{Lu}\p{Ll}{2,}$/u.test(last.text) && !isFirstName(last.text) && !isCommonWord(last.text) && HOME_CLOSE_AFTER.test(following) && FROM_NAME_COMMA_BEFORE.test(c.text.slice(Math.max(c.sentence.start, c.tokens[c.at]!.start - 60), c.tokens[c.at]!.start))) return { kind: 'PLACE', evidence: 'cue' };
  if (prev && adjacent && ORG_CUES_BEFORE.has(prev)) return { kind: 'ORGANIZATION', evidence: 'cue' };
  // 'fisherman Celestino Nhantumbo', 'advocate Vikram Iyer-Deshpande', 'flanker X': a person's noun right before a full name.
  // Folding reads a hyphen as a space: 'left-hander' is 'left hander' here.
  // 'said boatwoman X', 'ferryman X': a lower-case compound of '-man' or '-woman' is a person's noun too (round 29).
  if (size > 1 && prev && adjacent && (PERSON_NOUNS.has(prev) || (prev.includes(' ') && PERSON_NOUNS.has(prev.replace(/ /g, '-'))) || (!directlyBefore!.capital && COMPOUND_PERSON_NOUN.test(prev)))) return { kind: 'PERSON', evidence: 'cue' };
  // 'sawmill owners Ana Pérez and Lucía Gómez de Paz', 'farmers Ana Pérez and X': a plural person's noun right before a list of
  // full names makes each a person.
  if (size > 1 && prev && (prev === 'and' ? pluralPersonNounBeforeList(c) : adjacent && isPluralPersonNoun(prev))) return { kind: 'PERSON', evidence: 'cue' };
  // 'recorded by singers including Ana Lorca, Beto Ruiz and Cai Wen': full names listed after a plural person's noun and 'including'.
  if (size > 1 && size <= 4 && personListAfterIncluding(c)) return { kind: 'PERSON', evidence: 'cue' };
  // 'Dwayne Hart, 34, of Black Rock, St Michael': where a person given with an age lives (and its district) is a place.
  if (size <= 3 && !last.possessive && (AGE_THEN_OF.test(c.text.slice(Math.max(c.sentence.start, c.tokens[c.at]!.start - 16), c.tokens[c.at]!.start)) || AGE_THEN_OF_DISTRICT.test(c.text.slice(Math.max(c.sentence.start, c.tokens[c.at]!.start - 60), c.tokens[c.at]!.start)))) return { kind: 'PLACE', evidence: 'cue' };
  // 'Rustom P. Bharucha': a middle initial.
  if (size === 3 && !lookupGazetteer(c.tokens[c.at]!.text) && /^\p{Lu}\.$/u.test(c.text.slice(c.tokens[c.at + 1]!.start, c.tokens[c.at + 1]!.end + 1)) && c.tokens[c.at + 2]!.capital) return { kind: 'PERSON', evidence: 'cue' };
  // 'Boiko, 22, said': an age after a lone name inside the sentence.
  if (size === 1 && /^,\s+\d{1,2},/.test(following)) return { kind: 'PERSON', evidence: 'cue' };
  // 'in northern Evia', 'across central Lumeria': a place preposition and a compass adjective before a name.
  if (size <= 2 && prev && adjacent && v.placeModifiers.has(prev) && !directlyBefore!.capital && COMPASS_PREPOSITIONS.has(lowerAt(c.tokens, c.at - 2) ?? '')) return { kind: 'PLACE', evidence: 'cue' };
  // 'the Ngoc Hoi - Vinh section', 'the Lumo–Tarsk railway': two names joined by a dash before a route's noun are its ends.
  if (ROUTE_ENDS_AFTER.test(following)) return { kind: 'PLACE', evidence: 'cue' };
  // 'the member for Maiwar', 'MP for Blantyre City South': an electorate. Not a portfolio: an ordinary word, or after a
  // capitalised title ('Committee Member for Agriculture, Livestock and Fisheries').
  const portfolio = prev === 'for' && (isCommonWord(c.tokens[c.at]!.text) || /^\p{Lu}\p{Ll}/u.test(c.tokens[c.at - 2]?.text ?? ''));
  const placeBefore = portfolio ? 0 : phraseEndingAt(c.tokens, c.at, v.placeCuesBefore);
  if (placeBefore > 1) return { kind: 'PLACE', evidence: 'cue' };
  // Not after a possessive ("the company's Bullenbaai terminal"): the name is the firm's thing or place, no firm.
  if (prev && v.orgCuesBefore.has(prev) && !c.tokens[c.at - 1]!.possessive) return { kind: 'ORGANIZATION', evidence: 'cue' };
  // 'Dr. Rose Akinyi', 'Mr. Smith': an honorific before the name.
  const before = c.tokens[c.at - 1];
  if (before && HONORIFICS.has(before.text) && /^\.?\s+$/.test(c.text.slice(before.end, c.tokens[c.at]!.start))) return { kind: 'PERSON', evidence: 'known' };
  if (before && DOTTED_HONORIFICS.has(before.text) && /^\.\s+$/.test(c.text.slice(before.end, c.tokens[c.at]!.start))) return { kind: 'PERSON', evidence: 'known' };
  // '“We just ran with the children,” said Rupali Das' (or '"...", said X'): a name right after a quote's 'said' is its speaker.
  const verbBefore = c.tokens[c.at - 1];
  if (size > 1 && prev && SPEECH_VERBS.has(prev) && verbBefore && /(?:[,!?]["”’]|["”’][,!?])\s+$/.test(c.text.slice(Math.max(c.sentence.start, verbBefore.start - 4), verbBefore.start))) return { kind: 'PERSON', evidence: 'cue' };
  // 'The chair of the commission, Nurjan Osmonova, said': a full name set off by commas right before a speech verb names the speaker.
  const commaBefore = c.at > 0 && /^\)?,\s+$/.test(c.text.slice(c.tokens[c.at - 1]!.end, c.tokens[c.at]!.start));
  // Not after a firm's description ('the manufacturer of the vaccine, Sanofi Pasteur, said').
  if (size > 1 && commaBefore && SPEAKER_BETWEEN_COMMAS.test(following) && !describesFirm(c)) return { kind: 'PERSON', evidence: 'cue', weak: true };
  // 'Luka Varga (striker, Bristol Rovers, free)', 'Ana Lisboa (goalkeeper)': a playing position in brackets after a full name.
  const position = size > 1 ? POSITION_IN_BRACKETS.exec(following)?.[1] : undefined;
  if (position && PLAYING_POSITIONS.has(position)) return { kind: 'PERSON', evidence: 'cue' };
  // 'Rakhim Oripov of the Tashkent Institute of Geology, who was not involved': a full name, its employer and 'who'.
  if (size > 1 && size <= 4 && OF_ORG_WHO.test(following)) return { kind: 'PERSON', evidence: 'cue' };
  // 'Pekka Lindqvist, who attended': 'who' follows people; organisations and places take 'which'.
  // Not a lone name closing a list of places ('Islanders in Alderney and Sark, who ...'): 'who' refers to the people before them.
  // Not a lone name after a place preposition and a lower-case noun ('the firefighter from Cilaos, who ...'): 'who' refers to the noun.
  if ((size > 1 || !c.initial) && /^,\s+who\b/.test(following) && !(size === 1 && (closesPlaceList(c) || nounThenPlacePreposition(c)))) return { kind: 'PERSON', evidence: 'cue' };
  // 'Marama Ngata-Reid, whose house flooded': a full name no word of which says organisation or place.
  if (size > 1 && /^,\s+whose\b/.test(following)) return { kind: 'PERSON', evidence: 'cue', weak: true };
  // 'B. Oyunbileg', 'J. Smith': an initial opening a name.
  if (size > 1 && /^\p{Lu}$/u.test(c.tokens[c.at]!.text.replace(/\.$/, '')) && c.text[c.tokens[c.at]!.start + 1] === '.') return { kind: 'PERSON', evidence: 'cue' };
  // 'the diamond trader Emiel Verhaegen': a word the lexicon knows for a person's occupation right before a full name;
  // weak, as firms have such words too ('lithium producer Litio Andino', then 'shares of Litio Andino').
  if (size > 1 && prev && !c.tokens[c.at - 1]!.capital && lexiconTags(prev).includes('Actor') && /^[ \t]+$/.test(c.text.slice(c.tokens[c.at - 1]!.end, c.tokens[c.at]!.start))) return { kind: 'PERSON', evidence: 'cue', weak: true };
  // 'plant geneticist Tigist Haile-Mariam': an occupation in '-ist' right before a full name.
  if (size > 1 && prev && /(?:ist|ologist)$/.test(prev) && /^[ \t]+$/.test(c.text.slice(c.tokens[c.at - 1]!.end, c.tokens[c.at]!.start))) return { kind: 'PERSON', evidence: 'cue' };
  // 'two runs off reliever Ramiro Tejeda Lugo', 'goalkeeper Ana Lisboa': a lower-case playing position right before a full
  // name (not a word that also names things: 'centre', 'lock', 'wing').
  if (size > 1 && size <= 4 && prev && !c.tokens[c.at - 1]!.capital && PLAYING_POSITIONS.has(prev) && !NOT_WORKERS.has(prev) && prev !== 'wing' && /^[ \t]+$/.test(c.text.slice(c.tokens[c.at - 1]!.end, c.tokens[c.at]!.start))) return { kind: 'PERSON', evidence: 'cue' };
  // 'told The Sound', 'told The Royal Gazette': a name after a capitalised 'The' that follows 'told' is a newspaper (people are
  // told without an article; 'told the Star' is read below).
  if (size <= 3 && lowerAt(c.tokens, c.at - 2) === 'told' && directlyBefore?.text === 'The' && adjacent && !last.possessive) return { kind: 'ORGANIZATION', evidence: 'cue' };
  // 'A 28-year-old Paget man', 'a Hamilton woman': a name between 'a' (or an age) and a local person's noun is where the person is from.
  if (size <= 2 && glued && next && LOCAL_PERSON_NOUNS.has(next) && directlyBefore && adjacent && (prev === 'a' || prev === 'an' || /year-old$/i.test(directlyBefore.text)) && !isFirstName(c.tokens[c.at]!.text) && !isCommonWord(c.tokens[c.at]!.text) && !lookupDemonym(c.tokens[c.at]!.text)) return { kind: 'PLACE', evidence: 'cue' };
  // 'between here and Oog', 'from here to X': the other end of a stretch that starts 'here' is a place.
  if (size <= 2 && ((prev === 'and' && lowerAt(c.tokens, c.at - 2) === 'here' && lowerAt(c.tokens, c.at - 3) === 'between') || (prev === 'to' && lowerAt(c.tokens, c.at - 2) === 'here' && lowerAt(c.tokens, c.at - 3) === 'from'))) return { kind: 'PLACE', evidence: 'cue' };
  // 'low-lying neighbourhoods on the east bank, including Los Mina': 'including' (or 'such as') after a plural place noun of the
  // same clause opens a list of those places.
  if (size <= 3 && (prev === 'including' || (prev === 'as' && lowerAt(c.tokens, c.at - 2) === 'such')) && pluralPlaceNounBefore(c)) return { kind: 'PLACE', evidence: 'cue' };
  // 'from Fare on Huahine', 'Pearl Delta Resorts on Cotai': a lone unknown name after 'on' and another name is an island or
  // district (a guess the document may overrule; topics after 'on' follow lower-case words: 'his views on Brexit').
  if (size === 1 && prev === 'on' && !c.initial && !last.possessive && c.tokens[c.at - 2]?.capital && c.tokens[c.at - 2]!.start >= c.sentence.start && !isFirstName(last.text) && !isCommonWord(last.text) && /^\p{Lu}\p{Ll}/u.test(last.text)) return { kind: 'PLACE', evidence: 'guess' };
  // 'visitors to Rarotonga', 'the road to Erigavo', 'flights to X': a lone name after a travel noun and 'to' is a place.
  // 'graduates go to Iqaluit', 'she moved to X': so after a verb of going.
  if (size <= 2 && prev === 'to' && (TRAVEL_NOUNS.has(lowerAt(c.tokens, c.at - 2) ?? '') || MOTION_VERBS.has(lowerAt(c.tokens, c.at - 2) ?? '')) && !last.possessive && !isFirstName(c.tokens[c.at]!.text)) return { kind: 'PLACE', evidence: 'guess' };
  // 'go to Iqaluit, to Ottawa': a name after a preposition that is repeated before a place the gazetteer knows is a place too.
  if (size <= 2 && prev && LIST_PLACE_PREPOSITIONS.has(prev) && !last.possessive && !isFirstName(c.tokens[c.at]!.text)) {
    const repeated = REPEATED_PREPOSITION_AFTER.exec(following);
    if (repeated && repeated[1] === prev && lookupGazetteer(repeated[2]!)?.kind === 'PLACE') return { kind: 'PLACE', evidence: 'guess' };
  }
  // 'fields near Rosetown and Swift Current': two or three words closing a list of places after a place preposition.
  if ((size === 2 || size === 3) && !last.possessive && closesPlaceList(c) && !isFirstName(c.tokens[c.at]!.text) && c.tokens.slice(c.at, c.after).every((t) => t.capital)) return { kind: 'PLACE', evidence: 'guess' };
  // 'the lagoon between Raiatea and Taha'a', 'the sand between Koromiri and Taakoka': two lone names after 'between' and a
  // noun of land, water or a route are its ends.
  if (size === 1 && !last.possessive && betweenPlaces(c)) return { kind: 'PLACE', evidence: 'guess' };
  // 'an analyst at Jefferies', 'estates at Anakkara', '(ICRI) at Myladumpara said': a lone unknown name right after 'at' is
  // where a person works when a person's noun or title stands before 'at', else a place (weak guesses the document may overrule).
  const atBefore = c.tokens[c.at - 2];
  if (size <= 2 && prev === 'at' && adjacent && /^\p{Lu}\p{Ll}/u.test(c.tokens[c.at]!.text) && !last.possessive && !(next && v.orgCuesAfter.has(next))) {
    const noun = atBefore && !atBefore.capital ? atBefore.text.toLowerCase() : undefined;
    if (noun && !NOT_WORKERS.has(noun.replace(/s$/, '')) && (PERSON_NOUNS.has(noun) || PERSON_NOUNS.has(noun.replace(/s$/, '')) || v.titles.some((t) => t.length === 1 && (t[0] === noun || `${t[0]}s` === noun)) || /(?:ist|ists)$/.test(noun))) return { kind: 'ORGANIZATION', evidence: 'cue', weak: true };
    if (size === 1) return { kind: 'PLACE', evidence: 'guess' };
    // 'the Dubai station at Al Jaddaf', 'the ferry terminal at Port Loko': a stop's noun before 'at' makes a place of two words too.
    if (noun && STOP_NOUNS.has(noun)) return { kind: 'PLACE', evidence: 'guess' };
  }
  // Organisations speak too ('Litio Andino said in a statement'): the document's other cues may overrule this one.
  // Not after 'of' ('Mayor Evelyn Frederiksen-Høegh of Qeqqata said': the speaker is the person before it).
  // Not after a number ('all five Caspian states'): the name is an adjective of the plural noun after it.
  // Not a lone name closing a pair after a preposition ('residents of Tarvo and Kelmi complained'): the pair is where the
  // speakers are from, and the verb is theirs.
  if (next && SPEECH_VERBS.has(next) && glued && !(prev && PREPOSITIONS_BEFORE_NAME.has(prev)) && !(size === 1 && prev === 'and' && pairAfterPreposition(c)) && !(prev && NUMBER_WORDS.test(prev)) && !FUNCTION_OPENERS.has(c.tokens[c.at]!.text) && !/^\p{Lu}+$/u.test(last.text) && (size > 1 || !c.initial)) return { kind: 'PERSON', evidence: 'cue', weak: true };
  // 'Sander de Jong, an analyst at ING': an appositive that gives a title makes a person.
  // 'Assistant coaches: Ama Owusu, Efua Mensah': a full name in the list a line opens with a person's post and a colon.
  if (size > 1 && labelledPersonList(c)) return { kind: 'PERSON', evidence: 'cue' };
  const appositive = PERSON_APPOSITIVE.exec(following);
  if (appositive && (appositive.groups!.demonym === undefined || lookupDemonym(appositive.groups!.demonym))) {
    const words = appositive.groups!.desc!.toLowerCase().split(/\s+/);
    // 'Kabelo Mosweu, chairperson of the ...': a '-person' title reads as its '-man' form.
    if (words.some((w, i) => titlesOpeningWith(w).some((t) => t.every((x, k) => words[i + k] === x)) || /(?:ist|ologist)$/.test(w) || (PERSON_TITLE.test(w) && titlesOpeningWith(w.replace(PERSON_TITLE, 'man')).some((t) => t.length === 1)))) return { kind: 'PERSON', evidence: 'cue' };
    // 'Priya Nolan, a third-year geography student,', 'Kennedy Mbugua, a researcher on ...': a person's noun heads the description.
    // 'Chandana Kumarasinghe, a gem trader and two-term member of Parliament': the first of two descriptions counts too.
    const and = words.indexOf('and');
    // 'Sirirat Phongsawat, a lecturer in criminology at ...': the noun before the description's first preposition heads it.
    const prep = words.findIndex((w) => DESCRIPTION_PREPOSITIONS.has(w));
    const headNoun = prep > 0 ? words[prep - 1]! : undefined;
    if (size > 1 && (PERSON_NOUNS.has(words[words.length - 1]!) || (and > 0 && PERSON_NOUNS.has(words[and - 1]!)) || (headNoun !== undefined && PERSON_NOUNS.has(headNoun))) && !words.some((w) => FIRM_NOUNS.has(w))) return { kind: 'PERSON', evidence: 'cue' };
  }
  const placePost = size > 1 ? PLACE_POST_APPOSITIVE.exec(following) : null;
  if (placePost && lookupGazetteer(placePost[1]!)?.kind === 'PLACE') {
    const words = placePost[2]!.trim().split(/[ \t]+/);
    if (titlesOpeningWith(words[0]!).some((t) => t.length === words.length && t.every((w, i) => words[i] === w))) return { kind: 'PERSON', evidence: 'cue' };
  }
  if (size > 1 && AGE_APPOSITIVE.test(following)) return { kind: 'PERSON', evidence: 'cue' };
  // 'pages to Morel, a 44-year-old former teacher': an age given with a person's description after a lone name.
  if (size === 1 && !c.initial && LONE_NAME_AGE.test(following)) return { kind: 'PERSON', evidence: 'cue' };
  // 'The governor of Central Greece, X,', 'Its chief political commentator, X,': a description opening the sentence, headed by
  // a person's post or occupation, then a full name set off by commas.
  if (size > 1 && /^,/.test(following) && openingDescriptionOfPerson(c)) return { kind: 'PERSON', evidence: 'cue' };
  if (size > 1 && WHO_APPOSITIVE.test(following)) return { kind: 'PERSON', evidence: 'cue' };
  // 'named Siriporn Wattanachai as chief executive', 'appointed X as its new president': a full name given a post.
  const post = size > 1 ? AS_POST.exec(following)?.[1]?.trim().split(/[ \t]+/) : undefined;
  if (post && titlesOpeningWith(post[0]!).some((t) => t.length <= post.length && t.every((w, i) => post[i] === w))) return { kind: 'PERSON', evidence: 'cue' };
  // 'Priya Menon-D'Souza — general counsel, Bahrain FinTech Bay': a full name, a dash and a post.
  const dashPost = size > 1 ? DASH_POST.exec(following)?.[1]?.trim().split(/[ \t]+/) : undefined;
  if (dashPost && titlesOpeningWith(dashPost[0]!).some((t) => t.length <= dashPost.length && t.every((w, i) => dashPost[i] === w))) return { kind: 'PERSON', evidence: 'cue' };
  if (placeBefore === 1 && size === 1) return { kind: 'PLACE', evidence: 'guess' };
  // 'Tevita Kaloumaira, of Naviti, faces ...': a lone name set off by commas after 'of' and another name is that person's home
  // (a weak guess: an employer written so, 'X, of Deloitte,', is known to the tables or named elsewhere).
  if (size === 1 && prev === 'of' && !c.initial && !last.possessive && /^,\s/.test(following) && homeAfterName(c) && /^\p{Lu}\p{Ll}{2,}$/u.test(last.text) && !isFirstName(last.text) && !isCommonWord(last.text)) return { kind: 'PLACE', evidence: 'guess' };
  // 'the bridge at Sirasso', 'the dam at Kariba': a place noun and 'at' before a lone name.
  if (size === 1 && prev === 'at' && PLACE_CUES_AFTER.has(lowerAt(c.tokens, c.at - 2) ?? '')) return { kind: 'PLACE', evidence: 'cue' };
  // 'of the warming Arctic.': 'the', one lower-case modifier and a lone name closing the clause is a region.
  if (size === 1 && prev && lowerAt(c.tokens, c.at - 2) === 'the' && /^[,.;:]/.test(following) && (/^\p{Ll}+ing$/u.test(prev) || lexiconTags(prev).includes('Adjective')) && !/s$/.test(last.text) && !v.orgSuffix(last.text.toLowerCase())) return { kind: 'PLACE', evidence: 'guess' };
  // 'told Mongabay', 'told Teletica he ...': a lone word no lexicon knows as a given name right after 'told' is a news outlet, weakly
  // (a person's surname joins the person in coreference; the document's cues may overrule).
  if (size === 1 && prev === 'told' && adjacent && !c.initial && /^\p{Lu}\p{Ll}{2,}$/u.test(last.text) && !last.possessive && !isFirstName(last.text) && !isCommonWord(last.text)) return { kind: 'ORGANIZATION', evidence: 'cue', weak: true };
  // 'in a post on Y', 'he wrote on Y': a lone name a post is written on is the platform.
  if (size === 1 && prev === 'on' && !last.possessive && POSTED_ON.test(c.text.slice(Math.max(c.sentence.start, c.tokens[c.at]!.start - 24), c.tokens[c.at]!.start))) return { kind: 'ORGANIZATION', evidence: 'cue' };
  // 'the Greens took 10 percent', 'the Liberals': a political family's plural after 'the' is the party.
  // Not when a fuller party name holds the family's adjective ('the Socialists' for the 'Spanish Socialist Workers' Party').
  if (size === 1 && c.tokens[c.at - 1]?.text.toLowerCase() === 'the' && POLITICAL_FAMILIES.has(foldSurface(last.text)) && !adjectiveInLongerName(c.text, last.text.slice(0, -1))) return { kind: 'ORGANIZATION', evidence: 'cue' };
  // 'she told the Star', 'told the Nation': people are told without an article; a lone name after 'told the' is a news outlet.
  if (prev === 'the' && size === 1 && lowerAt(c.tokens, c.at - 2) === 'told') return { kind: 'ORGANIZATION', evidence: 'cue' };
  // 'the Surma', 'the Caspian': a lone unknown name after 'the' is most often a river, sea or region;
  // organisations named so carry an organisation word ('the Senate') or are known ('the Kremlin').
  // Not a people's adjective before its noun ('the Surinamese bank'), nor a person's title ('Letters to the Editor').
  if (prev === 'the' && size === 1 && !/s$/.test(last.text) && !(glued && ADJECTIVE_ENDING.test(last.text)) && !isPersonHead(foldSurface(last.text))) return { kind: v.orgSuffix(last.text.toLowerCase()) ? 'ORGANIZATION' : 'PLACE', evidence: 'guess' };
  return undefined;
}

/** Words before 'of'/'in' that only organisations take: 'shares of X', 'a 20% stake in X'. */
const ORG_BEFORE = /\b(?:shares|stock|stake|stakes|shareholders?|investors? in|subsidiary|subsidiaries|takeover|acquisition|chief executive|board|employees|staff) (?:of|in|at)\s+$/i;
/** Words after a name that only organisations take: 'X shares rose', "X's chief executive", 'X managing director', 'X said in a statement', "X's plant" (not 'the Tiba plant', named after its place). */
const ORG_AFTER = /^(?:['’]s)?\s+(?:shares(?!\s+(?:the|a|an|his|her|its|their|our|this|that|these|those|some|much|many)\b)|stock|shareholders|board|chief executive|chief|chairman|managing director|executives|spokes(?:man|woman|person)|subsidiary|headquarters|employees|said in a statement|(?:said|says|wrote|writes|argued|argues|warned|warns) in (?:an|its|a|the) (?:\p{Ll}+ )?editorial|Ltd|Inc|S\.A\.)\b|^['’]s\s+(?:factory|plant)\b|^-(?:listed|owned|controlled)\b|^,\s+which\s+(?:last|this|signed|makes|owns|operates|employs|builds|produces|was founded)\b/u;
/** A place preposition before a name: 'in the Salar de Atacama', 'villages near San Pedro', 'fields along the Vakhsh'. */
const PLACE_BEFORE = /\b(?:in|near|outside|around|across|throughout|towards?|off|along)\s+(?:the\s+)?$/i;
/** 'from Ruwais in the west to X', 'from Abu Dhabi to X': the end of a stretch whose start is a name. */
const FROM_TO_BEFORE = /\bfrom\s+\p{Lu}[^.;:!?()"“”]{0,40}?\s+to\s+$/u;
/** Where 'in' ties the name to an organisation's business, not a place: 'a stake in X', 'invest in X'. */
const NOT_PLACE_BEFORE = /\b(?:stake|stakes|shares|interest|invest|invested|investing|investment|role|job|position|member|seat)\s+in\s+(?:the\s+)?$/i;
/** 'X, who ...', 'X, 52,': a person; 'X said ... he' / '... it': the pronoun tells. */
const PERSON_AFTER = /^,\s+(?:who\b|\d{1,3},)/;
/** A place preposition, a lone name and 'and'/'or' before a name: 'in Alderney and <name>'. */
const PLACE_LIST_BEFORE = /\b(?:in|from|near|across|between)\s+\p{Lu}[\p{L}'’-]*\s+(?:and|or)\s+$/u;
/** A lower-case noun and a place preposition right before a name: 'the firefighter from '. */
const NOUN_PLACE_PREPOSITION_BEFORE = /(?:^|[\s(])\p{Ll}{3,}[ \t]+(?:from|in|near|at)[ \t]+$/u;
const SAID_PRONOUN = /^\s+(?:said|says|told|added|argued|warned)\b[^.!?"“”]{0,60}?\b(he|she|his|her|it|its)\b/i;

/**
 * The kind every cue around every mention of one name votes for, or undefined when the cues
 * are silent or split: 'Shares of X', "X's stock" make a company; 'in X', 'near X' a place;
 * 'X, who', 'X said ... she' a person. Used for names whose kind was only guessed.
 */
export function kindFromDocument(text: string, mentions: readonly Span[]): EntityKind | undefined {
  const votes = documentVotes(text, mentions);
  const ranked = (Object.entries(votes) as [EntityKind, number][]).sort((a, b) => b[1] - a[1]);
  return ranked[0]![1] > 0 && ranked[0]![1] > ranked[1]![1] ? ranked[0]![0] : undefined;
}

/** The votes of the cues around every mention of one name, by kind (what kindFromDocument weighs). */
export function documentVotes(text: string, mentions: readonly Span[]): Record<EntityKind, number> {
  const votes: Record<EntityKind, number> = { PERSON: 0, ORGANIZATION: 0, PLACE: 0 };
  for (const m of mentions) {
    const before = text.slice(Math.max(0, m.start - 40), m.start);
    const after = text.slice(m.end, m.end + 120);
    if (ORG_BEFORE.test(before) || ORG_AFTER.test(after)) votes.ORGANIZATION++;
    else if ((PLACE_BEFORE.test(before) && !NOT_PLACE_BEFORE.test(before)) || FROM_TO_BEFORE.test(before)) votes.PLACE++;
    // Not the last of a list of places ('Islanders in Alderney and Sark, who ...'): 'who' refers to the people before it.
    // Nor a home after a person's noun ('the firefighter from X, who ...').
    if (PERSON_AFTER.test(after) && !PLACE_LIST_BEFORE.test(before) && !NOUN_PLACE_PREPOSITION_BEFORE.test(before)) votes.PERSON++;
    const pronoun = SAID_PRONOUN.exec(after)?.[1]?.toLowerCase();
    if (pronoun === 'it' || pronoun === 'its') votes.ORGANIZATION++;
    else if (pronoun) votes.PERSON++;
  }
  return votes;
}

/** Landform nouns that are also common surnames: 'Jo Lake', 'Ruth Hill', 'Alan Wood' (folded). */
const SURNAME_LANDFORMS: ReadonlySet<string> = new Set(['lake', 'hill', 'wood', 'brook', 'marsh', 'moor', 'ford', 'field', 'banks', 'rivers', 'forest']);
/** After a person's name: ', who' or a speech verb. */
const WHO_OR_SPEECH_AFTER = /^(?:,[ \t]+who\b|[ \t]+(\p{Ll}+)\b)/u;

/**
 * 'the fisherman Dorian Hobbs Lake, who told the court', 'farmer Ana Brook said': two or three plain name words ending in a
 * landform's noun that is also a surname, right after a person's noun and before ', who' or a speech verb, are a person's full
 * name, although the last word ends place names (round 31).
 */
export function personWithLandformSurname(c: NameContext, size: number): boolean {
  if (size < 2 || size > 3) return false;
  const seq = c.tokens.slice(c.at, c.at + size);
  const last = seq[seq.length - 1]!;
  if (last.possessive || !SURNAME_LANDFORMS.has(foldSurface(last.text)) || !seq.every((t) => /^\p{Lu}\p{Ll}+$/u.test(t.text))) return false;
  const before = c.tokens[c.at - 1];
  if (!before || before.capital || !PERSON_NOUNS.has(before.text.toLowerCase()) || !/^[ \t]+$/.test(c.text.slice(before.end, seq[0]!.start))) return false;
  const after = WHO_OR_SPEECH_AFTER.exec(c.text.slice(last.end, last.end + 30));
  if (!after || (after[1] !== undefined && !SPEECH_VERBS.has(after[1]))) return false;
  return !lookupGazetteer(c.text.slice(seq[0]!.start, last.end));
}

/** Lower-case nouns of rural local-government units after a list of their names (Bangladesh's union parishads). */
const LOCAL_UNIT_PLURALS = new Set(['unions']);

/**
 * 'in Rampur Char and Boroghop unions', 'in Sadar and Uttar unions': names listed right after 'in' (no article) and closed by
 * a lower-case 'unions' are local-government units, places (round 31b). A trade union is 'the X and Y unions' or all capitals
 * ('GMB and Unite unions'), so an article, an acronym or an unknown word class in the list keeps it out.
 */
export function placesBeforeUnits(c: NameContext): boolean {
  const t = c.tokens;
  const from = c.sentence.start;
  // Forward: capitals, 'and' or commas up to the lower-case unit noun (at most 8 tokens).
  let j = c.at;
  while (j < t.length && j < c.at + 8 && t[j]!.start < c.sentence.end && (t[j]!.capital || (lowerAt(t, j) === 'and' && t[j + 1]?.capital))) {
    if (t[j]!.capital && !/^\p{Lu}\p{Ll}+$/u.test(t[j]!.text)) return false;
    j++;
  }
  if (j === c.at || j >= t.length || !LOCAL_UNIT_PLURALS.has(lowerAt(t, j) ?? '')) return false;
  // The list must hold 'and': one name before 'unions' may be a union's own name ('in Unite union').
  let and = false;
  for (let k = c.at; k < j; k++) if (!t[k]!.capital) and = true;
  // Back: capitals and 'and' down to 'in'.
  let i = c.at - 1;
  while (i >= 0 && i > c.at - 8 && t[i]!.start >= from && (t[i]!.capital || (lowerAt(t, i) === 'and' && t[i - 1]?.capital))) {
    if (t[i]!.capital && !/^\p{Lu}\p{Ll}+$/u.test(t[i]!.text)) return false;
    if (!t[i]!.capital) and = true;
    i--;
  }
  return and && i >= 0 && t[i]!.start >= from && lowerAt(t, i) === 'in' && t[i]!.text === 'in';
}
