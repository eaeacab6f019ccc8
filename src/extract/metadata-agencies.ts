import { curated } from './curated';

/** Social platforms share the curated list with the agencies, but they never sign a story. */
const PLATFORMS = new Set(['instagram', 'facebook', 'linkedin', 'tiktok', 'youtube', 'whatsapp', 'telegram', 'twitter', 'bluesky', 'weibo', 'wechat', 'europol', 'eurojust', 'frontex']);
/** Words that only wire services put in their names: 'Kyodo News', 'Australian Associated Press', 'Anadolu Agency'. */
const WIRE_WORD = /\b(?:press|presse|presse-agentur|agency|agence|agencia|agência|agenzia|wire|news service|associated)\b/i;

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
  if (known.has(n)) return true;
  if (n.split(/[\s/,]+/).some((w) => known.has(w))) return true;
  return WIRE_WORD.test(n) && /^\p{Lu}/u.test(name.trim());
}

/** A line that is only an agency's sign-off at the foot of a story: 'AAP', '==Kyodo', '— Reuters', '(EFE)'. */
export function isWireSignOff(line: string): boolean {
  const m = /^[=\-—–\s([]*([\p{L}][\p{L} .'’-]{0,40}?)[\s)\]=\-—–.]*$/u.exec(line);
  return m !== null && m[1]!.split(/\s+/).length <= 4 && wireNames().has(m[1]!.toLowerCase());
}
