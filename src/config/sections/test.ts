// Settings of the test stage: the command, c8, and where coverage and test results are read from.
import { bool, list, num, obj, oneOf, record, str } from '../schema.js';

const percent = (doc: string, input?: string) => num({ doc, input, min: 0, max: 100, unit: 'percent' });

export const thresholds = obj(
  {
    lines: percent('Minimum line coverage, percent.', 'threshold-lines'),
    branches: percent('Minimum branch coverage, percent.', 'threshold-branches'),
    functions: percent('Minimum function coverage, percent.', 'threshold-functions'),
    statements: percent('Minimum statement coverage, percent.', 'threshold-statements'),
  },
  { doc: 'Minimum overall coverage per metric; unset metrics are reported, not enforced.' },
);

const fileThresholds = obj(
  {
    lines: percent('Minimum line coverage of each matching file.'),
    branches: percent('Minimum branch coverage of each matching file.'),
    functions: percent('Minimum function coverage of each matching file.'),
    statements: percent('Minimum statement coverage of each matching file.'),
  },
  { doc: 'Per-file minimums.' },
);

export const REPORTERS = ['lcov', 'lcovonly', 'json-summary', 'json', 'cobertura', 'html', 'clover', 'text'] as const;

export const test = obj(
  {
    command: str({ doc: 'The test command, run by a shell in the working directory (e.g. "npm test").', input: 'test-command' }),
    coverageTool: oneOf(['c8', 'none'] as const, {
      doc: 'c8: run the command under c8. none: run it as is and read the coverage files it writes itself (e.g. coverage.py\'s coverage.xml).',
      input: 'coverage-tool',
      default: 'c8',
    }),
    coverageDirectory: str({ doc: 'Where coverage reports are written and read, relative to the working directory.', input: 'coverage-directory', default: 'coverage' }),
    coverageFiles: list(str({ doc: 'a coverage file' }), {
      doc: 'Coverage files to read (lcov.info, coverage-summary.json, cobertura/coverage.py XML). Default: whatever the coverage directory holds.',
      input: 'coverage-files',
    }),
    reporters: list(oneOf(REPORTERS, { doc: 'a c8 reporter' }), {
      doc: `c8 reporters. Allowed: ${REPORTERS.join(', ')}.`,
      input: 'coverage-reporters',
      default: ['lcov', 'json-summary', 'cobertura', 'html'],
    }),
    include: list(str({ doc: 'a glob' }), { doc: "Files to measure (c8's --include), relative to the working directory. Default: c8's own (.c8rc, package.json \"c8\", or everything but tests)." }),
    exclude: list(str({ doc: 'a glob' }), { doc: "Files not to measure (c8's --exclude). Default: c8's own list (tests, node_modules, coverage)." }),
    all: bool({ doc: "Report files the tests never loaded as 0% (c8's --all).", default: false }),
    junit: list(str({ doc: 'a JUnit XML path' }), { doc: 'JUnit XML files with test results, relative to the working directory.', input: 'junit-files' }),
    timeoutMinutes: num({ doc: 'Kill the test command after this long.', input: 'test-timeout-minutes', min: 1, max: 360, default: 30 }),
    thresholds,
    perFile: record(fileThresholds, { doc: 'Per-file minimums by glob, e.g. "src/billing/**": { lines: 95 }.' }),
    failOnTestFailure: bool({ doc: 'Fail the stage when any test fails.', default: true }),
  },
  { doc: 'The test stage.' },
);
