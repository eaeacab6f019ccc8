import type { ExtractedRole } from './types';
import type { ResolvedMention } from './document';

/** A line of one to five capitalised title words and nothing else: 'Company Secretary', 'Chief Executive Officer'. */
const TITLE_LINE = /^[ \t]*(\p{Lu}[\p{L}-]*(?:[ \t]+(?:(?:of|and|for)[ \t]+)?\p{Lu}[\p{L}-]*){0,4})[ \t]*$/u;

/**
 * The signature block closing a notice or a letter: the signer's name alone on a line, the post on
 * the next ('By order of the Board / Mwale Banda / Company Secretary'). The post is the person's; no
 * organisation is named on those lines, so none is given.
 */
export function signatureRoles(text: string, mentions: readonly ResolvedMention[], isTitle: (phrase: string) => boolean): ExtractedRole[] {
  const roles: ExtractedRole[] = [];
  for (const person of mentions) {
    if (person.kind !== 'PERSON' || text[person.end] !== '\n') continue;
    const lineStart = text.lastIndexOf('\n', person.start - 1) + 1;
    if (!/^[ \t]*$/.test(text.slice(lineStart, person.start))) continue;
    const next = text.indexOf('\n', person.end + 1);
    const line = text.slice(person.end + 1, next < 0 ? text.length : next);
    const title = TITLE_LINE.exec(line);
    // A name on that line is no post ('Acme Holdings'); a defined short name inside the post ('Company Secretary' in a notice defining 'the Company') is.
    const lineAt = person.end + 1;
    if (!title || !isTitle(title[1]!) || mentions.some((x) => x.start >= lineAt && x.start < lineAt + line.length && (x.kind === 'PERSON' || x.end - x.start >= title[1]!.length))) continue;
    roles.push({ person: person.key, title: title[1]!, start: person.start, end: person.end + 1 + line.length });
  }
  return roles;
}
