// The perf stage: start the service (or take the given / deployed URL), run the scenario's load, hold it to
// the budgets, compare with the base branch's results, and leave results.json plus a p95 chart behind.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Config } from '../../config/config.js';
import type { Host } from '../../host/host.js';
import {
  ConfigError,
  type Annotation,
  type Stage,
  type StageContext,
  type StageOutcome,
  type StageResult,
} from '../../pipeline/stage.js';
import { checkBudgets, describeCheck, type BudgetCheck } from '../../perf/budgets.js';
import { chartPoints, renderSvg } from '../../perf/chart.js';
import { compareResults, type Comparison } from '../../perf/compare.js';
import { parseTarget } from '../../config/target.js';
import { openTransport, type Transport } from '../../deploy/transport.js';
import { pidFileCpu, processGroupCpu, remotePidFileCpu } from '../../perf/cpu.js';
import { findK6, runK6 } from '../../perf/k6.js';
import { runLocust } from '../../perf/locust.js';
import { readResults, round, type PerfResults } from '../../perf/results.js';
import { runScenario } from '../../perf/run-scenario.js';
import { checkBaseUrl, loadScenario, type Scenario } from '../../perf/scenario.js';
import { startService, type RunningService } from '../../perf/service.js';
import { renderDetails } from './summary.js';

/** Artifact name the report goes up as, and the base is looked up by. */
export const PERF_ARTIFACT = 'perf-report';

export interface PerfData {
  results: PerfResults;
  checks: BudgetCheck[];
  comparisons: Comparison[];
  resultsFile: string;
  chartFile: string;
}

/** Picks the URL to load: the scenario's, perf.url, the started service's, or the deploy stage's. */
function targetUrl(
  config: Config,
  scenario: Scenario,
  previous: StageContext['previous'],
): { url: string; from: string } {
  if (scenario.baseUrl) return { url: scenario.baseUrl, from: `${scenario.file} baseUrl` };
  if (config.perf.url) return { url: config.perf.url, from: "perf.url (input 'perf-url')" };
  if (config.perf.start.readyUrl)
    return { url: new URL(config.perf.start.readyUrl).origin, from: 'perf.start.readyUrl' };
  const deployed = previous.get('deploy')?.data as { url?: unknown; healthUrl?: unknown } | undefined;
  const url = typeof deployed?.url === 'string' ? deployed.url : undefined;
  if (url) return { url, from: 'the deploy stage' };
  throw new ConfigError(
    `${scenario.file}: no URL to load-test; set baseUrl in the scenario, perf.url, or perf.start (command and readyUrl)`,
  );
}

async function loadBase(config: Config, host: Host): Promise<{ base?: PerfResults; note: string }> {
  if (config.perf.baseResults) {
    const file = path.resolve(config.cwd, config.perf.baseResults);
    if (!existsSync(file)) {
      // Not an error: the base may simply not have been measured yet (the first run of a new scenario).
      host.log.warning(
        `perf.baseResults ${config.perf.baseResults} does not exist (looked at ${file}); nothing to compare with`,
      );
      return { note: `base results ${config.perf.baseResults} not found` };
    }
    return { base: readResults(file, config.perf.baseResults), note: config.perf.baseResults };
  }
  const pr = host.context.pullRequest;
  if (!pr) return { note: 'not a pull request and no perf.baseResults' };
  const dir = mkdtempSync(path.join(tmpdir(), 'backend-ci-perf-base-'));
  try {
    const store = await host.artifacts();
    const folder = await store.downloadLatest(PERF_ARTIFACT, dir, { branch: pr.baseRef });
    const file = folder ? path.join(folder, 'results.json') : undefined;
    if (!file || !existsSync(file)) return { note: `no '${PERF_ARTIFACT}' artifact on ${pr.baseRef} yet` };
    return {
      base: readResults(file, `${PERF_ARTIFACT} artifact of ${pr.baseRef}`),
      note: `'${PERF_ARTIFACT}' artifact of ${pr.baseRef}`,
    };
  } catch (err) {
    host.log.warning(`could not fetch the base branch's perf results: ${(err as Error).message}`);
    return { note: `the base branch's results could not be fetched (${(err as Error).message})` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** One transport per deploy target, for Locust workers there (perf.workersOn: deploy-targets). */
function openWorkerHosts(config: Config, host: Host): Transport[] {
  const targets = config.deploy.targets;
  if (targets.length === 0) {
    throw new ConfigError("perf.workersOn is 'deploy-targets' but deploy.targets (input 'deploy-targets') is empty");
  }
  const ssh = config.deploy.ssh;
  return targets.map((t, i) =>
    openTransport(
      parseTarget(t.target, `deploy.targets[${i}]`),
      { privateKey: ssh.privateKey, knownHosts: ssh.knownHosts, insecureIgnoreHostKey: ssh.insecureIgnoreHostKey },
      host.log,
    ),
  );
}

async function measure(ctx: StageContext, scenario: Scenario, outDir: string): Promise<PerfResults> {
  const { config, host } = ctx;
  let service: RunningService | undefined;
  const start = config.perf.start;
  if (start.command && !start.readyUrl) {
    throw new ConfigError(
      "perf.start.command needs perf.start.readyUrl (input 'perf-ready-url'): the URL that answers once the service is up",
    );
  }
  // Checked before anything starts: a refused target should not cost a service start.
  const target = targetUrl(config, scenario, ctx.previous);
  const baseUrl = checkBaseUrl(target.url, scenario.allowRemote, target.from);
  let cpuTransport: Transport | undefined;
  try {
    if (start.command) {
      service = await startService({
        command: start.command,
        cwd: config.cwd,
        readyUrl: start.readyUrl!,
        readyTimeoutSeconds: start.readyTimeoutSeconds,
        log: host.log,
      });
    }
    // CPU is read from the process group the stage started; a service started elsewhere is not measured.
    let cpu = service && service.pid > 0 ? processGroupCpu(service.pid) : undefined;
    if (!cpu && config.perf.cpuPidFile?.startsWith('ssh://')) {
      // A deployed service on another host: its /proc, read over SSH with the deploy's key and known hosts.
      const target = parseTarget(config.perf.cpuPidFile, 'perf.cpuPidFile');
      const ssh = config.deploy.ssh;
      cpuTransport = openTransport(
        target,
        { privateKey: ssh.privateKey, knownHosts: ssh.knownHosts, insecureIgnoreHostKey: ssh.insecureIgnoreHostKey },
        host.log,
      );
      cpu = remotePidFileCpu(cpuTransport, target.path, host.log);
    } else if (!cpu && config.perf.cpuPidFile) {
      const found = pidFileCpu(path.resolve(config.cwd, config.perf.cpuPidFile));
      if (found.reason) host.log.warning(`service CPU not measured: ${found.reason}`);
      cpu = found.meter;
    }
    const onProgress = (text: string) => host.stageProgress('perf', text);
    if (config.perf.engine === 'locust') {
      const remoteWorkers = config.perf.workersOn === 'deploy-targets' ? openWorkerHosts(config, host) : undefined;
      try {
        return await runLocust(scenario, {
          baseUrl,
          log: host.log,
          command: config.perf.locustCommand,
          locustfile: scenario.locustfilePath,
          workers: config.perf.workers,
          remoteWorkers,
          masterHost: config.perf.masterHost,
          cpu,
          csvDir: path.join(outDir, 'locust'),
          onProgress,
        });
      } finally {
        for (const t of remoteWorkers ?? []) await t.close();
      }
    }
    const k6 = scenario.k6ScriptPath ? findK6() : undefined;
    if (k6) return await runK6(k6, scenario, baseUrl, host.log);
    if (scenario.k6ScriptPath) {
      if (scenario.endpoints.length === 0)
        throw new ConfigError(
          `${scenario.file}: k6Script is set but no k6 binary is on PATH, and there are no endpoints to load instead`,
        );
      host.log.info('k6Script is set but no k6 binary is on PATH: running the scenario endpoints with autocannon');
    }
    if (scenario.endpoints.length === 0) {
      throw new ConfigError(
        `${scenario.file}: the scenario has a locustfile but no endpoints; set perf.engine: locust (input 'perf-engine') to run it, or list endpoints for autocannon`,
      );
    }
    if (config.perf.workers > 1)
      host.log.warning('perf.workers applies to perf.engine: locust; autocannon runs in this process');
    return await runScenario(scenario, { baseUrl, log: host.log, onProgress, cpu });
  } finally {
    await cpuTransport?.close();
    await service?.stop();
  }
}

export async function runPerfStage(ctx: StageContext): Promise<StageOutcome> {
  const { config, host } = ctx;
  if (!config.perf.scenario) {
    throw new ConfigError(
      "the perf stage needs a scenario file: set perf.scenario in backend-ci.yml or the 'perf-scenario' input",
    );
  }
  const scenario = loadScenario(path.resolve(config.cwd, config.perf.scenario), config.workspace);
  const outDir = path.join(host.resultsDir, 'perf');
  mkdirSync(outDir, { recursive: true });
  const results = await measure(ctx, scenario, outDir);
  if (host.context.sha) results.sha = host.context.sha;

  const checks = checkBudgets(results.stages, scenario.budgets, scenario.endpoints);
  const { base, note } = await loadBase(config, host);
  const comparisons = base
    ? compareResults(results, base, { tolerancePct: config.perf.tolerancePct, noiseFactor: config.perf.noiseFactor })
    : [];

  const resultsFile = path.join(outDir, 'results.json');
  const chartFile = path.join(outDir, 'p95.svg');
  writeFileSync(resultsFile, JSON.stringify(results, null, 2) + '\n');
  writeFileSync(chartFile, renderSvg(chartPoints(results.stages)));
  const details = renderDetails({ results, checks, comparisons, baseNote: note, reference: scenario.reference });
  writeFileSync(path.join(outDir, 'summary.md'), details);

  if (config.perf.uploadReport) {
    try {
      const store = await host.artifacts();
      const locustDir = path.join(outDir, 'locust');
      const csvs = existsSync(locustDir) ? readdirSync(locustDir).map((f) => path.join(locustDir, f)) : [];
      await store.upload(PERF_ARTIFACT, [resultsFile, chartFile, path.join(outDir, 'summary.md'), ...csvs], outDir, {});
    } catch (err) {
      // The numbers are in the summary either way; a failed upload only costs the next run its comparison.
      host.log.warning(`could not upload the '${PERF_ARTIFACT}' artifact: ${(err as Error).message}`);
    }
  }

  const failedBudgets = checks.filter((c) => c.outcome === 'failed');
  const unmeasured = checks.filter((c) => c.outcome === 'unmeasured');
  const regressions = comparisons.filter((c) => c.verdict === 'regression');

  const scenarioFile = path
    .relative(config.workspace, path.resolve(config.cwd, config.perf.scenario))
    .split(path.sep)
    .join('/');
  // GitHub shows at most 10 error annotations per step: budgets first, then regressions.
  const annotations: Annotation[] = [
    ...failedBudgets.map((c): Annotation => ({
      level: 'error',
      title: 'Perf budget',
      message: describeCheck(c),
      file: scenarioFile,
      line: scenario.budgetsLine,
    })),
    ...regressions.map((c): Annotation => ({
      level: config.perf.failOnRegression ? 'error' : 'warning',
      title: 'Perf regression',
      message: `p95 ${c.p95} ms vs base ${c.baseP95} ms at ${c.users} users${c.endpoint ? ` (${c.endpoint})` : ''}: +${c.deltaMs} ms, beyond ${c.thresholdMs} ms`,
      file: scenarioFile,
    })),
  ].slice(0, 10);

  const p95s = results.stages.map((s) => s.total.p95).filter((p): p is number => p !== undefined);
  // Empty when nothing answered: a 0 would read as "fast".
  const worstP95 = p95s.length ? String(Math.max(...p95s)) : '';
  const requests = results.stages.reduce((n, s) => n + s.total.requests, 0);
  const errors = results.stages.reduce((n, s) => n + s.total.errors, 0);
  const errorRate = requests === 0 ? 0 : round((errors / requests) * 100, 3);
  const heaviest = results.stages.reduce((a, b) => (b.users > a.users ? b : a), results.stages[0]!);

  const facts = [`p95 ${heaviest?.total.p95 ?? '–'} ms at ${heaviest?.users ?? 0} users`, `error rate ${errorRate}%`];
  if (failedBudgets.length)
    facts.push(
      `${failedBudgets.length} budget${failedBudgets.length > 1 ? 's' : ''} failed: ${describeCheck(failedBudgets[0]!)}`,
    );
  if (regressions.length)
    facts.push(`${regressions.length} p95 regression${regressions.length > 1 ? 's' : ''} vs base`);
  if (unmeasured.length) facts.push(`${unmeasured.length} budget${unmeasured.length > 1 ? 's' : ''} unchecked`);

  const failed = failedBudgets.length > 0 || (regressions.length > 0 && config.perf.failOnRegression);
  const warned = !failed && (regressions.length > 0 || unmeasured.length > 0);
  const data: PerfData = { results, checks, comparisons, resultsFile, chartFile };
  return {
    status: failed ? 'failed' : warned ? 'warned' : 'passed',
    headline: facts.join('; '),
    details,
    outputs: { 'perf-p95-ms': worstP95, 'perf-error-rate': String(errorRate) },
    annotations,
    data,
  };
}

export const perfStage: Stage = { name: 'perf', run: runPerfStage };

/**
 * `backend-ci perf`: runs only the perf stage and reports it through the host.
 * Exit codes: 0 passed or warned, 1 failed, 2 configuration error.
 */
export async function perfCommand(config: Config, host: Host): Promise<number> {
  host.stageStarted('perf');
  const started = Date.now();
  let outcome: StageOutcome;
  try {
    outcome = await host.group('perf', () => runPerfStage({ config, host, previous: new Map() }));
  } catch (err) {
    if (err instanceof ConfigError) {
      host.log.error(err.message);
      return 2;
    }
    outcome = {
      status: 'failed',
      headline: (err as Error).message.split('\n')[0]!,
      details: '```\n' + (err as Error).message + '\n```\n',
    };
  }
  const result: StageResult = {
    ...outcome,
    stage: 'perf',
    durationMs: Date.now() - started,
    outputs: outcome.outputs ?? {},
    annotations: outcome.annotations ?? [],
  };
  for (const [name, value] of Object.entries(result.outputs)) host.setOutput(name, value);
  for (const a of result.annotations) host.annotate(a);
  await host.appendSummary(`## perf: ${result.headline}\n\n${result.details ?? ''}\n`);
  host.stageFinished(result);
  return result.status === 'failed' ? 1 : 0;
}
