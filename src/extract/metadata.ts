import type { ArticleMeta, Span } from './types';
import { findDate } from './dates';
import { overlaps } from './spans';
import { TIME_ZONES } from './entity-words';

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

/** A time of day and its zone in a byline: '18:42 GMT', '9:30 a.m. ET'. */
const TIME = new RegExp(`\\b\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s+(?:${[...TIME_ZONES, 'ET', 'PT'].join('|')}))?\\b`, 'gi');
const WEEKDAY = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b,?/gi;
/** Dateline at the start of the body: 'WASHINGTON -', 'PORTO ALEGRE, Brazil (AP) —'. */
const DATELINE = /^\s*((?:\p{Lu}[\p{Lu}.'’-]*)(?:\s+\p{Lu}[\p{Lu}.'’-]*)*(?:,\s*\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)*?)?)(?:,\s*\p{Lu}\p{Ll}+\.?\s+\d{1,2})?\s*(?:\(([A-Za-z][A-Za-z .]*)\))?\s*[-—–]+\s/u;
/** A header line is a byline when, once its date is cut out, a few words at most remain. */
const MAX_BYLINE_WORDS = 4;
/** 'By Chen Liang and Omar Farouk |': the writers' part of a byline, cut before counting its words. */
const AUTHORS = /^\s*by\s+[^|–—]*?(?:\||–|—|\s-\s|,(?=\s*\d))/i;
/** Labels before a header date: 'Published: 27 January 2026', 'Updated 09:30 GMT'. */
const DATE_LABEL = /\b(?:published|updated|posted|modified|last updated|first published)(?:\s+(?:on|at))?\b:?|\S+:/gi;
/** Words left between a header's dates that name no agency: 'Published on 14/04/2026 at 09:15 | Updated ...'. */
const NOT_AGENCY_WORD = /^(?:on|at|\d[\d/.:-]*|[ap]\.?m\.?)$/i;
/** Dateline written in normal case, which only an agency in brackets marks: 'Lagos (AFP) -'. */
const CASED_DATELINE = /^\s*(\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)*(?:,\s*\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)*)?)\s*\(([A-Za-z][A-Za-z .]*)\)\s*[-—–]+\s/u;

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

/** A publication's name on a line of its own under the byline: 'Visayas Daily Tribune'. */
const PUBLICATION_LINE = /^\p{Lu}[\p{L}'’&.-]*(?:\s+(?:of\s+|the\s+)?\p{Lu}[\p{L}'’&.-]*){0,4}(?:\s+(?:staff\s+)?(?:reporter|writer|correspondent))?$/u;
/**
 * A page's section or reading-time label: 'HEALTH | Mozambique', 'Nusantara Post | Health',
 * '*Culture desk · 6 min read*', 'Technology | 4 min read'. Not body text, and never the title.
 */
const LABEL_LINE = /^(?:[\p{L}&'’.-]+(?:\s+[\p{L}&'’.-]+){0,3}\s+[|·•]\s+)+[\p{L}&'’.\d-]+(?:\s+[\p{L}&'’.-]+){0,3}$|\b\d+\s*min(?:ute)?s?\s+read$/u;
/** A dateline in the Indian wire style, with no dash: 'Mumbai, Sep 14 (PTI) The court ...'. */
const WIRE_DATELINE = /^\s*(\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)*),\s*\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}\s*\(([A-Za-z][A-Za-z .]*)\)\s+(?=\p{Lu})/u;
/** A writer's line, which the boilerplate table already excludes: 'By Jenna Kowalski'. */
const BYLINE_START = /^[*_]*by\s+\p{Lu}/iu;

function lines(text: string): Line[] {
  const out: Line[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const text = stripMarkdown(m[0].trim());
    if (text.length > 0) out.push({ start: m.index, end: m.index + m[0].length, text });
  }
  return out;
}

/** Reads '- Associated Press - Wednesday, September 28, 2016' or 'Cbs, 28 September 2016'. */
function readByline(line: string): { date?: string; agency?: string } | undefined {
  const date = findDate(line);
  if (!date) return undefined;
  const rest = (line.slice(0, date.index) + ' ' + line.slice(date.index + date.length)).replace(AUTHORS, ' ').replace(WEEKDAY, ' ').replace(TIME, ' ').replace(DATE_LABEL, ' ');
  // A hyphen between spaces separates ('- Associated Press -'); inside a word it is the name's ('Agence France-Presse').
  const words = rest.split(/(?:[\s,;|–—]|(?<![\p{L}])-|-(?![\p{L}]))+/u).filter((w) => w.length > 0 && !NOT_AGENCY_WORD.test(w) && !TIME_ZONES.has(w));
  if (words.length > MAX_BYLINE_WORDS) return undefined;
  return { date: date.iso, agency: words.length > 0 ? words.join(' ') : undefined };
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
  for (const line of lines(text)) {
    if (boilerplate.some((b) => overlaps(b, line))) {
      afterByline = BYLINE_START.test(line.text);
      continue;
    }
    // 'By Jasmine Cruz' then 'Visayas Daily Tribune': the paper the writer works for, a credit.
    if (afterByline && title !== undefined && PUBLICATION_LINE.test(line.text)) {
      afterByline = false;
      excluded.push(line);
      continue;
    }
    afterByline = false;
    if (LABEL_LINE.test(line.text) && line.text.length <= 60 && !findDate(line.text)) {
      excluded.push(line);
      continue;
    }
    // 'Maritime Africa Daily' between the title and the date line: the publication, a credit.
    if (title !== undefined && !meta.publishedAt && PUBLICATION_LINE.test(line.text) && !DATELINE.test(line.text)) {
      excluded.push(line);
      continue;
    }
    const byline = readByline(line.text);
    if (byline) {
      excluded.push(line);
      afterByline = true;
      if (byline.agency && !meta.agency) meta.agency = byline.agency;
      // The first date the header prints is the publication date.
      if (byline.date && !meta.publishedAt) meta.publishedAt = byline.date;
      continue;
    }
    if (meta.title !== undefined && sameTitle(meta.title, line.text)) {
      excluded.push(line);
      continue;
    }
    if (meta.title === undefined && title === undefined && !/[.!?]["”’]?$/.test(line.text) && line.text.length < 200 && !DATELINE.test(line.text) && !CASED_DATELINE.test(line.text) && !WIRE_DATELINE.test(line.text)) {
      meta.title = line.text;
      title = line;
      continue;
    }
    const dateline = DATELINE.exec(line.text) ?? CASED_DATELINE.exec(line.text) ?? WIRE_DATELINE.exec(line.text);
    let datelineAgency: Span | undefined;
    if (dateline) {
      meta.dateline = dateline[1]!.trim();
      if (dateline[2] && !meta.agency) meta.agency = dateline[2].trim();
      if (dateline[2]) {
        const at = line.start + (text.slice(line.start, line.end).indexOf(`(${dateline[2]})`));
        datelineAgency = { start: at, end: at + dateline[2].length + 2 };
      }
    }
    meta.publishedAt ??= firstDateInBody(text, boilerplate);
    return { meta, title, excluded, datelineAgency };
  }
  meta.publishedAt ??= firstDateInBody(text, boilerplate);
  return { meta, title, excluded };
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
