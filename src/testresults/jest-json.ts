// The JSON report of jest (`--json --outputFile`) and vitest (`--reporter=json`, the same shape): counts,
// failures with the file and the failing line from the stack, durations, and test files that failed to run.
import { readFile } from 'node:fs/promises';
import {
  type PathOptions,
  type TestResults,
  TestResultsFormatError,
  emptyResults,
  locationFromText,
  repositoryFile,
  stripAnsi,
} from './model.js';

interface Assertion {
  ancestorTitles?: unknown;
  title?: unknown;
  fullName?: unknown;
  status?: unknown;
  duration?: unknown;
  failureMessages?: unknown;
  location?: { line?: unknown; column?: unknown } | null;
}

interface FileResult {
  name?: unknown;
  status?: unknown;
  message?: unknown;
  startTime?: unknown;
  endTime?: unknown;
  assertionResults?: unknown;
}

const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

export function parseJestJson(text: string, file: string, opts: PathOptions): TestResults {
  let report: Record<string, unknown>;
  try {
    report = JSON.parse(text) as Record<string, unknown>;
  } catch (err) {
    throw new TestResultsFormatError(
      file,
      undefined,
      `not valid JSON (${(err as Error).message}): expected the runner's JSON report`,
    );
  }
  if (typeof report !== 'object' || report === null || !Array.isArray(report.testResults)) {
    throw new TestResultsFormatError(
      file,
      undefined,
      'expected a JSON report with a testResults list (jest --json or vitest --reporter=json)',
    );
  }
  const results = emptyResults();
  let durationMs = 0;
  for (const suite of report.testResults as FileResult[]) {
    const testFile = typeof suite.name === 'string' ? repositoryFile(suite.name, opts) : undefined;
    const start = num(suite.startTime);
    const end = num(suite.endTime);
    if (start !== undefined && end !== undefined && end >= start) durationMs += end - start;
    const assertions = Array.isArray(suite.assertionResults) ? (suite.assertionResults as Assertion[]) : [];
    for (const a of assertions) {
      const status = a.status;
      if (status === 'passed') results.passed++;
      else if (status === 'failed') {
        results.failed++;
        const messages = Array.isArray(a.failureMessages)
          ? a.failureMessages.filter((m): m is string => typeof m === 'string').map(stripAnsi)
          : [];
        const text = messages.join('\n');
        const where = locationFromText(text, { ...opts, prefer: testFile });
        const line = num(a.location?.line);
        const titles = Array.isArray(a.ancestorTitles)
          ? a.ancestorTitles.filter((t): t is string => typeof t === 'string')
          : [];
        results.failures.push({
          name: [...titles, typeof a.title === 'string' ? a.title : String(a.fullName ?? 'test')].join(' › '),
          ...(where
            ? { file: where.file, line: where.line, ...(where.column ? { column: where.column } : {}) }
            : testFile
              ? { file: testFile, ...(line ? { line } : {}) }
              : {}),
          message: firstMeaningfulLine(text) || 'failed',
          ...(num(a.duration) !== undefined ? { durationMs: num(a.duration) } : {}),
        });
      } else results.skipped++;
    }
    // A file that failed to load (syntax error, missing module) has no assertions but failed all the same.
    if (suite.status === 'failed' && !assertions.some((a) => a.status === 'failed')) {
      const message = stripAnsi(typeof suite.message === 'string' ? suite.message : '');
      const where = locationFromText(message, { ...opts, prefer: testFile });
      results.suiteErrors = (results.suiteErrors ?? 0) + 1;
      results.failures.push({
        name: `${testFile ?? 'a test file'} failed to run`,
        ...(where ? { file: where.file, line: where.line } : testFile ? { file: testFile } : {}),
        message: firstMeaningfulLine(message) || 'the test file failed to run',
      });
    }
  }
  if (durationMs > 0) results.durationMs = durationMs;
  return results;
}

/** The assertion's own words, not the "●" heading or an empty line. */
function firstMeaningfulLine(text: string): string {
  return (
    text
      .split('\n')
      .map((l) => l.trim())
      .find((l) => l && !l.startsWith('●') && !l.startsWith('at ')) ?? ''
  );
}

export async function readJestJson(file: string, opts: PathOptions): Promise<TestResults> {
  return parseJestJson(await readFile(file, 'utf8'), file, opts);
}
