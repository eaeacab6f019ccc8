import type { ExtractedRole } from './types';
import type { ResolvedMention } from './document';
import { lexiconTags } from './lexicon';
import { lookupGazetteer } from './gazetteer';

/**
 * Before a name no mention was read at: a capitalised title run ('Minister of Mines and Energy',
 * 'Deputy Governor'), then one capitalised given name. Groups: the title, the given name.
 */
const TITLE_AND_GIVEN_NAME = /(?:^|[^\p{L}.'’-])(\p{Lu}[\p{L}-]*(?:[ \t]+(?:(?:of|for|and)[ \t]+)?\p{Lu}[\p{L}-]*){0,6})[ \t]+(\p{Lu}\p{Ll}+)[ \t]+$/u;
/** A word that may be a given name: no word the lexicon or gazetteer reads otherwise ('Energy', 'Namibia'). */
function isGivenName(word: string): boolean {
  const tags = lexiconTags(word.toLowerCase());
  return /^\p{Lu}\p{Ll}+$/u.test(word) && !lookupGazetteer(word) && (tags.length === 0 || tags.some((t) => /^(?:FirstName|MaleName|FemaleName|LastName)$/.test(t)));
}

/**
 * A capitalised run 'Minister of Construction Vu Thi Thanh' split where an organisation the article
 * names ends with the run's portfolio ('Ministry of Construction'): the title, then the given names
 * (two or three words). Undefined when no such organisation ends it there.
 */
function portfolioCut(run: string, mentions: readonly ResolvedMention[]): [string, string] | undefined {
  const words = run.split(/\s+/);
  const of = words.indexOf('of');
  if (of < 1) return undefined;
  for (let k = 2; k <= 3 && words.length - k > of + 1; k++) {
    const title = words.slice(0, words.length - k).join(' ');
    const portfolio = ` ${words.slice(of, words.length - k).join(' ')}`;
    if (mentions.some((x) => x.kind === 'ORGANIZATION' && x.surface.endsWith(portfolio) && x.surface !== title)) return [title, words.slice(words.length - k).join(' ')];
  }
  return undefined;
}

/** Words that open a sentence or a clause and are no part of a title. */
const NOT_TITLE_OPENER = /^(?:The|A|An|This|That|Its|Their|His|Her|But|And|When|As|In|On|At|For|Of)$/;

/**
 * 'Minister of Mines and Energy Natangwe Iipinge said ...' where mention detection read no name, and
 * the article names the person by the surname alone elsewhere ('Iipinge said'): the title before
 * the given name and surname is that person's (no organisation: a capitalised title alone names
 * none). Only for people the article names by one word, at a surname no mention covers.
 */
export function unreadTitledNameRoles(text: string, mentions: readonly ResolvedMention[], isTitle: (phrase: string) => boolean): ExtractedRole[] {
  const roles: ExtractedRole[] = [];
  const surnames = new Map<string, string>();
  for (const m of mentions) if (m.kind === 'PERSON' && /^\p{Lu}[\p{L}'’-]+$/u.test(m.surface)) surnames.set(m.surface, m.key);
  // A person the article also names in full has that mention already: only surname-only people.
  for (const m of mentions) if (m.kind === 'PERSON' && /\s/.test(m.surface)) surnames.delete(m.surface.split(/\s+/).pop()!);
  for (const [surname, key] of surnames) {
    for (let at = text.indexOf(surname); at >= 0; at = text.indexOf(surname, at + surname.length)) {
      const end = at + surname.length;
      if (/^[\p{L}\p{N}]/u.test(text.slice(end, end + 1)) || mentions.some((x) => x.start < end && x.end > at)) continue;
      const m = TITLE_AND_GIVEN_NAME.exec(text.slice(Math.max(0, at - 100), at));
      if (!m) continue;
      let title = m[1]!;
      let given = m[2]!;
      const from = at - m[0].length + m[0].indexOf(title);
      // 'Minister of Construction Vu Thi Thanh Tam': given names of more than one word, where an organisation the article names ('Ministry of Construction') ends the portfolio.
      const longer = portfolioCut(`${title} ${given}`, mentions);
      if (longer) [title, given] = longer;
      if (NOT_TITLE_OPENER.test(title.split(/\s+/)[0]!) || /\b(?:of|for|and)$/.test(title) || !isTitle(title) || isTitle(given)) continue;
      // The given name is no word the lexicon or gazetteer reads otherwise ('Energy', 'Namibia').
      if (given.split(/\s+/).some((g) => !isGivenName(g))) continue;
      if (mentions.some((x) => x.start < at && x.end > from)) continue;
      roles.push({ person: key, title, start: from, end });
    }
  }
  return roles;
}
