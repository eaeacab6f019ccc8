/**
 * Malay honorifics and titles of honour (Malaysia, Brunei, Singapore), written between a post and
 * the name: 'Minister of Education Dato Seri Setia Dr Haji X', 'Deputy Minister Datuk Seri Y',
 * 'LegCo member Yang Berhormat Dayang Z'. They are styles conferred on the person, no part of the
 * post (GUIDELINES §4: honorifics are no roles). General vocabulary, not names: each is a style of
 * address or an order's title.
 *
 * A run must open with a word that is only ever a style ('Dato', 'Datuk', 'Pehin', 'Tan Sri',
 * 'Yang Berhormat' ...); the words that only qualify a style ('Seri', 'Setia', 'Paduka') may follow
 * it but never open a run, so 'Sri Lanka' or a title ending in 'Seri' stays as written.
 */
const STYLE_OPENER = String.raw`(?:Dato['’]?|Datuk|Datin|Tun|Toh\s+Puan|Tan\s+Sri|Puan\s+Sri|Pehin|Pengiran|Yang\s+(?:Amat\s+)?(?:Berhormat|Mulia)|Haji|Hajah|Hj|Hjh|Awang|Dayang)`;
/** Words that continue a style: 'Seri', 'Setia', 'Paduka', 'Orang Kaya', another style, or 'Dr'. */
const STYLE_WORD = String.raw`(?:Seri|Sri|Setia|Paduka|Utama|Lela|Indera|Wijaya|Diraja|Orang\s+Kaya|Dr\.?|${STYLE_OPENER})`;
/** A trailing run of styles after a title. */
const TRAILING_STYLES = new RegExp(String.raw`(?:[ \t]+${STYLE_OPENER}(?:[ \t]+${STYLE_WORD})*)+$`, 'u');

/** A title less the Malay styles read after it: 'Minister of Education Dato Seri Setia' -> 'Minister of Education'. */
export function withoutTrailingStyles(title: string): string {
  // Fast path: the titles that end in no capitalised word of a style's shape.
  if (!/[A-Z][a-z'’.]*$/.test(title)) return title;
  const cut = title.replace(TRAILING_STYLES, '');
  return cut.trim() === '' ? title : cut;
}
