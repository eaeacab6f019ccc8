import type { ExtractedRole } from './types';
import type { ResolvedMention } from './document';
import { foldSurface } from './fold';

/**
 * Appointment news ('people moves', v19): posts a sentence gives with a verb of moving into them.
 * Each rule reads a lower-case post as written, with an optional complement of lower-case words
 * after 'of' ('head of digital banking', 'director of capital markets supervision'), and needs an
 * organisation the sentence names (or 'its' resolves): no organisation, no role.
 */

/** A post as written: up to four lower-case words, then maybe 'of' and one to three lower-case words (no article). */
const POST = String.raw`((?:\p{Ll}[\p{Ll}-]*[ \t]+){0,3}\p{Ll}[\p{Ll}-]*(?:[ \t]+of[ \t]+(?!(?:the|a|an|its|their|his|her)\b)\p{Ll}[\p{Ll}-]*(?:[ \t]+\p{Ll}[\p{Ll}-]*){0,2})?)`;
/** What may follow a post: a date or clause word, a preposition, punctuation or the end. */
const POST_END = String.raw`(?=[ \t]+(?:on|from|in|at|of|after|when|effective|starting|next|this|with|to|and|replacing|succeeding)\b|[ \t]*[,.;]|[ \t]*$)`;
/** Words that are no part of a post's main words. */
const NOT_POST_WORD = /^(?:of|for|at|in|to|with|from|on|by|and|or|the|a|an|its|their|his|her|new|is|was|be|been|will|would)$/;

/** ' would become its chief executive', ' will take over as the new head of sales'. */
const BECOME = new RegExp(String.raw`^[ \t]+(?:will|would|is[ \t]+to|is[ \t]+set[ \t]+to|is[ \t]+due[ \t]+to|is[ \t]+expected[ \t]+to)[ \t]+(?:become|take[ \t]+over[ \t]+as|succeed[ \t]+\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*){0,3}[ \t]+as)[ \t]+(its|their|the)[ \t]+(?:new[ \t]+)?${POST}${POST_END}`, 'u');
/** ' joins the ' / ' has joined ' before an organisation. */
const JOINS = /^[ \t]+(?:joins|joined|has[ \t]+joined|will[ \t]+join|is[ \t]+joining|rejoins|rejoined)[ \t]+(?:the[ \t]+)?$/;
/** After the organisation joined: its bracketed acronym, then ' as (its) head of digital banking'. */
const JOINS_AS = new RegExp(String.raw`^(?:[ \t]*\([^()\n]{1,12}\))?[ \t]+as[ \t]+(?:its[ \t]+|the[ \t]+|a[ \t]+|an[ \t]+)?(?:new[ \t]+)?${POST}${POST_END}`, 'u');
/** After a person (and an appositive between commas): ' has been promoted to deputy group chief executive'. */
const PROMOTED = new RegExp(String.raw`^(,[^,;.\n]{1,100},)?[ \t]+(?:has[ \t]+been|have[ \t]+been|had[ \t]+been|was|is|will[ \t]+be)[ \t]+(?:promoted|elevated|moved[ \t]+up)[ \t]+to[ \t]+(?:the[ \t]+(?:post|role|position)[ \t]+of[ \t]+)?(?:its[ \t]+|the[ \t]+)?(?:new[ \t]+)?${POST}${POST_END}`, 'u');
/** 'of' or 'at' right before an organisation, after a post: ' at the ', ' of '. */
const OWNER_LEAD = /^[ \t]+(?:of|at)[ \t]+(?:the[ \t]+)?$/;
/** A list row: a bullet, the name, a dash, the post, a comma, the organisation ('• Name — general counsel, Company (from ...)'). */
const ROW_DASH = /^[ \t]+[—–-][ \t]+((?:\p{Ll}[\p{Ll}-]*[ \t]+){0,3}\p{Ll}[\p{Ll}-]*(?:[ \t]+of[ \t]+\p{Ll}[\p{Ll}-]*(?:[ \t]+\p{Ll}[\p{Ll}-]*){0,2})?),[ \t]+(?:the[ \t]+)?$/u;
const ROW_START = /(?:^|\n)[ \t]*(?:[•·*▪◦‣-]|\d{1,2}[.)])[ \t]*$/;
/** What ends a list row after its organisation: a bracket, the line's end, a full stop. */
const ROW_END = /^(?:[ \t]*\(|[ \t]*[.;]?[ \t]*(?:\n|$))/;

/** True when a post's main words (before 'of') are free of prepositions, articles and verbs, and its head is a title. */
function fits(post: string, isTitle: (phrase: string) => boolean): boolean {
  const main = post.split(/[ \t]+of[ \t]+/)[0]!;
  return !main.split(/[ \t]+/).some((w) => NOT_POST_WORD.test(w)) && isTitle(post);
}

/** The organisation mention starting right at `at` ('the' skipped), when it is one. */
function organisationAt(mentions: readonly ResolvedMention[], byStart: ReadonlyMap<number, ResolvedMention>, text: string, at: number): ResolvedMention | undefined {
  const the = /^the[ \t]+/.exec(text.slice(at, at + 4));
  const x = byStart.get(at + (the ? the[0].length : 0));
  return x && x.kind === 'ORGANIZATION' ? x : undefined;
}

/**
 * 'Bahrain Bourse said that X would become its chief executive on July 1' (the organisation 'its'
 * means), 'X will become the chief operating officer of Y' (the organisation after 'of'/'at');
 * 'X joins the National Bank of Z (NBZ) as head of digital banking from ...' (the organisation
 * joined); 'X, chief financial officer of Y since 2033, has been promoted to deputy group chief
 * executive' (the organisation of the post the appositive names, or one after 'at'/'of');
 * '• X — chief risk officer, Bank Y' (a list row of moves).
 */
export function movesRoles(text: string, mentions: readonly ResolvedMention[], isTitle: (phrase: string) => boolean, itsOwner: (at: number) => string | undefined): ExtractedRole[] {
  const roles: ExtractedRole[] = [];
  const byStart = new Map(mentions.map((m) => [m.start, m]));
  for (let i = 0; i < mentions.length; i++) {
    const person = mentions[i]!;
    if (person.kind !== 'PERSON') continue;
    const after = text.slice(person.end, person.end + 220);
    const role = (title: string, organization: string | undefined, end: number) => {
      if (organization && organization !== person.key) roles.push({ person: person.key, title, organization, start: person.start, end });
    };
    const become = BECOME.exec(after);
    if (become && fits(become[2]!, isTitle)) {
      const end = person.end + become[0].length;
      const lead = OWNER_LEAD.exec(text.slice(end, end + 10));
      const named = lead ? organisationAt(mentions, byStart, text, end + lead[0].length - (lead[0].endsWith('the ') ? 4 : 0)) : undefined;
      role(become[2]!, named?.key ?? (become[1] === 'the' ? undefined : itsOwner(person.start)), end);
      continue;
    }
    const joins = JOINS.exec(text.slice(person.end, (mentions[i + 1]?.start ?? person.end) + 0));
    const joined = joins ? mentions[i + 1] : undefined;
    if (joined && joined.kind === 'ORGANIZATION') {
      const as = JOINS_AS.exec(text.slice(joined.end, joined.end + 120));
      if (as && fits(as[1]!, isTitle)) role(as[1]!, joined.key, joined.end + as[0].length);
      continue;
    }
    const promoted = PROMOTED.exec(after);
    if (promoted && fits(promoted[2]!, isTitle)) {
      const end = person.end + promoted[0].length;
      const lead = OWNER_LEAD.exec(text.slice(end, end + 10));
      const named = lead ? organisationAt(mentions, byStart, text, end + lead[0].length - (lead[0].endsWith('the ') ? 4 : 0)) : undefined;
      // The appositive's post: its organisation after 'of'/'at', as the appositive reads it.
      const apposEnd = person.end + (promoted[1]?.length ?? 0);
      const held = promoted[1] ? mentions.find((x) => x.start > person.end && x.end <= apposEnd && x.kind !== 'PERSON' && /[ \t](?:of|at)[ \t]+(?:the[ \t]+)?$/.test(text.slice(person.end, x.start))) : undefined;
      role(promoted[2]!, named?.key ?? held?.key, end);
      continue;
    }
    // '• Omar X — chief risk officer, Bank Y (from ...)'.
    if (ROW_START.test(text.slice(Math.max(0, person.start - 6), person.start))) {
      const next = mentions[i + 1];
      const row = next && next.kind !== 'PERSON' ? ROW_DASH.exec(text.slice(person.end, next.start)) : null;
      if (next && row && fits(row[1]!, isTitle) && ROW_END.test(text.slice(next.end, next.end + 4))) role(row[1]!, next.key, next.end);
    }
  }
  return roles;
}

/** An all-capitals line: a company head in a round-up ('GULF AIR', 'ALUMINIUM BAHRAIN (ALBA)'). */
const CAPS_LINE = /^[ \t]*([\p{Lu}][\p{Lu}\d&.'’ -]{2,60}?)(?:[ \t]*\([\p{Lu}\d&.-]{2,12}\))?[ \t]*$/u;
/** 'The national carrier has hired X as chief commercial officer': a description, an appointing verb, the person. */
const DESCRIBED_APPOINTER = /(?:^|\n|[.!?][ \t]+)The[ \t]+(?:\p{Ll}[\p{Ll}-]*[ \t]+){0,2}\p{Ll}[\p{Ll}-]*[ \t]+(?:has[ \t]+|have[ \t]+)?(?:named|appointed|hired|promoted|picked|chose|elected|tapped)[ \t]+$/u;
/** After the person: ' as chief commercial officer'. */
const AS_POST = new RegExp(String.raw`^(?:,[^,.;\n]{1,60},)?[ \t]+as[ \t]+(?:its[ \t]+|their[ \t]+|the[ \t]+)?(?:new[ \t]+)?${POST}${POST_END}`, 'u');

/**
 * In a round-up with a capitalised head per item ('GULF AIR' over 'The national carrier has hired
 * X as chief commercial officer.'), a description appointing someone stands for the organisation
 * the head names (one the article names in the body too).
 */
export function sectionHeadRoles(text: string, mentions: readonly ResolvedMention[], isTitle: (phrase: string) => boolean): ExtractedRole[] {
  const roles: ExtractedRole[] = [];
  let organisations: Map<string, string> | undefined;
  for (const person of mentions) {
    if (person.kind !== 'PERSON' || !DESCRIBED_APPOINTER.test(text.slice(Math.max(0, person.start - 60), person.start))) continue;
    const as = AS_POST.exec(text.slice(person.end, person.end + 120));
    if (!as || !fits(as[1]!, isTitle)) continue;
    // The head: the last non-empty line before this paragraph.
    const paragraph = text.lastIndexOf('\n', person.start);
    if (paragraph < 0) continue;
    const lines = text.slice(Math.max(0, paragraph - 80), paragraph).split('\n').filter((l) => l.trim() !== '');
    const head = CAPS_LINE.exec(lines[lines.length - 1] ?? '');
    if (!head || !/\p{Lu}{2}/u.test(head[1]!)) continue;
    organisations ??= new Map(mentions.filter((x) => x.kind === 'ORGANIZATION').map((x) => [foldSurface(x.surface), x.key]));
    const organization = organisations.get(foldSurface(head[1]!.trim()));
    if (organization) roles.push({ person: person.key, title: as[1]!, organization, start: person.start, end: person.end + as[0].length });
  }
  return roles;
}
