// Output of Python's unittest runner, which Django's `manage.py test` uses: "Ran 12 tests in 0.3s", the
// closing "OK (skipped=1)" / "FAILED (failures=1, errors=2)", and one block per failure with its traceback.
import { type PathOptions, type TestFailure, type TestResults, emptyResults, locationFromText } from './model.js';

const RAN = /^Ran (\d+) tests? in ([\d.]+)s\s*$/m;
const CLOSING = /^(OK|FAILED)(?: \(([^)]*)\))?\s*$/m;
const HEADING = /^(FAIL|ERROR): (\S+) \(([^)]+)\)\s*$/;
const RULE = /^[=-]{20,}\s*$/;

export function parseUnittestOutput(output: string, opts: PathOptions): TestResults | undefined {
  const text = output.replace(/\r\n/g, '\n');
  const ran = RAN.exec(text);
  if (!ran) return undefined;
  const closing = CLOSING.exec(text.slice(ran.index));
  const counts: Record<string, number> = {};
  for (const part of (closing?.[2] ?? '').split(',')) {
    const [k, v] = part.split('=').map((s) => s.trim());
    if (k && v) counts[k] = Number(v);
  }
  const total = Number(ran[1]);
  const failed = (counts.failures ?? 0) + (counts.errors ?? 0) + (counts.unexpected_successes ?? 0);
  const skipped = counts.skipped ?? 0;
  const results = emptyResults();
  results.passed = Math.max(0, total - failed - skipped);
  results.failed = failed;
  results.skipped = skipped;
  results.durationMs = Math.round(Number(ran[2]) * 1000);
  results.failures = failureBlocks(text, opts);
  // Output with counts but no closing line (killed runner): the exit code speaks, the counts stay as read.
  return results;
}

function failureBlocks(text: string, opts: PathOptions): TestFailure[] {
  const lines = text.split('\n');
  const failures: TestFailure[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = HEADING.exec(lines[i]!);
    if (!m || !RULE.test(lines[i - 1] ?? '')) continue;
    const body: string[] = [];
    let j = i + 2; // skip the dashed rule under the heading
    while (j < lines.length && !RULE.test(lines[j]!)) body.push(lines[j++]!);
    const traceback = body.join('\n');
    const where = locationFromText(traceback, opts);
    const message =
      [...body]
        .reverse()
        .find((l) => l.trim() && !/^\s/.test(l))
        ?.trim() ?? m[1]!;
    // Python 3.11+ names the test in full ("shop.tests.PricingTests.test_halves"); before, only the class.
    const owner = m[3]!.endsWith(`.${m[2]}`) ? m[3]!.slice(0, -m[2]!.length - 1) : m[3]!;
    failures.push({
      name: `${owner} › ${m[2]}`,
      ...(where ? { file: where.file, line: where.line } : {}),
      message: m[1] === 'ERROR' && !message.includes(':') ? `error: ${message}` : message,
    });
    i = j - 1;
  }
  return failures;
}
