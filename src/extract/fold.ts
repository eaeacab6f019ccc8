/**
 * The key a surface is looked up by in every table: diacritics, case, dots ('U.S.'),
 * apostrophes and hyphens folded ('Al-Qaeda' -> 'al qaeda', 'Genève' -> 'geneve').
 */
export function foldSurface(surface: string): string {
  return surface
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/(\p{L})\.(?=\p{L}|$)/gu, '$1')
    .replace(/[’‘`´']/g, '')
    .replace(/[^\p{L}\p{N}&]+/gu, ' ')
    .trim();
}
