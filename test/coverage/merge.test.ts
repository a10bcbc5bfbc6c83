import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readLcovDetail } from '../../src/coverage/lcov.js';
import { mergeCoverageFiles, mergeJsonSummaryFiles, mergeLcovFiles } from '../../src/coverage/merge.js';
import { CoverageFormatError } from '../../src/coverage/model.js';
import { readCoverage } from '../../src/coverage/read.js';
import { MATH, makeProject, runC8 } from './support/c8-project.js';
import { tempDir } from '../support/temp.js';

const ADD_TEST = `import { test } from 'node:test';
import assert from 'node:assert/strict';
import { add } from '../src/math.js';
test('add', () => assert.equal(add(1, 2), 3));
`;
const CLAMP_TEST = `import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clamp } from '../src/math.js';
test('clamp low', () => assert.equal(clamp(-1, 0, 5), 0));
test('clamp high', () => assert.equal(clamp(9, 0, 5), 5));
`;
const TEXT_TEST = `import { test } from 'node:test';
import assert from 'node:assert/strict';
import { shout } from '../src/text.js';
test('shout', () => assert.equal(shout('a'), 'A!'));
`;
const TEXT = `export function shout(s) {
  return s.toUpperCase() + '!';
}
export function whisper(s) {
  return s.toLowerCase();
}
`;

describe('mergeLcovFiles on real c8 shards', () => {
  let project: string;
  let shards: string[];
  let union: string;
  beforeAll(async () => {
    project = makeProject({ 'src/math.js': MATH, 'src/text.js': TEXT, 'test/add.test.js': ADD_TEST, 'test/clamp.test.js': CLAMP_TEST, 'test/text.test.js': TEXT_TEST });
    const a = await runC8(project, ['test/add.test.js'], 'shard-1');
    const b = await runC8(project, ['test/clamp.test.js', 'test/text.test.js'], 'shard-2');
    shards = [path.join(a, 'lcov.info'), path.join(b, 'lcov.info')];
    union = path.join(await runC8(project, ['test/add.test.js', 'test/clamp.test.js', 'test/text.test.js'], 'all'), 'lcov.info');
  }, 120_000);

  it('equals the coverage of running every shard together', async () => {
    const out = path.join(project, 'merged/lcov.info');
    expect(await mergeLcovFiles(shards, out)).toEqual({ files: 2, inputs: 2 });
    const opts = { workspace: project, cwd: project };
    const merged = await readCoverage([out], opts);
    const expected = await readCoverage([union], opts);
    expect(merged.totals).toEqual(expected.totals);
    expect(merged.files.map((f) => f.path)).toEqual(['src/math.js', 'src/text.js']);
    for (const [i, f] of merged.files.entries()) {
      expect(f).toEqual(expected.files[i]);
    }
    // Neither shard alone covers what the merge does.
    for (const shard of shards) expect((await readCoverage([shard], opts)).totals.lines.covered).toBeLessThan(merged.totals.lines.covered);
    // The summary lines are recomputed from the merged detail.
    const text = readFileSync(out, 'utf8');
    expect(text).toContain(`LH:${merged.files[0]!.lines.covered}`);
    expect(text).toContain(`FNH:${merged.files[0]!.functions.covered}`);
  });

  it('merges a mix of lcov and json-summary shards into a folder, and refuses Cobertura', async () => {
    const dirs = shards.map((s) => path.dirname(s));
    const inputs = dirs.flatMap((d) => [path.join(d, 'lcov.info'), path.join(d, 'coverage-summary.json')]);
    const out = path.join(project, 'merged-all');
    const result = await mergeCoverageFiles(inputs, out);
    expect(result).toEqual({ lcov: path.join(out, 'lcov.info'), jsonSummary: path.join(out, 'coverage-summary.json'), files: 2 });
    const report = await readCoverage([result.lcov!, result.jsonSummary!], { workspace: project, cwd: project });
    expect(report.totals.lines).toEqual((await readCoverage([union], { workspace: project, cwd: project })).totals.lines);
    await expect(mergeCoverageFiles([path.join(dirs[0]!, 'cobertura-coverage.xml')], out)).rejects.toThrow(CoverageFormatError);
  });
});

describe('mergeLcovFiles record arithmetic', () => {
  const dir = tempDir('merge-');
  const write = (name: string, lines: string[]) => {
    const file = path.join(dir, name);
    writeFileSync(file, lines.join('\n') + '\n');
    return file;
  };

  it('adds hits per line, function and branch, keeping never-evaluated branches apart', async () => {
    const one = write('one.info', ['TN:', 'SF:a.js', 'FN:1,f', 'FN:5,g', 'FNDA:2,f', 'FNDA:0,g', 'DA:1,2', 'DA:5,0', 'BRDA:1,0,0,1', 'BRDA:1,0,1,-', 'BRDA:5,1,0,-', 'end_of_record']);
    const two = write('two.info', ['TN:', 'SF:b.js', 'DA:1,1', 'end_of_record', 'SF:a.js', 'FN:5,g', 'FNDA:1,g', 'DA:1,1', 'DA:5,4', 'BRDA:1,0,1,3', 'BRDA:5,1,0,-', 'end_of_record']);
    const out = path.join(dir, 'out/merged.info');
    await mergeLcovFiles([one, two], out);
    const text = readFileSync(out, 'utf8');
    expect(text).toBe(
      [
        'TN:', 'SF:a.js', 'FN:1,f', 'FN:5,g', 'FNF:2', 'FNH:2', 'FNDA:2,f', 'FNDA:1,g', 'DA:1,3', 'DA:5,4', 'LF:2', 'LH:2',
        'BRDA:1,0,0,1', 'BRDA:1,0,1,3', 'BRDA:5,1,0,-', 'BRF:3', 'BRH:2', 'end_of_record',
        'TN:', 'SF:b.js', 'DA:1,1', 'LF:1', 'LH:1', 'end_of_record', '',
      ].join('\n'),
    );
    // What it writes reads back.
    expect((await readLcovDetail(out)).size).toBe(2);
  });

  it('finds records by byte offset past multi-byte paths', async () => {
    const one = write('utf8-one.info', ['SF:src/ñandú/página.js', 'DA:1,1', 'end_of_record', 'SF:src/z.js', 'DA:2,0', 'end_of_record']);
    const two = write('utf8-two.info', ['SF:src/z.js', 'DA:2,5', 'end_of_record', 'SF:src/ñandú/página.js', 'DA:1,2', 'end_of_record']);
    const out = path.join(dir, 'out/utf8.info');
    await mergeLcovFiles([one, two], out);
    const merged = await readLcovDetail(out);
    expect([...merged.get('src/ñandú/página.js')!.lines]).toEqual([[1, 3]]);
    expect([...merged.get('src/z.js')!.lines]).toEqual([[2, 5]]);
  });

  it('reports a malformed shard with its own file and line', async () => {
    const good = write('good.info', ['SF:a.js', 'DA:1,1', 'end_of_record']);
    const bad = write('bad.info', ['TN:', 'SF:a.js', 'DA:1,1', 'DA:x,1', 'end_of_record']);
    const err = await mergeLcovFiles([good, bad], path.join(dir, 'never.info')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CoverageFormatError);
    expect((err as Error).message).toContain(`${bad}:4: expected a line number`);
    const open = write('open.info', ['SF:a.js', 'DA:1,1']);
    await expect(mergeLcovFiles([open], path.join(dir, 'never.info'))).rejects.toThrow(`${open}:2: the file ends inside the record for 'a.js'`);
  });
});

describe('mergeJsonSummaryFiles', () => {
  it('adds different files into the total and keeps the best count for a file both shards ran', async () => {
    const dir = tempDir('merge-summary-');
    const m = (covered: number, total: number) => ({ covered, total, skipped: 0, pct: 0 });
    const entry = (l: [number, number]) => ({ lines: m(...l), statements: m(...l), functions: m(1, 2), branches: m(0, 0) });
    writeFileSync(path.join(dir, 'a.json'), JSON.stringify({ total: {}, '/p/x.js': entry([3, 10]), '/p/y.js': entry([5, 5]) }));
    writeFileSync(path.join(dir, 'b.json'), JSON.stringify({ total: {}, '/p/x.js': entry([7, 10]), '/p/z.js': entry([0, 4]) }));
    await mergeJsonSummaryFiles([path.join(dir, 'a.json'), path.join(dir, 'b.json')], path.join(dir, 'merged.json'));
    const merged = JSON.parse(readFileSync(path.join(dir, 'merged.json'), 'utf8'));
    expect(merged['/p/x.js'].lines).toEqual({ covered: 7, total: 10, skipped: 0, pct: 70 });
    expect(merged.total.lines).toEqual({ covered: 12, total: 19, skipped: 0, pct: 63.15 });
    expect(merged.total.functions).toEqual({ covered: 3, total: 6, skipped: 0, pct: 50 });
  });
});
