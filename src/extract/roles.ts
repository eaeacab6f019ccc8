import countries from 'world-countries';
import { appointedRoles, copulaPostRoles } from './roles-appointed';
import { movesRoles, sectionHeadRoles } from './roles-moves';
import { unreadTitledNameRoles } from './roles-surname';
import { signatureRoles } from './roles-signature';
import { frontedTitleRoles } from './roles-fronted';
import { honorificBefore, isRankOnly, personAfterRank, rankBefore, rankRoles } from './roles-rank';
import { withoutTrailingStyles } from './roles-honorifics';
import { portfolioOfState, postNominalRoles } from './roles-postnominal';
import { bracketedAcronymTitleRoles } from './roles-acronym-title';
import { isOrganisationNoun } from './attribution';
import type { ExtractedRole, Span } from './types';
import type { ResolvedMention } from './document';
import { curated } from './curated';
import { foldSurface } from './fold';
import { writtenInLowerCase } from './name-context';
import { FOREIGN_HONORIFICS, NAME_STYLES } from './mentions';
import { lexiconTags } from './lexicon';
import { vocab } from './vocabulary';
import { lookupDemonym, lookupGazetteer } from './gazetteer';
import { SPEECH_VERBS } from './speech';
import { FIRM_NOUNS, ORG_CUES_BEFORE } from './entity-words';

/** A person mention carrying a title, as mention detection found it. */
export interface TitledMention extends Span {
  key: string;
  title: Span & { text: string };
  /** Entity key of the country a demonym before the title names, when the article names it. */
  countryKey?: string;
}

/** Between an organisation and its title only spaces or a possessive: 'Kremlin spokesman', 'Syria’s UN Ambassador'. */
const QUALIFIER_GAP = /^(?:['’]s)?[ \t]+$/;
/** 'John Kirby, the State Department spokesman': the appositive after a name. */
/** ', now an analyst for ORTM': 'now' before the article says the post is the current one (v24). */
const APPOSITIVE = /^,\s+(?:now\s+(?=(?:the|a|an)\s))?(?:the\s+|a\s+|an\s+)?/;
/**
 * What may stand between a name and its appositive: Markdown emphasis closing the name
 * ('**Jiří Dvořák**, Chairman'), an age (', 47'), a home town (', of Żabbar', ', from Leeds'),
 * a party or alliance the person belongs to (' of the Fuerza Andina coalition'), the name in its own
 * script or an age in brackets (' (王小明), a analyst at X').
 */
const APPOSITIVE_SKIP = /^(?:[*_]{1,3}(?=,))?(?:[ \t]+\([^()\n]{1,30}\)(?=,))?(?:,[ \t]+\d{1,3}(?=,))?(?:,[ \t]+(?:of|from)[ \t]+\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*){0,2}(?=,))?(?:[ \t]+of[ \t]+the[ \t]+\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*){0,4}[ \t]+(?:coalition|alliance|party|movement|bloc|front)(?=,))?/u;
/** Lexicon tags of a verb going on with the sentence after an age: ', 51, was', ', 20, added'. */
const VERB_TAGS = new Set(['Verb', 'PastTense', 'PresentTense', 'Copula', 'Modal', 'Adverb', 'Auxiliary', 'Infinitive', 'Gerund']);
/** Longest appositive read for a title, in characters. */
const MAX_APPOSITIVE = 140;
/** Bodies a member sits 'on': 'Dublin City Council', 'the Executive Board'. */
const SEATED_BODY = /\b(?:Council|Board|Committee|Commission|Assembly|Panel|Senate|Tribunal)$/;
/** A field of study or work after 'of', then 'at' (group 1: the field): 'Transport Engineering at '. */
const FIELD_BEFORE_AT = /^(\p{Lu}\p{Ll}+(?:\s+(?:and\s+)?\p{Lu}\p{Ll}+){0,3})\s+at\s+(?:the\s+)?/u;
/** Where a title in an appositive stops: a relative clause, 'and', or a preposition before a name or a definite description. */
const TITLE_END = /\s+(?:who|which|whose|and)\b|\s+(?:at|in|with|from|on|of|for|to)\s+(?=(?:the\s+)?(?:\p{Lu}|\p{N}+\p{Lu}))|\s+(?:at|of|for)\s+(?=the\s+\p{Ll})|\s+(?:at|of|for|in)\s+(?=an?\s+(?:\p{Ll}[\p{Ll}-]*\s+){1,2}\p{Lu})/u;
/**
 * Words before a title that say nothing about the post: '51-year-old former mayor', 'then-president',
 * 'Opposition MP' (the side of the house, no part of the post: v11 'Opposition Congress legislator');
 * 'Opposition Leader' keeps it: the Leader of the Opposition is a post (v14). 'a retired clerk' (like
 * 'former'), 'the last king of X' (an ordinal of succession, no part of the post; v15).
 */
const TITLE_PREFIX = /^(?:(?:\d+-year-old|(?:two|three|four|five|six|\d+)-term|former|previous|outgoing|also|then-|long-time|longtime|veteran|current|acting|interim|newly appointed|retired|elderly|ageing|aging|charismatic|embattled|beleaguered|influential|respected|well-known|last(?=\s)|opposition(?=\s)(?!\s*leader\b))\s*)+/i;
/** Nouns that stand for an organisation named before: 'the group's president', 'the company's founder'. */
const ORG_NOUNS = /^(?:group|company|firm|agency|organi[sz]ation|party|union|association|club|team|federation|bank|charity|university|ministry|council|department)$/;
/** Honorifics are no roles (GUIDELINES §4): 'Dr.', 'Mr.', 'Prof.'. */
const HONORIFIC = /^(?:Dr|Mr|Mrs|Ms|Mx|Prof|Sir|Dame|Lady|Lord|Rev)\.$/;
/** A title that is only an honorific, with or without its period: 'Dr', 'Mr.', 'Madam', 'Hon.'. */
const HONORIFIC_TITLE = /^(?:Dr|Mr|Mrs|Ms|Mx|Miss|Prof|Madam|Madame|Mme|Hon|Rev|Revd|Reverend|Sir|Dame|Lady|Lord|Sheikh|Shaikh|Sheik)\.?$/;
/** Honorifics at either end of a title ('managing director Dr', 'Hon. Minister'): no part of it. */
const HONORIFIC_EDGE = /^(?:(?:Dr|Mr|Mrs|Ms|Mx|Prof|Madam|Hon|Rev)\.?\s+)+|(?:\s+(?:Dr|Mr|Mrs|Ms|Mx|Prof|Madam|Hon|Rev)\.?)+$/g;
/** Styles written before a name in an appositive ('Its spokeswoman, Pastor X'): address, no part of the description (round 32b). */
const CLERGY_STYLES = ['Reverend', 'Revd', ...[...NAME_STYLES].map((w) => w[0]!.toUpperCase() + w.slice(1))].join('|');
/** Between a description and the name it describes: an honorific ('Hon.', 'Dr', 'Madam') or one lower-case occupation ('businessman'). */
// Honorifics of other languages too, the ones mention detection strips from names ('Principal Secretary in the Ministry of
// Health, Babe X', "The hospital's chief executive, Alhagie X").
// Dutch honorifics written in lower case before a name ('Their lawyer, mr. X': 'mr.' for a law graduate; 'ir.', 'drs.') (v19).
const NAME_LEAD = String.raw`(?:(?:(?:Dr|Mr|Mrs|Ms|Prof|Madam|Hon|Rev|Eng|H\.E|Cllr|${CLERGY_STYLES}|${[...FOREIGN_HONORIFICS].join('|')})\.?\s+|(?:mr|mevr|dhr|drs|ir)\.\s+){1,3}|\p{Ll}+\s+)?`;
/** A Dutch honorific in lower case: 'mr.', 'drs.'. */
const LOWER_HONORIFIC = /^(?:(?:mr|mevr|dhr|drs|ir)\.\s*)+$/;
/** 'Its executive secretary, Joyce Nabirye': the organisation named before owns the post. */
const ITS = /\b(?:its|their)\s+$/i;
/** 'head of production in the west': one to three lower-case words, then 'of'/'for'/'in' and lower-case words, at most eight in all. */
const LOWER_TITLE_REMIT = /^(\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*){0,2}?)\s+(?:of|for|in)\s+\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*){0,4}$/u;
/** 'its ' / 'their ' before a title, with words of its standing between ('Its acting ', 'their new '). */
const ITS_LEAD = /\b(?:its|their)\s+(?:(?:acting|interim|former|outgoing|incoming|new|current|previous)\s+)*$/i;
/** 'The council's lawyer, X': a described owner right before a title. */
const DESCRIBED_OWNER = /\b[Tt]he\s+(\p{Ll}+|\p{Lu}\p{Ll}+)['’]s\s+$/u;
/** A lower-case possessive noun read as the start of a title ("council's president"): a described owner, no title word (round 32b). */
const DESCRIBED_IN_TITLE = /^\p{Ll}+['’]s[ \t]+(?=\p{Ll})/u;
/** A capitalised public-body noun opening a lower-case post ('Ministry spokesman', 'Agency director'); not 'Council' ('Council member' is one title). */
const CAPITAL_BODY_TITLE = /^(Ministry|Department|Agency|Authority|Commission|Regulator)[ \t]+(?=\p{Ll})(?!members?\b)/u;

/** The organisation named before 'at' whose name holds the noun ('Ministry of Labour' for 'Ministry'), as describedOwner picks it; none when no name holds it. */
function bodyNamedBefore(noun: string, mentions: readonly ResolvedMention[], at: number, text: string): string | undefined {
  const key = describedOwner(noun, mentions, at, text);
  return key !== undefined && mentions.some((m) => m.key === key && m.end <= at && m.kind === 'ORGANIZATION' && foldSurface(m.surface).split(' ').includes(noun)) ? key : undefined;
}

/** 'the' or 'The' right before. */
const THE_BEFORE = /\b[Tt]he[ \t]+$/;
/** Nouns that stand for a place named before: 'X, the town's disaster risk reduction officer'. */
/** A part of a body, named as '<unit> of <body>': 'the Geneva branch of the union'. */
const UNIT_NOUNS = /^(?:branch|chapter|wing|section|division|local)$/;

const PLACE_NOUNS = /^(?:town|city|village|province|region|district|municipality|county|state|country|island)$/;
/**
 * Occupations and playing positions: what someone does, not a post held in an organisation
 * (GUIDELINES §4), so no role: 'a 54-year-old rice farmer', 'Brazilian striker X'. Posts in a
 * team ('captain', 'coach', 'manager') stay roles.
 */
const NOT_POSTS = new Set([
  'farmer', 'trader', 'teacher', 'nurse', 'driver', 'fisherman', 'fisherwoman', 'fisher', 'student', 'vendor', 'shopkeeper', 'labourer', 'laborer', 'miner', 'herder', 'housewife', 'pensioner', 'resident', 'worker',
  // Relations between people, not posts: 'his Senegalese counterpart, X'.
  'counterpart', 'counterparts', 'predecessor', 'successor', 'rival',
  // Honours conferred on a person, styles of address not posts (GUIDELINES §4): Bhutan's 'Dasho' (v26 'The Dzongdag of X, Dasho Y').
  'dasho',
  // Titles won, not posts held: 'defending champion X', 'Giro winner X'; a programme's presenter: 'Host X'.
  'champion', 'champions', 'winner', 'runner-up', 'medallist', 'medalist', 'finalist', 'titleholder', 'host', 'co-host',
  // Occupations of business: 'a businessman and former mayor of X'.
  'businessman', 'businesswoman', 'entrepreneur', 'industrialist',
  // Posts sought, not held: 'the Socialist candidate X', 'the party's nominee' (GUIDELINES notes v5-v12).
  'candidate', 'candidates', 'nominee', 'contender', 'hopeful',
  // Authorship of a study or report, no post: 'the lead author and an ecologist at X' (round 29b).
  'author', 'co-author', 'coauthor',
  'striker', 'midfielder', 'goalkeeper', 'keeper', 'winger', 'defender', 'forward', 'fullback', 'full-back', 'centre-back', 'center-back', 'wing-back', 'playmaker',
  // Trades: 'a welder who makes gates', 'a carpenter in Kisumu' (GUIDELINES §4 occupations).
  // Occupations of transport and machinery: 'a TAP pilot', 'a conveyor operator at the mine' (v22).
  'pilot', 'operator',
  // Road users and people doing an activity, not a post: 'The cyclist, X', 'a motorist who stopped' (v28).
  'cyclist', 'motorist', 'pedestrian', 'passenger', 'commuter', 'jogger', 'hiker', 'bystander', 'onlooker', 'passer-by',
  'welder', 'carpenter', 'plumber', 'electrician', 'mechanic', 'tailor', 'seamstress', 'baker', 'butcher', 'blacksmith', 'bricklayer', 'cobbler', 'hairdresser', 'barber', 'cleaner', 'hawker', 'weaver', 'potter',
]);
/**
 * Expertise that is a post only where someone holds it ('an analyst at ING'); alone ('Political analyst X') an occupation.
 * So are the arts ('X, guitarist, born 1950', 'oud player X'): a musician or writer holds a post only in a named ensemble or house.
 * So is a science ('a 41-year-old marine biologist', 'Geologist X'): a researcher's post is at an institution (v30: the
 * gold files give every '-ologist' and 'scientist' an organisation).
 */
const ORGANISATION_ONLY = /^(?:lecturer|steward|surveyor|analyst|economist|commentator|columnist|pundit|observer|guitarist|pianist|violinist|cellist|bassist|drummer|percussionist|saxophonist|trumpeter|accordionist|singer|vocalist|musician|player|composer|songwriter|painter|sculptor|poet|novelist|actor|actress|dancer|photographer|forecaster|accountant|auditor|bookkeeper|fellow|engineer|\p{Ll}+ographer|\p{Ll}*ologist|scientist)$/u;
/** Standing in a community, no post in an organisation (GUIDELINES §4): 'a community leader in Uarini'. */
const NOT_POST_PHRASES = /^(?:community|civic|grassroots)\s+(?:leader|elder|activist|organi[sz]er|figure|representative)$|^(?:activist|campaigner)$/i;
/** Posts a demonym before them names the country of: 'Kazakh Foreign Minister', not 'Dutch coach'. */
// 'Gov.': the abbreviated governor, common in Philippine and US copy ('Cebu Gov. X') (round 29b).
const GOVERNMENT_OFFICE = /\b(?:minister|president|premier|chancellor|secretary|ambassador|envoy|consul|leader|king|queen|governor|spokes(?:man|woman|person))\b|\bgov\./i;
/** Lexicon tags of words that are no title modifiers when reading back from a title ('said', 'the', 'her'). */
const NOT_MODIFIER = new Set(['Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Possessive', 'PastTense', 'Copula', 'Modal', 'Adverb', 'Cardinal', 'Gerund']);
/** Prepositions that end a run of title words read backwards or forwards. */
const PREPOSITION = /^(?:of|for|at|in|to|with|from|on|by)$/;

/** Prepositions after a title's head word: 'professor of epidemiology', 'researcher on digital public infrastructure'. */
const HEAD_BEFORE = /^(?:of|for|in|on)$/;
/** A suffix a title keeps its reading with: 'governor-elect', 'president-designate'. */
const ELECT = /-(?:elect|designate)$/;
/**
 * Participles that are part of the post they stand before ('returning officer', 'presiding judge',
 * 'commanding officer', 'managing editor'), unlike a passing state ('the visiting minister').
 */
const PARTICIPLE_POSTS = new Set(['returning', 'presiding', 'commanding', 'investigating', 'arresting', 'supervising', 'attending', 'consulting', 'coordinating', 'managing', 'founding']);
/** A word right before a title: 'the returning '. */
const WORD_BEFORE = /(?:^|[^\p{L}'’-])(\p{L}+)[ \t]+$/u;
/** A prefix a title keeps its reading with: 'co-founder', 'vice-chair', 'deputy-director'. */
const TITLE_AFFIX = /^(?:co|vice|deputy|sub|under)-/;

/**
 * Posts the curated title table lacks, read as title heads here: 'The prefect of Tulcea county',
 * 'Congress legislator X', 'the university's rector'. General words of office only.
 */
const MORE_TITLE_WORDS = new Set(['prefect', 'subprefect', 'legislator', 'alderman', 'alderwoman', 'ombudsman', 'ombudsperson', 'registrar', 'rector', 'treasurer', 'comptroller', 'undersecretary',
  // 'The Wali of In Salah' (the governor of an Algerian or Moroccan province); 'a lecturer in criminology at X', 'shop steward for the X union' (posts only with their organisation: ORGANISATION_ONLY).
  'wali', 'lecturer', 'steward',
  // 'a surveyor with the coastguard agency': a post only with its organisation (ORGANISATION_ONLY), alone an occupation (round 29b).
  'surveyor',
  // The Dutch governor of a Caribbean island ('The gezaghebber, X,'), written untranslated in English copy (round 29b).
  'gezaghebber',
  // Bhutan's government titles in Dzongkha, written before the name: 'Lyonchhen' (prime minister), 'Lyonpo' (minister) (v14).
  'lyonchhen', 'lyonpo',
  // Legal posts of British and Commonwealth courts: 'His solicitor, X', 'Procurator fiscal depute X' ('depute': the Scots 'deputy', written after the post).
  'solicitor', 'barrister', 'procurator', 'depute',
  // 'Counsel for the developer, X' (v4, v14); 'The Regional Delegate of Public Health' (the French 'délégué', a state official in a region).
  'counsel', 'delegate',
  // A member of the bar in India, South Africa, Scotland or Kenya: 'Senior advocate X', 'Counsel for Y, advocate X' (v15).
  'advocate',
  // 'Its chief political commentator, X': a post only with its paper (ORGANISATION_ONLY).
  'commentator', 'columnist',
  // A mayor's title kept in the town's language (v15 'The alcalde of La Línea'): Spanish, Italian, Portuguese, Dutch/Flemish.
  'alcalde', 'alcaldesa', 'sindaco', 'prefeito', 'prefeita', 'burgemeester', 'burgomaster',
  // 'FHMZ forecaster X' (v15): a post only with its institute (ORGANISATION_ONLY).
  'forecaster',
  // Irish government posts English-language news keeps in Irish: the Taoiseach (prime minister), the Tánaiste (deputy) (v15).
  'taoiseach', 'tánaiste',
  // The head of a school: 'a former school principal from X', 'the principal of Y College' (v15).
  'principal',
  // A member of a board of trustees (a school board, a charity, a pension fund): 'Trustee X', 'a trustee of the Y Foundation' (v16).
  'trustee',
  // Central Asian governors kept as written: the Uzbek 'khokim' (also 'hokim') of a region, district or town (v16).
  'khokim', 'hokim',
  // German and Austrian heads of government kept as written: a state's 'Landeshauptmann' / 'Landeshauptfrau', a town's 'Bürgermeister(in)' (v16).
  'landeshauptmann', 'landeshauptfrau', 'bürgermeister', 'bürgermeisterin', 'oberbürgermeister', 'oberbürgermeisterin',
  // The officer in charge of a port ('harbourmaster', also written 'harbour master': isTitleHead joins the two words) (v17).
  'harbourmaster', 'harbormaster',
  // Åland's head of government, kept in Swedish like 'Lyonchhen' (v17 'Lantråd X').
  'lantråd',
  // French posts English news keeps in French: 'the procureur de la République' (the public prosecutor), 'the préfet' (v17).
  'procureur', 'préfet',
  // 'a senior research fellow at the X Institute' (v18): a post only with its institution (ORGANISATION_ONLY).
  'fellow',
  // The elected head of a parish in Jersey and Guernsey, kept in Norman French: 'The Connétable of St Ouen' (v20).
  'connétable', 'connetable',
  // Norwegian, Danish and Swedish posts kept as written: a theatre's director ('teatersjef', 'teaterchef'), a mayor ('ordfører', 'borgmester', 'kommunalråd') (v20).
  'teatersjef', 'teaterchef', 'ordfører', 'borgmester',
  // A diplomat attached to an embassy ('Argentina's naval attaché in Santiago'); a state's mediator in labour disputes ('The conciliator, X') (v22).
  'attaché', 'attache', 'conciliator', 'mediator',
  // 'a water engineer with the Pacific Community' (v20, v22): a post only with its organisation (ORGANISATION_ONLY).
  'engineer',
  // A Spanish regional government's minister ('the Basque Government's health consejera'); a Spanish judge's title ('Magistrada X') (v23).
  'consejero', 'consejera', 'magistrado', 'magistrada',
  // The elected head of a village ('the headman of X village'); the person who convenes a forum or committee ('Forum convenor X'); a regional minister in Italy ('the regional agriculture assessor', the Italian 'assessore') (v26).
  'headman', 'headwoman', 'convenor', 'convener', 'assessor',
  // Titles kept as written: an Indonesian regency's head ('The Bupati of X'), a Bhutanese district governor ('The Dzongdag of X') (v26).
  'bupati', 'dzongdag',
  // Local and provincial posts kept as written: a Polish rural commune's mayor ('The wójt of X'); a Dutch or Frisian province's executive member ('gedeputeerde', Frisian 'deputearre') (v27).
  'wójt', 'wojt', 'gedeputeerde', 'deputearre',
  // Swedish regional and county posts kept as written: a region's council chair ('regionråd'), a county's governor ('landshövding'); a regent ('the co-regent, X') (v28).
  'regionråd', 'landshövding', 'regent',
  // The lay leader of a Chamorro parish's prayers, kept as written ('the parish's techa, X') (v28).
  'techa',
  // The master of a fishing boat ('The skipper, X,'); the Scots public prosecutor ('The Procurator Fiscal, X,', 'the fiscal'; the Spanish 'fiscal' too) (v29).
  'skipper', 'fiscal',
  // The official who rules on a chess game or a tournament's disputes ('Chief arbiter X') (round 31b).
  'arbiter']);
/** Titles only as written with a capital: 'The Speaker' presides over a house; 'a speaker at the forum' holds no post (v15). */
const CAPITAL_ONLY_TITLES = new Set(['Speaker']);
/** A title written with an inner hyphen the table writes without: 'co-ordinator'. */
const INNER_HYPHEN = /^(?:co|re)-(?=\p{Ll})/u;
/** 'secretary-treasurer': two single words joined by one hyphen. */
const DOUBLE_POST = /^(\p{Ll}{3,})-(\p{Ll}{3,})$/u;
/** 'editor-in-chief', 'commander-in-chief': a title word joined to '-in-chief'. */
const IN_CHIEF = /-in-chief$/;

/** True when a phrase's head word names a post ('professor of epidemiology'), not kinship ('grandson of the founder') nor a group ('sparring partners'). */
export function isTitleHead(phrase: string): boolean {
  const written = phrase.split(/\s+/);
  const words = phrase.toLowerCase().split(/\s+/);
  const head = words.findIndex((w) => HEAD_BEFORE.test(w));
  const word = head > 0 ? words[head - 1]! : words[words.length - 1]!;
  if (CAPITAL_ONLY_TITLES.has(head > 0 ? written[head - 1]! : written[written.length - 1]!)) return true;
  // 'Officier van justitie', 'cap de Govern': a post of another language kept as written, its head before that language's 'of' (v19).
  const foreign = head > 0 ? -1 : words.findIndex((w) => FOREIGN_OF.test(w));
  if (foreign > 0 && foreign < words.length - 1 && FOREIGN_POSTS.has(words[foreign - 1]!)) return true;
  // 'déléguée générale', 'directeur général', 'secrétaire générale adjointe': a French post with its adjectives after the noun (v24).
  if (head < 0 && words.length >= 2 && words.length <= 3 && FOREIGN_POSTS.has(words[0]!) && words.slice(1).every((w) => POSTPOSED.test(w))) return true;
  if (curated().relationWords.includes(word)) return false;
  // 'chairperson', 'spokesperson': the '-person' form of a '-man' title; 'co-founder', 'vice-chair': a prefixed title;
  // 'headteacher', 'headmaster': the head of a school is a post.
  const isTitle = (w: string): boolean =>
    isOneWordTitle(w) || MORE_TITLE_WORDS.has(w) || lexiconTags(w).includes('Actor') || /(?:ist|ologist|.ographer)$/.test(w) || (/.person$/.test(w) && isTitle(w.replace(/person$/, 'man'))) || (TITLE_AFFIX.test(w) && (isOneWordTitle(w.replace(TITLE_AFFIX, '')) || MORE_TITLE_WORDS.has(w.replace(TITLE_AFFIX, '')))) || /^head(?:teacher|master|mistress)$/.test(w) || (ELECT.test(w) && isTitle(w.replace(ELECT, ''))) || (INNER_HYPHEN.test(w) && isTitle(w.replace('-', ''))) || (IN_CHIEF.test(w) && isTitle(w.replace(IN_CHIEF, ''))) || isDoubleTitle(w);
  // 'secretary-treasurer', 'player-coach': two posts joined by a hyphen, the last a title and the first one too (v16).
  const isDoubleTitle = (w: string): boolean => {
    const parts = DOUBLE_POST.exec(w);
    return parts !== null && isTitle(parts[2]!) && (isTitle(parts[1]!) || parts[1] === 'player');
  };
  if (/s$/.test(word) && isTitle(word.slice(0, -1))) return false;
  // 'still with tape around his head': a person's own head is a body part, no post (an organisation's 'its head' stays one) (v28).
  if (word === 'head' && head < 0 && words.length > 1 && PERSONAL_POSSESSIVE.test(words[words.length - 2]!)) return false;
  // 'Union organiser X': a union's or a party's organiser holds a staff post; an event's organiser holds none (v19).
  if (ORGANISER.test(word)) return head < 0 && words.length > 1 && ORGANISER_OF.test(words[words.length - 2]!);
  // 'harbour master': a title word written as two words (v17).
  const at = head > 0 ? head - 1 : words.length - 1;
  return isTitle(word) || (at > 0 && /^\p{Ll}{3,}$/u.test(words[at - 1]!) && MORE_TITLE_WORDS.has(words[at - 1]! + word));
}

/** Possessive pronouns of people: 'his head', 'her arm'. */
const PERSONAL_POSSESSIVE = /^(?:his|her|their|my|our|your)$/;
/** 'of' in Dutch, French, Spanish, Catalan, Italian and Portuguese titles: 'Officier van justitie', 'cap de Govern'. */
const FOREIGN_OF = /^(?:van|de|del|della|di|du|des|do|da)$/;
/** Heads of posts other languages write before their 'of' (kept as written, GUIDELINES §4): the Dutch 'officier', the Catalan 'cap', the French 'chef', the Spanish 'jefe'. */
/** Adjectives a French post is written with after its noun (v24). */
const POSTPOSED = /^(?:général|générale|adjoint|adjointe|exécutif|exécutive|délégué|déléguée)$/;

const FOREIGN_POSTS = new Set(['délégué', 'déléguée', 'officier', 'cap', 'chef', 'chefe', 'jefe', 'jefa', 'capo', 'ministre', 'ministro', 'ministra', 'directeur', 'directrice', 'procureur', 'président', 'présidente', 'presidente', 'consejero', 'consejera', 'conseller', 'consellera', 'secrétaire', 'secretario', 'secretaria']);
/** 'organiser' and its spelling 'organizer'. */
const ORGANISER = /^organi[sz]er$/;
/** The bodies whose organisers are staff: 'union organiser', 'party organiser'. */
const ORGANISER_OF = /^(?:union|party|labour|trade-union)$/;

/** '-based', '-listed' after a place: it locates the organisation named next ('the Kyzylorda-based Aral Revival Foundation'). */
const LOCATING = /^-(?:based|listed|headquartered|registered)\b/;

/**
 * The words between a title and the organisation it belongs to: 'at', 'of the', "of the hospital's",
 * 'of the Kyzylorda-based', 'for the election observer group' (lower-case words ending in an
 * organisation noun).
 */
function isOwnerLead(between: string): boolean {
  const m = /^\s+(?:at|of|for|with)\s+(?:the\s+)?(?:(?:\p{Ll}+\s+)?(?:\p{Ll}+['’]s|\p{Ll}+s['’])\s+)?(?:[\p{L}.]+-(?:based|listed|headquartered|registered)\s+)?(?:(\p{Lu}\p{Ll}+)\s+(?=\p{Ll}))?((?:\p{Ll}+\s+){0,4})$/u.exec(between);
  if (!m) return false;
  // 'of German turbine maker Nordex': a nationality may open the description.
  if (m[1] && !lookupDemonym(m[1])) return false;
  const words = m[2]!.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return !m[1];
  const noun = words[words.length - 1]!;
  // 'of the cantonal Department of Finance', 'at the national Department of Health': the level of government the body serves.
  if (!m[1] && words.length <= 2 && words.every((w) => GOVERNMENT_LEVEL.test(w))) return true;
  // 'of Kampala-based exporter Nile Crest Coffee', 'of the consultancy Drewry': a business noun before the name.
  return !words.some((w) => PREPOSITION.test(w) || w === 'and' || w === 'the') && isDescribingNoun(noun);
}
/** A post named by the level of government it serves: 'provincial director of health services', 'district commissioner'. */
const REGIONAL_POST = /^(?:provincial|regional|district|county|cantonal|state|municipal)\s+\p{Ll}/u;
/** Adjectives of a level of government before a public body's name: 'the cantonal Department of X'. */
const GOVERNMENT_LEVEL = /^(?:national|federal|state|provincial|cantonal|regional|municipal|metropolitan|county|district|local|central|communal|departmental|territorial)$/;

/** Nouns that describe an organisation before its name: 'the consultancy Drewry', 'the wine producers' chamber X'. */
function isDescribingNoun(noun: string): boolean {
  return ORG_NOUNS.test(noun) || vocab().orgSuffix(noun) || ORG_CUES_BEFORE.has(noun) || FIRM_NOUNS.has(noun) || isOrganisationNoun(noun) || MORE_ORG_NOUNS.has(noun);
}
/** Organisation nouns the shared lists lack ('think tank'). */
const MORE_ORG_NOUNS = new Set(['tank', 'chamber', 'coalition', 'alliance', 'cooperative', 'co-operative', 'consortium', 'guild', 'syndicate']);

/**
 * 'defence and aerospace analyst': when the words before 'and' are no title, but they, 'and' and
 * the lower-case words after it up to the next stop are one, that next stop ends the title.
 */
function joinedModifiers(rest: string, stop: RegExpExecArray): RegExpExecArray | null | undefined {
  if (!/^\s+and$/.test(stop[0])) return undefined;
  const first = rest.slice(0, stop.index).trim();
  if (!/^\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*)?$/u.test(first) || isTitleHead(first)) return undefined;
  const after = stop.index + stop[0].length;
  const next = TITLE_END.exec(rest.slice(after));
  const second = (next ? rest.slice(after, after + next.index) : rest.slice(after)).trim();
  if (!/^\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*){0,2}$/u.test(second) || /^(?:a|an|the|former)\b/.test(second) || second.split(/\s+/).some((w) => PREPOSITION.test(w) || SPEECH_VERBS.has(w) || lexiconTags(w).some((t) => NOT_MODIFIER.has(t) || VERB_TAGS.has(t))) || !isTitleHead(second)) return undefined;
  // null: the title runs to the appositive's end.
  if (!next) return null;
  return Object.assign(next, { index: after + next.index });
}

/**
 * The organisation an owner lead points to past a name that only qualifies it: "of Indonesia's
 * National Border Management Agency" (a possessor), 'at the Prague consultancy Aero Insight' (a
 * place, then a business or organisation noun).
 */
function ownedAfter(text: string, inside: readonly ResolvedMention[], named: ResolvedMention): ResolvedMention | undefined {
  const next = inside.find((x) => x.start >= named.end && x.kind === 'ORGANIZATION');
  if (!next || next.key === named.key) return undefined;
  const gap = text.slice(named.end, next.start);
  if (/^['’]s?[ \t]+$/.test(gap)) return next;
  const words = /^[ \t]+((?:\p{Ll}+[ \t]+){1,3})$/u.exec(gap)?.[1]!.trim().split(/\s+/);
  const noun = words?.[words.length - 1];
  // 'the Chisinau think tank Expert-Grup' (v19): any noun describing organisations.
  return named.kind === 'PLACE' && noun && isDescribingNoun(noun) ? next : undefined;
}

/** The word a title is named by: the one before 'of'/'for'/'in' ('professor of epidemiology'), else the last. */
function titleHead(phrase: string): string {
  const words = phrase.toLowerCase().split(/\s+/);
  const head = words.findIndex((w) => HEAD_BEFORE.test(w) || w === 'to');
  return head > 0 ? words[head - 1]! : words[words.length - 1]!;
}

/** False for occupations and playing positions ('sugarcane farmer', 'striker'): no post in an organisation. */
function isPost(title: string, placeOwned = false): boolean {
  return !NOT_POSTS.has(titleHead(title)) && !(NOT_POST_PHRASES.test(title.trim()) && !(placeOwned && COMMUNITY_OFFICE.test(title.trim())));
}
/** 'Neo Chorio community leader X': with the place written before it, the head of a village community holds an office of that place. */
const COMMUNITY_OFFICE = /^community\s+leader$/i;

/**
 * The gazetteer id of the country a demonym names, from world-countries: its English demonym
 * ('Russian'), or, for a demonym the package does not list, the country whose name is the word
 * and '-stan' ('Kazakh' for Kazakhstan, 'Kyrgyz') or whose name and demonym both extend it
 * ('Uzbek': Uzbekistan, Uzbekistani). One country only, never a word that is a country itself.
 */
export function countryOfDemonym(word: string): string | undefined {
  if (!demonymCache.has(word)) demonymCache.set(word, readDemonym(word));
  return demonymCache.get(word);
}

/** countryOfDemonym's answers, one per word (the country scan is slow). */
const demonymCache = new Map<string, string | undefined>();

function readDemonym(word: string): string | undefined {
  const known = lookupDemonym(word);
  if (known?.startsWith('country:')) return known;
  const w = foldSurface(word);
  if (w.length < 4 || w.includes(' ') || lookupGazetteer(word)) return undefined;
  const found = foldedCountries().filter(({ name, demonym }) => name === `${w}stan` || name === `${w}istan` || (w.length >= 5 && name.startsWith(w) && demonym.startsWith(w)));
  return found.length === 1 ? `country:${found[0]!.cca3}` : undefined;
}

/** world-countries' common names and English demonyms, folded once (readDemonym scans them all per new word). */
let folded: { name: string; demonym: string; cca3: string }[] | undefined;
function foldedCountries(): { name: string; demonym: string; cca3: string }[] {
  folded ??= countries.map((c) => ({ name: foldSurface(c.name.common), demonym: foldSurface(c.demonyms?.eng?.m ?? ''), cca3: c.cca3 }));
  return folded;
}

/** The article's mention of the country a demonym names ('Uzbek' -> the entity 'Uzbekistan'), if it names it. */
function countryNamedByDemonym(word: string, mentions: readonly ResolvedMention[]): string | undefined {
  const id = countryOfDemonym(word);
  return id ? mentions.find((m) => m.kind === 'PLACE' && lookupGazetteer(m.surface)?.id === id)?.key : undefined;
}

/** Endings that make an adjective of a place's name: 'Tasmania' + 'n', 'Bavaria' + 'n', 'Ontario' + 'an'. */
const ADJECTIVE_ENDINGS = ['n', 'an', 'ian', 'ese', 'i'];

/**
 * 'Tasmanian Premier', 'Bavarian Interior Minister': an adjective made from the name of a place the
 * article names (a state or province world-countries lists no demonym for) before a government
 * office names that place.
 */
function placeNamedByAdjective(word: string, mentions: readonly ResolvedMention[]): string | undefined {
  if (!/^\p{Lu}\p{Ll}{3,}$/u.test(word) || lookupGazetteer(word)) return undefined;
  return mentions.find((m) => m.kind === 'PLACE' && !/\s/.test(m.surface) && m.surface.length >= 4 && ADJECTIVE_ENDINGS.some((e) => m.surface + e === word))?.key;
}

/** Words after a name that only say what kind of company or club it is: 'Resources', 'S.A.', 'FC', 'HD'. */
function isDesignator(word: string): boolean {
  return /^(?:\p{Lu}\.?){1,3}$/u.test(word) || vocab().orgSuffix(foldSurface(word));
}

/**
 * 'Coral Bay's managing director' in an article about Coral Bay Resources Ltd, 'Ulsan coach'
 * beside Ulsan HD: a leading part of an organisation's name names that organisation. Never a
 * country ('US Army' does not make 'US' an army).
 */
function organisationStartingWith(q: ResolvedMention, mentions: readonly ResolvedMention[]): string | undefined {
  if (lookupGazetteer(q.surface)?.id.startsWith('country:')) return undefined;
  const prefix = `${q.surface} `;
  // A place's name ('Ulsan', 'Sines') extends only by designators ('Sines Municipal Council' is not the town); any other short form by one or two capitalised words ('Northwind' for 'Northwind Minerals').
  const extension = (rest: string[]) => rest.every(isDesignator) || (q.kind !== 'PLACE' && !lookupGazetteer(q.surface) && rest.length <= 2 && rest.every((w) => /^\p{Lu}/u.test(w)));
  return mentions.find((m) => m.kind === 'ORGANIZATION' && m.key !== q.key && m.surface.startsWith(prefix) && extension(m.surface.slice(prefix.length).split(/\s+/)))?.key;
}

/**
 * The owner a possessive names for a post: "Goa's Revenue Minister" is the place's even when the
 * article names 'Goa Police' too; a government office possessed by a place is held for the place (v15).
 */
function possessorOwner(q: ResolvedMention, title: string, mentions: readonly ResolvedMention[]): string {
  return q.kind === 'PLACE' && GOVERNMENT_OFFICE.test(title) ? q.key : (organisationStartingWith(q, mentions) ?? q.key);
}

/**
 * 'Collasuyo's lawyer' in an article about Minera Aurífera Collasuyo: a single word that is the last
 * word of exactly one longer organisation's name (not a word that ends organisation names, as
 * 'Council' or 'Bank', and not a place) names that organisation.
 */
function organisationEndingWith(q: ResolvedMention, mentions: readonly ResolvedMention[]): string | undefined {
  if (q.kind !== 'ORGANIZATION' || /\s/.test(q.surface) || lookupGazetteer(q.surface) || vocab().orgSuffix(foldSurface(q.surface)) || ORG_NOUNS.test(q.surface.toLowerCase()) || PUBLIC_BODY.test(q.surface)) return undefined;
  const suffix = ` ${q.surface}`;
  const keys = new Set(mentions.filter((m) => m.kind === 'ORGANIZATION' && m.key !== q.key && m.surface.endsWith(suffix)).map((m) => m.key));
  return keys.size === 1 ? [...keys][0] : undefined;
}

/**
 * 'Transport for Wales chief executive' where mention detection read only 'Wales': an organisation
 * of two words or more the article names elsewhere, whose name is written right there and ends
 * with the mention read, stands in its place.
 */
function organisationEndingAt(text: string, mentions: readonly ResolvedMention[], q: ResolvedMention): ResolvedMention | undefined {
  const suffix = ` ${q.surface}`;
  let best: ResolvedMention | undefined;
  for (const m of mentions) {
    if (m.kind !== 'ORGANIZATION' || m.key === q.key || !m.surface.endsWith(suffix) || (best && best.surface.length >= m.surface.length)) continue;
    const start = q.end - m.surface.length;
    if (start < 0 || text.slice(start, q.end) !== m.surface || /[\p{L}\p{N}]/u.test(text[start - 1] ?? '')) continue;
    best = { ...m, start, end: q.end };
  }
  return best;
}

/** 'Azerbaijani Energy': a demonym and one capitalised word read as one name. */
const DEMONYM_PORTFOLIO = /^(\p{Lu}\p{Ll}+)[ \t]+(\p{Lu}\p{Ll}+)$/u;
/** 'Transport and ' before a portfolio word. */
const PORTFOLIO_PAIR = /(?:^|[^\p{L}])(\p{Lu}\p{Ll}+)[ \t]+and[ \t]+$/u;
/** Lexicon tags of a person's name. */
const NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Honorific']);

/** A capitalised common word ('Energy', 'Transport'): no name the lexicon or gazetteer knows, no function word. */
function isCommonWord(word: string): boolean {
  const tags = lexiconTags(word.toLowerCase());
  return /^\p{Lu}\p{Ll}+$/u.test(word) && !lookupGazetteer(word) && !countryOfDemonym(word) && !tags.some((t) => NAME_TAGS.has(t) || NOT_MODIFIER.has(t) || /Place|Organization|Country|City/.test(t)) && !NOT_TITLE_OPENER.test(word);
}

/** 'Digital Economy and Society': capitalised common words joined by 'and' (a minister's portfolio), no name the lexicon or gazetteer knows. */
function isPortfolioName(surface: string): boolean {
  const words = surface.split(/\s+/);
  return words.includes('and') && words.length <= 6 && words.every((w) => w === 'and' || isCommonWord(w));
}

/** Lexicon tags of dates: 'Monday', 'January' are no portfolios. */
const DATE_TAGS = new Set(['WeekDay', 'Month', 'Date']);
/** ', ' after a capitalised word, before a portfolio list's next item. */
const LIST_ITEM_BEFORE = /(?:^|[^\p{L}])(\p{Lu}\p{Ll}+),[ \t]+$/u;

/**
 * Where a list of portfolios before 'X and Y Minister' starts: back over ', '-joined capitalised
 * common words ('Agriculture, Fisheries and Food Industry Minister'). A name read over the first item
 * ('Sabah Agriculture') ends the list; a place the article names as its first word owns the post.
 */
function portfolioListStart(text: string, mentions: readonly ResolvedMention[], from: number): { start: number; place?: string } {
  let start = from;
  for (let n = 0; n < 4; n++) {
    const m = LIST_ITEM_BEFORE.exec(text.slice(Math.max(0, start - 30), start));
    if (!m || !isCommonWord(m[1]!) || isTitleHead(m[1]!) || lexiconTags(m[1]!.toLowerCase()).some((t) => DATE_TAGS.has(t))) break;
    const wordEnd = start - m[0].length + m[0].indexOf(m[1]!) + m[1]!.length;
    const wordStart = wordEnd - m[1]!.length;
    // 'on Monday, Industry and Trade Minister': a word after a preposition is no list item.
    if (PREPOSITION.test(/(\p{Ll}+)[ \t]+$/u.exec(text.slice(Math.max(0, wordStart - 12), wordStart))?.[1] ?? '')) break;
    const covering = mentions.find((x) => x.start < wordEnd && x.end > wordStart);
    if (covering) {
      const lead = covering.kind === 'ORGANIZATION' && covering.end === wordEnd ? text.slice(covering.start, wordStart).trim() : '';
      if (!lead || /\s/.test(lead)) break;
      start = wordStart;
      return { start, place: mentions.find((x) => x.kind === 'PLACE' && x.surface === lead)?.key };
    }
    start = wordStart;
  }
  return { start };
}

/** 'Deputy Minister of Economy and Sustainable Development Tamar Gvinianidze': a title run on into a name the lexicon knows after its head. */
function swallowsName(title: string): boolean {
  const words = title.split(/\s+/);
  const head = words.findIndex((w) => HEAD_BEFORE.test(w));
  return head > 0 && words.slice(head + 1).some((w) => /^\p{Lu}/u.test(w) && lexiconTags(w.toLowerCase()).some((t) => NAME_TAGS.has(t) && t !== 'Honorific'));
}

/**
 * 'ADEX agribusiness manager X' where mention detection read no name before the title: a single
 * capitalised word that the article names alone as an organisation elsewhere stands for it.
 */
function organisationWordBefore(text: string, mentions: readonly ResolvedMention[], at: number): ResolvedMention | undefined {
  const m = /(?:^|[^\p{L}.'’-])(\p{Lu}[\p{L}-]+)[ \t]+$/u.exec(text.slice(Math.max(0, at - 30), at));
  if (!m) return undefined;
  const end = at - m[0].length + m[0].indexOf(m[1]!) + m[1]!.length;
  const start = end - m[1]!.length;
  if (mentions.some((x) => x.start < end && x.end > start)) return undefined;
  const named = mentions.find((x) => x.kind === 'ORGANIZATION' && x.surface === m[1]) ?? bracketedAcronymOf(text, mentions, m[1]!, start);
  return named ? { ...named, start, end } : undefined;
}

/** An acronym written in brackets right after an organisation named before ('The Rowing Federation (ORF) said'): that organisation, whatever the letters (round 32b). */
function bracketedAcronymOf(text: string, mentions: readonly ResolvedMention[], word: string, before: number): ResolvedMention | undefined {
  if (!/^\p{Lu}{2,}$/u.test(word)) return undefined;
  const at = text.lastIndexOf(`(${word})`, before);
  if (at < 0) return undefined;
  return mentions.find((x) => x.kind === 'ORGANIZATION' && x.end <= at && /^[ \t]*$/.test(text.slice(x.end, at)));
}

/** Posts in a team: a place or a word of a club's name before them means the club ('Apia coach', 'Falcons head coach'). */
const TEAM_POST = /\b(?:coach|manager|captain|club president)$/i;

/** 'Apia coach' beside Apia Tautai, 'Falcons head coach' beside Dnipro Falcons: the one club whose name holds the word. */
function clubNamedBy(q: ResolvedMention, mentions: readonly ResolvedMention[]): string | undefined {
  if (/\s/.test(q.surface) || lookupGazetteer(q.surface)?.id.startsWith('country:')) return undefined;
  const keys = new Set(mentions.filter((m) => m.kind === 'ORGANIZATION' && m.key !== q.key && m.surface.split(/\s+/).length > 1 && m.surface.split(/\s+/).includes(q.surface)).map((m) => m.key));
  return keys.size === 1 ? [...keys][0] : undefined;
}

/** The organisation named most often before `at` (the latest on a tie): whom 'the company' means in an article about it. */
function mostNamedOrganisation(mentions: readonly ResolvedMention[], at: number, fits: (m: ResolvedMention) => boolean = () => true): string | undefined {
  const counts = new Map<string, number>();
  for (const m of mentions) if (m.end <= at && m.kind === 'ORGANIZATION' && fits(m)) counts.set(m.key, (counts.get(m.key) ?? 0) + 1);
  let best: string | undefined;
  for (const m of mentions) if (m.end <= at && counts.has(m.key) && counts.get(m.key)! >= (counts.get(best ?? '') ?? 0)) best = m.key;
  return best;
}

/** Words of a public body's name: 'the company' is never the Data Protection Commission. */
const PUBLIC_BODY = /\b(?:commission|ministry|council|court|authority|agency|department|government|parliament|police|office|committee|tribunal|assembly|senate|regulator|bureau|directorate|inspectorate)\b/i;
/** Words of a name that is no business's: 'the company' is never the Growers Association or the Securities Exchange. */
const NOT_BUSINESS = /\b(?:association|organi[sz]ation|society|foundation|institute|university|college|exchange|federation|union|church|school|hospital|museum|party|club|academy)\b/i;
/** British and American spellings of an organisation noun: 'the centre's' names the 'X Center' (v21). */
const SPELLING_VARIANT = new Map([['centre', 'center'], ['center', 'centre'], ['theatre', 'theater'], ['theater', 'theatre'], ['programme', 'program'], ['program', 'programme'], ['defence', 'defense'], ['defense', 'defence']]);
/** Sites with staff that news may name as places: 'the park's director', 'the reserve's warden' (v21). */
const SITE_NOUNS = /^(?:park|reserve|sanctuary|zoo|airport|port|harbour|harbor|museum|garden|gardens|observatory)$/;
/** Words in the names of public utilities: 'the utility's general manager' after the Majuro Water and Sewer Company (v22). */
const UTILITY_NAME_WORDS = /^(?:utility|utilities|water|sewer|sewerage|power|electricity|electric|energy|gas)$/;
/** Nouns that mean a business. */
const BUSINESS_NOUNS = /^(?:company|firm)$/;

/**
 * Whom 'the council's' or 'the town's' means: the organisation named before with that word in
 * its name ('Council of Atacameño Peoples'), else for a generic organisation noun the one named
 * most; for a place noun the place named last ('the town' after 'in La Castellana').
 */
function describedOwner(noun: string, mentions: readonly ResolvedMention[], at: number, text: string): string | undefined {
  // "the branch's chief" after 'The Geneva branch of the Alpine Guides' Union': the body a unit was named as a part of (round 29b).
  if (UNIT_NOUNS.test(noun)) {
    const unitOf = new RegExp(`\\b${noun}[ \\t]+of[ \\t]+(?:the[ \\t]+)?$`, 'i');
    for (let i = mentions.length - 1; i >= 0; i--) {
      const m = mentions[i]!;
      if (m.end <= at && m.kind === 'ORGANIZATION' && unitOf.test(text.slice(Math.max(0, m.start - noun.length - 10), m.start))) return m.key;
    }
  }
  if (PLACE_NOUNS.test(noun)) {
    const countryOnly = noun === 'country';
    // 'the state' after 'Lagos State': the place named with that word.
    if (!countryOnly) {
      // The one named most often (the latest on a tie): 'Lagos State' over a 'Kebbi State' named once.
      const counts = new Map<string, number>();
      let best: string | undefined;
      for (const m of mentions) {
        if (m.end > at || m.kind !== 'PLACE' || !foldSurface(m.surface).split(' ').slice(1).includes(noun)) continue;
        counts.set(m.key, (counts.get(m.key) ?? 0) + 1);
        if (counts.get(m.key)! >= (counts.get(best ?? '') ?? 0)) best = m.key;
      }
      if (best) return best;
    }
    // 'the city's director' after 'Salthill Road Upper' and 'Galway': a town the gazetteer knows before a street or district it does not.
    const town = /^(?:city|town|village|municipality)$/.test(noun) ? [...mentions].reverse().find((m) => m.end <= at && m.kind === 'PLACE' && lookupGazetteer(m.surface)?.id.startsWith('city:')) : undefined;
    // 'the province's health chief' in an article about Sabaragamuwa that names Kegalle last: a region the article names most, when it names it more than once.
    const region = !countryOnly && REGION_NOUNS.test(noun) ? mostNamedPlace(mentions, at) : undefined;
    return town?.key ?? region ?? [...mentions].reverse().find((m) => m.end <= at && m.kind === 'PLACE' && (!countryOnly || lookupGazetteer(m.surface)?.id.startsWith('country:')))?.key;
  }
  // Of several with that word ('Verhaegen Museum of Asian Art', then 'National Museum of Cambodia'), the one named most, the first on a tie: the article's own.
  // "the group's chairperson" after 'Friends of Anse Kerlan, a group of residents': an appositive named it with the noun (v14).
  if (/^\p{Ll}{3,}$/u.test(noun) && !PLACE_NOUNS.test(noun)) {
    const defined = definedByAppositive(text, mentions, noun, at);
    if (defined) return defined;
  }
  const counts = new Map<string, number>();
  // A photo caption ('[Photo] A team from the Ministry of X ...') is page furniture, no part of the story's narrative (v20).
  // 'the centre's head' after 'Bophana Resource Center': either spelling of the noun (v21).
  const spelt = SPELLING_VARIANT.get(noun);
  // "the park's director" after 'Kestrel National Park': a site named as a place that has staff, one whose name ends in the noun (v21).
  const site = SITE_NOUNS.test(noun);
  for (const m of mentions) {
    if (m.end > at || inCaptionLine(text, m.start)) continue;
    const words = m.kind === 'ORGANIZATION' || (site && m.kind === 'PLACE') ? foldSurface(m.surface).split(' ') : undefined;
    if (!words || (m.kind === 'PLACE' && words.length < 2)) continue;
    if (m.kind === 'PLACE' ? words[words.length - 1] === noun : words.some((w) => w === noun || w === `${noun}s` || (spelt !== undefined && (w === spelt || w === `${spelt}s`)) || (noun === 'utility' && UTILITY_NAME_WORDS.test(w)))) counts.set(m.key, (counts.get(m.key) ?? 0) + 1);
  }
  let best: string | undefined;
  for (const [key, n] of counts) if (n > (counts.get(best ?? '') ?? 0)) best = key;
  // "The ministry's chief veterinary officer" right after 'The Ministry of Agriculture ... said', in an article naming the Ministry of Health as often: on a tie
  // between public bodies, the one named last (v20). 'the company' or 'the museum' stays the article's own, named first.
  if (best !== undefined && counts.size > 1 && PUBLIC_BODY_NOUNS.test(noun)) {
    const top = counts.get(best)!;
    for (let i = mentions.length - 1; i >= 0; i--) {
      const m = mentions[i]!;
      if (m.end <= at && counts.get(m.key) === top && !inCaptionLine(text, m.start)) {
        best = m.key;
        break;
      }
    }
  }
  // 'ICMBio said its agents ... The agency's coordinator': with no name holding the noun, the one organisation the sentence before (or this one) names.
  // Only for a public body: 'the company' or 'the group' is the article's own business, named most.
  const recent = best || !PUBLIC_BODY_NOUNS.test(noun) ? undefined : recentOrganisation(mentions, at);
  const named = best ? { key: best } : recent ? { key: recent } : undefined;
  // 'Kadri Vahtra, the company's founder' in an article naming the regulator more often: a business, no public body.
  // 'according to the firm's procurement manager' in an article naming a research organisation and an exchange more often: neither is a firm.
  const publicBodies = BUSINESS_NOUNS.test(noun) ? new Set(mentions.filter((m) => m.kind === 'ORGANIZATION' && (PUBLIC_BODY.test(m.surface) || NOT_BUSINESS.test(m.surface))).map((m) => m.key)) : undefined;
  const fits = publicBodies ? (m: ResolvedMention) => !publicBodies.has(m.key) : undefined;
  return named?.key ?? (ORG_NOUNS.test(noun) ? mostNamedOrganisation(mentions, at, fits) : undefined);
}

/** A line opening with a bracketed media label: '[Photo] ...', '[Image] ...', '[Video]'. */
const CAPTION_LINE = /^[ \t]*\[(?:Photo|Image|Picture|Video|Caption|Graphic|Illustration|Foto)[^\]\n]{0,20}\]/i;

/** True when `at` lies on a caption line. */
function inCaptionLine(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  return CAPTION_LINE.test(text.slice(lineStart, lineStart + 40));
}

/** Place nouns for a region above a town: 'the province', 'the region'. */
const REGION_NOUNS = /^(?:province|region|state|county|district)$/;

/** The place other than a country named most often before `at` (at least twice; on a tie the one named first: the article's own). */
function mostNamedPlace(mentions: readonly ResolvedMention[], at: number): string | undefined {
  // Map order is first-mention order, so a strict '>' keeps the earliest on a tie.
  const counts = new Map<string, number>();
  for (const m of mentions) if (m.end <= at && m.kind === 'PLACE' && !lookupGazetteer(m.surface)?.id.startsWith('country:')) counts.set(m.key, (counts.get(m.key) ?? 0) + 1);
  let best: string | undefined;
  let top = 1;
  for (const [key, n] of counts) if (n > top) [best, top] = [key, n];
  return best;
}

/** Nouns for a public body: 'the agency', 'the ministry'. */
const PUBLIC_BODY_NOUNS = /^(?:agency|ministry|department|council|authority|regulator|commission)$/;

/** The one organisation named in the sentence before `at` and this one up to `at`, if only one is. */
function recentOrganisation(mentions: readonly ResolvedMention[], at: number): string | undefined {
  const here = mentions.find((x) => x.start >= at)?.sentence;
  if (here === undefined) return undefined;
  const keys = new Set(mentions.filter((x) => x.end <= at && x.kind === 'ORGANIZATION' && x.sentence >= here - 1).map((x) => x.key));
  return keys.size === 1 ? [...keys][0] : undefined;
}

/** "Porto's Nigerian midfielder": a possessive, then the player's nationality, then the title. */
function isNationalityGap(gap: string): boolean {
  const m = /^['’]s[ \t]+(\p{Lu}\p{Ll}+)[ \t]+$/u.exec(gap);
  return m !== null && lookupDemonym(m[1]!) !== undefined;
}

/** 'Turkish striker', 'Spanish lawyer': a nationality before a title in an appositive is no part of it. */
function withoutNationality(title: string): string {
  const m = /^(\p{Lu}\p{Ll}+)\s+(?=\p{Ll})/u.exec(title);
  return m && lookupDemonym(m[1]!) ? title.slice(m[0].length) : title;
}

/** Tidies a title as written: 'Secretary of State', 'spokesman'. */
function titleText(raw: string): string {
  return raw.replace(/\s+/g, ' ').trim();
}

/** The name right before a title: 'Kremlin spokesman', 'Syria’s UN Ambassador', 'Porto's Nigerian coach' (a person too: 'Kerry's spokesman'). */
function mentionBeforeTitle(text: string, mentions: readonly ResolvedMention[], at: number): ResolvedMention | undefined {
  // 'Consumers Association of Singapore (Case) president X': the acronym in brackets after the name stands for it.
  return [...mentions].reverse().find((m) => m.end <= at && (QUALIFIER_GAP.test(text.slice(m.end, at)) || isNationalityGap(text.slice(m.end, at)) || (m.kind === 'ORGANIZATION' && text[m.start - 1] === '(' && /^\)[ \t]+$/.test(text.slice(m.end, at)))));
}

/**
 * "Azerbaijan's deputy transport minister": an organisation or place with a possessive, then
 * lower-case words that qualify the title (no function words, no verbs). Returns the owner and
 * where the title starts.
 */
function possessedModifiers(text: string, mentions: readonly ResolvedMention[], at: number): [ResolvedMention, number] | undefined {
  const m = /['’]s[ \t]+((?:\p{Ll}[\p{Ll}-]*[ \t]+){1,3})$/u.exec(text.slice(Math.max(0, at - 60), at));
  if (!m) return undefined;
  const words = m[1]!.trim().split(/\s+/);
  if (words.some((w) => PREPOSITION.test(w) || SPEECH_VERBS.has(w) || lexiconTags(w).some((t) => NOT_MODIFIER.has(t)))) return undefined;
  const ownerEnd = at - m[0].length;
  const owner = mentions.find((x) => x.end === ownerEnd && x.kind !== 'PERSON');
  return owner ? [owner, at - m[1]!.length] : undefined;
}

/**
 * 'Health Secretary', 'Finance Director': a single unknown capitalised word that opens a title of
 * the curated table ('health minister', 'finance director') qualifies the post, it names no
 * organisation.
 */
function isTitleModifier(text: string, q: ResolvedMention, at: number): boolean {
  if (!/^[ \t]+$/.test(text.slice(q.end, at)) || /\s/.test(q.surface) || lookupGazetteer(q.surface)) return false;
  const word = foldSurface(q.surface);
  // 'Federal Chancellor', 'State Governor': a capitalised level of government opens the title, it names no place (v16).
  return vocab().titles.some((t) => t.length > 1 && t[0] === word) || (/^\p{Lu}\p{Ll}+$/u.test(q.surface) && GOVERNMENT_LEVEL.test(word));
}

/** A lower-case government office a portfolio word may open: 'secretary', 'minister', 'commissioner' (v26). */
const PORTFOLIO_OFFICE = /^(?:secretary|minister|commissioner|undersecretary)$/;
/** Where a sentence opens: the text start, after a sentence end, or a new line. */
const SENTENCE_OPENING = /(?:^|[.!?]["”’]?[ \t]+|\n[ \t]*)$/;
/** A union named by the kind of its members: 'trade union', 'labour union', 'student union' (general compounds). */
const UNION_COMPOUND = /^(?:trade|labour|labor|student|teachers|workers)[ \t]union$/;


/**
 * 'Finance chief X', 'Freight analyst X' opening a sentence: the capitalised word before the title
 * is a portfolio, no organisation, when a curated title opens with it ('finance director') or the
 * article writes it in lower case elsewhere. Only a single word the gazetteer does not know.
 */
function isPortfolioOpener(text: string, word: string, at: number, title?: string): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(word) || lookupGazetteer(word) || NOT_TITLE_OPENER.test(word) || !SENTENCE_OPENING.test(text.slice(Math.max(0, at - 4), at))) return false;
  // 'Culture secretary X', 'Electoral commissioner Y': a common word (no name, place or function word) opening the sentence before a
  // lower-case government office names its portfolio, no organisation (v26).
  if (title !== undefined && PORTFOLIO_OFFICE.test(title) && isCommonWord(word)) return true;
  const w = foldSurface(word);
  // 'Regional governor X', 'Provincial commissioner Y': a level of government opening the sentence before a lower-case post is the title's (round 32).
  if (title !== undefined && /^\p{Ll}/u.test(title) && GOVERNMENT_LEVEL.test(w)) return true;
  // 'Public prosecutor X', 'Senior counsel X': an adjective the lexicon knows qualifies the post (v22).
  return vocab().titles.some((t) => t.length > 1 && t[0] === w) || writtenInLowerCase(text, word) || lexiconTags(w).includes('Adjective');
}

function lastOrganisationBefore(mentions: readonly ResolvedMention[], at: number, kinds: readonly string[] = ['ORGANIZATION']): ResolvedMention | undefined {
  return [...mentions].reverse().find((x) => x.end <= at && kinds.includes(x.kind));
}

/** Before a name: it sits in a prepositional phrase ('Under CAS rules', 'to the Supreme Court'), not in subject position. */
const AFTER_PREPOSITION = /\b(?:in|at|to|for|of|from|with|under|by|on|into|against|before|after|via)\s+(?:the\s+)?$/i;

/** 'according to (the) ' right before a name. */
const ACCORDING_TO = /\baccording\s+to\s+(?:the\s+)?$/i;

/**
 * Whom 'Its' means: the organisation named last outside a prepositional phrase ('WADA has 30
 * days ... Under CAS rules, ... Its general counsel' is WADA's), else the one named last.
 */
function lastSubjectOrganisation(text: string, mentions: readonly ResolvedMention[], at: number): string | undefined {
  // 'NHP, a joint venture between Namcor and ..., has signed ..., its managing director X told Y': the organisation opening the sentence.
  const opener = sentenceOpener(text, mentions, at);
  if (opener) return opener;
  // 'At Burao Regional Hospital, the ward was full, said its medical director': a fronted place phrase naming an organisation sets the scene for 'its' later in that sentence (v18).
  const fronted = frontedOrganisation(text, mentions, at);
  if (fronted) return fronted;
  // '..., according to the Solomon Islands Red Cross. Its secretary general': the source a statement is attributed to is no mere prepositional phrase.
  // '... "will be the first thing New Centre asks her to drop." Its chief commentator': a name inside a quotation is no subject of the narrative.
  // 'belongs to the Flor de Dalia cooperative, a group of ... Its manager': a name with an organisation noun after it heads its phrase, unlike 'Under CAS rules' (v18).
  // 'which runs the UNESCO-listed town': a name inside a hyphenated modifier is no subject either (round 29b).
  const subject = [...mentions].reverse().find((x) => x.end <= at && x.kind === 'ORGANIZATION' && text[x.end] !== '-' && (!AFTER_PREPOSITION.test(text.slice(Math.max(0, x.start - 12), x.start)) || ACCORDING_TO.test(text.slice(Math.max(0, x.start - 20), x.start)) || headsItsPhrase(text, x) || PASSIVE_AGENT.test(text.slice(Math.max(0, x.start - 40), x.start))) && !insideQuotation(text, x.start));
  const found = subject ?? lastOrganisationBefore(mentions, at);
  // 'The GPHA, for its part, has informed the Union that ... Its Director of Human Resources': 'Its' opening a sentence means the subject the sentence before opens with, not an object named after it (v30).
  const previous = found ? previousSentenceSubject(text, mentions, at) : undefined;
  const object = previous && found && found.start > previous.end && found.end <= at ? OBJECT_BEFORE.exec(text.slice(Math.max(0, found.start - 30), found.start)) : null;
  const chosen = previous && object && !PREPOSITION.test(object[1]!) ? previous : found;
  return chosen ? (bracketedName(text, mentions, chosen) ?? chosen).key : undefined;
}

/** A lower-case word (a verb) right before an object ('has informed the Union'). */
const OBJECT_BEFORE = /(?:^|[^\p{L}])(\p{Ll}+)[ \t]+(?:the[ \t]+)?$/u;

/** After 'Its'/'Their' opening the sentence holding `at`: the organisation opening the sentence before ('The' allowed), as its subject (a comma or a lower-case word after it). */
function previousSentenceSubject(text: string, mentions: readonly ResolvedMention[], at: number): ResolvedMention | undefined {
  const here = sentenceStart(text, at);
  if (here <= 0 || !/^(?:Its|Their)[ \t]/.test(text.slice(here, at))) return undefined;
  const prev = sentenceStart(text, here - 1);
  if (prev < 0) return undefined;
  const from = prev + (/^The[ \t]+/.exec(text.slice(prev, here))?.[0].length ?? 0);
  const first = mentions.find((x) => x.start === from && x.kind === 'ORGANIZATION');
  return first && /^(?:[ \t]+\([^()\n]{1,40}\))?(?:,|[ \t]+\p{Ll})/u.test(text.slice(first.end, first.end + 50)) ? first : undefined;
}

/** 'was won by ' before a name: the agent of a passive is the clause's logical subject (v18 'was won by X Canoe Club ... Its captain'). */
const PASSIVE_AGENT = /\b(?:was|were|is|are|be|been|being)[ \t]+(?:\p{Ll}+[ \t]+)?\p{Ll}+[ \t]+by[ \t]+(?:the[ \t]+)?$/u;

/** 'the Flor de Dalia cooperative': after a name, an organisation noun it is the name of. */
const ORG_NOUN_AFTER = /^[ \t]+(\p{Ll}+)\b/u;

/** True when an organisation's name is followed by a noun saying what it is ('the X cooperative', 'the X group'): the phrase is about the organisation. */
function headsItsPhrase(text: string, x: ResolvedMention): boolean {
  const noun = ORG_NOUN_AFTER.exec(text.slice(x.end, x.end + 24))?.[1];
  return noun !== undefined && /^the\s+$/i.test(text.slice(Math.max(0, x.start - 4), x.start)) && isDescribingNoun(noun);
}

/** 'At Burao Regional Hospital, ..., said its medical director': the organisation a fronted 'At'/'In' phrase names, when `at` lies later in that sentence. */
function frontedOrganisation(text: string, mentions: readonly ResolvedMention[], at: number): string | undefined {
  const start = sentenceStart(text, at);
  if (start < 0) return undefined;
  const lead = /^(?:At|In|Inside)[ \t]+(?:the[ \t]+)?/.exec(text.slice(start, start + 12));
  if (!lead) return undefined;
  const first = mentions.find((x) => x.start === start + lead[0].length);
  return first && first.kind === 'ORGANIZATION' && first.end < at && /^,[ \t]/.test(text.slice(first.end, first.end + 2)) && !insideQuotation(text, at) ? first.key : undefined;
}

/** True when `at` lies inside a quotation opened earlier in its paragraph (an odd number of straight quotes, or a curly one left open). */
function insideQuotation(text: string, at: number): boolean {
  const paragraph = text.slice(text.lastIndexOf('\n', at) + 1, at);
  return paragraph.lastIndexOf('“') > paragraph.lastIndexOf('”') || (paragraph.split('"').length - 1) % 2 === 1;
}

/** ' and its ' right before a title. */
const AND_ITS = /^[ \t]+(?:and|with)[ \t]+(?:its|their)[ \t]+$/i;

/** 'found Akamas Horizon Developments Ltd and its director, X guilty': the organisation joined to the title by 'and its' owns it. */
function conjoinedOwner(text: string, mentions: readonly ResolvedMention[], at: number): string | undefined {
  const before = lastOrganisationBefore(mentions, at);
  return before && AND_ITS.test(text.slice(before.end, at)) ? before.key : undefined;
}

/** 'The Rwanda Meteorology Agency (Meteo Rwanda)': for a short name in brackets, the organisation named right before it. */
function bracketedName(text: string, mentions: readonly ResolvedMention[], short: ResolvedMention): ResolvedMention | undefined {
  if (text[short.start - 1] !== '(' || text[short.end] !== ')') return undefined;
  return mentions.find((x) => x.kind === 'ORGANIZATION' && x.end < short.start && /^[ \t]*\($/.test(text.slice(x.end, short.start)));
}

/** Where the sentence holding `at` opens: after a sentence end or a line break (at most 400 characters back). */
const SENTENCE_BREAK = /(?:[.!?]["”’]?[ \t]+|\n[ \t]*)(?=["“*]*\p{Lu})/gu;

/** Where the sentence holding `at` opens (opening quotes and emphasis skipped), or -1 when it opens more than 400 characters back. */
function sentenceStart(text: string, at: number): number {
  const from = Math.max(0, at - 400);
  let start = from === 0 ? 0 : -1;
  for (const m of text.slice(from, at).matchAll(SENTENCE_BREAK)) start = from + m.index! + m[0].length;
  if (start < 0) return -1;
  return start + /^["“*]*/.exec(text.slice(start))![0].length;
}

/** The organisation a sentence opens with, when `at` lies later in that sentence (not at its opening). */
function sentenceOpener(text: string, mentions: readonly ResolvedMention[], at: number): string | undefined {
  const start = sentenceStart(text, at);
  if (start < 0 || at - start < 8) return undefined;
  const first = mentions.find((x) => x.start === start);
  return first?.kind === 'ORGANIZATION' && first.end < at ? first.key : undefined;
}

/** 'spokesman for the fire department': the organisation named before whose name ends with the description's noun. */
function describedOrganisation(mentions: readonly ResolvedMention[], at: number, description: string): string | undefined {
  const noun = description.trim().split(/\s+/).pop()?.toLowerCase() ?? '';
  const before = [...mentions].reverse().filter((x) => x.end <= at && x.kind === 'ORGANIZATION');
  // "the prosecutor's office": the organisation whose name ends with the whole description, before one ending with its noun.
  const whole = description.trim().toLowerCase().replace(/\s+/g, ' ');
  // 'a senior meteorologist at the bureau' after 'Bureau of Meteorology': else one with the noun as a word of its name.
  const named = (/\s/.test(whole) ? before.find((x) => x.surface.toLowerCase().endsWith(whole)) : undefined) ?? before.find((x) => x.surface.toLowerCase().endsWith(noun)) ?? (noun.length > 3 && !PLACE_NOUNS.test(noun) ? before.find((x) => x.surface.toLowerCase().split(/\s+/).includes(noun)) : undefined);
  // 'a water specialist at the group': a generic noun means the organisation named last.
  return named?.key ?? (ORG_NOUNS.test(noun) ? lastOrganisationBefore(mentions, at)?.key : undefined);
}

/**
 * Roles from the appositive after a name: 'John Kirby, the State Department spokesman',
 * 'Ingrid Halvorsen, a professor of epidemiology at the University of Bergen', 'Dmitry Peskov,
 * Russian President Vladimir Putin's spokesperson' (a person's title names no organisation),
 * 'Aleksandr Vetrov, Lumora’s founder and chief executive' (two roles).
 */
function appositiveRoles(text: string, mentions: readonly ResolvedMention[], person: ResolvedMention): ExtractedRole[] {
  // 'Darius M., a department manager': a name ending in an initial keeps its period outside the mention.
  const dot = text[person.end] === '.' && INITIAL_END.test(person.surface) ? 1 : 0;
  // '**Jiří Dvořák**, Chairman of the Board': Markdown emphasis closing the name; 'X, 47, of Żabbar, director of Y': an age and a home town before the post.
  const skip = person.end + dot + (APPOSITIVE_SKIP.exec(text.slice(person.end + dot, person.end + dot + 60))?.[0].length ?? 0);
  const open = APPOSITIVE.exec(text.slice(skip, skip + 10));
  if (!open) return [];
  const from = skip + open[0].length;
  // 'Sorvik, 51, was previously ...': after an age or a home town a verb goes on with the sentence, no appositive.
  const next = /^\p{Ll}+/u.exec(text.slice(from, from + 30))?.[0];
  // ', 52, managing director of X': a word a curated title opens with is the title's (v15).
  if (skip > person.end + dot + 3 && next && open[0].trim() === ',' && (SPEECH_VERBS.has(next) || lexiconTags(next).some((t) => VERB_TAGS.has(t))) && !vocab().titles.some((t) => t.length > 1 && t[0] === next)) return [];
  const clauseText = /^[^,.;:()“”"]*/.exec(text.slice(from, from + MAX_APPOSITIVE))![0];
  const clause = { start: from, end: from + clauseText.length };
  // 'managing director of Tisza Foods Zrt., said': a name's abbreviation period does not end the appositive.
  const dotted = text[clause.end] === '.' ? mentions.find((x) => x.start >= from && x.start < clause.end && x.end === clause.end + 1) : undefined;
  if (dotted) clause.end = dotted.end + /^[^,.;:()“”"]*/.exec(text.slice(dotted.end, from + MAX_APPOSITIVE))![0].length;
  // 'managing director of Maluti Civils (Pty) Ltd': a bracket inside a name read whole does not end the appositive (v15).
  const bracketed = !dotted && text[clause.end] === '(' ? mentions.find((x) => x.start >= from && x.start < clause.end && x.end > clause.end && x.end <= from + MAX_APPOSITIVE) : undefined;
  if (bracketed) clause.end = bracketed.end + /^[^,.;:()“”"]*/.exec(text.slice(bracketed.end, from + MAX_APPOSITIVE))![0].length;
  // 'author: Daniela Iordache, editor: Mihai Stan': a label before a colon introduces the name after it, it describes none before it
  // ('X, Saprissa coach:' closing a line before a quote still does).
  const colon = text[clause.end] === ':' ? /^:[ \t]+/.exec(text.slice(clause.end, clause.end + 4)) : null;
  if (colon && mentions.some((x) => x.start === clause.end + colon[0].length && x.kind === 'PERSON')) return [];
  const release = pressReleasePost(text, mentions, person, clause);
  if (release) return [release];
  const inside = mentions.filter((x) => x.start >= clause.start && x.end <= clause.end);
  let at = from;
  let organization: string | undefined;
  // The possessor opens the appositive ("Lumora’s founder", "Russian President Vladimir Putin's spokesperson"), not a clause ('who stood beside Azerbaijan's minister').
  // 'who resigned as Ferrosul's chief executive': a post named after 'as' in a relative clause.
  // "the Falcons' coach": a plural possessive drops the 's'.
  const possessive = (x: ResolvedMention) => /^['’]s\s/.test(text.slice(x.end, x.end + 3)) || (/s$/.test(x.surface) && /^['’]\s/.test(text.slice(x.end, x.end + 2)));
  const possessor = [...inside].reverse().find((x) => possessive(x) && /^(?:who\s+(?:\p{Ll}+\s+){1,3}as\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+)*$/u.test(text.slice(from, x.start)));
  const leading = inside.find((x) => /^(?:\p{Lu}\p{Ll}+\s+)?$/u.test(text.slice(from, x.start)));
  if (possessor) {
    // 'Coral Bay's managing director' names Coral Bay Resources; "Putin's spokesperson" names none.
    at = possessor.end + /^['’]s?\s+/.exec(text.slice(possessor.end))![0].length;
    const club = /^(?:head\s+|assistant\s+)?(?:coach|manager|captain)\b/.test(text.slice(at, clause.end)) ? clubNamedBy(possessor, mentions) : undefined;
    organization = organisationStartingWith(possessor, mentions) ?? club ?? (possessor.kind !== 'PERSON' ? possessor.key : undefined);
  } else if (leading && acronymOpening(leading, mentions)) {
    // 'IFC Country Manager for Côte d'Ivoire' read as one name: the acronym the article names is the organisation, the rest opens the title.
    const [acronym, owner] = acronymOpening(leading, mentions)!;
    organization = owner;
    at = leading.start + acronym.length + (/^\s+/.exec(text.slice(leading.start + acronym.length))?.[0].length ?? 0);
  } else if (leading) {
    const opened = organisationStartingWith(leading, mentions);
    if (leading.kind === 'PERSON' && !opened) return [];
    organization = opened ?? leading.key;
    at = leading.end + (/^\s+/.exec(text.slice(leading.end))?.[0].length ?? 0);
  } else {
    // "X, the NCCR's operations coordinator": an organisation the article names elsewhere, with a possessive where no mention was read (v17).
    const unread = unreadPossessor(text, mentions, from, clause.end);
    if (unread) [organization, at] = unread;
  }
  // 'Alexis McGill Johnson, the group's president', 'X, the town's disaster officer': the organisation or place meant is one named before.
  const owned = /^(\p{Ll}+)['’]s\s+/u.exec(text.slice(at, clause.end));
  if (owned) {
    at += owned[0].length;
    if (!organization) organization = describedOwner(owned[1]!, mentions, person.start, text);
  }
  at += TITLE_PREFIX.exec(text.slice(at, clause.end))?.[0].length ?? 0;
  const rest = text.slice(at, clause.end);
  // ', who cut the ribbon', ', and headed the winner': a clause, no appositive.
  if (/^(?:who|which|whose|and|but|or)\b/.test(rest)) return [];
  // "The shop's owner, X, told The Sound that ...": a speech verb after the name's closing comma is the sentence's verb; a title holds none (v18).
  if (SPEECH_VERBS.has(/^\p{Ll}+/u.exec(rest)?.[0] ?? '')) return [];
  // 'The Speaker, X, ordered the member for Y out': a past-tense verb after the name's closing comma goes on with the sentence (v15).
  const verb = /^(\p{Ll}+)\s+(?:the|a|an|his|her|their|its)\s/u.exec(rest)?.[1];
  if (verb && !isTitleHead(verb) && lexiconTags(verb).includes('PastTense')) return [];
  // ', from a Bangkok dealer in 1974': a prepositional phrase, no appositive.
  if (/^(?:from|to|in|at|on|with|by|for|of|after|before|during|near|outside|inside)\s/.test(rest)) return [];
  let firstStop = TITLE_END.exec(rest);
  // 'Associate Professor of Transport Engineering at UAE University': a field after 'of' that names nothing stays in the title; 'at' names the organisation (v15).
  const field = firstStop && /^\s+of\s+$/.test(firstStop[0]) ? FIELD_BEFORE_AT.exec(rest.slice(firstStop.index + firstStop[0].length)) : null;
  const fieldAt = field && firstStop ? at + firstStop.index + firstStop[0].length : -1;
  if (field && firstStop && !mentions.some((x) => x.start < fieldAt + field[1]!.length && x.end > fieldAt) && mentions.some((x) => x.start === fieldAt + field[0].length && x.kind === 'ORGANIZATION')) {
    const after = fieldAt - at + field[1]!.length;
    const atStop = TITLE_END.exec(rest.slice(after));
    if (atStop) firstStop = Object.assign(atStop, { index: after + atStop.index });
  }
  // 'the regional secretary for economy and transport': two lower-case portfolios joined by 'and' after 'for' or 'of' are one title's (v22).
  // 'councillor for local government and town planning': each portfolio may run to two or three lower-case words, a noun in -ing among them ('housing', 'planning') (round 29b).
  const before = firstStop && /^\s+and$/.test(firstStop[0]) ? /\s(?:for|of)\s+((?:\p{Ll}+\s+){0,2}\p{Ll}+)$/u.exec(rest.slice(0, firstStop.index)) : null;
  if (firstStop && before && before[1]!.split(/\s+/).every((w) => !PREPOSITION.test(w) && !isTitleHead(w) && !lexiconTags(w).some((t) => NOT_MODIFIER.has(t) && t !== 'Gerund'))) {
    const after = firstStop.index + firstStop[0].length;
    const portfolio = /^\s+(\p{Ll}+(?:\s+\p{Ll}+){0,2})(?=\s*$|\s+(?:at|in|with|of|for|on|who|which|whose)\s)/u.exec(rest.slice(after));
    const portfolioWords = portfolio ? portfolio[1]!.split(/\s+/) : [];
    if (portfolio && portfolioWords.every((w) => !PREPOSITION.test(w) && !isTitleHead(w) && !SPEECH_VERBS.has(w) && w !== 'and' && !lexiconTags(w).some((t) => (NOT_MODIFIER.has(t) && t !== 'Gerund') || t === 'PresentTense'))) {
      const portfolioEnd = after + portfolio[0].length;
      const next = TITLE_END.exec(rest.slice(portfolioEnd));
      firstStop = next ? Object.assign(next, { index: portfolioEnd + next.index }) : null;
    }
  }
  // 'a defence and aerospace analyst at X': two modifiers joined by 'and' before one head make one title.
  const joined = firstStop ? joinedModifiers(rest, firstStop) : undefined;
  if (joined !== undefined) firstStop = joined;
  // 'Chairman of the Board of X', 'Member of the Executive Board of X': a capitalised board of the organisation stays in the title.
  const boardMatch = firstStop && /^\s+of\s+$/.test(firstStop[0]) ? CAPITAL_BOARD.exec(rest.slice(firstStop.index + firstStop[0].length)) : null;
  // 'chairman of the Spices Board': a board the article names as an organisation of its own (no 'of Y' after it) is the owner, no unit.
  const boardAt = firstStop ? at + firstStop.index + firstStop[0].length : 0;
  const board = boardMatch && isNamedBoard(text, mentions, boardAt, boardMatch[0]) ? null : boardMatch;
  const boardEnd = firstStop && board ? firstStop.index + firstStop[0].length + board[0].length : 0;
  const afterBoard = board ? TITLE_END.exec(rest.slice(boardEnd)) : null;
  const stop = board ? (afterBoard ? Object.assign(afterBoard, { index: boardEnd + afterBoard.index }) : null) : firstStop;
  let titles = (stop ? rest.slice(0, stop.index) : rest).trim();
  // "UNICEF's representative in Bangladesh": with the organisation named, a place after 'in'/'to' completes the title.
  const complementAt = stop ? at + stop.index + stop[0].length + (/^the\s+/.exec(text.slice(at + stop.index + stop[0].length))?.[0].length ?? 0) : -1;
  // 'Country Manager for Côte d'Ivoire': so does a place after 'for' (a place the gazetteer knows, when no mention was read there).
  // 'UPF MP for Blantyre City South': after an office held for a constituency, the name after 'for' is the constituency, whatever kind it was read as (v15).
  const constituency = stop && /^\s+for\s+$/.test(stop[0]) && isConstituencyOffice(titles);
  const complement = organization && stop && /^\s+(?:in|to|for)\s+$/.test(stop[0]) ? (mentions.find((x) => x.start === complementAt && (x.kind === 'PLACE' || (constituency && x.kind !== 'PERSON'))) ?? placeRunAt(text, complementAt, clause.end) ?? (constituency ? unreadNameAt(text, mentions, complementAt, clause.end) : undefined)) : undefined;
  if (complement) titles = text.slice(at, complement.end).trim();
  // 'founder and chief executive': each part that is a title is a role.
  const and = stop && /^\s+and\b/.test(stop[0]) && isTitleHead(titles);
  // 'a Spanish lawyer and former judge at the Supreme Court of Spain': a second post of its own, with its own organisation.
  const second = and ? secondPost(text, mentions, inside, person, at + stop.index + stop[0].length, clause.end) : undefined;
  if (second) return [...(isTitleHead(withoutNationality(titles)) ? [{ person: person.key, title: withoutNationality(titles), organization, start: person.start, end: at + titles.length }] : []), second];
  const parts: { title: string; organization?: string; own?: boolean }[] = [{ title: titles }];
  if (and) {
    // 'co-founder and chief executive officer of Yakro Drones': the organisation after the second post is both posts';
    // 'deputy chairman and a former deputy interior minister': a second description with its own article owns nothing of the first.
    const secondFrom = at + stop.index + stop[0].length;
    const lead = /^\s*(?:(?:a|an|the)\s+)?/.exec(text.slice(secondFrom, clause.end))![0];
    const own = /\S/.test(lead);
    const prefix = TITLE_PREFIX.exec(text.slice(secondFrom + lead.length, clause.end))?.[0].length ?? 0;
    const secondAt = secondFrom + lead.length + prefix;
    const secondRest = text.slice(secondAt, clause.end);
    const stop2 = TITLE_END.exec(secondRest);
    const title = (stop2 ? secondRest.slice(0, stop2.index) : secondRest.split(/\s+and\s+/)[0]!).trim();
    const named = stop2 && !/^\s+and\b/.test(stop2[0]) ? inside.find((x) => x.start >= secondAt + stop2.index && x.kind !== 'PERSON' && !LOCATING.test(text.slice(x.end, x.end + 12))) : undefined;
    const owner = named && isOwnerLead(text.slice(secondAt + stop2!.index, named.start)) ? named.key : undefined;
    if (own) parts.push({ title, organization: owner, own });
    // 'a TAP pilot and spokeswoman for the Pilots' Association': a second post with its own organisation named after it is that one's (v22).
    else if (organization && owner && owner !== organization) parts.push({ title, organization: owner, own: true });
    else {
      if (!organization && owner) organization = owner;
      parts.push({ title });
    }
  }
  if (!organization && stop && !complement) {
    const after = rest.slice(stop.index);
    // '... at the University of Bergen', 'chairman of the Kisumu Beach Management Unit', 'mayor of Jerez de la Frontera'.
    // 'the Almaty-based Eurasian Logistics Institute': the place before '-based' only locates the organisation.
    const named = inside.find((x) => x.start >= at + stop.index && x.kind !== 'PERSON' && !LOCATING.test(text.slice(x.end, x.end + 12)));
    // "the head of the hospital's Institute of Viral ...": a described owner may stand before the name;
    // 'a spokeswoman for the election observer group Yiaga Africa': so may a description ending in an organisation noun.
    // 'an analyst at the Chisinau think tank Expert-Grup': a place before a description and an unread name only locates that organisation (v19).
    // 'head of the Socotra branch of the Environment Protection Authority': a place's branch of an organisation named after it stays in the title; the organisation owns the post (v24).
    const branchOwner = named?.kind === 'PLACE' && !and ? inside.find((x) => x.start > named.end && x.kind === 'ORGANIZATION') : undefined;
    const branch = branchOwner ? PLACE_UNIT_OF.exec(text.slice(at + stop.index, branchOwner.start)) : null;
    if (branch && branchOwner) {
      organization = branchOwner.key;
      parts[0] = { title: `${titles} of the ${branch[1]!.trim().replace(/\s+/g, ' ')}` };
    } else if (named && isOwnerLead(text.slice(at + stop.index, named.start)) && !modifiesPluralGroup(text, named)) {
      const owner = ownedAfter(text, inside, named);
      if (owner || !locatesUnreadName(text, named)) organization = (owner ?? named).key;
    }
    // 'a councillor on Dublin City Council': a seat 'on' a named council, board or committee is a post in it.
    if (!organization && named?.kind === 'ORGANIZATION' && /^\s+on\s+(?:the\s+)?$/.test(text.slice(at + stop.index, named.start)) && SEATED_BODY.test(named.surface)) organization = named.key;
    // 'the last king of an independent Dahomey': a place after 'of' and an adjective with its article owns an office held for it (v15).
    if (!organization && named?.kind === 'PLACE' && /^\s+of\s+an?\s+\p{Ll}[\p{Ll}-]*\s+$/u.test(text.slice(at + stop.index, named.start)) && (GOVERNMENT_OFFICE.test(titles) || PLACE_OFFICE.test(titles))) organization = named.key;
    // 'the provincial director of health services in Sabaragamuwa': a post of a level of government, in the place it serves.
    if (!organization && named?.kind === 'PLACE' && named.start === at + stop.index + stop[0].length && /^\s+in\s+$/.test(stop[0]) && REGIONAL_POST.test(titles)) organization = named.key;
    // 'Member of the Executive Board of Nordwerk AG' read as one run: the organisation the article names by those words elsewhere.
    if (!organization && named?.start !== complementAt && /^\s+(?:at|of|for)\s+$/.test(stop[0])) organization = organisationWrittenAt(text, mentions, complementAt, clause.end);
    // 'spokesman for the fire department': the department named before.
    const description = /^\s+(?:at|of|for)\s+the\s+([\p{Ll}\s]+)$/u.exec(after);
    if (!organization && description) organization = describedOrganisation(mentions, person.start, description[1]!);
    // 'head of the geohazards division at the VMGD', 'chairwoman of the supervisory board of X': a unit of the organisation named after it stays in the title.
    const unitOwner = !organization && !and ? inside.find((x) => x.start >= at + stop.index && x.kind === 'ORGANIZATION') : undefined;
    const unit = unitOwner ? UNIT_OF.exec(text.slice(at + stop.index, unitOwner.start)) : null;
    if (unit && unitOwner) {
      organization = unitOwner.key;
      parts[0] = { title: `${titles} of the ${unit[1]!.trim().replace(/\s+/g, ' ')}` };
    }
  }
  return parts
    .map((p) => ({ title: withoutNationality(TITLE_PREFIX[Symbol.replace](p.title, '').trim()), organization: p.own ? p.organization : organization }))
    // A portfolio after 'for'/'of' may lengthen the title ('councillor for local government and town planning'): the words before it are counted (round 29b).
    .filter((p) => p.title.length > 0 && p.title.split(/\s+(?:for|of)\s+/)[0]!.split(/\s+/).length <= 6 && p.title.split(/\s+/).length <= 10 && isTitleHead(p.title))
    .map((p) => ({ person: person.key, title: p.title, organization: p.organization, start: person.start, end: at + titles.length }));
}

/** After a place: up to two lower-case words, then a lower-case plural ending the phrase ('Mennonite farming colonies near', 'Tana River herders.'). */
const PLURAL_GROUP_AFTER = /^[ \t]+(?:\p{Ll}[\p{Ll}-]*[ \t]+){0,2}\p{Ll}{2,}[^s\W]s(?![\p{L}'’-])(?![ \t]+\p{Lu})/u;

/**
 * 'a spokesman for the Koyna farming colonies', 'a representative of the Tana River herders': a place before lower-case
 * words ending in a plural only says where the group is; a group of people or places owns no post (GUIDELINES §4,
 * 'A spokesman for the protesters' → null) (v30).
 */
function modifiesPluralGroup(text: string, named: ResolvedMention): boolean {
  return named.kind === 'PLACE' && PLURAL_GROUP_AFTER.test(text.slice(named.end, named.end + 60));
}

/** After a place: lower-case words ending in an organisation noun, then a capitalised name ('Chisinau think tank Expert-Grup'). */
const DESCRIBED_NAME_AFTER = /^[ \t]+(?:\p{Ll}[\p{Ll}-]*[ \t]+){0,2}(\p{Ll}[\p{Ll}-]*)[ \t]+\p{Lu}/u;

/** True when a place only modifies a description of the organisation named after it ('the Chisinau think tank Expert-Grup'). */
function locatesUnreadName(text: string, place: ResolvedMention): boolean {
  if (place.kind !== 'PLACE') return false;
  const m = DESCRIBED_NAME_AFTER.exec(text.slice(place.end, place.end + 60));
  return m !== null && isDescribingNoun(m[1]!);
}

/** A sentence opening on people described by a plural noun: 'The fishermen', 'The families', 'The residents of X'. */
const PEOPLE_SUBJECT = /^(?:The|These|Those|Many|Most|Some)[ \t]+(?:\p{Ll}+[ \t]+)?(\p{Ll}+(?:men|women|people|s))\b(?![ \t]+(?:of|at)[ \t]+\p{Lu})/u;

/** True when the sentence before `at` opens on people named by a plural noun that is no organisation's ('The fishermen', not 'The banks'). */
function peopleBefore(text: string, at: number): boolean {
  const own = sentenceStart(text, at);
  const from = own > 0 ? sentenceStart(text, own - 1) : -1;
  if (from < 0) return false;
  const m = PEOPLE_SUBJECT.exec(text.slice(from, from + 60));
  if (!m) return false;
  const noun = m[1]!;
  const single = noun.replace(/men$/, 'man').replace(/people$/, 'person').replace(/s$/, '');
  return !isDescribingNoun(noun) && !isDescribingNoun(single) && !/^(?:authorities|officials|police|companies|firms|banks|unions|governments|ministries|agencies|groups|parties|clubs|teams)$/.test(noun);
}

/** Capitalised words with a possessive ("NCCR's ", "Guernsey Ports' "), then a lower-case word. */
const UNREAD_POSSESSOR = /^(\p{Lu}[\p{L}&.-]*(?:[ \t]+\p{Lu}[\p{L}&.-]*){0,4})(['’]s|['’])[ \t]+(?=\p{Ll})/u;

/**
 * "the NCCR's operations coordinator" where mention detection read no name: the organisation the
 * article names elsewhere by exactly those words owns the post (a plural possessive "Ports'" too).
 * Returns its key and where the title starts.
 */
function unreadPossessor(text: string, mentions: readonly ResolvedMention[], at: number, end: number): [string, number] | undefined {
  const m = UNREAD_POSSESSOR.exec(text.slice(at, end));
  if (!m || (m[2]!.length === 1 && !/s$/.test(m[1]!)) || mentions.some((x) => x.start < at + m[1]!.length && x.end > at)) return undefined;
  const named = mentions.find((x) => x.kind === 'ORGANIZATION' && x.surface === m[1]);
  return named ? [named.key, at + m[0].length] : undefined;
}

/** Where a name starts once Markdown emphasis opening it is left out: 'Senator for Economic Affairs, **Melanie Ohlsen**'. */
function withoutEmphasis(text: string, at: number): number {
  const m = /[*_]{1,3}$/.exec(text.slice(Math.max(0, at - 3), at));
  return m ? at - m[0].length : at;
}

/** An organisation of two words or more, named elsewhere in the article, written at `at` with no mention read there. */
function organisationWrittenAt(text: string, mentions: readonly ResolvedMention[], at: number, end: number): string | undefined {
  if (at < 0 || mentions.some((x) => x.start <= at && x.end > at)) return undefined;
  // Two words or more, or an acronym ('of HHLA responsible for ...').
  const found = mentions.filter((x) => x.kind === 'ORGANIZATION' && (/\s/.test(x.surface) || /^\p{Lu}{2,}$/u.test(x.surface)) && at + x.surface.length <= end && text.startsWith(x.surface, at) && !/^[\p{L}\p{N}]/u.test(text.slice(at + x.surface.length, at + x.surface.length + 1)));
  const best = found.sort((a, b) => b.surface.length - a.surface.length)[0]?.key;
  if (best) return best;
  // 'of Hamburg Port Authority (HPA)': the acronym in brackets after the name, when the article reads it as an organisation.
  const bracket = /^\p{Lu}[\p{L}'’.-]*(?:[ \t]+(?:(?:of|for|and)[ \t]+)?\p{Lu}[\p{L}'’.-]*){0,6}[ \t]+\((\p{Lu}[\p{Lu}\p{Ll}]{1,9})\)/u.exec(text.slice(at, at + 120));
  return bracket ? mentions.find((x) => x.kind === 'ORGANIZATION' && x.surface === bracket[1] && x.start === at + bracket[0].length - bracket[1]!.length - 1)?.key : undefined;
}

/** True when the board after 'of the' is an organisation the article names on its own, with no 'of <owner>' after it ('chairman of the Spices Board'). */
function isNamedBoard(text: string, mentions: readonly ResolvedMention[], at: number, board: string): boolean {
  const from = at + /^the\s+/.exec(board)![0].length;
  const end = at + board.length;
  return !/^\s+of\s/.test(text.slice(end, end + 4)) && mentions.some((x) => x.kind === 'ORGANIZATION' && x.start === from && x.end === end && !GENERIC_BOARD.test(x.surface));
}
/** A board's name that is only its kind: 'Board of Directors', 'Executive Board'. */
const GENERIC_BOARD = /^(?:(?:Executive|Supervisory|Management|Advisory|Audit|Standing|Steering|Editorial)\s+)?(?:Board|Committee)(?:\s+of\s+Directors)?$/;

/** organisationWrittenAt as a mention: the organisation's name as written at `at`. */
function writtenOrganisation(text: string, mentions: readonly ResolvedMention[], at: number, end: number): ResolvedMention | undefined {
  const key = organisationWrittenAt(text, mentions, at, end);
  const named = key ? mentions.find((x) => x.key === key && text.startsWith(x.surface, at)) : undefined;
  return named ? { ...named, start: at, end: at + named.surface.length } : undefined;
}

/**
 * "The Kurir's editor-in-chief" in an article naming 'Štajerski Kurir': one capitalised word with a
 * possessive, where no mention was read, that is the last word of exactly one organisation's name
 * of two words or more (not a word that ends many names, as 'Council' or 'Bank').
 */
function shortNameWritten(text: string, mentions: readonly ResolvedMention[], at: number, end: number): ResolvedMention | undefined {
  const m = /^(\p{Lu}\p{Ll}+)['’]s\s/u.exec(text.slice(at, Math.min(end, at + 40)));
  if (!m || mentions.some((x) => x.start < at + m[1]!.length && x.end > at) || lookupGazetteer(m[1]!) || vocab().orgSuffix(foldSurface(m[1]!)) || ORG_NOUNS.test(m[1]!.toLowerCase()) || PUBLIC_BODY.test(m[1]!)) return undefined;
  const suffix = ` ${m[1]!}`;
  const named = mentions.filter((x) => x.kind === 'ORGANIZATION' && x.surface.endsWith(suffix));
  if (new Set(named.map((x) => x.key)).size !== 1) return undefined;
  return { ...named[0]!, start: at, end: at + m[1]!.length, surface: m[1]! };
}

/** 'the Board', 'the Executive Board', 'the Supervisory Board' after 'of' in a capitalised title. */
const CAPITAL_BOARD = /^the\s+(?:\p{Lu}\p{Ll}+\s+){0,2}(?:Board|Committee)(?![\p{L}-])(?:\s+of\s+Directors)?/u;

/** A name ending in an initial: 'Darius M'. */
const INITIAL_END = /\s\p{Lu}$/u;
/** ' of the geohazards division at the ': a unit of an organisation, then the organisation. */
const UNIT_OF = /^\s+of\s+the\s+((?:\p{Ll}[\p{Ll}-]*\s+){0,2}(?:division|board|department|unit|section|committee|office|branch|directorate|laboratory|programme|program|desk|team|bureau)\s+|(?:\p{Lu}\p{Ll}+\s+){0,2}(?:Board|Committee|Council)\s+)(?:at|of)\s+(?:the\s+)?(?:\p{Lu}\p{Ll}+\s+)?$/u;
/** After an appositive: the sentence goes on with a lower-case word (', and', ', who', ', said') or ends. */
/** ' of the Socotra branch of the ': a place's unit of the organisation named next (v24). */
const PLACE_UNIT_OF = /^\s+of\s+the\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}\s+(?:branch|office|division|bureau|chapter|section|directorate|desk)\s+)(?:of|at)\s+(?:the\s+)?$/u;

const CLAUSE_GOES_ON = /^(?:,[ \t]+\p{Ll}|[.;])/u;
/** 'Northern Regional Director': an appositive of capitalised words only (with 'of', 'for', 'and' between). */
const CAPITAL_APPOSITIVE = /^\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|for|and)\s+)?\p{Lu}[\p{L}'’-]*){0,6}$/u;

/**
 * 'Dr. Abena Owusu-Ansah, Northern Regional Director, Ghana Health Service.': press-release style,
 * a capitalised title between commas, then the organisation closing the clause.
 */
function pressReleasePost(text: string, mentions: readonly ResolvedMention[], person: ResolvedMention, clause: { start: number; end: number }): ExtractedRole | undefined {
  const title = text.slice(clause.start, clause.end).trim();
  // 'X, Minister of Foreign Affairs of the Oriental Republic of Uruguay.': a portfolio title, then the country it serves (round 31).
  const state = portfolioOfState(title, mentions, isTitleHead);
  if (state) return { person: person.key, title: state[0], organization: state[1], start: person.start, end: clause.end };
  if (!CAPITAL_APPOSITIVE.test(title) || !isTitleHead(title) || NOT_TITLE_OPENER.test(title.split(/\s+/)[0]!)) return undefined;
  // No name of a person or an organisation inside: 'Lumora Group, Norway' is no title.
  if (mentions.some((x) => x.start >= clause.start && x.end <= clause.end && x.kind !== 'PLACE')) return undefined;
  const comma = /^,[ \t]+(?:the[ \t]+)?/.exec(text.slice(clause.end, clause.end + 8));
  // 'Tsehay Gebremedhin, State Minister for Foreign Affairs, and H.E. ...': a title with its portfolio, no organisation after it.
  if (/\s(?:of|for)\s/.test(title) && !mentions.some((x) => x.start >= clause.start && x.end <= clause.end) && CLAUSE_GOES_ON.test(text.slice(clause.end, clause.end + 8))) {
    return { person: person.key, title: titleText(title), start: person.start, end: clause.end };
  }
  if (!comma) return undefined;
  const owner = mentions.find((x) => x.start === clause.end + comma[0].length && x.kind === 'ORGANIZATION');
  if (!owner || !/^(?:[ \t]*[.,;(]|[ \t]*\n|[ \t]*$)/.test(text.slice(owner.end, owner.end + 3))) return undefined;
  return { person: person.key, title: titleText(title), organization: owner.key, start: person.start, end: owner.end };
}

/** 'IFC Country' read as one name: its first word an acronym the article names alone as an organisation. Returns the acronym and that organisation. */
function acronymOpening(leading: ResolvedMention, mentions: readonly ResolvedMention[]): [string, string] | undefined {
  const m = /^(\p{Lu}{2,6})\s+\p{Lu}\p{Ll}/u.exec(leading.surface);
  const owner = m ? mentions.find((x) => x.kind === 'ORGANIZATION' && x.key !== leading.key && x.surface === m[1]) : undefined;
  return m && owner ? [m[1]!, owner.key] : undefined;
}

/** One to four capitalised words from `at` to the clause end that no mention was read over: a constituency's name ('Blantyre City South'). */
function unreadNameAt(text: string, mentions: readonly ResolvedMention[], at: number, end: number): { end: number } | undefined {
  const run = text.slice(at, end).trimEnd();
  if (!/^\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*){0,3}$/u.test(run) || mentions.some((x) => x.start < at + run.length && x.end > at)) return undefined;
  return { end: at + run.length };
}

/** A place the gazetteer knows written from `at` to the clause end, when no mention was read there: 'Côte d'Ivoire'. */
function placeRunAt(text: string, at: number, end: number): { end: number } | undefined {
  const run = text.slice(at, end).trimEnd();
  return /^\p{Lu}/u.test(run) && run.length < 40 && lookupGazetteer(run) ? { end: at + run.length } : undefined;
}

/** The post after 'and former ...' in an appositive, when it names its own organisation after 'at'/'of'. */
function secondPost(text: string, mentions: readonly ResolvedMention[], inside: readonly ResolvedMention[], person: ResolvedMention, from: number, end: number): ExtractedRole | undefined {
  const lead = /^\s*/.exec(text.slice(from, end))![0].length;
  const prefix = TITLE_PREFIX.exec(text.slice(from + lead, end))?.[0];
  if (!prefix) return undefined;
  const at = from + lead + prefix.length;
  const rest = text.slice(at, end);
  const stop = TITLE_END.exec(rest);
  const title = withoutNationality((stop ? rest.slice(0, stop.index) : rest).trim());
  if (!isTitleHead(title) || title.split(/\s+/).length > 4) return undefined;
  const named = stop ? inside.find((x) => x.start >= at + stop.index && x.kind !== 'PERSON' && !LOCATING.test(text.slice(x.end, x.end + 12))) : undefined;
  const organization = named && isOwnerLead(text.slice(at + stop!.index, named.start)) ? named.key : undefined;
  return { person: person.key, title, organization, start: person.start, end: at + title.length };
}

/**
 * 'The EU ambassador to Kenya, ' / 'The head of the OAS mission, ' / "Ordo's list leader, " / 'Mayor of
 * Galway, ': a sentence opening on a description, then the name (an honorific or an occupation
 * may stand between: 'Its chairperson, Dr. ', 'Their president, businessman ').
 */
const DESCRIPTION_BEFORE = new RegExp(String.raw`(?:^|[.!?]["”’]?\s+|\n)(?:(?:But|And|Yet|Still)\s+(?=(?:the|its|their)\s))?(?:([Tt]he|[Ii]ts|[Tt]heir)\s+)?([^,.;:“”"\n]{2,100}),\s+(${NAME_LEAD})$`, 'u');
/** 'procureur de la République': a lower-case post word, then 'de'/'du'/'des'/'de la'/"de l'" and one to three capitalised words. */
const FRENCH_POST = /^(\p{Ll}+)\s+(?:de\s+la\s+|de\s+l['’]|de\s+|du\s+|des\s+)\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}$/u;
/** 'Minister of Foreign Affairs of Eritrea': a capitalised title with its portfolio after 'of'/'for' (group 1), a second 'of' (and 'the'), then one to four capitalised words (group 2). */
const PORTFOLIO_THEN_OF = /^(\p{Lu}[\p{L}-]*(?:[ \t]+\p{Lu}[\p{L}-]*)*[ \t]+(?:of|for)[ \t]+\p{Lu}[\p{L}-]*(?:[ \t]+(?:and[ \t]+)?\p{Lu}[\p{L}-]*)*)[ \t]+of[ \t]+(?:the[ \t]+)?(\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*){0,3})$/u;

/**
 * A title read as 'Minister of Foreign Affairs of Eritrea': when the words after a second 'of' are
 * a place or organisation the article names (there or elsewhere, by the same words), the title
 * stops before that 'of' and the name owns the post. Returns the shorter title and the owner's key.
 */
function servedAfterPortfolio(text: string, mentions: readonly ResolvedMention[], title: string, titleFrom: number, titleEnd: number): [string, string] | undefined {
  const m = /\sof\s.*\sof\s/.test(title) ? PORTFOLIO_THEN_OF.exec(text.slice(titleFrom, titleEnd)) : null;
  if (!m || !isTitleHead(m[1]!)) return undefined;
  const ownerAt = titleEnd - m[2]!.length;
  const owner = mentions.find((x) => x.start === ownerAt && x.end === titleEnd && (x.kind === 'PLACE' || x.kind === 'ORGANIZATION')) ?? mentions.find((x) => (x.kind === 'PLACE' || x.kind === 'ORGANIZATION') && x.surface === m[2]);
  return owner ? [titleText(m[1]!), owner.key] : undefined;
}

/** After an organisation's name: lower-case title words, then maybe a place after 'in'/'for' (' leader in Riga'). */
const ORG_TITLE_PLACE = /^[ \t]+(\p{Ll}[\p{Ll}-]*(?:[ \t]+\p{Ll}[\p{Ll}-]*){0,2})(?:[ \t]+(?:in|for)[ \t]+(\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*){0,2}))?$/u;
/** 'His solicitor', 'Her campaign manager': a person's possessive, then lower-case title words. */
const PERSONAL_POST = /^(?:His|Her)\s+(\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*){0,2})$/u;
/** Lower-case title words: 'ambassador', 'special representative', 'deputy head'. */
const TITLE_WORDS = /^(\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*){0,3})/u;
/** 'Metropolitan Chief Executive (MCE)': a capitalised title, its acronym after it. */
const CAPITAL_DESCRIPTION = /^((?:\p{Lu}[\p{Ll}-]+\s+){0,4}\p{Lu}[\p{Ll}-]+)(?:\s+\(\p{Lu}{2,6}\))?$/u;
/** 'Mayor of Galway', 'Assembly member for Asawase', 'Counsel for Sahyadri Coastal Realty': a capitalised post, then where it is. */
const CAPITAL_POST_OF = /^(\p{Lu}\p{Ll}+(?:\s+\p{Ll}[\p{Ll}-]*){0,2})\s+(of|for)\s+(?:the\s+)?/u;
/** "'s Minister of Health": after a possessive owner, a capitalised title (portfolio words after 'of', 'for', 'and'). */
const POSSESSED_CAPITAL_TITLE = /^['’]s[ \t]+(\p{Lu}[\p{L}-]*(?:[ \t]+(?:(?:of|for|and|to)[ \t]+)?\p{Lu}[\p{L}-]*){0,6})$/u;
/** 'A spokesman for the protesters': an indefinite lower-case post, then 'for'/'of' a group named by common nouns (group 1: the title; 2: the nouns). */
const INDEFINITE_POST_FOR = /^An?[ \t]+(\p{Ll}[\p{Ll}-]*(?:[ \t]+\p{Ll}[\p{Ll}-]*)?)[ \t]+(?:for|of)[ \t]+the[ \t]+(\p{Ll}{3,}(?:[ \t]+\p{Ll}{3,}){0,2})$/u;
/** 'Minister of Water and Energy of ': a capitalised title, then 'of' before its owner. */
const CAPITAL_TITLE_OF = /^(\p{Lu}[\p{L}-]*(?:[ \t]+(?:(?:of|for|and)[ \t]+)?\p{Lu}[\p{L}-]*){0,6})[ \t]+of[ \t]+(?:the[ \t]+)?/u;
/** "the city's director of services for transport": a described owner, then lower-case title words. */
/**
 * What 'the developer' or 'the theater' after a title stands for (v14 'Counsel for the developer',
 * 'The director of the theater'): the organisation an appositive named with that noun before
 * ('the developer, Lazare Hospitality', 'Lazare Hospitality, the developer'), else the organisation
 * or place named last before whose name ends with the noun ('Sauto Theater').
 */
function describedByNoun(text: string, mentions: readonly ResolvedMention[], noun: string, at: number): string | undefined {
  const defined = definedByAppositive(text, mentions, noun, at);
  if (defined) return defined;
  for (let i = mentions.length - 1; i >= 0; i--) {
    const x = mentions[i]!;
    if (x.end <= at && x.kind !== 'PERSON' && /\s/.test(x.surface) && foldSurface(x.surface).endsWith(` ${noun}`)) return x.key;
  }
  return undefined;
}

/** The organisation named last before `at` in an appositive with the noun: 'the developer, Lazare Hospitality', 'Friends of X, a group of residents'. */
function definedByAppositive(text: string, mentions: readonly ResolvedMention[], noun: string, at: number): string | undefined {
  // 'the National Assembly, the commission's president': a possessive noun after a name describes no name (v21).
  // Built once per noun (compiling the 'iu' regex cost more than the search).
  let pair = APPOSITIVE_RES.get(noun);
  if (!pair) {
    if (APPOSITIVE_RES.size >= 2000) APPOSITIVE_RES.clear();
    APPOSITIVE_RES.set(noun, (pair = [
      new RegExp(String.raw`\bthe[ \t]+${noun}[ \t]*,[ \t]+$`, 'i'),
      new RegExp(String.raw`^[ \t]*,[ \t]+(?:the|a|an)[ \t]+(?:\p{Ll}[\p{Ll}-]*[ \t]+){0,2}${noun}\b(?!['’])`, 'iu'),
    ]));
  }
  const [defining, defined] = pair;
  for (let i = mentions.length - 1; i >= 0; i--) {
    const x = mentions[i]!;
    if (x.end <= at && x.kind === 'ORGANIZATION' && (defining.test(text.slice(Math.max(0, x.start - noun.length - 12), x.start)) || defined.test(text.slice(x.end, x.end + noun.length + 40)))) {
      // 'Good Shepherd Hospital in Siteki, the main referral hospital': the appositive describes the organisation the place locates (v16).
      const head = i > 0 ? mentions[i - 1]! : undefined;
      return head && head.kind === 'ORGANIZATION' && LOCATED_IN.test(text.slice(head.end, x.start)) ? head.key : x.key;
    }
  }
  return undefined;
}
/** definedByAppositive()'s two regexes by noun. */
const APPOSITIVE_RES = new Map<string, [RegExp, RegExp]>();
/** ' in ' between an organisation and the place it stands in. */
const LOCATED_IN = /^[ \t]+(?:in|at|near)[ \t]+$/;

/** 'Regional Delegate of Public Health for the ': a capitalised title (a portfolio after 'of' kept), then 'for' (group 1: the title). */
/** 'Principal Secretary in the ': a capitalised title, then 'in' or 'at' (and 'the'). */
const CAPITAL_TITLE_IN = /^(\p{Lu}[\p{L}-]*(?:[ \t]+(?:(?:of|for|and)[ \t]+)?\p{Lu}[\p{L}-]*){0,6})[ \t]+(?:in|at)[ \t]+(?:the[ \t]+)?/u;
const CAPITAL_TITLE_FOR = /^(\p{Lu}[\p{L}-]*(?:[ \t]+(?:(?:of|and)[ \t]+)?\p{Lu}[\p{L}-]*){0,6})[ \t]+for[ \t]+(?:the[ \t]+)?/u;

const DESCRIBED_DESCRIPTION = /^(\p{Ll}+)['’]s\s+(\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*){0,5}(?:\s+(?:in|for)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})?)$/u;
/** 'coordinator in Tefé': a capitalised complement after 'in'/'for' closing a title. */
const PLACE_COMPLEMENT = /\s+(?:in|for)\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})$/u;

/**
 * "Ontario's chief medical officer of health", "Kalro's centre director in Tigoni", "Norway's
 * ambassador to Chile" (a place after 'to' too): after a
 * possessive owner, lower-case title words and a complement that stays in the title (lower-case
 * words after 'of'/'for'/'on', or a place after 'in'/'for').
 */
function possessedTitle(text: string, mentions: readonly ResolvedMention[], first: ResolvedMention, end: number): string | undefined {
  // 'head of office in Skopje': both complements, the lower-case one first.
  const parts = /^['’]s?\s+(\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*){0,3}?)((?:\s+(?:of|for|on)\s+\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*){0,2})?)((?:\s+(?:in|for|to)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})?)$/u.exec(text.slice(first.end, end));
  if (!parts || parts[1]!.split(/\s+/).some((w) => PREPOSITION.test(w))) return undefined;
  const complementFrom = end - parts[3]!.length;
  // A capitalised complement is a place: no person or organisation named there.
  if (parts[3] && mentions.some((x) => x.start >= complementFrom && x.end <= end && x.kind !== 'PLACE')) return undefined;
  return titleText(parts[1]! + parts[2]! + parts[3]!);
}

/** "Turku club's sporting director": a capitalised place word, an organisation noun with a possessive, title words. */
const PLACE_DESCRIBED = /^(\p{Lu}[\p{L}'’-]*)\s+(\p{Ll}+)['’]s\s+(\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*){0,3})$/u;

/** Whom 'the Turku club' means: the one organisation named before with the place word in its name, else the subject organisation named last. */
function placedOrganisation(text: string, mentions: readonly ResolvedMention[], word: string, at: number): string | undefined {
  const named = new Set(mentions.filter((x) => x.kind === 'ORGANIZATION' && x.end <= at && x.surface.split(/\s+/).includes(word)).map((x) => x.key));
  return named.size === 1 ? [...named][0] : lastSubjectOrganisation(text, mentions, at);
}

/** "The Turku club's " right before a title: a place word, an organisation noun with a possessive. */
const PLACE_DESCRIBED_OWNER = /\b[Tt]he\s+(\p{Lu}[\p{L}'’-]*)\s+(\p{Ll}+)['’]s\s+$/u;

/** A word naming a place: a place mention there, a place the gazetteer knows, or a demonym. */
function isPlaceWord(word: string, mentions: readonly ResolvedMention[], at: number): boolean {
  const there = mentions.find((x) => x.start === at && x.surface === word);
  return there ? there.kind === 'PLACE' : (lookupGazetteer(word) !== undefined || lookupDemonym(word) !== undefined);
}

/** 'Minister of Health and Sanitation': a capitalised title, its portfolio joined by 'of', 'for', 'and'. */
const CAPITAL_PORTFOLIO = /^\p{Lu}[\p{L}-]*(?:\s+(?:(?:of|for|and)\s+)?\p{Lu}[\p{L}-]*){0,6}$/u;

/**
 * A description that is a capitalised title with its portfolio ('Minister of Health and
 * Sanitation'): no person or organisation named inside, a title head before its complement.
 */
function capitalPortfolioTitle(description: string, mentions: readonly ResolvedMention[], start: number, end: number): string | undefined {
  if (!CAPITAL_PORTFOLIO.test(description) || !/\s(?:of|for)\s/.test(description) || NOT_TITLE_OPENER.test(description.split(/\s+/)[0]!) || !isTitleHead(description)) return undefined;
  if (mentions.some((x) => x.start < end && x.end > start && x.kind !== 'PLACE')) return undefined;
  return titleText(description);
}

/** Mid-sentence: ', the Minister of Health and Sanitation, ' before a name (an honorific may stand between). */
const MID_PORTFOLIO_BEFORE = /,\s+the\s+(\p{Lu}[^,.;:“”"\n]{2,90}),\s+((?:(?:Dr|Mr|Mrs|Ms|Prof|Madam|Hon|Rev|Eng)\.?\s+){0,3})$/u;

/**
 * 'Announcing the outbreak on Monday, the Minister of Health and Sanitation, Dr. X, said': a
 * capitalised title with its portfolio between commas mid-sentence, then the name.
 */
function midSentencePortfolioRoles(text: string, mentions: readonly ResolvedMention[], person: ResolvedMention, lead: number): ExtractedRole[] {
  const m = MID_PORTFOLIO_BEFORE.exec(text.slice(Math.max(0, lead - 110), lead));
  if (!m) return midSentencePossessedRoles(text, mentions, person, lead);
  const end = lead - m[0].length + m[0].indexOf(m[1]!) + m[1]!.length;
  const start = end - m[1]!.length;
  const title = capitalPortfolioTitle(m[1]!, mentions, start, end);
  return title ? [{ person: person.key, title, start, end: person.end }] : [];
}

/** 'its director of disease surveillance': 'its'/'their', lower-case title words (group 1), a lower-case complement after 'of'/'for'/'on' (group 2). */
const ITS_TITLE = /^(?:its|their)[ \t]+(\p{Ll}[\p{Ll}-]*(?:[ \t]+\p{Ll}[\p{Ll}-]*){0,3}?)((?:[ \t]+(?:of|for|on)[ \t]+\p{Ll}[\p{Ll}-]*(?:[ \t]+\p{Ll}[\p{Ll}-]*){0,2})?)$/u;

/** Mid-sentence: 'the KFOR commander, Italian ', 'the commander of the U.S. contingent, ' before a name (group 1: the description; group 2: a nationality). */
// An abbreviation's inner period ('U.S.') does not end the description.
const MID_THE_BEFORE = /(?:^|[ \t(])the[ \t]+((?:[^,.;:“”"\n]|\.(?=\p{Lu}))(?:[^,.;:“”"\n]|\.(?=\p{Lu})|(?<=\.\p{Lu})\.){2,79}),[ \t]+(?:(\p{Lu}\p{Ll}+)[ \t]+)?$/u;
/** After a name in apposition: its closing comma, a full stop, a bracket, or 'of'/'and' going on with the noun phrase (no verb: 'the commander of KFOR, X said' is a clause). */
const APPOSITION_CLOSE = /^(?:[,.;)]|[ \t]+(?:of|and)[ \t]|[ \t]*$)/;
/** 'commander of the U.S. contingent': lower-case title words (group 1), 'of'/'for'/'at' and 'the'. */
const HEAD_OF_THE = /^(\p{Ll}[\p{Ll}-]*(?:[ \t]+\p{Ll}[\p{Ll}-]*){0,2}?)[ \t]+(?:of|for|at)[ \t]+(?:the[ \t]+)?/u;

/**
 * 'was greeted by the KFOR commander, Italian Maj. Gen. X, and by the commander of the U.S.
 * contingent, Col. Y of ...': mid-sentence, 'the', a description, a comma, then the name in
 * apposition (a nationality and a rank may stand between; the name closes the apposition, no verb
 * follows it). The description is an organisation the article names and lower-case title words
 * (a place only for an office of government), or title words, 'of the', a place or organisation
 * and up to three lower-case words naming a unit of it (v2 'head of the OAS mission') (v18).
 */
function midSentenceDescribedRoles(text: string, mentions: readonly ResolvedMention[], person: ResolvedMention, lead: number): ExtractedRole[] {
  if (!APPOSITION_CLOSE.test(text.slice(person.end, person.end + 5))) return [];
  const from0 = Math.max(0, lead - 90);
  const m = MID_THE_BEFORE.exec(text.slice(from0, lead));
  if (!m || (m[2] && !lookupDemonym(m[2]))) return [];
  const start = from0 + m.index + m[0].indexOf(m[1]!, m[0].indexOf('the') + 3);
  const end = start + m[1]!.length;
  const inside = mentions.filter((x) => x.start < end && x.end > start);
  if (inside.some((x) => x.kind === 'PERSON' || x.start < start || x.end > end)) return [];
  const plain = (words: string) => words.split(/\s+/).every((w) => !PREPOSITION.test(w) && w !== 'and' && !SPEECH_VERBS.has(w) && !lexiconTags(w).some((t) => NOT_MODIFIER.has(t) || VERB_TAGS.has(t)));
  const role = (title: string, organization: string): ExtractedRole[] => (isTitleHead(title) && isPost(title) && plain(title) ? [{ person: person.key, title, organization, start, end: person.end }] : []);
  const first = inside[0];
  // 'the KFOR commander': the organisation, then the title.
  if (first && first.start === start && inside.length === 1) {
    const rest = /^[ \t]+(\p{Ll}[\p{Ll}-]*(?:[ \t]+\p{Ll}[\p{Ll}-]*){0,2})$/u.exec(text.slice(first.end, end));
    if (!rest || (first.kind === 'PLACE' && !GOVERNMENT_OFFICE.test(rest[1]!) && !PLACE_OFFICE.test(rest[1]!))) return [];
    return role(rest[1]!, organisationStartingWith(first, mentions) ?? first.key);
  }
  // 'the commander of the U.S. contingent': the title, then its owner and a unit of it.
  const head = HEAD_OF_THE.exec(m[1]!);
  if (!head || !first || inside.length !== 1 || first.start !== start + head[0].length) return [];
  if (!/^(?:[ \t]+\p{Ll}[\p{Ll}-]*){0,3}$/u.test(text.slice(first.end, end))) return [];
  return role(head[1]!, first.key);
}

/** Mid-sentence: ", France's ambassador to Benin, " before a name (an honorific may stand between). */
const MID_POSSESSED_BEFORE = /,[ \t]+([^,.;:“”"\n]{4,80}),[ \t]+((?:(?:Dr|Mr|Mrs|Ms|Prof|Madam|Hon|Rev|Eng)\.?[ \t]+){0,3})$/u;

/**
 * 'Speaking at the ceremony, France's ambassador to Benin, Claire X, said': a possessive owner and
 * a lower-case title between commas mid-sentence, then the name (v15). As at a sentence opening.
 */
function midSentencePossessedRoles(text: string, mentions: readonly ResolvedMention[], person: ResolvedMention, lead: number): ExtractedRole[] {
  const from0 = Math.max(0, lead - 90);
  const m = MID_POSSESSED_BEFORE.exec(text.slice(from0, lead));
  if (!m) return midSentenceDescribedRoles(text, mentions, person, lead);
  const start = from0 + m.index + m[0].indexOf(m[1]!);
  const end = start + m[1]!.length;
  // '..., its director of disease surveillance, Dr. X, told the Herald': 'its' and a lower-case title mid-sentence; the organisation named before owns it (v18).
  const its = ITS_TITLE.exec(m[1]!);
  if (its) {
    const main = its[1]!.split(/\s+/);
    if (mentions.some((x) => x.start < end && x.end > start) || main.some((w) => PREPOSITION.test(w) || w === 'and' || SPEECH_VERBS.has(w) || lexiconTags(w).some((t) => NOT_MODIFIER.has(t) || VERB_TAGS.has(t))) || !isTitleHead(its[1]!) || !isPost(its[1]!)) return [];
    const organization = lastSubjectOrganisation(text, mentions, start);
    return organization ? [{ person: person.key, title: titleText(its[1]! + its[2]!), organization, start, end: person.end }] : [];
  }
  const first = mentions.find((x) => x.start === start && x.end < end);
  if (!first || first.kind === 'PERSON' || !/^['’]s\s+\p{Ll}/u.test(text.slice(first.end, end))) return [];
  const title = possessedTitle(text, mentions, first, end);
  if (!title || !isTitleHead(title.split(/\s+(?:to|for|in)\s+/)[0]!) || !isPost(title)) return [];
  return [{ person: person.key, title, organization: possessorOwner(first, title, mentions), start, end: person.end }];
}

/** An honorific of a profession read alone as a title: 'Engr.', 'Eng.', 'Ir.'. */
const STYLE_ONLY = /^(?:Eng|Engr|Ir)\.?$/;

/** One to three lower-case words, the whole description: 'prosecutor', 'chief prosecutor'. */
const BARE_POST = /^\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*){0,2}$/u;

/**
 * Roles from a description opening the sentence before the name: 'The EU ambassador to Kenya,
 * Pieter van der Berg, said', "The European Union's special representative for Central Asia, X",
 * 'The head of the OAS mission, X', 'The chairman of the electoral committee, X' (no organisation),
 * "Ordo's list leader, X", 'Mayor of Galway, Cllr X' (the place owns the post), 'Assembly member
 * for Asawase, Hon. X' (a place after 'for' is a constituency: part of the title), 'The
 * Metropolitan Chief Executive (MCE), Hon. X', "The city's director of services for transport, X".
 */
function descriptionRoles(text: string, mentions: readonly ResolvedMention[], person: ResolvedMention, lead: number): ExtractedRole[] {
  const from0 = Math.max(0, lead - 130);
  const m = DESCRIPTION_BEFORE.exec(text.slice(from0, lead));
  if (!m) return [];
  // 'But the chairman of X, Y': a conjunction opening the sentence is no part of the description (v30).
  if (m[1]) m[1] = m[1][0]!.toUpperCase() + m[1].slice(1);
  // A slice cut mid-sentence is no sentence opening.
  if (m.index === 0 && from0 > 0 && !/^[.!?\n]/.test(m[0])) return [];
  const nameLead = m[3]!.trim();
  if (nameLead && /^\p{Ll}/u.test(nameLead) && !LOWER_HONORIFIC.test(nameLead) && (SPEECH_VERBS.has(nameLead) || PREPOSITION.test(nameLead) || lexiconTags(nameLead).some((t) => NOT_MODIFIER.has(t)) || !isTitleHead(nameLead) && !/(?:man|woman|person)$/.test(nameLead))) return [];
  const beforeLead = m[0].slice(0, m[0].length - m[3]!.length);
  const end = lead - m[3]!.length - /,\s+$/.exec(beforeLead)![0].length;
  const start = end - m[2]!.length;
  const role = (title: string, organization?: string): ExtractedRole[] =>
    isTitleHead(title.split(/\s+(?:to|for|in)\s+/)[0]!) ? [{ person: person.key, title, organization, start, end: person.end }] : [];
  const description = text.slice(start, end);
  // 'His solicitor, X', 'Her campaign manager, X': a person's agent or aide; a person owns no organisation.
  const personal = m[1] === undefined ? PERSONAL_POST.exec(description) : null;
  if (personal) return personal[1]!.split(/\s+/).some((w) => PREPOSITION.test(w) || SPEECH_VERBS.has(w) || lexiconTags(w).some((t) => NOT_MODIFIER.has(t) || VERB_TAGS.has(t))) || !isPost(personal[1]!) ? [] : role(personal[1]!);
  if (m[1] === undefined) {
    const first = mentions.find((x) => x.start === start && x.end <= end);
    // "Ordo's list leader": without an article only a possessive owner opens the description.
    // "Guernsey Ports' harbourmaster": a plural possessive too (v17).
    if (first && first.kind !== 'PERSON' && (/^['’]s\s+\p{Ll}/u.test(text.slice(first.end, end)) || (/s$/.test(first.surface) && /^['’]\s+\p{Ll}/u.test(text.slice(first.end, end))))) {
      const title = possessedTitle(text, mentions, first, end);
      return title ? role(title, possessorOwner(first, title, mentions)) : [];
    }
    // "Kpadeh's lawyer, Cllr. X": a person's possessive, then a lower-case post; a person owns no organisation (v15).
    if (first?.kind === 'PERSON' && /^['’]s\s+\p{Ll}/u.test(text.slice(first.end, end))) {
      const title = possessedTitle(text, mentions, first, end);
      return title && !/\s/.test(title) && isPost(title) && !curated().relationWords.includes(title.toLowerCase()) ? role(title) : [];
    }
    // "Tonga's Minister of Health, Dr X": a possessive owner, then a capitalised title.
    if (first && first.kind !== 'PERSON') {
      const capital = POSSESSED_CAPITAL_TITLE.exec(text.slice(first.end, end));
      // "Canada's High Commissioner to Tonga, X": an envoy's 'to <place>' completes the title; its head is before 'to' (v25).
      if (capital && isTitleHead(capital[1]!.replace(/[ \t]+to[ \t].*$/u, '')) && !NOT_TITLE_OPENER.test(capital[1]!.split(/\s+/)[0]!) && !mentions.some((x) => x.start > first.end && x.end <= end && x.kind === 'PERSON')) return role(titleText(capital[1]!), possessorOwner(first, capital[1]!, mentions));
    }
    // 'National Alliance leader in Riga, X': an organisation, lower-case title words, a place the article names completing the title.
    const owned = first?.kind === 'ORGANIZATION' ? ORG_TITLE_PLACE.exec(text.slice(first.end, end)) : null;
    if (first && owned) {
      const words = owned[1]!.split(/\s+/);
      const place = !owned[2] || mentions.some((x) => x.kind === 'PLACE' && x.end === end && x.start === end - owned[2]!.length);
      if (place && !words.some((w) => PREPOSITION.test(w) || SPEECH_VERBS.has(w) || lexiconTags(w).some((t) => NOT_MODIFIER.has(t) || VERB_TAGS.has(t))) && isPost(owned[1]!)) return role(titleText(text.slice(first.end, end)), possessorOwner(first, text.slice(first.end, end), mentions));
    }
    // 'Principal Secretary in the Ministry of Health, X': a capitalised title, then 'in' or 'at' the organisation the article names there (v16).
    const within = CAPITAL_TITLE_IN.exec(description);
    const withinOwner = within ? mentions.find((x) => x.kind === 'ORGANIZATION' && x.start === start + within[0].length && x.end === end) : undefined;
    if (within && withinOwner && isTitleHead(within[1]!) && !NOT_TITLE_OPENER.test(within[1]!.split(/\s+/)[0]!) && !mentions.some((x) => x.start >= start && x.end <= start + within[1]!.length)) return role(titleText(within[1]!), withinOwner.key);
    // 'A spokesman for the protesters, X': an indefinite post for a group named by a common noun; the organisation the noun stands for, else none (v25).
    const indefinite = INDEFINITE_POST_FOR.exec(description);
    if (indefinite && !indefinite[1]!.split(/\s+/).some((w) => PREPOSITION.test(w) || SPEECH_VERBS.has(w) || lexiconTags(w).some((t) => NOT_MODIFIER.has(t) || VERB_TAGS.has(t))) && isTitleHead(indefinite[1]!) && isPost(indefinite[1]!) && !ORGANISATION_ONLY.test(titleHead(indefinite[1]!))) {
      return role(indefinite[1]!, describedByNoun(text, mentions, indefinite[2]!.replace(/\s+/g, ' '), start));
    }
    const post = CAPITAL_POST_OF.exec(description);
    if (!post) return [];
    const where = description.slice(post[0].length);
    if (post[1]!.split(/\s+/).some((w) => PREPOSITION.test(w))) return [];
    // 'Counsel for the developer, X': a noun standing for an organisation named before.
    if (/^\p{Ll}{3,}$/u.test(where) && /\sthe\s+$/.test(post[0]) && isTitleHead(post[1]!)) {
      // 'Counsel for the appellants, Mr X': people, no organisation (v4 'Counsel for the appellants').
      return role(post[1]!, describedByNoun(text, mentions, where, start));
    }
    if (!/^\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,4}$/u.test(where)) return [];
    // The place or organisation there, else the same name elsewhere in the article (a name read as part of the title there).
    const owner = mentions.find((x) => x.start === start + post[0].length && x.end === end && x.kind !== 'PERSON') ?? mentions.find((x) => x.kind !== 'PERSON' && foldSurface(x.surface) === foldSurface(where));
    // 'Assembly member for Asawase': a constituency completes the title.
    if (post[2] === 'for' && (!owner || owner.kind === 'PLACE')) return role(titleText(description));
    if (!owner) return [];
    return role(post[1]!, owner.key);
  }
  // 'The procureur de la République, X': a post kept in French with its complement after 'de', as written, no organisation (v17).
  const french = m[1] === 'The' ? FRENCH_POST.exec(description) : null;
  if (french && (isTitleHead(french[1]!) || isTitleHead(description)) && !mentions.some((x) => x.start < end && x.end > start)) return [{ person: person.key, title: titleText(description), start, end: person.end }];
  // 'The Minister of Water and Energy of Ethiopia': a capitalised title, then the place or organisation it serves.
  const ofOwner = m[1] === 'The' ? CAPITAL_TITLE_OF.exec(description) : null;
  if (ofOwner && isTitleHead(ofOwner[1]!) && !NOT_TITLE_OPENER.test(ofOwner[1]!.split(/\s+/)[0]!)) {
    const where = text.slice(start + ofOwner[0].length, end);
    // The name there, else the same name elsewhere in the article (read there as part of the title).
    const owner = mentions.find((x) => x.start === start + ofOwner[0].length && x.end === end && x.kind !== 'PERSON') ?? (/^\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}$/u.test(where) ? mentions.find((x) => x.kind !== 'PERSON' && x.surface === where) : undefined);
    const titleEndAt = start + ofOwner[1]!.length;
    if (owner && !mentions.some((x) => x.start >= start && x.end <= titleEndAt)) return role(titleText(ofOwner[1]!), owner.key);
  }
  // 'The Regional Delegate of Public Health for the Far North': a capitalised title, then 'for' a place the article names, which owns the post (v6, v14).
  const forPlace = m[1] === 'The' ? CAPITAL_TITLE_FOR.exec(description) : null;
  if (forPlace && isTitleHead(forPlace[1]!) && titleHead(forPlace[1]!) !== 'member' && !NOT_TITLE_OPENER.test(forPlace[1]!.split(/\s+/)[0]!)) {
    const place = mentions.find((x) => x.kind === 'PLACE' && x.start === start + forPlace[0].length && x.end === end);
    if (place && !mentions.some((x) => x.kind === 'PERSON' && x.start >= start && x.end <= place.start)) return role(titleText(forPlace[1]!), place.key);
  }
  // 'The Metropolitan Chief Executive (MCE)': a capitalised title alone.
  const capital = m[1] === 'The' ? CAPITAL_DESCRIPTION.exec(description) : null;
  if (capital && !mentions.some((x) => x.start >= start && x.end <= end && x.kind === 'PERSON')) return role(titleText(capital[1]!));
  // 'The Minister of Health and Sanitation, Dr. X': a capitalised title with its portfolio, no organisation.
  if (m[1] === 'The') {
    const portfolio = capitalPortfolioTitle(description, mentions, start, end);
    if (portfolio) return role(portfolio);
  }
  // "The Turku club's sporting director, X": a place before an organisation noun; the organisation named before.
  const placed = m[1] === 'The' ? PLACE_DESCRIBED.exec(description) : null;
  if (placed && (ORG_NOUNS.test(placed[2]!) || placed[2] === 'side') && isPlaceWord(placed[1]!, mentions, start)) {
    const title = titleText(placed[3]!);
    if (title.split(/\s+/).some((w) => PREPOSITION.test(w))) return [];
    return role(title, placedOrganisation(text, mentions, placed[1]!, start));
  }
  // "The city's director of services for transport": the place or organisation named before with that noun.
  const described = m[1] === 'The' ? DESCRIBED_DESCRIPTION.exec(description) : null;
  // "The agency's coordinator in Tefé": a capitalised complement is a place the article names there.
  const complement = described ? PLACE_COMPLEMENT.exec(described[2]!) : null;
  if (described && (!complement || mentions.some((x) => x.kind === 'PLACE' && x.end === end && x.start === end - complement[1]!.length))) {
    const title = titleText(described[2]!);
    return title.split(/\s+/)[0] === 'of' ? [] : role(title, describedOwner(described[1]!, mentions, start, text));
  }
  // 'The fishermen had asked for more. Their lawyer, X': 'Their' after a sentence about people ('The fishermen', 'The families') means them, no organisation (v19).
  if (m[1] === 'Their' && peopleBefore(text, start)) {
    const words = TITLE_WORDS.exec(description);
    return words && words[1] === description && !description.split(/\s+/).some((w) => PREPOSITION.test(w) || SPEECH_VERBS.has(w) || lexiconTags(w).some((t) => NOT_MODIFIER.has(t) || VERB_TAGS.has(t))) && isPost(description) ? role(description) : [];
  }
  // 'Its development manager for the East Midlands, X': the organisation named before owns the post.
  const its = m[1] !== 'The' ? lastSubjectOrganisation(text, mentions, start) : undefined;
  if (m[1] !== 'The' && !its) return [];
  // "The EBRD's head of office": an organisation the article names elsewhere, where no mention was read.
  const first = its ? undefined : (mentions.find((x) => x.start === start && x.end <= end) ?? writtenOrganisation(text, mentions, start, end) ?? shortNameWritten(text, mentions, start, end));
  if (first || its) {
    // 'The EU ambassador to Kenya': organisation, title, and a place completing the title.
    const organization = its ?? organisationStartingWith(first!, mentions) ?? (first!.kind !== 'PERSON' ? first!.key : undefined);
    // 'The WHO Representative in Cameroon': a capitalised title after the organisation too (v14).
    const parts = /^(?:['’]s)?\s+(\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*){0,3}?|\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,2}?)(?:\s+(?:to|for|in)\s+(?:the\s+)?(\p{Lu}.*))?$/u.exec(text.slice(first ? first.end : start - 1, end));
    // 'Its Director of Human Resources, X': after 'Its'/'Their' a capitalised title with its portfolio, no mention in it; the organisation named before owns it (v30).
    const itsPortfolio = its && !parts ? capitalPortfolioTitle(description, mentions, start, end) : undefined;
    if (itsPortfolio) return role(itsPortfolio, its);
    // 'Its head of production in the west, X': a lower-case title, then its remit in lower-case words; the organisation named before owns it all (round 31b).
    const itsRemit = its && (!parts || parts[1]!.split(/\s+/).some((w) => PREPOSITION.test(w))) ? LOWER_TITLE_REMIT.exec(description) : null;
    // The organisation must be named in this sentence or the one before: 'its' reaches no further back with a lower-case title.
    const itsNear = itsRemit ? mentions.some((x) => x.key === its && x.end <= start && x.sentence >= person.sentence - 1) : false;
    if (itsRemit && itsNear && isTitleHead(itsRemit[1]!) && isPost(itsRemit[1]!) && !mentions.some((x) => x.start >= start && x.end <= end) && !description.split(/\s+/).some((w) => !PREPOSITION.test(w) && w !== 'the' && (SPEECH_VERBS.has(w) || lexiconTags(w).some((t) => NOT_MODIFIER.has(t) || VERB_TAGS.has(t))))) return role(titleText(description), its);
    if (!organization || !parts || parts[1]!.split(/\s+/).some((w) => PREPOSITION.test(w))) {
      // "The EBRD's head of office in Skopje": a possessive owner, then a title with its complement.
      const title = first && first.kind !== 'PERSON' && /^['’]s\s+\p{Ll}/u.test(text.slice(first.end, end)) ? possessedTitle(text, mentions, first, end) : undefined;
      return title && organization ? role(title, organization) : [];
    }
    // 'ambassador to Kenya', 'manager for the East Midlands': a complement completes the title only when it is one name.
    // 'The LNP member for Keppel': after an office held for a constituency, capitalised words no name was read over are the constituency (v15).
    const constituencyAt = end - (parts[2]?.length ?? 0);
    const unread = parts[2] !== undefined && /\sfor\s+$/.test(text.slice(constituencyAt - 5, constituencyAt)) && isConstituencyOffice(parts[1]!) && /^\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}$/u.test(parts[2]) && !mentions.some((x) => x.start < end && x.end > constituencyAt);
    if (parts[2] && !unread && !mentions.some((x) => x.end === end && x.kind !== 'PERSON' && x.surface === parts[2])) return [];
    const titleFrom = end - parts[0].length + parts[0].indexOf(parts[1]!);
    // 'The Samarkand region hokim, X': after a place, a place noun only says what kind of place owns the post; the title is the rest (v27).
    const kind = first?.kind === 'PLACE' && /^\s+$/.test(text.slice(first.end, titleFrom)) ? /^(\p{Ll}+)\s+(?=\p{Ll})/u.exec(text.slice(titleFrom, end)) : null;
    if (kind && PLACE_NOUNS.test(kind[1]!) && !parts[2] && isTitleHead(text.slice(titleFrom + kind[0].length, end))) return role(titleText(text.slice(titleFrom + kind[0].length, end)), organization);
    return role(titleText(text.slice(titleFrom, end)), organization);
  }
  // 'The prosecutor, Inspector X', 'The spokesman, Y': a bare lower-case post after 'The', no organisation (v20).
  if (m[1] === 'The' && BARE_POST.test(description) && !description.split(/\s+/).some((w) => PREPOSITION.test(w) || SPEECH_VERBS.has(w) || lexiconTags(w).some((t) => NOT_MODIFIER.has(t) || VERB_TAGS.has(t))) && isPost(description) && !ORGANISATION_ONLY.test(titleHead(description))) return role(description);
  // 'The head of the OAS mission', 'The chairman of the electoral committee'.
  const head = /^(\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*){0,2}?)\s+(?:of|for|at)\s+(?:the\s+)?/u.exec(description);
  if (!head || head[1]!.split(/\s+/).some((w) => PREPOSITION.test(w))) return [];
  const from = start + head[0].length;
  const owner = mentions.find((x) => x.start === from && x.end <= end && x.kind !== 'PERSON');
  // "The president of the Mendoza wine producers' chamber Bodegas del Oeste": a place and a description ending in an organisation noun, then the organisation's name.
  const named = !owner || owner.kind === 'PLACE' ? mentions.find((x) => x.kind === 'ORGANIZATION' && x.end === end && x.start > from) : undefined;
  const describing = named ? /^\s+((?:\p{Ll}[\p{Ll}-]*(?:['’]s?)?\s+){1,3})$/u.exec(text.slice(owner ? owner.end : from - 1, named.start)) : null;
  if (named && describing && isTitleHead(head[1]!) && isDescribingNoun(describing[1]!.trim().split(/\s+/).pop()!)) return role(head[1]!, named.key);
  const tail = text.slice(owner ? owner.end : from, end);
  // 'The president of the Special Administrative Region of X (RAEOA), Y': the owner's acronym in brackets may follow it.
  if (!(owner ? /^(?:\s*\(\p{Lu}[\p{L}&-]{1,9}\))?(?:\s*\p{Ll}+){0,3}\s*$/u : /^(?:\s*\p{Ll}+){0,3}\s*$/u).test(tail) || (!owner && tail.trim() === '')) return [];
  // 'The director of the theater, X' after 'the Sauto Theater': the one noun stands for the name it ends (v14).
  // 'The director of the national park, X' after 'Kestrel National Park': so do two or three lower-case words the name ends with (v23).
  const stoodFor = !owner && /\s(?:of|for|at)\s+the\s+$/.test(head[0]) && /^\p{Ll}{3,}(?:\s+\p{Ll}{3,}){0,2}$/u.test(tail.trim()) ? describedByNoun(text, mentions, tail.trim().replace(/\s+/g, ' '), start) : undefined;
  return role(head[1]!, owner?.key ?? stoodFor);
}

/**
 * 'said plant geneticist Tigist Haile-Mariam of Addis Ababa University': lower-case title words
 * right before a name that has no title yet, when 'of <organisation>' after the name says
 * where the post is.
 */
function titleBeforeNameRoles(text: string, mentions: readonly ResolvedMention[], person: ResolvedMention): ExtractedRole[] {
  // 'of Addis Ababa University', 'of the consultancy Drewry'.
  const organisation = mentions.find((m) => m.start > person.end && m.start - person.end < 40 && m.kind === 'ORGANIZATION' && /^\s+(?:of|at)\s/.test(text.slice(person.end, m.start)) && isOwnerLead(text.slice(person.end, m.start)));
  // Whole words only: 'Chief meteorologist' is never read from its 'hief'.
  const words = /(?<![\p{L}'’.-])((?:\p{Ll}[\p{Ll}-]*[ \t]+){1,3})$/u.exec(text.slice(Math.max(0, person.start - 60), person.start));
  if (!organisation || !words) return [];
  const all = words[1]!.trim().split(/\s+/);
  if (!isTitleHead(all[all.length - 1]!)) return [];
  let from = all.length - 1;
  while (from > 0 && !lexiconTags(all[from - 1]!).some((t) => NOT_MODIFIER.has(t)) && !SPEECH_VERBS.has(all[from - 1]!)) from--;
  let title = all.slice(from).join(' ').replace(TITLE_PREFIX, '');
  // 'Chief meteorologist X of the PMD' opening a sentence: a capitalised word a curated title opens with is the title's, as written.
  const wordsAt = person.start - words[1]!.length;
  const opener = from === 0 ? /(?:^|[^\p{L}'’.-])(\p{Lu}\p{Ll}+)[ \t]+$/u.exec(text.slice(Math.max(0, wordsAt - 30), wordsAt)) : null;
  const openerAt = opener ? wordsAt - opener[0].length + opener[0].indexOf(opener[1]!) : -1;
  if (opener && title === all.join(' ') && !mentions.some((x) => x.start <= openerAt && x.end > openerAt) && isPortfolioOpener(text, opener[1]!, openerAt)) title = `${opener[1]!} ${title}`;
  return title ? [{ person: person.key, title, organization: organisation.key, start: opener && title.startsWith(opener[1]!) ? openerAt : wordsAt, end: organisation.end }] : [];
}

/** Before a name: lower-case title words, a complement after 'of'/'for' allowed ('director of elections ', 'co-leader '). */
const LOWER_TITLE_BEFORE_NAME = /(?:^|[^\p{L}'’-])((?:\p{Ll}[\p{Ll}-]*[ \t]+){0,2}\p{Ll}[\p{Ll}-]*(?:[ \t]+(?:of|for)[ \t]+\p{Ll}[\p{Ll}-]*)?)[ \t]+$/u;

/**
 * 'Fine Gael director of elections Siobhán Carty', 'Social Democrats co-leader Ciarán O'Dwyer': an
 * organisation, then lower-case title words mention detection did not read as a title, then the
 * name. The organisation owns the post.
 */
function ownerTitleBeforeNameRoles(text: string, mentions: readonly ResolvedMention[], person: ResolvedMention, placeOwner = false): ExtractedRole[] {
  const m = LOWER_TITLE_BEFORE_NAME.exec(text.slice(Math.max(0, person.start - 60), person.start));
  if (!m) return [];
  const title = m[1]!;
  const from = person.start - m[0].length + m[0].indexOf(title);
  const owner = mentions.find((x) => (x.kind === 'ORGANIZATION' || (placeOwner && x.kind === 'PLACE')) && x.end <= from && (/^(?:['’]s?)?[ \t]+$/.test(text.slice(x.end, from)) || isBracketedBefore(text, x, from)));
  const words = title.split(/\s+/);
  const main = words.filter((w, i) => !PREPOSITION.test(w) && !(i > 0 && PREPOSITION.test(words[i - 1]!)));
  // 'DMTCL managing director': a participle that opens a post ('managing', 'presiding') is the title's (v20).
  if (!owner || !isTitleHead(title) || main.some((w) => SPEECH_VERBS.has(w) || (!PARTICIPLE_POSTS.has(w) && lexiconTags(w).some((t) => NOT_MODIFIER.has(t)))) || !isPost(title)) return [];
  return [{ person: person.key, title: title.replace(TITLE_PREFIX, ''), organization: organisationStartingWith(owner, mentions) ?? owner.key, start: owner.start, end: person.end }];
}

/** Opening a sentence or a line before a name: one capitalised word and one to three lower-case words ('Procurator fiscal depute '). */
const OPENING_TITLE = /(?:^|[.!?]["”’]?[ \t]+|\n[ \t]*)(\p{Lu}\p{Ll}+(?:[ \t]+\p{Ll}[\p{Ll}-]*){1,3})[ \t]+$/u;

/**
 * 'Procurator fiscal depute Eilidh Sangster told the court': a post written in sentence case opening
 * the sentence before a name that has no title yet, its head a title word. As written, no
 * organisation (none is named). Not a place, a nationality or a clause opener as its first word.
 */
function openingTitleRoles(text: string, mentions: readonly ResolvedMention[], person: ResolvedMention): ExtractedRole[] {
  const m = OPENING_TITLE.exec(text.slice(Math.max(0, person.start - 60), person.start));
  if (!m) return [];
  const title = m[1]!;
  const start = person.start - m[0].length + m[0].indexOf(title);
  const [first, ...rest] = title.split(/\s+/);
  if (NOT_TITLE_OPENER.test(first!) || lookupGazetteer(first!) || lookupDemonym(first!) || mentions.some((x) => x.start < person.start && x.end > start)) return [];
  if (rest.some((w) => PREPOSITION.test(w) || w === 'and' || SPEECH_VERBS.has(w) || lexiconTags(w).some((t) => NOT_MODIFIER.has(t) || VERB_TAGS.has(t)))) return [];
  if (lexiconTags(first!.toLowerCase()).some((t) => NOT_MODIFIER.has(t) || VERB_TAGS.has(t))) return [];
  if (!isTitleHead(title) || !isPost(title)) return [];
  return [{ person: person.key, title: title.replace(TITLE_PREFIX, ''), start, end: person.end }];
}

/** Mid-sentence before a name: a word that cannot open a title, then a lower-case post with a complement after 'of' ('the party of head of government X'). */
const OF_TITLE_BEFORE = /(?:^|[^\p{L}])(?:of|for|to|by|with|and|said|says|told|the)[ \t]+(\p{Ll}[\p{Ll}-]*(?:[ \t]+\p{Ll}[\p{Ll}-]*)?[ \t]+of[ \t]+\p{Ll}[\p{Ll}-]*)[ \t]+$/u;

/**
 * 'the party of head of government Marc X', 'said chief of staff Ana Y': a lower-case post with
 * its complement after 'of' right before a name, mid-sentence; no organisation (the phrase names
 * none) (v19).
 */
/**
 * 'Judge X of the 2nd Criminal Court', 'Historian X of the University of Y': the organisation written after 'of' right
 * after the name owns a title written before it; a head of government's 'of <organisation>' is the party, no owner (v17).
 */
function ofOrganisationAfter(text: string, mentions: readonly ResolvedMention[], nameEnd: number, title: string): string | undefined {
  if (HEAD_OF_GOVERNMENT.test(title.replace(TITLE_PREFIX, '')) || !/^\s+of\s/.test(text.slice(nameEnd, nameEnd + 5))) return undefined;
  const ofOwner = mentions.find((m) => m.start > nameEnd && m.start - nameEnd < 40 && m.kind === 'ORGANIZATION' && isOwnerLead(text.slice(nameEnd, m.start)));
  // "Detective Inspector X of the Police Service's Financial Crimes Unit": a unit the owner possesses is the nearer owner (v24).
  return (ofOwner ? possessedUnit(text, mentions, ofOwner) : undefined) ?? ofOwner?.key;
}

/** "the Police Service's Financial Crimes Unit": an organisation written right after an organisation's possessive is its unit (v24). */
function possessedUnit(text: string, mentions: readonly ResolvedMention[], owner: ResolvedMention): string | undefined {
  const gap = /^['’]s[ \t]+/.exec(text.slice(owner.end, owner.end + 4));
  if (!gap) return undefined;
  const at = owner.end + gap[0].length;
  return mentions.find((m) => m.start === at && m.kind === 'ORGANIZATION')?.key;
}

/** 'only Burkinabè director in competition': a description opened by 'only' (v24). */
const ONLY_ONE = /^only\s/i;
/** 'Chadian director X' right before the name. */
const DEMONYM_DIRECTOR = /(\p{Lu}[\p{L}]+)[ \t]+director[ \t]+$/u;

/**
 * 'Cameroonian director Jean-Pierre X', 'Chadian director Y': a bare 'director' after a demonym, with no
 * organisation but at most that country, is the occupation of a film or stage director; a country has no
 * post called 'director' (v24).
 */
function isDemonymDirector(text: string, mentions: readonly ResolvedMention[], r: ExtractedRole, places: ReadonlySet<string>): boolean {
  if (r.title.toLowerCase() !== 'director' || (r.organization && !places.has(r.organization))) return false;
  const person = mentions.find((x) => x.key === r.person && x.kind === 'PERSON' && x.start >= r.start && x.start <= r.end);
  const before = person ? DEMONYM_DIRECTOR.exec(text.slice(Math.max(0, person.start - 40), person.start)) : null;
  return before !== null && countryOfDemonym(before[1]!) !== undefined;
}

function ofTitleBeforeNameRoles(text: string, mentions: readonly ResolvedMention[], person: ResolvedMention): ExtractedRole[] {
  const m = OF_TITLE_BEFORE.exec(text.slice(Math.max(0, person.start - 50), person.start));
  if (!m) return [];
  const title = m[1]!;
  const start = person.start - m[0].length + m[0].lastIndexOf(title);
  const words = title.split(/[ \t]+/);
  const complement = words[words.length - 1]!;
  if (mentions.some((x) => x.start < person.start && x.end > start) || words.slice(0, -2).some((w) => PREPOSITION.test(w) || w === 'and' || SPEECH_VERBS.has(w) || lexiconTags(w).some((t) => NOT_MODIFIER.has(t) || VERB_TAGS.has(t)))) return [];
  if (lexiconTags(complement).some((t) => NOT_MODIFIER.has(t) || VERB_TAGS.has(t)) || !isTitleHead(title) || !isPost(title) || ORGANISATION_ONLY.test(titleHead(title))) return [];
  return [{ person: person.key, title, start, end: person.end }];
}

/** A list row's attributes after the name, up to the full stop: ', 44, Åländsk Center. ' (an age, a party, a home town). */
const ROW_ATTRIBUTES = /^((?:,[ \t]+[^,.;:\n]{1,50}){1,3})\.[ \t]+(?=\p{Lu})/u;
/** One attribute: a number, or capitalised words with short particles between ('Liberalerna på Åland'). */
const ROW_ATTRIBUTE = /^(?:\d{1,3}|\p{Lu}[\p{L}'’.-]*(?:[ \t]+(?:\p{Ll}{1,3}[ \t]+)?\p{Lu}[\p{L}'’.-]*)*)$/u;
/** What may close a row's post: the year it was taken ('Member of the Lagting since 2031'). */
const ROW_POST_TAIL = /^(?:[ \t]+since[ \t]+\d{4})?$/;

/**
 * A list of people, one per line, each row the name, its attributes, then posts in a verbless
 * sentence (v17 THE CANDIDATES box): 'Annika X, 44, Centre Party. Member of the Lagting since
 * 2031.', 'Ida Y, 29, Labour. Nurse and municipal councillor in Mariehamn.', 'Rasmus Z, 51,
 * Greens. Former harbour master of Mariehamn.' Each part joined by 'and' is read as an
 * appositive: title words (no verb), then 'of'/'in'/'at'/'for' the place or organisation named
 * there; a portfolio of a government office stays in the title ('Minister of Infrastructure in
 * the Government of X'). Occupations ('Nurse') are no posts.
 */
function listRowRoles(text: string, mentions: readonly ResolvedMention[], person: ResolvedMention): ExtractedRole[] {
  const lineStart = text.lastIndexOf('\n', person.start - 1) + 1;
  if (person.start - lineStart > 4 || text[person.end] !== ',' || !/^[ \t]*(?:[-*•–][ \t]+)?$/.test(text.slice(lineStart, person.start))) return [];
  const lineEnd = text.indexOf('\n', person.end);
  const line = text.slice(person.end, lineEnd < 0 ? text.length : lineEnd);
  const head = ROW_ATTRIBUTES.exec(line);
  if (!head || !head[1]!.split(',').slice(1).every((a) => ROW_ATTRIBUTE.test(a.trim()))) return [];
  const from = person.end + head[0].length;
  const sentence = /^[^.;:!?“”"()]*/.exec(text.slice(from, person.end + line.length))![0];
  if (!/^\.?[ \t]*$/.test(text.slice(from + sentence.length, person.end + line.length))) return [];
  const roles: ExtractedRole[] = [];
  let itemAt = from;
  for (const item of sentence.split(/([ \t]+and[ \t]+)/)) {
    const at = itemAt;
    itemAt += item.length;
    if (/^[ \t]+and[ \t]+$/.test(item)) continue;
    const prefix = TITLE_PREFIX.exec(item)?.[0].length ?? 0;
    const words = /^(\p{L}[\p{Ll}-]*(?:[ \t]+\p{Ll}[\p{Ll}-]*){0,3}?)(?=[ \t]+(?:of|in|at|for|since)[ \t]|[ \t]*$)/u.exec(item.slice(prefix));
    if (!words) continue;
    let title = words[1]!;
    let rest = item.slice(prefix + title.length);
    let organization: string | undefined;
    for (let hop = 0; hop < 2 && !organization; hop++) {
      const prep = /^[ \t]+(of|in|at|for)[ \t]+(?:the[ \t]+)?/.exec(rest);
      if (!prep) break;
      const ownerAt = at + item.length - rest.length + prep[0].length;
      // The organisation the article names elsewhere by the words written there ('Member of the Lagting' with no mention read there).
      const run = /^\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*){0,4}/u.exec(text.slice(ownerAt, at + item.length))?.[0];
      const elsewhere = run && !mentions.some((x) => x.start < ownerAt + run.length && x.end > ownerAt) ? mentions.find((x) => x.kind === 'ORGANIZATION' && x.surface === run) : undefined;
      const owner = mentions.find((x) => x.start === ownerAt && x.kind !== 'PERSON') ?? (elsewhere ? { ...elsewhere, start: ownerAt, end: ownerAt + run!.length } : undefined);
      if (owner) {
        organization = owner.key;
        rest = text.slice(owner.end, at + item.length);
        break;
      }
      // 'Minister of Infrastructure': capitalised words no name was read over complete a government office.
      const portfolio = /^\p{Lu}\p{Ll}+(?:[ \t]+and[ \t]+\p{Lu}\p{Ll}+)?/u.exec(rest.slice(prep[0].length));
      if (!portfolio || hop > 0 || !/^(?:of|for)$/.test(prep[1]!) || !GOVERNMENT_OFFICE.test(title)) break;
      title = `${title}${prep[0]}${portfolio[0]}`.replace(/\s+/g, ' ');
      rest = rest.slice(prep[0].length + portfolio[0].length);
    }
    if (!ROW_POST_TAIL.test(rest) && !organization) continue;
    if (organization && !ROW_POST_TAIL.test(rest)) continue;
    const plain = title.split(/\s+/);
    if (plain.some((w) => SPEECH_VERBS.has(w.toLowerCase()) || lexiconTags(w.toLowerCase()).some((t) => VERB_TAGS.has(t) && t !== 'Adverb'))) continue;
    if (!isTitleHead(title) || !isPost(title) || (!organization && ORGANISATION_ONLY.test(titleHead(title)))) continue;
    roles.push({ person: person.key, title, organization, start: person.start, end: at + item.length });
  }
  return roles;
}

/** After a quotation's closing mark and comma: one to three lower-case words ('," canal administrator '). */
const QUOTED_TITLE_BEFORE = /(?:[”"],|,[”"])[ \t]+((?:\p{Ll}[\p{Ll}-]*[ \t]+){0,2}\p{Ll}[\p{Ll}-]*)[ \t]+$/u;

/**
 * '"...," canal administrator Rubén X told reporters': lower-case title words between a quotation
 * and the speaker's name, that mention detection did not read as a title; as written, no
 * organisation (none is named). Its head a title word, no verb or function word among them (v17).
 */
function quotedSpeakerTitleRoles(text: string, mentions: readonly ResolvedMention[], person: ResolvedMention): ExtractedRole[] {
  const before = text.slice(Math.max(0, person.start - 50), person.start);
  if (!before.includes('"') && !before.includes('”')) return [];
  const m = QUOTED_TITLE_BEFORE.exec(before);
  if (!m) return [];
  const title = m[1]!;
  const words = title.split(/\s+/);
  if (words.some((w) => PREPOSITION.test(w) || w === 'and' || SPEECH_VERBS.has(w) || lexiconTags(w).some((t) => NOT_MODIFIER.has(t) || VERB_TAGS.has(t)))) return [];
  if (!isTitleHead(title) || !isPost(title) || ORGANISATION_ONLY.test(titleHead(title))) return [];
  const start = person.start - m[0].length + m[0].indexOf(title, 2);
  if (mentions.some((x) => x.start < person.start && x.end > start)) return [];
  return [{ person: person.key, title: title.replace(TITLE_PREFIX, ''), start, end: person.end }];
}

/**
 * 'Coun. Rosario Dela Cruz', 'Sen. Ada Obi': an abbreviated title of the curated table right
 * before a name. Sentence splitting may have cut after its dot, so mention detection never saw it.
 */
function abbreviatedTitleRoles(text: string, mentions: readonly ResolvedMention[], person: ResolvedMention): ExtractedRole[] {
  const m = /(?:^|[\s(“"])(\p{Lu}\p{Ll}{1,4}\.)[ \t]+$/u.exec(text.slice(Math.max(0, person.start - 12), person.start));
  const word = m ? foldSurface(m[1]!) : '';
  if (!m || HONORIFIC.test(m[1]!) || !isOneWordTitle(word) || !isCuratedTitle(m[1]!.toLowerCase())) return [];
  const start = person.start - m[0].length + m[0].indexOf(m[1]!);
  // 'Cebu Gov. X': an office held for a place, abbreviated, after the name of the place (or body) it serves (round 29b).
  const served = PLACE_OFFICE.test(m[1]!) ? mentionBeforeTitle(text, mentions, start) : undefined;
  const owner = served && served.kind !== 'PERSON' && /^[ \t]+$/.test(text.slice(served.end, start)) ? served : undefined;
  return [{ person: person.key, title: m[1]!, organization: owner?.key, start: owner?.start ?? start, end: person.end }];
}

/** Before a name: a capitalised title run and an optional honorific ('Principal Secretary for Medical Services Dr. '). */
// The Egyptian engineering honorific too: 'Chairman Eng. Hatem X' (v17).
const CAPITAL_TITLE_RUN = /(?:^|[^\p{L}.'’-])((?:\p{Lu}[\p{L}-]*[ \t]+(?:(?:of|for|and)[ \t]+)?){1,7})(?:(?:Dr|Prof|Mr|Mrs|Ms|Eng)\.[ \t]+)?$/u;
/** Words that open a sentence or a clause and are no part of a title. */
/** 'County Governor' after a place: an administrative noun ending the place's name, then a one-word office (group 1). */
const ADMIN_NOUN_TITLE = /^(?:County|Province|District|Prefecture|Governorate)[ \t]+(\p{Lu}\p{Ll}+)$/u;
const NOT_TITLE_OPENER = /^(?:The|A|An|This|That|Its|Their|His|Her|But|And|When|As|In|On|At|For|Of)$/;

/**
 * 'Principal Secretary for Medical Services Dr. Wairimu Njoroge-Kariuki', 'NCDC Director General
 * Dr. Ifeanyi Nwachukwu': capitalised title words before a name (an honorific between) that
 * mention detection did not read as a title. A mention opening the run is the organisation
 * ('NCDC'), a demonym before a government office the country; the rest is the title when its
 * head is a title word.
 */
function capitalTitleRoles(text: string, mentions: readonly ResolvedMention[], person: ResolvedMention): ExtractedRole[] {
  const lead = Math.max(0, person.start - 90);
  const m = CAPITAL_TITLE_RUN.exec(text.slice(lead, person.start));
  if (!m) return [];
  const from = lead + m.index + m[0].indexOf(m[1]!);
  const runEnd = from + m[1]!.trimEnd().length;
  // The run must stand alone: no mention of a person or a word of a longer name overlaps it.
  if (mentions.some((x) => x.start < runEnd && x.end > from && (x.kind === 'PERSON' || x.start < from || x.end > runEnd))) return [];
  let titleFrom = from;
  let organization: string | undefined;
  const first = mentions.find((x) => x.start === from && x.end < runEnd);
  // 'Opposition Leader X' with 'Opposition' read as a name: a word a curated title of two words opens with is the title's (v15).
  if (first && !opensCuratedTitle(text.slice(from, runEnd))) {
    organization = organisationStartingWith(first, mentions) ?? first.key;
    titleFrom = first.end + (/^[ \t]+/.exec(text.slice(first.end))?.[0].length ?? 0);
  } else {
    const opener = /^(\p{Lu}\p{Ll}+)[ \t]+/u.exec(text.slice(from, runEnd));
    if (opener && NOT_TITLE_OPENER.test(opener[1]!)) titleFrom = from + opener[0].length;
    if (opener && countryOfDemonym(opener[1]!) && !lookupGazetteer(opener[1]!)) {
      titleFrom = from + opener[0].length;
      const title = text.slice(titleFrom, runEnd);
      organization = GOVERNMENT_OFFICE.test(title) ? countryNamedByDemonym(opener[1]!, mentions) : undefined;
    }
  }
  // A possessor before the run owns the post ("Kenya's Principal Secretary").
  if (!organization && titleFrom === from) {
    const owner = mentions.find((x) => x.kind !== 'PERSON' && /^['’]s[ \t]+$/.test(text.slice(x.end, from)));
    organization = owner ? (organisationStartingWith(owner, mentions) ?? owner.key) : undefined;
  }
  // 'Director General NDMA X', 'Deputy Commissioner Skardu X' (agency style): an organisation or a place written right
  // after a capitalised title, right before the name, owns the post (v30).
  let titleEnd = runEnd;
  if (!organization) {
    const owner = mentions.find((x) => x.end === runEnd && x.start > titleFrom && (x.kind === 'ORGANIZATION' || x.kind === 'PLACE'));
    const head = owner ? text.slice(titleFrom, owner.start).trimEnd() : '';
    if (owner && head && /^[ \t]+$/.test(text.slice(owner.end, person.start)) && !/\b(?:of|for|and)$/.test(head) && isTitleHead(head) && !mentions.some((x) => x.start >= titleFrom && x.end <= owner.start)) {
      organization = owner.kind === 'ORGANIZATION' ? (organisationStartingWith(owner, mentions) ?? owner.key) : owner.key;
      titleEnd = titleFrom + head.length;
    }
  }
  const title = titleText(text.slice(titleFrom, titleEnd));
  if (!title || /\b(?:of|for|and)$/.test(title) || !/^\p{Lu}/u.test(title) || !isTitleHead(title) || mentions.some((x) => x.start >= titleFrom && x.end <= titleEnd && !/\b(?:of|for)\s+$/.test(text.slice(titleFrom, x.start)))) return [];
  // 'Historian X of the University of Y' with the occupation read apart from the name: the organisation after 'of' owns it, as for a title read with the name (v30).
  organization ??= ofOrganisationAfter(text, mentions, person.end, title);
  // 'Sonelgaz Chairman and CEO X': two posts joined by 'and', each a title of its own, both the organisation's.
  const pair = /^(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3})\s+and\s+(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3})$/u.exec(title);
  const posts = pair && isTitleHead(pair[1]!) && isTitleHead(pair[2]!) && !NOT_TITLE_OPENER.test(pair[2]!.split(/\s+/)[0]!) ? [pair[1]!, pair[2]!] : [title];
  return posts.map((t) => ({ person: person.key, title: t, organization, start: Math.min(from, titleFrom), end: person.end }));
}

/** True when a run's first two words are a curated title as a whole ('Opposition Leader'), its first word no place the gazetteer knows. */
function opensCuratedTitle(run: string): boolean {
  const words = foldSurface(run).split(' ');
  return words.length >= 2 && !lookupGazetteer(run.split(/\s+/)[0]!) && vocab().titles.some((t) => t.length === 2 && t[0] === words[0] && t[1] === words[1]);
}

/** ', who lost her home and is now president of the ': a post named with 'is'/'was' in a relative clause, before its organisation. */
const COPULA_POST = /^,\s+who\s+[^,.;:“”"]*?\b(?:is|was)\s+(?:now\s+|also\s+|currently\s+)?(?:the\s+)?((?:\p{Ll}[\p{Ll}-]*\s+){0,2}\p{Ll}[\p{Ll}-]*)\s+(?:of|at|for)\s+(?:the\s+)?$/u;

/** 'Ana Paula Ferreira, who lost her home and is now president of the Association of Families': the post and its organisation. */
function relativeClauseRoles(text: string, mentions: readonly ResolvedMention[], person: ResolvedMention): ExtractedRole[] {
  const organisation = mentions.find((x) => x.start > person.end && x.start - person.end < MAX_APPOSITIVE && x.kind === 'ORGANIZATION' && COPULA_POST.test(text.slice(person.end, x.start)));
  const title = organisation ? COPULA_POST.exec(text.slice(person.end, organisation.start))![1]! : '';
  return organisation && isTitleHead(title) ? [{ person: person.key, title, organization: organisation.key, start: person.start, end: organisation.end }] : [];
}

/** "As the state's health commissioner, she won praise": a post in an 'As' phrase opening the sentence, before a pronoun. */
const AS_POST = /(?:^|[.!?]["”’]?\s+|\n)As\s+(?:the\s+(\p{Ll}+)['’]s\s+|(?:its|their)\s+)?((?:\p{Ll}[\p{Ll}-]*\s+){0,3}\p{Ll}[\p{Ll}-]*),\s+(?:he|she)\b/gu;

/**
 * "As the state's health commissioner, she ...": the post belongs to the person named last
 * before; a described owner ("the state's") is the place or organisation named before with
 * that noun, 'its' the organisation named last.
 */
function asPostRoles(text: string, mentions: readonly ResolvedMention[]): ExtractedRole[] {
  const roles: ExtractedRole[] = [];
  for (const m of text.matchAll(AS_POST)) {
    const at = m.index! + m[0].indexOf('As');
    const title = m[2]!;
    if (!isTitleHead(title) || title.split(/\s+/).some((w) => PREPOSITION.test(w) || lexiconTags(w).some((t) => NOT_MODIFIER.has(t)))) continue;
    const person = [...mentions].reverse().find((x) => x.end <= at && x.kind === 'PERSON');
    if (!person) continue;
    const organization = m[1] ? describedOwner(m[1], mentions, at, text) : /\b(?:its|their)\s/i.test(m[0]) ? lastSubjectOrganisation(text, mentions, at) : undefined;
    roles.push({ person: person.key, title: title.replace(TITLE_PREFIX, ''), organization, start: at, end: at + m[0].length });
  }
  return roles;
}

/** 'the Honourable Justices ': a capitalised plural title before a list of names (the lookbehind after the capital, so the scan skips to capitals). */
const PLURAL_TITLE = /(\p{Lu}(?<![\p{L}.'’-]\p{Lu})\p{Ll}+)s[ \t]+(?=\p{Lu})/gu;
/** Between two names of a list: ', ', ' and ', ', and '. */
const LIST_GAP = /^(?:,[ \t]+(?:and[ \t]+)?|[ \t]+and[ \t]+)$/;

/** The one-word phrases of vocab().titles and the curated titles as Sets, built once (lookups instead of scanning the lists per word). */
let oneWordTitles: Set<string> | undefined;
let curatedTitles: Set<string> | undefined;
function isOneWordTitle(word: string): boolean {
  oneWordTitles ??= new Set(vocab().titles.filter((t) => t.length === 1).map((t) => t[0]!));
  return oneWordTitles.has(word);
}
function isCuratedTitle(word: string): boolean {
  curatedTitles ??= new Set(curated().titles);
  return curatedTitles.has(word);
}

/**
 * 'the Honourable Justices A, B, C and D': a capitalised plural of a curated title before a list
 * of people gives each the singular title ('Justice'), no organisation. The first name may have
 * been read with the title inside it.
 */
function pluralTitleRoles(text: string, mentions: readonly ResolvedMention[]): ExtractedRole[] {
  const roles: ExtractedRole[] = [];
  for (const m of text.matchAll(PLURAL_TITLE)) {
    const word = m[1]!;
    const single = word.toLowerCase();
    if (!(isOneWordTitle(single) && isCuratedTitle(single)) && !MORE_TITLE_WORDS.has(single)) continue;
    const at = m.index! + m[0].length;
    let i = mentions.findIndex((x) => x.end > at && x.start <= at);
    if (i < 0) continue;
    const list = [mentions[i]!];
    while (i + 1 < mentions.length && mentions[i + 1]!.kind !== 'PLACE' && LIST_GAP.test(text.slice(mentions[i]!.end, mentions[i + 1]!.start))) list.push(mentions[++i]!);
    // One name after a plural is no list ('Justices Smith' would be a misreading of one judge); only people take the title.
    if (list.length < 2) continue;
    for (const x of list) if (x.kind === 'PERSON') roles.push({ person: x.key, title: word, start: m.index!, end: x.end });
  }
  return roles;
}

/** "by the museum's founder, the diamond trader ": a described owner's post, then the name (a description of the person may stand between). */
const DESCRIBED_POST_BEFORE = /\b[Tt]he\s+(\p{Ll}+)['’]s\s+((?:\p{Ll}[\p{Ll}-]*\s+){0,2}\p{Ll}[\p{Ll}-]*),\s+(?:(?:the|a|an)\s+(?:\p{Ll}[\p{Ll}-]*\s+){1,3})?$/u;

/** "bought by the museum's founder, the diamond trader Emiel Verhaegen": the post in a description before the name, mid-sentence. */
function describedPostRoles(text: string, mentions: readonly ResolvedMention[], person: ResolvedMention): ExtractedRole[] {
  const m = DESCRIBED_POST_BEFORE.exec(text.slice(Math.max(0, person.start - 100), person.start));
  if (!m || !isTitleHead(m[2]!) || m[2]!.split(/\s+/).some((w) => PREPOSITION.test(w) || lexiconTags(w).some((t) => NOT_MODIFIER.has(t)))) return [];
  const at = person.start - m[0].length;
  return [{ person: person.key, title: m[2]!.replace(TITLE_PREFIX, ''), organization: describedOwner(m[1]!, mentions, at, text), start: at, end: person.end }];
}

/** 'Landeshauptfrau Theresia Haslwanter' read as one name: one capitalised word, then a given name and a surname. */
const TITLE_IN_NAME = /^(\p{Lu}[\p{Ll}-]+)\s+\p{Lu}\S*\s+\p{Lu}/u;

/**
 * A person's mention that opens with a title word mention detection did not strip ('Landeshauptfrau
 * Theresia X', 'Trustee Anna Y'): the words are the person's title, no organisation (v16). Only before
 * two more names, so that a title word that is also a surname ('Bishop') is not read in 'Bishop Smith',
 * and only for a person the article names elsewhere without the title ('Haslwanter said').
 * 'Deputy Speaker X Y Z': the title runs over every capitalised word that keeps it a title.
 */
function leadingTitleRoles(mentions: readonly ResolvedMention[], titledStarts: ReadonlySet<number>): ExtractedRole[] {
  const roles: ExtractedRole[] = [];
  for (const m of mentions) {
    if (m.kind !== 'PERSON' || titledStarts.has(m.start)) continue;
    const lead = TITLE_IN_NAME.exec(m.surface);
    if (!lead || HONORIFIC_TITLE.test(lead[1]!) || !isTitleHead(lead[1]!) || lexiconTags(lead[1]!.toLowerCase()).some((t) => NAME_TAGS.has(t))) continue;
    const words = m.surface.split(/\s+/);
    let n = 1;
    while (n + 3 <= words.length && /^\p{Lu}\p{Ll}+$/u.test(words[n]!) && isTitleHead(words.slice(0, n + 1).join(' '))) n++;
    const title = words.slice(0, n).join(' ');
    if (!mentions.some((x) => x.key === m.key && !x.surface.startsWith(title))) continue;
    roles.push({ person: m.key, title, start: m.start, end: m.end });
  }
  return roles;
}

/** Heads of a government, held for a place, never in an organisation: 'Prime Minister', 'Taoiseach', 'Lantråd'. */
const HEAD_OF_GOVERNMENT = /^(?:prime\s+minister|premier|chancellor|chief\s+minister|first\s+minister|taoiseach|lyonchhen|lantråd|landeshauptmann|landeshauptfrau)$/i;

/** Lower-case nouns for an institution opening a title ('hospital spokeswoman'), and the words that name one of its kind. */
const INSTITUTION_NAMES: ReadonlyMap<string, RegExp> = new Map([
  ['hospital', /\b(?:Hospital|Clinic|Infirmary|Medical Cent(?:er|re)|Health Cent(?:er|re))\b/],
  ['university', /\b(?:University|Universidad|Université|Universität|Polytechnic)\b/],
  ['museum', /\b(?:Museum|Gallery)\b/],
  ['airport', /\bAirport\b/],
  ['prison', /\b(?:Prison|Penitentiary|Jail|Gaol)\b/],
]);

/**
 * 'hospital spokeswoman X': a lower-case institution noun opening a title stands for the one
 * organisation of that kind the person's sentence names ('At the Puerto Rico Medical Center ...,
 * hospital spokeswoman X said'); the noun then leaves the title. None named there: no owner (v17
 * 'hospital director X' of 'the regional hospital').
 */
function institutionNamedBy(title: string, mentions: readonly ResolvedMention[], at: number): [string, string] | undefined {
  const m = /^(\p{Ll}+)\s+(\p{Ll}.*)$/u.exec(title);
  const names = m ? INSTITUTION_NAMES.get(m[1]!) : undefined;
  if (!m || !names || !isTitleHead(m[2]!)) return undefined;
  const sentence = mentions.find((x) => x.start === at)?.sentence;
  if (sentence === undefined) return undefined;
  const keys = new Set(mentions.filter((x) => x.sentence === sentence && x.kind === 'ORGANIZATION' && names.test(x.surface)).map((x) => x.key));
  return keys.size === 1 ? [m[2]!, [...keys][0]!] : undefined;
}

/** 'state ' before a title: one lower-case word. */
const LEVEL_BEFORE = /(?<![\p{L}'’-])(\p{Ll}+)[ \t]+$/u;

/** '(PCG) ' right before `at`: a mention in brackets, the bracket closing before the title. */
function isBracketedBefore(text: string, x: ResolvedMention, at: number): boolean {
  return x.kind === 'ORGANIZATION' && text[x.start - 1] === '(' && /^\)[ \t]+$/.test(text.slice(x.end, at));
}

/** "Sejuk founder and ": an owner, lower-case title words and 'and' before a title. */
const ROW_LOWER_AND = /(?:^|[^\p{L}])((?:\p{Ll}[\p{Ll}-]*[ \t]+){1,3})and[ \t]+$/u;
/** 'Lao Deputy Prime Minister and ': capitalised title words and 'and' before a title. */
const ROW_CAPITAL_AND = /(?:^|[^\p{L}.'’-])((?:\p{Lu}[\p{L}-]*[ \t]+){1,5})and[ \t]+$/u;
/** 'Colorado Party president ': an owner and lower-case title words before a capitalised title. */
const ROW_LOWER = /(?:^|[^\p{L}])((?:\p{Ll}[\p{Ll}-]*[ \t]+){1,3})$/u;

/**
 * Two titles in a row before a name: "Sejuk founder and president director X" (the owner before
 * the first holds both posts: `shared`), 'Lao Deputy Prime Minister and Foreign Minister X' (a
 * country or its demonym opening the first), 'Colorado Party president Senator X' (a lower-case
 * post of the owner before a capitalised title, which keeps its own reading). Returns the first
 * title, its organisation and where it starts.
 */
function titleInARow(text: string, mentions: readonly ResolvedMention[], at: number, capitalTitle: boolean): { title: string; organization?: string; start: number; shared: boolean } | undefined {
  const before = text.slice(Math.max(0, at - 80), at);
  const words = (phrase: string) => phrase.trim().split(/\s+/);
  const plain = (phrase: string) => words(phrase).every((w) => !PREPOSITION.test(w) && !SPEECH_VERBS.has(w) && !lexiconTags(w).some((t) => NOT_MODIFIER.has(t)));
  // 'Philippine Coast Guard (PCG) spokesperson Rear Admiral X': an acronym in brackets after the name stands for it.
  const ownerBefore = (from: number) => mentions.find((x) => x.kind !== 'PERSON' && x.end <= from && (/^(?:['’]s)?[ \t]+$/.test(text.slice(x.end, from)) || isBracketedBefore(text, x, from)));
  const lowerAnd = ROW_LOWER_AND.exec(before);
  if (lowerAnd && plain(lowerAnd[1]!) && isTitleHead(lowerAnd[1]!.trim())) {
    const from = at - lowerAnd[0].length + lowerAnd[0].indexOf(lowerAnd[1]!);
    const owner = ownerBefore(from);
    if (owner) return { title: titleText(lowerAnd[1]!), organization: organisationStartingWith(owner, mentions) ?? owner.key, start: owner.start, shared: true };
  }
  const capitalAnd = ROW_CAPITAL_AND.exec(before);
  if (capitalAnd && capitalTitle) {
    let from = at - capitalAnd[0].length + capitalAnd[0].indexOf(capitalAnd[1]!);
    const first = /^(\p{Lu}\p{Ll}+)[ \t]+/u.exec(capitalAnd[1]!);
    const inside = mentions.find((x) => x.start >= from && x.end <= at);
    let organization: string | undefined;
    if (inside && inside.start === from && first && inside.surface === first[1] && inside.kind !== 'PERSON') {
      organization = inside.key;
      from = inside.end + first[0].length - first[1]!.length;
    } else if (inside && inside.start === from && inside.kind === 'ORGANIZATION' && /\s/.test(inside.surface) && /^[ \t]+\p{Lu}/u.test(text.slice(inside.end, at)) && mentions.filter((x) => x.start >= from && x.end <= at).length === 1) {
      // 'Kansai Tsushin President and Representative Director X': an organisation of two words or more opens the first title.
      organization = organisationStartingWith(inside, mentions) ?? inside.key;
      from = inside.end + /^[ \t]+/.exec(text.slice(inside.end))![0].length;
    } else if (!inside && knownOpening(capitalAnd[1]!, mentions)) {
      // 'Kansai Tsushin President and ...' with no mention read there: the organisation the article names by those words.
      const known = knownOpening(capitalAnd[1]!, mentions)!;
      organization = organisationStartingWith(known, mentions) ?? known.key;
      from += known.surface.length + /^[ \t]+/.exec(text.slice(from + known.surface.length))![0].length;
    } else if (first && (countryOfDemonym(first[1]!) || lookupGazetteer(first[1]!)?.id.startsWith('country:'))) {
      // 'Lao', 'Kazakh': the country the demonym or short name names, when the article names it.
      const id = countryOfDemonym(first[1]!) ?? lookupGazetteer(first[1]!)!.id;
      organization = mentions.find((m) => m.kind === 'PLACE' && lookupGazetteer(m.surface)?.id === id)?.key;
      from += first[0].length;
    } else if (inside) return undefined;
    const title = titleText(text.slice(from, at - /and[ \t]+$/.exec(before)![0].length));
    if (title && !NOT_TITLE_OPENER.test(words(title)[0]!) && isTitleHead(title) && /^\p{Lu}/u.test(title)) return { title, organization, start: from, shared: organization !== undefined && GOVERNMENT_OFFICE.test(title) };
    return undefined;
  }
  const lower = capitalTitle ? ROW_LOWER.exec(before) : null;
  if (lower && plain(lower[1]!) && isTitleHead(lower[1]!.trim())) {
    const from = at - lower[0].length + lower[0].indexOf(lower[1]!);
    const owner = ownerBefore(from);
    if (owner) return { title: titleText(lower[1]!), organization: organisationStartingWith(owner, mentions) ?? owner.key, start: owner.start, shared: false };
  }
  return undefined;
}

/** A capitalised word opening a title before lower-case title words: 'Confederation president' (group 1: the word). */
const SHORT_FORM_OPENING = /^(\p{Lu}\p{Ll}{3,})[ \t]+(?=\p{Ll})/u;
/** Head nouns of a body's name that stand alone for it once named ('the Confederation', 'the Federation'): general vocabulary. Not the seated bodies ('Council member' is a seat as written). */
const BODY_HEAD_NOUNS = new Set(['confederation', 'federation', 'association', 'union', 'league', 'authority', 'agency', 'foundation', 'institute', 'society', 'corporation', 'cooperative', 'alliance', 'chamber', 'tribunal', 'syndicate', 'consortium', 'guild',
  // 'Commission chairman X' after 'the Transitional Electoral Commission' (v28).
  'commission']);
function isOrganisationHeadNoun(word: string): boolean {
  return BODY_HEAD_NOUNS.has(word.toLowerCase());
}
/** The organisation of two words or more named last before `at` whose name ends with `noun` ('Caribbean Professional Baseball Confederation' for 'Confederation'). */
function lastOrganisationEndingWith(mentions: readonly ResolvedMention[], noun: string, at: number): string | undefined {
  for (let i = mentions.length - 1; i >= 0; i--) {
    const x = mentions[i]!;
    if (x.end <= at && x.kind === 'ORGANIZATION' && x.surface.endsWith(` ${noun}`)) return x.key;
  }
  return undefined;
}

/** The organisation of two words or more, named elsewhere in the article, whose name opens a run of capitalised words ('Kansai Tsushin President '). */
function knownOpening(run: string, mentions: readonly ResolvedMention[]): ResolvedMention | undefined {
  let best: ResolvedMention | undefined;
  let bestLength = 0;
  const words = run.trim().split(/\s+/);
  for (const m of mentions) {
    if (m.kind !== 'ORGANIZATION' || !/\s/.test(m.surface)) continue;
    // 'Norvald Shipping' for 'Norvald Shipping Holdings': the name less its designators.
    const name = m.surface.split(/\s+/);
    let k = name.length;
    while (k > 2 && isDesignator(name[k - 1]!)) k--;
    if (k >= words.length || k <= bestLength || !name.slice(0, k).every((w, i) => w === words[i])) continue;
    best = { ...m, surface: name.slice(0, k).join(' ') };
    bestLength = k;
  }
  return best;
}

/** 'Mayor of Freetown', 'Chairman of Gulf Sands': a title, 'of', then capitalised words ('President of the States of Valmora': joined by 'of', 'and', 'for', round 31b). */
const TITLE_OF_NAME = /^(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3}|\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*){0,2})\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}'’.-]*(?:\s+(?:of\s+|and\s+|for\s+)?\p{Lu}[\p{L}'’.-]*){0,5})$/u;

/**
 * 'The Mayor of Freetown, X', 'X, Chairman of Gulf Sands': a title read whole whose complement after
 * 'of' is a name the article gives a place or organisation: the title is the words before, the
 * name its organisation. Only names that cannot be a portfolio ('Minister of Health', 'Secretary of
 * State'): a place the gazetteer knows, or an organisation or place of two words or more.
 */
function splitNamedOwner(role: ExtractedRole, mentions: readonly ResolvedMention[], text: string): void {
  // 'Minister for Foreign Affairs of Japan': a portfolio title, then the country it serves (round 31).
  const state = portfolioOfState(role.title, mentions, isTitleHead);
  if (state) {
    [role.title, role.organization] = state;
    return;
  }
  const m = TITLE_OF_NAME.exec(role.title);
  if (!m || !isTitleHead(m[1]!)) return;
  const name = foldSurface(m[2]!);
  // 'General Director of VNR': an acronym the article names as an organisation is no portfolio either.
  const owner = mentions.find((x) => x.kind !== 'PERSON' && foldSurface(x.surface) === name && ((x.kind === 'PLACE' && lookupGazetteer(x.surface) !== undefined) || (/\s/.test(x.surface) && !PORTFOLIO_NAME.test(x.surface)) || (x.kind === 'ORGANIZATION' && /^\p{Lu}{2,6}$/u.test(x.surface))));
  if (!owner || isPortfolioOnly(owner, mentions, text)) return;
  role.title = m[1]!;
  role.organization = owner.key;
}
/**
 * 'Public Health' read as an organisation in 'Minister of Public Health', 'Ministry of Public Health',
 * 'Regional Delegate of Public Health': an organisation the article only ever writes right after a
 * capitalised word and 'of' is a portfolio, never named on its own (v14).
 */
function isPortfolioOnly(owner: ResolvedMention, mentions: readonly ResolvedMention[], text: string): boolean {
  if (owner.kind !== 'ORGANIZATION') return false;
  return mentions.every((x) => x.key !== owner.key || /\p{Lu}[\p{L}-]*[ \t]+of[ \t]+$/u.test(text.slice(Math.max(0, x.start - 30), x.start)));
}
/** Names that may be a minister's portfolio though read as a name: 'Health and Sanitation', 'Foreign Affairs'. */
const PORTFOLIO_NAME = /\b(?:and|Affairs)\b/;

/** An office held for a constituency, before 'for' and its name: 'MP', 'member', 'senator' (v15 'UPF MP for Blantyre City South', 'The LNP member for Keppel'). */
function isConstituencyOffice(title: string): boolean {
  return /(?:^|\s)(?:member|MP|MLA|MPP|MNA|MHA|TD|MEP|senator|deputy|representative|council+or|assembly(?:man|woman|member))$/i.test(title.trim());
}
/** Offices held for a place (a town, a district, a constituency): 'mayor', 'governor', 'MLA'. */
/** 'whose ' opening a title mention detection read ('whose minister'). */
const WHOSE_TITLE = /^whose[ \t]+/i;

/** 'Chief' alone before a name: the head of a First Nation, a territory or a village (v23). */
const BARE_CHIEF = /^chief$/i;

const PLACE_OFFICE = /\b(?:mayor|governor|gov\.|premier|prefect|MLA|MP|MPP|MNA|MHA|TD|MEP|senator|congress(?:man|woman)|assembly(?:man|woman|member)|council+or|chief minister)$/i;
/** Place nouns that end a place's name after its own word: 'Sado Island', 'Kisii County'. */
const PLACE_NAME_END = /^(?:island|islands|district|county|province|prefecture|region|city|town|municipality|state|oblast|department|governorate)$/;

/**
 * The place a word names as well as the organisation it was read for: 'Idukki' beside the place
 * 'Idukki', 'Sado' beside 'Sado Island'.
 */
function placeNamedAlike(q: ResolvedMention, mentions: readonly ResolvedMention[]): string | undefined {
  if (/\s/.test(q.surface)) return undefined;
  const prefix = `${q.surface} `;
  return mentions.find((m) => m.kind === 'PLACE' && (m.surface === q.surface || (m.surface.startsWith(prefix) && PLACE_NAME_END.test(m.surface.slice(prefix.length).toLowerCase()))))?.key;
}

/** 'Guadalcanal Premier': one to three capitalised words the article names as a place, then a title. Returns the place and the length to skip. */
function placeOpeningTitle(title: string, mentions: readonly ResolvedMention[]): { key: string; length: number } | undefined {
  // 'Opposition Leader' with 'Opposition' read as a place elsewhere: a curated title of two words is one title (v15).
  if (opensCuratedTitle(title)) return undefined;
  const words = title.split(/(\s+)/);
  for (let n = 1; n <= 3 && 2 * n < words.length; n++) {
    const lead = words.slice(0, 2 * n - 1).join('');
    const rest = words.slice(2 * n).join('');
    if (!/^\p{Lu}/u.test(lead) || !isTitleHead(rest) || NOT_TITLE_OPENER.test(rest.split(/\s+/)[0]!)) continue;
    const place = mentions.find((m) => m.kind === 'PLACE' && m.surface === lead && !countryOfDemonym(lead));
    if (place) return { key: place.key, length: lead.length + words[2 * n - 1]!.length };
  }
  return undefined;
}

/** Before a title: what makes it a post sought, not held ('candidate for mayor', 'bid for president', 'running for governor'). */
const SOUGHT = /\b(?:candidate|candidacy|nominee|contender|hopeful|bid|race|running|run|campaign)s?[ \t]+for[ \t]+(?:the[ \t]+(?:post|office|job|position|seat)[ \t]+of[ \t]+)?$/i;

/** A title that only repeats part of a longer one the person holds ('Secretary' beside 'Secretary of State'). */
function isShortForm(role: ExtractedRole, all: readonly ExtractedRole[]): boolean {
  const t = role.title.toLowerCase();
  // 'deputy chief executive' and then 'chief executive': a rank before the title makes another post (a promotion).
  return all.some((r) => r !== role && r.person === role.person && r.title.length > role.title.length && r.title.toLowerCase().includes(t) && !(RANK_BEFORE.test(r.title.toLowerCase().slice(0, -t.length)) && r.title.toLowerCase().endsWith(t)));
}
/** "The department's national ": a described owner, then lower-case modifiers (group 1) before a name inside a title. */
const DESCRIBED_MODIFIERS = /\b[Tt]he[ \t]+\p{Ll}+['’]s[ \t]+((?:(?:\p{Ll}[\p{Ll}-]*|\p{Lu}{2,6})[ \t]+){1,3})$/u;
/** An acronym: 'TB', 'HIV'. */
const ACRONYM = /^\p{Lu}{2,6}$/u;

/**
 * 'Chinese foreign ministry spokesperson X': a lower-case office phrase before a spokesperson names
 * the office spoken for, no part of the title (v14; GUIDELINES 'Kremlin spokesman' -> 'spokesman').
 */
const OFFICE_BEFORE_SPOKES = /^(?:\p{Ll}[\p{Ll}-]*\s+){0,2}(?:ministry|department|office|embassy|agency|service)\s+(?=spokes(?:man|woman|person)$)/u;

/** Legal posts: 'lawyer', 'attorney', 'counsel'. */
const LEGAL_POST = /^(?:lawyer|attorney|counsel|counsellor|solicitor|barrister|advocate)$/;
/** 'Cllr', 'Cllr.': a councillor, or in Liberia a counsellor-at-law. */
const COUNSELLOR = /^Cllr\.?$/;

/** A rank opening a longer title: 'deputy ', 'vice-'. */
const RANK_BEFORE = /^(?:deputy|vice|assistant|associate)[ -]$/;

/**
 * Roles from titles next to names: before ('Kremlin spokesman Dmitry Peskov', 'Its executive
 * secretary, Joyce Nabirye', 'Judge Luiza Bittencourt of the 2nd Criminal Court') or in an
 * appositive after ('John Kirby, the State Department spokesman').
 */
/** A rank word that opens a longer title: 'Chief', 'Senior', 'Deputy'. */
const TITLE_OPENING_RANK = /^(?:chief|senior|principal|deputy|assistant|associate|acting|interim|vice|lead)$/i;
/** Capitalised words left between a title and its holder's name ('Chief| Medical Officer |Anna Kowal'). */
const TITLE_GAP = /^[ \t]+((?:\p{Lu}\p{Ll}+[ \t]+){1,3})$/u;
/**
 * 'Chief Medical Officer Anna Kowal' read with 'Chief' alone as the title: capitalised words up to the name that end on a
 * title's head ('Officer') are the title's rest (round 31b). A place or an acronym there ('Deputy Commissioner Swat X') is not.
 */
function titleGapClosed(text: string, mentions: readonly ResolvedMention[], t: TitledMention): TitledMention {
  // Only a rank word that opens a title and is none alone ('Chief', 'Senior'): 'Prosecutor Station Sergeant X' holds two posts.
  if (t.title.end >= t.start || t.start - t.title.end > 40 || !TITLE_OPENING_RANK.test(t.title.text)) return t;
  const gap = TITLE_GAP.exec(text.slice(t.title.end, t.start));
  if (!gap) return t;
  const words = gap[1]!.trim();
  if (!isTitleHead(words) || !isTitleHead(`${t.title.text} ${words}`) || mentions.some((x) => x.start < t.start && x.end > t.title.end)) return t;
  const end = t.title.end + gap[0].trimEnd().length;
  return { ...t, title: { start: t.title.start, end, text: text.slice(t.title.start, end) } };
}

export function findRoles(text: string, mentions: readonly ResolvedMention[], titledAsRead: readonly TitledMention[]): ExtractedRole[] {
  const roles: ExtractedRole[] = [];
  const extra: ExtractedRole[] = [];
  // 'CCIB commissioner Pol Lt Gen Thanakorn X' with 'Pol' read as the titled person: the title is the name's after the rank.
  const titled = titledAsRead.map((t) => {
    const rankMention = mentions.find((x) => x.start === t.start && x.end === t.end);
    const holder = rankMention ? personAfterRank(text, mentions, rankMention) : undefined;
    return holder ? { ...t, key: holder.key, start: holder.start, end: holder.end } : titleGapClosed(text, mentions, t);
  });
  for (const t of titled) {
    let qualifier = mentionBeforeTitle(text, mentions, t.title.start);
    // 'Transport for Wales chief executive X' with only 'Wales' read there: the organisation the article names by the longer words written there (v18).
    if (qualifier && qualifier.kind !== 'PERSON') qualifier = organisationEndingAt(text, mentions, qualifier) ?? qualifier;
    let titleFrom = t.title.start;
    // 'the Ministry of X, whose minister, Y,': a relative 'whose' read into the title is none of it; the name before the comma owns the post (v23),
    // also an acronym in brackets there ('the Valmora Rowing Union (VRU), whose president X', round 31b).
    const whose = WHOSE_TITLE.exec(t.title.text);
    const whoseOwner = whose ? mentions.find((x) => x.kind !== 'PERSON' && x.end < t.title.start && /^\)?[ \t]*,[ \t]+$/.test(text.slice(x.end, t.title.start))) : undefined;
    if (whose) titleFrom += whose[0].length;
    // "The council's president, X" with "council's" read into the title: the described owner ('the council') is no part of the post; DESCRIBED_OWNER below reads it (round 32b).
    const possessedNoun = whose ? null : DESCRIBED_IN_TITLE.exec(t.title.text);
    if (possessedNoun && THE_BEFORE.test(text.slice(Math.max(0, t.title.start - 5), t.title.start))) titleFrom += possessedNoun[0].length;
    // 'Ministry spokesman X' after 'The Ministry of Labour ... issued': a capitalised public-body noun read into a lower-case post stands for
    // the body the article named with that noun before; it owns the post and is no part of it (round 32b).
    const bodyNoun = !qualifier && !whose && !possessedNoun ? CAPITAL_BODY_TITLE.exec(t.title.text) : null;
    const bodyOwner = bodyNoun && isTitleHead(t.title.text.slice(bodyNoun[0].length)) ? bodyNamedBefore(bodyNoun[1]!.toLowerCase(), mentions, t.title.start, text) : undefined;
    if (bodyOwner) titleFrom += bodyNoun![0].length;
    // "Azerbaijan's deputy transport minister, Elchin Huseynli": lower-case words after a possessive owner are the title's.
    const modifiers = qualifier ? undefined : possessedModifiers(text, mentions, t.title.start);
    if (modifiers) [qualifier, titleFrom] = modifiers;
    // "Its Africa policy analyst, X": a place between 'Its' and the title is the post's remit, kept in the title; the organisation named before owns it (v17).
    if (qualifier && qualifier.kind === 'PLACE' && /^[ \t]+$/.test(text.slice(qualifier.end, titleFrom)) && ITS.test(text.slice(Math.max(0, qualifier.start - 6), qualifier.start))) {
      titleFrom = qualifier.start;
      qualifier = undefined;
    }
    // 'SPÖ state chair X', 'ANC provincial secretary X': a level of government between the organisation and the title is the title's (v16).
    const level = qualifier || modifiers ? null : LEVEL_BEFORE.exec(text.slice(Math.max(0, titleFrom - 20), titleFrom));
    const levelOwner = level && GOVERNMENT_LEVEL.test(level[1]!) ? mentions.find((x) => x.kind !== 'PERSON' && x.end <= titleFrom - level[0].length && QUALIFIER_GAP.test(text.slice(x.end, titleFrom - level[0].length))) : undefined;
    if (level && levelOwner) {
      qualifier = levelOwner;
      titleFrom -= level[0].length;
    }
    // 'ADEX agribusiness manager X' where no mention was read: a word the article names alone as an organisation elsewhere.
    if (!qualifier && !modifiers) qualifier = organisationWordBefore(text, mentions, titleFrom);
    // 'Paphos district court judge X' with 'Paphos district court' read as an organisation running into the title: it owns the rest.
    const across = qualifier || modifiers ? undefined : mentions.find((x) => x.kind === 'ORGANIZATION' && x.start < t.title.start && x.end > t.title.start && x.end < t.title.end);
    if (across && /^[ \t]+\S/.test(text.slice(across.end, t.title.end)) && isTitleHead(text.slice(across.end, t.title.end).trim())) {
      qualifier = across;
      titleFrom = across.end + /^[ \t]+/.exec(text.slice(across.end))![0].length;
    }
    // "The department's national TB programme manager": a name between lower-case modifiers after a described owner only qualifies the post.
    // So does an acronym no mention was read at ('national TB programme manager').
    const sandwichAt = qualifier ? (qualifier.kind !== 'PERSON' && !modifiers && !/\s/.test(qualifier.surface) && /^[ \t]+$/.test(text.slice(qualifier.end, titleFrom)) ? qualifier.start : -1) : titleFrom;
    const sandwich = sandwichAt >= 0 ? DESCRIBED_MODIFIERS.exec(text.slice(Math.max(0, sandwichAt - 60), sandwichAt)) : null;
    const sandwiched = sandwich ? sandwich[1]!.trim().split(/\s+/) : [];
    if (sandwich && (qualifier || sandwiched.some((w) => ACRONYM.test(w))) && !sandwiched.some((w) => PREPOSITION.test(w) || SPEECH_VERBS.has(w) || lexiconTags(w).some((tag) => NOT_MODIFIER.has(tag) || VERB_TAGS.has(tag))) && !mentions.some((x) => x.start < sandwichAt && x.end > sandwichAt - sandwich[1]!.length)) {
      titleFrom = sandwichAt - sandwich[1]!.length;
      qualifier = undefined;
    }
    const titleEnd = t.title.end;
    let countryKey = t.countryKey;
    // 'Minister of Economy Tamar' swallowed the next person's name: the title is not this person's.
    // 'The party's candidate for mayor, X': a post sought is none held.
    if (swallowsName(t.title.text) || SOUGHT.test(text.slice(Math.max(0, t.title.start - 50), t.title.start))) {
      roles.push({ person: t.key, title: '', start: t.start, end: t.end });
      continue;
    }
    // 'Azerbaijani Energy Minister' read with 'Azerbaijani Energy' as one name: the demonym names the country, the portfolio is the title's.
    const demonymPortfolio = qualifier && qualifier.kind !== 'PERSON' && GOVERNMENT_OFFICE.test(t.title.text) ? DEMONYM_PORTFOLIO.exec(qualifier.surface) : null;
    if (qualifier && demonymPortfolio && countryOfDemonym(demonymPortfolio[1]!) && !lookupGazetteer(demonymPortfolio[1]!) && isCommonWord(demonymPortfolio[2]!) && /^[ \t]+$/.test(text.slice(qualifier.end, titleFrom))) {
      titleFrom = qualifier.start + demonymPortfolio[0].length - demonymPortfolio[2]!.length;
      countryKey ??= countryNamedByDemonym(demonymPortfolio[1]!, mentions);
      qualifier = undefined;
    }
    // 'Transport and Communications Minister': two common words joined by 'and' before a government office are its portfolio.
    const pair = qualifier && qualifier.kind !== 'PERSON' && !/\s/.test(qualifier.surface) && GOVERNMENT_OFFICE.test(t.title.text) ? PORTFOLIO_PAIR.exec(text.slice(Math.max(0, qualifier.start - 30), qualifier.start)) : null;
    if (qualifier && pair && isCommonWord(pair[1]!) && !isTitleHead(pair[1]!) && isCommonWord(qualifier.surface) && !lookupGazetteer(qualifier.surface) && mentions.filter((x) => x.key === qualifier!.key).length === 1 && /^[ \t]+$/.test(text.slice(qualifier.end, titleFrom))) {
      titleFrom = qualifier.start - pair[0].length + pair[0].indexOf(pair[1]!);
      qualifier = undefined;
    }
    // 'Digital Economy and Society Minister' with the portfolio read as an organisation named only there: common words joined by 'and' are the title's.
    if (qualifier && qualifier.kind === 'ORGANIZATION' && GOVERNMENT_OFFICE.test(t.title.text) && /^[ \t]+$/.test(text.slice(qualifier.end, titleFrom)) && isPortfolioName(qualifier.surface) && mentions.filter((x) => x.key === qualifier!.key).length === 1) {
      titleFrom = qualifier.start;
      qualifier = undefined;
    }
    // 'Energy and Mines Minister' with 'Mines Minister' read as the title.
    const pairInTitle = !qualifier && titleFrom === t.title.start && GOVERNMENT_OFFICE.test(t.title.text) && /^\p{Lu}\p{Ll}+\s/u.test(t.title.text) && isCommonWord(t.title.text.split(/\s+/)[0]!) ? PORTFOLIO_PAIR.exec(text.slice(Math.max(0, titleFrom - 30), titleFrom)) : null;
    if (pairInTitle && isCommonWord(pairInTitle[1]!) && !isTitleHead(pairInTitle[1]!) && !mentions.some((x) => x.end > titleFrom - pairInTitle[0].length && x.start < titleFrom)) titleFrom -= pairInTitle[0].length - pairInTitle[0].indexOf(pairInTitle[1]!);
    // 'Sabah Agriculture, Fisheries and Food Industry Minister': a portfolio list runs back over commas; a place opening a name read over its first item owns the post (v14).
    if (!qualifier && GOVERNMENT_OFFICE.test(t.title.text) && /^\p{Lu}\p{Ll}+[ \t]+and[ \t]/u.test(text.slice(titleFrom, titleEnd))) {
      const list = portfolioListStart(text, mentions, titleFrom);
      titleFrom = list.start;
      countryKey ??= list.place;
    }
    // 'Presiding Judge', 'Health Secretary': the word before is part of the title.
    if (qualifier && isTitleModifier(text, qualifier, t.title.start)) {
      titleFrom = qualifier.start;
      qualifier = undefined;
    }
    // 'Freight analyst Clara Otieno-Mensah': a common word opening the sentence is the title's, no organisation.
    if (qualifier && !/\s/.test(qualifier.surface) && qualifier.kind !== 'PERSON' && /^[ \t]+$/.test(text.slice(qualifier.end, titleFrom)) && isPortfolioOpener(text, qualifier.surface, qualifier.start, t.title.text)) {
      titleFrom = qualifier.start;
      qualifier = undefined;
    }
    // 'Finance chief Tor-Erik Nygård': the same when no mention was read there.
    const opener = qualifier || titleFrom !== t.title.start ? null : /(\p{Lu}\p{Ll}+)[ \t]+$/u.exec(text.slice(Math.max(0, titleFrom - 30), titleFrom));
    // 'Trade union leader X': the word that makes a compound with the title's first word ('trade union') is the title's too (v25).
    if (opener && !mentions.some((x) => x.end === titleFrom - opener[0].length + opener[1]!.length) && (isPortfolioOpener(text, opener[1]!, titleFrom - opener[0].length, t.title.text) || (UNION_COMPOUND.test(`${opener[1]!.toLowerCase()} ${t.title.text.split(/\s+/)[0]!.toLowerCase()}`) && SENTENCE_OPENING.test(text.slice(Math.max(0, titleFrom - opener[0].length - 4), titleFrom - opener[0].length))))) titleFrom -= opener[0].length;
    // 'the returning officer, X', 'the presiding judge': a participle that names the post is the title's (v15).
    const participle = !qualifier && titleFrom === t.title.start && /^\p{Ll}/u.test(t.title.text) ? WORD_BEFORE.exec(text.slice(Math.max(0, titleFrom - 20), titleFrom)) : null;
    if (participle && PARTICIPLE_POSTS.has(participle[1]!.toLowerCase())) titleFrom -= participle[0].length - participle[0].indexOf(participle[1]!);
    // 'Uzbek Foreign Minister', 'Kazakh Foreign Minister': a demonym before a government office names the country.
    const demonym = qualifier ? (/\s/.test(qualifier.surface) ? undefined : qualifier.surface) : /(\p{Lu}\p{Ll}+)[ \t]+$/u.exec(text.slice(Math.max(0, t.title.start - 30), t.title.start))?.[1];
    if (demonym && countryOfDemonym(demonym) && !lookupGazetteer(demonym)) {
      if (qualifier?.kind !== 'PLACE') qualifier = undefined;
      if (!countryKey && GOVERNMENT_OFFICE.test(t.title.text)) countryKey = countryNamedByDemonym(demonym, mentions);
    } else if (demonym && !qualifier && !countryKey && GOVERNMENT_OFFICE.test(t.title.text)) countryKey = placeNamedByAdjective(demonym, mentions);
    // 'Melbourne City manager': the title's capitalised first word ends the name before it, when the article uses that name.
    const firstWord = titleFrom === t.title.start ? /^(\p{Lu}\p{Ll}+)\s+/u.exec(text.slice(t.title.start, t.title.end)) : null;
    const prior = firstWord ? /(\p{Lu}[\p{L}.'’-]*(?:[ \t]+\p{Lu}[\p{L}.'’-]*){0,3})[ \t]+$/u.exec(text.slice(Math.max(0, t.title.start - 60), t.title.start)) : null;
    const longer = prior && firstWord ? mentions.find((m) => m.kind !== 'PERSON' && m.surface === `${prior[1]} ${firstWord[1]}`) : undefined;
    if (longer && firstWord && prior) {
      qualifier = { ...longer, start: t.title.start - prior[0].length, end: t.title.start + firstWord[1]!.length };
      titleFrom = t.title.start + firstWord[0].length;
    }
    // 'Litio Andino chief executive', 'Coral Bay's managing director': the organisation the name opens.
    const opened = qualifier ? ((qualifier.kind === 'PLACE' && GOVERNMENT_OFFICE.test(t.title.text) ? undefined : organisationStartingWith(qualifier, mentions)) ?? organisationEndingWith(qualifier, mentions) ?? (TEAM_POST.test(t.title.text) ? clubNamedBy(qualifier, mentions) : undefined)) : undefined;
    // "Kerry's spokesman": a person names no organisation.
    const qualifierKey = opened ?? (qualifier && qualifier.kind !== 'PERSON' ? qualifier.key : undefined);
    // 'Syria’s UN Ambassador': the country owning the post is the organisation, the body it sits in part of the title.
    const owner = qualifierKey && !opened ? [...mentions].reverse().find((m) => m.end <= qualifier!.start && /^['’]s\s+$/.test(text.slice(m.end, qualifier!.start))) : undefined;
    const ownedByOwner = owner !== undefined && owner.kind !== 'PERSON';
    let organization = ownedByOwner ? owner.key : (qualifierKey ?? countryKey);
    if (!organization && whoseOwner) organization = organisationStartingWith(whoseOwner, mentions) ?? whoseOwner.key;
    // 'Director General NDMA X', 'Deputy Commissioner Skardu X' (agency style): an organisation or a place written between a capitalised title and the name owns the post (v30).
    if (!organization && /^\p{Lu}/u.test(t.title.text) && t.start > titleEnd) {
      const between = mentions.find((x) => x.start > titleEnd && x.end <= t.start && (x.kind === 'ORGANIZATION' || x.kind === 'PLACE') && /^[ \t]+$/.test(text.slice(titleEnd, x.start)) && /^[ \t]+$/.test(text.slice(x.end, t.start)));
      if (between) organization = between.kind === 'ORGANIZATION' ? (organisationStartingWith(between, mentions) ?? between.key) : between.key;
    }
    // "Its acting chief executive, X": 'acting', 'interim', 'new' may stand between 'Its' and the title (v19).
    const itsLead = ITS_LEAD.exec(text.slice(Math.max(0, titleFrom - 40), titleFrom));
    if (!organization && itsLead && !(/^their/i.test(itsLead[0]) && peopleBefore(text, titleFrom))) organization = conjoinedOwner(text, mentions, titleFrom) ?? lastSubjectOrganisation(text, mentions, titleFrom);
    // 'The council's lawyer, María José de la Barra': the council named before.
    const described = !organization && !qualifierKey ? DESCRIBED_OWNER.exec(text.slice(Math.max(0, titleFrom - 40), titleFrom)) : null;
    // "The Company's Chief Financial Officer" in a release that defines 'the Company': a capitalised organisation noun reads as the lower-case one.
    if (described && (/^\p{Ll}/u.test(described[1]!) || ORG_NOUNS.test(described[1]!.toLowerCase()))) organization = describedOwner(described[1]!.toLowerCase(), mentions, titleFrom, text);
    if (!organization && bodyOwner) organization = bodyOwner;
    // "The Turku club's sporting director, Marko Lindroos".
    const placed = !organization && !qualifierKey ? PLACE_DESCRIBED_OWNER.exec(text.slice(Math.max(0, titleFrom - 50), titleFrom)) : null;
    const placedAt = placed ? titleFrom - placed[0].length + placed[0].indexOf(placed[1]!) : 0;
    if (placed && (ORG_NOUNS.test(placed[2]!) || placed[2] === 'side') && isPlaceWord(placed[1]!, mentions, placedAt)) organization = placedOrganisation(text, mentions, placed[1]!, placedAt);
    // 'Judge Luiza Bittencourt of the 2nd Criminal Court of Pará de Minas'.
    // 'Freight analyst X of the consultancy Drewry'.
    // 'Lantråd X of Åländsk Center', 'Prime Minister X of the Labour Party': a head of government's 'of <organisation>' is the party, no owner (v17); a place still owns it (below).
    if (!organization) organization = ofOrganisationAfter(text, mentions, t.end, titleText(text.slice(titleFrom, titleEnd)));
    // 'President Rustam Jurayev of Uzbekistan': a government office's place right after the name.
    // 'Deputy Mayor Csaba X of Kalocsa': so is an office held for a place.
    // 'Chief X of the Y Territory': a chief's title alone is an office held for the community's place (v23).
    if (!organization && (GOVERNMENT_OFFICE.test(t.title.text) || PLACE_OFFICE.test(t.title.text) || BARE_CHIEF.test(t.title.text))) organization = mentions.find((m) => m.start > t.end && m.kind === 'PLACE' && /^\s+of\s+(?:the\s+)?$/.test(text.slice(t.end, m.start)))?.key;
    if (ownedByOwner) titleFrom = qualifier!.start;
    // 'Chinese Vice Foreign Minister', 'Estonian Education Minister': a demonym the title opens with names the country of a government office, and is no part of the title.
    const inner = /^(\p{Lu}\p{Ll}+)[ \t]+(?=\p{Lu})/u.exec(text.slice(titleFrom, titleEnd));
    if (inner && countryOfDemonym(inner[1]!) && !lookupGazetteer(inner[1]!)) {
      titleFrom += inner[0].length;
      if (!organization && GOVERNMENT_OFFICE.test(text.slice(titleFrom, titleEnd))) organization = countryNamedByDemonym(inner[1]!, mentions);
    }
    // 'Fine Gael TD Conor Halpin' read with the party inside the title: an organisation of two words or more the article names opens it.
    const known = !organization && titleFrom === t.title.start ? knownOpening(text.slice(titleFrom, titleEnd), mentions) : undefined;
    const knownRest = known ? text.slice(titleFrom + known.surface.length, titleEnd) : '';
    if (known && /^[ \t]+\S/.test(knownRest) && isTitleHead(knownRest.trim())) {
      organization = organisationStartingWith(known, mentions) ?? known.key;
      titleFrom += known.surface.length + /^[ \t]+/.exec(knownRest)![0].length;
    }
    // 'Confederation president X' after 'the Caribbean Baseball Confederation (CBC)': the body's head noun alone, opening the title, is a short form of the organisation named before (v25).
    const headNoun = !organization && titleFrom === t.title.start ? SHORT_FORM_OPENING.exec(text.slice(titleFrom, titleEnd)) : null;
    const shortFor = headNoun && isOrganisationHeadNoun(headNoun[1]!) && isTitleHead(text.slice(titleFrom + headNoun[0].length, titleEnd).trim()) && titleHead(text.slice(titleFrom + headNoun[0].length, titleEnd)) !== 'member' ? lastOrganisationEndingWith(mentions, headNoun[1]!, titleFrom) : undefined;
    if (headNoun && shortFor) {
      organization = shortFor;
      titleFrom += headNoun[0].length;
    }
    // 'Guadalcanal Premier Francis Kikolo' read with the place inside the title: a place the article names opens it.
    const placeOpening = !organization && titleFrom === t.title.start ? placeOpeningTitle(text.slice(titleFrom, titleEnd), mentions) : undefined;
    if (placeOpening) {
      organization = placeOpening.key;
      titleFrom += placeOpening.length;
    }
    // 'Idukki MLA', 'Sado Mayor': an office held for a place, before a word that opens an organisation's name and names a place too.
    if (qualifier && qualifier.kind === 'ORGANIZATION' && !opened && organization === qualifier.key && PLACE_OFFICE.test(t.title.text)) organization = placeNamedAlike(qualifier, mentions) ?? organization;
    const start = Math.min(t.start, titleFrom, owner?.start ?? qualifier?.start ?? Infinity);
    let title = titleText(text.slice(titleFrom, titleEnd)).replace(TITLE_PREFIX, '');
    // 'Lamu County Governor X' with the place read as 'Lamu': an administrative noun between the place and a one-word office ends the place's name, not the title (v30).
    const unitWord = qualifier?.kind === 'PLACE' && organization === qualifier.key && /^[ \t]+$/.test(text.slice(qualifier.end, titleFrom)) ? ADMIN_NOUN_TITLE.exec(title) : null;
    if (unitWord && isTitleHead(unitWord[1]!)) title = unitWord[1]!;
    // 'Minister of Transport and' with 'Communications' read into the name: the word completes a portfolio an organisation's name spells ('Ministry of Transport and Communications').
    const cut = /\s(?:of|for)\s(.+\sand)$/.exec(title);
    const nextWord = cut ? /^\p{Lu}\p{Ll}+(?=\s)/u.exec(text.slice(t.start, t.end)) : null;
    if (cut && nextWord && mentions.some((x) => x.kind === 'ORGANIZATION' && x.surface.endsWith(` ${cut[1]!} ${nextWord[0]}`))) title = `${title} ${nextWord[0]}`;
    // 'the Minister of Foreign Affairs of Eritrea, X': after a portfolio ('of'/'for' a field), a second 'of' before a place or organisation the article names ends the title; that name owns the post (v27).
    const servedBy = organization ? undefined : servedAfterPortfolio(text, mentions, title, titleFrom, titleEnd);
    if (servedBy) [title, organization] = servedBy;
    // 'Sejuk founder and president director X', 'Lao Deputy Prime Minister and Foreign Minister X', 'Colorado Party president Senator X'.
    const row = start === titleFrom ? titleInARow(text, mentions, titleFrom, /^\p{Lu}/u.test(title)) : undefined;
    if (row?.shared && !organization) organization = row.organization;
    // 'hospital spokeswoman X' in a sentence naming the Puerto Rico Medical Center: the institution the noun stands for, named in the same sentence (v17).
    const institution = !organization && !row ? institutionNamedBy(title, mentions, t.start) : undefined;
    if (institution) [title, organization] = institution;
    roles.push({ person: t.key, title, organization, start: row ? row.start : start, end: Math.max(t.end, titleEnd) });
    if (row) extra.push({ person: t.key, title: row.title, organization: row.organization, start: row.start, end: Math.max(t.end, titleEnd) });
  }
  const titledAt = new Map(roles.map((r, i) => [titled[i]!.start, r.start]));
  // 'DMTCL managing director Engr. X' with only 'Engr.' read as the title: an honorific is no title, the words before it are read (v20).
  for (const t of titled) if (STYLE_ONLY.test(t.title.text.trim())) titledAt.delete(t.start);
  roles.push(...extra);
  for (const m of mentions) {
    if (m.kind !== 'PERSON' || personAfterRank(text, mentions, m)) continue;
    // 'Fire Service spokesman Lt. Col. X': the titles before a rank are read as if before the name.
    const rank = isRankOnly(m.surface) ? undefined : rankBefore(text, mentions, m.start);
    // 'DMTCL managing director Engr. X': an honorific between the title and the name (v20).
    const styled = rank ? undefined : honorificBefore(text, m.start);
    const ranked = rank ? { ...m, start: rank.start } : styled !== undefined ? { ...m, start: styled } : m;
    const lead = withoutEmphasis(text, titledAt.get(m.start) ?? ranked.start);
    // 'CEC chairwoman **Nurzhan X**': the words before a name are read up to Markdown emphasis opening it (v15).
    const before = lead === ranked.start || titledAt.has(m.start) ? ranked : { ...ranked, start: lead };
    roles.push(...appositiveRoles(text, mentions, m), ...descriptionRoles(text, mentions, m, lead), ...midSentencePortfolioRoles(text, mentions, m, lead), ...relativeClauseRoles(text, mentions, m), ...listRowRoles(text, mentions, m));
    // Before a rank ('Chon Buri provincial police chief Pol Maj Gen X') a place owns the post too.
    // "the commission's president, Judge X": a post described before the person's own title (v21).
    const own = titledAt.get(m.start);
    if (own !== undefined && own < m.start) roles.push(...describedPostRoles(text, mentions, { ...m, start: own }).map((r) => ({ ...r, end: m.end })));
    // 'Police prosecutor Sergeant X told the court': a sentence-case post opening the sentence before a rank read as the name's title is a post too (v25).
    if (own !== undefined && own < m.start && isRankOnly(text.slice(own, m.start).trim())) roles.push(...openingTitleRoles(text, mentions, { ...m, start: own }).map((r) => ({ ...r, end: m.end })));
    if (!titledAt.has(m.start)) roles.push(...ownerTitleBeforeNameRoles(text, mentions, before, rank !== undefined), ...describedPostRoles(text, mentions, before), ...titleBeforeNameRoles(text, mentions, before), ...abbreviatedTitleRoles(text, mentions, before), ...capitalTitleRoles(text, mentions, before), ...openingTitleRoles(text, mentions, before), ...quotedSpeakerTitleRoles(text, mentions, before), ...ofTitleBeforeNameRoles(text, mentions, before));
  }
  roles.push(...leadingTitleRoles(mentions, new Set(titled.map((t) => t.start))));
  const plural = pluralTitleRoles(text, mentions);
  roles.push(...asPostRoles(text, mentions), ...plural, ...appointedRoles(text, mentions, isTitleHead), ...copulaPostRoles(text, mentions, isTitleHead, isOrganisationNoun), ...movesRoles(text, mentions, isTitleHead, (at) => lastSubjectOrganisation(text, mentions, at)), ...sectionHeadRoles(text, mentions, isTitleHead), ...unreadTitledNameRoles(text, mentions, isTitleHead), ...signatureRoles(text, mentions, isTitleHead), ...frontedTitleRoles(text, mentions, isTitleHead), ...postNominalRoles(text, mentions), ...bracketedAcronymTitleRoles(text, mentions, isTitleHead));
  // 'Trustees Annie X, B and C' with the plural read as the first name's title: a list the plural spans gives her the singular too.
  const listed = new Set(plural.map((r) => `${r.person}|${r.title}s`));
  for (const r of roles) {
    // 'Minister of Education Dato Seri Setia Dr X': Malay styles between the post and the name are no part of the post (v18).
    r.title = withoutTrailingStyles(r.title.replace(HONORIFIC_EDGE, '').trim()).replace(HONORIFIC_EDGE, '').trim().replace(OFFICE_BEFORE_SPOKES, '');
    if (listed.has(`${r.person}|${r.title}`)) r.title = r.title.slice(0, -1);
  }
  // Ranks ('Lt. Col.', 'Assoc. Prof.') keep their abbreviations, honorific-like or not; one a title read already gives is not repeated.
  // 'Prof. X, an associate professor at Y': the academic rank is the post's.
  const ranks = new Set(rankRoles(text, mentions).filter((k) => !roles.some((r) => r.person === k.person && (r.title.toLowerCase() === k.title.toLowerCase() || (/\bprof/i.test(k.title) && /professor/i.test(r.title))))));
  roles.push(...ranks);
  // 'Detective Chief Inspector X' ... 'DCI X': an abbreviation of a title the person holds repeats it (v14).
  const spelled = new Set(roles.filter((r) => /\s/.test(r.title)).map((r) => `${r.person}|${r.title.split(/[\s-]+/).map((w) => w[0]).join('').toUpperCase()}`));
  const seen = new Set<string>();
  // A role's holder is a person: a name whose group is no person ('H.E.' read as an organisation) holds none.
  const people = new Set(mentions.filter((m) => m.kind === 'PERSON').map((m) => m.key));
  const placeKeys = new Set(mentions.filter((m) => m.kind === 'PLACE').map((m) => m.key));
  for (const r of roles) if (!r.organization) splitNamedOwner(r, mentions, text);
  // A title read twice, once with its organisation: the one without says nothing more.
  const owned = new Set(roles.filter((r) => r.organization).map((r) => `${r.person}|${r.title.toLowerCase()}`));
  // "Kpadeh's lawyer, Cllr. X": beside a legal post 'Cllr.' is the Liberian honorific of a counsellor-at-law, no councillor's seat (v15).
  const lawyers = new Set(roles.filter((r) => LEGAL_POST.test(titleHead(r.title))).map((r) => r.person));
  return roles.filter((r) => {
    // 'the only Burkinabè director in competition': 'only' makes a description of the person among others, no post (v24).
    if (ONLY_ONE.test(r.title) || isDemonymDirector(text, mentions, r, placeKeys)) return false;
    if (r.title === '' || (HONORIFIC_TITLE.test(r.title) && !ranks.has(r)) || !people.has(r.person) || (COUNSELLOR.test(r.title) && lawyers.has(r.person))) return false;
    const id = `${r.person}|${r.title.toLowerCase()}|${r.organization ?? ''}`;
    if (seen.has(id) || (ACRONYM.test(r.title) && spelled.has(`${r.person}|${r.title}`)) || (!r.organization && owned.has(`${r.person}|${r.title.toLowerCase()}`)) || isShortForm(r, roles) || !isPost(r.title, r.organization !== undefined && placeKeys.has(r.organization)) || (!r.organization && ORGANISATION_ONLY.test(titleHead(r.title)))) return false;
    seen.add(id);
    return true;
  });
}
