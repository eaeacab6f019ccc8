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
}

/** Arabic article particles are not part of the surname for matching: 'al-Assad' is 'Assad'. */
const SURNAME_PARTICLE = /^(?:al|el|ad|as|ash|at|an|ar|az)\s+/;

function nameParts(surface: string): { given: string[]; surname: string } {
  const words = foldSurface(surface).replace(/-/g, ' ').split(' ').filter((w) => w.length > 0);
  let surname = words.pop() ?? '';
  while (words.length > 0 && /^(?:al|el|ad|as|ash|at|an|ar|az|da|do|dos|de|del|di|van|von|der|bin|ibn)$/.test(words[words.length - 1]!)) surname = `${words.pop()!} ${surname}`;
  return { given: words.map(foldTransliteration), surname: foldTransliteration(surname.replace(SURNAME_PARTICLE, '')) };
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
  if (m.kind === 'PERSON' && m.length >= 2 && m.evidence !== 'guess') return -1;
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
    let group: MentionGroup | undefined;
    const single = m.length === 1;
    if (m.kind === 'PERSON' && !single) {
      const parts = nameParts(m.surface);
      group = groups.find((g) => g.kind === 'PERSON' && g.surname === parts.surname && givenAgree(g.given ?? [], parts.given));
      if (!group) {
        group = { kind: 'PERSON', mentions: [], keys: new Set(), surname: parts.surname, given: parts.given };
        groups.push(group);
      }
    } else if (single && !(m.id?.startsWith('country:') || m.id?.startsWith('org:'))) {
      // A lone word that is a known person's surname is that person, whatever else it could be.
      const surname = foldTransliteration(folded.replace(SURNAME_PARTICLE, '').replace(/\s+/g, ' '));
      group = groups.find((g) => g.kind === 'PERSON' && g.surname === surname);
    }
    group ??= (m.id ? byKey.get(m.id) : undefined) ?? byKey.get(folded);
    if (!group) {
      if (m.kind === undefined) continue;
      const parts = m.kind === 'PERSON' ? nameParts(m.surface) : undefined;
      group = { kind: m.kind, mentions: [], keys: new Set(), surname: parts?.surname, given: parts?.given };
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
