// The coverage gate, failing closed: reads the coverage files and decides what they allow the stage to say.
// With any threshold set, missing, empty, unreadable or wrongly typed coverage fails naming the file and what
// was expected; a metric with nothing to count is "n/a" (its output empty) and a minimum on it fails; a report
// that covers only configuration or far fewer files than the tree holds is a warning naming what it saw.
// The test stage, `merge-coverage` and the shard merge all decide through here.
import { statSync } from 'node:fs';
import path from 'node:path';
import type { Annotation } from '../pipeline/stage.js';
// File names and reader messages come from the project under test: escaped as any untrusted text is.
import { cell } from '../report/markdown.js';
import { type CoverageReport, CoverageFormatError, METRICS, type MetricName, measured } from './model.js';
import { readCoverage } from './read.js';
import { checkAgainstSourceTree } from './source-tree.js';
import { type ThresholdFailure, type Thresholds, checkThresholds, describeFailure, unmatchedPatterns } from './thresholds.js';

export interface GateOptions {
  /** The coverage files to read; empty when none was found. */
  files: string[];
  /** Where they were looked for, for messages ("coverage" or "coverage/lcov.info"). */
  lookedIn: string;
  workspace: string;
  /** Where the tests ran: report paths are relative to it, and its tree is what the report is compared with. */
  cwd: string;
  thresholds: Thresholds;
  perFile?: Record<string, Thresholds>;
  /** One shard of a matrix: minimums are checked on the merged coverage, the rules on broken data still apply. */
  thresholdsElsewhere?: boolean;
  /** Compare the report with the source tree (off for merges of reports written elsewhere). Default true. */
  compareTree?: boolean;
}

export interface CoverageVerdict {
  /** The report, when one could be read and lists at least one file. */
  report?: CoverageReport;
  /** Each one fails the stage. */
  failures: string[];
  /** Each one makes the stage warn. */
  warnings: string[];
  thresholdFailures: ThresholdFailure[];
  /** coverage-<metric> outputs: the percentage, or '' for "n/a" (nothing to count) and for no report. */
  outputs: Record<`coverage-${MetricName}`, string>;
  /** True when any minimum is configured (overall or per file). */
  gated: boolean;
}

function anyThreshold(thresholds: Thresholds, perFile: Record<string, Thresholds>): boolean {
  return METRICS.some((m) => thresholds[m] !== undefined) || Object.values(perFile).some((t) => METRICS.some((m) => t[m] !== undefined));
}

function requiredList(thresholds: Thresholds): string {
  const set = METRICS.filter((m) => thresholds[m] !== undefined).map((m) => `${m} ${thresholds[m]}%`);
  return set.length ? set.join(', ') : 'per-file minimums';
}

/** Empty outputs: nothing measured is never a number. */
function emptyOutputs(): CoverageVerdict['outputs'] {
  return Object.fromEntries(METRICS.map((m) => [`coverage-${m}`, ''])) as CoverageVerdict['outputs'];
}

export async function gateCoverage(options: GateOptions): Promise<CoverageVerdict> {
  const perFile = options.perFile ?? {};
  const gated = anyThreshold(options.thresholds, perFile) && !options.thresholdsElsewhere;
  const verdict: CoverageVerdict = { failures: [], warnings: [], thresholdFailures: [], outputs: emptyOutputs(), gated };
  const shown = (file: string) => path.relative(options.workspace, file) || file;
  // Without a minimum, missing coverage is worth a warning; with one, it is the reason the gate cannot pass.
  const problem = (message: string) => (gated ? verdict.failures : verdict.warnings).push(gated ? `${message}; the coverage minimums (${requiredList(options.thresholds)}) cannot be checked` : message);

  if (options.files.length === 0) {
    problem(`no coverage report in ${options.lookedIn}: expected lcov.info, coverage-summary.json, coverage-final.json, cobertura-coverage.xml or coverage.xml`);
    return verdict;
  }
  for (const file of options.files) {
    const size = sizeOf(file);
    if (size === 0) {
      problem(`${shown(file)} is empty: expected coverage records`);
      return verdict;
    }
  }
  let report: CoverageReport;
  try {
    report = await readCoverage(options.files, { workspace: options.workspace, cwd: options.cwd });
  } catch (e) {
    // A file that is there but wrong is never shown as coverage, threshold or not.
    if (e instanceof CoverageFormatError) {
      verdict.failures.push(`${relativeMessage(e.message, options.workspace)}${gated ? `; the coverage minimums (${requiredList(options.thresholds)}) cannot be checked` : ''}`);
      return verdict;
    }
    throw e;
  }
  verdict.warnings.push(...(report.warnings ?? []).map((w) => relativeMessage(w, options.workspace)));
  if (report.files.length === 0) {
    problem(`${options.files.map(shown).join(', ')} lists no source file (check test.include / test.exclude, and that the tests load the code)`);
    return verdict;
  }
  verdict.report = report;
  for (const m of METRICS) {
    const value = measured(report.totals[m]);
    verdict.outputs[`coverage-${m}`] = value === undefined ? '' : String(value);
  }
  if (options.compareTree !== false) {
    const rootFromWorkspace = path.relative(options.workspace, options.cwd).split(path.sep).join('/');
    const shownReport = options.files.map(shown).join(', ');
    verdict.warnings.push(...checkAgainstSourceTree(report.files.map((f) => f.path), options.cwd, rootFromWorkspace.startsWith('..') ? '' : rootFromWorkspace, shownReport).warnings);
  }
  if (gated) {
    verdict.thresholdFailures = checkThresholds(report, options.thresholds, perFile);
    for (const pattern of unmatchedPatterns(report, perFile)) verdict.warnings.push(`per-file minimum '${pattern}' matches no file in the report`);
  }
  return verdict;
}

function sizeOf(file: string): number | undefined {
  try {
    const stats = statSync(file);
    return stats.isFile() ? stats.size : undefined;
  } catch {
    // A missing file is the reader's to report, with its own message.
    return undefined;
  }
}

function relativeMessage(message: string, workspace: string): string {
  const root = path.resolve(workspace) + path.sep;
  return message.startsWith(root) ? message.slice(root.length) : message;
}

/** The stage's headline pieces for the verdict: failures first, then threshold misses. */
export function verdictProblems(verdict: CoverageVerdict): string[] {
  const out = [...verdict.failures];
  const misses = verdict.thresholdFailures.length;
  if (misses) out.push(`${misses} coverage threshold${misses === 1 ? '' : 's'} not met`);
  return out;
}

/** True when the verdict alone fails the stage. */
export function verdictFails(verdict: CoverageVerdict): boolean {
  return verdict.failures.length > 0 || verdict.thresholdFailures.length > 0;
}

/** The coverage part of the stage's details: totals with n/a, minimums, and what the gate found. */
export function renderVerdict(verdict: CoverageVerdict, thresholds: Thresholds, sources: Partial<Record<MetricName, string>> = {}): string {
  const lines: string[] = [];
  const report = verdict.report;
  if (report) {
    lines.push('| Metric | Covered | Total | % | Required |', '|---|---:|---:|---:|---:|');
    for (const m of METRICS) {
      const metric = report.totals[m];
      const value = measured(metric);
      const required = thresholds[m];
      const source = sources[m];
      lines.push(`| ${m} | ${metric.covered} | ${metric.total} | ${value === undefined ? 'n/a' : value} | ${required === undefined ? '—' : `${required}${source ? ` (${cell(source)})` : ''}`} |`);
    }
  }
  if (verdict.failures.length) lines.push('', '**Coverage could not be trusted**', '', ...verdict.failures.map((f) => `- ${cell(f)}`));
  if (verdict.thresholdFailures.length) {
    lines.push('', '**Thresholds not met**', '');
    for (const f of verdict.thresholdFailures.slice(0, 50)) lines.push(`- ${f.file ? `\`${cell(f.file)}\` ` : ''}${f.notMeasured ? cell(describeFailure(f)) : `${f.metric}: ${f.actual}% < ${f.required}%`}`);
    if (verdict.thresholdFailures.length > 50) lines.push(`- … and ${verdict.thresholdFailures.length - 50} more`);
  }
  if (verdict.warnings.length) lines.push('', '**Coverage warnings**', '', ...verdict.warnings.map((w) => `- ${cell(w)}`));
  return lines.join('\n');
}

export function thresholdAnnotation(f: ThresholdFailure): Annotation {
  return {
    level: 'error',
    title: 'Coverage below threshold',
    message: f.notMeasured ? describeFailure(f) : `${f.metric} coverage ${f.actual}% is under the required ${f.required}%${f.file ? ` for ${f.file}` : ''}`,
    file: f.file,
  };
}
