// Runs the configured stages in order: fail-fast, deploy only after an all-green run, report always last.
import { writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../config/config.js';
import type { Host } from '../host/host.js';
import { ConfigError, type Stage, type StageName, type StageOutcome, type StageResult } from './stage.js';

export interface PipelineResult {
  results: StageResult[];
  /** A stage failed (exit 1 for the CLI, a failed step on Actions). */
  failed: boolean;
  /** A stage failed because of bad settings or input files (exit 2 for the CLI). */
  configError: boolean;
  resultsJson: string;
}

export type StageRegistry = Partial<Record<StageName, Stage>>;

/** The order stages run in: the configured list, duplicates dropped, report moved (or added) last. */
export function stageOrder(configured: readonly StageName[]): StageName[] {
  const seen = [...new Set(configured)].filter((s) => s !== 'report');
  return [...seen, 'report'];
}

function skipped(headline: string): StageOutcome {
  return { status: 'skipped', headline };
}

export async function runPipeline(config: Config, host: Host, registry: StageRegistry): Promise<PipelineResult> {
  const results = new Map<StageName, StageResult>();
  let configError = false;
  let firstFailure: StageName | undefined;

  for (const name of stageOrder(config.stages)) {
    const stage = registry[name];
    host.stageStarted(name);
    const started = Date.now();
    let outcome: StageOutcome;
    if (!stage) {
      outcome = skipped(`the ${name} stage is not available in this build`);
    } else if (name !== 'report' && firstFailure && config.failFast) {
      outcome = skipped(`not run: ${firstFailure} failed (fail-fast)`);
    } else if (name === 'deploy' && firstFailure) {
      outcome = skipped(`not run: deploy needs every earlier stage to pass, and ${firstFailure} failed`);
    } else {
      outcome = await host.group(`backend-ci: ${name}`, async () => {
        try {
          return await stage.run({ config, host, previous: results });
        } catch (error) {
          if (error instanceof ConfigError) configError = true;
          const message = error instanceof Error ? error.message : String(error);
          host.log.error(`${name}: ${message}`);
          if (error instanceof Error && error.stack) host.log.debug(error.stack);
          return {
            status: 'failed',
            headline: message.split('\n')[0]!,
            details: '```\n' + message + '\n```',
          } satisfies StageOutcome;
        }
      });
    }
    // Deploy's outputs are always set, so a workflow can branch on deploy-status even when it did not run.
    if (name === 'deploy' && outcome.status === 'skipped')
      outcome.outputs = { 'deploy-status': 'skipped', 'rolled-back': 'false', ...outcome.outputs };
    const result: StageResult = {
      ...outcome,
      stage: name,
      durationMs: Date.now() - started,
      outputs: outcome.outputs ?? {},
      annotations: outcome.annotations ?? [],
    };
    results.set(name, result);
    for (const [key, value] of Object.entries(result.outputs)) host.setOutput(key, value);
    if (result.status === 'failed' && !firstFailure) firstFailure = name;
    host.stageFinished(result);
  }

  const list = [...results.values()];
  const resultsJson = await writeResults(config, host, list);
  host.setOutput('results-json', resultsJson);
  return { results: list, failed: list.some((r) => r.status === 'failed'), configError, resultsJson };
}

async function writeResults(config: Config, host: Host, results: StageResult[]): Promise<string> {
  await mkdir(host.resultsDir, { recursive: true });
  const file = path.join(host.resultsDir, 'results.json');
  const body = {
    schema: 'backend-ci/results@1',
    createdAt: new Date().toISOString(),
    commit: host.context.sha,
    ref: host.context.ref,
    runUrl: host.context.runUrl,
    workingDirectory: path.relative(config.workspace, config.cwd) || '.',
    stages: results.map((r) => ({
      stage: r.stage,
      status: r.status,
      headline: r.headline,
      durationMs: r.durationMs,
      outputs: r.outputs,
      annotations: r.annotations,
      data: r.data,
    })),
  };
  await writeFile(
    file,
    JSON.stringify(body, (_k, v: unknown) => (v instanceof Map ? (Object.fromEntries(v) as unknown) : v), 2),
  );
  return file;
}
