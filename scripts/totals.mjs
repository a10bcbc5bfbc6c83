// Adds up the suites' results into the one closing line CI reads: "N passed, N failed, N skipped".
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
let skipped = 0;
const [vitestJson, ...nodeTestOutputs] = process.argv.slice(2);
if (vitestJson && existsSync(vitestJson)) {
  const r = JSON.parse(readFileSync(vitestJson, 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  // A test file that failed to load has no failed test of its own: count it once.
  for (const file of r.testResults ?? []) {
    if (file.status === 'failed' && !file.assertionResults?.some((a) => a.status === 'failed')) failed += 1;
  }
  skipped += r.numPendingTests + (r.numTodoTests ?? 0);
} else {
  failed += 1; // the suite did not report at all
}
for (const file of nodeTestOutputs) {
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const count = (label) => {
    const m = new RegExp(`^[ℹ#]\\s*${label}\\s+(\\d+)`, 'mu').exec(text);
    return m ? Number(m[1]) : undefined;
  };
  const p = count('pass');
  if (p === undefined) {
    failed += 1;
    continue;
  }
  passed += p;
  failed += count('fail') ?? 0;
  skipped += (count('skipped') ?? 0) + (count('todo') ?? 0);
}
process.stdout.write(`${passed} passed, ${failed} failed, ${skipped} skipped\n`);
