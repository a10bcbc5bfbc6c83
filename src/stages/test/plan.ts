// From the detected runner to what the stage runs: the command with the runner's own machine-readable
// reporters added, which tool measures coverage, where the results land, and the thresholds the project
// already keeps in its own settings.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ConfigError } from '../../pipeline/stage.js';
import { planJest } from './jest.js';
import { planPython } from './python.js';
import { planVitest } from './vitest.js';

export {
  flags,
  type PlanContext,
  type ProjectThreshold,
  type ProjectThresholds,
  type ResultsFormat,
  type RunPlan,
} from './run-plan.js';
import type { PlanContext, ResultsFormat, RunPlan } from './run-plan.js';

const RUNNER_TOOL: Record<string, string> = {
  vitest: 'vitest',
  jest: 'jest',
  django: 'coverage.py',
  pytest: 'coverage.py',
};

export async function planRun(input: Omit<PlanContext, 'env'>): Promise<RunPlan> {
  const ctx: PlanContext = {
    ...input,
    env: { ...colourOff(), ...pathWithBins(input.config.cwd, input.config.workspace) },
  };
  const { config, detection } = ctx;
  const tool = config.test.coverageTool;
  const own = RUNNER_TOOL[detection.runner];
  if (tool !== 'auto' && tool !== 'c8' && tool !== 'none' && tool !== own) {
    throw new ConfigError(
      `test.coverage-tool is ${tool}, but the runner is ${detection.runner} (${detection.reason}): ${tool} coverage needs the ${tool === 'coverage.py' ? 'django or pytest' : tool} runner; use c8, none or auto`,
    );
  }
  if (tool === 'c8' && own === 'coverage.py') {
    throw new ConfigError(
      `test.coverage-tool is c8, but the runner is ${detection.runner} (${detection.reason}): c8 measures Node processes; use auto (coverage.py) or none`,
    );
  }
  const ownCoverage = tool !== 'none' && tool !== 'c8';
  let plan: RunPlan;
  if (own) {
    // Forced c8 still reads the runner's own results; only the coverage changes hands.
    if (detection.runner === 'vitest') plan = await planVitest(ctx, ownCoverage);
    else if (detection.runner === 'jest') plan = await planJest(ctx, ownCoverage);
    else plan = await planPython(ctx, ownCoverage);
    if (tool === 'c8') Object.assign(plan, { coverage: 'c8', coverageLabel: 'c8 (set by coverage-tool)' });
  } else {
    plan = planNodeProcess(ctx, tool !== 'none');
  }
  plan.env = { ...ctx.env, ...plan.env };
  if (detection.before.length) plan.command = `${detection.before.join(' && ')} && ${plan.command}`;
  return plan;
}

/** Plain Node processes (node --test, mocha, ava, a script): c8 measures them, as the action promises. */
function planNodeProcess(ctx: PlanContext, withCoverage: boolean): RunPlan {
  const { detection } = ctx;
  const extra: string[] = [];
  let format: ResultsFormat = 'node-test';
  if (detection.runner === 'mocha') format = 'mocha';
  if (detection.runner === 'ava') {
    // ava's TAP carries the counts and each failure's location; its default reporter hides them in colours.
    if (!/(?:^|\s)--tap(?:\s|$)/.test(detection.command)) extra.push('--tap');
    format = 'tap';
  }
  return {
    command: [detection.command, ...extra].join(' '),
    coverage: withCoverage ? 'c8' : 'none',
    coverageLabel: withCoverage ? 'c8' : 'none',
    results: { format },
    env: {},
    after: [],
    thresholds: {},
    notes: extra.length ? [`added \`${extra.join(' ')}\` to read the results`] : [],
  };
}

/** Colour codes make unreadable logs and summaries; a user who set either variable keeps their choice. */
function colourOff(): Record<string, string> {
  if (process.env.NO_COLOR !== undefined || process.env.FORCE_COLOR !== undefined) return {};
  return { NO_COLOR: '1', FORCE_COLOR: '0' };
}

/** What `npm test` does: the project's node_modules/.bin (up to the repository root) first on PATH. */
function pathWithBins(cwd: string, workspace: string): Record<string, string> {
  const bins: string[] = [];
  const root = path.resolve(workspace);
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    const bin = path.join(dir, 'node_modules', '.bin');
    if (existsSync(bin)) bins.push(bin);
    if (dir === root || dir === path.dirname(dir) || !dir.startsWith(root)) break;
  }
  const key = Object.keys(process.env).find((k) => k.toUpperCase() === 'PATH') ?? 'PATH';
  return { [key]: [...bins, process.env[key] ?? ''].join(path.delimiter) };
}
