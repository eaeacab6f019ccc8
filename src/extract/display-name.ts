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
  const byFold = new Map<string, { surface: string; length: number }>();
  for (const m of mentions) {
    const key = foldSurface(m.surface);
    const seen = byFold.get(key);
    if (!seen || (isAllCaps(seen.surface) && !isAllCaps(m.surface))) byFold.set(key, { surface: m.surface, length: m.length });
  }
  const forms = [...byFold.values()];
  const best = [...forms].sort((a, b) => Number(isAllCaps(a.surface)) - Number(isAllCaps(b.surface)) || b.length - a.length || b.surface.length - a.surface.length)[0]!;
  return { name: best.surface, aliases: forms.map((f) => f.surface) };
}
