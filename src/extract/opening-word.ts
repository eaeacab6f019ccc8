import type { NameContext } from './name-context';
import { isAbbreviation } from './abbreviation';
import { isCommonWord, lookupGazetteer } from './gazetteer';
import { lexiconTags } from './lexicon';
import { isFirstName } from './names';
import { GIVEN_NAME_ABBREVIATIONS } from './name-runs';

/** Endings of verbs, adverbs and adjectives that open sentences ('Recapturing Aleppo', 'Environmental group ...'). */
const ORDINARY_ENDING = /(?:ing|ed|ly)$/;
const ORDINARY_ENDING_ALONE = /(?:al|ic|ive|ous)$/;

/** Lexicon tags of words that never start a name: 'The', 'A', 'In', 'But', 'He'. */
const FUNCTION_TAGS = ['Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Possessive', 'QuestionWord', 'Adverb'];

/** Prepositions the lexicon tags as other parts of speech ('under' as an adjective): 'Under European Union rules ...'. */
const PREPOSITIONS: ReadonlySet<string> = new Set(['Under', 'Over', 'Beneath', 'Amid', 'Amidst', 'Despite', 'Throughout', 'Towards', 'Toward', 'Unlike']);

/** True for a determiner, preposition, conjunction or pronoun ('The', 'In', 'He'); 'US' in capitals is the country. */
export function isFunctionWord(word: string): boolean {
  // 'US' opening a sentence is the country, not the pronoun.
  if (/^\p{Lu}{2,}$/u.test(word) && lookupGazetteer(word)) return false;
  if (PREPOSITIONS.has(word)) return true;
  return lexiconTags(word.toLowerCase()).some((t) => FUNCTION_TAGS.includes(t));
}

/** A capitalised word that is an ordinary word when it opens a sentence. */
export function isOrdinaryWord(word: string, alone: boolean): boolean {
  if (lookupGazetteer(word) || isFirstName(word) || GIVEN_NAME_ABBREVIATIONS.has(word)) return false;
  if (isCommonWord(word)) return true;
  if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return false;
  // Plurals the lexicon lists only in the singular: 'Supporters', 'Opponents'.
  if (/s$/.test(word) && isCommonWord(word.slice(0, -1))) return true;
  return ORDINARY_ENDING.test(word) || (alone && ORDINARY_ENDING_ALONE.test(word));
}

/** True where a name stands first in its sentence or quote, so its capital says nothing. */
export function isInitial(c: NameContext): boolean {
  if (c.at === 0) return true;
  // An opening mark right before the word, a colon, or a sentence end; not a closing quote ('," Kirby said').
  const gap = c.text.slice(c.tokens[c.at - 1]!.end, c.tokens[c.at]!.start);
  // 'Dr. Rose Akinyi': the period of an abbreviation ends no sentence.
  if (/^\.\s+$/.test(gap) && isAbbreviation(c.tokens[c.at - 1]!.text)) return false;
  return /[“‘(]$|(?:^|\s)["']$|:\s*$|[.!?]["”’)]?\s+$|\s[-—–]\s+$/.test(gap);
}
