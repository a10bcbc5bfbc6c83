// The fail-closed rules: what could not be measured is never clean, never 100%, never a passed threshold.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { gateCoverage, renderVerdict, verdictFails } from '../../src/coverage/gate.js';
import { mergeCoverageCommand } from '../../src/commands/merge-coverage.js';
import { shardArtifactName } from '../../src/report/shards.js';
import { testStage } from '../../src/stages/test/stage.js';
import { RecordingHost } from '../support/recording-host.js';
import { tempDir } from '../support/temp.js';

let n = 0;
function workspace(files: Record<string, string> = {}): string {
  const ws = tempDir(`gate-${++n}-`);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(ws, name)), { recursive: true });
    writeFileSync(path.join(ws, name), text);
  }
  return ws;
}

const LCOV = ['TN:', 'SF:src/a.js', 'FN:1,a', 'FNDA:1,a', 'FNF:1', 'FNH:1', 'DA:1,1', 'DA:2,0', 'LF:2', 'LH:1', 'BRDA:1,0,0,1', 'BRDA:1,0,1,0', 'BRF:2', 'BRH:1', 'end_of_record', ''].join('\n');

async function gate(ws: string, files: string[], thresholds: Record<string, number> = {}, perFile: Record<string, Record<string, number>> = {}) {
  return gateCoverage({ files: files.map((f) => path.join(ws, f)), lookedIn: 'coverage', workspace: ws, cwd: ws, thresholds, perFile });
}

describe('gateCoverage', () => {
  it('with a threshold, no coverage report fails naming where it looked and what it expected', async () => {
    const v = await gate(workspace(), [], { lines: 80 });
    expect(verdictFails(v)).toBe(true);
    expect(v.failures[0]).toMatch(/^no coverage report in coverage: expected lcov\.info, coverage-summary\.json.*cannot be checked/);
    expect(v.outputs['coverage-lines']).toBe('');
    // Without a threshold it is a warning, still with no number.
    const loose = await gate(workspace(), []);
    expect(verdictFails(loose)).toBe(false);
    expect(loose.warnings[0]).toMatch(/^no coverage report in coverage/);
    expect(loose.report).toBeUndefined();
  });

  it('with a threshold, an empty lcov file fails naming the file', async () => {
    const ws = workspace({ 'coverage/lcov.info': '' });
    const v = await gate(ws, ['coverage/lcov.info'], { lines: 80 });
    expect(v.failures).toEqual(['coverage/lcov.info is empty: expected coverage records; the coverage minimums (lines 80%) cannot be checked']);
    expect(v.report).toBeUndefined();
  });

  it('a report listing no source file fails with a threshold', async () => {
    const ws = workspace({ 'coverage/lcov.info': 'TN:\n' });
    const v = await gate(ws, ['coverage/lcov.info'], { lines: 80 });
    expect(v.failures[0]).toMatch(/^coverage\/lcov\.info lists no source file/);
  });

  it('an unreadable file fails naming file, line and what was expected', async () => {
    const ws = workspace({ 'coverage/lcov.info': 'SF:src/a.js\nDA:x,1\nend_of_record\n' });
    const v = await gate(ws, ['coverage/lcov.info'], { lines: 80 });
    expect(v.failures[0]).toContain("coverage/lcov.info:2: expected a line number in DA:<line>,<hits> (a whole number), got 'x'");
  });

  it('a json-summary whose pct is a string fails (wrong field type), it does not warn and pass', async () => {
    const metric = (pct: unknown) => ({ total: 10, covered: 5, skipped: 0, pct });
    const summary = { total: { lines: metric(50), statements: metric(50), functions: metric(50), branches: metric(50) }, 'src/a.js': { lines: metric('50'), statements: metric(50), functions: metric(50), branches: metric(50) } };
    const ws = workspace({ 'coverage/coverage-summary.json': JSON.stringify(summary, null, 2) });
    const v = await gate(ws, ['coverage/coverage-summary.json'], { lines: 40 });
    expect(verdictFails(v)).toBe(true);
    expect(v.failures[0]).toMatch(/^coverage\/coverage-summary\.json:\d+: expected 'lines\.pct' of 'src\/a\.js' to be a number from 0 to 100.*got "50"/);
  });

  it('accepts istanbul\'s own "Unknown" pct for a metric with nothing to count, and shows it as n/a', async () => {
    const metric = (total: number, covered: number, pct: unknown) => ({ total, covered, skipped: 0, pct });
    const entry = { lines: metric(4, 3, 75), statements: metric(4, 3, 75), functions: metric(1, 1, 100), branches: metric(0, 0, 'Unknown') };
    const ws = workspace({ 'coverage/coverage-summary.json': JSON.stringify({ total: entry, [path.join('src', 'a.js')]: entry }) });
    const v = await gate(ws, ['coverage/coverage-summary.json']);
    expect(v.failures).toEqual([]);
    expect(v.outputs).toEqual({ 'coverage-lines': '75', 'coverage-statements': '75', 'coverage-functions': '100', 'coverage-branches': '' });
    expect(renderVerdict(v, {})).toContain('| branches | 0 | 0 | n/a | — |');
  });

  it('a per-file minimum on a file with no branch holds when the report counts branches elsewhere', async () => {
    const other = ['TN:', 'SF:src/b.js', 'DA:1,1', 'LF:1', 'LH:1', 'end_of_record', ''].join('\n');
    const ws = workspace({ 'coverage/lcov.info': LCOV + other, 'src/a.js': 'a\nb\n', 'src/b.js': 'b\n' });
    const v = await gate(ws, ['coverage/lcov.info'], {}, { 'src/b.js': { branches: 90 } });
    expect(v.thresholdFailures).toEqual([]);
    // But when no file has a branch, that minimum cannot be met.
    const ws2 = workspace({ 'coverage/lcov.info': other, 'src/b.js': 'b\n' });
    const v2 = await gate(ws2, ['coverage/lcov.info'], {}, { 'src/**': { branches: 90 } });
    expect(v2.thresholdFailures).toEqual([expect.objectContaining({ metric: 'branches', notMeasured: true, pattern: 'src/**' })]);
  });

  it('a report of configuration files only is a warning naming them', async () => {
    const lcov = ['TN:', 'SF:vitest.config.ts', 'DA:1,1', 'DA:2,1', 'end_of_record', ''].join('\n');
    const ws = workspace({ 'coverage/lcov.info': lcov, 'vitest.config.ts': 'x\n', 'src/app.ts': 'x\n' });
    const v = await gate(ws, ['coverage/lcov.info'], {});
    expect(v.warnings).toEqual([expect.stringMatching(/^coverage\/lcov\.info covers only configuration files \(vitest\.config\.ts\): the code under test was not measured/)]);
    expect(v.outputs['coverage-lines']).toBe('100');
  });

  it('a report covering far fewer files than the tree holds is a warning naming what it saw', async () => {
    const files: Record<string, string> = { 'coverage/lcov.info': LCOV, 'src/a.js': 'a\nb\n', 'test/a.test.js': 'x\n', 'node_modules/dep/index.js': 'x\n' };
    for (let i = 0; i < 11; i++) files[`src/lib/m${i}.js`] = 'x\n';
    const v = await gate(workspace(files), ['coverage/lcov.info']);
    expect(v.warnings).toEqual([
      'coverage/lcov.info covers 1 source file, but the project holds 12 (not tests or configuration); not in the report: src/lib/m0.js, src/lib/m1.js, src/lib/m10.js, src/lib/m2.js, src/lib/m3.js, and 6 more. The percentages describe only what was measured.',
    ]);
  });
});

describe('coverage.py without --branch: branches are n/a, not 100', () => {
  let ws: string;
  beforeAll(() => {
    ws = workspace({ 'app/calc.py': 'def f(x):\n    if x:\n        return 1\n    return 2\n', 'run.py': 'from app.calc import f\nf(1)\n', 'app/__init__.py': '' });
    execFileSync('/usr/bin/python3', ['-m', 'coverage', 'run', '--source=app', 'run.py'], { cwd: ws });
    execFileSync('/usr/bin/python3', ['-m', 'coverage', 'xml', '-o', 'coverage.xml'], { cwd: ws });
  }, 60_000);

  it('exports no branch percentage and fails a branch threshold saying why', async () => {
    const v = await gate(ws, ['coverage.xml'], { lines: 50, branches: 80 });
    expect(v.outputs['coverage-branches']).toBe('');
    expect(v.outputs['coverage-lines']).toBe('75');
    expect(v.thresholdFailures).toEqual([expect.objectContaining({ metric: 'branches', notMeasured: true })]);
    expect(renderVerdict(v, { lines: 50, branches: 80 })).toContain('branches n/a: the report counts no branches, so the minimum of 80% cannot be met (coverage.py measures branches only with --branch');
  });
});

describe('merge-coverage fails closed', () => {
  it('merging shards that list no file exits 1 with a threshold, and prints no 100%', async () => {
    const ws = workspace({ 'shards/1/lcov.info': 'TN:\n', 'shards/2/lcov.info': 'TN:\n', 'backend-ci.yml': 'test:\n  thresholds:\n    lines: 80\n' });
    const host = new RecordingHost({ workspace: ws });
    const code = await mergeCoverageCommand(loadConfig({ workspace: ws, inputs: {} }), host, { inputs: ['shards/1', 'shards/2'] });
    expect(code).toBe(1);
    expect(host.logText).not.toContain('100%');
    expect(host.logs.filter((l) => l.level === 'error').map((l) => l.message)).toEqual([expect.stringMatching(/^coverage\/lcov\.info is empty: expected coverage records; the coverage minimums \(lines 80%\) cannot be checked$/)]);
  });
});

describe('the shard merge fails closed', () => {
  it('merge-shards over shards whose lcov lists nothing fails with a threshold, with no coverage output', async () => {
    const ws = workspace({ 'backend-ci.yml': 'test:\n  thresholds:\n    lines: 80\n' });
    const downloads = workspace();
    for (const i of [1, 2]) {
      mkdirSync(path.join(downloads, shardArtifactName('coverage-report', { index: i, total: 2 })));
      writeFileSync(path.join(downloads, shardArtifactName('coverage-report', { index: i, total: 2 }), 'lcov.info'), 'TN:\n');
    }
    const store = { upload: async () => ({ name: '', size: 0, location: '' }), downloadLatest: async (name: string) => path.join(downloads, name) };
    const config = loadConfig({ workspace: ws, inputs: { 'merge-shards': '2' } });
    const host = new RecordingHost({ runId: '88', workspace: ws }, store);
    const outcome = await testStage.run({ config, host, previous: new Map() });
    expect(outcome.status).toBe('failed');
    expect(outcome.headline).toBe('merged 2 shards: lines n/a; coverage/lcov.info is empty: expected coverage records; the coverage minimums (lines 80%) cannot be checked');
    expect(outcome.outputs).toEqual({});
  });
});
