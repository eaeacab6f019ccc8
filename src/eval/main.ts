import { evaluate, thresholdFailures } from './evaluate';
import { formatReport } from './format-report';

/** `npm run eval`: prints the table (`--verbose` lists every miss) and fails below the thresholds. */
function main(): void {
  const report = evaluate();
  console.log(formatReport(report, process.argv.includes('--verbose')));
  const failures = thresholdFailures(report);
  if (failures.length > 0) {
    console.log(`\nBELOW THRESHOLD:\n  ${failures.join('\n  ')}`);
    process.exitCode = 1;
  } else console.log('\nall thresholds met');
}

main();
