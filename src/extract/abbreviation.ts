import nlp from 'compromise';
import { lexiconTags } from './lexicon';

let abbreviations: Record<string, boolean> | undefined;

/**
 * Abbreviated titles written before a name that compromise's list lacks: 'Engr. X' (engineer, Philippine usage),
 * 'Insp.', 'Msgr.', 'Amb.', 'Pres.', Spanish 'Dra.', 'Sra.', the union and church styles 'Bro.', 'Sis.', 'Comr.', 'Cde.'.
 * None is an English word that could end a sentence in news.
 */
const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set(['engr', 'insp', 'msgr', 'amb', 'pres', 'dra', 'sra', 'bro', 'sis', 'comr', 'cde']);

/** An abbreviated title of address that compromise's list lacks ('Dra', 'Sra', 'Engr'): never a name on its own. */
export function isTitleAbbreviation(word: string): boolean {
  return TITLE_ABBREVIATIONS.has(word.toLowerCase());
}

/**
 * True when a word written before a period is an abbreviation, not a sentence end:
 * initials ('Sergey V. Lavrov'), dotted acronyms ('U.S.'), and compromise's abbreviation
 * list ('Sept.', 'Gen.', 'Mr.', 'Inc.').
 */
export function isAbbreviation(written: string): boolean {
  // '**Dr.', '_Mr.': Markdown emphasis opening before the word is no part of it.
  const word = written.replace(/^[*_~[(]+/, '');
  if (/^\p{Lu}$/u.test(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word)) return true;
  const w = word.toLowerCase();
  abbreviations ??= (nlp as unknown as { model(): { one: { abbreviations: Record<string, boolean> } } }).model().one.abbreviations;
  if (abbreviations[w] === true || TITLE_ABBREVIATIONS.has(w)) return true;
  const tags = lexiconTags(w);
  return tags.includes('Abbreviation') || tags.includes('Honorific') || (tags.includes('Month') && w.length <= 4);
}
