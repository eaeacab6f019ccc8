import type { MentionGroup } from './coref';

/** 'X, the former Al-Qaeda affiliate once known as Al-Nusra Front': the second name is an alias. */
const KNOWN_AS = /(?:once|formerly|previously|also|better|originally|commonly|locally|widely)\s+(?:known|called|named)\s+(?:as\s+)?$|\bformerly\s+$|,\s+known\s+(?:as|by\s+(?:its|the)\s+(?:[\p{L}-]+\s+){0,2}(?:initials|acronym|abbreviation))\s+$/iu;
/**
 * "Jellyfish Lake, known in Palauan as Ongeim'l Tketau": a name given in another language after 'known/called in <Language>
 * as' names the same place or body, whatever kind its own unfamiliar words guessed (never a person's).
 */
const KNOWN_IN_LANGUAGE = /,\s+(?:(?:also|locally|traditionally)\s+)?(?:known|called|named)\s+(?:(?:locally|traditionally)\s+)?in\s+\p{Lu}[\p{L}'’-]+\s+as\s+$/u;
/** 'The institute, known as Phivolcs': a description whose noun is a word of a name given before. */
const DESCRIBED_AS = /\bthe\s+(\p{Ll}+),\s+(?:(?:also|commonly|locally|widely)\s+)?known\s+(?:as|by\s+(?:its|the)\s+(?:[\p{L}-]+\s+){0,2}(?:initials|acronym|abbreviation))\s+$/iu;

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
    const language = KNOWN_IN_LANGUAGE.test(before);
    if (!language && !KNOWN_AS.test(before)) continue;
    const comma = text.lastIndexOf(',', m.start);
    const named = all.filter((x) => x.end <= comma && x.sentence === m.sentence && /^\s*$/.test(text.slice(x.end, comma)));
    let target = named.length > 0 ? owner.get(named[named.length - 1]!) : undefined;
    const noun = DESCRIBED_AS.exec(before)?.[1]?.toLowerCase();
    if (!target && noun) {
      const earlier = all.filter((x) => x.end <= m.start && x.surface.toLowerCase().split(/\s+/).includes(noun));
      target = earlier.length > 0 ? owner.get(earlier[earlier.length - 1]!) : undefined;
    }
    const source = owner.get(m);
    if (!target || !source || target === source || (target.kind !== source.kind && (!language || target.kind === 'PERSON' || source.kind === 'PERSON'))) continue;
    // The other language's name is an alias only: the name stays the one the article uses.
    if (language) for (const x of source.mentions) x.aliasOf ??= target.mentions[0]!.start;
    target.mentions.push(...source.mentions);
    for (const k of source.keys) target.keys.add(k);
    for (const x of source.mentions) owner.set(x, target);
    source.mentions = [];
  }
  const kept = groups.filter((g) => g.mentions.length > 0);
  for (const g of kept) g.mentions.sort((a, b) => a.start - b.start);
  return kept;
}
