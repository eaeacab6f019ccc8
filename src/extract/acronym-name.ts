import type { Token } from './tokens';
import type { NameContext } from './name-context';
import { lexiconTags } from './lexicon';
import { SPEECH_VERBS } from './speech';

/** An acronym standing alone is a name unless it modifies a noun ('GPS trackers') or a number ('COVID-19'). */
export function isAcronymName(c: NameContext, seq: readonly Token[]): boolean {
  if (seq.length !== 1 || !/^\p{Lu}{2,6}$/u.test(seq[0]!.text.replace(/\./g, ''))) return false;
  const after = c.text.slice(seq[0]!.end, seq[0]!.end + 2);
  if (/^-\d/.test(after)) return false;
  const next = c.tokens[c.after];
  if (!next || next.capital || !/^[ \t]+$/.test(c.text.slice(seq[0]!.end, next.start))) return true;
  const tags = lexiconTags(next.text.toLowerCase());
  const noun = tags.some((t) => t === 'Noun' || t === 'Plural' || t === 'Singular' || t === 'Uncountable') || /s$/.test(next.text);
  return !noun || SPEECH_VERBS.has(next.text.toLowerCase());
}
