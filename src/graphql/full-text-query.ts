/**
 * Turns what a person typed into an FTS5 query: every word must match, the last as a prefix
 * (so "kerr" finds Kerry while typing). Operators and quotes in the input are treated as text,
 * never as FTS5 syntax, so no input can make the query fail. Returns null when no word remains.
 */
export function toFullTextQuery(input: string): string | null {
  const words = input.normalize('NFKC').match(/[\p{L}\p{N}]+/gu)?.slice(0, 16) ?? [];
  if (words.length === 0) return null;
  return words.map((w, i) => `"${w}"${i === words.length - 1 ? '*' : ''}`).join(' ');
}
