import type { Span } from './types';
import { isWireSignOff } from './metadata-agencies';

/** Newsletter prompts, also in Markdown emphasis: '*Sign up for The Weekend Letter — ...*', 'Get the Daily Post newsletter every Friday.' */
const NEWSLETTER_PROMPTS: readonly RegExp[] = [
  /^(?:sign up|subscribe)\b.*\bnewsletter\b/i,
  /^(?:sign up|subscribe)\s+(?:for|to|now)\b/i,
  /^(?:get|receive) (?:the|our)\b.*\bnewsletter\b/i,
  /^(?:sign up|subscribe|register)\b.{0,80}\b(?:newsletter|briefing|inbox|alerts?|updates)\b/i,
];

/**
 * Page furniture a news site prints around the story, alone on a line or in Markdown emphasis:
 * 'Share', 'Save', 'Listen to this article', 'Advertisement', 'Read more:', 'Related coverage:',
 * 'Image source, Getty Images', cookie prompts, 'Published 3 hours ago'.
 */
const PAGE_FURNITURE: readonly RegExp[] = [
  /^(?:share|save|print|email|e-mail|comments?|listen|copy link|gift (?:this )?article|bookmark|follow|advertisement|advertising|sponsored|skip to (?:main )?content|most (?:read|popular)|trending|topics?|more on this story|top stories|watch|show more|load more|expand|close|menu|search)\s*:?$/i,
  /^share(?:\s+(?:this|on|via|the|article|story|page))?\s*:/i,
  /^(?:share|follow us)\s+on\b/i,
  /^listen to (?:this|the) (?:article|story)\b/i,
  /^(?:related|more|further)(?:\s+(?:coverage|stories|articles|content|news|links|reading|on this (?:story|topic)|from \S+))?\s*:/i,
  /^(?:read|see|watch) (?:more|also|next)\s*:/i,
  /^(?:image|photo|picture|photograph|video)\s*(?:source|credit|courtesy)s?\s*[:,]/i,
  /^(?:photograph|picture)\s*:/i,
  /\b(?:we use cookies|accept (?:all )?cookies|cookie (?:policy|settings|preferences)|manage (?:your )?cookies)\b/i,
  /^(?:this (?:article|story) was (?:originally )?(?:published|first published)|originally published)\b/i,
  /^(?:download|get) (?:the|our) (?:free )?\S+(?: \S+)? app\b/i,
  // 'Published 3 hours ago', 'Updated 2 mins ago': a relative time tells no date.
  /^(?:(?:published|updated|posted|last updated|modified)\s*:?\s*)?(?:\+?\d+|an?|one)\s*(?:s|sec|secs|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|weeks?|months?)\s+ago$/i,
  // Reuters' credits without brackets: 'Reporting by Ana Ruiz in Lima; Editing by Tom Hale'.
  /^(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Aa]dditional reporting|[Tt]ranslated|[Tt]ranslation|[Ff]act-checking) by\s+\p{Lu}[^!?]{0,200}$/u,
  // Page furniture of feature and science sites: 'Reuse this content', 'FULL STORY', 'Print this page', 'Jump to comments'.
  /^(?:reuse this content|full story|print this (?:page|article)|jump to (?:comments|content)|back to top|view (?:gallery|image|photos?)|open in app|show caption|hide caption|enlarge (?:this )?image|toggle caption)\s*:?$/i,
  // Reference furniture: 'Cite This Page: MLA APA Chicago', 'Materials provided by X. Note: Content may be edited ...', a journal reference ending in its DOI.
  /^cite this (?:page|article|story)\b/i,
  /^(?:MLA|APA|Chicago|Harvard|BibTeX|RIS)(?:\s+(?:MLA|APA|Chicago|Harvard|BibTeX|RIS)){1,5}$/,
  /^(?:materials|content|information) (?:provided|supplied|courtesy) (?:by|of)\b/i,
  /^note:\s*content may be edited\b/i,
  /\b(?:doi:?\s*|doi\.org\/)10\.\d{4,9}\/\S+\s*$/i,
  // Press-release furniture: 'NEWS PROVIDED BY', 'SOURCE Yakro Drones SAS', a contact's e-mail or telephone alone on a line.
  /^news provided by\b/i,
  /^SOURCE\s+\p{Lu}[^.!?:]{0,80}$/u,
  /^(?:e-?mail:?\s*)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/i,
  /^(?:(?:tel|phone|mobile|fax|t|m)\.?:?\s*\+?|\+)\(?\d[\d ().-]{6,}\d$|^\(\d{3}\)\s*\d{3}-\d{4}$/i,
  /^(?:https?:\/\/|www\.)\S+$/i,
  // A wire's end mark: '(END)', '(END) MVP/JGS', 'ENDS', '-- ENDS --'.
  /^(?:\(END\)|[-—–\s]*ENDS?[-—–\s]*$)/,
  // Reader appeals: 'Consider supporting the Kyiv Independent.', 'Become a member', 'Support us just once', 'Have a tip? Write to ...'.
  /\b(?:consider (?:supporting|subscribing to|donating to|becoming a (?:member|subscriber)) (?:us|the|our)\b|support (?:our|independent|quality) journalism\b)/i,
  /^(?:become a (?:member|subscriber|patron|supporter)|support us|donate (?:now|today)|make a (?:donation|contribution))\b(?!.*[.!?]\s+\p{Lu})/iu,
  /^(?:have|got) a (?:news )?(?:tip|story)\b/i,
  // Subscription notices: 'Anadolu Agency website contains only a portion of the news stories offered to subscribers ...'.
  /\b(?:offered to (?:its )?subscribers|subscription options|for subscribers only|subscribers only)\b/i,
  // Comment sections: '4 thoughts on “...”', 'Your email address will not be published.'
  /^\d+\s+(?:thoughts?|comments?|responses?|replies)\s+(?:on|to)\b/i,
  /^your email address will not be published\b/i,
  /^required fields are marked\b/i,
  // 'Have a tip? ... **Read more:** [link](url)': a link prompt later on the line.
  /\b(?:read more|related|see also|read also)\s*:[*_]*\s*\[/i,
];

/**
 * Lines that belong to the page around an article, not to the article: comment prompts,
 * copyright lines, navigation links, source credits and spam-filter notices. Each pattern
 * is tested against one trimmed line, case-insensitively.
 */
const BOILERPLATE_LINES: readonly RegExp[] = [
  /^do you like the content of this article\??$/i,
  /^(?:\d+\s+)?comments?$/i,
  /^(?:copyright\b|©|\(c\)\s*\d{4})/i,
  /\ball rights reserved\b/i,
  /^click (?:to|here)\b/i,
  /^share (?:this|on)\b/i,
  // '**Share this article** · [Facebook](#) · [X](#)': share links in Markdown emphasis.
  /^[*_]+share (?:this|on)\b/i,
  /^(?:related|read more|see also|also read|recommended)\s*:/i,
  /^read more\b/i,
  /^kaynak\s*\/\s*source\s*:/i,
  /^source\s*:\s*$/i,
  /\bakismet\b/i,
  /^learn how your comment data is processed/i,
  /^be the first to comment\b/i,
  /^(?:write|leave|post|add) (?:a |your )?(?:comment|reply)\b/i,
  /\bcomment policy\b/i,
  ...NEWSLETTER_PROMPTS,
  /^(?:follow us|advertisement)\b/i,
  /^(?:view|show|hide) comments\b/i,
  // Wire-service credits and bylines: '(Reporting by ...; Editing by ...)', 'By Jenna Kowalski, Courier staff writer'.
  /^\((?:reporting|writing|editing|additional reporting|compiled)\b.*\)$/i,
  /^[Bb]y\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}(?:,.*)?$/u,
  /^[Cc]ontact\s+\p{Lu}.*\bat\b/u,
  // Wire credits at the foot: 'Associated Press writer Ana Ruiz in Lima contributed to this report.'
  /^[^.!?]{0,150}\bcontributed (?:to this (?:report|story|article)|(?:additional )?reporting\b[^.!?]{0,80})\.?$/i,
  /^(?:additional|contributing) reporting by\b/i,
  /^our standards\s*:/i,
  // 'Compiled by dpa editors; contributions from K. Lindholm': a wire desk's credit.
  /^(?:compiled|produced|edited) by\b[^.!?]{0,60}\b(?:editors?|staff|desk)\b/i,
  /^(?:photo|image|video)\s*(?:credit)?\s*:/i,
  ...PAGE_FURNITURE,
];

/** A heading for a list of links ('Related coverage:', 'Read more:'): the lines under it, to a blank line, are links too. */
const LINK_LIST_HEADING = /^(?:related|more|further|recommended|see also|also read|read more)(?:\s+(?:coverage|stories|articles|content|news|links|reading|on this (?:story|topic)))?\s*:$/i;

/**
 * A heading whose block below it (to the first blank line after it has lines) is page furniture:
 * topic lists ('Related topics', 'Explore more on these topics', 'Tags:'), story links ('More on this
 * story'), reference blocks ('Story Source:', 'Journal Reference:') and press-release contacts
 * ('Media contact:', 'NEWS PROVIDED BY' over the company's name).
 */
const BLOCK_HEADING = /^(?:related topics|more on this story|explore more on (?:these|this) topics?|more (?:about|on) (?:these|this) topics?|topics|tags|keywords|story source|source(?:s)? of the story|journal references?|references?|citations?|media contacts?|press contacts?|media enquiries|media inquiries|press enquiries|press inquiries|investor contacts?|contacts?|for (?:further|more) information(?:,? (?:please )?contact)?|about the authors?|more from [^:]{1,40}|you may also like|read next|most read|recommended stories)\s*:?$/i;

/** A heading that credits the one line under it: 'NEWS PROVIDED BY' over the company's name. */
const CREDIT_HEADING = /^(?:news |content |story )?provided by\s*:?$/i;

/** The line ranges (newline excluded) of boilerplate lines, in text order. */
export function findBoilerplate(text: string): Span[] {
  const spans: Span[] = [];
  const line = /[^\n]+/g;
  let linkList = false;
  // Inside a block under a BLOCK_HEADING: 'open' until the first line under it, then to the next blank line.
  let block: 'none' | 'open' | 'lines' | 'one' = 'none';
  let lastEnd = -1;
  for (let m = line.exec(text); m !== null; m = line.exec(text)) {
    const trimmed = m[0].trim();
    // A blank line (two newlines in a row) ends a list of links.
    const blank = (linkList || block === 'lines') && /\n\s*\n/.test(text.slice(lastEnd, m.index));
    if (linkList && blank) linkList = false;
    if (block === 'lines' && blank) block = 'none';
    lastEnd = m.index + m[0].length;
    if (trimmed.length === 0) continue;
    // '*Sign up for ...*', '**Read more:** [...]': Markdown emphasis around a prompt (not around a byline, which the header reads).
    const plain = trimmed.replace(/^[*_]+|[*_]+$/g, '').replace(/^([^*_]*?)[*_]+(?=\s|$)/, '$1').trim();
    const heading = LINK_LIST_HEADING.test(plain);
    const blockHeading = BLOCK_HEADING.test(plain);
    const creditHeading = CREDIT_HEADING.test(plain);
    const inBlock = block !== 'none';
    if (block === 'open') block = 'lines';
    else if (block === 'one') block = 'none';
    if (inBlock || blockHeading || creditHeading || linkList || heading || BOILERPLATE_LINES.some((re) => re.test(trimmed)) || NEWSLETTER_PROMPTS.some((re) => re.test(plain)) || PAGE_FURNITURE.some((re) => re.test(plain)) || isWireSignOff(plain)) spans.push({ start: m.index, end: m.index + m[0].length });
    if (heading) linkList = true;
    if (blockHeading) block = 'open';
    else if (CREDIT_HEADING.test(plain)) block = 'one';
  }
  return spans;
}
