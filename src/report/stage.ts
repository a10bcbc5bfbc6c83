// The report stage: turns every earlier stage's result into the job summary, annotations, and (directly, or
// through a saved bundle for forks) the sticky PR comment, one commit status per stage and a check run.
// Missing GitHub permissions never fail it: they become one warning, and the summary is still written.
import path from 'node:path';
import type { GitHubClient, Host } from '../host/host.js';
import { describeRequestError } from '../host/http-error.js';
import {
  ConfigError,
  type Annotation,
  type Stage,
  type StageContext,
  type StageOutcome,
  type StageResult,
} from '../pipeline/stage.js';
import { percent } from '../coverage/model.js';
import { chooseAnnotations, uncoveredAnnotations, type RankedAnnotation } from './annotations.js';
import { loadBaseCoverage } from './base-coverage.js';
import {
  BUNDLE_ARTIFACT,
  BUNDLE_VERSION,
  BundleError,
  bundleCoverage,
  bundlePatch,
  MAX_ANNOTATIONS,
  readBundle,
  writeBundle,
  type ReportBundle,
} from './bundle.js';
import { judgeBundle } from './judge.js';
import { renderComment } from './comment.js';
import { cell, cutToMeasure, characters, pct } from './markdown.js';
import {
  isCoverageReport,
  isPatchCoverage,
  patchBelowThreshold,
  type ReportInput,
  type TestStageReportData,
} from './model.js';
import type { TestResults } from '../testresults/model.js';
import { computePatchCoverage, type PatchCoverageEngine } from './patch-source.js';
import { WriteGate } from './permissions.js';
import { publishReport, type Publication, type PublishResult } from './publish.js';
import { patchStatus, stageStatuses } from './statuses.js';
import { renderSummary } from './summary.js';

/** The test stage's counts, as src/stages/test/stage.ts leaves them in its data. */
interface TestStageFacts {
  tests?: TestResults;
  exitCode?: number | null;
}

export interface ReportStageOptions {
  /**
   * Computes patch coverage when the test stage did not (src/coverage's changedLines, changedLinesFromPatches
   * and patchCoverage). Without it, patch coverage is shown only if the test stage's data carries it.
   */
  patchEngine?: PatchCoverageEngine;
}

export function createReportStage(options: ReportStageOptions = {}): Stage {
  return {
    name: 'report',
    run: (ctx) => (ctx.config.report.mode === 'post' ? postSavedReport(ctx) : reportThisRun(ctx, options)),
  };
}

export const reportStage: Stage = createReportStage();

/** Everything the report needs, from the earlier stages' results and the base branch's coverage. */
export async function gatherReportInput(ctx: StageContext, options: ReportStageOptions = {}): Promise<ReportInput> {
  const { config, host } = ctx;
  const stages = [...ctx.previous.values()].filter((s) => s.stage !== 'report');
  const testData = ctx.previous.get('test')?.data as TestStageReportData | undefined;
  const coverage = isCoverageReport(testData?.coverage) ? testData!.coverage : undefined;
  let patch = isPatchCoverage(testData?.patch) ? testData!.patch : undefined;
  let patchSource: string | undefined;
  if (!patch && coverage && options.patchEngine) {
    const computed = await computePatchCoverage(host, coverage, options.patchEngine);
    patch = computed?.patch;
    patchSource = computed?.source;
  }
  const thresholds = Object.fromEntries(
    Object.entries(config.test.thresholds).filter(([, v]) => typeof v === 'number'),
  ) as ReportInput['thresholds'];
  const input: ReportInput = {
    name: config.report.name,
    stages,
    thresholds,
    links: { run: host.context.runUrl, artifact: ctx.previous.get('artifact')?.outputs['artifact-url'] || undefined },
  };
  if (coverage) input.coverage = coverage;
  if (patch) input.patch = patch;
  if (patchSource) input.patchSource = patchSource;
  if (config.report.patchThreshold !== undefined) input.patchThreshold = config.report.patchThreshold;
  input.fileTable = config.report.fileTable;
  const blobUrl = blobUrlOf(host);
  if (blobUrl) input.blobUrl = blobUrl;
  if (coverage) {
    const base = await loadBaseCoverage(host, {
      file: config.report.baseCoverage,
      baseRef: host.context.pullRequest?.baseRef,
    });
    if (base) {
      input.base = base.coverage;
      input.baseSource = base.source;
      if (base.files) input.baseFiles = base.files;
    }
  }
  return input;
}

/** Where the head commit's files are on GitHub: the pull request's head, else the commit this run built. */
function blobUrlOf(host: Host): string | undefined {
  const ctx = host.context;
  const sha = ctx.pullRequest?.headSha ?? ctx.sha;
  if (!ctx.repository || !sha || !/^[0-9a-f]{7,64}$/i.test(sha)) return undefined;
  return `${ctx.serverUrl.replace(/\/+$/, '')}/${encodeURIComponent(ctx.repository.owner)}/${encodeURIComponent(ctx.repository.repo)}/blob/${sha}`;
}

function stageAnnotations(stages: readonly StageResult[]): RankedAnnotation[] {
  return stages.flatMap((s) => s.annotations.map((a) => ({ ...a, source: 'stage' as const })));
}

function conclusionOf(input: ReportInput): Publication['conclusion'] {
  return input.stages.some((s) => s.status === 'failed') || patchBelowThreshold(input) ? 'failure' : 'success';
}

function checkRunTitle(input: ReportInput): string {
  const count = (status: string) => input.stages.filter((s) => s.status === status).length;
  const parts = [
    `${count('passed')} passed`,
    count('failed') ? `${count('failed')} failed` : '',
    count('warned') ? `${count('warned')} warned` : '',
  ].filter(Boolean);
  if (input.coverage)
    parts.push(`lines ${input.coverage.totals.lines.total > 0 ? pct(percent(input.coverage.totals.lines)) : 'n/a'}`);
  if (input.patch && input.patch.total > 0) parts.push(`patch ${pct(input.patch.percent)}`);
  return parts.join(' · ');
}

/** What to publish, rendered and judged by this run from `input`. */
export function buildPublication(
  input: ReportInput,
  target: Pick<Publication, 'repository' | 'pullRequest' | 'headSha' | 'runUrl'>,
  summaryMarkdown: string,
  annotations: readonly Annotation[],
  withComment: boolean,
): Publication {
  return {
    name: input.name,
    ...target,
    conclusion: conclusionOf(input),
    ...(withComment ? { comment: renderComment(input).body } : {}),
    statuses: [
      ...stageStatuses(input.name, input.stages, target.runUrl),
      ...patchStatus(input.name, input.patch, input.patchThreshold, target.runUrl),
    ],
    annotations: annotations.map((a) => plainAnnotation(a)),
    checkRun: { title: checkRunTitle(input), summary: cutToMeasure(summaryMarkdown, 65_535, characters) },
  };
}

function runTarget(host: Host): Pick<Publication, 'repository' | 'pullRequest' | 'headSha' | 'runUrl'> {
  const ctx = host.context;
  const sha = ctx.pullRequest?.headSha ?? ctx.sha;
  return {
    ...(ctx.repository ? { repository: ctx.repository } : {}),
    ...(ctx.pullRequest ? { pullRequest: ctx.pullRequest.number } : {}),
    ...(sha ? { headSha: sha } : {}),
    ...(ctx.runUrl ? { runUrl: ctx.runUrl } : {}),
  };
}

/** What this run measured, as data only, for a workflow_run run to render and judge (report-mode: save). */
export function buildBundle(
  input: ReportInput,
  host: Host,
  tests: TestStageFacts | undefined,
  annotations: readonly Annotation[],
): ReportBundle {
  const target = runTarget(host);
  return {
    version: BUNDLE_VERSION,
    name: input.name,
    ...(target.repository ? { repository: target.repository } : {}),
    ...(target.pullRequest ? { pullRequest: target.pullRequest } : {}),
    ...(target.headSha ? { headSha: target.headSha } : {}),
    ...(host.context.runId && /^\d+$/.test(host.context.runId) ? { runId: host.context.runId } : {}),
    stages: input.stages
      .filter((s) => s.stage !== 'report')
      .map((s) => ({
        stage: s.stage,
        status: s.status,
        headline: s.headline.slice(0, 2000),
        durationMs: Math.max(0, Math.round(s.durationMs)),
      })),
    ...(tests?.tests
      ? {
          tests: {
            passed: tests.tests.passed,
            failed: tests.tests.failed,
            skipped: tests.tests.skipped,
            exitCode: tests.exitCode ?? null,
          },
        }
      : {}),
    ...(input.coverage ? { coverage: bundleCoverage(input.coverage) } : {}),
    ...(input.patch ? { patch: bundlePatch(input.patch) } : {}),
    annotations: annotations.slice(0, MAX_ANNOTATIONS).map((a) => plainAnnotation(a)),
  };
}

/** An annotation's own fields only (no ranking source), within the sizes a bundle may hold. */
function plainAnnotation(a: Annotation): Annotation {
  return {
    level: a.level,
    message: a.message.slice(0, 4000),
    ...(a.title !== undefined ? { title: a.title.slice(0, 255) } : {}),
    ...(a.file !== undefined ? { file: a.file } : {}),
    ...(a.line !== undefined ? { line: a.line } : {}),
    ...(a.endLine !== undefined ? { endLine: a.endLine } : {}),
    ...(a.column !== undefined ? { column: a.column } : {}),
  };
}

function emitAnnotations(
  host: Host,
  all: RankedAnnotation[],
  enabled: boolean,
  checkRunName: string | undefined,
): string[] {
  if (!enabled || all.length === 0) return [];
  const choice = chooseAnnotations(all);
  for (const { source: _source, ...a } of choice.emit) host.annotate(a);
  if (choice.omittedTotal === 0) return [];
  const left = (['error', 'warning', 'notice'] as const)
    .filter((l) => choice.omitted[l] > 0)
    .map((l) => `${choice.omitted[l]} ${l}${choice.omitted[l] > 1 ? 's' : ''}`);
  const where = checkRunName
    ? ` All of them are in the check run "${checkRunName}" where the token may create one (checks: write).`
    : '';
  const message = `${choice.omittedTotal} of ${all.length} annotations were not shown on the diff (${left.join(', ')}): GitHub keeps 10 errors, 10 warnings and 10 notices per step.${where}`;
  host.log.info(message);
  return [message];
}

async function reportThisRun(ctx: StageContext, options: ReportStageOptions): Promise<StageOutcome> {
  const { config, host } = ctx;
  const rc = config.report;
  const input = await gatherReportInput(ctx, options);
  const all = [...stageAnnotations(input.stages), ...uncoveredAnnotations(input.patch)];
  const notes = emitAnnotations(host, all, rc.annotations, rc.checkRun ? rc.name : undefined);
  // Rendered once without notes for the bundle/check run; the job summary gets the publishing notes too.
  const draft = renderSummary(input);
  const bundle = buildPublication(input, runTarget(host), draft.markdown, all, rc.comment);

  let published: PublishResult | undefined;
  let saved: string | undefined;
  // Said in the headline when publishing fell short; the stage then warns (it never fails for it).
  let shortfall: string | undefined;
  if (rc.mode === 'save') {
    const facts = ctx.previous.get('test')?.data as TestStageFacts | undefined;
    const result = await saveBundle(host, buildBundle(input, host, facts, all), rc.bundleOutput, notes);
    saved = result.file;
    if (!result.uploaded) shortfall = `the report was not uploaded as ${BUNDLE_ARTIFACT}`;
  } else {
    const client = await host.github();
    // Outside Actions there is nothing to publish to; on Actions a missing token is worth saying.
    if (!client) {
      if (host.kind === 'actions')
        notes.push('No GitHub token (input github-token): the comment, statuses and check run were skipped.');
      else host.log.debug('no GitHub token: nothing published to GitHub');
    } else if (!bundle.repository)
      notes.push('Not running on GitHub: the comment, statuses and check run were skipped.');
    else {
      const gate = new WriteGate(host.log, { fromFork: host.context.pullRequest?.fromFork });
      published = await publishReport(client, gate, bundle, {
        comment: rc.comment,
        statuses: rc.statuses,
        checkRun: rc.checkRun,
      });
      // The gate's own sentences (why writes stopped, how to publish instead) come first, then what was skipped.
      if (!gate.canWrite) shortfall = 'the token is read-only: comment, statuses and check run skipped';
      else if (gate.problems.length > 0)
        shortfall = `${gate.problems.length} GitHub write${gate.problems.length > 1 ? 's' : ''} failed`;
      notes.push(...gate.problems, ...published.notes.filter((n) => !gate.problems.includes(n)));
      if (gate.notices.length > 0) host.log.info(gate.notices.join('\n'));
    }
  }
  if (rc.summary) await host.appendSummary(renderSummary(input, { notes }).markdown);

  const below = patchBelowThreshold(input);
  const headline = [
    below ? `patch coverage ${pct(input.patch!.percent)} is below ${pct(input.patchThreshold!)}` : '',
    describePublishing(published, saved),
    shortfall ?? '',
  ]
    .filter(Boolean)
    .join('; ');
  const outputs: Record<string, string> = {};
  if (input.patch) outputs['patch-coverage'] = input.patch.percent.toFixed(2);
  return {
    status: below ? 'failed' : shortfall ? 'warned' : 'passed',
    headline: headline || 'summary written',
    details: notes.length > 0 ? notes.map((n) => `- ${n}`).join('\n') : undefined,
    outputs,
    data: { published, bundle: saved },
  };
}

function describePublishing(published: PublishResult | undefined, saved: string | undefined): string {
  if (saved) return `report saved as artifact ${BUNDLE_ARTIFACT}`;
  if (!published) return 'summary written';
  const parts = ['summary written'];
  if (published.comment) parts.push(`comment ${published.comment.action}`);
  if (published.statuses > 0) parts.push(`${published.statuses} statuses`);
  if (published.checkRun) parts.push(`check run with ${published.checkRun.annotations} annotations`);
  return parts.join(', ');
}

async function saveBundle(
  host: Host,
  bundle: ReportBundle,
  output: string | undefined,
  notes: string[],
): Promise<{ file: string; uploaded: boolean }> {
  const folder = output ? path.resolve(host.context.workspace, output) : path.join(host.resultsDir, BUNDLE_ARTIFACT);
  const file = writeBundle(folder, bundle);
  try {
    const store = await host.artifacts();
    const uploaded = await store.upload(BUNDLE_ARTIFACT, [file], folder, { retentionDays: 5 });
    notes.push(
      `Report saved as ${uploaded.location} ${BUNDLE_ARTIFACT}; a workflow_run workflow posts it (report-mode: post).`,
    );
    return { file, uploaded: true };
  } catch (e) {
    const message = `Report saved to ${file}, but uploading it as the artifact ${BUNDLE_ARTIFACT} failed: ${(e as Error).message}`;
    host.log.warning(message);
    notes.push(message);
    return { file, uploaded: false };
  }
}

/**
 * The post phase: a bundle saved by a pull request run is checked against the schema and against the
 * workflow_run it came from, then judged with this run's settings and rendered by this run: nothing of it is
 * published as written.
 */
async function postSavedReport(ctx: StageContext): Promise<StageOutcome> {
  const { config, host } = ctx;
  const rc = config.report;
  const folder = await locateBundle(host, rc.bundle, rc.bundleRunId);
  if (!folder) {
    return { status: 'skipped', headline: `no ${BUNDLE_ARTIFACT} artifact in run ${rc.bundleRunId}` };
  }
  const refuse = async (status: 'failed' | 'warned', problem: string): Promise<StageOutcome> => {
    host.log.warning(problem);
    if (rc.summary) await host.appendSummary(`The saved report was not published.\n\n> ${cell(problem)}\n`);
    return {
      status,
      headline: status === 'failed' ? 'saved report refused' : 'saved report not published',
      details: problem,
    };
  };
  let bundle: ReportBundle;
  try {
    bundle = readBundle(folder, rc.name);
  } catch (e) {
    if (e instanceof BundleError)
      return refuse('failed', `The saved report does not match the report schema, so it was refused: ${e.message}`);
    throw e;
  }
  const repository = host.context.repository;
  const client = await host.github();
  const notes: string[] = [];
  let published: PublishResult | undefined;
  // The link to the pull request run is built here, from the run id the event gave, never taken from the bundle.
  const runUrl =
    repository && rc.bundleRunId
      ? `${host.context.serverUrl}/${repository.owner}/${repository.repo}/actions/runs/${rc.bundleRunId}`
      : undefined;
  const input = judgeBundle(bundle, config, runUrl);
  const summary = renderSummary(input).markdown;
  if (!client) notes.push('No GitHub token: nothing was published.');
  else if (!repository) notes.push('The repository is unknown (not running on GitHub Actions); nothing was published.');
  else {
    const problem = await checkBundleTarget(client, bundle, rc.bundleRunId, repository);
    if (problem) return refuse('warned', problem);
    const publication = buildPublication(
      input,
      {
        repository,
        ...(bundle.pullRequest ? { pullRequest: bundle.pullRequest } : {}),
        headSha: bundle.headSha!,
        ...(runUrl ? { runUrl } : {}),
      },
      summary,
      bundle.annotations,
      rc.comment,
    );
    const gate = new WriteGate(host.log);
    published = await publishReport(client, gate, publication, {
      comment: rc.comment,
      statuses: rc.statuses,
      checkRun: rc.checkRun,
    });
    notes.push(...published.notes);
  }
  if (rc.summary) {
    const intro = `Published the report of ${runUrl ? `[the pull request run](${runUrl})` : 'the pull request run'}${bundle.pullRequest ? ` to #${bundle.pullRequest}` : ''}, judged with this run's settings.\n\n`;
    await host.appendSummary(
      intro + (notes.length > 0 ? `${notes.map((n) => `> ${cell(n)}`).join('\n>\n')}\n\n` : '') + summary,
    );
  }
  const failed = input.stages.some((s) => s.status === 'failed') || patchBelowThreshold(input);
  return {
    status: notes.length > 0 ? 'warned' : 'passed',
    headline: `${describePublishing(published, undefined).replace('summary written', 'saved report published')}${failed ? ' (the pull request run failed)' : ''}`,
    details: notes.length > 0 ? notes.map((n) => `- ${n}`).join('\n') : undefined,
    data: { published },
  };
}

async function locateBundle(
  host: Host,
  bundlePath: string | undefined,
  runId: string | undefined,
): Promise<string | undefined> {
  if (bundlePath) return path.resolve(host.context.workspace, bundlePath);
  if (!runId)
    throw new ConfigError(
      "report-mode 'post' needs input 'report-bundle' (a downloaded backend-ci-report folder) or 'report-run-id' (github.event.workflow_run.id)",
    );
  const store = await host.artifacts();
  return store.downloadLatest(BUNDLE_ARTIFACT, path.join(host.resultsDir, 'saved-report'), { runId });
}

/**
 * A saved report comes from the pull request's code, and the posting token can write to the whole repository:
 * it may only speak about this repository, about the commit the workflow_run built (checked against that run
 * when its id is known), and about the pull request whose head that commit is. Returns why not, or undefined
 * when it checks out.
 */
export async function checkBundleTarget(
  client: GitHubClient,
  bundle: ReportBundle,
  runId: string | undefined,
  repo: { owner: string; repo: string },
): Promise<string | undefined> {
  const ours = `${repo.owner}/${repo.repo}`;
  if (
    bundle.repository &&
    `${bundle.repository.owner}/${bundle.repository.repo}`.toLowerCase() !== ours.toLowerCase()
  ) {
    return `The saved report is for ${bundle.repository.owner}/${bundle.repository.repo}, not ${ours}; not publishing it.`;
  }
  if (!bundle.headSha) return 'The saved report names no commit; not publishing it.';
  if (runId === undefined && bundle.pullRequest === undefined) {
    return 'The saved report names no pull request and no run id was given (report-run-id), so its commit cannot be verified; not publishing it.';
  }
  let headRepository: string | undefined;
  try {
    if (runId !== undefined) {
      const { data: run } = await client.rest.actions.getWorkflowRun({
        owner: repo.owner,
        repo: repo.repo,
        run_id: Number(runId),
      });
      if (run.head_sha !== bundle.headSha) {
        return `The saved report names commit ${bundle.headSha}, but run ${runId} built ${run.head_sha}; not publishing it.`;
      }
      if (bundle.runId !== undefined && bundle.runId !== runId) {
        return `The saved report says it was saved by run ${bundle.runId}, but it was downloaded from run ${runId}; not publishing it.`;
      }
      // GitHub lists the run's pull requests only when the head is in this repository (never for forks).
      const linked = (run.pull_requests ?? []).map((p) => p.number);
      if (bundle.pullRequest !== undefined && linked.length > 0 && !linked.includes(bundle.pullRequest)) {
        return `The saved report names pull request #${bundle.pullRequest}, but run ${runId} is for ${linked.map((n) => `#${n}`).join(', ')}; not publishing it.`;
      }
      headRepository = run.head_repository?.full_name;
    }
    if (bundle.pullRequest !== undefined) {
      const { data: pr } = await client.rest.pulls.get({
        owner: repo.owner,
        repo: repo.repo,
        pull_number: bundle.pullRequest,
      });
      if (pr.head.sha !== bundle.headSha) {
        return `The saved report names pull request #${bundle.pullRequest} and commit ${bundle.headSha}, but that pull request's head is ${pr.head.sha}; not publishing it.`;
      }
      const prHead = pr.head.repo?.full_name;
      if (headRepository && prHead && headRepository.toLowerCase() !== prHead.toLowerCase()) {
        return `The saved report names pull request #${bundle.pullRequest}, whose head is in ${prHead}, but run ${runId} built a commit of ${headRepository}; not publishing it.`;
      }
    }
  } catch (e) {
    return `Could not check the saved report against ${runId !== undefined ? `run ${runId}` : `pull request #${bundle.pullRequest}`}: ${describeRequestError(e).text}; not publishing it.`;
  }
  return undefined;
}
