// Runs a scenario with the built-in load generator: warm-up, then every stage, `repeat` times, each bounded
// in time and requests; the whole run is also held to the scenario's total time limit.
import type { Logger } from '../host/host.js';
import type { CpuMeter } from './cpu.js';
import { runStage } from './load.js';
import { runOpenStage } from './open-loop.js';
import { combineStages, type PerfResults, type StageRun } from './results.js';
import type { Scenario } from './scenario.js';

export interface RunScenarioOptions {
  baseUrl: URL;
  log: Logger;
  onProgress?: (text: string) => void;
  /** Cap on kept latency samples per endpoint and stage. */
  sampleCap?: number;
  /** Measures the service's CPU during each measured stage (the service the stage started). */
  cpu?: CpuMeter;
}

export class LoadLimitError extends Error {
  override name = 'LoadLimitError';
}

export async function runScenario(scenario: Scenario, options: RunScenarioOptions): Promise<PerfResults> {
  const started = Date.now();
  const deadline = started + scenario.limits.maxTotalSeconds * 1000;
  const remaining = () => (deadline - Date.now()) / 1000;
  const common = {
    baseUrl: options.baseUrl,
    endpoints: scenario.endpoints,
    maxRequests: scenario.limits.maxRequestsPerStage,
    timeoutSeconds: scenario.timeoutSeconds,
    sampleCap: options.sampleCap,
  };

  if (scenario.warmup.seconds > 0) {
    const users = scenario.warmup.users ?? scenario.stages[0]!.users!;
    options.log.info(`warm-up: ${users} users for ${scenario.warmup.seconds} s (not measured)`);
    options.onProgress?.('warm-up');
    await runStage({ ...common, users, seconds: scenario.warmup.seconds });
  }

  const runs: StageRun[][] = [];
  for (let r = 0; r < scenario.repeat; r++) {
    const run: StageRun[] = [];
    for (const [i, stage] of scenario.stages.entries()) {
      // The plan was checked against the limit up front; this guards against stages overrunning it.
      const seconds = Math.min(stage.seconds!, remaining());
      if (seconds <= 0)
        throw new LoadLimitError(
          `the load test reached limits.maxTotalSeconds (${scenario.limits.maxTotalSeconds} s) before run ${r + 1}, stage ${i + 1}`,
        );
      const label = `run ${r + 1}/${scenario.repeat}, stage ${i + 1}/${scenario.stages.length}: ${stage.rps ? `${stage.rps} req/s (open loop, at most ${stage.users} connections)` : `${stage.users} users`} for ${seconds} s`;
      options.log.info(label);
      options.onProgress?.(label);
      const stop = await options.cpu?.start();
      const onProgress = (n: number) => options.onProgress?.(`${label} (${n} responses)`);
      const measured = stage.rps
        ? await runOpenStage({ ...common, users: stage.users!, rps: stage.rps, seconds, onProgress })
        : { ...(await runStage({ ...common, users: stage.users!, seconds, onProgress })), mode: 'closed' as const };
      measured.cpuPct = await stop?.();
      options.log.info(
        `  ${measured.total.requests} requests, p95 ${measured.total.p95 ?? '-'} ms, p99 ${measured.total.p99 ?? '-'} ms, ${measured.total.rps} req/s, errors ${measured.total.errorRatePct}%`,
      );
      run.push(measured);
    }
    runs.push(run);
  }

  return {
    version: 1,
    tool: 'autocannon',
    engineNote: scenario.stages.every((s) => s.rps) ? 'the built-in open-loop load (node:http)' : 'autocannon',
    scenario: scenario.file,
    baseUrl: options.baseUrl.origin + options.baseUrl.pathname.replace(/\/+$/, ''),
    createdAt: new Date().toISOString(),
    repeat: scenario.repeat,
    stages: combineStages(runs),
  };
}
