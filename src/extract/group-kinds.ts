import { ADMINISTRATIVE_LEVELS, type MentionGroup } from './coref';
import { foldSurface } from './fold';
import { isLegalForm } from './vocabulary';
import { isCommonWord, lookupGazetteer } from './gazetteer';
import { PLAYING_POSITIONS, RENAMED_PLATFORMS, SPORTS_WORDS } from './entity-words';

/** Place prepositions before a town's name: 'who play in Izmir' is the town, not its club. */
const PLACE_PREPOSITION = /\b(?:in|near|from|outside|around|across|to)\s+$/i;

/** A legal form as written after a company's name, with a capital: 'Nordvik Batteri AS', 'Volvo AB', 'Acme Ltd.' ('as' is a word). */
const writtenLegalForm = (word: string) => (/^\p{Lu}/u.test(word) && isLegalForm(word)) || /^(?:ehf|hf|plc)\.?$/.test(word);

/** Legal forms written before a company's name: 'PT Sejuk Logistik' (Indonesia), 'PJSC', 'JSC', 'OOO', 'UAB Nemunas Tiltai' (Lithuania), 'SIA' (Latvia). */
const LEGAL_FORM_BEFORE = /^(?:PT|CV|PJSC|JSC|OJSC|OAO|ZAO|PAO|OOO|TOO|UAB|AB|SIA|TOV|AS)$/;

function longest(g: MentionGroup): string {
  return g.mentions.reduce((a, m) => (m.surface.length > a.length ? m.surface : a), '');
}

/** The brackets of a squad or transfer list's line, up to a name: 'X (striker, ', 'X (centre-back, '. */
const POSITION_BRACKET_BEFORE = /\(([\p{Ll}-]+(?:[ \t][\p{Ll}-]+)?),[ \t]+$/u;

/**
 * True when a group no table knows is named in a player's brackets after the position ('Luka Varga (striker, Sonnfeld,
 * EUR 2m)'): the name there is the club he came from or went to. Not when a firm cue elsewhere makes the name a person.
 */
function clubInPlayerBrackets(g: MentionGroup, text: string): boolean {
  if (g.mentions.some((m) => m.id && !m.id.startsWith('city:'))) return false;
  let inBrackets = 0;
  for (const m of g.mentions) {
    const position = POSITION_BRACKET_BEFORE.exec(text.slice(Math.max(0, m.start - 32), m.start))?.[1];
    if (position && PLAYING_POSITIONS.has(position)) inBrackets++;
    else if (m.kind === 'PERSON' && !m.weak && m.evidence !== 'guess') return false;
  }
  return inBrackets > 0;
}

/** A line opening with a full name (two to four capitalised words) and a bracket, up to a name: 'Luis Ordonez (' of a ratings line. */
const PLAYER_LINE_BEFORE = /(?:^|\n)[ \t]*\p{Lu}[\p{L}'’.-]+(?:[ \t]+\p{Lu}[\p{L}'’.-]+){1,3}[ \t]+\($/u;

/** True when the text has three sports words or more (SPORTS_WORDS): a sports report. */
function isSportsReport(text: string): boolean {
  return new Set((text.match(SPORTS_WORDS) ?? []).map((w) => w.toLowerCase())).size >= 3;
}

/**
 * True when every mention of a group that no table knows as a country stands alone in brackets after a full name opening
 * its line ('Luis Ordonez (Olimpia) – 7.', a ratings or squad line): the name in brackets is the player's club.
 */
function clubAfterPlayerLine(g: MentionGroup, text: string): boolean {
  if (g.mentions.some((m) => m.id && !m.id.startsWith('city:'))) return false;
  return g.mentions.every((m) => text[m.end] === ')' && PLAYER_LINE_BEFORE.test(text.slice(Math.max(0, m.start - 60), m.start)));
}

function setKind(g: MentionGroup, kind: MentionGroup['kind']): void {
  g.kind = kind;
  g.mentions = g.mentions.map((m) => ({ ...m, kind, evidence: m.evidence === 'guess' ? 'cue' : m.evidence, id: m.id?.startsWith('city:') ? undefined : m.id }));
}

/**
 * A group's kind after grouping: the kind its firm evidence agrees on. Grouping ranks a full
 * name read as a person ahead of everything, even when only 'X said' made it one; when every
 * mention with a firm cue or table entry says otherwise ('lithium producer X', 'Shares of X'),
 * that kind wins. Groups a gazetteer id names, or whose firm mentions disagree, keep their kind.
 * Then an organisation named once with its legal form before or after ('Nordvik Batteri AS',
 * 'PT Sejuk Logistik Nusantara') takes in the groups of its leading words without it ('Nordvik
 * Batteri', 'Sejuk Logistik', 'Sejuk'). Returns the groups left.
 */
export function settleGroupKinds(groups: MentionGroup[], text = ''): MentionGroup[] {
  for (const g of groups) if (g.kind !== 'ORGANIZATION' && clubInPlayerBrackets(g, text)) setKind(g, 'ORGANIZATION');
  let sports: boolean | undefined;
  for (const g of groups) if (g.kind !== 'ORGANIZATION' && clubAfterPlayerLine(g, text) && (sports ??= isSportsReport(text))) setKind(g, 'ORGANIZATION');
  // 'in a post on X': a platform a cue found under its new name takes the media list's id of its former one.
  for (const g of groups) {
    const former = g.kind === 'ORGANIZATION' && g.mentions.every((m) => !m.id && m.surface === g.mentions[0]!.surface) ? RENAMED_PLATFORMS.get(g.mentions[0]!.surface) : undefined;
    const id = former ? lookupGazetteer(former)?.id : undefined;
    if (id) g.mentions = g.mentions.map((m) => ({ ...m, id }));
  }
  for (const g of groups) {
    if (g.mentions.some((m) => m.id)) continue;
    const firm = new Set(g.mentions.filter((m) => m.kind && !m.weak && (m.evidence === 'known' || m.evidence === 'cue')).map((m) => m.kind!));
    if (firm.size > 1) {
      // A one-word name whose cues disagree ('as Kangerlussuaq era ends' reads a person,
      // 'Kangerlussuaq, a settlement' a place): the kind most mentions vote for wins, a cue
      // counting twice a guess. Longer names keep their kind: their own words decide.
      if (g.mentions.some((m) => m.length !== 1)) continue;
      const votes = new Map<MentionGroup['kind'], number>();
      for (const m of g.mentions) if (m.kind && !m.weak) votes.set(m.kind, (votes.get(m.kind) ?? 0) + (m.evidence === 'guess' ? 1 : 2));
      const [best, second] = [...votes].sort((x, y) => y[1] - x[1]);
      if (best && (!second || best[1] > second[1])) g.kind = best[0];
      continue;
    }
    if (firm.size !== 1) continue;
    const [kind] = firm;
    if (kind === g.kind) continue;
    // Only when the current kind rests on weak or guessed mentions alone.
    if (g.mentions.some((m) => m.kind === g.kind && !m.weak && m.evidence !== 'guess')) continue;
    g.kind = kind!;
  }
  const gone = new Set<MentionGroup>();
  for (const g of groups) {
    if (g.kind !== 'ORGANIZATION') continue;
    const words = longest(g).split(/\s+/);
    let from = 0;
    let cut = words.length;
    while (cut > 1 && writtenLegalForm(words[cut - 1]!)) cut--;
    while (from < cut - 1 && LEGAL_FORM_BEFORE.test(words[from]!)) from++;
    if ((cut === words.length && from === 0) || cut - from < 1) continue;
    const bare = words.slice(from, cut).join(' ');
    // 'Valseriana' for 'Rettifiche Valseriana S.p.A.': the word before the legal form, when no table knows it, is a short form too.
    const lastWord = cut - from >= 2 ? words[cut - 1]! : undefined;
    const shortForm = lastWord !== undefined && /^\p{Lu}\p{Ll}{3,}$/u.test(lastWord) && !isCommonWord(lastWord) && !lookupGazetteer(lastWord) ? lastWord : undefined;
    const ownPrefix = (surface: string) => surface === bare || bare.startsWith(`${surface} `) || surface === shortForm;
    for (const other of groups) {
      if (other === g || gone.has(other) || other.mentions.some((m) => m.id) || other.kind === 'PLACE') continue;
      if (!other.mentions.every((m) => ownPrefix(m.surface))) continue;
      // A name written once with its legal form takes in its leading words: 'Nordvik Batteri'
      // for 'Nordvik Batteri AS', 'Sejuk Logistik' for 'PT Sejuk Logistik Nusantara'; a group
      // a firm cue makes a person stays apart.
      if (other.kind === 'PERSON' && other.mentions.some((m) => m.kind === 'PERSON' && !m.weak && (m.evidence === 'known' || m.evidence === 'cue'))) continue;
      g.mentions.push(...other.mentions);
      for (const k of other.keys) g.keys.add(k);
      gone.add(other);
    }
    g.mentions.sort((a, b) => a.start - b.start);
  }
  // 'Körfez' for 'İzmir Körfez Basket': a club named by its town, a word no lexicon knows and an
  // organisation word goes by that middle word; its groups join the club, unless the town is meant ('in Körfez').
  for (const g of groups) {
    if (gone.has(g) || g.kind !== 'ORGANIZATION' || g.mentions.some((m) => m.id)) continue;
    const words = longest(g).split(/\s+/);
    if (words.length !== 3 || !lookupGazetteer(words[0]!)?.id.startsWith('city:') || isCommonWord(words[1]!) || !/^\p{Lu}\p{Ll}/u.test(words[1]!)) continue;
    for (const other of groups) {
      if (other === g || gone.has(other) || other.kind === 'PERSON') continue;
      if (!other.mentions.every((m) => m.surface === words[1] && (!m.id || (m.id.startsWith('city:') && !PLACE_PREPOSITION.test(text.slice(Math.max(0, m.start - 12), m.start)))))) continue;
      g.mentions.push(...other.mentions.map((m) => ({ ...m, id: undefined, kind: 'ORGANIZATION' as const })));
      for (const k of other.keys) g.keys.add(k);
      gone.add(other);
    }
    g.mentions.sort((a, b) => a.start - b.start);
  }
  // 'KÍ' before 'KÍ Klaksvík': a one-word organisation no table knows, named before the fuller name it opens, joins that
  // organisation when exactly one opens with it (grouping met the short form first).
  for (const g of groups) {
    if (gone.has(g) || g.kind !== 'ORGANIZATION' || g.mentions.some((m) => m.id || m.length !== 1 || /\s/.test(m.surface))) continue;
    const word = g.mentions[0]!.surface;
    // Not an acronym the article gives in brackets for another name: '... geležinkeliai (LTG)' before 'LTG Infra'.
    if (!g.mentions.every((m) => m.surface === word) || text.includes(`(${word})`)) continue;
    // Not a place before an administrative level ('Sindh' of 'Sindh Provincial Disaster Management Authority').
    const fuller = groups.filter((o) => o !== g && !gone.has(o) && o.kind === 'ORGANIZATION' && !o.mentions.some((m) => m.id) && longest(o).startsWith(`${word} `) && !ADMINISTRATIVE_LEVELS.has(foldSurface(longest(o).split(/\s+/)[1] ?? '')));
    if (fuller.length !== 1) continue;
    const into = fuller[0]!;
    into.mentions.push(...g.mentions);
    for (const k of g.keys) into.keys.add(k);
    into.mentions.sort((a, b) => a.start - b.start);
    gone.add(g);
  }
  return groups.filter((g) => !gone.has(g));
}
