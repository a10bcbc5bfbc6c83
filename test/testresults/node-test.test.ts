import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runProgram } from '../../src/exec/run.js';
import { failureAnnotations } from '../../src/testresults/model.js';
import { parseNodeTestOutput } from '../../src/testresults/node-test.js';
import { makeProject } from '../coverage/support/c8-project.js';

const fixtures = path.join(import.meta.dirname, 'fixtures');
const opts = { workspace: '/tmp/covx', cwd: '/tmp/covx' };

describe('parseNodeTestOutput', () => {
  it('reads TAP (the non-terminal default on Node 20): counts, nested names, the failing line', () => {
    const results = parseNodeTestOutput(readFileSync(path.join(fixtures, 'node-tap.txt'), 'utf8'), opts);
    expect(results).toEqual({
      passed: 2,
      failed: 1,
      skipped: 1,
      failures: [
        {
          name: 'clamp › fails on purpose',
          file: 'test/math.test.js',
          line: 12,
          column: 12,
          message: 'Expected values to be strictly equal:\n\n3 !== 4',
        },
      ],
    });
  });

  it('reads the spec reporter: the summary and the failing tests section', () => {
    const results = parseNodeTestOutput(readFileSync(path.join(fixtures, 'node-spec.txt'), 'utf8'), opts);
    expect(results).toMatchObject({ passed: 2, failed: 1, skipped: 1 });
    expect(results!.failures).toEqual([
      {
        name: 'clamp › fails on purpose',
        file: 'test/math.test.js',
        line: 12,
        column: 12,
        message: 'AssertionError [ERR_ASSERTION]: Expected values to be strictly equal:\n\n3 !== 4',
      },
    ]);
    expect(failureAnnotations(results!)[0]).toMatchObject({ level: 'error', file: 'test/math.test.js', line: 12 });
  });

  it('returns undefined for output without a test summary', () => {
    expect(parseNodeTestOutput('npm ERR! missing script: test\n', opts)).toBeUndefined();
  });

  it('reads what this Node prints, with either reporter', async () => {
    const project = makeProject({
      'test/t.test.js': `import { describe, test } from 'node:test';\nimport assert from 'node:assert/strict';\ntest('ok', () => {});\ndescribe('group', () => {\n  test('bad', () => {\n    assert.equal(1, 2);\n  });\n});\n`,
    });
    for (const reporter of ['tap', 'spec']) {
      const run = await runProgram(process.execPath, ['--test', `--test-reporter=${reporter}`, 'test/t.test.js'], {
        cwd: project,
        timeoutMs: 60_000,
      });
      const results = parseNodeTestOutput(run.stdout, { workspace: project, cwd: project });
      expect(results, reporter).toMatchObject({ passed: 1, failed: 1, skipped: 0 });
      expect(results!.failures, reporter).toMatchObject([{ name: 'group › bad', file: 'test/t.test.js', line: 6 }]);
    }
  }, 60_000);
});
