import type { ExtractedRole } from './types';
import type { ResolvedMention } from './document';

/** Between an organisation and the person it appoints: ' named ', ' has appointed '. */
const APPOINTING = /^[ \t]+(?:has[ \t]+|have[ \t]+|had[ \t]+|on[ \t]+\p{Lu}\p{Ll}+day[ \t]+)?(?:named|appointed|hired|promoted|tapped|picked|chose|elected|nominated)[ \t]+$/u;
/**
 * After the person: an optional appositive, 'as', the post in lower case, then a date, a clause
 * end or a preposition: ' as chief executive from July 1', ', 51, as its new finance director.'
 */
const AS_POST = /^(?:,[^,.;\n]{1,60},)?[ \t]+as[ \t]+(?:its[ \t]+|their[ \t]+|the[ \t]+)?(?:new[ \t]+)?((?:\p{Ll}[\p{Ll}-]*[ \t]+){0,3}\p{Ll}[\p{Ll}-]*)(?=[ \t]+(?:from|on|in|effective|starting|after|with|to)\b|[ \t]*[,.;]|[ \t]*$)/u;
const PREPOSITION = /^(?:of|for|at|in|to|with|from|on|by|and|or)$/;

/**
 * 'Bangkok Life Assurance named Siriporn Wattanachai as chief executive from July 1': the
 * organisation appointing a person to a post (a lower-case title, as the article writes it)
 * owns the post.
 */
export function appointedRoles(text: string, mentions: readonly ResolvedMention[], isTitle: (phrase: string) => boolean): ExtractedRole[] {
  const roles: ExtractedRole[] = [];
  for (let i = 0; i + 1 < mentions.length; i++) {
    const org = mentions[i]!;
    const person = mentions[i + 1]!;
    if (org.kind !== 'ORGANIZATION' || person.kind !== 'PERSON' || !APPOINTING.test(text.slice(org.end, person.start))) continue;
    const post = AS_POST.exec(text.slice(person.end, person.end + 120));
    if (!post) continue;
    const title = post[1]!;
    if (title.split(/\s+/).some((w) => PREPOSITION.test(w)) || !isTitle(title)) continue;
    roles.push({ person: person.key, title, organization: org.key, start: org.start, end: person.end + post[0].length });
  }
  return roles;
}

/**
 * After a person: an optional age, 'is'/'was' (with 'previously', 'now' ...), a lower-case post,
 * then 'at'/'of'/'for' and its organisation: ', 51, was previously deputy chief executive at the insurer'.
 * Groups: the post; the noun of a described organisation ('insurer') when no name follows.
 */
const COPULA_POST_AT = /^(?:,[ \t]+\d{1,3},)?[ \t]+(?:is|was)[ \t]+(?:(?:previously|formerly|now|also|currently|then)[ \t]+)?(?:the[ \t]+)?((?:\p{Ll}[\p{Ll}-]*[ \t]+){0,3}\p{Ll}[\p{Ll}-]*(?:[ \t]+of[ \t]+(?!(?:the|a|an|its|their)[ \t])\p{Ll}[\p{Ll}-]*(?:[ \t]+\p{Ll}[\p{Ll}-]*){0,2}(?=[ \t]+at[ \t]))?)[ \t]+(?:at|of|for)[ \t]+(?:the[ \t]+(\p{Ll}+)(?=[ \t]*[,.;]|[ \t]+(?:which|that|who|where|and|in|on|until|before|when)\b)|(?:the[ \t]+)?(?=\p{Lu}))/u;

/**
 * 'Siriporn, 51, was previously deputy chief executive at the insurer': a post the sentence gives
 * its subject with 'is'/'was', at an organisation named right there or described by a noun the
 * article's organisations go by ('the insurer', 'the bank': the organisation with that word in
 * its name, else the one named last before).
 */
export function copulaPostRoles(text: string, mentions: readonly ResolvedMention[], isTitle: (phrase: string) => boolean, isOrganisationNoun: (word: string) => boolean): ExtractedRole[] {
  const roles: ExtractedRole[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const person = mentions[i]!;
    if (person.kind !== 'PERSON' || !SUBJECT_START.test(text.slice(Math.max(0, person.start - 3), person.start))) continue;
    const m = COPULA_POST_AT.exec(text.slice(person.end, person.end + 160));
    if (!m) continue;
    // 'is the founder and managing director of X': coordinated posts, each a role (v3, v14).
    // 'is currently director of capital markets supervision at X': a lower-case complement after 'of', before 'at' the organisation, stays in the post (v19).
    const titles = m[1]!.split(/[ \t]+and[ \t]+/);
    if (titles.some((title) => title.split(/[ \t]+of[ \t]+/)[0]!.split(/\s+/).some((w) => PREPOSITION.test(w)) || !isTitle(title))) continue;
    const at = person.end + m[0].length;
    let organization: string | undefined;
    if (m[2]) {
      if (!isOrganisationNoun(m[2])) continue;
      const noun = m[2].toLowerCase();
      const before = mentions.filter((x) => x.end <= person.start && x.kind === 'ORGANIZATION');
      organization = ([...before].reverse().find((x) => x.surface.toLowerCase().split(/\s+/).includes(noun)) ?? before[before.length - 1])?.key;
    } else {
      const next = mentions[i + 1];
      organization = next && next.start === at && next.kind === 'ORGANIZATION' ? next.key : undefined;
    }
    if (organization) for (const title of titles) roles.push({ person: person.key, title, organization, start: person.start, end: at });
  }
  return roles;
}
/** A sentence's subject: the name opens the text, a line or a sentence. */
const SUBJECT_START = /(?:^|[.!?]["”’]?[ \t]+|\n[ \t]*)$/u;
