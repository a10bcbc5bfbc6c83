import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTestResults } from '../../src/testresults/read.js';

const fixtures = path.join(import.meta.dirname, 'fixtures');
const tap = readFileSync(path.join(fixtures, 'node-tap.txt'), 'utf8');

describe('readTestResults', () => {
  it('prefers the JUnit files the settings name, adding them up', async () => {
    const junit = [path.join(fixtures, 'node-junit.xml'), path.join(fixtures, 'vitest-junit.xml')];
    const results = await readTestResults({ junit, output: tap, workspace: '/tmp/covx', cwd: '/tmp/covx' });
    expect(results).toMatchObject({ passed: 3, failed: 2, skipped: 2 });
    expect(results!.failures.map((f) => f.name)).toEqual(['clamp › fails on purpose', 'posts > paginates']);
  });

  it('falls back to the node --test output when no JUnit file was written', async () => {
    const results = await readTestResults({
      junit: [path.join(fixtures, 'never-written.xml')],
      output: tap,
      workspace: '/tmp/covx',
      cwd: '/tmp/covx',
    });
    expect(results).toMatchObject({ passed: 2, failed: 1, skipped: 1 });
  });

  it('is undefined when nothing reports tests', async () => {
    expect(
      await readTestResults({ junit: [], output: 'Error: Cannot find module', workspace: '/', cwd: '/' }),
    ).toBeUndefined();
  });
});
