import type { Span } from './types';

/** Newsletter prompts, also in Markdown emphasis: '*Sign up for The Weekend Letter — ...*', 'Get the Daily Post newsletter every Friday.' */
const NEWSLETTER_PROMPTS: readonly RegExp[] = [
  /^(?:sign up|subscribe)\b.*\bnewsletter\b/i,
  /^(?:sign up|subscribe)\s+(?:for|to|now)\b/i,
  /^(?:get|receive) (?:the|our)\b.*\bnewsletter\b/i,
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
];

/** The line ranges (newline excluded) of boilerplate lines, in text order. */
export function findBoilerplate(text: string): Span[] {
  const spans: Span[] = [];
  const line = /[^\n]+/g;
  for (let m = line.exec(text); m !== null; m = line.exec(text)) {
    const trimmed = m[0].trim();
    if (trimmed.length === 0) continue;
    // '*Sign up for ...*': Markdown emphasis around a prompt (not around a byline, which the header reads).
    const plain = trimmed.replace(/^[*_]+|[*_]+$/g, '').trim();
    if (BOILERPLATE_LINES.some((re) => re.test(trimmed)) || NEWSLETTER_PROMPTS.some((re) => re.test(plain))) spans.push({ start: m.index, end: m.index + m[0].length });
  }
  return spans;
}
