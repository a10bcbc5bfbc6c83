// Test results from any runner, in one shape, and the annotations a failing test becomes.
import path from 'node:path';
import type { Annotation } from '../pipeline/stage.js';

export interface TestFailure {
  /** Suite path and test name, joined with " › ". */
  name: string;
  /** Repository-relative, forward slashes, when the runner or the stack says where. */
  file?: string;
  line?: number;
  column?: number;
  message: string;
  durationMs?: number;
}

export interface TestResults {
  passed: number;
  failed: number;
  skipped: number;
  failures: TestFailure[];
  /** Test files that failed to load or run (their tests are not counted: the runner's own totals are kept). */
  suiteErrors?: number;
  /** Time the runner itself reports for the tests, when it says. */
  durationMs?: number;
}

/** Colour and cursor escapes: runner output is read, and shown, as plain text. */
export { stripAnsi } from '../exec/ansi.js';

export interface PathOptions {
  /** The repository root: failure paths are made relative to it. */
  workspace: string;
  /** Where the tests ran: relative paths in the output are relative to it. */
  cwd: string;
}

/** A malformed results file: names the file and line and what was expected. */
export class TestResultsFormatError extends Error {
  override name = 'TestResultsFormatError';
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    message: string,
  ) {
    super(`${file}${line !== undefined ? `:${line}` : ''}: ${message}`);
  }
}

export function emptyResults(): TestResults {
  return { passed: 0, failed: 0, skipped: 0, failures: [] };
}

export function addResults(a: TestResults, b: TestResults): TestResults {
  const sum: TestResults = {
    passed: a.passed + b.passed,
    failed: a.failed + b.failed,
    skipped: a.skipped + b.skipped,
    failures: [...a.failures, ...b.failures],
  };
  if (a.suiteErrors || b.suiteErrors) sum.suiteErrors = (a.suiteErrors ?? 0) + (b.suiteErrors ?? 0);
  if (a.durationMs !== undefined || b.durationMs !== undefined)
    sum.durationMs = (a.durationMs ?? 0) + (b.durationMs ?? 0);
  return sum;
}

/** A path from test output (absolute, file:// URL or relative to cwd) -> repository-relative, or undefined outside it. */
export function repositoryFile(raw: string, opts: PathOptions): string | undefined {
  let file = raw;
  if (file.startsWith('file://')) {
    try {
      file = new URL(file).pathname;
      file = decodeURIComponent(file);
    } catch {
      return undefined;
    }
  }
  const absolute = path.resolve(opts.cwd, file);
  const relative = path.relative(path.resolve(opts.workspace), absolute);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return undefined;
  return relative.split(path.sep).join('/');
}

const FRAME_PATTERNS = [
  // JavaScript: "at fn (file:///abs/x.test.js:12:5)", "at /abs/x.js:3:1", "x.test.ts:12:5"
  /(?:^|[\s(])((?:file:\/\/)?[^\s()'"]+?\.[A-Za-z0-9]+):(\d+)(?::(\d+))?\)?(?=$|[\s:,])/,
  // Python: File "tests/test_x.py", line 12, in test_y
  /File "([^"]+)", line (\d+)/,
];

/** Where in the repository a failure happened, from stack or traceback text; frames in `prefer` win. */
export function locationFromText(
  text: string,
  opts: PathOptions & { prefer?: string },
): { file: string; line: number; column?: number } | undefined {
  let first: { file: string; line: number; column?: number } | undefined;
  for (const line of text.split('\n')) {
    for (const pattern of FRAME_PATTERNS) {
      const m = pattern.exec(line);
      if (!m) continue;
      const raw = m[1]!;
      if (raw.startsWith('node:') || raw.includes('node_modules/') || raw.startsWith('internal/')) continue;
      const file = repositoryFile(raw, opts);
      if (!file) continue;
      const found = { file, line: Number(m[2]), ...(m[3] ? { column: Number(m[3]) } : {}) };
      if (!opts.prefer || file === opts.prefer) return found;
      first ??= found;
    }
  }
  return first;
}

const MAX_MESSAGE = 2000;

/** One error annotation per failing test, on the line that failed when it is known. */
export function failureAnnotations(results: TestResults): Annotation[] {
  return results.failures.map((f) => {
    const message = f.message.length > MAX_MESSAGE ? `${f.message.slice(0, MAX_MESSAGE - 3)}...` : f.message;
    const annotation: Annotation = { level: 'error', title: `Test failed: ${f.name}`, message: message || 'failed' };
    if (f.file) {
      annotation.file = f.file;
      if (f.line) annotation.line = f.line;
      if (f.line && f.column) annotation.column = f.column;
    }
    return annotation;
  });
}
