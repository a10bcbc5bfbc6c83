// The self-test's second job: is the coverage-report artifact what a user downloads and expects? It must hold
// lcov.info with at least one source file, coverage-summary.json whose line total matches the step's
// coverage-lines output, and the browsable HTML report. Exits 1 naming what is missing or wrong.
// Usage: node .github/scripts/check-coverage-report.mjs <downloaded folder> <expected line coverage>
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const [folder, expected] = process.argv.slice(2);
const problems = [];
const file = (name) => path.join(folder ?? '', name);

if (!folder || !existsSync(folder)) {
  problems.push(`no downloaded folder '${folder ?? ''}'`);
} else {
  const lcov = existsSync(file('lcov.info')) ? readFileSync(file('lcov.info'), 'utf8') : undefined;
  if (lcov === undefined) problems.push('lcov.info is missing');
  else if (!/^SF:/m.test(lcov)) problems.push('lcov.info has no source file record (SF:)');

  if (!existsSync(file('index.html'))) problems.push('index.html (the HTML report) is missing');

  if (!existsSync(file('coverage-summary.json'))) {
    problems.push('coverage-summary.json is missing');
  } else {
    let pct;
    try {
      pct = JSON.parse(readFileSync(file('coverage-summary.json'), 'utf8'))?.total?.lines?.pct;
    } catch (error) {
      problems.push(`coverage-summary.json is not JSON: ${error.message}`);
    }
    const want = Number(expected);
    if (expected === undefined || expected === '' || !Number.isFinite(want)) {
      problems.push(
        `the expected line coverage '${expected ?? ''}' is not a number (the step's coverage-lines output was not set)`,
      );
    } else if (typeof pct !== 'number') {
      problems.push('coverage-summary.json has no total.lines.pct');
    } else if (Math.abs(pct - want) > 0.01) {
      problems.push(`coverage-summary.json says ${pct}% of lines, the step's output says ${want}%`);
    } else {
      console.log(
        `coverage-report: lcov.info, index.html and coverage-summary.json present; lines ${pct}% as the step reported`,
      );
    }
  }
}

if (problems.length) {
  for (const p of problems) console.log(`::error title=coverage-report artifact::${p}`);
  process.exit(1);
}
