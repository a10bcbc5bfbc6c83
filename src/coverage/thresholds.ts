// Coverage gates: overall minimums per metric, and per-file minimums for files matching a glob.
import { matchesGlob } from './glob.js';
import { type CoverageReport, METRICS, type Metric, type MetricName, percent } from './model.js';

export type Thresholds = Partial<Record<MetricName, number | undefined>>;

export interface ThresholdFailure {
  metric: MetricName;
  /** Percent, two decimals. */
  actual: number;
  required: number;
  /** Set for per-file minimums: the file that fell short, and the glob that asked for it. */
  file?: string;
  pattern?: string;
  covered: number;
  total: number;
}

function check(metrics: Record<MetricName, Metric>, thresholds: Thresholds, where: Pick<ThresholdFailure, 'file' | 'pattern'>): ThresholdFailure[] {
  const failures: ThresholdFailure[] = [];
  for (const metric of METRICS) {
    const required = thresholds[metric];
    if (required === undefined) continue;
    const actual = percent(metrics[metric]);
    if (actual < required) failures.push({ metric, actual, required, ...where, covered: metrics[metric].covered, total: metrics[metric].total });
  }
  return failures;
}

/**
 * Every minimum the report misses: overall ones first, then per file in path order. A metric with nothing
 * to cover counts as 100%, so a file without branches never fails a branch minimum.
 */
export function checkThresholds(report: CoverageReport, overall: Thresholds, perFile: Record<string, Thresholds> = {}): ThresholdFailure[] {
  const failures = check(report.totals, overall, {});
  const patterns = Object.entries(perFile);
  for (const file of report.files) {
    for (const [pattern, thresholds] of patterns) {
      if (matchesGlob(file.path, pattern)) failures.push(...check(file, thresholds, { file: file.path, pattern }));
    }
  }
  return failures;
}

/** Per-file globs that matched no file in the report: usually a typo worth a warning. */
export function unmatchedPatterns(report: CoverageReport, perFile: Record<string, Thresholds>): string[] {
  return Object.keys(perFile).filter((pattern) => !report.files.some((f) => matchesGlob(f.path, pattern)));
}

/** "lines 79.66% < 80% (239/300 covered)" or, per file, "src/a.ts: lines 50% < 90% (5/10 covered; src/**)". */
export function describeFailure(f: ThresholdFailure): string {
  const numbers = `${f.metric} ${f.actual}% < ${f.required}% (${f.covered}/${f.total} covered${f.pattern ? `; ${f.pattern}` : ''})`;
  return f.file ? `${f.file}: ${numbers}` : numbers;
}
