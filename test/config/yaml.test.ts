// YAML as backend-ci reads it: aliases and merge keys resolved (never silently null), with caps on expansion
// and on file size, for backend-ci.yml and perf scenario files alike.
import { truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig, MAX_YAML_BYTES } from '../../src/config/config.js';
import { loadScenario } from '../../src/perf/scenario.js';
import { tempDir } from '../support/temp.js';

function workspace(yaml: string, name = 'backend-ci.yml'): string {
  const dir = tempDir('backend-ci-yaml-');
  writeFileSync(path.join(dir, name), yaml);
  return dir;
}

describe('YAML aliases and sizes', () => {
  it('an alias to false is false (it used to become null, and null meant the default: true)', () => {
    const ws = workspace('test:\n  all: &ff false\n  failOnTestFailure: *ff\n');
    expect(loadConfig({ workspace: ws, inputs: {} }).test.failOnTestFailure).toBe(false);
  });

  it('resolves anchored mappings and merge keys, and still names the file and line of a bad value', () => {
    const ws = workspace(
      'test:\n  thresholds: &t\n    lines: 80\n    branches: 70\n  perFile:\n    "src/billing/**":\n      <<: *t\n      lines: 95\n',
    );
    const config = loadConfig({ workspace: ws, inputs: {} });
    expect(config.test.perFile['src/billing/**']).toMatchObject({ lines: 95, branches: 70 });
    const bad = workspace('test:\n  thresholds: &t\n    lines: lots\n  perFile:\n    "src/**": *t\n');
    expect(() => loadConfig({ workspace: bad, inputs: {} })).toThrow(/backend-ci\.yml:3:12: .*lines/);
  });

  it('refuses aliases that expand without end (a billion laughs) with the line where it happened', () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i++)
      levels.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10)
          .fill(`*${String.fromCharCode(96 + i)}`)
          .join(',')}]`,
      );
    const ws = workspace(`${levels.join('\n')}\ntest:\n  exclude: *i\n`);
    const started = Date.now();
    expect(() => loadConfig({ workspace: ws, inputs: {} })).toThrow(
      /aliases expand to more than 10000 values; refusing to expand them further/,
    );
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('refuses a backend-ci.yml over 1 MiB before reading it', () => {
    const ws = workspace('test:\n  command: npm test\n');
    truncateSync(path.join(ws, 'backend-ci.yml'), 50 * 1024 * 1024);
    expect(() => loadConfig({ workspace: ws, inputs: {} })).toThrow(
      `backend-ci.yml: ${50 * 1024 * 1024} bytes; a settings or scenario file may have at most ${MAX_YAML_BYTES} bytes (1 MiB)`,
    );
  });

  it('refuses a scenario file over 1 MiB the same way', () => {
    const ws = workspace('target: http://127.0.0.1:1\n', 'scenario.yml');
    truncateSync(path.join(ws, 'scenario.yml'), MAX_YAML_BYTES + 1);
    expect(() => loadScenario(path.join(ws, 'scenario.yml'), ws)).toThrow(`scenario.yml: ${MAX_YAML_BYTES + 1} bytes`);
  });
});
