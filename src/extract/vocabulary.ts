import { curated } from './curated';
import { foldSurface } from './fold';
import { isOrgWord, isPlaceWord } from './lexicon';

/** The word tables extraction rules read, built once from the curated file and the lexicon. */
export interface Vocabulary {
  /** Title phrases as folded token lists, longest first ('secretary of state' before 'secretary'). */
  titles: string[][];
  particles: Set<string>;
  notNames: Set<string>;
  orgSuffix(word: string): boolean;
  placeSuffix(word: string): boolean;
  orgHeads: Set<string>;
  orgCuesBefore: Set<string>;
  orgCuesAfter: Set<string>;
  /** Place cues before a name as folded token lists ('city of'); single words are weak cues. */
  placeCuesBefore: string[][];
  placeCuesAfter: Set<string>;
}

let vocabulary: Vocabulary | undefined;

function build(): Vocabulary {
  const c = curated();
  const phrases = (list: string[]) =>
    [...new Set(list.map(foldSurface))].map((t) => t.split(' ')).sort((a, b) => b.length - a.length);
  const set = (list: string[]) => new Set(list.map(foldSurface));
  const orgSuffixes = set(c.organizationSuffixes);
  const placeSuffixes = set(c.placeSuffixes);
  return {
    titles: phrases(c.titles),
    particles: set(c.nameParticles),
    notNames: new Set(c.notNames),
    orgSuffix: (w) => orgSuffixes.has(w) || isOrgWord(w),
    placeSuffix: (w) => placeSuffixes.has(w) || isPlaceWord(w),
    orgHeads: set(c.organizationHeads),
    orgCuesBefore: set(c.organizationCuesBefore),
    orgCuesAfter: set(c.organizationCuesAfter),
    placeCuesBefore: phrases(c.placeCuesBefore),
    placeCuesAfter: set(c.placeCuesAfter),
  };
}

/** The shared word tables. */
export function vocab(): Vocabulary {
  vocabulary ??= build();
  return vocabulary;
}
