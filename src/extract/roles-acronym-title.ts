import type { ExtractedRole } from './types';
import type { ResolvedMention } from './document';

/** Capitalised words, then an acronym in brackets, right before a name: 'Upazila Nirbahi Officer (UNO) '. */
const TITLE_THEN_ACRONYM = /((?:\p{Lu}[\p{L}'’-]*[ \t]+){1,6})\((\p{Lu}{2,6})\)[ \t]+$/u;

/**
 * 'Dhamrai Upazila Nirbahi Officer (UNO) Farhana Akter said': a capitalised title, its acronym in brackets, then the
 * holder's name (South Asian wire style). The acronym's letters are the initials of the title's words; a place the article
 * names right before the title holds the post (round 31b). One bounded slice per PERSON mention.
 */
export function bracketedAcronymTitleRoles(text: string, mentions: readonly ResolvedMention[], isTitleHead: (phrase: string) => boolean): ExtractedRole[] {
  const roles: ExtractedRole[] = [];
  for (const p of mentions) {
    if (p.kind !== 'PERSON' || text.charAt(p.start - 1) !== ' ' || text.charAt(p.start - 2) !== ')') continue;
    const m = TITLE_THEN_ACRONYM.exec(text.slice(Math.max(0, p.start - 100), p.start));
    if (!m) continue;
    const acronym = m[2]!;
    const words = m[1]!.trim().split(/[ \t]+/);
    if (words.length < acronym.length) continue;
    const titleWords = words.slice(words.length - acronym.length);
    if (titleWords.map((w) => w.charAt(0)).join('') !== acronym || !isTitleHead(titleWords.join(' '))) continue;
    const title = titleWords.join(' ');
    const bracketAt = p.start - m[0].length + m[0].lastIndexOf('(');
    const titleStart = text.lastIndexOf(title, bracketAt);
    if (titleStart < 0) continue;
    // A name read inside the title is no title ('Gulf Sands Petroleum (GSP) X').
    if (mentions.some((x) => x.start < bracketAt && x.end > titleStart)) continue;
    // The owner read there, else the words before the title as the article names them elsewhere ('Savar' in 'Savar Upazila ...').
    const lead = words.slice(0, words.length - acronym.length).join(' ');
    const owner =
      mentions.find((x) => x.kind !== 'PERSON' && x.end < titleStart && /^[ \t]+$/.test(text.slice(x.end, titleStart)) && x.end > titleStart - 40) ??
      (lead ? mentions.find((x) => x.kind !== 'PERSON' && x.surface === lead) : undefined);
    const ownerStart = owner && lead && text.slice(titleStart - lead.length - 1, titleStart - 1) === lead ? titleStart - lead.length - 1 : owner && owner.end < titleStart ? owner.start : titleStart;
    roles.push({ person: p.key, title, ...(owner ? { organization: owner.key } : {}), start: ownerStart, end: p.end });
  }
  return roles;
}
