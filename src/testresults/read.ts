// Test results for the test stage: from the JUnit files the settings name, or else from what
// `node --test` printed. Undefined when neither says anything.
import { existsSync } from 'node:fs';
import { readJUnit } from './junit.js';
import { type TestResults, addResults, emptyResults } from './model.js';
import { parseNodeTestOutput } from './node-test.js';

export type { TestFailure, TestResults } from './model.js';

export interface TestResultsSources {
  /** Absolute JUnit XML paths; files that do not exist (the runner died before writing them) are skipped. */
  junit: string[];
  /** The test command's output, for node --test's TAP or spec summary. */
  output: string;
  workspace: string;
  cwd: string;
}

export async function readTestResults(sources: TestResultsSources): Promise<TestResults | undefined> {
  const opts = { workspace: sources.workspace, cwd: sources.cwd };
  const present = sources.junit.filter((f) => existsSync(f));
  if (present.length > 0) {
    let results = emptyResults();
    for (const file of present) results = addResults(results, await readJUnit(file, opts));
    return results;
  }
  return parseNodeTestOutput(sources.output, opts);
}
