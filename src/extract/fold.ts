/** Folded forms already computed: the same words recur in every article and every rule. */
const cache = new Map<string, string>();
/** Bound on the cache so a long ingestion run does not grow it without end. */
const MAX_CACHED = 100_000;

/**
 * Letters Unicode decomposition leaves whole: Turkish dotless 'ı' ('Yıldız' = 'Yildiz'), 'ø', 'ł', 'đ', 'ß', 'æ', 'œ',
 * and the Azerbaijani schwa 'ə', which English-language news writes 'a' ('Məmmədov' = 'Mammadov', 'Əliyev' = 'Aliyev').
 */
const PLAIN_LETTERS: Record<string, string> = { ı: 'i', ø: 'o', Ø: 'O', ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ß: 'ss', æ: 'ae', Æ: 'Ae', œ: 'oe', Œ: 'Oe', ð: 'd', þ: 'th', ə: 'a', Ə: 'A' };
const NOT_DECOMPOSED = /[ıøØłŁđĐßæÆœŒðþəƏ]/g;

/** A word of plain lower-case letters, which folding leaves as it is. */
const PLAIN_WORD = /^[a-z]+$/;

/** Replaces the letters NFKD does not split into a base letter and a mark. */
export function plainLetters(surface: string): string {
  return surface.replace(NOT_DECOMPOSED, (c) => PLAIN_LETTERS[c] ?? c);
}

/**
 * foldSurface() without the cache, for names folded once while the tables are built (60,000 town names): cached,
 * they would crowd the cache with keys articles rarely look up, and each lookup of a word that does recur would be slower.
 */
export function fold(surface: string): string {
  if (PLAIN_WORD.test(surface)) return surface;
  return plainLetters(surface)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/(\p{L})\.(?=\p{L}|$)/gu, '$1')
    .replace(/[’‘`´']/g, '')
    .replace(/[^\p{L}\p{N}&]+/gu, ' ')
    .trim();
}

/**
 * The key a surface is looked up by in every table: diacritics, case, dots ('U.S.'),
 * apostrophes and hyphens folded ('Al-Qaeda' -> 'al qaeda', 'Genève' -> 'geneve').
 */
export function foldSurface(surface: string): string {
  // A plain lower-case word folds to itself: cheaper to see than to look up, and it keeps the cache for the rest.
  if (PLAIN_WORD.test(surface)) return surface;
  let folded = cache.get(surface);
  if (folded === undefined) {
    if (cache.size >= MAX_CACHED) cache.clear();
    folded = fold(surface);
    cache.set(surface, folded);
  }
  return folded;
}
