// The readers of each runner's own output, on text in the shape those runners print.
import { describe, expect, it } from 'vitest';
import { parseJestJson } from '../../src/testresults/jest-json.js';
import { parseMochaOutput } from '../../src/testresults/mocha.js';
import { parseUnittestOutput } from '../../src/testresults/unittest.js';

const opts = { workspace: '/repo', cwd: '/repo/api' };

describe('unittest / Django output', () => {
  const failing = [
    "Creating test database for alias 'default'...",
    '.F.sE',
    '======================================================================',
    'ERROR: test_lists (catalog.tests.test_views.AuthorListViewTest.test_lists)',
    '----------------------------------------------------------------------',
    'Traceback (most recent call last):',
    '  File "/repo/api/catalog/tests/test_views.py", line 31, in test_lists',
    '    response = self.client.get("/catalog/authors/")',
    "ValueError: Missing staticfiles manifest entry for 'css/styles.css'",
    '',
    '======================================================================',
    'FAIL: test_halves (shop.tests.PricingTests)',
    '----------------------------------------------------------------------',
    'Traceback (most recent call last):',
    '  File "/repo/api/shop/tests.py", line 12, in test_halves',
    '    self.assertEqual(discount(999, "HALF"), 501)',
    'AssertionError: 500 != 501',
    '',
    '----------------------------------------------------------------------',
    'Ran 5 tests in 0.021s',
    '',
    'FAILED (failures=1, errors=1, skipped=1)',
    "Destroying test database for alias 'default'...",
  ].join('\n');

  it('counts from the closing lines and places each failure at its traceback frame', () => {
    const r = parseUnittestOutput(failing, opts)!;
    expect({ passed: r.passed, failed: r.failed, skipped: r.skipped, durationMs: r.durationMs }).toEqual({
      passed: 2,
      failed: 2,
      skipped: 1,
      durationMs: 21,
    });
    expect(r.failures).toEqual([
      {
        name: 'catalog.tests.test_views.AuthorListViewTest › test_lists',
        file: 'api/catalog/tests/test_views.py',
        line: 31,
        message: "ValueError: Missing staticfiles manifest entry for 'css/styles.css'",
      },
      {
        name: 'shop.tests.PricingTests › test_halves',
        file: 'api/shop/tests.py',
        line: 12,
        message: 'AssertionError: 500 != 501',
      },
    ]);
  });

  it('reads a clean run, and says nothing when the runner never got to count', () => {
    expect(
      parseUnittestOutput(
        '...\n----------------------------------------------------------------------\nRan 3 tests in 0.000s\n\nOK (skipped=1)\n',
        opts,
      ),
    ).toMatchObject({ passed: 2, failed: 0, skipped: 1, failures: [] });
    expect(parseUnittestOutput('ModuleNotFoundError: No module named django', opts)).toBeUndefined();
  });
});

describe("mocha's spec output", () => {
  it('counts passing, failing and pending, and reads nested titles and the failing frame', () => {
    const out = [
      '  pricing',
      '    ✔ adds lines',
      '    1) halves',
      '',
      '  2 passing (14ms)',
      '  1 failing',
      '  3 pending',
      '',
      '  1) pricing',
      '       with codes',
      '         halves:',
      '',
      '      AssertionError [ERR_ASSERTION]: Expected values to be strictly equal:',
      '',
      '500 !== 501',
      '',
      '      at Context.<anonymous> (file:///repo/api/test/pricing.test.js:9:12)',
      '      at process.processImmediate (node:internal/timers:476:21)',
      '',
    ].join('\n');
    const r = parseMochaOutput(out, opts)!;
    expect({ passed: r.passed, failed: r.failed, skipped: r.skipped, durationMs: r.durationMs }).toEqual({
      passed: 2,
      failed: 1,
      skipped: 3,
      durationMs: 14,
    });
    expect(r.failures).toEqual([
      {
        name: 'pricing › with codes › halves',
        file: 'api/test/pricing.test.js',
        line: 9,
        column: 12,
        message: 'AssertionError [ERR_ASSERTION]: Expected values to be strictly equal:',
      },
    ]);
  });

  it('is undefined for output that is not mocha spec', () => {
    expect(parseMochaOutput('# pass 3\n# fail 0\n', opts)).toBeUndefined();
  });
});

describe('jest / vitest JSON', () => {
  const report = {
    numPassedTests: 1,
    numFailedTests: 1,
    testResults: [
      {
        name: '/repo/api/test/pricing.test.ts',
        status: 'failed',
        startTime: 1000,
        endTime: 1250,
        assertionResults: [
          { ancestorTitles: ['pricing'], title: 'adds', status: 'passed', failureMessages: [] },
          {
            ancestorTitles: ['pricing'],
            title: 'halves',
            status: 'failed',
            duration: 3,
            failureMessages: [
              '\u001b[31mError: expect(received).toBe(expected)\u001b[39m\n\nExpected: 501\nReceived: 500\n    at Object.<anonymous> (/repo/api/test/pricing.test.ts:9:31)\n    at /repo/api/node_modules/jest-circus/build/utils.js:1:1',
            ],
          },
          { ancestorTitles: [], title: 'later', status: 'todo', failureMessages: [] },
        ],
      },
      {
        name: '/repo/api/test/broken.test.ts',
        status: 'failed',
        message: "  ● Test suite failed to run\n\n    Cannot find module '../src/gone' from 'test/broken.test.ts'",
        assertionResults: [],
      },
    ],
  };

  it('counts as the runner does, places failures at the failing line, and names files that failed to run', () => {
    const r = parseJestJson(JSON.stringify(report), 'results.json', opts);
    expect({
      passed: r.passed,
      failed: r.failed,
      skipped: r.skipped,
      suiteErrors: r.suiteErrors,
      durationMs: r.durationMs,
    }).toEqual({ passed: 1, failed: 1, skipped: 1, suiteErrors: 1, durationMs: 250 });
    expect(r.failures[0]).toEqual({
      name: 'pricing › halves',
      file: 'api/test/pricing.test.ts',
      line: 9,
      column: 31,
      message: 'Error: expect(received).toBe(expected)',
      durationMs: 3,
    });
    expect(r.failures[1]).toMatchObject({
      name: 'api/test/broken.test.ts failed to run',
      file: 'api/test/broken.test.ts',
      message: "Cannot find module '../src/gone' from 'test/broken.test.ts'",
    });
  });

  it('names the file and what was expected when the report is not one', () => {
    expect(() => parseJestJson('{"tests": 3', '/tmp/r.json', opts)).toThrow(
      /^\/tmp\/r\.json: not valid JSON .*expected the runner's JSON report$/,
    );
    expect(() => parseJestJson('{"numTotalTests": 3}', '/tmp/r.json', opts)).toThrow(
      '/tmp/r.json: expected a JSON report with a testResults list (jest --json or vitest --reporter=json)',
    );
  });
});
