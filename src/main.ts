// The action: inputs -> config -> pipeline -> outputs; one top-level catch.
import * as core from '@actions/core';
import { loadConfig, type Config } from './config/config.js';
import { toolMigrationsFolder } from './stages/migrations/folder.js';
import { readActionInputs } from './config/action-inputs.js';
import { ActionsHost } from './host/actions.js';
import { runPipeline } from './pipeline/run.js';
import { ConfigError } from './pipeline/stage.js';
import { stages } from './stages/index.js';

export async function run(): Promise<void> {
  try {
    let config: Config | undefined;
    const host = new ActionsHost(() => config?.report.token);
    config = loadConfig({
      workspace: host.context.workspace,
      inputs: readActionInputs(),
      onSecret: (value) => host.setSecret(value),
      migrationsFolder: toolMigrationsFolder,
    });
    const result = await runPipeline(config, host, stages);
    const failed = result.results.filter((r) => r.status === 'failed');
    if (failed.length) core.setFailed(failed.map((r) => `${r.stage}: ${r.headline}`).join('\n'));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // "backend-ci.yml:16:3: ..." becomes an annotation on that line of the file.
    const at = error instanceof ConfigError ? /^([^\s:][^:]*):(\d+):(\d+): /.exec(message) : null;
    if (at)
      core.error(message.slice(at[0].length), {
        title: 'backend-ci configuration',
        file: at[1],
        startLine: Number(at[2]),
        startColumn: Number(at[3]),
      });
    core.setFailed(message);
  }
}
