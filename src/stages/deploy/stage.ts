// The deploy stage: ships the release to every target with automatic rollback, records a GitHub deployment,
// and reports per host.
import type { Config } from '../../config/config.js';
import type { Host } from '../../host/host.js';
import { ConfigError, type Stage, type StageOutcome } from '../../pipeline/stage.js';
import path from 'node:path';
import { deployRelease, type CanaryGate, type DeployReport } from '../../deploy/engine.js';
import { checkBudgets, describeCheck } from '../../perf/budgets.js';
import { runScenario } from '../../perf/run-scenario.js';
import { checkBaseUrl, loadScenario } from '../../perf/scenario.js';
import { DeploymentRecord, type RequestClient } from '../../deploy/records.js';
import { deployMarkdown, headline } from '../../deploy/report.js';

export function deployOutputs(
  report: Pick<DeployReport, 'releaseId' | 'status' | 'rolledBack'>,
): Record<string, string> {
  return { 'release-id': report.releaseId, 'deploy-status': report.status, 'rolled-back': String(report.rolledBack) };
}

/**
 * The canary's load gate: the perf scenario's load (the perf stage's runner) against the canary host only,
 * held to the scenario's budgets. Budgets that could not be measured are named as not checked, never passed.
 */
export function perfCanaryGate(config: Config, host: Host): CanaryGate | undefined {
  if (config.deploy.canary <= 0 || !config.perf.scenario) return undefined;
  const scenario = loadScenario(path.resolve(config.cwd, config.perf.scenario), config.workspace);
  return {
    describe: `load test ${path.relative(config.cwd, scenario.file) || scenario.file} against the canary host`,
    async check({ url }) {
      const baseUrl = checkBaseUrl(new URL(url).origin, scenario.allowRemote, "the canary host's health URL");
      const results = await runScenario(scenario, { baseUrl, log: host.log });
      const checks = checkBudgets(results.stages, scenario.budgets, scenario.endpoints);
      const failed = checks.filter((c) => c.outcome === 'failed');
      const unmeasured = checks.filter((c) => c.outcome === 'unmeasured');
      const passed = checks.filter((c) => c.outcome === 'passed');
      const parts = [
        failed.length ? `${failed.length} budget(s) exceeded: ${failed.map(describeCheck).join('; ')}` : '',
        passed.length ? `${passed.length} budget(s) met` : '',
        unmeasured.length ? `${unmeasured.length} not checked (not measured)` : '',
        checks.length === 0 ? 'no budgets in the scenario: load not checked' : '',
      ].filter(Boolean);
      return { ok: failed.length === 0, summary: parts.join('; ') };
    },
  };
}

/** Runs a deploy with its GitHub deployment record; shared by the stage and `backend-ci deploy`. */
export async function runDeploy(config: Config, host: Host): Promise<DeployReport> {
  const settings = config.deploy;
  const ctx = host.context;
  const client = (await host.github()) as unknown as RequestClient | undefined;
  // The record is created once the release id exists (it is made under the targets' locks), so the deployment
  // names the release it is about; a deploy that fails before that still gets a record, marked failed.
  let record: DeploymentRecord | undefined;
  let recordStarted = false;
  const startRecord = async (releaseId?: string) => {
    if (recordStarted || !ctx.repository || !ctx.sha) return;
    recordStarted = true;
    record = await DeploymentRecord.start(
      client,
      {
        owner: ctx.repository.owner,
        repo: ctx.repository.repo,
        ref: ctx.sha,
        environment: settings.environment,
        environmentUrl: settings.environmentUrl,
        logUrl: ctx.runUrl,
        ...(releaseId ? { releaseId } : {}),
      },
      host.log,
    );
  };
  let report: DeployReport;
  const canaryGate = perfCanaryGate(config, host);
  try {
    // No host.group here: the pipeline already groups each stage's lines, and Actions groups do not nest.
    report = await deployRelease({
      settings,
      cwd: config.cwd,
      log: host.log,
      sha: ctx.sha,
      runUrl: ctx.runUrl,
      actor: process.env.GITHUB_ACTOR,
      ...(canaryGate ? { canaryGate } : {}),
      onReleaseId: startRecord,
    });
  } catch (err) {
    if (err instanceof ConfigError) {
      await startRecord();
      await record?.finish('failed', err.message);
      throw err;
    }
    report = {
      releaseId: '',
      status: 'failed',
      rolledBack: false,
      hosts: [],
      error: (err as Error).message,
      archiveBytes: 0,
      migrations: [],
      ms: 0,
      recoveries: [],
    };
  }
  await startRecord(report.releaseId || undefined);
  await record?.finish(report.status, headline(report));
  return report;
}

function deployedUrl(config: Config): string | undefined {
  if (config.deploy.environmentUrl) return config.deploy.environmentUrl;
  const health = config.deploy.health.url;
  if (!health) return undefined;
  try {
    return new URL(health.replace(/\$\{RELEASE_ID\}/g, 'x')).origin;
  } catch {
    return undefined;
  }
}

export const deployStage: Stage = {
  name: 'deploy',
  async run({ config, host }): Promise<StageOutcome> {
    if (config.deploy.targets.length === 0) {
      return {
        status: 'skipped',
        headline: "no deploy targets (deploy.targets / input 'deploy-targets')",
        outputs: { 'deploy-status': 'skipped', 'rolled-back': 'false' },
      };
    }
    const report = await runDeploy(config, host);
    return {
      status: report.status === 'deployed' ? 'passed' : 'failed',
      headline: headline(report),
      details: deployMarkdown(report),
      outputs: deployOutputs(report),
      annotations:
        report.status === 'deployed' ? [] : [{ level: 'error', title: 'Deploy failed', message: headline(report) }],
      // url: where the deployed service answers, for the perf stage (the environment URL, else the health URL's origin).
      data: { ...report, url: deployedUrl(config) },
    };
  },
};
