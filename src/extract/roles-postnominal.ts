import type { ExtractedRole } from './types';
import type { ResolvedMention } from './document';
import { foldSurface } from './fold';
import { lookupGazetteer } from './gazetteer';

/**
 * Post-nominal judicial styles of Commonwealth courts: 'Pereira CJ' (Chief Justice), 'Webster JA'
 * (Justice of Appeal), 'Denning LJ' (Lord Justice), 'Mance JSC', 'Hale JJA'. Written right after the
 * judge's surname; an acting judge's '(Ag)' may follow. 'J' alone is left out: it is too often an initial.
 */
const JUDICIAL_STYLE = /^[ \t]+(CJ|JA|JJA|JCA|LJ|JSC|PJ|DCJ|ACJ)(?![\p{L}\p{N}])/u;
/** The same style read into the name: 'Webster JA', 'Webster JA (Ag)'. */
const STYLE_IN_NAME = /[ \t]+(CJ|JA|JJA|JCA|LJ|JSC|PJ|DCJ|ACJ)(?:[ \t]+\(Ag\.?\))?$/u;

/**
 * 'Webster JA rejected that argument', 'Pereira CJ and Mitchell JA agreed' (round 31): a judge named
 * with a post-nominal style holds that office; the court is not named by the style, so no owner.
 */
export function postNominalRoles(text: string, mentions: readonly ResolvedMention[]): ExtractedRole[] {
  const roles: ExtractedRole[] = [];
  for (const m of mentions) {
    if (m.kind !== 'PERSON') continue;
    const after = JUDICIAL_STYLE.exec(text.slice(m.end, m.end + 8));
    const inside = after ? null : STYLE_IN_NAME.exec(m.surface);
    const style = after?.[1] ?? inside?.[1];
    if (!style) continue;
    roles.push({ person: m.key, title: style, start: m.start, end: after ? m.end + after[0].length : m.end });
  }
  return roles;
}

/** A formal state name before the country: 'the Oriental Republic of', 'the Kingdom of', 'the Federal Republic of'. */
const FORMAL_STATE = /^(?:(?:\p{Lu}\p{Ll}+[ \t]+){0,3}(?:Republic|Kingdom|Commonwealth|Federation|Principality|Sultanate|Emirate|State|Union|Confederation|Grand[ \t]+Duchy)[ \t]+of[ \t]+(?:the[ \t]+)?)/u;

/**
 * 'Minister for Foreign Affairs of Japan', 'Minister of Foreign Affairs of the Oriental Republic of
 * Uruguay' (round 31): a capitalised title with its portfolio after 'of'/'for', then a second 'of'
 * before a country the gazetteer knows (maybe under its formal state name): the title stops before
 * that 'of', and the country the article names owns the post. Returns the title and the owner's key.
 */
const PORTFOLIO_OF_STATE = /^(\p{Lu}[\p{L}-]*(?:[ \t]+\p{Lu}[\p{L}-]*){0,3}[ \t]+(?:of|for)[ \t]+\p{Lu}[\p{L}-]*(?:[ \t]+(?:and[ \t]+)?\p{Lu}[\p{L}-]*){0,4})[ \t]+of[ \t]+(?:the[ \t]+)?(.{2,80})$/u;

export function portfolioOfState(title: string, mentions: readonly ResolvedMention[], isTitle: (phrase: string) => boolean): [string, string] | undefined {
  const m = PORTFOLIO_OF_STATE.exec(title.trim());
  if (!m || !isTitle(m[1]!)) return undefined;
  const country = m[2]!.slice(FORMAL_STATE.exec(m[2]!)?.[0].length ?? 0).trim();
  if (!/^\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*){0,3}$/u.test(country) || !lookupGazetteer(country)) return undefined;
  const folded = foldSurface(country);
  const owner = mentions.find((x) => x.kind === 'PLACE' && foldSurface(x.surface) === folded);
  return owner ? [m[1]!, owner.key] : undefined;
}
