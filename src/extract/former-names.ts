import type { MentionGroup } from './coref';

/** 'X, the former Al-Qaeda affiliate once known as Al-Nusra Front': the second name is an alias. */
const KNOWN_AS = /(?:once|formerly|previously|also|better|originally)\s+(?:known|called|named)\s+(?:as\s+)?$|\bformerly\s+$/i;

/**
 * Merges a group into another when the text introduces it as the other's former or
 * alternative name: the name before the appositive ('Fateh al-Sham, the former ... once
 * known as Al-Nusra Front') takes the later one as an alias.
 */
export function mergeFormerNames(text: string, groups: MentionGroup[]): MentionGroup[] {
  const owner = new Map<object, MentionGroup>();
  for (const g of groups) for (const m of g.mentions) owner.set(m, g);
  const all = groups.flatMap((g) => g.mentions).sort((a, b) => a.start - b.start);
  for (const m of all) {
    const before = text.slice(Math.max(0, m.start - 40), m.start);
    if (!KNOWN_AS.test(before)) continue;
    const comma = text.lastIndexOf(',', m.start);
    const named = all.filter((x) => x.end <= comma && x.sentence === m.sentence && /^\s*$/.test(text.slice(x.end, comma)));
    const target = named.length > 0 ? owner.get(named[named.length - 1]!) : undefined;
    const source = owner.get(m);
    if (!target || !source || target === source || target.kind !== source.kind) continue;
    target.mentions.push(...source.mentions);
    for (const k of source.keys) target.keys.add(k);
    for (const x of source.mentions) owner.set(x, target);
    source.mentions = [];
  }
  const kept = groups.filter((g) => g.mentions.length > 0);
  for (const g of kept) g.mentions.sort((a, b) => a.start - b.start);
  return kept;
}
