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
  /** The metric had nothing to count ("n/a"): a minimum on it cannot be met, and `actual` means nothing. */
  notMeasured?: boolean;
}

function check(metrics: Record<MetricName, Metric>, thresholds: Thresholds, where: Pick<ThresholdFailure, 'file' | 'pattern'>): ThresholdFailure[] {
  const failures: ThresholdFailure[] = [];
  for (const metric of METRICS) {
    const required = thresholds[metric];
    if (required === undefined) continue;
    if (metrics[metric].total === 0) {
      failures.push({ metric, actual: 0, required, ...where, covered: 0, total: 0, notMeasured: true });
      continue;
    }
    const actual = percent(metrics[metric]);
    if (actual < required) failures.push({ metric, actual, required, ...where, covered: metrics[metric].covered, total: metrics[metric].total });
  }
  return failures;
}

/**
 * Every minimum the report misses: overall ones first, then per file in path order. A minimum on a metric
 * with nothing to count fails (fail closed: "n/a" is not 100%). Per file, a file with nothing of a metric
 * (no branch in it) is not held to that minimum while the report counts that metric elsewhere; when the
 * whole report has none of it, the pattern's minimum fails once.
 */
export function checkThresholds(report: CoverageReport, overall: Thresholds, perFile: Record<string, Thresholds> = {}): ThresholdFailure[] {
  const failures = check(report.totals, overall, {});
  const patterns = Object.entries(perFile);
  for (const [pattern, thresholds] of patterns) {
    const unmeasured = METRICS.filter((m) => thresholds[m] !== undefined && report.totals[m].total === 0);
    for (const metric of unmeasured) failures.push({ metric, actual: 0, required: thresholds[metric]!, pattern, covered: 0, total: 0, notMeasured: true });
  }
  for (const file of report.files) {
    for (const [pattern, thresholds] of patterns) {
      if (!matchesGlob(file.path, pattern)) continue;
      const measurable = Object.fromEntries(METRICS.filter((m) => file[m].total > 0).map((m) => [m, thresholds[m]])) as Thresholds;
      failures.push(...check(file, measurable, { file: file.path, pattern }));
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
  if (f.notMeasured) {
    const scope = f.pattern ? ` in the files matching ${f.pattern}` : '';
    return `${f.metric} n/a: the report counts no ${f.metric}${scope}, so the minimum of ${f.required}% cannot be met${f.metric === 'branches' ? ' (coverage.py measures branches only with --branch / branch = true)' : ''}`;
  }
  const numbers = `${f.metric} ${f.actual}% < ${f.required}% (${f.covered}/${f.total} covered${f.pattern ? `; ${f.pattern}` : ''})`;
  return f.file ? `${f.file}: ${numbers}` : numbers;
}
