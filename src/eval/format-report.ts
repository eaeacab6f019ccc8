import { statements, type EvalReport, type GroupScore } from './evaluate';
import { f1, type Score } from './match';

function cell(s: Score): string {
  const { p, r, f } = f1(s);
  return `${p.toFixed(2)} ${r.toFixed(2)} ${f.toFixed(2)}`.padEnd(16);
}

function row(name: string, g: GroupScore): string {
  return `${name.padEnd(40)}${cell(g.entities)}${cell(g.quotes)}${cell(g.paraphrases)}${cell(g.roles)}`;
}

/** The evaluation as a plain-text table: P R F1 per article and per group, then resolution. */
export function formatReport(report: EvalReport, verbose = false): string {
  const lines: string[] = [];
  lines.push(`${'article'.padEnd(40)}${'entities P R F1'.padEnd(16)}${'quotes P R F1'.padEnd(16)}${'paraphr P R F1'.padEnd(16)}${'roles P R F1'.padEnd(16)}`);
  for (const a of report.articles) {
    lines.push(row(a.file.replace(/\.json$/, ''), a));
    if (verbose) for (const e of a.errors) lines.push(`    ${e}`);
  }
  lines.push('-'.repeat(104));
  lines.push(row('SEEDS (micro)', report.seeds));
  lines.push(row('OTHER ARTICLES (micro)', report.others));
  lines.push(row('ALL (micro)', report.all));
  lines.push(`statements (quotes and paraphrases) P R F1: seeds ${cell(statements(report.seeds)).trim()}, other articles ${cell(statements(report.others)).trim()}`);
  const meta = report.articles.reduce((acc, a) => ({ right: acc.right + a.meta.right, total: acc.total + a.meta.total }), { right: 0, total: 0 });
  lines.push(`metadata fields right: ${meta.right}/${meta.total}`);
  lines.push(resolutionLine(report.resolution));
  if (report.heldOutArticles.length > 0) {
    lines.push('', 'HELD-OUT (test/fixtures/heldout: written after the rules were frozen; never tune on it)');
    for (const a of report.heldOutArticles) {
      lines.push(row(a.file.replace(/\.json$/, ''), a));
      if (verbose) for (const e of a.errors) lines.push(`    ${e}`);
    }
    lines.push('-'.repeat(104));
    lines.push(row('HELD-OUT (micro)', report.heldOut));
    lines.push(`statements (quotes and paraphrases) P R F1: ${cell(statements(report.heldOut)).trim()}`);
    const heldMeta = report.heldOutArticles.reduce((acc, a) => ({ right: acc.right + a.meta.right, total: acc.total + a.meta.total }), { right: 0, total: 0 });
    lines.push(`metadata fields right: ${heldMeta.right}/${heldMeta.total}`);
    lines.push(`${resolutionLine(report.heldOutResolution)} (all articles, held-out included)`);
  }
  return lines.join('\n');
}

export function resolutionLine(r: EvalReport['resolution']): string {
  return [`cross-document: ${r.resolved}/${r.repeated} repeated referents resolved to one entity, ${r.wrongMerges} wrong merges`, ...r.errors.map((e) => `    ${e}`)].join('\n');
}
