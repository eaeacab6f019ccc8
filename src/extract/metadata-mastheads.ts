import { findDate } from './dates';

/**
 * Mastheads and page labels in an article's header: a newsletter's or podcast's own name over the story
 * ('ASEAN DEAL SHEET' / tagline / 'Tuesday, 21 May 2030 | Issue 612'; 'The Lanka Ledger — Episode 87'),
 * and desk or section names in a byline ('Legal Desk', 'Politics'), which are never the agency.
 */

/** An issue or episode number: 'Issue 612', 'Edition 14', 'Vol. 3, No. 12', 'Episode 87', 'Ep. 12', '#87'. */
const ISSUE_MARK = /\b(?:issue|edition|vol\.?|volume|no\.|episode|ep\.)\s*#?\d+\b|(?:^|\s)#\d+\b/i;
/** A show or newsletter name with its number, alone on its line: 'The Lanka Ledger — Episode 87', 'Morning Brief | Issue 12'. */
const SHOW_LINE = /^\S.{1,60}?\s*(?:[—–|:·•]|\s-)\s*(?:episode|ep\.?|issue|edition|no\.|#)\s*\d+$/i;
/** Masthead and tagline lines are short and end no sentence. */
const MAX_MASTHEAD_WORDS = 14;
const MAX_MASTHEAD_LINES = 3;
const SENTENCE_END = /[.!?]["”’]?$/;

/**
 * Where a masthead ends among the header's first lines (their texts): after a show line ('X — Episode 87'),
 * or at a dated issue line ('Tuesday, 21 May 2030 | Issue 612'), the short lines over it being the
 * newsletter's name and tagline. `digest` is true for a dated issue line: the title is the first headline
 * after it (a teaser sentence may come first). `end` is 0 when there is no masthead.
 */
export function mastheadEnd(texts: readonly string[]): { end: number; digest: boolean } {
  const short = (t: string) => t.split(/\s+/).length <= MAX_MASTHEAD_WORDS && !SENTENCE_END.test(t);
  for (let i = 0; i < texts.length && i <= MAX_MASTHEAD_LINES; i++) {
    const t = texts[i]!;
    if (!short(t) && !ISSUE_MARK.test(t)) return { end: 0, digest: false };
    // 'The Lanka Ledger — Episode 87' over the episode's title.
    if (SHOW_LINE.test(t) && !findDate(t) && i + 1 < texts.length) return { end: i + 1, digest: false };
    // 'Tuesday, 21 May 2030 | Issue 612' under the masthead.
    if (i > 0 && ISSUE_MARK.test(t) && findDate(t) && texts.slice(0, i).every(short)) return { end: i, digest: true };
  }
  return { end: 0, digest: false };
}

/** A magazine's issue named by its month or season and year: 'June 2036 issue', 'Spring 2031 edition'. */
const DATED_ISSUE = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|spring|summer|autumn|fall|winter)\.?\s+\d{4}\s+(?:issue|edition)\b/i;
/** Longest section-and-issue line read as one. */
const MAX_ISSUE_LINE_LENGTH = 60;

/**
 * A section label with the issue it appeared in, between bars or dots, with no full date: 'Science & Tech | Vol. 38, Issue 7',
 * 'Heritage | June 2036 issue'. Page furniture over the headline, never the title.
 */
export function isIssueLine(text: string): boolean {
  return text.length <= MAX_ISSUE_LINE_LENGTH && /\s[|·•]\s/.test(text) && (ISSUE_MARK.test(text) || DATED_ISSUE.test(text)) && !findDate(text) && !SENTENCE_END.test(text);
}

/** A list item's number before a digest's headline: '1. ', '2) '. */
export const LIST_NUMBER = /^\d{1,2}[.)]\s+/;

/** A state or province written short after a place: 'Guanajuato, Gto.', 'Sacramento, Calif.', 'Halifax, N.S.'. */
export const STATE_ABBREVIATION = String.raw`\p{Lu}\p{Ll}{0,4}\.(?:\s?\p{Lu}\p{Ll}{0,3}\.)*`;

/** A field of a fact box: 'Case: Amparo en revisión 1127/2030', 'Reporting justice: A', 'Vote: 4–1', 'Case no.: III K 44/31'. */
export const FIELD_LINE = /^\p{Lu}[\p{L}'’ .-]{0,30}:\s+\S.{0,120}$/u;

/** A desk's name: 'Legal Desk', 'News Desk', 'Metro Staff', 'Newsroom', 'Web Team'. */
const DESK = /^(?:[\p{L}&'’.-]+\s+){0,3}(?:desk|staff|team|newsroom|editors?|editorial(?:\s+(?:team|board|staff))?|bureau|correspondents?|reporters?)$/iu;
/** A page section's name, alone: 'Politics', 'Business', 'World News', 'All News'. */
const SECTION = /^(?:(?:all|world|local|national|international|regional|business|breaking|latest|top|general)\s+)?(?:news|politics|business|economy|markets?|finance|money|world|nation|national|local|metro|city|region|regions|opinion|comment|analysis|features?|culture|arts|entertainment|lifestyle|life|sports?|football|health|science|tech|technology|environment|climate|education|travel|food|law|legal|courts|crime|justice|energy|diplomacy|elections?|africa|asia|europe|americas|middle east|pacific|home|latest|explainer|insight|investigations?|podcasts?|video|live)$/i;

/** True for a desk or a section named in a byline's source place ('Legal Desk', 'Politics'): the page's label, never an agency. */
export function isPageLabel(name: string): boolean {
  const n = name.trim();
  return DESK.test(n) || SECTION.test(n);
}

/**
 * A document's own title under its issuer's letterhead: 'Minutes of the Regular Meeting of the Board', 'Agenda for the
 * ...', 'Transcript of ...', 'BULLETIN SCRIPT: 6:00 A.M. NEWS', 'Running order: ...'; a legislature's papers, 'WRITTEN QUESTIONS AND
 * ANSWERS', 'Votes and Proceedings', 'Notice Paper', 'Hansard'. The kind of document comes first.
 */
const DOCUMENT_TITLE = /^(?:(?:draft|approved|unapproved|adopted|official|unofficial|verbatim|summary)\s+)?(?:minutes|agenda|transcript|record|proceedings)\s+(?:of|for|from)\s|^(?:(?:written|oral)\s+)?questions\s+(?:and|&)\s+answers$|^(?:votes\s+and\s+proceedings|notice\s+paper|(?:daily\s+)?hansard)$|^(?:[\p{L}\d.'’-]+\s+){0,3}(?:script|running order|rundown|order paper)(?:\s*[:—–-]|\s+(?:for|of)\s|$)/iu;
/** A broadcaster's masthead: its frequency, 'RIVERSIDE 98.1 FM - NEWSROOM', 'Radio Ndeke 104.3 MHz'. */
const STATION_FREQUENCY = /\b\d{2,4}(?:[.,]\d{1,2})?\s?(?:FM|AM|MHz|kHz)\b/;
/** Most words in a letterhead line over a document's title. */
const MAX_LETTERHEAD_WORDS = 8;

/**
 * Where the letterhead over a document's own title ends among the header's first lines (their texts): the issuer's name in
 * capitals ('FIRST NATION SCHOOL BOARD' over 'Minutes of the Regular Public Meeting of ...') or a station's masthead with its
 * frequency ('RIVERSIDE 98.1 FM - NEWSROOM' over 'BULLETIN SCRIPT: 6:00 A.M. NEWS'), at most two short lines. The
 * letterhead is never the title; 0 when there is none.
 */
export function documentLetterheadEnd(texts: readonly string[]): number {
  const first = texts[0];
  if (first === undefined) return 0;
  const short = (t: string) => t.split(/\s+/).length <= MAX_LETTERHEAD_WORDS && !SENTENCE_END.test(t) && !findDate(t);
  // Every word capitalised or a number: a name, not a headline about a station ('Radio 104.5 FM shut down').
  const station = short(first) && STATION_FREQUENCY.test(first) && /^[\p{Lu}\d]\S*(?:\s+(?:[\p{Lu}\d]\S*|[-–—|·•]))*$/u.test(first);
  const capitals = short(first) && /\p{Lu}{2}/u.test(first) && !/\p{Ll}/u.test(first);
  if (!station && !capitals) return 0;
  for (let i = 1; i <= 2 && i < texts.length; i++) {
    if (DOCUMENT_TITLE.test(texts[i]!)) return i;
    if (!short(texts[i]!)) break;
  }
  // The station's masthead is no title whatever follows it.
  return station && texts.length > 1 ? 1 : 0;
}
