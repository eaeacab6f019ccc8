import type { EntityKind } from './types';
import type { Mention } from './mentions';
import { foldSurface } from './fold';
import { foldTransliteration } from './referent';

/** Mentions of one referent within an article. */
export interface MentionGroup {
  kind: EntityKind;
  mentions: Mention[];
  /** Folded forms the group answers to: surfaces, gazetteer id, acronym. */
  keys: Set<string>;
  /** For people: folded surname and given names of the fullest form. */
  surname?: string;
  given?: string[];
  /** For organisations named in several words: the first, a short form articles use ('Lumora'). */
  firstWord?: string;
}

function nearestBefore(groups: readonly MentionGroup[], at: number): MentionGroup {
  let best = groups[0]!;
  let bestAt = -1;
  for (const g of groups) {
    for (const m of g.mentions) if (m.start < at && m.start > bestAt) [best, bestAt] = [g, m.start];
  }
  return best;
}

/** Particles before a surname ('da Rocha', 'van der Berg', 'al-Assad'): not compared. */
const PARTICLE = /^(?:al|el|ad|as|ash|at|an|ar|az|da|do|dos|das|de|del|della|di|du|la|le|van|von|der|den|ter|bin|ibn|abu|es)$/;

function nameParts(surface: string): { given: string[]; surname: string } {
  const words = foldSurface(surface).replace(/-/g, ' ').split(' ').filter((w) => w.length > 0);
  const surname = words.pop() ?? '';
  while (words.length > 0 && PARTICLE.test(words[words.length - 1]!)) words.pop();
  return { given: words.map(foldTransliteration), surname: foldTransliteration(surname) };
}

/** Initials agree with the names they abbreviate: 'Sergey V.' and 'Sergey'. */
function givenAgree(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return true;
  const x = a[0]!;
  const y = b[0]!;
  return x === y || (x.length === 1 && y.startsWith(x)) || (y.length === 1 && x.startsWith(y));
}

const EVIDENCE_ORDER = { known: 0, cue: 1, guess: 2 } as const;

function rank(m: Mention): number {
  if (m.kind === undefined) return 4;
  // Full names of people first: later surnames and short forms attach to them.
  if (m.kind === 'PERSON' && m.length >= 2) return -1;
  return EVIDENCE_ORDER[m.evidence ?? 'guess'];
}

/**
 * Groups an article's mentions into referents. People first, fullest names first:
 * a later surname or title-only form ('Kerry', 'Secretary Kerry') joins the person whose
 * surname it is; other names join by gazetteer id, folded surface or bracketed acronym.
 * A mention no rule could classify is kept only if it names a group found otherwise.
 */
export function groupMentions(mentions: readonly Mention[]): MentionGroup[] {
  const groups: MentionGroup[] = [];
  const byKey = new Map<string, MentionGroup>();
  const ordered = [...mentions].sort((a, b) => rank(a) - rank(b) || b.length - a.length || a.start - b.start);
  for (const m of ordered) {
    const folded = foldSurface(m.surface);
    let group = personFor(groups, m) ?? organisationFor(groups, m, folded);
    group ??= (m.id ? byKey.get(m.id) : undefined) ?? byKey.get(folded) ?? (m.acronym ? byKey.get(foldSurface(m.acronym)) : undefined);
    if (!group) {
      if (m.kind === undefined) continue;
      const parts = m.kind === 'PERSON' ? nameParts(m.surface) : undefined;
      const firstWord = m.kind === 'ORGANIZATION' && m.length >= 2 ? folded.split(' ')[0] : undefined;
      group = { kind: m.kind, mentions: [], keys: new Set(), surname: parts?.surname, given: parts?.given, firstWord };
      groups.push(group);
    }
    group.mentions.push(m);
    for (const key of [folded, m.id, m.acronym && foldSurface(m.acronym)]) {
      if (!key) continue;
      group.keys.add(key);
      if (!byKey.has(key)) byKey.set(key, group);
    }
  }
  for (const g of groups) g.mentions.sort((a, b) => a.start - b.start);
  return groups.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
}

/**
 * The person group a mention belongs to, if any: a full name joins the person with its surname
 * and agreeing given names; a lone surname ('Kerry', 'Secretary Kerry') joins its person,
 * whatever else the word could be (of two people sharing it, the one named last before);
 * a name only guessed at that carries a known person's names is that person ('Bashar al-Assad').
 */
function personFor(groups: readonly MentionGroup[], m: Mention): MentionGroup | undefined {
  const parts = nameParts(m.surface);
  const people = groups.filter((g) => g.kind === 'PERSON' && g.surname === parts.surname);
  if (m.length > 1) {
    if (m.kind !== 'PERSON' && (m.evidence === 'known' || m.evidence === 'cue' || parts.given.length === 0)) return undefined;
    return people.find((g) => givenAgree(g.given ?? [], parts.given));
  }
  if (m.id?.startsWith('country:') || m.id?.startsWith('org:')) return undefined;
  return people.length > 1 ? nearestBefore(people, m.start) : people[0];
}

/**
 * The organisation group a lone word stands for: its first word ('Lumora' for 'Lumora
 * Networks', 'Toyota' for 'Toyota Motor Corp'). A known organisation never folds into
 * another known one ('UN' is not the 'UN Security Council').
 */
function organisationFor(groups: readonly MentionGroup[], m: Mention, folded: string): MentionGroup | undefined {
  if (m.length !== 1 || (m.id && !m.id.startsWith('org:'))) return undefined;
  if (m.kind !== undefined && m.kind !== 'ORGANIZATION' && m.evidence === 'known') return undefined;
  return groups.find((g) => g.kind === 'ORGANIZATION' && g.firstWord === folded && !(m.id && g.mentions.some((x) => x.id)));
}
