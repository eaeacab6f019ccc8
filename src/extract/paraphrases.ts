import type { ExtractedStatement, Span } from './types';
import type { AnalysedText } from './document';
import { mentionsIn } from './document';
import { nearestPerson } from './attribution';
import { REPORTING_VERBS } from './speech';

/** Words between a subject and its verb that do not break the link: 'Kerry had said', 'Lavrov also said'. */
const AUXILIARY = /(?:\s+(?:has|had|have|also|later|then|again|previously|repeatedly|reportedly|on\s+\p{Lu}\p{Ll}+day|\p{Lu}\p{Ll}+day))*\s*$/u;
/** An appositive between subject and verb: 'Dmitry Peskov, Russian President Vladimir Putin's spokesperson, said'. */
const APPOSITIVE = /,[^,]{1,80},\s*$/;
/** Leading words of a reported clause that are not its content: 'said Tuesday that', 'said in a statement that'. */
const CLAUSE_LEAD = /^(?:\s*(?:on\s+)?\p{Lu}\p{Ll}+day\b|\s*in a statement\b|\s*that\b|\s*,)*\s*/u;

/** The speaker a subject phrase ends with: a person or organisation mention, or 'he'/'she' after one. */
function subjectOf(doc: AnalysedText, from: number, head: string): { key: string; start: number } | undefined {
  const headEnd = from + head.length;
  const subject = mentionsIn(doc, { start: from, end: headEnd }).reverse().find((x) => x.end === headEnd);
  if (subject) {
    if (subject.kind === 'PLACE') return undefined;
    // Extend over a title before the name: 'US Secretary of State John Kerry says'.
    const start = doc.roles.find((r) => r.person === subject.key && r.end === subject.end)?.start ?? subject.start;
    return { key: subject.key, start };
  }
  const pronoun = /(?:^|\s)(he|she)$/i.exec(head);
  if (!pronoun) return undefined;
  const key = nearestPerson(doc, from);
  return key ? { key, start: headEnd - pronoun[1]!.length } : undefined;
}

/** 'The United States is close to ..., Kerry says, as ...': the reported clause comes first. */
const INVERTED_TAIL = /^\s*(?:[,.;]|$|(?:on\s+)?\p{Lu}\p{Ll}+day\b[,.]?)/u;

/**
 * Reported speech: a sentence without a quote where a named speaker (or 'he'/'she' after
 * one) comes right before a reporting verb: 'Lavrov said the United States had failed ...',
 * 'Ja’afari rejected accusations that ...'. The text is what follows the verb (after 'that'
 * and after the addressee of 'told').
 */
export function findParaphrases(doc: AnalysedText, quoted: readonly Span[]): ExtractedStatement[] {
  const out: ExtractedStatement[] = [];
  for (const s of doc.sentences) {
    if (quoted.some((q) => q.start < s.end && s.start < q.end)) continue;
    const body = doc.text.slice(s.start, s.end);
    const verbRe = /\p{L}+/gu;
    for (let m = verbRe.exec(body); m !== null; m = verbRe.exec(body)) {
      const verb = m[0].toLowerCase();
      if (!REPORTING_VERBS.has(verb)) continue;
      const at = s.start + m.index;
      const head = doc.text.slice(s.start, at).replace(AUXILIARY, '');
      const subject = subjectOf(doc, s.start, head.replace(/,\s*$/, '')) ?? subjectOf(doc, s.start, head.replace(APPOSITIVE, ''));
      if (!subject) continue;
      const speaker = subject.key;
      const lead = doc.text.slice(s.start, subject.start);
      if (INVERTED_TAIL.test(doc.text.slice(at + verb.length, s.end)) && /,\s*$/.test(lead) && lead.split(/\s+/).length > 3) {
        const end = s.start + lead.replace(/,\s*$/, '').length;
        const about = new Set(mentionsIn(doc, { start: s.start, end }).map((x) => x.key));
        about.delete(speaker);
        out.push({ kind: 'PARAPHRASE', start: s.start, end, text: doc.text.slice(s.start, end).trim(), speaker, about: [...about], sentence: s.index });
        break;
      }
      let from = at + verb.length;
      let addressee: string | undefined;
      if (verb === 'told' || verb === 'tells') {
        // 'told Foreign Minister Sergei Lavrov that': the addressee may carry a title.
        const target = doc.mentions.find((x) => x.start >= from && x.kind !== 'PLACE' && /^(?:\s+\p{Lu}\p{Ll}*){0,3}\s*$/u.test(doc.text.slice(from, x.start)));
        if (target) {
          addressee = target.key;
          from = target.end;
        }
      }
      from += CLAUSE_LEAD.exec(doc.text.slice(from, s.end))![0].length;
      const end = s.end - (/[.!?]["”’]?$/.test(body) ? 1 : 0);
      const text = doc.text.slice(from, end).trim();
      if (text.split(/\s+/).length < 3) continue;
      const about = new Set(mentionsIn(doc, { start: from, end }).map((x) => x.key));
      about.delete(speaker);
      if (addressee) about.delete(addressee);
      out.push({ kind: 'PARAPHRASE', start: from, end, text, speaker, addressee, about: [...about], sentence: s.index });
      break;
    }
  }
  return out;
}
