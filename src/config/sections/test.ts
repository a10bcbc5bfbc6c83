// Settings of the test stage: the runner, the command, who measures coverage, and where coverage and test results are read from.
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

export const TEST_RUNNERS = [
  'auto',
  'vitest',
  'jest',
  'node-test',
  'mocha',
  'ava',
  'django',
  'pytest',
  'command',
] as const;
export const COVERAGE_TOOLS = ['auto', 'c8', 'vitest', 'jest', 'coverage.py', 'none'] as const;

export const REPORTERS = ['lcov', 'lcovonly', 'json-summary', 'json', 'cobertura', 'html', 'clover', 'text'] as const;

export const test = obj(
  {
    command: str({
      doc: 'The test command, run by a shell in the working directory (e.g. "npm test").',
      input: 'test-command',
    }),
    runner: oneOf(TEST_RUNNERS, {
      doc: `Which test runner the project uses. auto: detected from the package.json test script (vitest, jest, node --test, mocha, ava, node), else pytest's settings, else manage.py. Allowed: ${TEST_RUNNERS.join(', ')}.`,
      input: 'test-runner',
      default: 'auto',
    }),
    coverageTool: oneOf(COVERAGE_TOOLS, {
      doc: `Who measures coverage. auto: the runner's own (vitest's provider, jest --coverage, coverage.py for Django and pytest), c8 around plain Node processes (node --test, mocha, ava, a script). c8: c8 around any command. none: run the command as is and read the coverage files it writes itself. Allowed: ${COVERAGE_TOOLS.join(', ')}.`,
      input: 'coverage-tool',
      default: 'auto',
    }),
    coverageDirectory: str({
      doc: 'Where coverage reports are written and read, relative to the working directory.',
      input: 'coverage-directory',
      default: 'coverage',
    }),
    coverageFiles: list(str({ doc: 'a coverage file' }), {
      doc: 'Coverage files to read (lcov.info, coverage-summary.json, cobertura/coverage.py XML). Default: whatever the coverage directory holds.',
      input: 'coverage-files',
    }),
    reporters: list(oneOf(REPORTERS, { doc: 'a c8 reporter' }), {
      doc: `Reporters c8 writes (the runners' own coverage always adds lcov and json-summary to the project's reporters). Allowed: ${REPORTERS.join(', ')}.`,
      input: 'coverage-reporters',
      default: ['lcov', 'json-summary', 'cobertura', 'html'],
    }),
    include: list(str({ doc: 'a glob' }), {
      doc: 'Files to measure (c8\'s --include), relative to the working directory. Default: c8\'s own (.c8rc, package.json "c8", or everything but tests).',
    }),
    exclude: list(str({ doc: 'a glob' }), {
      doc: "Files not to measure (c8's --exclude). Default: c8's own list (tests, node_modules, coverage).",
    }),
    all: bool({ doc: "Report files the tests never loaded as 0% (c8's --all).", default: false }),
    junit: list(str({ doc: 'a JUnit XML path' }), {
      doc: 'JUnit XML files with test results, relative to the working directory.',
      input: 'junit-files',
    }),
    timeoutMinutes: num({
      doc: 'Kill the test command after this long.',
      input: 'test-timeout-minutes',
      min: 1,
      max: 360,
      default: 30,
    }),
    thresholds,
    perFile: record(fileThresholds, { doc: 'Per-file minimums by glob, e.g. "src/billing/**": { lines: 95 }.' }),
    failOnTestFailure: bool({ doc: 'Fail the stage when any test fails.', default: true }),
  },
  { doc: 'The test stage.' },
);
