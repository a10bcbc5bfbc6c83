// Vitest runs with its own coverage provider (the one matching the installed vitest, which understands
// vitest's workers and transforms; c8 around vitest sees only the config file) and its JSON reporter added
// beside the user's reporters.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ConfigError } from '../../pipeline/stage.js';
import { numberEntries, objectBlock, stringList, stripComments } from './config-text.js';
import { addDevDependencyCommand } from './package-manager.js';
import { flags, type PlanContext, type ProjectThresholds, type RunPlan } from './run-plan.js';
import { splitWords } from './script.js';

const CONFIG_NAMES = ['vitest.config', 'vite.config'].flatMap((b) =>
  ['ts', 'mts', 'cts', 'js', 'mjs', 'cjs'].map((e) => `${b}.${e}`),
);
/** vitest's own defaults, passed along because reporters on the command line replace the configured ones. */
const DEFAULT_COVERAGE_REPORTERS = ['text', 'html', 'clover', 'json'];
const OUR_COVERAGE_REPORTERS = ['json-summary', 'lcov'];
const METRIC_KEYS = ['lines', 'branches', 'functions', 'statements'] as const;

/** The installed package's version, looked up from cwd to the repository root. */
export function installedVersion(name: string, cwd: string, workspace: string): string | undefined {
  const root = path.resolve(workspace);
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    const file = path.join(dir, 'node_modules', name, 'package.json');
    if (existsSync(file)) return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
    if (dir === root || dir === path.dirname(dir) || !dir.startsWith(root)) return undefined;
  }
}

function configFile(cwd: string, command: string): string | undefined {
  const words = splitWords(command);
  const at = words.findIndex((w) => w === '--config' || w === '-c' || w.startsWith('--config='));
  if (at !== -1) {
    const value = words[at]!.startsWith('--config=') ? words[at]!.slice('--config='.length) : words[at + 1];
    if (value) return path.resolve(cwd, value.replace(/^(['"])(.*)\1$/, '$2'));
  }
  const name = CONFIG_NAMES.find((n) => existsSync(path.join(cwd, n)));
  return name ? path.join(cwd, name) : undefined;
}

export interface VitestSettings {
  provider: 'v8' | 'istanbul' | 'custom';
  coverageReporters?: string[];
  reporters?: string[];
  thresholds: ProjectThresholds;
  notes: string[];
}

/** What the config file says literally; computed values are named in the notes. */
export function readVitestSettings(file: string | undefined, cwd: string): VitestSettings {
  const settings: VitestSettings = { provider: 'v8', thresholds: {}, notes: [] };
  if (!file) return settings;
  const text = stripComments(readFileSync(file, 'utf8'));
  const shown = path.relative(cwd, file);
  const coverage = objectBlock(text, 'coverage') ?? '';
  const provider = /provider\s*:\s*['"](v8|istanbul|custom)['"]/.exec(coverage)?.[1];
  if (provider) settings.provider = provider as VitestSettings['provider'];
  if (/reporter\s*:/.test(coverage)) {
    settings.coverageReporters = stringList(coverage, 'reporter');
    if (!settings.coverageReporters)
      settings.notes.push(
        `${shown}: coverage.reporter is computed; vitest's default coverage reporters were kept beside ours`,
      );
  }
  const outside = coverage ? text.replace(coverage, '') : text;
  if (/reporters\s*:/.test(outside)) {
    settings.reporters = stringList(outside, 'reporters');
    if (!settings.reporters)
      settings.notes.push(`${shown}: test.reporters is computed; the default reporter was kept beside the JSON one`);
  }
  const thresholds = objectBlock(coverage, 'thresholds');
  if (thresholds !== undefined) {
    const values = numberEntries(thresholds.replace(/['"][^'"]*[*/][^'"]*['"]\s*:\s*\{[^}]*\}/g, ''));
    for (const metric of METRIC_KEYS) {
      const v = values['100'] === true ? 100 : values[metric];
      if (typeof v === 'number' && v >= 0)
        settings.thresholds[metric] = { value: v, source: `${shown} coverage.thresholds` };
      else if (typeof v === 'number')
        settings.notes.push(
          `${shown}: coverage.thresholds.${metric} is ${v} (a maximum of uncovered items): vitest checks it, backend-ci does not mirror it`,
        );
    }
    if (values.perFile === true)
      settings.notes.push(
        `${shown}: coverage.thresholds.perFile is checked by vitest itself, not mirrored per file here`,
      );
    if (/['"][^'"]*[*/][^'"]*['"]\s*:/.test(thresholds))
      settings.notes.push(
        `${shown}: glob thresholds in coverage.thresholds are checked by vitest itself; use test.per-file to gate them here`,
      );
  }
  return settings;
}

export async function planVitest(ctx: PlanContext, withCoverage: boolean): Promise<RunPlan> {
  const { config, detection, coverageDirectory, scratch } = ctx;
  const version = installedVersion('vitest', config.cwd, config.workspace);
  if (!version)
    throw new ConfigError(
      `vitest is not installed in ${config.cwd} (${detection.reason}): install the project's dependencies before the test stage`,
    );
  const file = configFile(config.cwd, detection.command);
  const settings = readVitestSettings(file, config.cwd);
  const notes = [...settings.notes];
  const parts = [detection.command];
  let coverageLabel = 'none';
  if (withCoverage) {
    if (settings.provider === 'custom')
      throw new ConfigError(
        `${path.relative(config.cwd, file!)}: coverage.provider is 'custom'; set coverage-tool: none and coverage-files to the files it writes`,
      );
    const providerPackage = `@vitest/coverage-${settings.provider}`;
    const providerVersion = installedVersion(providerPackage, config.cwd, config.workspace);
    if (providerVersion !== version) {
      const install = addDevDependencyCommand(detection.packageManager, [`${providerPackage}@${version}`]);
      throw new ConfigError(
        `${providerPackage} ${providerVersion ? `${providerVersion} does not match vitest ${version}` : `is not installed (vitest ${version} measures coverage with it)`}: run \`${install}\` in ${path.relative(config.workspace, config.cwd) || '.'}, or set coverage-tool: none`,
      );
    }
    coverageLabel = `${providerPackage} ${providerVersion}`;
    const reporters = [
      ...new Set([...(settings.coverageReporters ?? DEFAULT_COVERAGE_REPORTERS), ...OUR_COVERAGE_REPORTERS]),
    ];
    parts.push(
      flags([
        ['--coverage.enabled', 'true'],
        ['--coverage.reportsDirectory', coverageDirectory],
        ...reporters.map((r): [string, string] => ['--coverage.reporter', r]),
      ]),
    );
  } else {
    // The user's config may switch coverage on; coverage-tool none means the stage adds none.
  }
  const resultsFile = path.join(scratch, 'vitest-results.json');
  const ownReporterFlags = splitWords(detection.command).filter(
    (w) => w === '--reporter' || w.startsWith('--reporter='),
  );
  const reporters = ownReporterFlags.length ? [] : (settings.reporters ?? ['default']);
  parts.push(
    flags([
      ...reporters.map((r): [string, string] => ['--reporter', r]),
      ['--reporter', 'json'],
      ['--outputFile.json', resultsFile],
    ]),
  );
  return {
    command: parts.join(' '),
    coverage: withCoverage ? 'runner' : 'none',
    coverageLabel,
    results: { format: 'jest-json', file: resultsFile },
    env: {},
    after: [],
    thresholds: settings.thresholds,
    notes,
  };
}
