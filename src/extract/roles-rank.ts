import type { ExtractedRole } from './types';
import type { ResolvedMention } from './document';

/**
 * Ranks written before a name: military and police ranks ('Lt. Col.', 'Rear Admiral', 'Pol Maj
 * Gen', 'Chief Inspector') and academic ranks ('Prof.', 'Assoc. Prof.'). Annotators keep them as
 * roles with no organisation, next to the post the person holds ('Fire Service spokesman Lt. Col.
 * X' is a spokesman of the Fire Service and a lieutenant colonel).
 *
 * Words are folded to lower case without their period. A rank run ends with a head word; modifier
 * words may only stand before it.
 */
const RANK_HEADS = new Set([
  'general', 'gen', 'colonel', 'col', 'major', 'maj', 'captain', 'capt', 'cpt', 'lieutenant', 'lt', 'lieut', 'sergeant', 'sgt',
  'corporal', 'cpl', 'admiral', 'adm', 'brigadier', 'brig', 'commander', 'cdr', 'cmdr', 'commodore', 'marshal', 'inspector', 'insp',
  'superintendent', 'supt', 'constable', 'pte', 'pvt',
  // Academic ranks (v8 on: 'Professor', 'Prof.', 'Assoc. Prof.').
  'prof', 'professor',
]);
/** Words that open a rank before its head: 'Pol' (Thai police), 'Lt', 'Rear', 'Vice', 'Assoc.'. */
const RANK_MODIFIERS = new Set([
  'pol', 'police', 'lt', 'lieutenant', 'maj', 'major', 'brig', 'brigadier', 'rear', 'vice', 'air', 'field', 'staff', 'first', 'second',
  'chief', 'sub', 'deputy', 'senior', 'det', 'detective', 'wing', 'squadron', 'flight', 'lance', 'warrant', 'gen', 'general', 'col',
  'assoc', 'associate', 'asst', 'assistant', 'emeritus',
  // Abbreviations of British and Caribbean police ranks: 'Snr Supt', 'Ch Insp', 'Det Sgt'.
  'snr', 'sr', 'ch',
]);
/** One capitalised word (an abbreviation keeps its period) right before `at`, after a space or an opening. */
const WORD_BEFORE = /(?:^|[\s(“"‘'])(\p{Lu}\p{L}*\.?)[ \t]+$/u;
/** An honorific that may stand between a rank and the name: 'Prof. Dr. X'. */
const HONORIFIC_BEFORE = /(?<![\p{L}.])(?:Dr|Eng|Engr|Ir)\.?[ \t]+$/u;

/**
 * Where an honorific written between a title and the name starts: 'DMTCL managing director Engr. X',
 * 'the agency's director Dr. Y' (the engineer's 'Eng.'/'Engr.', the Dutch/Indonesian 'Ir.', 'Dr.').
 * The honorific is no part of the post; the words before it are read as if before the name (v20).
 */
export function honorificBefore(text: string, at: number): number | undefined {
  const m = HONORIFIC_BEFORE.exec(text.slice(Math.max(0, at - 7), at));
  return m ? at - m[0].length : undefined;
}

function fold(word: string): string {
  return word.replace(/\.$/, '').toLowerCase();
}

/** True when every word of a name is a rank word ('Pol', 'Pol Maj'): a rank mention detection took for a name. */
export function isRankOnly(surface: string): boolean {
  const words = surface.split(/\s+/);
  return words.every((w) => RANK_HEADS.has(fold(w)) || RANK_MODIFIERS.has(fold(w)));
}

/**
 * The rank written right before `at` ('Lt. Col. ', 'Pol Maj Gen ', 'Assoc. Prof. '): where it starts
 * and its words as written. Words inside a mention are read only when that mention is itself a
 * rank read as a name ('Pol'); a rank of one modifier word alone is none.
 */
export function rankBefore(text: string, mentions: readonly ResolvedMention[], at: number): { start: number; title: string } | undefined {
  let pos = at;
  const honorific = HONORIFIC_BEFORE.exec(text.slice(Math.max(0, pos - 6), pos));
  if (honorific) pos -= honorific[0].length;
  const words: { word: string; start: number }[] = [];
  for (let n = 0; n < 5; n++) {
    const m = WORD_BEFORE.exec(text.slice(Math.max(0, pos - 20), pos));
    if (!m) break;
    const word = m[1]!;
    const start = pos - m[0].length + m[0].indexOf(word);
    const folded = fold(word);
    const head = words.length === 0;
    if (head ? !RANK_HEADS.has(folded) : !RANK_MODIFIERS.has(folded) && !RANK_HEADS.has(folded)) break;
    // A word of a longer name ('Major League', 'General Hospital') is no rank.
    if (mentions.some((x) => x.start < start + word.length && x.end > start && !(x.kind === 'PERSON' && isRankOnly(x.surface)))) break;
    words.unshift({ word, start });
    pos = start;
  }
  if (words.length === 0) return undefined;
  // 'Director General Dr. X', 'Attorney General X': one rank word after another capitalised word ends a longer title, no rank.
  if (words.length === 1 && /(?:^|[^\p{L}.'’-])\p{Lu}[\p{L}-]*[ \t]+$/u.test(text.slice(Math.max(0, words[0]!.start - 30), words[0]!.start))) return undefined;
  const end = words[words.length - 1]!.start + words[words.length - 1]!.word.length;
  return { start: words[0]!.start, title: text.slice(words[0]!.start, end).replace(/\s+/g, ' ') };
}

/**
 * 'Pol Maj' read as a person before 'Gen Anucha Thongprasert': a person mention that is only rank
 * words, followed (rank words between) by a person's name. Returns that name's mention.
 */
export function personAfterRank(text: string, mentions: readonly ResolvedMention[], rank: ResolvedMention): ResolvedMention | undefined {
  if (rank.kind !== 'PERSON' || !isRankOnly(rank.surface)) return undefined;
  const next = mentions.find((x) => x.start >= rank.end);
  if (!next || next.kind !== 'PERSON' || isRankOnly(next.surface)) return undefined;
  const gap = text.slice(rank.end, next.start);
  return /^(?:[ \t]+\p{Lu}\p{L}*\.?)*[ \t]+$/u.test(gap) && gap.trim().split(/\s+/).filter(Boolean).every((w) => isRankOnly(w)) ? next : undefined;
}

/** Between a name and the organisation it serves in: ' of the ', ' of '. */
const OF_OWNER = /^[ \t]+of[ \t]+(?:the[ \t]+)?$/;

/**
 * Roles of the ranks written before people's names: the rank as written, no organisation, unless
 * 'of' and an organisation follow the name ('Col. Denise X of the Texas Army National Guard',
 * 'Sergeant Y of the Roads Policing Unit'): the force the rank is held in (v18).
 */
export function rankRoles(text: string, mentions: readonly ResolvedMention[]): ExtractedRole[] {
  const roles: ExtractedRole[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    if (m.kind !== 'PERSON' || isRankOnly(m.surface)) continue;
    const rank = rankBefore(text, mentions, m.start);
    if (!rank) continue;
    const next = mentions[i + 1];
    const organization = next && next.kind === 'ORGANIZATION' && next.start > m.end && OF_OWNER.test(text.slice(m.end, next.start)) ? next.key : undefined;
    roles.push({ person: m.key, title: rank.title, organization, start: rank.start, end: organization ? next!.end : m.end });
  }
  return roles;
}
