export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

function month(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, '');
  return MONTHS.findIndex((m) => m === w || (w.length >= 3 && m.startsWith(w))) + 1;
}

function iso(y: number, m: number, d: number): string | undefined {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > 2100) return undefined;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Date forms a byline or header line uses, each with how to read it. */
const DATE_FORMS: readonly { re: RegExp; read: (m: RegExpExecArray) => string | undefined }[] = [
  // 'September 28, 2016', 'Sept. 28 2016'
  { re: /\b([A-Z][a-z]+\.?)\s+(\d{1,2}),?\s+(\d{4})\b/, read: (m) => iso(+m[3]!, month(m[1]!), +m[2]!) },
  // '28 September 2016'
  { re: /\b(\d{1,2})\s+([A-Z][a-z]+\.?),?\s+(\d{4})\b/, read: (m) => iso(+m[3]!, month(m[2]!), +m[1]!) },
  // '2016-09-28'
  { re: /\b(\d{4})-(\d{2})-(\d{2})\b/, read: (m) => iso(+m[1]!, +m[2]!, +m[3]!) },
  // '29.09.2016', '29/09/2016' (day first, as outside the US)
  { re: /\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b/, read: (m) => iso(+m[3]!, +m[2]!, +m[1]!) },
];

/** The first date a line gives, as YYYY-MM-DD, with where it starts. */
export function findDate(line: string): { iso: string; index: number; length: number } | undefined {
  let best: { iso: string; index: number; length: number } | undefined;
  for (const form of DATE_FORMS) {
    const m = form.re.exec(line);
    if (!m) continue;
    const value = form.read(m);
    if (value && (!best || m.index < best.index)) best = { iso: value, index: m.index, length: m[0].length };
  }
  return best;
}
