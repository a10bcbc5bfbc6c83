// What the report is built from: the stage results plus coverage, patch coverage and the base's coverage,
// gathered once so the summary, the comment, the statuses and the saved bundle all say the same thing.
import type { CoverageReport, MetricName } from '../coverage/model.js';
import type { BaseFiles, FileTableMode } from './files-table.js';
import type { StageResult } from '../pipeline/stage.js';

/** Inclusive range of line numbers. */
export interface LineRange {
  start: number;
  end: number;
}

/**
 * Coverage of the lines a pull request changes: the part of src/coverage/patch.ts's result the report reads
 * (declared here so the report depends on the shape, not on the module).
 */
export interface PatchCoverage {
  /** Percent of changed, coverable lines that ran; 100 when no changed line is coverable. */
  percent: number;
  covered: number;
  total: number;
  /**
   * Changed files with coverable lines. `uncovered`: ranges of changed lines no test ran (a range may span
   * uninstrumented lines); `covered`/`total`: changed coverable lines, where known (src/coverage/patch.ts).
   */
  files: { path: string; uncovered: LineRange[]; covered?: number; total?: number }[];
}

/**
 * What the report reads from the test stage's `data`. The test stage owns the shape; the report only relies on
 * these optional fields and ignores the rest.
 */
export interface TestStageReportData {
  coverage?: CoverageReport;
  patch?: PatchCoverage;
}

export interface ReportInput {
  /** Report name: the comment marker and the status context prefix. */
  name: string;
  /** Stages in the order they ran (the report stage itself excluded). */
  stages: StageResult[];
  coverage?: CoverageReport;
  /** Minimum percent per metric, where set. */
  thresholds: Partial<Record<MetricName, number>>;
  /** The base branch's coverage in percent per metric, when it could be read. */
  base?: Partial<Record<MetricName, number>>;
  /** Where the base coverage came from, in words ("artifact of run 123", "file base/lcov.info"). */
  baseSource?: string;
  patch?: PatchCoverage;
  /** Where the changed lines came from ("git diff abc1234...def5678"), when the report computed them. */
  patchSource?: string;
  patchThreshold?: number;
  links: { run?: string; artifact?: string };
  /** Which files the per-file table lists (report.fileTable); default 'changed'. */
  fileTable?: FileTableMode;
  /** The base's coverage per file, for the per-file change and for telling affected files. */
  baseFiles?: BaseFiles;
  /** `<server>/<owner>/<repo>/blob/<head sha>`: files and line ranges link to the source there. */
  blobUrl?: string;
}

export function isPatchCoverage(value: unknown): value is PatchCoverage {
  const v = value as PatchCoverage | undefined;
  return !!v && typeof v.percent === 'number' && typeof v.total === 'number' && Array.isArray(v.files);
}

export function isCoverageReport(value: unknown): value is CoverageReport {
  const v = value as CoverageReport | undefined;
  return !!v && Array.isArray(v.files) && typeof v.totals === 'object' && v.totals !== null && 'lines' in v.totals;
}

/** True when patch coverage is known and below its threshold. */
export function patchBelowThreshold(input: Pick<ReportInput, 'patch' | 'patchThreshold'>): boolean {
  return (
    !!input.patch &&
    input.patchThreshold !== undefined &&
    input.patch.total > 0 &&
    input.patch.percent < input.patchThreshold
  );
}
