/**
 * Damerau-Levenshtein distance (optimal string alignment) between `term` and the closest
 * prefix of `word`: how many typos separate what someone is typing from a name.
 */
export function prefixEditDistance(term: string, word: string): number {
  const n = term.length;
  const m = Math.min(word.length, n + 2);
  // rows[i][j]: distance between term[0..i) and word[0..j)
  let prev2: number[] = [];
  let prev: number[] = Array.from({ length: m + 1 }, (_, j) => j);
  for (let i = 1; i <= n; i++) {
    const row = [i];
    for (let j = 1; j <= m; j++) {
      const cost = term[i - 1] === word[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && term[i - 1] === word[j - 2] && term[i - 2] === word[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      row.push(d);
    }
    prev2 = prev;
    prev = row;
  }
  // A prefix of the word of any length may be what is being typed.
  return Math.min(...prev.slice(Math.max(0, n - 2)));
}

/** Typos tolerated for a term of this length: none below 4 letters, one up to 6, then two. */
export function typoBudget(term: string): number {
  return term.length < 4 ? 0 : term.length < 7 ? 1 : 2;
}
