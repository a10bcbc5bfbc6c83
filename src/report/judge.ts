// The post phase's verdict: a saved report's facts judged again with this run's settings. In a workflow_run
// workflow this run checked out the base branch, so the thresholds are the base's, never the pull request's:
// a fork that lowers its thresholds, or writes "passed" next to failing numbers, changes nothing here.
import type { Config } from '../config/config.js';
import { percent, type CoverageReport } from '../coverage/model.js';
import { checkThresholds } from '../coverage/thresholds.js';
import type { StageResult } from '../pipeline/stage.js';
import type { ReportBundle } from './bundle.js';
import type { ReportInput } from './model.js';

/** The report input the post phase renders: the bundle's facts, our thresholds, links we built ourselves. */
export function judgeBundle(bundle: ReportBundle, config: Config, runUrl: string | undefined): ReportInput {
  const coverage: CoverageReport | undefined = bundle.coverage
    ? { files: bundle.coverage.files, totals: bundle.coverage.totals, sources: [] }
    : undefined;
  const stages: StageResult[] = bundle.stages.map((s) => ({
    stage: s.stage,
    status: s.status,
    headline: s.headline,
    durationMs: s.durationMs,
    outputs: {},
    annotations: [],
  }));
  // Judged whenever the pull request run reported tests, and also when it did not but coverage is gated here:
  // leaving the test stage out of the pull request run must not turn a gated check green. (This run's own
  // `stages` input is about this run, usually `report` alone, so it does not decide.)
  const gated =
    Object.values(config.test.thresholds).some((v) => typeof v === 'number') ||
    Object.keys(config.test.perFile).length > 0;
  if (bundle.stages.some((s) => s.stage === 'test') || gated) {
    const judged = judgeTests(bundle, config, coverage);
    const i = stages.findIndex((s) => s.stage === 'test');
    const result: StageResult = {
      stage: 'test',
      durationMs: i >= 0 ? stages[i]!.durationMs : 0,
      outputs: {},
      annotations: [],
      ...judged,
    };
    if (i >= 0) stages[i] = result;
    else stages.push(result);
  }
  const thresholds = Object.fromEntries(
    Object.entries(config.test.thresholds).filter(([, v]) => typeof v === 'number'),
  ) as ReportInput['thresholds'];
  const input: ReportInput = { name: config.report.name, stages, thresholds, links: runUrl ? { run: runUrl } : {} };
  if (coverage) input.coverage = coverage;
  if (bundle.patch) input.patch = bundle.patch;
  if (config.report.patchThreshold !== undefined) input.patchThreshold = config.report.patchThreshold;
  return input;
}

/**
 * The test stage's status and headline from its counts, the way src/stages/test/stage.ts decides them, with
 * this run's settings. What the bundle cannot show (no counts, no coverage, files left out while per-file
 * thresholds are set) is not checked, and not checked is a failure here, never a pass.
 */
export function judgeTests(
  bundle: ReportBundle,
  config: Config,
  coverage: CoverageReport | undefined,
): Pick<StageResult, 'status' | 'headline'> {
  const claimed = bundle.stages.find((s) => s.stage === 'test');
  if (!claimed || claimed.status === 'skipped' || !bundle.tests) {
    return {
      status: 'failed',
      headline: `not checked: the saved report has no test results${claimed?.status === 'skipped' ? ' (the test stage was skipped)' : ''}`,
    };
  }
  const { tests } = bundle;
  const problems: string[] = [];
  const testsFailed = tests.exitCode !== 0 || tests.failed > 0;
  if (tests.exitCode === null) problems.push('the test command was stopped');
  else if (testsFailed)
    problems.push(
      tests.failed
        ? `${tests.failed} test${tests.failed === 1 ? '' : 's'} failed`
        : `the test command exited with ${tests.exitCode}`,
    );
  const needsCoverage = config.test.coverageTool === 'c8';
  if (!coverage && needsCoverage) problems.push('no coverage in the saved report');
  const perFile = Object.keys(config.test.perFile).length > 0;
  const partial = !!bundle.coverage && bundle.coverage.filesOmitted > 0 && perFile;
  if (partial)
    problems.push(
      `per-file thresholds not checked: the saved report lists ${bundle.coverage!.files.length} of ${bundle.coverage!.files.length + bundle.coverage!.filesOmitted} files`,
    );
  const failures = coverage
    ? checkThresholds(coverage, config.test.thresholds, partial ? {} : config.test.perFile)
    : [];
  if (failures.length)
    problems.push(`${failures.length} coverage threshold${failures.length === 1 ? '' : 's'} not met`);
  const failed =
    (testsFailed && config.test.failOnTestFailure) ||
    tests.exitCode === null ||
    failures.length > 0 ||
    (!coverage && needsCoverage) ||
    partial;
  const counts = [
    `${tests.passed} passed, ${tests.failed} failed${tests.skipped ? `, ${tests.skipped} skipped` : ''}`,
    coverage ? `lines ${percent(coverage.totals.lines)}%` : '',
  ]
    .filter(Boolean)
    .join(', ');
  return {
    status: failed ? 'failed' : testsFailed || !coverage ? 'warned' : 'passed',
    headline: problems.length ? `${problems.join('; ')} (${counts})` : counts,
  };
}
