import type { ArticleMeta, Span } from './types';
import { findDate } from './dates';
import { overlaps } from './spans';
import { TIME_ZONES } from './entity-words';
import { isCommonWord, lookupGazetteer } from './gazetteer';
import { lexiconTags } from './lexicon';
import { isOutlet, isWireName, isWireSignOff } from './metadata-agencies';
import { documentLetterheadEnd, isIssueLine, isPageLabel, mastheadEnd, FIELD_LINE, LIST_NUMBER, STATE_ABBREVIATION } from './metadata-mastheads';
import { MONTHS } from './dates';
import { pageOutlets, TELETEXT_SUBPAGE } from './boilerplate';

/** What the lines before the body say, and which of them are not body text. */
export interface ArticleHeader {
  meta: ArticleMeta;
  /** The agency in brackets in the dateline ('(AP)'): a credit, not a mention. */
  datelineAgency?: Span;
  /** The first title line: it is read as the article's first sentence. */
  title?: Span;
  /** Repeated title lines and byline/date lines: excluded from sentences. */
  excluded: Span[];
}

/** A time of day and its zone in a byline: '18:42 GMT', '13h42' (French style), '9:30 a.m. ET', '19:20:15' (with seconds, Xinhua style), '19:00 local time'. */
const TIME = new RegExp(`\\b\\d{1,2}(?:[:.]|h(?=\\d{2}\\b))\\d{2}(?::\\d{2})?(?:\\s*[ap]\\.?m\\.?)?(?:\\s+(?:local\\s+time|${[...TIME_ZONES, 'ET', 'PT'].join('|')}))?\\b`, 'gi');
/** A zone written as an offset: 'GMT+3', 'UTC -05:00', '(GMT+8)'. */
const ZONE_OFFSET = /\(?\b(?:GMT|UTC)\s*[+-−]\s*\d{1,2}(?::?\d{2})?\)?/gi;
/**
 * A zone named by its place, in brackets anywhere in a byline or right after a clock time: '(Fiji time)', '(Beijing time)',
 * '18:05 Moscow time', '(Eastern Standard Time)'. Never the agency.
 */
const PLACE_ZONE = /\(\s*(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}[Tt]ime\s*\)|(?<=\d[:.]\d{2}(?:\s*[ap]\.?m\.?)?\s+)(?:\p{Lu}[\p{L}'’.-]*\s+){1,2}(?:(?:standard|daylight|summer)\s+)?[Tt]ime\b/gu;
/** A relative time, which is no date and no agency: 'Updated 2 hours ago', '+3 hours ago', '5 mins ago'. */
const RELATIVE_TIME = /[+]?\b(?:\d+|an?|one)\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|weeks?|months?)\s+ago\b|\b(?:just now|yesterday|today)\b/gi;
const WEEKDAY = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\b\.?,?/gi;
/** A place's name in capitals: 'PORTO ALEGRE', 'PORT-AU-PRINCE'. */
const CAPS_NAME = String.raw`\p{Lu}[\p{Lu}.'’-]*(?:\s+\p{Lu}[\p{Lu}.'’-]*)*`;
/** Small words inside a country's name in normal case: 'Tristan da Cunha', 'Trinidad and Tobago', 'Isle of Man'. */
const PLACE_PARTICLE = String.raw`(?:of|and|the|da|de|del|do|dos|das|du|des|di|la|le|y|e|on|upon|am)`;
/**
 * A place in capitals with its country in normal case: 'PORTO ALEGRE, Brazil', 'ABIDJAN, Côte d'Ivoire'. A story filed from
 * two or three cities joins them with slashes, Reuters style: 'PORT-AU-PRINCE/SANTO DOMINGO', 'LONDON/PARIS/BERLIN' (kept as written).
 */
const CAPS_PLACE = String.raw`${CAPS_NAME}(?:\s?\/\s?${CAPS_NAME}){0,2}(?:,\s*\p{Lu}[\p{L}.'’]*(?:\s+(?:${PLACE_PARTICLE}\s+)*(?:d['’])?\p{Lu}[\p{L}.'’]*)*?)?`;
/** The day after a dateline's place: ', March 9', ', Jun. 14', ', OCT 14', ', Nov. 21, 2028', and day first, Gulf wire style: ', 15th April, 2036', ', 3 May'. */
const DATELINE_DAY = String.raw`(?:,\s*(?:(?:\p{Lu}\p{Ll}+|\p{Lu}{3,9})\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+(?:\p{Lu}\p{Ll}+|\p{Lu}{3,9})\.?)(?:,?\s+\d{4})?)?`;
/** The agency in a dateline: '(AP)', '(ANDINA).', or a release wire between slashes, '/PRNewswire/'. */
const DATELINE_AGENCY = String.raw`(?:\(([A-Za-z][A-Za-z .]*)\)\.?|\/([A-Za-z][A-Za-z .-]*)\/)?`;
/** Dateline at the start of the body: 'WASHINGTON -', 'PORTO ALEGRE, Brazil (AP) —', 'PUNO, Jun. 14 (ANDINA). –', 'ABIDJAN, Côte d'Ivoire, Nov. 21, 2028 /PRNewswire/ --'. */
const DATELINE = new RegExp(String.raw`^\s*(${CAPS_PLACE})${DATELINE_DAY}\s*${DATELINE_AGENCY}\s*[-—–]+\s`, 'u');
/**
 * A capitals dateline whose agency, in brackets or between slashes, closes with a full stop instead of a dash, Armenian and
 * other state wire style: 'GYUMRI, October 4, 2031 /ARMENPRESS/. The ...', 'DUSHANBE, May 3 (KHOVAR). The ...'. Groups as
 * DATELINE's; the agency must be a wire (checked in readDateline()).
 */
const STOP_DATELINE = new RegExp(String.raw`^\s*(${CAPS_PLACE})${DATELINE_DAY}\s*(?:\(([A-Za-z][A-Za-z .]*)\)|\/([A-Za-z][A-Za-z .-]*)\/)\s*\.\s+(?=["“‘]?\p{Lu})`, 'u');
/**
 * A wire feed's time stamp opening a line, a clock time (perhaps with its zone) before the item: '08:10  UPDATE 1-Fire shuts ...',
 * '14:02 GMT  Storm ...'. Two blanks or a tab part it from the item, or one blank before a capital.
 */
const FEED_STAMP = /^(?:[01]?\d|2[0-3]):[0-5]\d(?:\s*(?:GMT|UTC|[AP]M))?(?:[ \t]{2,}|\t|[ ](?=\p{Lu}))(?=\S)/u;
/** A column's standing head: a label in capitals, a colon, and a short phrase in small letters (group 1). */
const STANDING_HEAD = /^\p{Lu}[\p{Lu}'’-]*(?:\s+\p{Lu}[\p{Lu}'’-]*){0,4}\s*:\s+((?:\d[\d,.]*|\p{L}[\p{Ll}'’-]*)(?:\s+(?:\d[\d,.]*|\p{Ll}[\p{Ll}'’-]*))*)$/u;
/** Most words of a standing head's phrase after its label. */
const MAX_STANDING_HEAD_WORDS = 6;
/** A header line is a byline when, once its date is cut out, a few words at most remain. */
const MAX_BYLINE_WORDS = 4;
/**
 * 'By Chen Liang and Omar Farouk |', 'Compiled by Ana Ruiz |': the writers' part of a byline, cut before counting its words.
 * A credit verb may come before 'by' (a police log's or digest's compiler, a report's writer, a review's critic): a byline all the
 * same, and so is an archive column's choice ('Chosen by Ana Ruiz, archive editor | Friday 3 May 2030'). A dot between the writer and
 * the date ends the writers' part too: 'Reviewed by Ana Ruiz · Friday 3 May 2030'.
 */
const AUTHORS = /^\s*(?:(?:compiled|written|reported|edited|prepared|reviewed|chosen|selected|curated|introduced)\s+)?by\s+[^|–—·•]*?(?:\||–|—|·|•|\s-\s|,(?=\s*\d)|\s{2,}|\t)/i;
/** A reading time in a byline: '2 min read', '4 minute read'. */
const READING_TIME = /\b\d+\s*min(?:ute)?s?\.?\s+read\b/gi;
/**
 * Labels before a header date: 'Published: 27 January 2026', 'Updated 09:30 GMT', 'Publication date: 22-07-2034 14:35', and a
 * document's field, 'Date of determination: 14 October 2039', 'Date of the hearing: ...' (the label is no agency), and a
 * judgment's date line in a law report, 'Judgment delivered 11 October 2040', 'Decision handed down: 3 May 2031'.
 */
const DATE_LABEL = /\b(?:judg(?:e)?ments?|decisions?|rulings?|orders?|verdicts?|sentences?|reasons)\s+(?:delivered|handed\s+down|given|pronounced|reserved)(?:\s+on)?\b\s*:?|\b(?:date|day|time)\s+of\s+(?:the\s+)?[^\s:|]+(?:\s+[^\s:|]+)?\s*:|\b(?:week|fortnight|month|quarter|period)\s+(?:ending|ended|beginning|starting|commencing)\b\s*:?|\b(?:(?:publication|publishing|release|posting)\s+date|last updated|last reviewed|still current(?:\s+at)?|last modified|first published|published|updated|posted|modified|created|issued|tabled|dated|submitted|filed)(?:\s+(?:on|at))?\b\s*:?|\S+:/gi;
/** A date line's own label opening it: 'Published: 19 September 2041', 'Issued on 3 May 2030', 'Date: ...'. */
const DATE_LINE_LABEL = /^(?:published|issued|released|date|dated|publication date|date of (?:issue|publication))(?:\s+on)?\s*:?\s+\S/i;
/**
 * A listed issuer's particulars in brackets under its name, as exchange announcements print them: '(Incorporated in the Republic of
 * Zambia)', '(Registration number 1999/001234/06)', '(Company registration number: ...)'.
 */
const ISSUER_PARTICULAR = /^\(\s*(?:incorporated|registered|registration|company\s+registration|reg(?:istration)?\.?\s+no)\b[^()]*\)$/i;
/** A line wholly in round brackets: '("NCRP" or "the Company")'. */
const BRACKETED_LINE = /^\([^()]*\)$/;
/**
 * A zone after a clock time, which the zone list may not know: in brackets, '23:50 (MVT)', '10:42 (IST)', '07:45 (local time)',
 * or bare in capitals closing the line or before a separator, '4:12 pm VUT', '09:30 CHUT | Politics'. Group 1 the time, 2 a bare
 * zone (kept when it is a wire's name: '10:15 AFP' credits the agency).
 */
const BRACKETED_ZONE = /(\d[:.]\d{2}(?:\s*[aApP]\.?[mM]\.?)?)(?:\s*\(\s*(?:\p{Lu}{2,5}|[Ll]ocal\s+[Tt]ime)\s*\)|\s+(\p{Lu}{2,5})(?=\s*(?:$|[|·•,;–—]|\s-\s)))/gu;
/** Cuts a clock time's zone (see BRACKETED_ZONE), keeping a wire's name. */
function cutZone(part: string): string {
  return part.replace(BRACKETED_ZONE, (all, time: string, bare: string | undefined) => (bare !== undefined && isWireName(bare) ? all : time));
}
/** A byline word must hold a letter or a digit (': :' is what labels leave). */
const WORDLIKE = /[\p{L}\d]/u;
/** Separators between a byline's parts: 'KYODO NEWS - Dec 17, 2027 - 18:05 | World, Japan', 'Monitor · Bishkek desk'. */
const SEGMENT = /\s+[|·•]\s+|\s*[|·•]\s*|\s+[-–—]+\s+|^\s*[-–—]+\s+|\s+[-–—]+\s*$/u;
/** A page label after the source in a byline: 'World, Japan', 'Bishkek desk', 'Opinion'. At most this many words. */
const MAX_LABEL_WORDS = 3;
/** Words left between a header's dates that name no agency: 'Published on 14/04/2026 at 09:15 | Updated ...'. */
const NOT_AGENCY_WORD = /^(?:on|at|\d[\d/.:-]*|[ap]\.?m\.?)$/i;
/**
 * A capitals dateline with the place's region in brackets before the day, Senegalese and other francophone wire style:
 * 'TOUBA (Diourbel), Aug 26 (APS) -', 'KOLDA (Casamance), 3 May -'. The region is kept as written. It must hold a
 * lower-case letter (so an agency in capitals is never taken for it) and a comma must follow it; an agency's name is
 * turned away in readDateline().
 */
const REGION_DATELINE = new RegExp(String.raw`^\s*(${CAPS_PLACE}\s*\((\p{Lu}\p{Ll}[\p{L}'’.-]*(?:[\s-]+\p{Lu}[\p{L}'’.-]*){0,3})\))(?=,)${DATELINE_DAY}\s*${DATELINE_AGENCY}\s*[-—–]+\s`, 'u');
/** Dateline written in normal case, which only an agency in brackets or between slashes marks: 'Lagos (AFP) -', 'Sofia, May 3 /BTA/ -'. */
const CASED_DATELINE = /^\s*(\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)*(?:\s*\(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)*\)|,\s*\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)*)?)(?:,\s*\p{Lu}\p{Ll}+\.?\s+\d{1,2})?\s*(?:\(([A-Za-z][A-Za-z .]*)\)|\/([A-Za-z][A-Za-z .-]*)\/)\s*\.?[-—–]+\s/u;
/** The agency first, Italian style: '(ANSA) - ROME, May 3 - '. Group 1 the agency, 2 the place. */
const AGENCY_FIRST_DATELINE = new RegExp(String.raw`^\s*\(([A-Za-z][A-Za-z .]*)\)\s*[-—–]+\s*(${CAPS_PLACE})${DATELINE_DAY}\s*[-—–]+\s`, 'u');
/** A capitals dateline with the day in brackets, Malaysian style: 'JAKARTA (Feb 15): '. */
const BRACKET_DATE_DATELINE = /^\s*(\p{Lu}[\p{Lu}.'’-]*(?:\s+\p{Lu}[\p{Lu}.'’-]*)*(?:,\s*\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)*?)?)\s*\(\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}\)\s*[:\-—–]+\s/u;
/**
 * A teletext page's header line: the service's name in capitals, the page's number (100-899) and, after a run of spaces, the
 * page's heading and the clock time closing the line, perhaps with the date: 'YLE TEKSTI-TV 190  NEWS IN ENGLISH   Tue
 * 14.01.2042 07:58', 'P101 ORF TELETEXT 101  Mi 14.01.42 07:58:32'. The service's furniture, never the title; its date is the
 * page's date.
 */
export const TELETEXT_HEADER = /^(?:P[1-8]\d{2}\s+)?\p{Lu}[\p{Lu}\d+&.-]*(?:[ -]\p{Lu}[\p{Lu}\d+&.-]*){0,3}\s+[1-8]\d{2}(?:\s{2,}|\t)\S.{0,60}\s\d{1,2}[:.]\d{2}(?:[:/]\d{2})?$/u;
/** A dateline alone on its line, Anadolu style: 'ANKARA' over the first paragraph. */
const LONE_DATELINE = /^\p{Lu}[\p{Lu}'’-]+(?:\s+\p{Lu}[\p{Lu}'’-]+){0,2}$/u;
/**
 * A photo caption, which a page prints between the header and the story: it ends with a credit
 * ('(Photo by A / AFP)', 'Photo: A / Nord Sport', 'EFE/A', 'REUTERS/A', 'Photograph: A/Getty Images')
 * or carries a caption label ('Image caption:', '[Photo caption: ...]', 'Photo: Herders move hay ...'). Body text all the same.
 */
const CAPTION_LINE = /^\[?(?:[Ii]mage|[Pp]hoto|[Pp]icture)\s+caption\b|^(?:[Pp]hoto|PHOTO|[Ii]mage|IMAGE|[Pp]icture|PICTURE|[Vv]ideo|VIDEO)s?\s*:\s+\S|^\[(?:[Pp]hoto|PHOTO|[Ii]mage|IMAGE|[Pp]icture|[Vv]ideo|[Gg]raphic)s?\]|\((?:[Cc]redits?|[Ff]oto|[Pp]hoto|[Ss]ource|[Ii]mage)\s*:[^()]{1,80}\)$|\(\p{Lu}[\p{L}.'’ -]{1,40}\/\s*\p{Lu}[^()/]{1,40}\)$|(?:\((?:[Pp]hoto|PHOTO|[Pp]icture|[Ii]mage|[Ff]ile photo)s?\b[^()]*\)|\b(?:[Pp]hoto|PHOTO|[Pp]icture|[Ii]mage|[Pp]hotograph)s?(?:\s+(?:by|credit))?\s*:\s*[^.:]{1,80}|(?:^|[.!?]\s+)(?:AP Photo|\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})\s*\/\s*\p{Lu}[^./]{1,60})[\])]*$/u;
/**
 * A caption whose credit follows a bar after its last sentence: '... on Tuesday. | Photo Credit: SPECIAL ARRANGEMENT',
 * '... in September. | JIJI', '... on Monday. | Reuters'.
 */
const CAPTION_BAR_CREDIT = /[.!?]["”’)]?\s*\|\s*(?:(?:[Pp]hoto|PHOTO|[Ii]mage|[Pp]icture|[Ff]ile)\s*(?:[Cc]redit|CREDIT|[Cc]ourtesy)?s?\s*:\s*)?\p{Lu}[^|.!?]{0,60}$/u;
/** A source named alone in brackets on a header line: '(Australian Associated Press)'. */
const BRACKETED_SOURCE = /^\(\s*(\p{Lu}[\p{L}'’&.-]*(?:\s+\p{Lu}[\p{L}'’&.-]*){0,4})\s*\)$/u;
/** A source line under the title, Xinhua style: 'Source: Xinhua' over 'Editor: ...' and the date (a credit line to the boilerplate table). */
const HEADER_SOURCE = /^(?:[Ss]ources?|SOURCES?)\s*:\s*(\p{Lu}[\p{L}'’&.-]*(?:\s+\p{Lu}[\p{L}'’&.-]*){0,3})\.?$/u;
/** The source after a writer in a byline: 'By Ana Ruiz, Associated Press', 'By Ana Ruiz | Reuters', 'By Ana Ruiz (AFP)'. */
const BYLINE_SOURCE = /^[*_]*by\s+[^,|(]+?(?:,|\||\()\s*([^,|()]+?)\s*\)?[*_]*$/i;

interface Line extends Span {
  text: string;
}

/**
 * A line with its Markdown marks taken off: a heading's '# ', emphasis around the whole line
 * ('*By A | June 2, 2026*') or around a dateline ('**SANTIAGO** —'), a list item's '- '.
 */
export function stripMarkdown(line: string): string {
  return line
    .replace(/^#{1,6}\s+/, '')
    .replace(/^([*_]{1,3})(?=\S)(.*?\S)\1(?=\s|$)/, '$2')
    .replace(/^([*_]{1,3})(.+?)\1$/, '$2')
    .trim();
}

/**
 * A word only an institution's name carries, never a paper's: 'Eastern Caribbean Court of Appeal (Anguilla)' under a law
 * report's case name is the court, body text, no publication line. General vocabulary.
 */
const INSTITUTION_WORD = /\b(?:Court|Tribunal|Ministry|Council|Commission|Parliament|Senate|Department|Inspectorate|Ombudsman)\b/u;
/** A publication's name on a line of its own under the byline, perhaps with the writer's post: 'Visayas Daily Tribune', 'Harbour TV health correspondent'. */
const PUBLICATION_LINE = /^\p{Lu}[\p{L}'’&.-]*(?:\s+(?:of\s+|the\s+)?\p{Lu}[\p{L}'’&.-]*){0,4}(?:\s+(?:staff\s+|\p{Ll}+\s+(?:and\s+\p{Ll}+\s+)?)?(?:reporter|writer|correspondent|editor))?$/u;
/**
 * A page's section or reading-time label: 'HEALTH | Mozambique', 'Nusantara Post | Health',
 * '*Culture desk · 6 min read*', 'Technology | 4 min read'. Not body text, and never the title.
 */
const LABEL_LINE = /^(?:[\p{L}&'’.-]+(?:\s+[\p{L}&'’.-]+){0,3}(?:\s+[|·•]\s+|\s*\|\s*))+[\p{L}&'’.\d-]+(?:\s+[\p{L}&'’.-]+){0,3}$|\b\d+\s*min(?:ute)?s?\s+read$/u;
/** A dateline in the Indian wire style, with no dash: 'Mumbai, Sep 14 (PTI) The court ...'. */
const WIRE_DATELINE = /^\s*(\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)*),\s*\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}\s*\(([A-Za-z][A-Za-z .]*)\)\s+(?=\p{Lu})/u;
/** A breadcrumb: 'Lithuania › Transport', 'News » World » Europe', 'Home > Business', 'RTV+ › Politics'. Never the title. */
const BREADCRUMB = /^(?=[^›»>]*[›»>])[\p{L}\d&'’ .,+-]{1,40}(?:\s*[›»>·|•]\s*[\p{L}\d&'’ .,+-]{1,40})+$/u;
/**
 * A release's label ('PRESS RELEASE', 'MEDIA RELEASE', 'FOR IMMEDIATE RELEASE'): the short lines above it are the
 * issuer's letterhead ('CARIBBEAN COURT OF JUSTICE', 'MINISTRY OF FOREIGN AFFAIRS' / 'Federal Democratic Republic of
 * Ethiopia'), never the title.
 */
const RELEASE_LABEL = /^(?:(?:press|media|news|joint)\s+(?:release|statement|advisory|bulletin|summary)(?:\s+(?:no\.?|nr\.?|n[º°o]\.?|number|#)\s*[\w/.-]+)?|for immediate release)\s*:?$/i;
/**
 * An inquiry's or investigation's report label on a line of its own: 'INTERIM REPORT', 'Final report', 'PRELIMINARY REPORT No. 2'.
 * Like a release's label, the short lines over it are the issuing body's letterhead, and the report's title comes under it.
 */
const REPORT_LABEL = /^(?:interim|final|preliminary|factual|investigation|inquiry|accident|incident)\s+report(?:\s+(?:no\.?|nr\.?|number|#)\s*[\w/.-]+)?\s*:?$/i;
/** Letterhead lines are short, and come within the first few lines. */
const MAX_LETTERHEAD_WORDS = 8;
const MAX_LETTERHEAD_LINES = 4;
/**
 * A page's section label over the headline: 'Global development', 'Culture', 'Energy, Europe',
 * 'Science & Environment'. Only a label when a longer headline follows it.
 */
const SECTION_LABEL = /^(?:\p{L}[\p{L}'’-]*(?:\s+\p{L}[\p{L}'’-]*)?|\p{Lu}[\p{L}'’-]*(?:\s*(?:,|&|\band\b)\s*\p{Lu}[\p{L}'’-]*){1,3})$/u;
/** A section label with its sub-sections between slashes: 'SCIENCE & HEALTH / ENVIRONMENT', 'World / Asia'. Only a label when a longer headline follows it. */
const SLASH_SECTION_LABEL = /^[\p{L}&'’.-]+(?:\s+[\p{L}&'’.-]+){0,2}(?:\s+\/\s+[\p{L}&'’.-]+(?:\s+[\p{L}&'’.-]+){0,2}){1,3}$/u;
/** A breadcrumb between slashes, three items or more: 'Home / Policy / Internet', 'News / World / West Africa', 'Home / Festivals / Cannes 2041' (a number after an item's first word). */
const SLASH_BREADCRUMB = /^[\p{L}&'’.-]+(?:\s+[\p{L}&'’.-]+){0,2}(?:\s+\/\s+[\p{L}&'’.-]+(?:\s+[\p{L}\d&'’.-]+){0,2}){2,4}$/u;
/** A Markdown image line: '![STT officers carry boxes](https://...)'. */
const IMAGE_LINE = /^!\[[^\]]*\]\([^)]*\)$/;
/** A writer named alone on a line, perhaps with the place: 'Ardit Gjoni', 'Fatou Bamba in Korhogo', 'Rhian ap Gwilym', 'Joana da Costa'. */
const WRITER_LINE = /^\p{Lu}[\p{L}'’.-]+(?:\s+(?:(?:ap|ab|da|das|de|del|della|di|do|dos|du|van|von|der|den|ter|bin|binti|al|el)\s+)?\p{Lu}[\p{L}'’.-]+){1,3}(?:\s+in\s+\p{Lu}[\p{L}'’-]+(?:[\s-]\p{Lu}[\p{L}'’-]+){0,2})?$/u;
/** A writer named with the outlet after a comma, over the date line: 'Ana Ruiz, Harbour TV+', 'Li Na, Xinhua'. Group 1 the writer, 2 the outlet. */
const WRITER_SOURCE_LINE = /^(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}),\s*(\p{Lu}[^,|.!?]{0,30})$/u;
/** A photo essay's credit line, which the boilerplate table already excludes: 'Photographs by A; words by B'. The outlet's line may follow. */
const CREDIT_BYLINE = /^(?:[Pp]hotographs?|[Pp]hotos|[Pp]ictures|[Ii]mages|[Ww]ords|[Tt]ext|[Vv]ideo)\b[^;|]{0,30}\sby\s+\p{Lu}/u;
/**
 * A writer's line, which the boilerplate table already excludes: 'By Jenna Kowalski', and with a credit verb before 'by' (a
 * digest's compiler, a report's writer): 'Compiled by Ana Ruiz, Business Editor | Sunday, June 13, 2038'.
 */
const BYLINE_START = /^[*_]*(?:(?:compiled|written|reported|edited|prepared|reviewed|chosen|selected|curated|introduced)\s+)?by\s+\p{Lu}/iu;

function lines(text: string): Line[] {
  const out: Line[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const text = stripMarkdown(m[0].trim());
    if (text.length > 0) out.push({ start: m.index, end: m.index + m[0].length, text });
  }
  return out;
}

/** The words of a byline part, with its date, weekday, time, zone and labels cut out. */
function bylineWords(part: string): string[] {
  const rest = cutZone(part).replace(PLACE_ZONE, ' ').replace(READING_TIME, ' ').replace(RELATIVE_TIME, ' ').replace(ZONE_OFFSET, ' ').replace(WEEKDAY, ' ').replace(TIME, ' ').replace(DATE_LABEL, ' ');
  // A hyphen between spaces separates ('- Associated Press -'); inside a word it is the name's ('Agence France-Presse').
  return rest.split(/(?:[\s,;|·•–—]|(?<![\p{L}])-|-(?![\p{L}]))+/u).filter((w) => w.length > 0 && WORDLIKE.test(w) && !NOT_AGENCY_WORD.test(w) && !TIME_ZONES.has(w));
}

/**
 * Reads '- Associated Press - Wednesday, September 28, 2016', 'Cbs, 28 September 2016' or
 * 'KYODO NEWS - Dec 17, 2027 - 18:05 | World, Japan'. The source is the part before the date;
 * page labels after it ('World, Japan', 'Bishkek desk') are dropped, and when the line carries
 * such labels, or follows a writer's line, only a news agency counts as the source (a
 * paper's own name, 'Ashanti Times | Tuesday, ...', is no agency).
 */
function readByline(line: string, afterWriter: boolean): { date?: string; agency?: string; place?: string; credit?: string } | undefined {
  const read = readBylineParts(line, afterWriter);
  if (!read || read.credit === undefined) return read;
  // 'Published on 11.02.2036 at 13h42 by APA News': the credit after the date is the writer's; a wire there is the
  // agency only when no dateline names one ('credit').
  return { ...read, credit: isWireName(read.credit) ? read.credit : undefined };
}

/** A writer's credit after the date in a byline: '... 11.02.2036 at 13h42 by APA News', '... 2028 by Ana Ruiz | Courts'. Group 1 the writer. */
const CREDIT_AFTER_DATE = /\s+by\s+(\p{Lu}[^|·•–—]*?)(?=\s*[|·•–—]|\s+-\s|\s*$)/u;

function readBylineParts(line: string, afterWriter: boolean): { date?: string; agency?: string; place?: string; credit?: string } | undefined {
  const date = findDate(line);
  if (!date) return undefined;
  // 'Addis Ababa, 22 May 2029': a place and the date, a press release's dateline.
  const before = line.slice(0, date.index).replace(WEEKDAY, ' ').replace(/[\s,–—-]+$/, '');
  if (before.length > 0 && /^[\s.,)]*$/.test(line.slice(date.index + date.length)) && isPlaceName(before)) return { date: date.iso, place: before };
  // Every later date is blanked too: 'Posted: Mar 14, 2030 | Last Updated: March 14, 2030' leaves no 'March'.
  let after = blankDates(line.slice(date.index + date.length));
  const by = CREDIT_AFTER_DATE.exec(after);
  const credit = by ? by[1]!.trim() : undefined;
  if (by) after = after.slice(0, by.index) + ' ' + after.slice(by.index + by[0].length);
  const blanked = (line.slice(0, date.index) + ' \u0000 ' + after).replace(AUTHORS, ' ');
  const parts = blanked.split(SEGMENT).map((p) => ({ words: bylineWords(p.replace('\u0000', ' ')), hasDate: p.includes('\u0000') }));
  // 'Devdiscourse News Desk | Seoul | Updated: ...': a part naming a known city alone is the dateline, not a label.
  const cityPart = parts.findIndex((p, i) => i > 0 && p.words.length > 0 && p.words.length <= 3 && !MONTHS.includes(p.words.join(' ').toLowerCase()) && lookupGazetteer(p.words.join(' '))?.id.startsWith('city:'));
  const place = cityPart > 0 ? parts[cityPart]!.words.join(' ') : undefined;
  if (cityPart > 0) parts.splice(cityPart, 1);
  const named = parts.filter((p) => p.words.length > 0);
  // '16.08.2029 · Skrivað av KÍ Media': a name after the date is a writer or the site, an agency only when a wire.
  const dateFirst = named.length > 0 && parts.findIndex((p) => p.hasDate) < parts.indexOf(named[0]!);
  const total = named.reduce((n, p) => n + p.words.length, 0);
  const labelled = named.length > 1 && named.every((p) => p.words.length <= MAX_BYLINE_WORDS) && named.slice(1).every((p) => p.words.length <= MAX_LABEL_WORDS);
  if (total > MAX_BYLINE_WORDS && !labelled) return undefined;
  if (named.length === 0) return { date: date.iso, place, credit };
  // The source is the first named part; the date's own part counts when nothing comes before it.
  const first = named[0]!.words.join(' ');
  // 'Legal Desk | Wednesday, ...', 'Politics | 20/06/2030 | 21:40': a desk or a section is the page's label, no agency.
  // 'The Irish Times | Wed Jun 5 2030 - 06:00': a paper or broadcaster signs its own page, and is no agency either.
  if ((isPageLabel(first) || isOutlet(first)) && !isWireName(first)) return { date: date.iso, place, credit };
  // '**Press Release** | Hamburg, 3 May 2032': a release's label is what the page is, not who sent it.
  if (RELEASE_LABEL.test(first)) return { date: date.iso, place, credit };
  // 'By Ana Ruiz | Tarbes | Published: ...': a row that opens with its writer names the writer's town or desk after it; only a
  // wire there is the agency.
  const wireOnly = afterWriter || named.length > 1 || dateFirst || place !== undefined || AUTHORS.test(line.slice(0, date.index));
  const agency = wireOnly && !isWireName(first) ? undefined : named.length > 1 ? first : named.map((p) => p.words.join(' ')).join(' ');
  return { date: date.iso, agency, place, credit };
}

/** A line with all its dates blanked out. */
function blankDates(line: string): string {
  let rest = line;
  for (let d = findDate(rest); d; d = findDate(rest)) rest = rest.slice(0, d.index) + ' '.repeat(d.length) + rest.slice(d.index + d.length);
  return rest;
}

/** Words of a place written in normal case, with its connectors: 'Port of Spain', 'Addis Ababa', 'Trinidad and Tobago'. */
const CASED_PLACE_WORDS = String.raw`\p{Lu}\p{Ll}+(?:[ -](?:(?:of|and|de|del|la|le|el|du|des|da|do|on|upon|am)\s+)?\p{Lu}\p{Ll}+)*`;
/** A place and perhaps its country: 'Port of Spain, Trinidad and Tobago', 'Ulaanbaatar'. */
const CASED_PLACE_LIST = new RegExp(String.raw`^(${CASED_PLACE_WORDS})(?:,\s*(${CASED_PLACE_WORDS}|${STATE_ABBREVIATION}))?$`, 'u');
/** A complete date: '11 July 2029', 'February 9, 2029', '3rd May, 2027'. */
const FULL_DATE = String.raw`(?:\d{1,2}(?:st|nd|rd|th)?\s+\p{L}{3,9}\.?,?\s+\d{4}|\p{L}{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})`;
/**
 * A press release's or state wire's dateline in normal case with the full date: 'Port of Spain, Trinidad and Tobago,
 * 11 July 2029 – The Court ...', 'Ulaanbaatar, February 9, 2029 /MONTSAME/. More than ...', 'Addis Ababa, 22 May 2029', and
 * EFE's full stop before the dash, 'San José, Mar 4, 2031 (EFE).- The ...'. An event's bulletin may name the venue after a
 * middle dot, and a bilingual town its two names with a slash: 'Biel/Bienne, 23 July 2039 · Congress House, Hall 1'.
 * Group 1 the place, 2 the date, 3 or 4 the agency.
 */
const PRESS_DATELINE = new RegExp(
  String.raw`^\s*(${CASED_PLACE_WORDS}(?:\/${CASED_PLACE_WORDS})?(?:,\s*${CASED_PLACE_WORDS})?),\s*(${FULL_DATE})\s*(?:\/([A-Za-z][A-Za-z .-]*)\/|\(([A-Za-z][A-Za-z .]*)\))?\s*(?:\.?[-—–]+\s|\.\s+(?=\p{Lu})|:\s|\.?$|[·•]\s+\p{Lu}[^.!?·•|]{0,60}$)`,
  'u',
);
/**
 * A date in another calendar before the Gregorian one, Gulf wire style: 'Ramadan 14, 1460, ' (Hijri), 'Dhu al-Hijjah 3, 1459, '.
 * Any capitalised month name with a day and a year: only ever skipped, never read as the date.
 */
const OTHER_CALENDAR_DATE = String.raw`\p{Lu}[\p{L}'’]+(?:[\s-]\p{L}[\p{L}'’]+){0,2}\s+\d{1,2},?\s+\d{3,4},\s*`;
/**
 * A dateline in normal case with the full date and then the agency bare after a comma, Saudi and Gulf wire style, perhaps with
 * the date in another calendar first: 'Jazan, Ramadan 14, 1460, October 13, 2038, SPA -- ...', 'Dammam, May 2, 2031, SPA --'.
 * Group 1 the place, 2 the Gregorian date, 3 the agency (checked to be a wire).
 */
const CASED_AGENCY_AFTER_DATE_DATELINE = new RegExp(
  String.raw`^\s*(${CASED_PLACE_WORDS}(?:,\s*${CASED_PLACE_WORDS})?),\s*(?:${OTHER_CALENDAR_DATE})?(${FULL_DATE}),\s*(\p{Lu}[\p{Lu}&-]+(?:\s+\p{Lu}[\p{Lu}&-]+){0,2})\s*(?:[-—–]+|:)\s+(?=["“‘]?\p{Lu})`,
  'u',
);
/** A dateline in normal case with a dash and nothing else, AllAfrica style: 'Freetown — The Ministry ...', 'Port of Spain – Police ...'. */
const CASED_DASH_DATELINE = new RegExp(String.raw`^\s*(${CASED_PLACE_WORDS}(?:,\s*${CASED_PLACE_WORDS})?)\s+(?:—|–|--?)\s+(?=["“‘]?\p{Lu})`, 'u');
/**
 * A capitals dateline with the day and then the agency after commas, Armenian and Caucasus wire style:
 * 'YEREVAN, MARCH 3, ARMENPRESS. The plant ...', 'TBILISI, May 4, 2031, NEWSGE: The ...'; the place may carry its country
 * in normal case, Caribbean wire style: 'CASTRIES, St Lucia, Mar 3, CMC – ...'. Group 1 the place (with the country, as
 * written), 2 the month (checked to be one), 3 the agency.
 */
const CAPS_AGENCY_AFTER_DATE_DATELINE = new RegExp(
  String.raw`^\s*(\p{Lu}[\p{Lu}.'’-]*(?:\s+\p{Lu}[\p{Lu}.'’-]*){0,3}(?:,\s*\p{Lu}[\p{Ll}.][\p{L}'’.-]*(?:\s+(?:and\s+|of\s+|the\s+)?\p{Lu}[\p{L}'’.-]*){0,3}(?=,))?),\s*(\p{L}{3,9})\.?\s+\d{1,2}(?:,?\s+\d{4})?,\s*(\p{Lu}[\p{Lu}&-]+(?:\s+\p{Lu}[\p{Lu}&-]+){0,2})\s*(?:[.:]|\s[-—–]+)\s+(?=["“‘]?\p{Lu})`,
  'u',
);
/** A capitals dateline before a colon, Indian paper style: 'GUWAHATI: Japanese encephalitis has ...'. Only a place the gazetteer knows. */
const COLON_DATELINE = /^\s*(\p{Lu}[\p{Lu}'’-]+(?:\s+\p{Lu}[\p{Lu}'’-]+){0,2})\s*:\s+(?=["“‘]?\p{Lu})/u;
/**
 * A capitals dateline with the day and the agency in brackets, then a colon instead of a dash, Pakistani wire style:
 * 'MULTAN, Aug 3 (APP): The ...', 'QUETTA, 12 May (PPI): ...'. The day and the bracketed agency both must be there, so a
 * heading with a colon ('EXCLUSIVE: ...') is never read as one. Group 1 the place, 2 the agency.
 */
const CAPS_AGENCY_COLON_DATELINE = new RegExp(
  String.raw`^\s*(${CAPS_NAME})(?=,)${DATELINE_DAY}\s*\(([A-Za-z][A-Za-z .]*)\)\s*:\s+(?=["“‘]?\p{Lu})`,
  'u',
);
/**
 * The agency glued to the place by a hyphen, APA and MAP style: 'APA-Yaoundé (Cameroon) - ...', 'MAP-Rabat - ...'.
 * Group 1 the agency (checked to be a wire), 2 the place with its country in brackets as written.
 */
const AGENCY_GLUED_DATELINE = /^\s*(\p{Lu}[\p{L}]{1,11})-(\p{Lu}[\p{L}'’.]*(?:[ -]\p{Lu}[\p{L}'’.]*){0,3}(?:\s*\(\p{Lu}[\p{L}'’.]*(?:\s+\p{Lu}[\p{L}'’.]*){0,3}\))?)\s*[-—–]+\s/u;
/** The agency alone opening the body, Bloomberg style: '(Bloomberg) -- Raw cashmere prices ...'. */
const AGENCY_ONLY_DATELINE = /^\s*\(([A-Za-z][A-Za-z .]*)\)\s*[-—–]+\s/u;

/** True for a place the gazetteer knows, perhaps with its country after a comma: 'Addis Ababa', 'Port of Spain, Trinidad and Tobago'. */
function isPlaceName(name: string): boolean {
  // 'Biel/Bienne': a bilingual town's two names, which the gazetteer knows as one (or each as a place).
  if (name.includes('/')) return lookupGazetteer(name.trim())?.kind === 'PLACE' || name.split('/').every((p) => lookupGazetteer(p.trim())?.kind === 'PLACE');
  const m = CASED_PLACE_LIST.exec(name.trim()) ?? (LONE_DATELINE.test(name.trim()) ? [name, name.trim()] : null);
  return m !== null && lookupGazetteer(m[1]!)?.kind === 'PLACE' && (m[2] === undefined || m[2].endsWith('.') || lookupGazetteer(m[2])?.kind === 'PLACE');
}

/** 'BBC News, Nairobi' under a byline, 'The Sierra Sentinel (Freetown)' over the date: the paper and its place. */
const PAPER_PLACE = /,\s*\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)*$|\s*\(\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)*\)$/u;
/** Only the bracketed place: 'The Sierra Sentinel (Freetown)'. */
const PAPER_BRACKET_PLACE = /\s*\(\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)*\)$/u;

/** The agency a writer's line names after the writer: 'By Ana Ruiz, Associated Press', 'By Ana Ruiz (AFP)'. */
function bylineSource(line: string): string | undefined {
  const parts = line.replace(/^[*_]*(?:(?:compiled|written|reported|edited|prepared|reviewed|chosen|selected|curated|introduced)\s+)?by\s+/i, '').replace(/[*_]+$/, '').split(/\s*[,|()]\s*|\s+[-–—]\s+/).slice(1);
  return parts.map((p) => p.trim()).find((p) => p.length > 0 && p.split(/\s+/).length <= 5 && /^\p{Lu}/u.test(p) && isWireName(p));
}

/**
 * A single ordinary word in capitals where a dateline's place would be, which the gazetteer knows as no place: a document's
 * status ('DRAFT - subject to approval', 'UPDATE - ...'), never a place. Places that are ordinary words too ('READING')
 * are the gazetteer's.
 */
function isStatusWord(place: string): boolean {
  const word = place.trim();
  // 'LEH — ...': a word the lexicon knows only as an interjection ('leh', 'meh') names no document's status.
  return /^\p{Lu}+$/u.test(word) && isCommonWord(word) && !lexiconTags(word.toLowerCase()).every((t) => t === 'Expression') && lookupGazetteer(word)?.kind !== 'PLACE';
}

/** A capitals place, a full stop and one or two capitals words after it: 'ALMATY. KAZINFORM' (the second part may be a wire). */
const WIRE_AFTER_STOP = /^(\p{Lu}[\p{Lu}'’-]+(?:\s+\p{Lu}[\p{Lu}'’-]+){0,2})\.\s+(\p{Lu}{2,}(?:[ -]\p{Lu}{2,})?)$/u;

/**
 * A dateline's place and agency, when the place joins cities with slashes: 'PORT-AU-PRINCE/SANTO DOMINGO' is kept as written,
 * but a wire after the slash is the agency, not a city ('LINDELL/REUTERS -').
 */
function slashedPlace(place: string, agency: string | undefined): { place?: string; agency?: string } {
  // 'ALMATY. KAZINFORM –': Central Asian wire style puts the wire in capitals after the place and a full stop.
  const stop = agency === undefined ? WIRE_AFTER_STOP.exec(place) : null;
  if (stop && isWireName(stop[2]!)) return { place: stop[1]!, agency: stop[2]! };
  if (!place.includes('/')) return { place, agency };
  const parts = place.split(/\s*\/\s*/);
  const wire = parts.findIndex((p) => isWireName(p));
  if (wire <= 0) return { place, agency };
  return { place: parts.slice(0, wire).join('/'), agency: agency ?? parts[wire]! };
}

/** The place and agency a dateline opening the body gives, in any of the forms above. */
function readDateline(line: string): { place?: string; agency?: string } | undefined {
  // 'Belga-Lindell (Norland) -': read before the cased form, which would take 'Belga-Lindell' for the place.
  const glued = AGENCY_GLUED_DATELINE.exec(line);
  if (glued && isWireName(glued[1]!)) return { place: glued[2]!.trim(), agency: glued[1]! };
  // 'DRAFT - subject to approval ...', 'UPDATE - ...': a document's status word in capitals before a bare dash is no place
  // ('SPLIT, May 30 (Hina) -', with its day or agency, is a dateline all the same).
  const caps = DATELINE.exec(line);
  const status = caps !== null && caps[2] === undefined && caps[3] === undefined && !/\d/.test(caps[0]) && isStatusWord(caps[1]!);
  const m = (status ? null : caps) ?? CASED_DATELINE.exec(line) ?? WIRE_DATELINE.exec(line) ?? BRACKET_DATE_DATELINE.exec(line);
  if (m) return slashedPlace(m[1]!.trim(), (m[2] ?? m[3])?.trim());
  const stop = STOP_DATELINE.exec(line);
  if (stop && isWireName((stop[2] ?? stop[3])!)) return { place: stop[1]!.trim(), agency: (stop[2] ?? stop[3])!.trim() };
  // 'TOUBA (Diourbel), Aug 26 (APS) -': the region in brackets stays with the place; an agency there is no region.
  const region = REGION_DATELINE.exec(line);
  if (region && !isWireName(region[2]!)) return { place: region[1]!.trim(), agency: (region[3] ?? region[4])?.trim() };
  const country = BRACKET_COUNTRY_DATELINE.exec(line);
  if (country) return { place: country[1]!.trim(), agency: country[2]!.trim() };
  const after = CAPS_AGENCY_AFTER_DATE_DATELINE.exec(line);
  if (after && MONTHS.some((m) => m.startsWith(after[2]!.toLowerCase()))) return { place: after[1]!.trim(), agency: after[3]!.trim() };
  const colon = CAPS_AGENCY_COLON_DATELINE.exec(line);
  if (colon && /\d/.test(colon[0])) return { place: colon[1]!.trim(), agency: colon[2]!.trim() };
  const first = AGENCY_FIRST_DATELINE.exec(line);
  if (first) return { place: first[2]!.trim(), agency: first[1]!.trim() };
  // The place in normal case with the full date: the gazetteer must know the place, or an agency mark it.
  const press = PRESS_DATELINE.exec(line);
  if (press && findDate(press[2]!)) {
    const agency = (press[3] ?? press[4])?.trim();
    if (agency || isPlaceName(press[1]!)) return { place: press[1]!.trim(), agency };
  }
  // 'Jazan, Ramadan 14, 1460, October 13, 2038, SPA --': the agency bare after the Gregorian date.
  const bare = CASED_AGENCY_AFTER_DATE_DATELINE.exec(line);
  if (bare && findDate(bare[2]!) && isWireName(bare[3]!)) return { place: bare[1]!.trim(), agency: bare[3]!.trim() };
  const only = AGENCY_ONLY_DATELINE.exec(line);
  return only && isWireName(only[1]!) ? { agency: only[1]!.trim() } : undefined;
}

/** True when a capitals line over a date line is the writer's place, not a desk, a paper, a wire or a name the gazetteer gives another kind. */
function datelineOverDate(place: string, next: Line | undefined): boolean {
  if (!next || !readByline(next.text, true)?.date) return false;
  const kind = lookupGazetteer(place)?.kind;
  return (kind === undefined || kind === 'PLACE') && !isWireName(place) && !isOutlet(place) && !isPageLabel(place);
}

/**
 * ANI's dateline: the place in normal case, the state in round brackets, the country in square brackets, the day, the agency
 * in brackets and a colon: 'Dera Baba Nanak (Punjab) [India], November 21 (ANI): ...', 'Kohima [India], Jan 3 (ANI) - ...'.
 * The place keeps its brackets; group 1 the place, 2 the agency.
 */
const BRACKET_COUNTRY_DATELINE = new RegExp(
  String.raw`^\s*(${CASED_PLACE_WORDS}(?:\s*\(${CASED_PLACE_WORDS}\))?\s*\[${CASED_PLACE_WORDS}\]),\s*\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?\s*\(([A-Za-z][A-Za-z .]*)\)\s*[:\-—–]+\s`,
  'u',
);

/** The place of a dateline in normal case before a dash, when the gazetteer knows it as a place. Only read where the body starts. */
function casedDashDateline(line: string): { place: string; agency?: string } | undefined {
  const m = CASED_DASH_DATELINE.exec(line);
  return m && isPlaceName(m[1]!) ? { place: m[1]!.trim() } : undefined;
}

/** The place of a capitals dateline before a colon, when the gazetteer knows it as a place ('GUWAHATI:', not 'EXCLUSIVE:'). Only read where the body starts. */
function colonDateline(line: string): { place: string; agency?: string } | undefined {
  const m = COLON_DATELINE.exec(line);
  return m && isPlaceName(m[1]!) ? { place: m[1]!.trim() } : undefined;
}

/**
 * A site's edition after its name and a dash: '— ENGLISH EDITION', '– English', '- International Edition', '— Weekend edition',
 * or its tagline naming the language it writes in: '— Silesia in English', '– News from Latvia in English'.
 * General vocabulary: the languages papers publish editions in, and the kinds of edition.
 */
const EDITION_SUFFIX = /\s+[—–-]+\s+(?:(?:\p{L}[\p{L}'’-]*\s+){1,3}in\s+(?:english|french|spanish|portuguese|german|arabic|russian|chinese|japanese|korean|turkish|italian|dutch|polish)|(?:english|french|spanish|portuguese|german|arabic|russian|chinese|japanese|korean|turkish|italian|dutch|polish|international|global|online|digital|weekend|weekly|daily|evening|morning|regional|national|overseas|asia|europe|africa)(?:\s+(?:language\s+)?(?:edition|version|service))?|(?:print|web)\s+edition)$/iu;
/** The site's name before an edition: capitalised words, digits allowed ('BAŁTYK24', 'Radio 7 News'), at most four. */
const EDITION_NAME = /^\p{Lu}[\p{L}\d'’&.+-]*(?:\s+(?:of|the|and|&|[\p{Lu}\d][\p{L}\d'’&.+-]*)){0,3}$/u;
/** A masthead's shape: capitalised words with only 'of', 'the', 'and' between them, no digits, no sentence ('THE LISBON POST', 'The Harbour Times'). */
const MASTHEAD_NAME = /^\p{Lu}[\p{L}'’&.-]*(?:\s+(?:of|the|and|&|\p{Lu}[\p{L}'’&.-]*))*$/u;
/** Most words a masthead line has. */
const MAX_MASTHEAD_NAME_WORDS = 5;

/**
 * A paper's masthead opening the page, over the headline: 'THE LISBON POST', 'The Harbour Times'. Short, a name
 * that only papers and broadcasters carry, ending no sentence, and a longer line (the headline) comes within the next three.
 */
function isMastheadLine(line: string, next: readonly Line[], outlets: () => readonly string[]): boolean {
  // 'BAŁTYK24 — ENGLISH EDITION', 'LE COURRIER — ENGLISH': a site's name with its edition after a dash names the site, whatever its letters.
  const edition = EDITION_SUFFIX.exec(line);
  if (edition && EDITION_NAME.test(line.slice(0, edition.index)) && next.some((l) => l.text.split(/\s+/).length >= 5 && !/[.!?]["”’]?$/.test(l.text))) return true;
  const words = line.split(/\s+/).length;
  if (words > MAX_MASTHEAD_NAME_WORDS || !MASTHEAD_NAME.test(line)) return false;
  // The headline may come third, under a tagline or date line and the section label ('THE HARGEISA HERALD' / 'News from ...' /
  // 'Home › News › Health' / the headline).
  if (!next.some((l) => l.text.split(/\s+/).length >= 5 && l.text.length > line.length * 2)) return false;
  // 'HYDROPOWER INTELLIGENCE' over 'News | Pumped storage | Europe', 'ANSA English' over 'Politics | Europe': a name over the
  // section label is the site's masthead, whatever words it has. So is the name the page's copyright line gives ('© 2036 Highland Courier Ltd.').
  if (isOutlet(line) || (next[0] !== undefined && isSectionLine(next[0].text))) return true;
  // 'SAHEL WIRE' / 'Technology news from West Africa' / 'Home / Policy / Internet': a name and its tagline over the section label.
  if (next.length >= 2 && isSectionLine(next[1]!.text) && !/[.!?:]["”’]?$/.test(next[0]!.text) && !findDate(next[0]!.text) && !isSectionLine(next[0]!.text)) return true;
  const name = line.toLowerCase().replace(/^the\s+/, '');
  return outlets().some((o) => o.toLowerCase() === name);
}

/**
 * A site's navigation bar: three or more short items (one to three words, digits allowed) between bars or dots,
 * 'Listen Live | News | Sport | Election 2036 | Weather', 'Home · World · Africa · Podcasts'. Never the title.
 */
const NAV_LINE = /^[\p{L}\d&'’.+-]+(?:\s+[\p{L}\d&'’.+-]+){0,2}(?:\s+[|·•]\s+[\p{L}\d&'’.+-]+(?:\s+[\p{L}\d&'’.+-]+){0,2}){2,}$/u;
/** Longest navigation bar read as one. */
const MAX_NAV_LENGTH = 120;

/**
 * A section line of three or more labels between bars, every word capitalised, a label up to six words long: 'MARKETS | DAR ES
 * SALAAM STOCK EXCHANGE | DAILY CLOSE', 'News | Regional Court Reports | Week Ahead'. A page's sections, never the title (a
 * headline has small words, and a site's name after a bar follows a headline in sentence case).
 */
const BAR_LABELS = /^\p{Lu}[\p{L}\d&'’.-]*(?:\s+\p{Lu}[\p{L}\d&'’.-]*){0,5}(?:\s+\|\s+\p{Lu}[\p{L}\d&'’.-]*(?:\s+\p{Lu}[\p{L}\d&'’.-]*){0,5}){2,}$/u;

/** A breadcrumb's first item, the site's home page: 'Home > ...', 'Home › ...'. */
const HOME_CRUMB = /^home\s*[›»>]/i;

/** A page's section label, breadcrumb or navigation line: 'News › Courts', 'Disasters | Madagascar', 'News | Sport | Weather'. */
function isSectionLine(text: string): boolean {
  // 'Home / Policy / Internet': a breadcrumb between slashes, three items or more (two, 'World / Asia', may be a pair of topics).
  // 'Home > Foreign Policy > Latin America and the Caribbean > Uruguay': a trail from the home page may run longer.
  const shaped =
    ((LABEL_LINE.test(text) || BREADCRUMB.test(text) || SLASH_BREADCRUMB.test(text)) && text.length <= 60) ||
    (text.length <= MAX_NAV_LENGTH && HOME_CRUMB.test(text) && BREADCRUMB.test(text)) ||
    (text.length <= MAX_NAV_LENGTH && (NAV_LINE.test(text) || BAR_LABELS.test(text)));
  return (shaped && !findDate(text)) || isIssueLine(text);
}


/** True when `heading` repeats the last item of the breadcrumb `crumb` ('Home › Travel › Eritrea' over 'Eritrea'). */
function isBreadcrumbEnd(crumb: string, heading: string): boolean {
  if (heading.length > 60 || !BREADCRUMB.test(crumb)) return false;
  const last = crumb.split(/\s*[›»>]\s*/).pop()!;
  return last.length > 0 && sameTitle(last, heading);
}

/**
 * True when a header's agency and the dateline's name one wire, the header's in capitals with a word more ('KYODO NEWS' and
 * 'Kyodo', 'ANTARA NEWS' and 'Antara'): the dateline's first word is the header's.
 */
function sameWire(header: string, dateline: string): boolean {
  const h = header.trim().split(/\s+/);
  return h.length === 2 && /^\p{Lu}+$/u.test(h.join('')) && /^news$/i.test(h[1]!) && h[0]!.toLowerCase() === dateline.trim().toLowerCase() && header.trim() !== dateline.trim();
}

function sameTitle(a: string, b: string): boolean {
  return a.toLowerCase().replace(/\s+/g, ' ') === b.toLowerCase().replace(/\s+/g, ' ');
}

/**
 * Title, byline, date and dateline from the lines before the body. The title is the first
 * line that is not a byline and does not read as a sentence; later copies of it are excluded.
 */
export function readHeader(text: string, boilerplate: readonly Span[]): ArticleHeader {
  const meta: ArticleMeta = {};
  const excluded: Span[] = [];
  let title: Span | undefined;
  let afterByline = false;
  let afterWriter = false;
  /** A wire credited after the byline's date ('... by APA News'): the agency when no dateline names one. */
  let creditAgency: string | undefined;
  /** The line of a dated release label over the headline ('NEWS RELEASE 10-FEB-2042'), when there is one. */
  let datedLabel = -1;
  /** Inside a listed issuer's block of particulars under its name. */
  let issuerBlock = false;
  const all = lines(text);
  const isBoilerplate = (line: Line) => boilerplate.some((b) => overlaps(b, line));
  /** The next lines that are not boilerplate, at most `n`. */
  const following = (i: number, n: number): Line[] => {
    const out: Line[] = [];
    for (let j = i + 1; j < all.length && out.length < n; j++) if (!isBoilerplate(all[j]!)) out.push(all[j]!);
    return out;
  };
  /** True when a byline or date line comes within the next few lines: what lies between is a deck or caption. */
  const bylineAhead = (i: number): boolean => {
    let seen = 0;
    for (let j = i + 1; j < all.length && seen < 4; j++, seen++) {
      const next = all[j]!;
      if (isBoilerplate(next)) {
        if (BYLINE_START.test(next.text)) return true;
        continue;
      }
      if (readByline(next.text, false) || (WRITER_LINE.test(next.text) && j + 1 < all.length && findDate(all[j + 1]!.text) !== undefined)) return true;
    }
    return false;
  };
  /**
   * A column's standing head: a label in capitals and a colon, then a few words in small letters that name nothing ('FROM THE
   * ARCHIVE: 30 years ago this week', 'ON THIS DAY: 50 years ago'), with a longer headline-shaped line right under it and the
   * byline or date line under that. A kicker opening the headline itself ('EXPLAINER: Why rat fever ...') names something or runs on.
   */
  const standingHead = (i: number): boolean => {
    const m = STANDING_HEAD.exec(all[i]!.text);
    if (!m) return false;
    const rest = m[1]!.split(/\s+/);
    if (rest.length > MAX_STANDING_HEAD_WORDS || rest.slice(1).some((w) => /^\p{Lu}/u.test(w))) return false;
    const [next] = following(i, 1);
    if (!next) return false;
    const h = next.text;
    const j = all.indexOf(next);
    return h.split(/\s+/).length >= 2 * rest.length && !/[.!?]["”’]?$/.test(h) && !BYLINE_START.test(h) && !findDate(h) && !readDateline(h) && !readByline(h, false) && !isSectionLine(h) && bylineAhead(j);
  };
  /** True when the next line is a section label and a headline-shaped line (no byline, date, dateline or sentence) follows it. */
  const aboveSectionLabel = (i: number): boolean => {
    const [label, second, third] = following(i, 3);
    // 'Home › News releases › Science' / 'NEWS RELEASE 10-FEB-2042' / the headline: the release's dated label between them.
    const headline = second && isDatedReleaseLabel(second.text) ? third : second;
    if (!label || !headline || !isSectionLine(label.text)) return false;
    const h = headline.text;
    return h.length < 200 && !/[.!]["”’]?$/.test(h) && !BYLINE_START.test(h) && !findDate(h) && !readDateline(h) && !readByline(h, false) && !isSectionLine(h);
  };
  // 'FIRST NATION SCHOOL BOARD' over 'Minutes of the ...', 'RIVERSIDE 98.1 FM - NEWSROOM' over 'BULLETIN SCRIPT: ...': a letterhead too.
  // 'Meetings Coverage and Press Releases' / 'SC/17482' / the date / 'Security Council' / '10,214th Meeting (AM)': a symbol's header.
  const symbolHeader = symbolLetterheadEnd(all);
  const letterhead = letterheadEnd(all) || documentLetterheadEnd(all.slice(0, 3).map((l) => l.text)) || symbolHeader;
  // 'ASEAN DEAL SHEET' / tagline over 'Tuesday, 21 May 2030 | Issue 612'; 'The Lanka Ledger — Episode 87': a masthead.
  const masthead = letterhead > 0 ? { end: 0, digest: false } : mastheadEnd(all.slice(0, 6).map((l) => l.text));
  // 'From: ...' / 'Subject: ...' / 'Date: ...': an e-mailed report's header; the subject is its title, the date its date.
  const mail = mailHeaderEnd(all) || (letterhead > 0 ? 0 : memoHeaderEnd(all));
  const skipped = mail > 0 ? mail : Math.max(letterhead, masthead.end);
  for (let i = 0; i < all.length; i++) {
    const line = all[i]!;
    if (i < skipped) {
      const field = mail > 0 ? (MAIL_FIELD.exec(line.text) ?? MEMO_FIELD.exec(line.text)) : null;
      if (field && /^(?:subject|re)$/i.test(field[1]!) && title === undefined) {
        meta.title = field[2]!.trim();
        title = line;
        continue;
      }
      if (field && /^(?:date|sent)$/i.test(field[1]!)) meta.publishedAt ??= findDate(field[2]!)?.iso;
      // The date line under a document's symbol is the document's date.
      if (symbolHeader > 0 && mail === 0) meta.publishedAt ??= findDate(line.text)?.iso;
      // 'Published: 19 September 2041' in a letterhead over a report's label: the document's date line.
      else if (mail === 0 && DATE_LINE_LABEL.test(line.text)) meta.publishedAt ??= findDate(line.text)?.iso;
      excluded.push(line);
      continue;
    }
    // 'YLE TEKSTI-TV 190  NEWS IN ENGLISH   Tue 14.01.2042 07:58' over '190 1/3' and the headline: a teletext page's header and
    // subpage number, never the title; the header's date is the page's.
    if (title === undefined && (TELETEXT_SUBPAGE.test(line.text) || TELETEXT_HEADER.test(line.text))) {
      meta.publishedAt ??= findDate(line.text)?.iso;
      excluded.push(line);
      continue;
    }
    // 'THE LISBON POST' opening the page over the section and the headline: the paper's masthead, never the title.
    if (i === skipped && title === undefined && !isBoilerplate(line) && isMastheadLine(line.text, following(i, 3), () => pageOutlets(text, boilerplate))) {
      excluded.push(line);
      continue;
    }
    if (isBoilerplate(line)) {
      afterByline = afterWriter = BYLINE_START.test(line.text) || CREDIT_BYLINE.test(line.text);
      // '(Australian Associated Press)' on a line of its own under the writer's name: the agency (a sign-off line to the boilerplate table).
      const source = title !== undefined ? (BRACKETED_SOURCE.exec(line.text) ?? HEADER_SOURCE.exec(line.text)) : null;
      if (source && isWireName(source[1]!)) meta.agency ??= source[1]!;
      // 'JIJI' alone on a line between the title and the date: the wire that sent the story (a sign-off line to the boilerplate table).
      if (title !== undefined && isWireSignOff(line.text)) meta.agency ??= line.text.replace(/^[=\-—–\s([]+|[\s)\]=\-—–.]+$/g, '');
      // 'By Ana Ruiz, Associated Press', 'By Ana Ruiz | June 2, 2026': the writer's line may name the agency and the date.
      if (afterWriter && title !== undefined) {
        const date = findDate(line.text);
        if (date) meta.publishedAt ??= date.iso;
        meta.agency ??= bylineSource(date ? line.text.slice(0, date.index) + line.text.slice(date.index + date.length) : line.text);
      }
      continue;
    }
    // 'By Jasmine Cruz' then 'Visayas Daily Tribune' (or 'BBC News, Nairobi'): the paper the writer works for, a credit.
    const paper = line.text.replace(PAPER_PLACE, '');
    const placeOverDate = title !== undefined && meta.dateline === undefined && !meta.publishedAt && LONE_DATELINE.test(line.text) && datelineOverDate(line.text, following(i, 1)[0]);
    if (afterByline && title !== undefined && PUBLICATION_LINE.test(paper) && !INSTITUTION_WORD.test(paper) && !placeOverDate) {
      afterByline = afterWriter = false;
      excluded.push(line);
      if (isWireName(paper)) meta.agency ??= paper;
      continue;
    }
    const writerBefore = afterWriter;
    afterByline = afterWriter = false;
    if (isSectionLine(line.text)) {
      excluded.push(line);
      continue;
    }
    // '![alt](url)': an image between the header's lines.
    if (IMAGE_LINE.test(line.text)) {
      excluded.push(line);
      continue;
    }
    // 'Home › Travel › Travel Advice › Eritrea' over 'Eritrea': the page's own heading repeats the breadcrumb's last item, the title.
    if (meta.title === undefined && title === undefined && i > 0 && isBreadcrumbEnd(all[i - 1]!.text, line.text)) {
      meta.title = line.text;
      title = line;
      continue;
    }
    // 'Category: Results of general meeting' between 'Released: ...' and 'Issuer: ...': a field of the page's header box, never the title.
    // A field under a dated line or another field only: a title may read 'Indonesia: Sikka floods' over the box's first field.
    if (title === undefined && FIELD_LINE.test(line.text) && i > 0 && (isBoxField(all[i - 1]!) || readByline(all[i - 1]!.text, false)?.date !== undefined) && inFactBox(all, i)) continue;
    // 'NDOLA COBALT REFINERY PLC' over '(Incorporated in the Republic of Zambia)', '(Registration number: ...)', 'Share code: NCRP',
    // '("NCRP" or "the Company")': a listed issuer's name and particulars, never the title. The particulars are excluded.
    if (title === undefined && (issuerBlock || (i + 1 < all.length && ISSUER_PARTICULAR.test(all[i + 1]!.text)))) {
      if (issuerBlock && (BRACKETED_LINE.test(line.text) || FIELD_LINE.test(line.text))) {
        // '(Incorporated in the Republic of Zambia)' names the issuer's country: body text.
        if (!ISSUER_PARTICULAR.test(line.text)) excluded.push(line);
        continue;
      }
      if (!issuerBlock) {
        issuerBlock = true;
        continue;
      }
      issuerBlock = false;
    }
    // 'Global development' over the headline: a section label, when a longer headline line follows.
    if (title === undefined && (SECTION_LABEL.test(line.text) || SLASH_SECTION_LABEL.test(line.text)) && !readDateline(line.text)) {
      const next = following(i, 1)[0];
      if (next && next.text.split(/\s+/).length >= 5 && next.text.length > line.text.length * 2 && !/[.!?]["”’]?$/.test(next.text) && !readDateline(next.text) && !readByline(next.text, false)) {
        excluded.push(line);
        continue;
      }
    }
    // 'Ardit Gjoni' over 'BBC News, Tirana', 'Fatou Bamba in Korhogo' over the date: the writer's line.
    if (title !== undefined && WRITER_LINE.test(line.text) && !lookupGazetteer(line.text)) {
      const next = following(i, 1)[0];
      if (next && (findDate(next.text) !== undefined || PUBLICATION_LINE.test(next.text.replace(PAPER_PLACE, '')))) {
        excluded.push(line);
        afterByline = afterWriter = true;
        continue;
      }
    }
    // 'Ana Ruiz, Harbour TV+' over the date line: the writer and the outlet (an agency only when a wire).
    const writerSource = title !== undefined ? WRITER_SOURCE_LINE.exec(line.text) : null;
    if (writerSource && !lookupGazetteer(writerSource[1]!)) {
      const next = following(i, 1)[0];
      if (next && findDate(next.text) !== undefined && !findDate(line.text)) {
        excluded.push(line);
        if (isWireName(writerSource[2]!)) meta.agency ??= writerSource[2]!.trim();
        afterByline = afterWriter = true;
        continue;
      }
    }
    // 'ANKARA' alone over the first paragraph: a dateline when it names a known city, or when it sits between the
    // writer's line and the date line, The Hindu style ('Giji K. Raman' / 'KATTAPPANA' / 'Updated - April 19, 2033 ...').
    if (title !== undefined && LONE_DATELINE.test(line.text) && (lookupGazetteer(line.text)?.id.startsWith('city:') || placeOverDate)) {
      meta.dateline = line.text;
      continue;
    }
    // 'Maritime Africa Daily' between the title and the date line: the publication, a credit.
    // 'The Sierra Sentinel (Freetown)': the paper with its place in brackets, AllAfrica style.
    if (title !== undefined && !meta.publishedAt && PUBLICATION_LINE.test(line.text.replace(PAPER_BRACKET_PLACE, '')) && !INSTITUTION_WORD.test(line.text) && !DATELINE.test(line.text)) {
      excluded.push(line);
      continue;
    }
    // '(Australian Associated Press)' on a line of its own under the writer's name: the agency.
    const source = title !== undefined ? BRACKETED_SOURCE.exec(line.text) : null;
    if (source && isWireName(source[1]!)) {
      excluded.push(line);
      meta.agency ??= source[1]!;
      continue;
    }
    // 'Next appearance: 22 April 2036' closing a fact box ('Accused: ...', 'Bail: ...'): a field of the box, body text,
    // and its label is no agency (the header's own date came before it).
    if (title !== undefined && meta.publishedAt && FIELD_LINE.test(line.text) && i > 0 && isBoxField(all[i - 1]!)) continue;
    const byline = readByline(line.text, writerBefore);
    if (byline) {
      excluded.push(line);
      afterByline = true;
      if (byline.agency && !meta.agency) meta.agency = byline.agency;
      if (byline.place) meta.dateline ??= byline.place;
      // The first date the header prints is the publication date.
      if (byline.date && !meta.publishedAt) meta.publishedAt = byline.date;
      creditAgency ??= byline.credit;
      if (title === undefined && isDatedReleaseLabel(line.text)) datedLabel = i;
      continue;
    }
    if (meta.title !== undefined && sameTitle(meta.title, line.text)) {
      excluded.push(line);
      continue;
    }
    // A digest's teaser ('Good morning. Today: ...') before its first item: body text, and the title is still to come.
    if (masthead.digest && title === undefined && /[.!?]["”’]?$/.test(line.text)) continue;
    // 'CAMPUS CURRENT' / 'The independent student newspaper of ...' / 'Science & Tech | Vol. 38, Issue 7' / the headline: a
    // line over the section label, with a headline under the label, is the masthead's or its tagline, never the title.
    if (meta.title === undefined && title === undefined && aboveSectionLabel(i)) {
      excluded.push(line);
      continue;
    }
    // 'FROM THE ARCHIVE: 30 years ago this week' over the headline and the byline: a column's standing head, never the title.
    if (meta.title === undefined && title === undefined && standingHead(i)) {
      excluded.push(line);
      continue;
    }
    // 'FACT CHECK: Were 1.2 million voters removed?': a headline may ask, when the byline or date line comes right under it.
    const question = () => /\?["”’]?$/.test(line.text) && bylineAhead(i);
    if (meta.title === undefined && title === undefined && (!/[.!?]["”’]?$/.test(line.text) || question()) && line.text.length < 200 && readDateline(line.text) === undefined) {
      // '1. SARAWAK'S BUMI KENYALANG BUYS ...': a digest's first item, without its number.
      meta.title = masthead.digest ? line.text.replace(LIST_NUMBER, '') : line.text;
      title = line;
      // 'Floods – Situation Report No. 3 (as of 18 March 2042)': a report's title gives the day it speaks for, its date
      // (the portal's 'Posted: 19 Mar 2042' under it is the day it went up).
      const asOf = AS_OF_DATE.exec(meta.title);
      if (asOf) meta.publishedAt ??= findDate(asOf[1]!)?.iso;
      // '08:10  UPDATE 1-Fire shuts ...': a wire feed's time stamp opening the headline is the feed's, not the title's.
      const stamp = FEED_STAMP.exec(meta.title);
      if (stamp) {
        meta.title = meta.title.slice(stamp[0].length);
        const at = text.indexOf(meta.title, line.start);
        if (at >= 0 && at < line.end) title = { start: at, end: line.end };
      }
      continue;
    }
    // A photo caption between the header and the story is body text, but neither title nor dateline.
    // 'Biel/Bienne, 23 July 2039 · Congress House' has a credit's slash, but reads as a dateline: no caption.
    if (title !== undefined && (CAPTION_LINE.test(line.text) || CAPTION_BAR_CREDIT.test(line.text)) && !readDateline(line.text)) continue;
    // A fact box ('JUDGMENT SUMMARY' over 'Case: ...', 'Court: ...') before the dateline: body text, and the header goes on.
    if (title !== undefined && inFactBox(all, i)) continue;
    const dateline = readDateline(line.text) ?? casedDashDateline(line.text) ?? colonDateline(line.text);
    // A deck or standfirst under the headline, before the byline: body text, and the header goes on.
    if (!dateline && title !== undefined && !meta.publishedAt && bylineAhead(i)) continue;
    // 'Previous bulletins: No. 3 (Monday 07:00), ...' between the date line and 'ANTANANARIVO — ...': a header note that
    // ends no sentence, with the dateline right under it. The header goes on to the dateline.
    if (!dateline && title !== undefined && !/[.!?]["”’]?$/.test(line.text) && line.text.length <= 160) {
      const next = following(i, 1)[0];
      if (next && readDateline(next.text)?.place) continue;
    }
    let datelineAgency: Span | undefined;
    if (dateline) {
      if (dateline.place) meta.dateline ??= dateline.place;
      // 'KYODO NEWS - Mar 3, 2041 - ...' over 'NAHA, Japan (Kyodo) --': the dateline credits the same wire by the name the story uses.
      if (dateline.agency && meta.agency && sameWire(meta.agency, dateline.agency)) meta.agency = dateline.agency;
      if (dateline.agency && !meta.agency) meta.agency = dateline.agency;
      if (dateline.agency) {
        const raw = text.slice(line.start, line.end);
        const bracketed = raw.indexOf(`(${dateline.agency})`);
        const slashed = bracketed >= 0 ? bracketed : raw.indexOf(`/${dateline.agency}/`);
        // 'YEREVAN, MARCH 3, ARMENPRESS.': the agency bare, after the day.
        const bare = slashed >= 0 ? -1 : raw.indexOf(dateline.agency);
        const at = line.start + (slashed >= 0 ? slashed : bare);
        if (slashed >= 0 || bare >= 0) datelineAgency = { start: at, end: at + dateline.agency.length + (slashed >= 0 ? 2 : 0) };
      }
    }
    meta.publishedAt ??= firstDateInBody(text, boilerplate);
    meta.dateline ??= releaseDateline(all, i);
    // A release portal's page: the deck, the kind of release and the issuer's name, a photo's caption, then 'HERAKLION,
    // Greece — ...' opening the release. Its first paragraph's dateline is the dateline.
    if (meta.dateline === undefined && datedLabel >= 0 && !dateline) meta.dateline = portalDateline(all, i, isBoilerplate);
    meta.agency ??= creditAgency;
    return { meta, title, excluded, datelineAgency };
  }
  meta.publishedAt ??= firstDateInBody(text, boilerplate);
  meta.agency ??= creditAgency;
  return { meta, title, excluded };
}

/**
 * A field of an e-mail's header: 'From: Travel pool <pool@example.org>', 'Subject: Pool report #2 -- ...', 'Date: Tuesday,
 * March 9, 2038 at 5:48 PM CET'. Group 1 the field's name, 2 its value.
 */
const MAIL_FIELD = /^(from|to|cc|bcc|sent|date|subject|reply-to)\s*:\s*(\S.*)$/i;
/** Most fields an e-mail's header has. */
const MAX_MAIL_FIELDS = 6;

/**
 * The end of an e-mail's header opening the text (a pool report or a release forwarded as sent): two or more header fields in a
 * row from the first line, each named once, with a 'Subject:' and a sender or date ('From:', 'To:', 'Sent:', 'Date:'). 0 when
 * there is none.
 */
function mailHeaderEnd(all: readonly Line[]): number {
  const names = new Set<string>();
  let i = 0;
  for (; i < all.length && i < MAX_MAIL_FIELDS; i++) {
    const field = MAIL_FIELD.exec(all[i]!.text);
    if (!field) break;
    const name = field[1]!.toLowerCase();
    if (names.has(name)) return 0;
    names.add(name);
  }
  if (i < 2 || i >= all.length || !names.has('subject')) return 0;
  return names.has('from') || names.has('to') || names.has('sent') || names.has('date') ? i : 0;
}

/** A field of a memo's or circular's header: 'TO: All branch secretaries', 'SUBJECT: ...', 'RE: ...', 'REF: MU/14/2038'. */
const MEMO_FIELD = /^(from|to|cc|date|subject|re|ref|our ref|your ref|attention|attn)\s*:\s*(\S.*)$/i;
/** Most lines of a memo's letterhead (the sender's name, tagline, the site's bars, the circular's number) over its fields. */
const MAX_MEMO_LETTERHEAD_LINES = 8;

/**
 * The end of a memo's or circular's header under its letterhead: short lines that end no sentence (the sender's name, its
 * tagline, a navigation bar, 'CIRCULAR NO. 14/2038'), then two or more 'FIELD: value' lines in a row, one of them the subject
 * ('SUBJECT:' or 'RE:') and one the addressee, sender or date. The subject is the title; all before it is furniture. 0 when
 * there is none (an e-mail's header opening the text is read by mailHeaderEnd()).
 */
function memoHeaderEnd(all: readonly Line[]): number {
  const first = all.findIndex((l, i) => i <= MAX_MEMO_LETTERHEAD_LINES && MEMO_FIELD.test(l.text));
  if (first <= 0 || all.slice(0, first).some((l) => /[.!?]["”’]?$/.test(l.text) || l.text.length > 120)) return 0;
  const names = new Set<string>();
  let i = first;
  for (; i < all.length && i < first + MAX_MAIL_FIELDS; i++) {
    const field = MEMO_FIELD.exec(all[i]!.text);
    if (!field) break;
    names.add(field[1]!.toLowerCase());
  }
  if (i - first < 2 || i >= all.length || !(names.has('subject') || names.has('re'))) return 0;
  return names.has('from') || names.has('to') || names.has('date') ? i : 0;
}

/** A fact box's field line that is no byline or caption: 'Accused: A, 52, managing director of B', 'Bail: M250,000 cash'. */
function isBoxField(line: Line): boolean {
  return FIELD_LINE.test(line.text) && !CAPTION_LINE.test(line.text) && !readByline(line.text, false);
}

/** True when line i is in a run of two or more 'Field: value' lines, or is a short heading right over one. */
function inFactBox(all: readonly Line[], i: number): boolean {
  // 'Updated: 4 July 2031, 8:10 PM IST' over a short first paragraph is the header's date line, no field of a box.
  const field = (j: number) => j >= 0 && j < all.length && FIELD_LINE.test(all[j]!.text) && !CAPTION_LINE.test(all[j]!.text) && !readByline(all[j]!.text, false);
  if (field(i)) return field(i - 1) || field(i + 1);
  return all[i]!.text.split(/\s+/).length <= 4 && !/[.!?:]$/.test(all[i]!.text) && field(i + 1) && field(i + 2);
}

/**
 * The end of an issuer's letterhead: the index of the release label when only short lines come before it and a
 * longer line (the headline) comes after it; else 0.
 */
function letterheadEnd(all: readonly Line[]): number {
  const label = all.findIndex((l, i) => i <= MAX_LETTERHEAD_LINES && (RELEASE_LABEL.test(l.text) || REPORT_LABEL.test(l.text)));
  if (label <= 0) return 0;
  const words = (l: Line) => l.text.split(/\s+/).length;
  const before = all.slice(0, label);
  // 'JUDICIAL COMMITTEE OF THE PRIVY COUNCIL' / 'Hilary Term' / '[2042] UKPC 9' / 'On appeal from the Court of Appeal of X' /
  // 'PRESS SUMMARY': a court's summary may have one longer line (where the appeal came from), never a sentence.
  const appealFrom = (l: Line) => /^(?:on\s+)?appeal\s+from\b/i.test(l.text);
  const long = before.filter((l) => words(l) > MAX_LETTERHEAD_WORDS);
  if (long.length > 1 || (long.length === 1 && !appealFrom(long[0]!)) || before.some((l) => /[.!?]["”’]?$/.test(l.text))) return 0;
  // 'PRESS RELEASE No. 418/2030' / 'Guanajuato, Gto., Thursday, 9 May 2030' / the headline: the place-and-date line may come first.
  let at = label + 1;
  while (at < all.length && at <= label + 2 && (findDate(all[at]!.text) || readDateline(all[at]!.text))) at++;
  const next = all[at];
  if (!next || findDate(next.text) || readDateline(next.text) || before.some((l) => !appealFrom(l) && words(l) >= words(next))) return 0;
  return label;
}

/** A document symbol on a line of its own, UN style: 'SC/17482', 'GA/EF/3580', 'SG/SM/22104', 'A/HRC/55/L.12'. */
const DOCUMENT_SYMBOL = /^\p{Lu}{1,8}(?:\/[\p{Lu}\d.-]+)+$/u;
/** Most short lines (the organ, the meeting's number) between a symbol's date line and the headline. */
const MAX_SYMBOL_HEADER_LINES = 3;
/** Fewest words of the headline under a symbol's header. */
const MIN_SYMBOL_HEADLINE_WORDS = 8;

/**
 * The end of a document's header built on its symbol, UN meetings-coverage style: 'Meetings Coverage and Press Releases' /
 * 'SC/17482' / '14 November 2039' / 'Security Council' / '10,214th Meeting (AM)' / the headline. Short lines (the site's
 * banner, at most two) over the symbol, the date line right under it, then at most three short lines ending no sentence:
 * all the header's furniture, never the title. The index of the headline; 0 when there is none.
 */
function symbolLetterheadEnd(all: readonly Line[]): number {
  const words = (l: Line) => l.text.split(/\s+/).length;
  const symbol = all.slice(0, 3).findIndex((l) => DOCUMENT_SYMBOL.test(l.text) && /\d/.test(l.text));
  if (symbol < 0 || !all.slice(0, symbol).every((l) => words(l) <= MAX_LETTERHEAD_WORDS && !/[.!?]["”’]?$/.test(l.text))) return 0;
  const date = all[symbol + 1];
  if (!date || !findDate(date.text) || words(date) > MAX_LETTERHEAD_WORDS) return 0;
  let at = symbol + 2;
  while (at < all.length && at <= symbol + 1 + MAX_SYMBOL_HEADER_LINES && words(all[at]!) < MIN_SYMBOL_HEADLINE_WORDS && !/[.!?]["”’]?$/.test(all[at]!.text)) at++;
  const headline = all[at];
  return headline && words(headline) >= MIN_SYMBOL_HEADLINE_WORDS && !/[.!]["”’]?$/.test(headline.text) ? at : 0;
}

/** A release label with its date on one line, as release portals print it: 'NEWS RELEASE 10-FEB-2042', 'Press release | 3 May 2031'. */
function isDatedReleaseLabel(text: string): boolean {
  const date = findDate(text);
  if (!date) return false;
  const rest = (text.slice(0, date.index) + ' ' + text.slice(date.index + date.length)).replace(/[\s|·•,:–—-]+/g, ' ').trim();
  return rest.length > 0 && RELEASE_LABEL.test(rest);
}

/** Most lines between a release portal's headline and the release's dateline (deck, kind of release, issuer, caption). */
const MAX_PORTAL_HEADER_LINES = 6;

/** The dateline of the first line after `from` that opens with one, within a few lines that end no sentence (captions aside). */
function portalDateline(all: readonly Line[], from: number, isBoilerplate: (line: Line) => boolean): string | undefined {
  for (let j = from, seen = 0; j < all.length && seen <= MAX_PORTAL_HEADER_LINES; j++, seen++) {
    const line = all[j]!;
    if (isBoilerplate(line)) continue;
    const place = readDateline(line.text)?.place;
    if (place) return place;
    if (/[.!?]["”’]?$/.test(line.text) && !CAPTION_LINE.test(line.text) && !/^\[.*\]$/.test(line.text)) return undefined;
  }
  return undefined;
}

/** A report's own date in brackets at the end of its title: '(as of 18 March 2042)', '(as at 5 May 2031)'. Group 1 the date. */
const AS_OF_DATE = /\(\s*as\s+(?:of|at)\s+([^()]{6,40})\)\s*$/i;

/** Longest release label line looked at ('PRESS RELEASE No. 418/2030'). */
const MAX_RELEASE_LABEL_LENGTH = 40;

/**
 * The place of a press release the story prints in full, when the header gives no dateline: the 'Gaborone, 13 August 2035'
 * line within three lines under the release's label ('PRESS RELEASE' / its headline / the place and date).
 */
function releaseDateline(all: readonly Line[], from: number): string | undefined {
  for (let i = from; i < all.length; i++) {
    const label = all[i]!.text;
    if (label.length > MAX_RELEASE_LABEL_LENGTH || !RELEASE_LABEL.test(label)) continue;
    for (let j = i + 1; j < all.length && j <= i + 3; j++) {
      const place = readByline(all[j]!.text, false)?.place;
      if (place) return place;
    }
    return undefined;
  }
  return undefined;
}

/** The first complete date anywhere outside boilerplate ('In this photo taken June 16, 2026'), when the header gives none. */
function firstDateInBody(text: string, boilerplate: readonly Span[]): string | undefined {
  for (const line of lines(text)) {
    if (boilerplate.some((b) => overlaps(b, line))) continue;
    const date = findDate(line.text);
    if (date) return date.iso;
  }
  return undefined;
}
