import type { Mention } from './mentions';
import { foldSurface } from './fold';

function isAllCaps(s: string): boolean {
  return !/\p{Ll}/u.test(s) && /\p{Lu}{2}/u.test(s) && s.length > 4;
}

/**
 * The entity's name (its fullest form: most name words, then longest) and its aliases
 * (every distinct form, headline capitals replaced by the body's spelling where one exists).
 */
export function displayName(mentions: readonly Mention[]): { name: string; aliases: string[] } {
  const byFold = new Map<string, { surface: string; length: number; misspelt: boolean; other: boolean }>();
  for (const m of mentions) {
    const key = foldSurface(m.surface);
    const seen = byFold.get(key);
    if (!seen || (isAllCaps(seen.surface) && !isAllCaps(m.surface))) byFold.set(key, { surface: m.surface, length: m.length, misspelt: m.misspelt === true, other: m.aliasOf !== undefined });
  }
  const forms = [...byFold.values()];
  // A native name given in brackets after the name the article uses ('(Junta Electoral de Mendoza)') is only an alias.
  const rank = (f: { surface: string; misspelt: boolean; other: boolean }) => Number(f.misspelt) * 2 + Number(isAllCaps(f.surface) || f.other);
  const best = [...forms].sort((a, b) => rank(a) - rank(b) || b.length - a.length || b.surface.length - a.surface.length)[0]!;
  // Known only from a headline or dateline ('SYRIA', 'PORTO ALEGRE'): written as a name is.
  const name = isAllCaps(best.surface) ? titleCase(best.surface) : best.surface;
  return { name, aliases: [...new Set([name, ...forms.map((f) => f.surface)])] };
}

function titleCase(s: string): string {
  return s.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}
