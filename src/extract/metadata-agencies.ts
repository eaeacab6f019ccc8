import { curated } from './curated';

/** Social platforms share the curated list with the agencies, but they never sign a story. */
const PLATFORMS = new Set(['instagram', 'facebook', 'linkedin', 'tiktok', 'youtube', 'whatsapp', 'telegram', 'twitter', 'bluesky', 'weibo', 'wechat', 'europol', 'eurojust', 'frontex']);
/** Words that only wire services put in their names: 'Kyodo News', 'Australian Associated Press', 'Anadolu Agency'. */
const WIRE_WORD = /\b(?:press|presse|presse-agentur|agency|agence|agencia|agência|agenzia|wire|news service|associated)\b/i;

/** Words in the names of papers and broadcasters, which sign their own stories but are no wires: 'Kyiv Independent', 'Coastal Times'. */
const OUTLET_WORD = /\b(?:independent|times|guardian|post|herald|tribune|journal|gazette|radio|television|tv|broadcasting|daily|weekly|magazine)\b/i;
/** A broadcaster's news service: 'BBC News', 'CBS News' (not 'KYODO NEWS', whose first word is a wire). */
const BROADCASTER_NEWS = /^(\p{Lu}{2,5})\s+news$/iu;

/** True for a paper's or broadcaster's name, which the curated list may know but which is no news agency. */
function isOutletName(name: string, known: ReadonlySet<string>): boolean {
  if (OUTLET_WORD.test(name) && !WIRE_WORD.test(name)) return true;
  const b = BROADCASTER_NEWS.exec(name);
  return b !== null && /^\p{Lu}+$/u.test(b[1]!) && !known.has(b[1]!.toLowerCase());
}

/** True for a paper's or broadcaster's name ('The Irish Times', 'CBC News'): it signs its own stories and is never the agency. */
export function isOutlet(name: string): boolean {
  return isOutletName(name.trim(), wireNames());
}

let wires: Set<string> | undefined;

function wireNames(): Set<string> {
  if (!wires) {
    const c = curated();
    const agencies = c.organizations.map((o) => o.name).filter((n) => WIRE_WORD.test(n) || n === 'Reuters');
    wires = new Set([...c.mediaOrganizations, ...agencies].map((n) => n.toLowerCase()).filter((n) => !PLATFORMS.has(n)));
    wires.add('reuters');
  }
  return wires;
}

/**
 * True for the name of a news agency: one the curated list knows ('EFE', 'Kyodo', 'AAP'), a name
 * holding one ('KYODO NEWS', 'AFP/Getty'), or one built with a wire word ('Australian Associated Press').
 */
export function isWireName(name: string): boolean {
  const n = name.trim().toLowerCase();
  if (n.length === 0) return false;
  const known = wireNames();
  if (isOutletName(name.trim(), known)) return false;
  if (known.has(n)) return true;
  if (n.split(/[\s/,]+/).some((w) => known.has(w))) return true;
  return WIRE_WORD.test(n) && /^\p{Lu}/u.test(name.trim());
}

/** A line that is only an agency's sign-off at the foot of a story: 'AAP', '==Kyodo', '— Reuters', '(EFE)'. */
export function isWireSignOff(line: string): boolean {
  const m = /^[=\-—–\s([]*([\p{L}][\p{L} .'’-]{0,40}?)[\s)\]=\-—–.]*$/u.exec(line);
  return m !== null && m[1]!.split(/\s+/).length <= 4 && wireNames().has(m[1]!.toLowerCase());
}
