// The test stage: runs the tests under c8, reads coverage and test results, enforces thresholds.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../../config/config.js';
import type { Host } from '../../host/host.js';
import { percent, METRICS, type CoverageReport } from '../../coverage/model.js';
import { findCoverageFiles, readCoverage } from '../../coverage/read.js';
import { checkThresholds, type ThresholdFailure } from '../../coverage/thresholds.js';
import { readTestResults, type TestResults } from '../../testresults/read.js';
import { tail } from '../../exec/run.js';
import { ConfigError, type Annotation, type Stage, type StageOutcome } from '../../pipeline/stage.js';

export interface TestStageData {
  coverageDirectory: string;
  coverage?: CoverageReport;
  tests?: TestResults;
  exitCode: number | null;
  thresholdFailures: ThresholdFailure[];
}

/** The command to run: the configured one, or `npm test` when package.json has a test script. */
export function resolveTestCommand(config: Config): string {
  if (config.test.command) return config.test.command;
  const pkg = path.join(config.cwd, 'package.json');
  if (existsSync(pkg)) {
    const scripts = (JSON.parse(readFileSync(pkg, 'utf8')) as { scripts?: Record<string, string> }).scripts ?? {};
    if (scripts.test) return 'npm test';
  }
  throw new ConfigError(`no test command: set test.command in backend-ci.yml or the 'test-command' input (no package.json test script in ${config.cwd} to fall back on)`);
}

const TEST_LINE = /^\s*(?:✔|✖|ok \d+|not ok \d+)\s/mu;

export const testStage: Stage = {
  name: 'test',
  async run({ config, host }): Promise<StageOutcome> {
    if (config.report.mergeShards !== undefined) return mergedShards(config, host);
    const command = resolveTestCommand(config);
    const coverageDirectory = path.resolve(config.cwd, config.test.coverageDirectory);
    host.log.info(`$ ${command}${config.test.coverageTool === 'c8' ? '   (under c8)' : ''}`);
    let seen = 0;
    const { runTestCommand } = await import('./c8.js');
    const run = await runTestCommand({
      command,
      cwd: config.cwd,
      reportsDirectory: coverageDirectory,
      reporters: config.test.reporters,
      include: config.test.include,
      exclude: config.test.exclude,
      all: config.test.all,
      timeoutMs: config.test.timeoutMinutes * 60_000,
      withoutCoverage: config.test.coverageTool === 'none',
      onOutput: (chunk) => {
        for (const line of chunk.split('\n')) {
          if (TEST_LINE.test(line)) seen++;
        }
        if (seen) host.stageProgress('test', `${seen} tests`);
      },
    });
    const output = `${run.stdout}\n${run.stderr}`;
    // The whole output is in the details when it failed; a passing run needs only its counts.
    if (run.code !== 0) host.log.info(tail(output, 40));

    const tests = await readTestResults({ junit: config.test.junit.map((f) => path.resolve(config.cwd, f)), output, workspace: config.workspace, cwd: config.cwd });
    const coverageFiles = config.test.coverageFiles.length
      ? config.test.coverageFiles.map((f) => path.resolve(config.cwd, f))
      : findCoverageFiles(coverageDirectory);
    const read = coverageFiles.length ? await readCoverage(coverageFiles, { workspace: config.workspace, cwd: config.cwd }) : undefined;
    // A report that lists no file measured nothing: treat it as missing, never as 100%.
    const coverage = read && read.files.length > 0 ? read : undefined;
    // One shard of a matrix measures part of the tests: the thresholds are for the merged coverage (merge job).
    const shardOnly = Boolean(config.report.shard);
    if (shardOnly && coverage) host.log.info(`shard ${config.report.shard}: coverage thresholds are checked on the merged coverage, not here`);
    const thresholdFailures = coverage && !shardOnly ? checkThresholds(coverage, config.test.thresholds, config.test.perFile) : [];

    const annotations: Annotation[] = [];
    for (const f of tests?.failures ?? []) {
      annotations.push({ level: 'error', title: `Test failed: ${f.name}`, message: f.message || 'failed', file: f.file, line: f.line });
    }
    for (const f of thresholdFailures) annotations.push(thresholdAnnotation(f));

    const outputs: Record<string, string> = {};
    if (coverage) for (const m of METRICS) outputs[`coverage-${m}`] = String(percent(coverage.totals[m]));
    if (tests) {
      outputs['tests-passed'] = String(tests.passed);
      outputs['tests-failed'] = String(tests.failed);
    }

    const problems: string[] = [];
    const testsFailed = run.code !== 0 || (tests?.failed ?? 0) > 0;
    if (run.timedOut) problems.push(`the test command was stopped after ${config.test.timeoutMinutes} min`);
    else if (testsFailed) problems.push(tests?.failed ? `${tests.failed} test${tests.failed === 1 ? '' : 's'} failed` : `the test command exited with ${run.code ?? run.signal}`);
    const shownDir = path.relative(config.workspace, coverageDirectory) || '.';
    if (read && !coverage) problems.push(`the coverage report in ${shownDir} lists no source file (check test.include / test.exclude, and that the tests load the code)`);
    else if (!coverage) problems.push(`no coverage report in ${shownDir}`);
    if (thresholdFailures.length) problems.push(`${thresholdFailures.length} coverage threshold${thresholdFailures.length === 1 ? '' : 's'} not met`);

    const failed = (testsFailed && config.test.failOnTestFailure) || run.timedOut || thresholdFailures.length > 0 || (!coverage && config.test.coverageTool === 'c8');
    const summaryBits = [
      tests ? `${tests.passed} passed, ${tests.failed} failed${tests.skipped ? `, ${tests.skipped} skipped` : ''}` : undefined,
      coverage ? `lines ${percent(coverage.totals.lines)}%` : undefined,
    ].filter(Boolean);
    const headline = problems.length ? `${problems.join('; ')}${summaryBits.length ? ` (${summaryBits.join(', ')})` : ''}` : summaryBits.join(', ') || 'tests passed';

    const data: TestStageData = { coverageDirectory, coverage, tests, exitCode: run.code, thresholdFailures };
    return {
      status: failed ? 'failed' : testsFailed || !coverage ? 'warned' : 'passed',
      headline,
      details: renderDetails(config, data, run.code !== 0 && !tests?.failures.length ? tail(output, 30) : undefined),
      outputs,
      annotations,
      data,
    };
  },
};

/**
 * The merge job after a sharded matrix: no tests run here; every shard's coverage artifact of this run is
 * merged (streaming) and gated once.
 */
async function mergedShards(config: Config, host: Host): Promise<StageOutcome> {
  const [{ prepareMergedCoverage }, { mergeLcovFiles }] = await Promise.all([import('../../report/shards.js'), import('../../coverage/merge.js')]);
  const merged = (await prepareMergedCoverage(config, host, mergeLcovFiles))!;
  const coverage = await readCoverage([merged], { workspace: config.workspace, cwd: config.cwd });
  const thresholdFailures = checkThresholds(coverage, config.test.thresholds, config.test.perFile);
  const data: TestStageData = { coverageDirectory: path.dirname(merged), coverage, exitCode: 0, thresholdFailures };
  const outputs = Object.fromEntries(METRICS.map((m) => [`coverage-${m}`, String(percent(coverage.totals[m]))]));
  return {
    status: thresholdFailures.length ? 'failed' : 'passed',
    headline: `merged ${config.report.mergeShards} shards: lines ${percent(coverage.totals.lines)}%${thresholdFailures.length ? `; ${thresholdFailures.length} coverage threshold${thresholdFailures.length === 1 ? '' : 's'} not met` : ''}`,
    details: renderDetails(config, data),
    outputs,
    annotations: thresholdFailures.map((f) => thresholdAnnotation(f)),
    data,
  };
}

function thresholdAnnotation(f: ThresholdFailure): Annotation {
  return {
    level: 'error',
    title: 'Coverage below threshold',
    message: `${f.metric} coverage ${f.actual}% is under the required ${f.required}%${f.file ? ` for ${f.file}` : ''}`,
    file: f.file,
  };
}

function renderDetails(config: Config, data: TestStageData, outputTail?: string): string {
  const lines: string[] = [];
  if (data.coverage) {
    lines.push('| Metric | Covered | Total | % | Required |', '|---|---:|---:|---:|---:|');
    for (const m of METRICS) {
      const metric = data.coverage.totals[m];
      const required = config.test.thresholds[m];
      lines.push(`| ${m} | ${metric.covered} | ${metric.total} | ${percent(metric)} | ${required === undefined ? '—' : `${required}`} |`);
    }
    // The least covered files are listed once, by the report (src/report/summary.ts), from this stage's data.
  }
  if (data.thresholdFailures.length) {
    lines.push('', '**Thresholds not met**', '');
    for (const f of data.thresholdFailures.slice(0, 50)) lines.push(`- ${f.file ? `\`${f.file}\` ` : ''}${f.metric}: ${f.actual}% < ${f.required}%`);
  }
  if (data.tests?.failures.length) {
    lines.push('', '**Failing tests**', '');
    for (const f of data.tests.failures.slice(0, 20)) lines.push(`- ${f.name}${f.file ? ` (\`${f.file}${f.line ? `:${f.line}` : ''}\`)` : ''}: ${(f.message ?? '').split('\n')[0]}`);
  }
  if (outputTail) lines.push('', '<details><summary>Last lines of the test output</summary>', '', '```', outputTail, '```', '', '</details>');
  return lines.join('\n');
}
