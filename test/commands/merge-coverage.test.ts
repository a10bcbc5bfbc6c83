import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { mergeCoverageCommand } from '../../src/commands/merge-coverage.js';
import { ConfigError } from '../../src/errors.js';
import { RecordingHost } from '../support/recording-host.js';
import { MATH, makeProject, runC8 } from '../coverage/support/c8-project.js';

const test = (name: string, call: string) => `import { test } from 'node:test';
import assert from 'node:assert/strict';
import { add, clamp } from '../src/math.js';
test('${name}', () => assert.ok(${call} !== undefined));
`;

describe('backend-ci merge-coverage', () => {
  let project: string;
  beforeAll(async () => {
    project = makeProject({
      'src/math.js': MATH,
      'test/a.test.js': test('a', 'add(1, 2)'),
      'test/b.test.js': test('b', 'clamp(9, 0, 5)'),
    });
    await runC8(project, ['test/a.test.js'], 'shards/1', ['lcov', 'json-summary']);
    await runC8(project, ['test/b.test.js'], 'shards/2', ['lcov', 'json-summary']);
  }, 120_000);

  function setup(yaml: string) {
    writeFileSync(path.join(project, 'backend-ci.yml'), yaml);
    return { config: loadConfig({ workspace: project, inputs: {} }), host: new RecordingHost({ workspace: project }) };
  }

  it('merges shard folders into the coverage directory and passes when thresholds hold', async () => {
    const { config, host } = setup('test:\n  thresholds:\n    lines: 60\n');
    expect(await mergeCoverageCommand(config, host, { inputs: ['shards/1', 'shards/2'] })).toBe(0);
    expect(existsSync(path.join(project, 'coverage/lcov.info'))).toBe(true);
    expect(existsSync(path.join(project, 'coverage/coverage-summary.json'))).toBe(true);
    expect(host.logText).toContain(
      'merged 4 reports (1 source files) into coverage/lcov.info, coverage/coverage-summary.json',
    );
    expect(host.summary).toContain('| lines | 12 | 15 | 80 | 60 |');
  });

  it('exits 1 and says which threshold the merged coverage misses', async () => {
    const { config, host } = setup('test:\n  thresholds:\n    functions: 100\n');
    expect(
      await mergeCoverageCommand(config, host, {
        inputs: ['shards/1/lcov.info', 'shards/2/lcov.info'],
        output: 'merged',
      }),
    ).toBe(1);
    expect(host.logs.filter((l) => l.level === 'error').map((l) => l.message)).toEqual([
      'functions 66.66% < 100% (2/3 covered)',
    ]);
    expect(existsSync(path.join(project, 'merged/lcov.info'))).toBe(true);
  });

  it('refuses arguments with nothing to merge', async () => {
    const { config, host } = setup('test: {}\n');
    await expect(mergeCoverageCommand(config, host, { inputs: ['nowhere'] })).rejects.toThrow(ConfigError);
    await expect(mergeCoverageCommand(config, host, { inputs: ['src'] })).rejects.toThrow(
      "'src' holds no lcov.info or coverage-summary.json to merge",
    );
  });
});
