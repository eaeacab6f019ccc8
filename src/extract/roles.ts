import type { ExtractedRole, Span } from './types';
import type { ResolvedMention } from './document';
import { curated } from './curated';
import { lexiconTags } from './lexicon';
import { vocab } from './vocabulary';
import { lookupDemonym } from './gazetteer';

/** A person mention carrying a title, as mention detection found it. */
export interface TitledMention extends Span {
  key: string;
  title: Span & { text: string };
  /** Entity key of the country a demonym before the title names, when the article names it. */
  countryKey?: string;
}

/** Between an organisation and its title only spaces or a possessive: 'Kremlin spokesman', 'Syria’s UN Ambassador'. */
const QUALIFIER_GAP = /^(?:['’]s)?[ \t]+$/;
/** 'John Kirby, the State Department spokesman': the appositive after a name. */
const APPOSITIVE = /^,\s+(?:the\s+|a\s+|an\s+)?/;
/** Longest appositive read for a title, in characters. */
const MAX_APPOSITIVE = 140;
/** Where a title in an appositive stops: a relative clause, 'and', or a preposition before a name or a definite description. */
const TITLE_END = /\s+(?:who|which|whose|and)\b|\s+(?:at|in|with|from|on|of|for|to)\s+(?=(?:the\s+)?\p{Lu})|\s+(?:at|of|for)\s+(?=the\s+\p{Ll})/u;
/** Words before a title that say nothing about the post: '51-year-old former mayor', 'then-president'. */
const TITLE_PREFIX = /^(?:(?:\d+-year-old|former|then-|long-time|longtime|veteran|current|acting|interim|newly appointed)\s*)+/i;
/** Nouns that stand for an organisation named before: 'the group's president', 'the company's founder'. */
const ORG_NOUNS = /^(?:group|company|firm|agency|organi[sz]ation|party|union|association|club|team|federation|bank|charity|university|ministry|council|department)$/;
/** 'Its executive secretary, Joyce Nabirye': the organisation named before owns the post. */
const ITS = /\b(?:its|their)\s+$/i;

/** True when a phrase's head word names a post ('professor of epidemiology'), not kinship ('grandson of the founder') nor a group ('sparring partners'). */
function isTitleHead(phrase: string): boolean {
  const words = phrase.toLowerCase().split(/\s+/);
  const head = words.findIndex((w) => w === 'of' || w === 'for' || w === 'in');
  const word = head > 0 ? words[head - 1]! : words[words.length - 1]!;
  if (curated().relationWords.includes(word)) return false;
  const isTitle = (w: string) => vocab().titles.some((t) => t.length === 1 && t[0] === w) || lexiconTags(w).includes('Actor') || /(?:ist|ologist)$/.test(w);
  if (/s$/.test(word) && isTitle(word.slice(0, -1))) return false;
  return isTitle(word);
}

/** "Porto's Nigerian midfielder": a possessive, then the player's nationality, then the title. */
function isNationalityGap(gap: string): boolean {
  const m = /^['’]s[ \t]+(\p{Lu}\p{Ll}+)[ \t]+$/u.exec(gap);
  return m !== null && lookupDemonym(m[1]!) !== undefined;
}

/** 'Turkish striker', 'Spanish lawyer': a nationality before a title in an appositive is no part of it. */
function withoutNationality(title: string): string {
  const m = /^(\p{Lu}\p{Ll}+)\s+(?=\p{Ll})/u.exec(title);
  return m && lookupDemonym(m[1]!) ? title.slice(m[0].length) : title;
}

/** Tidies a title as written: 'Secretary of State', 'spokesman'. */
function titleText(raw: string): string {
  return raw.replace(/\s+/g, ' ').trim();
}

/** The organisation or place named right before a title (never a person: "Kerry's spokesman" names none). */
function qualifierBefore(text: string, mentions: readonly ResolvedMention[], at: number): ResolvedMention | undefined {
  const q = [...mentions].reverse().find((m) => m.end <= at && (QUALIFIER_GAP.test(text.slice(m.end, at)) || isNationalityGap(text.slice(m.end, at))));
  return q && q.kind !== 'PERSON' ? q : undefined;
}

function lastOrganisationBefore(mentions: readonly ResolvedMention[], at: number, kinds: readonly string[] = ['ORGANIZATION']): ResolvedMention | undefined {
  return [...mentions].reverse().find((x) => x.end <= at && kinds.includes(x.kind));
}

/** 'spokesman for the fire department': the organisation named before whose name ends with the description's noun. */
function describedOrganisation(mentions: readonly ResolvedMention[], at: number, description: string): string | undefined {
  const noun = description.trim().split(/\s+/).pop()?.toLowerCase() ?? '';
  const named = [...mentions].reverse().find((x) => x.end <= at && x.kind === 'ORGANIZATION' && x.surface.toLowerCase().endsWith(noun));
  // 'a water specialist at the group': a generic noun means the organisation named last.
  return named?.key ?? (ORG_NOUNS.test(noun) ? lastOrganisationBefore(mentions, at)?.key : undefined);
}

/**
 * Roles from the appositive after a name: 'John Kirby, the State Department spokesman',
 * 'Ingrid Halvorsen, a professor of epidemiology at the University of Bergen', 'Dmitry Peskov,
 * Russian President Vladimir Putin's spokesperson' (a person's title names no organisation),
 * 'Aleksandr Vetrov, Lumora’s founder and chief executive' (two roles).
 */
function appositiveRoles(text: string, mentions: readonly ResolvedMention[], person: ResolvedMention): ExtractedRole[] {
  const open = APPOSITIVE.exec(text.slice(person.end, person.end + 6));
  if (!open) return [];
  const from = person.end + open[0].length;
  const clauseText = /^[^,.;:()“”"]*/.exec(text.slice(from, from + MAX_APPOSITIVE))![0];
  const clause = { start: from, end: from + clauseText.length };
  const inside = mentions.filter((x) => x.start >= clause.start && x.end <= clause.end);
  let at = from;
  let organization: string | undefined;
  const possessor = [...inside].reverse().find((x) => /^['’]s\s/.test(text.slice(x.end, x.end + 3)));
  const leading = inside.find((x) => /^(?:\p{Lu}\p{Ll}+\s+)?$/u.test(text.slice(from, x.start)));
  if (possessor) {
    if (possessor.kind !== 'PERSON') organization = possessor.key;
    at = possessor.end + 3;
  } else if (leading) {
    if (leading.kind === 'PERSON') return [];
    organization = leading.key;
    at = leading.end + (/^\s+/.exec(text.slice(leading.end))?.[0].length ?? 0);
  }
  // 'Alexis McGill Johnson, the group's president': the organisation meant is the one named before.
  const owned = /^(\p{Ll}+)['’]s\s+/u.exec(text.slice(at, clause.end));
  if (owned) {
    at += owned[0].length;
    if (!organization && ORG_NOUNS.test(owned[1]!)) organization = lastOrganisationBefore(mentions, person.start)?.key;
  }
  at += TITLE_PREFIX.exec(text.slice(at, clause.end))?.[0].length ?? 0;
  const rest = text.slice(at, clause.end);
  const stop = TITLE_END.exec(rest);
  let titles = (stop ? rest.slice(0, stop.index) : rest).trim();
  // "UNICEF's representative in Bangladesh": with the organisation named, a place after 'in'/'to' completes the title.
  const complement = organization && stop && /^\s+(?:in|to)\s+$/.test(stop[0]) ? mentions.find((x) => x.start === at + stop.index + stop[0].length && x.kind === 'PLACE') : undefined;
  if (complement) titles = text.slice(at, complement.end).trim();
  // 'founder and chief executive': each part that is a title is a role.
  const and = stop && /^\s+and\b/.test(stop[0]) && isTitleHead(titles);
  // 'a Spanish lawyer and former judge at the Supreme Court of Spain': a second post of its own, with its own organisation.
  const second = and ? secondPost(text, mentions, inside, person, at + stop.index + stop[0].length, clause.end) : undefined;
  if (second) return [...(isTitleHead(withoutNationality(titles)) ? [{ person: person.key, title: withoutNationality(titles), organization, start: person.start, end: at + titles.length }] : []), second];
  const parts = and ? [titles, ...rest.slice(stop.index + stop[0].length).trim().split(/\s+and\s+/).slice(0, 1)] : [titles];
  if (!organization && stop && !complement) {
    const after = rest.slice(stop.index);
    // '... at the University of Bergen', 'chairman of the Kisumu Beach Management Unit', 'mayor of Jerez de la Frontera'.
    const named = inside.find((x) => x.start >= at + stop.index && x.kind !== 'PERSON');
    // "the head of the hospital's Institute of Viral ...": a described owner may stand before the name.
    if (named && /^\s+(?:at|of|for|with)\s+(?:the\s+)?(?:\p{Ll}+['’]s\s+)?$/u.test(text.slice(at + stop.index, named.start))) organization = named.key;
    // 'spokesman for the fire department': the department named before.
    const description = /^\s+(?:at|of|for)\s+the\s+([\p{Ll}\s]+)$/u.exec(after);
    if (!organization && description) organization = describedOrganisation(mentions, person.start, description[1]!);
  }
  return parts
    .map((p) => withoutNationality(TITLE_PREFIX[Symbol.replace](p, '').trim()))
    .filter((t) => t.length > 0 && t.split(/\s+/).length <= 6 && isTitleHead(t))
    .map((title) => ({ person: person.key, title, organization, start: person.start, end: at + titles.length }));
}

/** The post after 'and former ...' in an appositive, when it names its own organisation after 'at'/'of'. */
function secondPost(text: string, mentions: readonly ResolvedMention[], inside: readonly ResolvedMention[], person: ResolvedMention, from: number, end: number): ExtractedRole | undefined {
  const lead = /^\s*/.exec(text.slice(from, end))![0].length;
  const prefix = TITLE_PREFIX.exec(text.slice(from + lead, end))?.[0];
  if (!prefix) return undefined;
  const at = from + lead + prefix.length;
  const rest = text.slice(at, end);
  const stop = TITLE_END.exec(rest);
  const title = withoutNationality((stop ? rest.slice(0, stop.index) : rest).trim());
  if (!isTitleHead(title) || title.split(/\s+/).length > 4) return undefined;
  const named = stop ? inside.find((x) => x.start >= at + stop.index && x.kind !== 'PERSON') : undefined;
  const organization = named && /^\s+(?:at|of|for|with)\s+(?:the\s+)?$/.test(text.slice(at + stop!.index, named.start)) ? named.key : undefined;
  return { person: person.key, title, organization, start: person.start, end: at + title.length };
}

/** A title that only repeats part of a longer one the person holds ('Secretary' beside 'Secretary of State'). */
function isShortForm(role: ExtractedRole, all: readonly ExtractedRole[]): boolean {
  const t = role.title.toLowerCase();
  return all.some((r) => r !== role && r.person === role.person && r.title.length > role.title.length && r.title.toLowerCase().includes(t));
}

/**
 * Roles from titles next to names: before ('Kremlin spokesman Dmitry Peskov', 'Its executive
 * secretary, Joyce Nabirye', 'Judge Luiza Bittencourt of the 2nd Criminal Court') or in an
 * appositive after ('John Kirby, the State Department spokesman').
 */
export function findRoles(text: string, mentions: readonly ResolvedMention[], titled: readonly TitledMention[]): ExtractedRole[] {
  const roles: ExtractedRole[] = [];
  for (const t of titled) {
    const qualifier = qualifierBefore(text, mentions, t.title.start);
    // 'Syria’s UN Ambassador': the country owning the post is the organisation, the body it sits in part of the title.
    const owner = qualifier && [...mentions].reverse().find((m) => m.end <= qualifier.start && /^['’]s\s+$/.test(text.slice(m.end, qualifier.start)));
    let organization = owner && owner.kind !== 'PERSON' ? owner.key : (qualifier?.key ?? t.countryKey);
    if (!organization && ITS.test(text.slice(Math.max(0, t.title.start - 6), t.title.start))) organization = lastOrganisationBefore(mentions, t.title.start)?.key;
    // 'Judge Luiza Bittencourt of the 2nd Criminal Court of Pará de Minas'.
    const of = /^\s+of\s+(?:the\s+)?/.exec(text.slice(t.end, t.end + 8));
    if (!organization && of) organization = mentions.find((m) => m.start === t.end + of[0].length && m.kind === 'ORGANIZATION')?.key;
    const titleFrom = owner && owner.kind !== 'PERSON' ? qualifier.start : t.title.start;
    const start = Math.min(t.start, t.title.start, owner?.start ?? qualifier?.start ?? Infinity);
    const title = titleText(text.slice(titleFrom, t.title.end)).replace(TITLE_PREFIX, '');
    roles.push({ person: t.key, title, organization, start, end: Math.max(t.end, t.title.end) });
  }
  for (const m of mentions) if (m.kind === 'PERSON') roles.push(...appositiveRoles(text, mentions, m));
  const seen = new Set<string>();
  return roles.filter((r) => {
    const id = `${r.person}|${r.title.toLowerCase()}|${r.organization ?? ''}`;
    if (seen.has(id) || isShortForm(r, roles)) return false;
    seen.add(id);
    return true;
  });
}
