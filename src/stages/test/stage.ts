// The test stage: finds the project's runner, runs it with the coverage tool that understands it, reads
// coverage and the runner's own test results, and enforces thresholds (backend-ci's, else the project's own).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Config } from '../../config/config.js';
import type { Host } from '../../host/host.js';
import { METRICS, type CoverageReport, type MetricName } from '../../coverage/model.js';
import { findCoverageFiles } from '../../coverage/read.js';
import type { ThresholdFailure, Thresholds } from '../../coverage/thresholds.js';
import {
  type CoverageVerdict,
  gateCoverage,
  renderVerdict,
  thresholdAnnotation,
  verdictFails,
} from '../../coverage/gate.js';
import { cell } from '../../report/markdown.js';
import { readTestResults, type TestResults } from '../../testresults/read.js';
import { stripAnsi } from '../../exec/ansi.js';
import { runProgram, tail } from '../../exec/run.js';
import { ConfigError } from '../../errors.js';
import type { Annotation, Stage, StageOutcome } from '../../pipeline/stage.js';
import { runTestCommand } from './c8.js';
import { detectRunner, type RunnerDetection } from './detect.js';
import { planRun, type ProjectThresholds } from './plan.js';

export interface TestStageData {
  coverageDirectory: string;
  coverage?: CoverageReport;
  tests?: TestResults;
  exitCode: number | null;
  thresholdFailures: ThresholdFailure[];
  /** The runner found, and why; undefined for the shard merge (no tests run there). */
  detection?: RunnerDetection;
  /** Who measured coverage: "c8", "@vitest/coverage-v8 4.1.12", "coverage.py", "none". */
  coverageTool?: string;
  /** The thresholds applied and where each came from (backend-ci settings win over the project's own). */
  thresholds: Thresholds;
  thresholdSources: Partial<Record<MetricName, string>>;
}

const TEST_LINE = /^\s*(?:✔|✖|✓|×|ok \d+|not ok \d+|PASS|FAIL)\s/mu;
/** The runner's own coverage gate (vitest, jest) speaks in these words when it fails the run. */
const RUNNER_GATE = /^.*(?:coverage threshold for \w+ .*not met|does not meet (?:global )?threshold).*$/im;
const SETTINGS_SOURCE = 'backend-ci settings';
/** When the runner failed without a failing test (a type check, an unhandled error), its first error line says why. */
const FIRST_ERROR = /^\s*(?:[A-Z][A-Za-z]*Error|Error)(?: \[[A-Z_]+\])?: .+$/m;

export const testStage: Stage = {
  name: 'test',
  async run({ config, host }): Promise<StageOutcome> {
    if (config.report.mergeShards !== undefined) return mergedShards(config, host);
    const detection = detectRunner({
      cwd: config.cwd,
      workspace: config.workspace,
      command: config.test.command,
      runner: config.test.runner === 'auto' ? undefined : config.test.runner,
    });
    host.log.info(
      `test runner: ${detection.runner} (${detection.reason}); package manager: ${detection.packageManager} (${detection.packageManagerReason})`,
    );
    for (const change of detection.changes) host.log.info(`  ${change}`);
    const coverageDirectory = path.resolve(config.cwd, config.test.coverageDirectory);
    const scratch = await mkdtemp(path.join(tmpdir(), 'backend-ci-test-'));
    try {
      return await runPlanned(config, host, detection, coverageDirectory, scratch);
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
  },
};

async function runPlanned(
  config: Config,
  host: Host,
  detection: RunnerDetection,
  coverageDirectory: string,
  scratch: string,
): Promise<StageOutcome> {
  const plan = await planRun({ config, detection, coverageDirectory, scratch });
  // The runner writes into the coverage directory: reports of an earlier run must not pass for this one's.
  if (plan.coverage === 'runner' && !config.test.coverageFiles.length)
    await rm(coverageDirectory, { recursive: true, force: true });
  host.log.info(`$ ${plan.command}${plan.coverage === 'c8' ? '   (under c8)' : ''}`);
  let seen = 0;
  const env = { ...process.env, ...plan.env };
  const timeoutMs = config.test.timeoutMinutes * 60_000;
  const run = await runTestCommand({
    command: plan.command,
    cwd: config.cwd,
    env,
    reportsDirectory: coverageDirectory,
    reporters: config.test.reporters,
    include: config.test.include,
    exclude: config.test.exclude,
    all: config.test.all,
    timeoutMs,
    withoutCoverage: plan.coverage !== 'c8',
    onOutput: (chunk) => {
      for (const line of chunk.split('\n')) {
        if (TEST_LINE.test(line)) seen++;
      }
      if (seen) host.stageProgress('test', `${seen} tests`);
    },
  });
  let output = `${run.stdout}\n${run.stderr}`;
  missingPythonModule(output, config.migrations.python, plan.coverageLabel);
  for (const step of plan.after) {
    // Whatever the tests did: a failing run still gets this run's report, never a stale one.
    const after = await runProgram(step.program, step.args, {
      cwd: config.cwd,
      env: { ...env, ...step.env },
      timeoutMs,
    });
    output += `\n${after.stdout}\n${after.stderr}`;
  }
  // The whole output is in the details when it failed; a passing run needs only its counts.
  if (run.code !== 0) host.log.info(tail(output, 40));

  const tests = await readTestResults({
    junit: config.test.junit.map((f) => path.resolve(config.cwd, f)),
    output,
    workspace: config.workspace,
    cwd: config.cwd,
    format: plan.results.format,
    file: plan.results.file,
  });
  const coverageFiles = config.test.coverageFiles.length
    ? config.test.coverageFiles.map((f) => path.resolve(config.cwd, f))
    : findCoverageFiles(coverageDirectory);
  const { thresholds, thresholdSources } = effectiveThresholds(config.test.thresholds, plan.thresholds);
  // One shard of a matrix measures part of the tests: the thresholds are for the merged coverage (merge job).
  const shardOnly = Boolean(config.report.shard);
  const shownDir = path.relative(config.workspace, coverageDirectory) || '.';
  // Coverage and its minimums, failing closed (src/coverage/gate.ts): a report that lists no file, an empty or
  // malformed one, or an n/a metric under a minimum never passes as covered.
  const verdict = await gateCoverage({
    files: coverageFiles,
    lookedIn: config.test.coverageFiles.length ? config.test.coverageFiles.join(', ') : shownDir,
    workspace: config.workspace,
    cwd: config.cwd,
    thresholds,
    perFile: config.test.perFile,
    thresholdsElsewhere: shardOnly,
  });
  const coverage = verdict.report;
  if (shardOnly && coverage)
    host.log.info(`shard ${config.report.shard}: coverage thresholds are checked on the merged coverage, not here`);
  for (const w of verdict.warnings) host.log.warning(w);
  const thresholdFailures = verdict.thresholdFailures;

  const annotations: Annotation[] = [];
  for (const f of tests?.failures ?? []) {
    annotations.push({
      level: 'error',
      title: `Test failed: ${f.name}`,
      message: f.message || 'failed',
      file: f.file,
      line: f.line,
    });
  }
  for (const f of thresholdFailures) annotations.push(thresholdAnnotation(f));

  const outputs: Record<string, string> = {};
  if (coverage) Object.assign(outputs, verdict.outputs);
  if (tests) {
    outputs['tests-passed'] = String(tests.passed);
    outputs['tests-failed'] = String(tests.failed);
  }

  const problems: string[] = [];
  const failedCount = (tests?.failed ?? 0) + (tests?.suiteErrors ?? 0);
  // A runner that gates coverage itself exits 1 with every test passed: a coverage verdict, not a test one.
  const runnerGate =
    run.code !== 0 && tests !== undefined && failedCount === 0
      ? RUNNER_GATE.exec(stripAnsi(output))?.[0].trim()
      : undefined;
  const testsFailed = failedCount > 0 || (run.code !== 0 && !runnerGate);
  if (run.timedOut) problems.push(`the test command was stopped after ${config.test.timeoutMinutes} min`);
  else if (failedCount > 0) problems.push(failureHeadline(tests!));
  else if (testsFailed) {
    const firstError = FIRST_ERROR.exec(stripAnsi(output))?.[0].trim().slice(0, 200);
    problems.push(
      `the test command exited with ${run.code ?? run.signal}${tests ? ' though no test failed' : ''}${firstError ? ` (first error: ${firstError})` : ''}`,
    );
  }
  const expectCoverage = plan.coverage !== 'none' || config.test.coverageFiles.length > 0;
  // Why coverage cannot be trusted: the gate's failures, and without a minimum its warning that none was found.
  const coverageProblems = coverage
    ? verdict.failures
    : [...verdict.failures, ...(expectCoverage ? verdict.warnings : [])];
  // A failing test is the news; a coverage report missing because of it goes to the details.
  const coverageAfterTests = !coverage && (testsFailed || run.timedOut);
  if (!coverageAfterTests) problems.push(...coverageProblems);
  if (coverage && verdict.warnings.length)
    problems.push(
      `${verdict.warnings.length} coverage warning${verdict.warnings.length === 1 ? '' : 's'} (see details)`,
    );
  if (thresholdFailures.length)
    problems.push(`${thresholdFailures.length} coverage threshold${thresholdFailures.length === 1 ? '' : 's'} not met`);
  else if (runnerGate) problems.push(`the runner's own coverage gate failed: ${runnerGate}`);

  const failed =
    (testsFailed && config.test.failOnTestFailure) ||
    run.timedOut ||
    verdictFails(verdict) ||
    Boolean(runnerGate) ||
    (!coverage && expectCoverage);
  const summaryBits = [
    tests
      ? `${tests.passed} passed, ${tests.failed} failed${tests.skipped ? `, ${tests.skipped} skipped` : ''}`
      : undefined,
    coverage
      ? `lines ${verdict.outputs['coverage-lines'] ? `${verdict.outputs['coverage-lines']}%` : 'n/a'}`
      : undefined,
  ].filter(Boolean);
  const headline = problems.length
    ? `${problems.join('; ')}${summaryBits.length ? ` (${summaryBits.join(', ')})` : ''}`
    : summaryBits.join(', ') || 'tests passed';

  const data: TestStageData = {
    coverageDirectory,
    coverage,
    tests,
    exitCode: run.code,
    thresholdFailures,
    detection,
    coverageTool: plan.coverageLabel,
    thresholds,
    thresholdSources,
  };
  const notes = [...detection.changes, ...plan.notes, ...(coverageAfterTests ? coverageProblems : [])];
  return {
    status: failed ? 'failed' : testsFailed || !coverage || verdict.warnings.length > 0 ? 'warned' : 'passed',
    headline,
    details: renderDetails(
      data,
      notes,
      verdict,
      run.code !== 0 && !tests?.failures.length ? tail(output, 30) : undefined,
    ),
    outputs,
    annotations,
    data,
  };
}

/** "1 test failed: pricing › halves (test/pricing.test.ts:9)", naming the first failure. */
function failureHeadline(tests: TestResults): string {
  const parts: string[] = [];
  if (tests.failed) parts.push(`${tests.failed} test${tests.failed === 1 ? '' : 's'} failed`);
  if (tests.suiteErrors)
    parts.push(`${tests.suiteErrors} test file${tests.suiteErrors === 1 ? '' : 's'} failed to run`);
  const first = tests.failures[0];
  const where = first?.file ? ` (${first.file}${first.line ? `:${first.line}` : ''})` : '';
  return `${parts.join(', ')}${first ? `: ${first.name}${where}` : ''}`;
}

/** backend-ci's own settings (inputs, backend-ci.yml) win; the project's runner settings fill the rest. */
function effectiveThresholds(
  configured: Thresholds,
  project: ProjectThresholds,
): Pick<TestStageData, 'thresholds' | 'thresholdSources'> {
  const thresholds: Thresholds = {};
  const thresholdSources: Partial<Record<MetricName, string>> = {};
  for (const m of METRICS) {
    const own = configured[m];
    const theirs = project[m];
    if (own !== undefined) {
      thresholds[m] = own;
      thresholdSources[m] = SETTINGS_SOURCE;
    } else if (theirs) {
      thresholds[m] = theirs.value;
      thresholdSources[m] = theirs.source;
    }
  }
  return { thresholds, thresholdSources };
}

/** `python -m coverage` / `-m pytest` without the module installed: say what to install, for which interpreter. */
function missingPythonModule(output: string, python: string, coverageLabel: string): void {
  const m = /No module named (coverage|pytest)\b/.exec(output);
  if (!m || (m[1] === 'coverage' && coverageLabel !== 'coverage.py')) return;
  throw new ConfigError(
    `${m[1]} is not installed for ${python}: run \`${python} -m pip install ${m[1]}\` (or install python3-${m[1]} from the system packages), or set the python input to the interpreter that has it`,
  );
}

/**
 * The merge job after a sharded matrix: no tests run here; every shard's coverage artifact of this run is
 * merged (streaming) and gated once.
 */
async function mergedShards(config: Config, host: Host): Promise<StageOutcome> {
  const [{ prepareMergedCoverage }, { mergeLcovFiles }] = await Promise.all([
    import('../../report/shards.js'),
    import('../../coverage/merge.js'),
  ]);
  const merged = (await prepareMergedCoverage(config, host, mergeLcovFiles))!;
  const verdict = await gateCoverage({
    files: [merged],
    lookedIn: merged,
    workspace: config.workspace,
    cwd: config.cwd,
    thresholds: config.test.thresholds,
    perFile: config.test.perFile,
    compareTree: false,
  });
  const coverage = verdict.report;
  const thresholdFailures = verdict.thresholdFailures;
  const thresholdSources = Object.fromEntries(
    METRICS.filter((m) => config.test.thresholds[m] !== undefined).map((m) => [m, SETTINGS_SOURCE]),
  );
  const data: TestStageData = {
    coverageDirectory: path.dirname(merged),
    coverage,
    exitCode: 0,
    thresholdFailures,
    thresholds: config.test.thresholds,
    thresholdSources,
  };
  const problems = [
    ...verdict.failures,
    ...(thresholdFailures.length
      ? [`${thresholdFailures.length} coverage threshold${thresholdFailures.length === 1 ? '' : 's'} not met`]
      : []),
    ...(coverage ? [] : verdict.warnings),
  ];
  return {
    status: verdictFails(verdict) ? 'failed' : verdict.warnings.length ? 'warned' : 'passed',
    headline: `merged ${config.report.mergeShards} shards: lines ${verdict.outputs['coverage-lines'] ? `${verdict.outputs['coverage-lines']}%` : 'n/a'}${problems.length ? `; ${problems.join('; ')}` : ''}`,
    details: renderDetails(data, [], verdict),
    outputs: coverage ? verdict.outputs : {},
    annotations: thresholdFailures.map((f) => thresholdAnnotation(f)),
    data,
  };
}

function renderDetails(data: TestStageData, notes: string[], verdict: CoverageVerdict, outputTail?: string): string {
  const lines: string[] = [];
  if (data.detection) {
    const d = data.detection;
    const python = d.runner === 'django' || d.runner === 'pytest';
    const manager = python ? '' : ` · package manager: ${d.packageManager} (${cell(d.packageManagerReason)})`;
    lines.push(
      `Runner: **${d.runner}** (${cell(d.reason)}) · coverage: ${cell(data.coverageTool ?? 'none')}${manager}`,
      '',
    );
  }
  if (data.tests) {
    const t = data.tests;
    const fileErrors = t.suiteErrors
      ? `, ${t.suiteErrors} test file${t.suiteErrors === 1 ? '' : 's'} failed to run`
      : '';
    lines.push(
      `Tests: ${t.passed} passed, ${t.failed} failed, ${t.skipped} skipped${fileErrors}${t.durationMs !== undefined ? ` in ${(t.durationMs / 1000).toFixed(2)} s` : ''}`,
      '',
    );
  }
  // Coverage totals (n/a where nothing was counted), minimums with where each came from, and what the gate
  // found; the least covered files are listed once, by the report (src/report/summary.ts), from this stage's data.
  const coverage = renderVerdict(verdict, data.thresholds, data.thresholdSources);
  if (coverage) lines.push(coverage);
  if (data.tests?.failures.length) {
    lines.push('', '**Failing tests**', '');
    for (const f of data.tests.failures.slice(0, 20))
      lines.push(
        `- ${cell(f.name)}${f.file ? ` (\`${f.file}${f.line ? `:${f.line}` : ''}\`)` : ''}: ${cell((f.message ?? '').split('\n')[0] ?? '')}`,
      );
  }
  if (notes.length) lines.push('', ...notes.map((n) => `- ${cell(n)}`));
  // Four backticks: a fence of three inside the output cannot close it.
  if (outputTail)
    lines.push(
      '',
      '<details><summary>Last lines of the test output</summary>',
      '',
      '````',
      stripAnsi(outputTail),
      '````',
      '',
      '</details>',
    );
  return lines.join('\n');
}
