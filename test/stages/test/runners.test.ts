// The test stage run zero-config on a small project per runner (test/fixtures/runners/): every total must
// equal what the runner's own coverage prints when run by hand, test counts must equal the runner's own,
// and a failing test must be the headline, at its file and line.
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/config.js';
import { runProgram } from '../../../src/exec/run.js';
import { testStage, type TestStageData } from '../../../src/stages/test/stage.js';
import { RecordingHost } from '../../support/recording-host.js';

const FIXTURES = path.resolve('test/fixtures/runners');
const C8 = path.resolve('node_modules/.bin/c8');
const PYTHON = '/usr/bin/python3';
const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the fixture as services/app of a fresh repository; node_modules linked, not copied. */
function copy(name: string): { ws: string; svc: string } {
  const ws = mkdtempSync(path.join(tmpdir(), `backend-ci-runner-${name}-`));
  made.push(ws);
  const svc = path.join(ws, 'services', 'app');
  const from = path.join(FIXTURES, name);
  cpSync(from, svc, {
    recursive: true,
    filter: (src) => !/(?:^|\/)(?:node_modules|coverage|__pycache__|\.pytest_cache)$/.test(src),
  });
  if (existsSync(path.join(from, 'node_modules')))
    symlinkSync(path.join(from, 'node_modules'), path.join(svc, 'node_modules'));
  return { ws, svc };
}

async function stage(ws: string, inputs: Record<string, string> = {}) {
  const config = loadConfig({
    workspace: ws,
    inputs: { 'working-directory': 'services/app', python: PYTHON, ...inputs },
  });
  const host = new RecordingHost({ workspace: ws });
  const outcome = await testStage.run({ config, host, previous: new Map() });
  return { outcome, data: outcome.data as TestStageData };
}

interface Own {
  /** Percent per metric, as the runner's own report prints them. */
  totals: Record<'lines' | 'branches' | 'functions' | 'statements', number | undefined>;
  passed: number;
}

const env = {
  ...process.env,
  NO_COLOR: '1',
  FORCE_COLOR: '0',
  PATH: `${path.resolve('node_modules/.bin')}${path.delimiter}${process.env.PATH}`,
};
async function sh(cwd: string, command: string) {
  const run = await runProgram('/bin/sh', ['-c', command], {
    cwd,
    env: { ...env, PATH: `${path.join(cwd, 'node_modules/.bin')}${path.delimiter}${env.PATH}` },
    timeoutMs: 120_000,
  });
  return `${run.stdout}\n${run.stderr}`;
}

function istanbulSummary(file: string): Own['totals'] {
  const total = (JSON.parse(readFileSync(file, 'utf8')) as { total: Record<string, { pct: number }> }).total;
  return {
    lines: total.lines!.pct,
    branches: total.branches!.pct,
    functions: total.functions!.pct,
    statements: total.statements!.pct,
  };
}

function coveragePyJson(file: string): Own['totals'] {
  const t = (JSON.parse(readFileSync(file, 'utf8')) as { totals: Record<string, number> }).totals;
  const pct = (c: number, n: number) => (n ? Math.floor((c / n) * 10000) / 100 : undefined);
  return {
    lines: pct(t.covered_lines!, t.num_statements!),
    branches: t.num_branches ? pct(t.covered_branches!, t.num_branches) : undefined,
    functions: undefined,
    statements: undefined,
  };
}

/** The runner's own numbers, from the command a user would type, in a copy of its own. */
const OWN: Record<string, (svc: string) => Promise<Own>> = {
  async vitest(svc) {
    const out = await sh(svc, 'vitest run --coverage.enabled=true --coverage.reporter=json-summary');
    return {
      totals: istanbulSummary(path.join(svc, 'coverage/coverage-summary.json')),
      passed: Number(/Tests\s+(\d+) passed/.exec(out)![1]),
    };
  },
  async jest(svc) {
    const out = await sh(svc, 'jest --coverage --coverageReporters=json-summary');
    return {
      totals: istanbulSummary(path.join(svc, 'coverage/coverage-summary.json')),
      passed: Number(/Tests:\s+(\d+) passed/.exec(out)![1]),
    };
  },
  async 'node-test'(svc) {
    const out = await sh(svc, `${C8} --reporter=json-summary node --test`);
    return {
      totals: istanbulSummary(path.join(svc, 'coverage/coverage-summary.json')),
      passed: Number(/^# pass (\d+)/m.exec(out)![1]),
    };
  },
  async ava(svc) {
    const out = await sh(svc, `${C8} --reporter=json-summary ava --tap`);
    return {
      totals: istanbulSummary(path.join(svc, 'coverage/coverage-summary.json')),
      passed: Number(/^# pass (\d+)/m.exec(out)![1]),
    };
  },
  async mocha(svc) {
    const out = await sh(svc, `${C8} --reporter=json-summary mocha`);
    return {
      totals: istanbulSummary(path.join(svc, 'coverage/coverage-summary.json')),
      passed: Number(/(\d+) passing/.exec(out)![1]),
    };
  },
  async django(svc) {
    const out = await sh(svc, `${PYTHON} -m coverage run manage.py test; ${PYTHON} -m coverage json -o own.json`);
    return { totals: coveragePyJson(path.join(svc, 'own.json')), passed: Number(/Ran (\d+) tests/.exec(out)![1]) };
  },
  async pytest(svc) {
    const out = await sh(svc, `${PYTHON} -m coverage run -m pytest; ${PYTHON} -m coverage json -o own.json`);
    return { totals: coveragePyJson(path.join(svc, 'own.json')), passed: Number(/(\d+) passed/.exec(out)![1]) };
  },
};

interface Case {
  fixture: string;
  own: keyof typeof OWN;
  runner: string;
  coverageTool: RegExp;
  /** A failing test to add: file (relative to the project), content, and the line that fails. */
  /** line: where the runner's own output places the failure; ava's TAP names the test but not its line. */
  failing: { file: string; text: string; line?: number; name: string };
  thresholds?: Record<string, string>;
}

const VITEST_FAIL =
  "import { expect, it } from 'vitest';\n\nit('charges the full price', () => {\n  expect(1 + 1).toBe(3);\n});\n";
const CASES: Case[] = [
  {
    fixture: 'vitest4',
    own: 'vitest',
    runner: 'vitest',
    coverageTool: /^@vitest\/coverage-v8 4\.1\.12$/,
    failing: { file: 'test/fail.test.ts', text: VITEST_FAIL, line: 4, name: 'charges the full price' },
    thresholds: { lines: 'vitest.config.ts coverage.thresholds', functions: 'vitest.config.ts coverage.thresholds' },
  },
  {
    fixture: 'vitest1',
    own: 'vitest',
    runner: 'vitest',
    coverageTool: /^@vitest\/coverage-v8 1\.6\.1$/,
    failing: { file: 'test/fail.test.ts', text: VITEST_FAIL, line: 4, name: 'charges the full price' },
  },
  {
    fixture: 'jest-ts',
    own: 'jest',
    runner: 'jest',
    coverageTool: /^jest 29\.7\.0 --coverage/,
    failing: {
      file: 'test/fail.test.ts',
      text: "import { expect, it } from '@jest/globals';\n\nit('charges the full price', () => {\n  expect(1 + 1).toBe(3);\n});\n",
      line: 4,
      name: 'charges the full price',
    },
    thresholds: { lines: 'jest coverageThreshold.global', branches: 'jest coverageThreshold.global' },
  },
  {
    fixture: 'jest-babel',
    own: 'jest',
    runner: 'jest',
    coverageTool: /^jest 29\.7\.0 --coverage/,
    failing: {
      file: 'test/fail.test.js',
      text: "it('charges the full price', () => {\n  expect(1 + 1).toBe(3);\n});\n",
      line: 2,
      name: 'charges the full price',
    },
  },
  {
    fixture: 'node-test',
    own: 'node-test',
    runner: 'node-test',
    coverageTool: /^c8$/,
    failing: {
      file: 'test/fail.test.js',
      text: "import { it } from 'node:test';\nimport assert from 'node:assert/strict';\n\nit('charges the full price', () => {\n  assert.equal(1 + 1, 3);\n});\n",
      line: 5,
      name: 'charges the full price',
    },
  },
  {
    fixture: 'mocha',
    own: 'mocha',
    runner: 'mocha',
    coverageTool: /^c8$/,
    failing: {
      file: 'test/fail.test.js',
      text: "import assert from 'node:assert/strict';\n\nit('charges the full price', () => {\n  assert.equal(1 + 1, 3);\n});\n",
      line: 4,
      name: 'charges the full price',
    },
  },
  {
    fixture: 'ava',
    own: 'ava',
    runner: 'ava',
    coverageTool: /^c8$/,
    failing: {
      file: 'test/fail.test.js',
      text: "import test from 'ava';\n\ntest('charges the full price', (t) => {\n  t.is(1 + 1, 3);\n});\n",
      name: 'fail › charges the full price',
    },
  },
  {
    fixture: 'django',
    own: 'django',
    runner: 'django',
    coverageTool: /^coverage\.py$/,
    failing: {
      file: 'shop/test_fail.py',
      text: 'from django.test import SimpleTestCase\n\n\nclass FailTests(SimpleTestCase):\n    def test_charges_the_full_price(self):\n        self.assertEqual(1 + 1, 3)\n',
      line: 6,
      name: 'test_charges_the_full_price',
    },
  },
  {
    fixture: 'pytest',
    own: 'pytest',
    runner: 'pytest',
    coverageTool: /^coverage\.py$/,
    failing: {
      file: 'tests/test_fail.py',
      text: 'def test_charges_the_full_price():\n    assert 1 + 1 == 3\n',
      line: 2,
      name: 'test_charges_the_full_price',
    },
    thresholds: { lines: '.coveragerc fail_under' },
  },
];

describe.each(CASES)('test stage on the $fixture fixture, zero-config', (c) => {
  it(`detects ${c.runner}, and its totals and counts equal the runner's own`, async () => {
    const ours = copy(c.fixture);
    const theirs = copy(c.fixture);
    const [{ outcome, data }, own] = [await stage(ours.ws), await OWN[c.own]!(theirs.svc)];
    expect(outcome.status, outcome.headline).toBe('passed');
    expect(data.detection!.runner).toBe(c.runner);
    expect(data.coverageTool).toMatch(c.coverageTool);
    expect(outcome.details).toContain(`Runner: **${c.runner}**`);
    for (const metric of ['lines', 'branches', 'functions', 'statements'] as const) {
      const theirsPct = own.totals[metric];
      if (theirsPct === undefined) continue;
      expect(
        Math.abs(Number(outcome.outputs![`coverage-${metric}`]) - theirsPct),
        `${metric}: ours ${outcome.outputs![`coverage-${metric}`]}, theirs ${theirsPct}`,
      ).toBeLessThanOrEqual(0.01);
    }
    expect(outcome.outputs!['tests-passed']).toBe(String(own.passed));
    expect(outcome.outputs!['tests-failed']).toBe('0');
    expect(data.coverage!.files.every((f) => f.path.startsWith('services/app/'))).toBe(true);
    for (const [metric, source] of Object.entries(c.thresholds ?? {})) {
      expect(data.thresholdSources[metric as 'lines'], metric).toBe(source);
      expect(outcome.details).toContain(`(${source})`);
    }
  });

  it('headlines a failing test at its file and line', async () => {
    const { ws, svc } = copy(c.fixture);
    writeFileSync(path.join(svc, c.failing.file), c.failing.text);
    const { outcome } = await stage(ws);
    expect(outcome.status).toBe('failed');
    expect(outcome.headline).toMatch(new RegExp(`^1 test failed: .*${c.failing.name}`));
    expect(outcome.headline).not.toMatch(/no coverage report|no such file/);
    expect(outcome.outputs!['tests-failed']).toBe('1');
    if (c.failing.line !== undefined) {
      expect(outcome.headline).toContain(`(services/app/${c.failing.file}:${c.failing.line})`);
      expect(outcome.annotations).toContainEqual(
        expect.objectContaining({ level: 'error', file: `services/app/${c.failing.file}`, line: c.failing.line }),
      );
    } else {
      expect(outcome.annotations).toContainEqual(
        expect.objectContaining({ level: 'error', title: `Test failed: ${c.failing.name}` }),
      );
    }
    // coverage.py's data file of this run stays in the stage's own scratch folder, not in the project.
    expect(readdirSync(svc).filter((f) => f === '.coverage' || f.startsWith('.coverage.'))).toEqual([]);
  });
});
