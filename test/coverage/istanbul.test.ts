import path from 'node:path';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { summarise } from '../../src/coverage/detail.js';
import { parseIstanbulJson, parseJsonSummary } from '../../src/coverage/istanbul.js';
import { readLcovDetail } from '../../src/coverage/lcov.js';

const fixtures = path.join(import.meta.dirname, 'fixtures');

describe('parseJsonSummary', () => {
  it("reads c8's coverage-summary.json: totals per file, statements included, no line hits", () => {
    const file = path.join(fixtures, 'c8/coverage-summary.json');
    const files = parseJsonSummary(readFileSync(file, 'utf8'), file);
    expect([...files.keys()]).toEqual(['/tmp/covx/src/math.js']);
    const math = summarise(files.get('/tmp/covx/src/math.js')!);
    expect(math).toEqual({
      path: '/tmp/covx/src/math.js',
      lines: { covered: 11, total: 15 },
      statements: { covered: 11, total: 15 },
      functions: { covered: 2, total: 3 },
      branches: { covered: 5, total: 6 },
    });
  });

  it("reads c8's coverage-final.json (the json reporter) to the same numbers and line hits as its lcov", async () => {
    const file = path.join(fixtures, 'c8/coverage-final.json');
    const json = parseIstanbulJson(readFileSync(file, 'utf8'), file);
    expect(json.kind).toBe('istanbul-json');
    const math = summarise(json.files.get('/tmp/covx/src/math.js')!);
    const fromLcov = summarise((await readLcovDetail(path.join(fixtures, 'c8/lcov.info'))).get('src/math.js')!);
    expect(math.lines).toEqual(fromLcov.lines);
    expect(math.functions).toEqual(fromLcov.functions);
    expect(math.branches).toEqual(fromLcov.branches);
    expect(math.statements).toEqual({ covered: 11, total: 15 });
    expect([...math.lineHits!]).toEqual([...fromLcov.lineHits!]);
  });

  it('tells the two istanbul reports apart by shape', () => {
    const file = path.join(fixtures, 'c8/coverage-summary.json');
    expect(parseIstanbulJson(readFileSync(file, 'utf8'), file).kind).toBe('json-summary');
  });

  it('names the line of a broken entry and what it expected', () => {
    const text = '{\n  "total": {},\n  "/a.js": {\n    "lines": {"total": 3, "covered": 1}\n  }\n}';
    expect(() => parseJsonSummary(text, 'summary.json')).toThrow("summary.json:3: expected 'statements' in the summary of '/a.js'");
    const broken = '{\n  "/a.js": {\n    "lines": {"total": 3, "covered": 1},,\n  }\n}';
    expect(() => parseJsonSummary(broken, 'summary.json')).toThrow(/^summary\.json:3: expected JSON/);
    const negative = '{"/a.js": {"lines": {"total": 3, "covered": 4}, "statements": {"total": 1, "covered": 1}, "functions": {"total": 0, "covered": 0}, "branches": {"total": 0, "covered": 0}}}';
    expect(() => parseJsonSummary(negative, 's.json')).toThrow("s.json:1: expected 'lines' of '/a.js' to have numbers total >= covered >= 0");
    expect(() => parseJsonSummary('[1, 2]', 's.json')).toThrow('s.json:1: expected a JSON object keyed by file path');
  });
});
