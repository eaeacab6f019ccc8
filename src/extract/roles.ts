import type { ExtractedRole, Span } from './types';
import type { ResolvedMention } from './document';
import { vocab } from './vocabulary';

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

/** Tidies a title as written: 'Secretary of State', 'spokesman'. */
function titleText(raw: string): string {
  return raw.replace(/\s+/g, ' ').trim();
}

/** The organisation or place named right before a title (never a person: "Kerry's spokesman" names none). */
function qualifierBefore(text: string, mentions: readonly ResolvedMention[], at: number): string | undefined {
  const q = [...mentions].reverse().find((m) => m.end <= at && QUALIFIER_GAP.test(text.slice(m.end, at)));
  return q && q.kind !== 'PERSON' ? q.key : undefined;
}

/** Roles from titles next to names, before ('Kremlin spokesman Dmitry Peskov') or after ('John Kirby, the State Department spokesman'). */
export function findRoles(text: string, mentions: readonly ResolvedMention[], titled: readonly TitledMention[]): ExtractedRole[] {
  const roles: ExtractedRole[] = [];
  for (const t of titled) {
    const organization = qualifierBefore(text, mentions, t.title.start) ?? t.countryKey;
    roles.push({ person: t.key, title: titleText(t.title.text), organization, start: Math.min(t.start, t.title.start), end: Math.max(t.end, t.title.end) });
  }
  const titles = vocab().titles;
  for (const m of mentions) {
    if (m.kind !== 'PERSON') continue;
    const after = APPOSITIVE.exec(text.slice(m.end, m.end + 4));
    if (!after) continue;
    let at = m.end + after[0].length;
    const qualifier = mentions.find((q) => q.start === at);
    let organization: string | undefined;
    if (qualifier) {
      if (qualifier.kind === 'PERSON' && !/^['’]s\b/.test(text.slice(qualifier.end))) continue;
      if (qualifier.kind !== 'PERSON') organization = qualifier.key;
      at = qualifier.end + (/^(?:['’]s)?\s+/.exec(text.slice(qualifier.end))?.[0].length ?? 0);
    }
    const rest = text.slice(at, at + 60).toLowerCase();
    const title = titles.find((p) => new RegExp(`^${p.join('\\s+').replace(/\./g, '\\.')}(?![\\p{L}])`, 'u').test(rest));
    if (!title) continue;
    const end = at + new RegExp(`^${title.join('\\s+')}`, 'u').exec(rest)![0].length;
    roles.push({ person: m.key, title: titleText(text.slice(at, end)), organization, start: m.start, end });
  }
  const seen = new Set<string>();
  return roles.filter((r) => {
    const id = `${r.person}|${r.title.toLowerCase()}|${r.organization ?? ''}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}
