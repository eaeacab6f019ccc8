import { foldSurface } from './fold';
import { lexiconTags } from './lexicon';
import { MONTHS } from './dates';

const FIRST_NAME_TAGS = ['MaleName', 'FemaleName', 'FirstName'];

/** True when compromise's lexicon lists the word as a given name ('Raúl' folds to 'raul'). */
export function isFirstName(word: string): boolean {
  if (isFoldedFirstName(foldSurface(word))) return true;
  // 'Liisa-Maria', 'Anna-Lena': a hyphenated given name, its second half a given name and its first one too or a
  // word no lexicon knows (not 'Lloyd-Webber': the second half decides).
  const halves = word.includes('-') ? HYPHENATED_NAME.exec(word) : null;
  if (!halves) return false;
  const first = lexiconTags(foldSurface(halves[1]!));
  return isFoldedFirstName(foldSurface(halves[2]!)) && (first.length === 0 || first.some((t) => FIRST_NAME_TAGS.includes(t)));
}

/** Two capitalised halves joined by a hyphen: 'Liisa-Maria'. */
const HYPHENATED_NAME = /^(\p{Lu}\p{Ll}+)-(\p{Lu}\p{Ll}+)$/u;

/** isFirstName() of a word already folded. */
export function isFoldedFirstName(folded: string): boolean {
  return lexiconTags(folded).some((t) => FIRST_NAME_TAGS.includes(t));
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
  // Asked of every capitalised word a name may open with: answers are kept (a pure function of the word).
  let answer = dateWords.get(word);
  if (answer === undefined) {
    if (dateWords.size >= MAX_DATE_WORDS) dateWords.clear();
    const w = word.toLowerCase();
    const tags = lexiconTags(w);
    answer = MONTHS.includes(w) || tags.includes('Month') || tags.includes('WeekDay');
    dateWords.set(word, answer);
  }
  return answer;
}

/** isDateWord() answers already given, and a bound on them for a long ingestion run. */
const dateWords = new Map<string, boolean>();
const MAX_DATE_WORDS = 20_000;
