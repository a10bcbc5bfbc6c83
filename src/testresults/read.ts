// Test results for the test stage: from the JUnit files the settings name, else from the runner's own
// machine-readable output (jest/vitest JSON, pytest's JUnit, unittest's and mocha's closing lines, node's
// and ava's TAP). Undefined when nothing says anything.
import { existsSync } from 'node:fs';
import { readJestJson } from './jest-json.js';
import { readJUnit } from './junit.js';
import { type TestResults, addResults, emptyResults } from './model.js';
import { parseMochaOutput } from './mocha.js';
import { parseNodeTestOutput } from './node-test.js';
import { parseUnittestOutput } from './unittest.js';

export type { TestFailure, TestResults } from './model.js';

/** Where each runner's results are read from. */
export type ResultsFormat = 'jest-json' | 'junit' | 'node-test' | 'mocha' | 'unittest' | 'tap';

export interface TestResultsSources {
  /** Absolute JUnit XML paths; files that do not exist (the runner died before writing them) are skipped. */
  junit: string[];
  /** The test command's output, for the formats read from it. */
  output: string;
  workspace: string;
  cwd: string;
  /** The runner's own results: a format, and its file when it writes one. Default: node --test's output. */
  format?: ResultsFormat;
  file?: string;
}

export async function readTestResults(sources: TestResultsSources): Promise<TestResults | undefined> {
  const opts = { workspace: sources.workspace, cwd: sources.cwd };
  const present = sources.junit.filter((f) => existsSync(f));
  if (present.length > 0) {
    let results = emptyResults();
    for (const file of present) results = addResults(results, await readJUnit(file, opts));
    return results;
  }
  switch (sources.format) {
    case 'jest-json':
      return sources.file && existsSync(sources.file) ? readJestJson(sources.file, opts) : undefined;
    case 'junit':
      return sources.file && existsSync(sources.file) ? readJUnit(sources.file, opts) : undefined;
    case 'unittest':
      return parseUnittestOutput(sources.output, opts);
    case 'mocha':
      return parseMochaOutput(sources.output, opts) ?? parseNodeTestOutput(sources.output, opts);
    default:
      return parseNodeTestOutput(sources.output, opts);
  }
}
