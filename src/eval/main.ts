import { evaluate, evaluateGraphResolution, thresholdFailures } from './evaluate';
import { formatReport, resolutionLine } from './format-report';

/**
 * `npm run eval`: prints the table (`--verbose` lists every miss) and fails below the thresholds.
 * `--graph` also ingests the development set into a new SQLite database and scores resolution there.
 */
async function main(): Promise<void> {
  const report = evaluate();
  console.log(formatReport(report, process.argv.includes('--verbose')));
  const failures = thresholdFailures(report);
  if (process.argv.includes('--graph')) {
    const graph = await evaluateGraphResolution();
    console.log(`${resolutionLine(graph)} (ingested into SQLite, as npm run ingest resolves)`);
    if (graph.resolved < graph.repeated) failures.push(`${graph.repeated - graph.resolved} of ${graph.repeated} repeated referents not resolved to one entity in the ingested graph`);
    if (graph.wrongMerges > 0) failures.push(`${graph.wrongMerges} wrong merges in the ingested graph`);
  }
  if (failures.length > 0) {
    console.log(`\nBELOW THRESHOLD:\n  ${failures.join('\n  ')}`);
    process.exitCode = 1;
  } else console.log('\nall thresholds met');
}

void main();
