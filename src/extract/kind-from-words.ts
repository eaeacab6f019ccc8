import type { EntityKind } from './types';
import type { Token } from './tokens';
import { foldSurface } from './fold';
import { lookupGazetteer } from './gazetteer';
import { isFirstName } from './names';
import { lexiconTags } from './lexicon';
import { SPLITTING } from './name-runs';
import { vocab } from './vocabulary';

/** Kind from the name's own words: org and place suffixes, 'University of ...', 'Lake ...', first names. */
export function kindFromWords(seq: readonly Token[]): EntityKind | undefined {
  const v = vocab();
  const words = seq.map((t) => foldSurface(t.text));
  const last = words[words.length - 1]!;
  const first = words[0]!;
  const connector = words.findIndex((w, i) => !seq[i]!.capital && (w === 'of' || w === 'for'));
  if (connector > 0) {
    // Before 'of' / 'for' stands the head: 'Bank of Chile', 'Union of Copper Workers', 'Gulf of Mexico'.
    const head = words[connector - 1]!;
    if (v.orgHeads.has(first) || v.orgOpeners.has(first) || v.orgSuffix(head)) return 'ORGANIZATION';
    if (v.placeHeads.has(first) || v.placeSuffix(head)) return v.orgSuffix(last) ? 'ORGANIZATION' : 'PLACE';
    // 'Fans of Newcastle United': the organisation after 'of' does not make the whole one.
    return undefined;
  }
  // The head decides, not the place inside: 'Santiago Wanderers', 'Chilean Copper Commission'.
  if (seq.length >= 2 && v.orgSuffix(last)) return 'ORGANIZATION';
  // Head-first names: 'Banco Santander' (not a person though 'Santander' is a surname), 'FC Porto'.
  if (seq.length >= 2 && v.orgOpeners.has(first)) return 'ORGANIZATION';
  // 'Linda Marsh' is a person although 'marsh' ends place names.
  if (seq.length === 2 && isFirstName(seq[0]!.text) && !v.placeHeads.has(first)) return 'PERSON';
  if (seq.length >= 2 && v.placeHeads.has(first)) return 'PLACE';
  if (seq.length >= 2 && v.placeSuffix(last)) return 'PLACE';
  if (seq.length >= 2 && v.placeModifiers.has(first) && lookupGazetteer(seq.slice(1).map((t) => t.text).join(' '))?.kind === 'PLACE') return 'PLACE';
  if (seq.some((t) => !t.capital && SPLITTING.has(t.text.toLowerCase()))) return undefined;
  if (seq.length >= 2 && isFirstName(seq[0]!.text)) return 'PERSON';
  // 'Victoria Beckham': a surname the lexicon knows after a capitalised word.
  if (seq.length >= 2 && seq.length <= 3 && seq.every((t) => t.capital) && lexiconTags(words[words.length - 1]!).includes('LastName')) return 'PERSON';
  return undefined;
}
