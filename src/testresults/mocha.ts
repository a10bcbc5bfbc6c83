// Output of mocha's default spec reporter: "3 passing (12ms)", "1 failing", "2 pending", then numbered
// failure blocks (suite and test titles, the message, the stack).
import {
  type PathOptions,
  type TestFailure,
  type TestResults,
  emptyResults,
  locationFromText,
  stripAnsi,
} from './model.js';

const COUNT = /^\s*(\d+) (passing|failing|pending)(?: \((\d+(?:\.\d+)?)(ms|s|m)\))?\s*$/;
const BLOCK = /^ {2}(\d+)\) (.*)$/;

export function parseMochaOutput(output: string, opts: PathOptions): TestResults | undefined {
  const lines = stripAnsi(output).replace(/\r\n/g, '\n').split('\n');
  const results = emptyResults();
  let seen = false;
  let failingAt = -1;
  for (let i = 0; i < lines.length; i++) {
    const m = COUNT.exec(lines[i]!);
    if (!m) continue;
    seen = true;
    const n = Number(m[1]);
    if (m[2] === 'passing') {
      results.passed = n;
      if (m[3]) results.durationMs = Math.round(Number(m[3]) * (m[4] === 's' ? 1000 : m[4] === 'm' ? 60_000 : 1));
    } else if (m[2] === 'failing') {
      results.failed = n;
      failingAt = i;
    } else results.skipped = n;
  }
  if (!seen) return undefined;
  if (failingAt !== -1) results.failures = failureBlocks(lines.slice(failingAt + 1), opts);
  return results;
}

function failureBlocks(lines: string[], opts: PathOptions): TestFailure[] {
  const failures: TestFailure[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = BLOCK.exec(lines[i]!);
    if (!m) continue;
    const titles = [m[2]!.trim()];
    let j = i + 1;
    // Further title lines are indented deeper; the last one ends with ':'.
    if (!titles[0]!.endsWith(':')) {
      while (j < lines.length && lines[j]!.trim() && !BLOCK.test(lines[j]!)) {
        const t = lines[j++]!.trim();
        titles.push(t);
        if (t.endsWith(':')) break;
      }
    }
    titles[titles.length - 1] = titles[titles.length - 1]!.replace(/:$/, '');
    const body: string[] = [];
    while (j < lines.length && !BLOCK.test(lines[j]!)) body.push(lines[j++]!);
    const text = body.join('\n');
    const where = locationFromText(text, opts);
    const message = body.map((l) => l.trim()).find((l) => l && !l.startsWith('at ')) ?? 'failed';
    failures.push({
      name: titles.join(' › '),
      ...(where ? { file: where.file, line: where.line, ...(where.column ? { column: where.column } : {}) } : {}),
      message,
    });
    i = j - 1;
  }
  return failures;
}
