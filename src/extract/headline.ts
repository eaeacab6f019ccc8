import type { Sentence } from './sentences';
import type { Mention } from './mentions';
import { tokenize } from './tokens';
import { foldSurface } from './fold';
import { isCommonWord, lookupGazetteer } from './gazetteer';
import { MIN_TABLE_ROWS, RESULT_ROW, TABLE_ROW } from './boilerplate';

/** A month's name or its abbreviation, any case. */
const MONTH_WORD = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?$/i;

/** Longest name looked for in an all-capitals line, in words. */
const MAX_WORDS = 5;

/** A name in a photo credit: 'Badru Katumba', 'Nord Sport', 'AP Photo', 'Getty Images'. */
const CREDIT_NAME = "\\p{Lu}[\\p{L}.'’&-]*(?:\\s+(?:\\p{Lu}[\\p{L}.'’&-]*|via|for|and|&)){0,4}";
/**
 * A sentence that is only a photo credit: a photo word and names ('Photo: Andrei Ilieș / Nord Sport',
 * '(Photo by Badru Katumba / AFP)', 'Photograph: Getty Images'), or names around a slash
 * ('EFE/Kai Försterling]', 'REUTERS/Jane Doe', '(AP Photo/Jane Doe)'), or the photo word and names between bars
 * ('Photo | Ana Ruiz | Coast Media Group'), or a credit's own word and names ('(Supplied: Harbour Workers Union)', '(Handout:
 * A)', '(Courtesy of B)').
 */
const CREDIT_SENTENCE = new RegExp(
  `^[\\[(]*(?:(?:(?:[Pp]hoto|PHOTO|[Pp]icture|[Pp]hotograph|[Ii]mage|[Ff]ile photo|[Vv]ideo|[Ff]oto)s?(?:\\s+(?:by|credit|courtesy(?:\\s+of)?))?\\s*[:/|]?|[Cc]redits?\\s*:|(?:[Ss]upplied|SUPPLIED|[Hh]andout|HANDOUT|[Cc]ourtesy|COURTESY)(?:\\s+(?:by|of))?\\s*:?)\\s*${CREDIT_NAME}(?:\\s*[/|]\\s*${CREDIT_NAME})*|${CREDIT_NAME}(?:\\s*\\/\\s*${CREDIT_NAME})+)[\\])]*\\.?[*_]*$`,
  'u',
);

/** True for a photo credit sentence: its names are the page's, not the story's. */
export function isCredit(text: string, sentence: Sentence): boolean {
  const body = text.slice(sentence.start, sentence.end).trim();
  return body.length <= 120 && CREDIT_SENTENCE.test(body);
}

/**
 * True for a sentence whose capitalisation tells nothing about names: a line written in
 * capitals, or a photo credit ('Photo: A / Nord Sport'), whose names are never the story's.
 */
export function isHeadline(text: string, sentence: Sentence): boolean {
  const body = text.slice(sentence.start, sentence.end);
  return isCapitals(body) || isCapitals(body.replace(HEADING_NOTE, '')) || isTitleCase(body) || isCredit(text, sentence);
}

/** A line written in capitals: two capitals in a row and no small letter. */
function isCapitals(body: string): boolean {
  // The small-letter test first: it fails at once on an ordinary line, where the capitals' one scans the whole line.
  return !/\p{Ll}/u.test(body) && /\p{Lu}{2}/u.test(body);
}

/**
 * A note in brackets after a heading in capitals, on its line: 'KEY EXCHANGES (from the committee transcript)',
 * 'THE VOTE (updated)'. The heading before it is still one in capitals, whose capitals tell nothing about names.
 */
const HEADING_NOTE = /\s+\((?=[^()\n]*\p{Ll})[^()\n]{1,60}\)$/u;

/** A word of four letters or more: in a Title Case line every one is capitalised. */
const LONG_WORD = /(?<![\p{L}\d'’-])\p{L}[\p{L}'’-]{3,}/gu;
/** A fact box's field opening a line: a short label in sentence case and a colon ('Referee: ', 'Sent off: '). */
const FIELD_START = /(?:^|\n)[ \t]*\p{Lu}\p{Ll}+(?:[ \t]+\p{Ll}+)?[ \t]*:[ \t]/gu;
/** Fewest long words a Title Case headline must have. */
const MIN_TITLE_CASE_WORDS = 5;

/**
 * A press-release headline in Title Case ('Yakro Drones Raises $14 Million Series A to Take Medical
 * Drone Deliveries to Ghana'): no sentence ends in it and every long word is capitalised, so its
 * capitals tell nothing about names.
 */
function isTitleCase(body: string): boolean {
  if (/[.!?]["”’]?\s*$/.test(body.trim())) return false;
  // 'Sent off: A (Herediano) 90'' / 'Referee: B' / 'Attendance: 21,400': lines of a fact box, whose names are the story's.
  if ((body.match(FIELD_START) ?? []).length >= 2) return false;
  // 'Douglas Central' / 'Ana Ruiz (Green) 1,412 ELECTED' / 'Tom Hale (Labour) 1,188': the rows of a results table, whose names
  // are the story's; so are a results list's ('Board 1: A (Singapore) 0-1 B (England)').
  if (body.includes('\n') && body.split('\n').filter((line) => TABLE_ROW.test(line.trim()) || RESULT_ROW.test(line.trim())).length >= MIN_TABLE_ROWS) return false;
  // 'Ana Ruiz-Pérez' / 'Returning Officer' / 'Port Louis': a notice's signature block, the signer's name in normal case over the
  // post and the place, whose names are the story's.
  if (body.includes('\n') && isSignatureBlock(body)) return false;
  const words = body.match(LONG_WORD);
  return words !== null && words.length >= MIN_TITLE_CASE_WORDS && words.every((w) => /^\p{Lu}/u.test(w));
}

/** A signer's name in normal case, two to four words: 'Ana Ruiz-Pérez', 'Tom de Hale'. */
const SIGNER_NAME = /^\p{Lu}\p{Ll}[\p{L}'’-]*(?:\s+(?:\p{Ll}{1,3}\s+)?\p{Lu}\p{Ll}[\p{L}'’-]*){1,3}$/u;
/** Most lines of a signature block (name, post, place or body), and most words on a line under the name. */
const MAX_SIGNATURE_LINES = 4;
const MAX_SIGNATURE_WORDS = 6;

/**
 * A signature block alone in its paragraph: a person's name in normal case on the first line, then one to three short lines
 * (post, office, place) with no sentence end, each opening with a capital.
 */
function isSignatureBlock(body: string): boolean {
  const lines = body.trim().split('\n').map((l) => l.trim());
  if (lines.length < 2 || lines.length > MAX_SIGNATURE_LINES || !SIGNER_NAME.test(lines[0]!)) return false;
  return lines.slice(1).every((l) => /^\p{Lu}/u.test(l) && l.split(/\s+/).length <= MAX_SIGNATURE_WORDS && !/[.!?:;,]["”’]?$/.test(l));
}

/**
 * Names in an all-capitals headline: word runs equal to a name the article body uses
 * ('JOHN KERRY'), else to a gazetteer name that is not an ordinary word ('ALEPPO').
 * Country codes are not trusted here ('IN', 'TO' would be countries).
 */
export function findHeadlineMentions(text: string, sentence: Sentence, known: ReadonlySet<string>): Mention[] {
  if (isCredit(text, sentence)) return [];
  const tokens = tokenize(text, sentence, () => false);
  const out: Mention[] = [];
  let i = 0;
  while (i < tokens.length) {
    let matched = 0;
    for (let n = Math.min(MAX_WORDS, tokens.length - i); n >= 1 && matched === 0; n--) {
      const first = tokens[i]!;
      const last = tokens[i + n - 1]!;
      const end = last.start + last.text.length;
      const surface = text.slice(first.start, end);
      const key = foldSurface(surface);
      const entry = lookupGazetteer(surface);
      const inBody = known.has(key);
      // 'YEREVAN, MARCH 3': a month beside a day is a date, never a place.
      const date = n === 1 && MONTH_WORD.test(surface) && (/^\s+\d{1,2}\b/.test(text.slice(end, end + 4)) || /\b\d{1,2}\s+$/.test(text.slice(Math.max(0, first.start - 4), first.start)));
      const gazetteer = entry && !entry.codeOnly && !(n === 1 && isCommonWord(surface));
      if (date || (!inBody && !gazetteer)) continue;
      out.push({ start: first.start, end, surface, sentence: sentence.index, length: n, kind: entry?.kind, evidence: 'known', id: entry?.id });
      matched = n;
    }
    i += Math.max(1, matched);
  }
  return out;
}

/**
 * A caption's credit after a bar that closes its last sentence: '... on Tuesday. | Photo Credit: SPECIAL ARRANGEMENT',
 * '... in September. | JIJI'. Group 1 is the credit, bar included.
 */
const BAR_CREDIT = /[.!?]["”’)]?\s*(\|\s*(?:(?:[Pp]hoto|PHOTO|[Ii]mage|IMAGE|[Pp]icture|[Ff]ile)\s*(?:[Cc]redit|CREDIT|[Cc]ourtesy)?s?\s*:\s*)?\p{Lu}[^|.!?]{0,60})$/u;
/**
 * A caption's credit after a dash or in brackets that closes its last sentence: '... on Tuesday. — Photo by A / White
 * Star', '... in May. (Photo: A)', '... at dawn. – Picture: Coast Media'. Group 1 is the credit, dash or bracket included.
 */
const CAPTION_CREDIT = new RegExp(
  `[.!?]["”’]?\\s*((?:[—–-]+\\s*|\\(\\s*)(?:(?:[Pp]hoto|PHOTO|[Pp]icture|[Pp]hotograph|[Ii]mage|[Ff]ile photo|[Ff]oto)s?(?:\\s+(?:by|credit|courtesy(?:\\s+of)?))?\\s*[:/]?|(?:[Ss]upplied|SUPPLIED|[Hh]andout|HANDOUT|[Cc]ourtesy|COURTESY)(?:\\s+(?:by|of))?\\s*:?)\\s*${CREDIT_NAME}(?:\\s*[/|]\\s*${CREDIT_NAME})*\\)?\\s*)$`,
  'u',
);
/**
 * A caption's credit in square brackets closing its line, the photographer and the agency or outlet around a slash: 'Steam
 * rises from a well near the lake [Ana Ruiz/Al Jazeera]', '... on Monday [Reuters/Tom Hale]'. Group 1 is the credit.
 */
const BRACKET_CREDIT = new RegExp(`\\s(\\[\\s*${CREDIT_NAME}\\s*\\/\\s*${CREDIT_NAME}\\s*\\])\\s*$`, 'u');
/**
 * A caption's label in square brackets opening its line, in any case: '[PHOTO: Parishioners carry ...]', '[Image: ...]',
 * '[Photo caption: ...]', '[VIDEO] ...'. General vocabulary of caption labels; the word names nothing. Group 1 is the label.
 */
const CAPTION_LABEL = /^\s*\[\s*((?:photo|image|picture|photograph|video|graphic|caption)s?(?:\s+caption)?)\s*[:\]]/i;
/** A photo word or a credit's own word ('(Supplied: A)', '(Handout: B)', '(Courtesy: C)'), looked for before CAPTION_CREDIT is tried. */
const CREDIT_WORD = /photo|picture|image|foto|supplied|handout|courtesy/i;
/** A column's or format's label opening the title, in capitals before a colon: 'COUNCIL NOTEBOOK: Lunenburg caps ...', 'EXPLAINER: Why ...'. Group 1 is the label. */
const KICKER = /^(\p{Lu}[\p{Lu}'’-]+(?:\s+\p{Lu}[\p{Lu}'’-]+){0,2})\s*:\s+(?=\p{Lu}(?:\p{Ll}|\s+\p{Ll}))/u;
/**
 * A page's format label opening the title before a colon, in any case: 'Letters to the Editor: Harbour plan, ...', 'Your letters: ...',
 * 'Editorial: ...', 'Obituary: ...'. General vocabulary of page formats; the words name nothing ('Editor' is no place).
 */
const FORMAT_KICKER = /^(?:(?:your|readers['’]?|our readers['’]?)\s+)?(?:letters?(?:\s+(?:to|for)\s+the\s+editors?)?|editorial|editor['’]s (?:note|letter|view)|leader|opinion|comment|column|analysis|explainer|obituary|review|interview|q\s*&\s*a|fact[- ]check)\s*:\s+(?=\S)/i;
/** An e-mail's subject field opening the title ('Subject: Pool report #3 -- ...'): the field's name is no mention. */
const MAIL_SUBJECT = /^subject\s*:\s+(?=\S)/i;
/**
 * A wire's slug opening the headline before a hyphen, perhaps with its version number: 'WRAPUP 2-Storm kills ...', 'UPDATE 1-...',
 * 'FACTBOX-...', 'EXCLUSIVE-...'. General vocabulary of wire slugs, in capitals; the word names nothing (the title keeps it).
 */
const WIRE_SLUG = /^(?:WRAPUP|UPDATE|FACTBOX|EXCLUSIVE|ANALYSIS|INSIGHT|FEATURE|EXPLAINER|TIMELINE|PREVIEW|INTERVIEW|COLUMN|REFILE|CORRECTED|RPT|SNAPSHOT|BREAKINGVIEWS|FOCUS|POLL|QUOTEBOX|GRAPHIC|SPECIAL REPORT|BRIEF|BUZZ|DEALTALK)(?:\s+\d{1,2})?\s?-(?=\s?\p{Lu}|\s?\d)/u;
/**
 * A writer's note label opening a line: 'Pooler's note: the last line got ...', 'Editor's note: ...', 'Reporter's note: ...'. The
 * label names nobody; the note after it stays body text.
 */
const NOTE_LABEL = /^[ \t]*(\p{Lu}\p{Ll}+['’]s\s+note)[ \t]*:/u;

/**
 * An editor's marker in brackets in a bulletin or live page: '[NEW]', '[UPDATE]', '[CORRECTION]'. General vocabulary of such
 * markers, in capitals; the word is no name.
 */
const EDITOR_MARK = /\[(?:NEW|UPDATED?|UPDATES|CORRECTION|CORRECTED|BREAKING|LIVE|WATCH|VIDEO|PHOTOS?|EXCLUSIVE|ANALYSIS|OPINION|ADDED|REVISED|DEVELOPING|URGENT|FLASH)\]/gu;

/**
 * A field's label opening a line, before a colon, in capitals or in sentence case: 'THE CLAIM: ', 'MADE BY: ', 'OUR VERDICT: ',
 * 'Reporting justice: ', 'Court: '. Group 1 is the label.
 */
const BOX_LABEL = /^[ \t]*(\p{Lu}[\p{Lu}'’-]*(?:[ \t]+\p{Lu}[\p{Lu}'’-]*){0,2}|\p{Lu}\p{Ll}+(?:[ \t]+\p{Ll}+){0,2})[ \t]*:[ \t]+\S/u;
/** Farthest a box label's colon lies from the start of its line. */
const MAX_LABEL_REACH = 40;
/** Fewest labelled lines in a row that make a box. */
const MIN_BOX_LABELS = 2;

/** Words the article writes in lower case somewhere ('region', 'data'): ordinary words, whatever the lexicon knows. */
function lowerCaseWords(text: string): Set<string> {
  return new Set(text.match(/(?<![\p{L}'’-])\p{Ll}[\p{Ll}'’-]*(?![\p{L}])/gu) ?? []);
}

/**
 * True when every word of a label is an ordinary word (the lexicon's, or one the article writes in lower case) and the whole
 * is no name the gazetteer knows: 'OUR VERDICT', 'WARNINGS BY REGION', not 'UNICEF'.
 */
function isOrdinaryLabel(label: string, lower: () => ReadonlySet<string>): boolean {
  return !lookupGazetteer(label) && label.split(/[\s-]+/).every((w) => w.length > 0 && (isCommonWord(w) || lower().has(w.toLowerCase())));
}

/**
 * The labels of a box, two or more labelled lines in a row with no label repeated ('THE CLAIM: ...' / 'MADE BY: ...' / 'OUR
 * VERDICT: MISLEADING'; 'Case: ...' / 'Reporting justice: ...'): page furniture, each label that is made of ordinary words.
 * Only labels of two words or more are dropped (a one-word label may be a speaker's name in a transcript, 'BAKER:'). The
 * values stay body text.
 */
function boxLabels(text: string, lower: () => ReadonlySet<string>): { start: number; end: number }[] {
  const labels: { start: number; end: number; lineStart: number; lineEnd: number; label: string }[] = [];
  // One pass over the lines; the pattern is tried only on a line with a colon near its start.
  for (let lineStart = 0; lineStart < text.length; ) {
    const nl = text.indexOf('\n', lineStart);
    const lineEnd = nl < 0 ? text.length : nl;
    if (text.slice(lineStart, Math.min(lineEnd, lineStart + MAX_LABEL_REACH + 1)).includes(':')) {
      const m = BOX_LABEL.exec(text.slice(lineStart, lineEnd));
      if (m) {
        const start = lineStart + m[0].indexOf(m[1]!);
        labels.push({ start, end: start + m[1]!.length, lineStart, lineEnd, label: m[1]! });
      }
    }
    lineStart = lineEnd + 1;
  }
  const out: { start: number; end: number }[] = [];
  let run: typeof labels = [];
  const flush = () => {
    const distinct = new Set(run.map((l) => l.label.toLowerCase())).size === run.length;
    if (run.length >= MIN_BOX_LABELS && distinct) for (const l of run) if (/\s/.test(l.label) && isOrdinaryLabel(l.label, lower)) out.push({ start: l.start, end: l.end });
    run = [];
  };
  for (const l of labels) {
    const last = run[run.length - 1];
    if (last && l.lineStart !== last.lineEnd + 1) flush();
    run.push(l);
  }
  flush();
  return out;
}

/**
 * A heading in capitals of ordinary words on its own line, run into the next line's sentence because no full stop parts them
 * ('WARNINGS BY REGION' over 'Valid from 06:00 on Wednesday ...'): a section label, page furniture naming nothing. A note in
 * brackets after it ('PROJECTED SEATS (14 national, 14 parish)' over a row of figures) is left out of the label and stays body text.
 */
function mergedHeadings(text: string, sentences: readonly Sentence[], lower: () => ReadonlySet<string>): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const s of sentences) {
    const nl = text.indexOf('\n', s.start);
    if (nl < 0 || nl >= s.end) continue;
    const line = text.slice(s.start, nl).trim();
    const heading = line.endsWith(')') ? line.replace(HEADING_NOTE, '') : line;
    if (isCapitals(heading) && heading.length <= 60 && isOrdinaryLabel(heading.replace(/[^\p{L}\s'’-]+/gu, ' ').trim(), lower)) {
      const at = text.indexOf(heading, s.start);
      out.push(heading === line ? { start: s.start, end: nl } : { start: at, end: at + heading.length });
    }
  }
  return out;
}

/**
 * A numbered item's label in capitals opening a line, before its reference number and a colon: 'MOTION 2037-01: THAT ...',
 * 'RESOLUTION 12/2030: ...', 'BYLAW NO. 45-2036: ...'. Group 1 is the label with its number, page structure naming nothing.
 */
const REFERENCE_LABEL = /^[ \t]*(\p{Lu}{3,}(?:[ \t]+\p{Lu}{3,})?[ \t]+(?:NO\.?[ \t]*|No\.?[ \t]*)?\d{1,4}[-/.]\d{1,4})[ \t]*:[ \t]/u;

/** The reference labels (REFERENCE_LABEL) and writers' note labels (NOTE_LABEL) opening lines of the text, one pass over its lines. */
function referenceLabels(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (let lineStart = 0; lineStart < text.length; ) {
    const nl = text.indexOf('\n', lineStart);
    const lineEnd = nl < 0 ? text.length : nl;
    const c = text.charCodeAt(lineStart);
    // Only a line opening with a capital (A-Z) or a blank is tried.
    if ((c >= 65 && c <= 90) || c === 32 || c === 9) {
      const head = text.slice(lineStart, Math.min(lineEnd, lineStart + MAX_LABEL_REACH + 1));
      const m = REFERENCE_LABEL.exec(head) ?? (head.includes('s note') ? NOTE_LABEL.exec(head) : null);
      if (m) {
        const start = lineStart + m[0].indexOf(m[1]!);
        out.push({ start, end: start + m[1]!.length });
      }
    }
    lineStart = lineEnd + 1;
  }
  return out;
}

/**
 * A broadcast reporter's sign-off closing a paragraph: 'For Harbour FM News, Ana Ruiz, Port Louis.' The outlet, the
 * reporter and the place are the programme's credit, not the story's names.
 */
const REPORTER_SIGN_OFF = /^For\s+(?:the\s+)?\p{Lu}[\p{L}\d'’&.-]*(?:\s+\p{Lu}[\p{L}\d'’&.-]*){0,4},\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}(?:,\s+\p{Lu}[\p{L}.'’-]*(?:[\s-]\p{Lu}[\p{L}.'’-]*){0,2})?\.$/u;

/** A newsletter's or column's name in Title Case opening the title before a colon: 'The Morning Briefing: ...'. Group 1 the name. */
const NAMED_KICKER = /^((?:The\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3})\s*:\s+\S/u;

/**
 * The title's opening name before a colon, when the page's own furniture (breadcrumb, sign-up prompt: text outside every
 * sentence) names it too and the story never does ('Newsletters › The Morning Briefing' over 'The Morning Briefing: Eastside
 * homes approved, ...'): the newsletter's or column's name, no mention.
 */
function namedKicker(text: string, sentences: readonly Sentence[], title: { start: number; end: number }): { start: number; end: number } | undefined {
  const m = NAMED_KICKER.exec(text.slice(title.start, title.end));
  if (!m || lookupGazetteer(m[1]!)) return undefined;
  const label = m[1]!.replace(/^The\s+/, '');
  const inSentence = (at: number) => sentences.some((t) => at >= t.start && at < t.end);
  let outside = false;
  for (let at = text.indexOf(label); at >= 0; at = text.indexOf(label, at + 1)) {
    if (at >= title.start && at < title.end) continue;
    // Named in the story's own sentences: a name, keep it.
    if (inSentence(at)) return undefined;
    outside = true;
  }
  return outside ? { start: title.start, end: title.start + m[1]!.length } : undefined;
}

/**
 * Stretches of body sentences that are page furniture and name nothing in the story: a caption's credit after a bar
 * (the photographer or the wire, 'Photo Credit'), after a dash or in brackets ('— Photo by A / White Star'), and a column label in capitals opening the title ('COUNCIL NOTEBOOK:')
 * when the gazetteer does not know it and the article never names it again. Mentions inside them are dropped.
 */
export function furnitureSpans(text: string, sentences: readonly Sentence[], title?: { start: number; end: number }): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const s of sentences) {
    const body = text.slice(s.start, s.end);
    const dash = CREDIT_WORD.test(body) ? CAPTION_CREDIT.exec(body) : null;
    if (dash) out.push({ start: s.start + dash.index + dash[0].length - dash[1]!.length, end: s.end });
    // 'For Harbour FM News, Ana Ruiz, Port Louis.' ending its paragraph: a reporter's sign-off.
    if (body.startsWith('For ') && REPORTER_SIGN_OFF.test(body) && /^[ \t]*(?:\n|$)/.test(text.slice(s.end, s.end + 8))) out.push({ start: s.start, end: s.end });
    const bracket = body.endsWith(']') ? BRACKET_CREDIT.exec(body) : null;
    if (bracket) out.push({ start: s.start + bracket.index + 1, end: s.end });
    const label = body.charCodeAt(body.search(/\S/)) === 0x5b ? CAPTION_LABEL.exec(body) : null;
    if (label) {
      const at = s.start + label[0].indexOf(label[1]!);
      out.push({ start: at, end: at + label[1]!.length });
    }
    if (body.includes('[')) for (const mark of body.matchAll(EDITOR_MARK)) out.push({ start: s.start + mark.index!, end: s.start + mark.index! + mark[0].length });
    if (!body.includes('|')) continue;
    const m = BAR_CREDIT.exec(body);
    if (m) {
      const at = s.start + m.index + m[0].length - m[1]!.length;
      out.push({ start: at, end: s.end });
    }
  }
  let lower: Set<string> | undefined;
  const lowerWords = () => (lower ??= lowerCaseWords(text));
  out.push(...boxLabels(text, lowerWords), ...mergedHeadings(text, sentences, lowerWords), ...referenceLabels(text));
  if (title) {
    const named = namedKicker(text, sentences, title);
    if (named) out.push(named);
    const head = text.slice(title.start, title.end);
    const field = MAIL_SUBJECT.exec(head) ?? WIRE_SLUG.exec(head);
    if (field) out.push({ start: title.start, end: title.start + field[0].trimEnd().length });
    const format = FORMAT_KICKER.exec(text.slice(title.start, title.end));
    if (format) out.push({ start: title.start, end: title.start + format[0].trimEnd().length });
    const m = KICKER.exec(text.slice(title.start, title.end));
    // The label named again in the story's own sentences is a name; boilerplate (a digest's disclaimer at the foot) does not count.
    const label = m ? m[1]!.toLowerCase() : '';
    if (m && !lookupGazetteer(m[1]!) && !sentences.some((t) => t.start >= title.end && text.slice(t.start, t.end).toLowerCase().includes(label))) out.push({ start: title.start, end: title.start + m[1]!.length });
  }
  return out;
}
