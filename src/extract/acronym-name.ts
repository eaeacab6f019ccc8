import type { Token } from './tokens';
import type { NameContext } from './name-context';
import { lexiconTags } from './lexicon';
import { SPEECH_VERBS } from './speech';

/** An acronym standing alone (two to eight capitals) is a name unless it modifies a noun ('GPS trackers') or a number ('COVID-19'). */
export function isAcronymName(c: NameContext, seq: readonly Token[]): boolean {
  const letters = seq.length === 1 ? seq[0]!.text.replace(/\./g, '') : '';
  if (!/^\p{Lu}{2,8}$/u.test(letters)) return false;
  // 'told MOLDPRES that', 'METRANS will run': a longer word in capitals is a name only inside a line (not a label or heading
  // opening it: 'DINDIAL (VOICE):', 'CARRIED'), before a lower-case word of the clause, and when it is no English word.
  if (letters.length >= 7 && (lexiconTags(letters.toLowerCase()).length > 0 || /(?:^|\n)[ \t]*$/.test(c.text.slice(Math.max(0, seq[0]!.start - 40), seq[0]!.start)) || !/^[ \t]+\p{Ll}/u.test(c.text.slice(seq[0]!.end, seq[0]!.end + 2)))) return false;
  const after = c.text.slice(seq[0]!.end, seq[0]!.end + 2);
  if (/^-\d/.test(after)) return false;
  const next = c.tokens[c.after];
  if (!next || next.capital || !/^[ \t]+$/.test(c.text.slice(seq[0]!.end, next.start))) return true;
  const tags = lexiconTags(next.text.toLowerCase());
  const noun = tags.some((t) => t === 'Noun' || t === 'Plural' || t === 'Singular' || t === 'Uncountable') || /s$/.test(next.text);
  return !noun || SPEECH_VERBS.has(next.text.toLowerCase());
}
