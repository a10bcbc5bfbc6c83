// The deploy commands of the CLI: `backend-ci deploy [--plan]`, `rollback [--to ID] [--keep-database]`,
// `recover`, `releases`, `unlock [--force]`.
// Each returns the exit code (0 ok, 1 failed); configuration errors are thrown as ConfigError (exit 2).
import { hostname, userInfo } from 'node:os';
import type { Config } from '../config/config.js';
import type { Host } from '../host/host.js';
import { deployOutputs, runDeploy } from '../stages/deploy/stage.js';
import { RELEASE_ID } from '../deploy/layout.js';
import {
  listReleases,
  planDeploy,
  recoverFleet,
  rollbackFleet,
  unlockTargets,
  type OperationOptions,
} from '../deploy/operations.js';
import { deployMarkdown, headline, planText, recoverText, releasesText, rollbackText } from '../deploy/report.js';
import { ConfigError } from '../errors.js';

function operationOptions(config: Config, host: Host): OperationOptions {
  return {
    settings: config.deploy,
    cwd: config.cwd,
    log: host.log,
    sha: host.context.sha,
    runUrl: host.context.runUrl,
    actor: process.env.GITHUB_ACTOR ?? `${userInfo().username}@${hostname()}`,
  };
}

function print(host: Host, text: string): void {
  for (const line of text.split('\n')) host.log.info(line);
}

export async function deployCommand(config: Config, host: Host, options: { plan?: boolean } = {}): Promise<number> {
  if (options.plan) {
    print(host, planText(await planDeploy(operationOptions(config, host))));
    return 0;
  }
  const report = await runDeploy(config, host);
  for (const [name, value] of Object.entries(deployOutputs(report))) host.setOutput(name, value);
  await host.appendSummary(`${deployMarkdown(report)}\n`);
  if (report.status === 'deployed') host.log.info(headline(report));
  else host.log.error(headline(report));
  return report.status === 'deployed' ? 0 : 1;
}

export async function rollbackCommand(
  config: Config,
  host: Host,
  options: { to?: string; keepDatabase?: boolean } = {},
): Promise<number> {
  if (options.to !== undefined && !RELEASE_ID.test(options.to)) {
    throw new ConfigError(
      `--to '${options.to}' is not a release id; expected YYYYMMDDTHHMMSSZ-sha (see 'backend-ci releases')`,
    );
  }
  const results = await rollbackFleet({
    ...operationOptions(config, host),
    to: options.to,
    keepDatabase: !!options.keepDatabase,
  });
  const text = rollbackText(results);
  print(host, text);
  await host.appendSummary(
    `**rollback ${results.every((r) => r.ok) ? 'done' : 'FAILED'}**\n\n${text
      .split('\n')
      .map((l) => `- ${l}`)
      .join('\n')}\n`,
  );
  return results.every((r) => r.ok) ? 0 : 1;
}

/** `backend-ci recover`: what a killed deploy left is undone on every target; exit 1 when a target is not back. */
export async function recoverCommand(config: Config, host: Host): Promise<number> {
  const results = await recoverFleet(operationOptions(config, host));
  const text = recoverText(results);
  print(host, text);
  await host.appendSummary(
    `**recover**\n\n${text
      .split('\n')
      .map((l) => `- ${l}`)
      .join('\n')}\n`,
  );
  return results.every((r) => r.problems.length === 0) ? 0 : 1;
}

export async function releasesCommand(config: Config, host: Host): Promise<number> {
  print(host, releasesText(await listReleases(operationOptions(config, host))));
  return 0;
}

export async function unlockCommand(config: Config, host: Host, options: { force?: boolean } = {}): Promise<number> {
  return (await unlockTargets({ ...operationOptions(config, host), force: !!options.force })) ? 0 : 1;
}
