import type { ExtractedRole } from './types';
import type { ResolvedMention } from './document';
import { lexiconTags } from './lexicon';

/** A passing state before a post ('the visiting minister', 'the acting judge'): a verb form, no part of the title. */
const PASSING_TAGS = new Set(['Gerund', 'Verb', 'PastTense', 'PresentTense', 'Adverb']);

/**
 * Opening a sentence before a name set off by commas: 'The', 'A' or 'An', one to three title words,
 * optionally a lower-case complement after 'for'/'of' with no name in it, then a comma
 * ('The harbour master, X, said', 'A lawyer for the two men, Y, said').
 */
const FRONTED_TITLE = /(?:^|[.!?]["”’]?[ \t]+|\n[ \t]*)(?:The|A|An)[ \t]+((?:(?!(?:for|of)[ \t])[\p{L}-]+[ \t]+){0,2}(?!(?:for|of)[ \t,])[\p{L}-]+)(?:[ \t]+(?:for|of)[ \t]+(?:[\p{Ll}\d-]+[ \t]+){0,4}[\p{Ll}-]+)?,[ \t]+$/u;

/** A word that cannot be part of a post written this way. */
const NOT_TITLE_WORD = /^(?:of|for|and|or|but|with|in|on|at|to|from|by|the|a|an|his|her|their|its|our|who|which|that|this|these|those)$/i;

/**
 * 'The skipper, X, told the inquiry': a post fronted as the sentence's subject with the holder's
 * name as its appositive. As written, no organisation (none is named). The name must close the
 * appositive with a comma (or a dash), and no mention may sit inside the title words.
 */
export function frontedTitleRoles(text: string, mentions: readonly ResolvedMention[], isTitle: (phrase: string) => boolean): ExtractedRole[] {
  const roles: ExtractedRole[] = [];
  for (const person of mentions) {
    if (person.kind !== 'PERSON' || !/^[ \t]*[,—–]/.test(text.slice(person.end, person.end + 3))) continue;
    const from = Math.max(0, person.start - 90);
    const m = FRONTED_TITLE.exec(text.slice(from, person.start));
    if (!m) continue;
    const written = m[1]!;
    const words = written.split(/\s+/);
    while (words.length > 1 && lexiconTags(words[0]!.toLowerCase()).some((t) => PASSING_TAGS.has(t))) words.shift();
    const title = words.join(' ');
    const start = from + m.index + m[0].indexOf(written, m[0].search(/(?:The|An?)[ \t]/u)) + written.length - title.length;
    if (words.some((w) => NOT_TITLE_WORD.test(w)) || !isTitle(title)) continue;
    // A name read inside the fronted words ('The Acme spokesman') is not this rule's: others read its owner.
    if (mentions.some((x) => x !== person && x.start < person.start && x.end > from + m.index)) continue;
    roles.push({ person: person.key, title, start, end: person.end });
  }
  return roles;
}
