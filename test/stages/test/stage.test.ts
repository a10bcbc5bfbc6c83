import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/config.js';
import { testStage, type TestStageData } from '../../../src/stages/test/stage.js';
import { RecordingHost } from '../../support/recording-host.js';
import { tempDir } from '../../support/temp.js';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A repository with a small service in services/calc (so the working directory is not the repository root). */
function project(options: { failing?: boolean } = {}): string {
  const ws = tempDir('backend-ci-teststage-');
  const svc = path.join(ws, 'services', 'calc');
  mkdirSync(path.join(svc, 'src'), { recursive: true });
  mkdirSync(path.join(svc, 'test'), { recursive: true });
  writeFileSync(
    path.join(svc, 'package.json'),
    JSON.stringify({ name: 'calc', type: 'module', scripts: { test: 'node --test' } }),
  );
  writeFileSync(
    path.join(svc, 'src', 'math.js'),
    [
      'export function add(a, b) {',
      '  return a + b;',
      '}',
      'export function sub(a, b) {',
      '  if (a > b) return a - b;',
      '  return -(b - a);',
      '}',
      '',
    ].join('\n'),
  );
  writeFileSync(
    path.join(svc, 'test', 'math.test.js'),
    [
      "import test from 'node:test';",
      "import assert from 'node:assert';",
      "import { add } from '../src/math.js';",
      "test('adds', () => assert.equal(add(1, 2), 3));",
      options.failing ? "test('adds wrongly', () => assert.equal(add(2, 2), 5));" : '',
      '',
    ].join('\n'),
  );
  return ws;
}

async function runTestStage(ws: string, inputs: Record<string, string> = {}) {
  const config = loadConfig({ workspace: ws, inputs: { 'working-directory': 'services/calc', ...inputs } });
  const host = new RecordingHost({ workspace: ws });
  const outcome = await testStage.run({ config, host, previous: new Map() });
  return { outcome, host, data: outcome.data as TestStageData, config };
}

describe('test stage', () => {
  it('runs the tests under c8 in the working directory and reports real coverage', async () => {
    const ws = project();
    const { outcome, data } = await runTestStage(ws);
    expect(outcome.status).toBe('passed');
    // add() is covered, sub() is not: 3 of 7 lines in math.js (c8 counts the closing lines too).
    expect(data.coverage!.files.map((f) => f.path)).toEqual(['services/calc/src/math.js']);
    expect(Number(outcome.outputs!['coverage-lines'])).toBeGreaterThan(30);
    expect(Number(outcome.outputs!['coverage-lines'])).toBeLessThan(70);
    expect(outcome.outputs!['coverage-functions']).toBe('50');
    expect(outcome.outputs!['tests-passed']).toBe('1');
    expect(outcome.outputs!['tests-failed']).toBe('0');
    for (const f of ['lcov.info', 'coverage-summary.json', 'cobertura-coverage.xml', 'index.html']) {
      expect(existsSync(path.join(ws, 'services/calc/coverage', f)), f).toBe(true);
    }
    expect(readFileSync(path.join(ws, 'services/calc/coverage/lcov.info'), 'utf8')).toContain('SF:src/math.js');
    expect(outcome.details).toContain('| lines |');
  });

  it('fails under a threshold and says which metric and by how much', async () => {
    const ws = project();
    const { outcome, data } = await runTestStage(ws, { 'threshold-functions': '80' });
    expect(outcome.status).toBe('failed');
    expect(outcome.headline).toContain('1 coverage threshold not met');
    expect(data.thresholdFailures).toEqual([
      expect.objectContaining({ metric: 'functions', actual: 50, required: 80 }),
    ]);
    expect(outcome.annotations).toContainEqual(
      expect.objectContaining({ level: 'error', message: 'functions coverage 50% is under the required 80%' }),
    );
  });

  it('fails on a failing test and annotates it at its file and line', async () => {
    const ws = project({ failing: true });
    const { outcome } = await runTestStage(ws);
    expect(outcome.status).toBe('failed');
    expect(outcome.headline).toMatch(/^1 test failed/);
    expect(outcome.outputs!['tests-failed']).toBe('1');
    const annotation = outcome.annotations!.find((a) => a.title?.startsWith('Test failed'));
    expect(annotation).toMatchObject({ level: 'error', file: 'services/calc/test/math.test.js', line: 5 });
  });

  it('says so when the coverage report measured nothing, instead of reporting 100%', async () => {
    const ws = project();
    const { outcome } = await runTestStage(ws, { 'test-command': 'true' });
    expect(outcome.status).toBe('failed');
    expect(outcome.headline).toMatch(/lcov\.info (is empty: expected coverage records|lists no source file)/);
    expect(outcome.outputs!['coverage-lines']).toBeUndefined();
  });

  it('reads coverage a tool wrote itself with coverage-tool none (coverage.py XML)', async () => {
    const ws = project();
    const svc = path.join(ws, 'services/calc');
    mkdirSync(path.join(svc, 'cov'));
    writeFileSync(
      path.join(svc, 'cov', 'coverage.xml'),
      `<?xml version="1.0" ?>
<coverage version="6.5.0" timestamp="1" lines-valid="4" lines-covered="3" line-rate="0.75" branches-covered="0" branches-valid="0" branch-rate="0" complexity="0">
  <sources><source>${svc}</source></sources>
  <packages><package name="." line-rate="0.75" branch-rate="0" complexity="0"><classes>
    <class name="app.py" filename="app.py" complexity="0" line-rate="0.75" branch-rate="0"><methods/><lines>
      <line number="1" hits="1"/><line number="2" hits="1"/><line number="3" hits="1"/><line number="5" hits="0"/>
    </lines></class>
  </classes></package></packages>
</coverage>
`,
    );
    writeFileSync(path.join(svc, 'app.py'), 'a = 1\nb = 2\nc = 3\n\nd = 4\n');
    const { outcome, data } = await runTestStage(ws, {
      'coverage-tool': 'none',
      'test-command': 'true',
      'coverage-files': 'cov/coverage.xml',
      'threshold-lines': '70',
    });
    expect(outcome.status).toBe('passed');
    expect(outcome.outputs!['coverage-lines']).toBe('75');
    expect(data.coverage!.files[0]!.path).toBe('services/calc/app.py');
  });

  it('needs a test command when package.json has none, and says where to set it', async () => {
    const ws = project();
    writeFileSync(path.join(ws, 'services/calc/package.json'), '{"name":"calc"}');
    await expect(runTestStage(ws)).rejects.toThrow(
      "no test command: set test.command in backend-ci.yml or the 'test-command' input",
    );
  });
});

describe('test stage, failing closed', () => {
  it('fails a threshold it cannot check because nothing was measured, and says so', async () => {
    const ws = project();
    const { outcome } = await runTestStage(ws, {
      'test-command': 'true',
      'coverage-tool': 'none',
      'threshold-lines': '80',
    });
    expect(outcome.status).toBe('failed');
    expect(outcome.headline).toMatch(
      /^no coverage report in services\/calc\/coverage: expected lcov\.info.*; the coverage minimums \(lines 80%\) cannot be checked$/,
    );
    expect(outcome.outputs!['coverage-lines']).toBeUndefined();
  });

  it("says the runner's own coverage gate failed when it exits 1 with every test passed", async () => {
    const ws = project();
    const script =
      "console.log('# pass 1'); console.log('# fail 0'); console.error('ERROR: Coverage for lines (40%) does not meet global threshold (90%)'); process.exit(1)";
    writeFileSync(path.join(ws, 'services/calc/gate.cjs'), script);
    const { outcome } = await runTestStage(ws, { 'test-command': 'node gate.cjs', 'coverage-tool': 'none' });
    expect(outcome.status).toBe('failed');
    expect(outcome.headline).toBe(
      "the runner's own coverage gate failed: ERROR: Coverage for lines (40%) does not meet global threshold (90%) (1 passed, 0 failed)",
    );
  });
});

describe('test stage, a runner that fails without a failing test', () => {
  it('names the first error line in the headline', async () => {
    const ws = project();
    writeFileSync(
      path.join(ws, 'services/calc/typecheck.cjs'),
      "console.log('# pass 2'); console.log('# fail 0'); console.error('TypeCheckError: Type \\'string\\' is not assignable to type \\'number\\'.'); process.exit(1)",
    );
    const { outcome } = await runTestStage(ws, { 'test-command': 'node typecheck.cjs', 'coverage-tool': 'none' });
    expect(outcome.status).toBe('failed');
    expect(outcome.headline).toBe(
      "the test command exited with 1 though no test failed (first error: TypeCheckError: Type 'string' is not assignable to type 'number'.) (2 passed, 0 failed)",
    );
  });
});
