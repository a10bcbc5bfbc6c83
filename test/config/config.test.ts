import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inputSpecs, loadConfig } from '../../src/config/config.js';
import { ConfigError } from '../../src/pipeline/stage.js';
import { tempDir } from '../support/temp.js';

function workspace(yaml?: string): string {
  const dir = tempDir('backend-ci-config-');
  if (yaml !== undefined) writeFileSync(path.join(dir, 'backend-ci.yml'), yaml);
  return dir;
}

function errorOf(fn: () => unknown): ConfigError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('gives the documented defaults when there is no file and no input', () => {
    const ws = workspace();
    const config = loadConfig({ workspace: ws, inputs: {} });
    expect(config.stages).toEqual(['migrations', 'config', 'test', 'artifact', 'report']);
    expect(config.failFast).toBe(true);
    expect(config.artifact.name).toBe('coverage-report');
    expect(config.artifact.ifNoFilesFound).toBe('warn');
    expect(config.test.reporters).toEqual(['lcov', 'json-summary', 'cobertura', 'html']);
    expect(config.cwd).toBe(ws);
    expect(config.configFile).toBeUndefined();
  });

  it('reads backend-ci.yml and lets inputs win over it', () => {
    const ws = workspace('test:\n  command: npm test\n  thresholds:\n    lines: 80\n    branches: 70\n');
    const config = loadConfig({ workspace: ws, inputs: { 'threshold-lines': '90', 'test-command': '' } });
    expect(config.test.thresholds).toEqual({ lines: 90, branches: 70, functions: undefined, statements: undefined });
    // An empty input is what the runner passes for an unset one: it must not erase the file's value.
    expect(config.test.command).toBe('npm test');
    expect(config.configFile).toBe(path.join(ws, 'backend-ci.yml'));
  });

  it('names file, line and column and suggests the right key for a typo', () => {
    const ws = workspace('test:\n  command: npm test\n  reportrs: [lcov]\n');
    const error = errorOf(() => loadConfig({ workspace: ws, inputs: {} }));
    expect(error.message).toContain('backend-ci.yml:3:3');
    expect(error.message).toContain("unknown setting 'test.reportrs'");
    expect(error.message).toContain("did you mean 'reporters'?");
  });

  it('lists the allowed values of an enum and points at the value', () => {
    const ws = workspace('stages: [test, reprt]\n');
    const error = errorOf(() => loadConfig({ workspace: ws, inputs: {} }));
    expect(error.message).toMatch(
      /backend-ci\.yml:1:16: 'stages\[1\]' must be one of migrations \| config \| test \| artifact \| deploy \| perf \| report/,
    );
    expect(error.message).toContain("did you mean 'report'?");
  });

  it('rejects numbers out of range, from the file and from inputs', () => {
    const ws = workspace('test:\n  thresholds:\n    lines: 180\n');
    expect(errorOf(() => loadConfig({ workspace: ws, inputs: {} })).message).toBe(
      "backend-ci.yml:3:12: 'test.thresholds.lines' must be a number from 0 to 100 (percent), got 180",
    );
    const clean = workspace();
    expect(errorOf(() => loadConfig({ workspace: clean, inputs: { 'threshold-lines': 'eighty' } })).message).toBe(
      "input 'threshold-lines': 'test.thresholds.lines' must be a number from 0 to 100 (percent), got 'eighty'",
    );
    expect(errorOf(() => loadConfig({ workspace: clean, inputs: { 'retention-days': '2.5' } })).message).toContain(
      'must be a whole number from 1 to 90',
    );
  });

  it('takes lists from inputs one per line or comma-separated', () => {
    const ws = workspace();
    expect(loadConfig({ workspace: ws, inputs: { stages: 'test, artifact' } }).stages).toEqual(['test', 'artifact']);
    expect(loadConfig({ workspace: ws, inputs: { stages: 'test\nartifact\n' } }).stages).toEqual(['test', 'artifact']);
  });

  it('accepts only true/false for booleans', () => {
    const ws = workspace();
    expect(loadConfig({ workspace: ws, inputs: { 'fail-fast': 'false' } }).failFast).toBe(false);
    expect(errorOf(() => loadConfig({ workspace: ws, inputs: { 'fail-fast': 'yes' } })).message).toContain(
      "input 'fail-fast'",
    );
  });

  it('reports invalid YAML with its position', () => {
    const ws = workspace('test:\n  command: [unclosed\n');
    expect(errorOf(() => loadConfig({ workspace: ws, inputs: {} })).message).toMatch(
      /^backend-ci\.yml:\d+:\d+: invalid YAML/,
    );
  });

  it('refuses an unknown input and a missing working directory', () => {
    const ws = workspace();
    expect(errorOf(() => loadConfig({ workspace: ws, inputs: { 'treshold-lines': '1' } })).message).toContain(
      "unknown input 'treshold-lines'",
    );
    expect(errorOf(() => loadConfig({ workspace: ws, inputs: { 'working-directory': 'nope' } })).message).toContain(
      "input 'working-directory': working directory 'nope' does not exist",
    );
  });

  it('finds backend-ci.yml in the working directory and resolves paths from there', () => {
    const ws = workspace();
    mkdirSync(path.join(ws, 'service'));
    writeFileSync(
      path.join(ws, 'service', 'backend-ci.yml'),
      'workingDirectory: service\nartifact:\n  name: svc-coverage\n',
    );
    const config = loadConfig({ workspace: ws, inputs: { 'working-directory': 'service' } });
    expect(config.cwd).toBe(path.join(ws, 'service'));
    expect(config.artifact.name).toBe('svc-coverage');
  });

  it('hands every secret to onSecret before returning', () => {
    const ws = workspace();
    const secrets: string[] = [];
    loadConfig({
      workspace: ws,
      inputs: { 'github-token': 'ghs_abc123', 'database-url': 'postgres://u:pw@h/db' },
      onSecret: (s) => secrets.push(s),
    });
    expect(secrets).toEqual(expect.arrayContaining(['ghs_abc123', 'postgres://u:pw@h/db']));
  });

  it('declares each input name once', () => {
    const names = inputSpecs().map((s) => s.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
});
