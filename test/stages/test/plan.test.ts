// What the stage adds around the runner: the coverage provider check with its install command, the
// project's own thresholds against backend-ci's, and colour switched off unless the user chose.
import { cpSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/config.js';
import { testStage, type TestStageData } from '../../../src/stages/test/stage.js';
import { readCoveragePyThresholds } from '../../../src/stages/test/python.js';
import { readVitestSettings } from '../../../src/stages/test/vitest.js';
import { RecordingHost } from '../../support/recording-host.js';
import { tempDir } from '../../support/temp.js';

const FIXTURES = path.resolve('test/fixtures/runners');
const temp = () => tempDir('backend-ci-plan-');

async function stage(ws: string, inputs: Record<string, string> = {}) {
  const config = loadConfig({ workspace: ws, inputs });
  const host = new RecordingHost({ workspace: ws });
  const outcome = await testStage.run({ config, host, previous: new Map() });
  return { outcome, data: outcome.data as TestStageData, host };
}

/** A vitest project whose node_modules holds the real vitest 4 and, optionally, a coverage provider from elsewhere. */
function vitestProject(provider?: string, lock = 'pnpm-lock.yaml'): string {
  const ws = temp();
  cpSync(path.join(FIXTURES, 'vitest4'), ws, { recursive: true, filter: (src) => !/node_modules|coverage$/.test(src) });
  rmSync(path.join(ws, 'package-lock.json'));
  writeFileSync(path.join(ws, lock), '');
  mkdirSync(path.join(ws, 'node_modules', '@vitest'), { recursive: true });
  symlinkSync(path.join(FIXTURES, 'vitest4/node_modules/vitest'), path.join(ws, 'node_modules/vitest'));
  if (provider) symlinkSync(provider, path.join(ws, 'node_modules/@vitest/coverage-v8'));
  return ws;
}

describe('the coverage provider vitest needs', () => {
  it('is named with the exact install command for the package manager when it is missing', async () => {
    const ws = vitestProject();
    await expect(stage(ws)).rejects.toThrow(
      '@vitest/coverage-v8 is not installed (vitest 4.1.12 measures coverage with it): run `pnpm add --save-dev --save-exact @vitest/coverage-v8@4.1.12` in ., or set coverage-tool: none',
    );
  });

  it('must match the installed vitest', async () => {
    const ws = vitestProject(path.join(FIXTURES, 'vitest1/node_modules/@vitest/coverage-v8'), 'yarn.lock');
    await expect(stage(ws)).rejects.toThrow(
      '@vitest/coverage-v8 1.6.1 does not match vitest 4.1.12: run `yarn add --dev --exact @vitest/coverage-v8@4.1.12`',
    );
  });
});

describe('thresholds', () => {
  it("come from vitest's coverage.thresholds, and backend-ci's settings win where they are set", async () => {
    const ws = temp();
    cpSync(path.join(FIXTURES, 'vitest4'), ws, {
      recursive: true,
      filter: (src) => !/node_modules|coverage$/.test(src),
    });
    symlinkSync(path.join(FIXTURES, 'vitest4/node_modules'), path.join(ws, 'node_modules'));
    const { outcome, data } = await stage(ws, { 'threshold-lines': '90' });
    expect(data.thresholds).toEqual({ lines: 90, functions: 50 });
    expect(data.thresholdSources).toEqual({
      lines: 'backend-ci settings',
      functions: 'vitest.config.ts coverage.thresholds',
    });
    expect(outcome.status).toBe('failed');
    expect(outcome.headline).toBe('1 coverage threshold not met (3 passed, 0 failed, lines 60%)');
    expect(outcome.details).toContain('| lines | 6 | 10 | 60 | 90 (backend-ci settings) |');
    expect(outcome.details).toContain('| functions | 2 | 3 | 66.66 | 50 (vitest.config.ts coverage.thresholds) |');
  });

  it('reads literal values from a vitest config and names what it cannot mirror', () => {
    const dir = temp();
    const file = path.join(dir, 'vitest.config.ts');
    writeFileSync(
      file,
      `export default defineConfig({
  test: {
    reporters: ['verbose', ['junit', { suiteName: 'api' }]],
    coverage: {
      provider: 'istanbul',
      reporter: ['text', ['html', { subdir: 'h' }]],
      // lines: 99 is a comment, not a setting
      thresholds: { lines: 80, branches: -10, 'src/billing/**': { lines: 95 } },
    },
  },
});
`,
    );
    const s = readVitestSettings(file, dir);
    expect(s.provider).toBe('istanbul');
    expect(s.coverageReporters).toEqual(['text', 'html']);
    expect(s.reporters).toEqual(['verbose', 'junit']);
    expect(s.thresholds).toEqual({ lines: { value: 80, source: 'vitest.config.ts coverage.thresholds' } });
    expect(s.notes).toEqual([
      'vitest.config.ts: coverage.thresholds.branches is -10 (a maximum of uncovered items): vitest checks it, backend-ci does not mirror it',
      'vitest.config.ts: glob thresholds in coverage.thresholds are checked by vitest itself; use test.per-file to gate them here',
    ]);
  });

  it("read coverage.py's fail_under from the first settings file that has a report section", () => {
    const dir = temp();
    writeFileSync(
      path.join(dir, 'setup.cfg'),
      '[metadata]\nname = x\n\n[coverage:report]\nfail_under = 87.5\nshow_missing = true\n',
    );
    expect(readCoveragePyThresholds(dir)).toEqual({
      thresholds: { lines: { value: 87.5, source: 'setup.cfg fail_under' } },
      notes: [],
    });
    writeFileSync(
      path.join(dir, 'pyproject.toml'),
      '[tool.coverage.run]\nbranch = true\n\n[tool.coverage.report]\nfail_under = 90\n',
    );
    rmSync(path.join(dir, 'setup.cfg'));
    const withBranches = readCoveragePyThresholds(dir);
    expect(withBranches.thresholds).toEqual({ lines: { value: 90, source: 'pyproject.toml fail_under' } });
    expect(withBranches.notes[0]).toMatch(/combined lines\+branches total/);
  });
});

describe('colour', () => {
  const saved = { NO_COLOR: process.env.NO_COLOR, FORCE_COLOR: process.env.FORCE_COLOR };
  afterEach(() => {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  });
  const command = `node -e "require('fs').writeFileSync('env.txt', String(process.env.NO_COLOR) + ',' + String(process.env.FORCE_COLOR))"`;

  it('is switched off for the test command (NO_COLOR=1, FORCE_COLOR=0)', async () => {
    delete process.env.NO_COLOR;
    delete process.env.FORCE_COLOR;
    const ws = temp();
    await stage(ws, { 'test-command': command, 'coverage-tool': 'none' });
    expect(readFileSync(path.join(ws, 'env.txt'), 'utf8')).toBe('1,0');
  });

  it('is left as the user set it', async () => {
    delete process.env.NO_COLOR;
    process.env.FORCE_COLOR = '1';
    const ws = temp();
    await stage(ws, { 'test-command': command, 'coverage-tool': 'none' });
    expect(readFileSync(path.join(ws, 'env.txt'), 'utf8')).toBe('undefined,1');
  });
});

describe('coverage-tool', () => {
  function linked(fixture: string): string {
    const ws = temp();
    cpSync(path.join(FIXTURES, fixture), ws, { recursive: true, filter: (src) => !/node_modules|coverage$/.test(src) });
    if (fixture !== 'pytest') symlinkSync(path.join(FIXTURES, fixture, 'node_modules'), path.join(ws, 'node_modules'));
    return ws;
  }

  it('refuses a tool that does not fit the runner, naming both', async () => {
    await expect(stage(linked('jest-babel'), { 'coverage-tool': 'vitest' })).rejects.toThrow(
      'test.coverage-tool is vitest, but the runner is jest (package.json test script runs jest): vitest coverage needs the vitest runner; use c8, none or auto',
    );
    await expect(stage(linked('pytest'), { 'coverage-tool': 'c8', python: '/usr/bin/python3' })).rejects.toThrow(
      /c8 measures Node processes; use auto \(coverage\.py\) or none$/,
    );
  });

  it("none runs vitest without the stage's coverage flags and still reads its results", async () => {
    const { outcome, data } = await stage(linked('vitest4'), { 'coverage-tool': 'none' });
    expect(data.coverageTool).toBe('none');
    expect(outcome.outputs!['tests-passed']).toBe('3');
    expect(outcome.outputs!['coverage-lines']).toBeUndefined();
    expect(outcome.status).toBe('failed');
    expect(outcome.headline).toMatch(
      /^no coverage report in .*; the coverage minimums \(lines 60%, functions 50%\) cannot be checked/,
    );
  });
});

describe('pytest with pytest-cov', () => {
  it('lets pytest-cov measure when --cov is in addopts, and takes --cov-fail-under as the lines threshold', async () => {
    const ws = temp();
    cpSync(path.join(FIXTURES, 'pytest'), ws, {
      recursive: true,
      filter: (src) => !/__pycache__|\.pytest_cache$/.test(src),
    });
    writeFileSync(
      path.join(ws, 'pytest.ini'),
      '[pytest]\ntestpaths = tests\naddopts = --cov=pricing --cov-fail-under=50\n',
    );
    const { outcome, data } = await stage(ws, { python: '/usr/bin/python3' });
    expect(data.coverageTool).toBe('pytest-cov (--cov in pytest.ini addopts)');
    expect(data.thresholdSources.lines).toBe('pytest.ini addopts --cov-fail-under');
    expect(outcome.status).toBe('passed');
    // pytest-cov's own numbers for the same run, as a user would ask for them.
    const own = temp();
    cpSync(ws, own, { recursive: true, filter: (src) => !/coverage$|__pycache__|\.pytest_cache$/.test(src) });
    const { runProgram } = await import('../../../src/exec/run.js');
    await runProgram('/usr/bin/python3', ['-m', 'pytest', '-q', '-p', 'no:cacheprovider', '--cov-report=xml:own.xml'], {
      cwd: own,
      env: { ...process.env, COVERAGE_FILE: path.join(own, '.cov') },
    });
    const xml = readFileSync(path.join(own, 'own.xml'), 'utf8');
    const [covered, valid] = [/lines-covered="(\d+)"/.exec(xml)![1], /lines-valid="(\d+)"/.exec(xml)![1]].map(Number);
    expect(Math.abs(Number(outcome.outputs!['coverage-lines']) - (covered! / valid!) * 100)).toBeLessThanOrEqual(0.01);
    expect(outcome.outputs!['tests-passed']).toBe('3');
  });
});
