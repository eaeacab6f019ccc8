import { foldSurface } from './fold';
import { lexiconTags } from './lexicon';
import { MONTHS } from './dates';

const FIRST_NAME_TAGS = ['MaleName', 'FemaleName', 'FirstName'];

/** True when compromise's lexicon lists the word as a given name ('Raúl' folds to 'raul'). */
export function isFirstName(word: string): boolean {
  return lexiconTags(foldSurface(word)).some((t) => FIRST_NAME_TAGS.includes(t));
}

/** 'f' or 'm' when the lexicon knows the given name's usual gender, for 'she'/'he'. */
export function genderOf(word: string): 'f' | 'm' | undefined {
  const tags = lexiconTags(foldSurface(word));
  if (tags.includes('FemaleName')) return 'f';
  if (tags.includes('MaleName')) return 'm';
  return undefined;
}

/** Month and weekday names: capitalised, but dates, not names ('in March', 'on Monday'). */
export function isDateWord(word: string): boolean {
  const w = word.toLowerCase();
  if (MONTHS.includes(w)) return true;
  const tags = lexiconTags(w);
  return tags.includes('Month') || tags.includes('WeekDay');
}
