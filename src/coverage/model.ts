// One coverage model for every format we read (lcov, istanbul json-summary, cobertura / coverage.py XML).

export interface Metric {
  covered: number;
  total: number;
}

export const METRICS = ['lines', 'branches', 'functions', 'statements'] as const;
export type MetricName = (typeof METRICS)[number];

export interface FileCoverage {
  /** Path relative to the repository root, forward slashes. */
  path: string;
  lines: Metric;
  branches: Metric;
  functions: Metric;
  /** Empty (n/a) where the format has no statements (lcov, istanbul's Cobertura); coverage.py's lines for .py files. */
  statements: Metric;
  /**
   * Hits per line number, where the format has them (lcov DA, cobertura <line>); needed for patch coverage.
   * Undefined for json-summary, which has totals only.
   */
  lineHits?: Map<number, number>;
}

export interface CoverageReport {
  files: FileCoverage[];
  totals: Record<MetricName, Metric>;
  /** The files this report was read from, for messages. */
  sources: string[];
  /** What the readers noticed but could still read (totals that disagree with the file's own), for the stage. */
  warnings?: string[];
}

/**
 * Percentage with two decimals, for metrics known to have something to count. A metric with nothing to count
 * gives 100 here only for arithmetic (sorting, deltas); what is shown, exported or gated uses `measured`.
 */
export function percent(metric: Metric): number {
  if (metric.total === 0) return 100;
  return Math.floor((metric.covered / metric.total) * 10000) / 100;
}

/** Percent with two decimals, or undefined ("n/a") when the metric has nothing to count. */
export function measured(metric: Metric): number | undefined {
  return metric.total === 0 ? undefined : percent(metric);
}

export function emptyMetric(): Metric {
  return { covered: 0, total: 0 };
}

export function sumTotals(files: readonly FileCoverage[]): Record<MetricName, Metric> {
  const totals = { lines: emptyMetric(), branches: emptyMetric(), functions: emptyMetric(), statements: emptyMetric() };
  for (const f of files) {
    for (const m of METRICS) {
      totals[m].covered += f[m].covered;
      totals[m].total += f[m].total;
    }
  }
  return totals;
}

/** A malformed coverage file: names the file and line and what was expected there. */
export class CoverageFormatError extends Error {
  override name = 'CoverageFormatError';
  constructor(readonly file: string, readonly line: number | undefined, message: string) {
    super(`${file}${line !== undefined ? `:${line}` : ''}: ${message}`);
  }
}
