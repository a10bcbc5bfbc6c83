// Settings of the report stage: where results are published, and how (directly, or in two phases for forks).
import { bool, num, obj, oneOf, str } from '../schema.js';

/** Which files the per-file coverage table lists (src/report/files-table.ts). */
export const FILE_TABLE_MODES = ['changed', 'affected', 'all'] as const;
export type FileTableMode = (typeof FILE_TABLE_MODES)[number];

export const REPORT_MODES = ['direct', 'save', 'post'] as const;
export type ReportMode = (typeof REPORT_MODES)[number];

export const report = obj(
  {
    token: str({ doc: 'Token for PR comments, statuses and deployments.', input: 'github-token', secret: true }),
    comment: bool({ doc: 'Post or update one sticky PR comment.', input: 'comment', default: true }),
    name: str({
      doc: 'Name of this report; one sticky comment and one set of statuses per name.',
      input: 'name',
      default: 'backend-ci',
      pattern: /^[A-Za-z0-9][A-Za-z0-9._-]{0,49}$/,
      patternDoc: 'letters, digits, ".", "_" or "-" (at most 50, starting with a letter or digit)',
    }),
    summary: bool({ doc: 'Write the job summary.', input: 'summary', default: true }),
    mode: oneOf(REPORT_MODES, {
      doc:
        'direct: publish the comment, statuses and check run from this run. ' +
        'save: write the report as the artifact backend-ci-report (for pull requests from forks, whose token cannot write). ' +
        'post: publish a saved report, in a workflow_run workflow that has write permission.',
      input: 'report-mode',
      default: 'direct',
    }),
    checkRun: bool({
      doc: 'Create a check run holding every annotation (needs checks: write; skipped with a notice without it).',
      input: 'check-run',
      default: true,
    }),
    statuses: bool({
      doc: 'Set one commit status per stage (context <name>/<stage>).',
      input: 'statuses',
      default: true,
    }),
    annotations: bool({
      doc: 'Emit annotations (within the per-step budget: 10 errors, 10 warnings, 10 notices).',
      input: 'annotations',
      default: true,
    }),
    baseCoverage: str({
      doc: "Coverage of the base branch to compare with (coverage-summary.json or lcov.info). Default: the base branch's latest coverage-report artifact.",
      input: 'base-coverage',
    }),
    fileTable: oneOf(FILE_TABLE_MODES, {
      doc:
        'Which files the per-file coverage table lists (four metrics, change against the base, uncovered lines linked to the source). ' +
        'changed: the files this pull request changes. affected: those and every file whose coverage moved against the base. all: every file. ' +
        'Outside a pull request every file is listed.',
      input: 'coverage-table',
      default: 'changed',
    }),
    patchThreshold: num({
      doc: 'Minimum coverage of the lines this pull request changes, percent.',
      input: 'threshold-patch',
      min: 0,
      max: 100,
      unit: 'percent',
    }),
    shard: str({
      doc: 'This job\'s shard as "i/n" (e.g. "2/4"); its coverage is uploaded per shard and merged by the merge job.',
      input: 'shard',
      pattern: /^[1-9]\d*\/[1-9]\d*$/,
      patternDoc: 'a shard "i/n" with 1 <= i <= n (e.g. "2/4")',
    }),
    mergeShards: num({
      doc: 'Merge mode: download the coverage artifacts of shards 1..n of this run, merge them and report once (the job after a sharded matrix).',
      input: 'merge-shards',
      min: 1,
      max: 256,
      integer: true,
    }),
    bundle: str({
      doc: 'post mode: folder (or report.json) of a downloaded backend-ci-report artifact. Default: download it from the run given by report-run-id.',
      input: 'report-bundle',
    }),
    bundleRunId: str({
      doc: 'post mode: id of the pull request run whose backend-ci-report artifact to publish (github.event.workflow_run.id).',
      input: 'report-run-id',
      pattern: /^\d+$/,
      patternDoc: 'a workflow run id (digits)',
    }),
    bundleOutput: str({
      doc: 'save mode: where the report bundle folder is written. Default: backend-ci-report under the results folder.',
      input: 'report-bundle-output',
    }),
  },
  { doc: 'The report stage.' },
);
