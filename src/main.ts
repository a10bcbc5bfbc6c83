// The action: inputs -> config -> pipeline -> outputs; one top-level catch.
import * as core from '@actions/core';
import { loadConfig, type Config } from './config/config.js';
import { readActionInputs } from './config/action-inputs.js';
import { ActionsHost } from './host/actions.js';
import { runPipeline } from './pipeline/run.js';
import { stages } from './stages/index.js';

export async function run(): Promise<void> {
  try {
    let config: Config | undefined;
    const host = new ActionsHost(() => config?.report.token);
    config = loadConfig({
      workspace: host.context.workspace,
      inputs: readActionInputs(),
      onSecret: (value) => host.setSecret(value),
    });
    const result = await runPipeline(config, host, stages);
    const failed = result.results.filter((r) => r.status === 'failed');
    if (failed.length) core.setFailed(failed.map((r) => `${r.stage}: ${r.headline}`).join('\n'));
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error));
  }
}
