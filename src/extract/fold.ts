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

/** Replaces the letters NFKD does not split into a base letter and a mark. */
export function plainLetters(surface: string): string {
  return surface.replace(NOT_DECOMPOSED, (c) => PLAIN_LETTERS[c] ?? c);
}

function fold(surface: string): string {
  if (/^[a-z]+$/.test(surface)) return surface;
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
  let folded = cache.get(surface);
  if (folded === undefined) {
    if (cache.size >= MAX_CACHED) cache.clear();
    folded = fold(surface);
    cache.set(surface, folded);
  }
  return folded;
}
