import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { runPipeline, stageOrder, type StageRegistry } from '../../src/pipeline/run.js';
import { ConfigError, type Stage, type StageName, type StageOutcome } from '../../src/pipeline/stage.js';
import { RecordingHost } from '../support/recording-host.js';
import { tempDir } from '../support/temp.js';

function stage(name: StageName, outcome: StageOutcome | (() => never), ran: StageName[]): Stage {
  return {
    name,
    async run() {
      ran.push(name);
      return typeof outcome === 'function' ? outcome() : outcome;
    },
  };
}

function setup(inputs: Record<string, string>, outcomes: Partial<Record<StageName, StageOutcome | (() => never)>>) {
  const ws = tempDir('backend-ci-pipeline-');
  const config = loadConfig({ workspace: ws, inputs });
  const ran: StageName[] = [];
  const registry: StageRegistry = {};
  for (const name of ['migrations', 'config', 'test', 'artifact', 'deploy', 'perf', 'report'] as StageName[]) {
    registry[name] = stage(name, outcomes[name] ?? { status: 'passed', headline: `${name} ok` }, ran);
  }
  return { config, ran, registry, host: new RecordingHost({ workspace: ws }) };
}

describe('stageOrder', () => {
  it('keeps the configured order, drops duplicates and always ends with report', () => {
    expect(stageOrder(['report', 'test', 'migrations', 'test'])).toEqual(['test', 'migrations', 'report']);
    expect(stageOrder(['deploy'])).toEqual(['deploy', 'report']);
  });
});

describe('runPipeline', () => {
  it('runs every stage in order and writes results.json', async () => {
    const { config, ran, registry, host } = setup(
      { stages: 'migrations,test,deploy' },
      { test: { status: 'passed', headline: '12 passed', outputs: { 'tests-passed': '12' } } },
    );
    const result = await runPipeline(config, host, registry);
    expect(ran).toEqual(['migrations', 'test', 'deploy', 'report']);
    expect(result.failed).toBe(false);
    expect(host.outputs.get('tests-passed')).toBe('12');
    expect(host.outputs.get('results-json')).toBe(result.resultsJson);
    const json = JSON.parse(readFileSync(result.resultsJson, 'utf8'));
    expect(json.stages.map((s: { stage: string; status: string }) => `${s.stage}:${s.status}`)).toEqual([
      'migrations:passed',
      'test:passed',
      'deploy:passed',
      'report:passed',
    ]);
  });

  it('stops at the first failure but still reports (fail-fast)', async () => {
    const { config, ran, registry, host } = setup(
      { stages: 'migrations,test,deploy' },
      { migrations: { status: 'failed', headline: '2 unapplied migrations' } },
    );
    const result = await runPipeline(config, host, registry);
    expect(ran).toEqual(['migrations', 'report']);
    expect(result.failed).toBe(true);
    const test = result.results.find((r) => r.stage === 'test')!;
    expect(test.status).toBe('skipped');
    expect(test.headline).toBe('not run: migrations failed (fail-fast)');
  });

  it('runs the rest without fail-fast, but never deploys after a failure', async () => {
    const { config, ran, registry, host } = setup(
      { stages: 'test,perf,deploy', 'fail-fast': 'false' },
      { test: { status: 'failed', headline: 'coverage 40% < 80%' } },
    );
    const result = await runPipeline(config, host, registry);
    expect(ran).toEqual(['test', 'perf', 'report']);
    expect(result.results.find((r) => r.stage === 'deploy')!.headline).toContain(
      'deploy needs every earlier stage to pass, and test failed',
    );
  });

  it('deploys after warnings', async () => {
    const { config, ran, registry, host } = setup(
      { stages: 'artifact,deploy' },
      { artifact: { status: 'warned', headline: 'no files to upload' } },
    );
    await runPipeline(config, host, registry);
    expect(ran).toEqual(['artifact', 'deploy', 'report']);
  });

  it('turns a thrown error into a failed stage with its message, and flags configuration errors', async () => {
    const { config, registry, host } = setup(
      { stages: 'config' },
      {
        config: () => {
          throw new ConfigError('perf.yml:3:5: unknown key');
        },
      },
    );
    const result = await runPipeline(config, host, registry);
    const failed = result.results.find((r) => r.stage === 'config')!;
    expect(failed.status).toBe('failed');
    expect(failed.headline).toBe('perf.yml:3:5: unknown key');
    expect(result.configError).toBe(true);
    expect(host.logText).toContain('config: perf.yml:3:5: unknown key');
  });
});
