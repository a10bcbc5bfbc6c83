// What the runner modules (vitest.ts, jest.ts, python.ts) and plan.ts share: the plan's shape and the flag
// writer, in a module of their own so the runners and plan.ts do not import each other.
import type { Config } from '../../config/config.js';
import type { MetricName } from '../../coverage/model.js';
import type { ResultsFormat } from '../../testresults/read.js';
import type { RunnerDetection } from './detect.js';
import { shellQuote } from './shell-words.js';

export type { ResultsFormat };

/** A threshold the project keeps in its own settings, and where. */
export interface ProjectThreshold {
  value: number;
  source: string;
}
export type ProjectThresholds = Partial<Record<MetricName, ProjectThreshold>>;

export interface RunPlan {
  /** Run by a shell in the working directory: the user's own words plus the flags the stage adds. */
  command: string;
  /** c8 around the command, the runner's own coverage, or none. */
  coverage: 'c8' | 'runner' | 'none';
  /** For the log and the summary: "c8", "@vitest/coverage-v8 4.1.12", "jest --coverage (babel)", "coverage.py". */
  coverageLabel: string;
  results: { format: ResultsFormat; file?: string };
  env: Record<string, string>;
  /** Programs run after the command whatever its exit code (coverage.py's XML report): argument arrays. */
  after: { program: string; args: string[]; env?: Record<string, string> }[];
  thresholds: ProjectThresholds;
  /** Notes for the details (what was added to the command, what could not be read). */
  notes: string[];
}

export interface PlanContext {
  config: Config;
  detection: RunnerDetection;
  coverageDirectory: string;
  /** A private folder for the results files and raw data: removed by the stage. */
  scratch: string;
  /** Added to the environment of everything the plan runs (filled in by planRun). */
  env: Record<string, string>;
}

/** `--flag` or `--flag=value` words, values quoted for the shell. */
export function flags(pairs: [string, string | undefined][]): string {
  return pairs.map(([k, v]) => (v === undefined ? k : `${k}=${shellQuote(v)}`)).join(' ');
}
