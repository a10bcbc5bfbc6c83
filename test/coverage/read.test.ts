import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CoverageFormatError } from '../../src/coverage/model.js';
import { detectFormat, findCoverageFiles, readCoverage } from '../../src/coverage/read.js';
import { MATH, makeProject, runC8 } from './support/c8-project.js';
import { tempDir } from '../support/temp.js';

const TEST = `import { test } from 'node:test';
import assert from 'node:assert/strict';
import { add, clamp } from '../src/math.js';
test('add', () => assert.equal(add(1, 2), 3));
test('clamp', () => assert.equal(clamp(-1, 0, 5), 0));
`;

describe('readCoverage on real c8 output', () => {
  let project: string;
  let reports: string;
  beforeAll(async () => {
    project = makeProject({ 'src/math.js': MATH, 'test/math.test.js': TEST });
    reports = await runC8(project, ['test/math.test.js']);
  }, 60_000);

  it('finds the files c8 wrote', () => {
    expect(findCoverageFiles(reports).map((f) => path.basename(f))).toEqual(['lcov.info', 'coverage-summary.json', 'cobertura-coverage.xml']);
  });

  it('reads each format to the same numbers, with repository-relative paths', async () => {
    const opts = { workspace: project, cwd: project };
    const byFormat = await Promise.all(findCoverageFiles(reports).map((f) => readCoverage([f], opts)));
    for (const report of byFormat) {
      expect(report.files.map((f) => f.path)).toEqual(['src/math.js']);
      expect(report.totals.lines).toEqual(byFormat[0]!.totals.lines);
      expect(report.totals.functions).toEqual({ covered: 2, total: 3 });
    }
    expect(byFormat[0]!.files[0]!.lineHits?.get(14)).toBe(0);
  });

  it('merges formats: line hits from lcov, statements from json-summary', async () => {
    const report = await readCoverage(findCoverageFiles(reports), { workspace: project, cwd: project });
    expect(report.files).toHaveLength(1);
    const math = report.files[0]!;
    expect(math.lineHits).toBeDefined();
    expect(math.statements).toEqual(math.lines);
    expect(report.sources).toHaveLength(3);
  });

  it('makes paths relative to the workspace when the tests ran in a sub-folder', async () => {
    const report = await readCoverage([path.join(reports, 'lcov.info')], { workspace: path.dirname(project), cwd: project });
    expect(report.files[0]!.path).toBe(`${path.basename(project)}/src/math.js`);
  });
});

describe('readCoverage path handling and format detection', () => {
  const dir = tempDir('read-coverage-');

  it('accepts absolute and relative SF paths and detects lcov by content', async () => {
    const file = path.join(dir, 'shard-1.txt');
    writeFileSync(file, `SF:${path.join(dir, 'app/a.ts')}\nDA:1,1\nend_of_record\nSF:./app/b.ts\nDA:1,0\nend_of_record\n`);
    expect(await detectFormat(file)).toBe('lcov');
    const report = await readCoverage([file], { workspace: dir, cwd: dir });
    expect(report.files.map((f) => f.path)).toEqual(['app/a.ts', 'app/b.ts']);
    expect(report.totals.lines).toEqual({ covered: 1, total: 2 });
  });

  it('takes statements from json-summary and lines from coverage.py XML for the same file', async () => {
    const xml = path.join(dir, 'coverage.xml');
    writeFileSync(
      xml,
      `<?xml version="1.0" ?>\n<coverage><sources><source>${dir}/pkg</source></sources><packages><package><classes><class filename="m.py"><lines><line number="1" hits="1"/><line number="2" hits="0"/></lines></class></classes></package></packages></coverage>`,
    );
    const json = path.join(dir, 'coverage-summary.json');
    const m = (covered: number, total: number) => ({ covered, total, skipped: 0, pct: 0 });
    writeFileSync(json, JSON.stringify({ total: {}, [`${dir}/pkg/m.py`]: { lines: m(5, 9), statements: m(7, 8), functions: m(0, 0), branches: m(0, 0) } }));
    const report = await readCoverage([xml, json], { workspace: dir, cwd: dir });
    expect(report.files).toHaveLength(1);
    expect(report.files[0]).toMatchObject({ path: 'pkg/m.py', lines: { covered: 1, total: 2 }, statements: { covered: 7, total: 8 } });
  });

  it('finds files of a report written elsewhere (a container, another checkout) by their path tail', async () => {
    const repo = tempDir('moved-');
    mkdirSync(path.join(repo, 'app'), { recursive: true });
    writeFileSync(path.join(repo, 'app/calc.py'), 'x = 1\n');
    const xml = path.join(repo, 'coverage.xml');
    writeFileSync(xml, '<coverage><sources><source>/app</source></sources><packages><package><classes><class filename="app/calc.py"><lines><line number="1" hits="1"/></lines></class></classes></package></packages></coverage>');
    const lcov = path.join(repo, 'lcov.info');
    writeFileSync(lcov, 'SF:/home/runner/work/repo/repo/app/calc.py\nDA:1,0\nend_of_record\nSF:/elsewhere/missing.js\nDA:1,1\nend_of_record\n');
    expect((await readCoverage([xml], { workspace: repo, cwd: repo })).files.map((f) => f.path)).toEqual(['app/calc.py']);
    expect((await readCoverage([lcov], { workspace: repo, cwd: repo })).files.map((f) => f.path)).toEqual(['/elsewhere/missing.js', 'app/calc.py']);
  });

  it('refuses a file in no known format, naming it', async () => {
    const file = path.join(dir, 'notes.txt');
    writeFileSync(file, 'hello world\n');
    await expect(readCoverage([file], { workspace: dir, cwd: dir })).rejects.toThrow(CoverageFormatError);
    await expect(readCoverage([file], { workspace: dir, cwd: dir })).rejects.toThrow(`${file}:1: expected lcov (TN:/SF: records)`);
    await expect(readCoverage([path.join(dir, 'nope.info')], { workspace: dir, cwd: dir })).rejects.toThrow(`${dir}/nope.info: no such file`);
  });
});
