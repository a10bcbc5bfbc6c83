import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseJUnit, readJUnit } from '../../src/testresults/junit.js';
import { TestResultsFormatError, failureAnnotations } from '../../src/testresults/model.js';

const fixtures = path.join(import.meta.dirname, 'fixtures');

describe('JUnit XML', () => {
  it("reads node --test's junit reporter, locating the failure from the stack", async () => {
    const results = await readJUnit(path.join(fixtures, 'node-junit.xml'), {
      workspace: '/tmp/covx',
      cwd: '/tmp/covx',
    });
    expect(results).toMatchObject({ passed: 2, failed: 1, skipped: 1 });
    expect(results.failures).toEqual([
      {
        name: 'clamp › fails on purpose',
        file: 'test/math.test.js',
        line: 12,
        column: 12,
        message: 'Expected values to be strictly equal:3 !== 4',
      },
    ]);
  });

  it("reads pytest's report: file attribute, failing line from the traceback, entities decoded", async () => {
    const results = await readJUnit(path.join(fixtures, 'pytest-junit.xml'), {
      workspace: '/tmp/pyt',
      cwd: '/tmp/pyt',
    });
    expect(results).toMatchObject({ passed: 1, failed: 2, skipped: 1 });
    expect(results.failures.map((f) => [f.file, f.line, f.message])).toEqual([
      ['tests/test_calc.py', 13, 'assert 4 == 5\n +  where 4 = add(2, 2)'],
      ['tests/test_calc.py', 22, 'RuntimeError: boom & <bust>'],
    ]);
  });

  it("reads Vitest's report: the file from classname, the line from the code frame", async () => {
    const results = await readJUnit(path.join(fixtures, 'vitest-junit.xml'), { workspace: '/tmp/vt', cwd: '/tmp/vt' });
    expect(results).toMatchObject({ passed: 1, failed: 1, skipped: 1 });
    expect(results.failures).toEqual([
      {
        name: 'posts > paginates',
        file: 'test/a.test.ts',
        line: 8,
        column: 20,
        message: 'expected [ 1, 2 ] to deeply equal [ 1, 3 ]',
      },
    ]);
  });

  it('turns failures into error annotations with workspace-relative paths', () => {
    const xml = `<testsuite name="api" file="test/api.test.ts"><testcase name="lists posts" line="7"><error message="timeout">Error: timeout\n    at /elsewhere/lib.js:1:1</error></testcase></testsuite>`;
    const results = parseJUnit(xml, 'r.xml', { workspace: '/repo', cwd: '/repo' });
    expect(failureAnnotations(results)).toEqual([
      {
        level: 'error',
        title: 'Test failed: api › lists posts',
        message: 'timeout',
        file: 'test/api.test.ts',
        line: 7,
      },
    ]);
  });

  it('says which report is missing', async () => {
    await expect(readJUnit('/nonexistent/junit.xml', { workspace: '/', cwd: '/' })).rejects.toThrow(
      '/nonexistent/junit.xml: no such file',
    );
  });

  it('rejects files that are not JUnit, naming file and line', () => {
    expect(() => parseJUnit('<?xml version="1.0"?>\n<coverage/>', 'r.xml', { workspace: '/', cwd: '/' })).toThrow(
      new TestResultsFormatError(
        'r.xml',
        2,
        'expected the root element <testsuites> or <testsuite> of a JUnit report, got <coverage>',
      ),
    );
    expect(() =>
      parseJUnit('<testsuites>\n<testsuite>\n<testcase name="a">\n</testsuite>', 'r.xml', { workspace: '/', cwd: '/' }),
    ).toThrow('r.xml:4: expected </testcase> (opened on line 3), got </testsuite>');
  });
});
