export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

function month(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, '');
  return MONTHS.findIndex((m) => m === w || (w.length >= 3 && m.startsWith(w))) + 1;
}

function iso(y: number, m: number, d: number): string | undefined {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > 2100) return undefined;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** An English month name or its abbreviation, any case: 'September', 'Sept.', 'DEC'. */
const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
/** A day of the month, with an English ordinal ending: '3', '3rd', '21st'. */
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';

/** Date forms a byline or header line uses, each with how to read it. */
const DATE_FORMS: readonly { re: RegExp; read: (m: RegExpExecArray) => string | undefined }[] = [
  // 'September 28, 2016', 'Sept. 28 2016', 'May 3rd, 2027', 'DEC 17, 2027'
  { re: new RegExp(`\\b(${MONTH})\\s+${DAY},?\\s+(\\d{4})(?!\\d)`, 'gi'), read: (m) => iso(+m[3]!, month(m[1]!), +m[2]!) },
  // '28 September 2016', '3rd May, 2027', 'Tue 3 May 2027', '3 de mayo de 2027' is not English and not read
  { re: new RegExp(`\\b${DAY}\\s+(?:of\\s+)?(${MONTH}),?\\s+(\\d{4})(?!\\d)`, 'gi'), read: (m) => iso(+m[3]!, month(m[2]!), +m[1]!) },
  // '10-FEB-2042', '9-Feb-2042': a release portal's day, month abbreviation and year joined by hyphens
  { re: new RegExp(`\\b(\\d{1,2})-(${MONTH})-(\\d{4})(?!\\d)`, 'gi'), read: (m) => iso(+m[3]!, month(m[2]!), +m[1]!) },
  // '2016-09-28', '2027-05-03T14:05:00Z', '2027/05/03', '2028.05.16' (year first: always year, month, day)
  { re: /\b(\d{4})([-/.])(\d{2})\2(\d{2})(?![\d.]\d)/g, read: (m) => iso(+m[1]!, +m[3]!, +m[4]!) },
  // '29.09.2016', '29/09/2016', '21-08-2029' (day first, as outside the US; one separator throughout);
  // '02/19/2036' (month first, US and Taiwanese wire style) only when no month could be the second number.
  { re: /\b(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?!\d)/g, read: (m) => iso(+m[4]!, +m[3]!, +m[1]!) ?? (+m[3]! > 12 ? iso(+m[4]!, +m[1]!, +m[3]!) : undefined) },
];

/** The first date a line gives, as YYYY-MM-DD, with where it starts. */
export function findDate(line: string): { iso: string; index: number; length: number } | undefined {
  let best: { iso: string; index: number; length: number } | undefined;
  for (const form of DATE_FORMS) {
    form.re.lastIndex = 0;
    for (let m = form.re.exec(line); m !== null; m = form.re.exec(line)) {
      if (best && m.index >= best.index) break;
      const value = form.read(m);
      if (value) {
        best = { iso: value, index: m.index, length: m[0].length };
        break;
      }
    }
  }
  return best;
}
