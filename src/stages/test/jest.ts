// Jest runs with its own --coverage (its provider as configured: babel or v8) and --json, and the project's
// settings come from `jest --showConfig`, which resolves every config file format the way jest itself does.
import path from 'node:path';
import { runProgram } from '../../exec/run.js';
import { ConfigError } from '../../pipeline/stage.js';
import { flags, type PlanContext, type ProjectThresholds, type RunPlan } from './run-plan.js';
import { installedVersion } from './vitest.js';

const OUR_COVERAGE_REPORTERS = ['json-summary', 'lcov'];
const METRIC_KEYS = ['lines', 'branches', 'functions', 'statements'] as const;

interface ShownConfig {
  globalConfig?: {
    coverageThreshold?: { global?: Record<string, unknown> } & Record<string, unknown>;
    coverageReporters?: unknown[];
    coverageProvider?: string;
  };
}

export interface JestSettings {
  coverageReporters?: string[];
  provider?: string;
  thresholds: ProjectThresholds;
  notes: string[];
}

/** The resolved settings, or notes saying why they could not be read. */
export async function readJestSettings(command: string, cwd: string, env: NodeJS.ProcessEnv): Promise<JestSettings> {
  const settings: JestSettings = { thresholds: {}, notes: [] };
  const shown = await runProgram('/bin/sh', ['-c', `${command} --showConfig`], { cwd, env, timeoutMs: 60_000 });
  const start = shown.stdout.indexOf('{');
  let parsed: ShownConfig | undefined;
  try {
    parsed = shown.code === 0 && start !== -1 ? (JSON.parse(shown.stdout.slice(start)) as ShownConfig) : undefined;
  } catch {
    parsed = undefined;
  }
  if (!parsed?.globalConfig) {
    settings.notes.push(
      `\`jest --showConfig\` did not answer (exit ${shown.code}): jest's coverageThreshold and coverageReporters were not read`,
    );
    return settings;
  }
  const g = parsed.globalConfig;
  settings.provider = g.coverageProvider;
  settings.coverageReporters = (g.coverageReporters ?? [])
    .map((r): unknown => (Array.isArray(r) ? (r as unknown[])[0] : r))
    .filter((r): r is string => typeof r === 'string');
  if ((g.coverageReporters ?? []).some((r) => Array.isArray(r)))
    settings.notes.push(
      'jest coverageReporters with options are passed by name only (the command line cannot carry their options)',
    );
  const global = g.coverageThreshold?.global ?? {};
  for (const metric of METRIC_KEYS) {
    const v = global[metric];
    if (typeof v === 'number' && v >= 0)
      settings.thresholds[metric] = { value: v, source: 'jest coverageThreshold.global' };
    else if (typeof v === 'number')
      settings.notes.push(
        `jest coverageThreshold.global.${metric} is ${v} (a maximum of uncovered items): jest checks it, backend-ci does not mirror it`,
      );
  }
  const others = Object.keys(g.coverageThreshold ?? {}).filter((k) => k !== 'global');
  if (others.length)
    settings.notes.push(
      `jest coverageThreshold for ${others.join(', ')} is checked by jest itself; use test.per-file to gate them here`,
    );
  return settings;
}

export async function planJest(ctx: PlanContext, withCoverage: boolean): Promise<RunPlan> {
  const { config, detection, coverageDirectory, scratch } = ctx;
  const version = installedVersion('jest', config.cwd, config.workspace);
  if (!version)
    throw new ConfigError(
      `jest is not installed in ${config.cwd} (${detection.reason}): install the project's dependencies before the test stage`,
    );
  const env = { ...process.env, ...ctx.env };
  const settings = await readJestSettings(detection.command, config.cwd, env);
  const parts = [detection.command];
  if (withCoverage) {
    // Reporters on the command line replace the configured ones: the project's own are passed along.
    const reporters = [...new Set([...(settings.coverageReporters ?? []), ...OUR_COVERAGE_REPORTERS])];
    parts.push(
      flags([
        ['--coverage', undefined],
        ['--coverageDirectory', coverageDirectory],
        ...reporters.map((r): [string, string] => ['--coverageReporters', r]),
      ]),
    );
  }
  const resultsFile = path.join(scratch, 'jest-results.json');
  parts.push(
    flags([
      ['--json', undefined],
      ['--outputFile', resultsFile],
      ['--watchAll', 'false'],
    ]),
  );
  return {
    command: parts.join(' '),
    coverage: withCoverage ? 'runner' : 'none',
    coverageLabel: withCoverage ? `jest ${version} --coverage (${settings.provider ?? 'babel'})` : 'none',
    results: { format: 'jest-json', file: resultsFile },
    env: {},
    after: [],
    thresholds: settings.thresholds,
    notes: settings.notes,
  };
}
