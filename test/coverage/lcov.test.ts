import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { summarise } from '../../src/coverage/detail.js';
import { readLcovDetail } from '../../src/coverage/lcov.js';
import { CoverageFormatError } from '../../src/coverage/model.js';
import { tempDir } from '../support/temp.js';

const fixtures = path.join(import.meta.dirname, 'fixtures');
const dir = tempDir('lcov-test-');
let n = 0;
function lcov(text: string): string {
  const file = path.join(dir, `case-${++n}.info`);
  writeFileSync(file, text);
  return file;
}

async function error(file: string): Promise<CoverageFormatError> {
  const err = await readLcovDetail(file).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(CoverageFormatError);
  return err as CoverageFormatError;
}

describe('readLcovDetail', () => {
  it('reads c8 output: line hits, functions and branches', async () => {
    const files = await readLcovDetail(path.join(fixtures, 'c8/lcov.info'));
    const math = summarise(files.get('src/math.js')!);
    expect(math.lines).toEqual({ covered: 11, total: 15 });
    expect(math.functions).toEqual({ covered: 2, total: 3 });
    expect(math.branches).toEqual({ covered: 5, total: 6 });
    // lcov has no statements: n/a, never a copy of the lines.
    expect(math.statements).toEqual({ covered: 0, total: 0 });
    expect(math.lineHits?.get(6)).toBe(2);
    expect(math.lineHits?.get(8)).toBe(0);
  });

  it('reads functions and branches the same whichever order a writer lists them in', async () => {
    // In order (the compact path), out of order, non-ASCII names, FNDA before FN, repeated branches: all give
    // the numbers the record states.
    const text = [
      'SF:a.js', 'FN:1,géro', 'FN:4,get', 'FN:9,get', 'FNDA:2,géro', 'FNDA:0,get', 'FNDA:5,get', 'DA:1,2', 'DA:4,0', 'BRDA:1,0,0,1', 'BRDA:1,0,1,0', 'end_of_record',
      'SF:b.js', 'FN:9,late', 'FN:4,early', 'FNDA:1,early', 'FNDA:0,late', 'DA:4,1', 'BRDA:4,0,1,0', 'BRDA:4,0,0,3', 'BRDA:4,0,0,1', 'end_of_record',
      'SF:c.js', 'FNDA:3,first', 'FN:2,first', 'FN:6,get', 'FNDA:0,get', 'DA:2,3', 'end_of_record',
      'SF:a.js', 'FNDA:1,get', 'FNDA:1,get', 'DA:4,1', 'end_of_record',
    ].join('\n');
    const files = await readLcovDetail(lcov(text + '\n'));
    const a = summarise(files.get('a.js')!);
    expect(a.functions).toEqual({ covered: 3, total: 3 });
    expect([...files.get('a.js')!.functions.values()].map((f) => [f.line, f.name, f.hits])).toEqual([[1, 'géro', 2], [4, 'get', 1], [9, 'get', 6]]);
    expect(a.branches).toEqual({ covered: 1, total: 2 });
    expect(a.lineHits?.get(4)).toBe(1);
    const b = summarise(files.get('b.js')!);
    expect(b.functions).toEqual({ covered: 1, total: 2 });
    expect(b.branches).toEqual({ covered: 1, total: 2 });
    expect(files.get('b.js')!.branches.get('4,0,0')?.hits).toBe(4);
    const c = summarise(files.get('c.js')!);
    expect(c.functions).toEqual({ covered: 1, total: 2 });
  });

  it('adds up sections of the same file, treats untaken branches as uncovered and keeps CRLF files readable', async () => {
    const file = lcov(
      ['TN:a', 'SF:x.js', 'FN:1,f', 'FNDA:0,f', 'DA:1,0', 'DA:2,1', 'BRDA:2,0,0,-', 'BRDA:2,0,1,0', 'end_of_record', 'TN:b', 'SF:x.js', 'FNDA:3,f', 'DA:1,2', 'BRDA:2,0,1,4', 'end_of_record', ''].join('\r\n'),
    );
    const x = summarise((await readLcovDetail(file)).get('x.js')!);
    expect([...x.lineHits!]).toEqual([
      [1, 2],
      [2, 1],
    ]);
    expect(x.functions).toEqual({ covered: 1, total: 1 });
    expect(x.branches).toEqual({ covered: 1, total: 2 });
  });

  it('reads lcov 2 function records (FN with an end line, FNL/FNA)', async () => {
    const file = lcov(['SF:y.c', 'FN:3,9,main', 'FNDA:1,main', 'FNL:0,12,20', 'FNA:0,0,helper', 'DA:3,1', 'end_of_record'].join('\n'));
    const y = summarise((await readLcovDetail(file)).get('y.c')!);
    expect(y.functions).toEqual({ covered: 1, total: 2 });
  });

  it('keeps hits and learns the line when FNDA comes before FN', async () => {
    const file = lcov(['SF:w.js', 'FNDA:4,early', 'FN:7,early', 'DA:7,4', 'end_of_record'].join('\n'));
    expect((await readLcovDetail(file)).get('w.js')!.functions.get('7,early')).toEqual({ line: 7, hits: 4, name: 'early' });
  });

  it('tells apart two functions of one name by their line (two methods named get)', async () => {
    const records = ['SF:store.js', 'FN:17,get', 'FN:19,get'];
    for (let i = 0; i < 10; i++) records.push(`FN:${30 + i},fn${i}`);
    records.push('FNF:12', 'FNH:11', 'FNDA:1,get', 'FNDA:0,get');
    for (let i = 0; i < 10; i++) records.push(`FNDA:1,fn${i}`);
    records.push('DA:17,1', 'end_of_record');
    const store = summarise((await readLcovDetail(lcov(records.join('\n')))).get('store.js')!);
    // 11 of 12, as lcov's own genhtml says (91.66%); keyed by name it would be 11 of 11.
    expect(store.functions).toEqual({ covered: 11, total: 12 });
  });

  it('honours FNF/FNH when the listed functions cannot be told apart (two anonymous ones on one line)', async () => {
    const file = lcov(['SF:a.js', 'FN:3,(anonymous_0)', 'FN:3,(anonymous_0)', 'FNF:2', 'FNH:1', 'FNDA:1,(anonymous_0)', 'FNDA:0,(anonymous_0)', 'DA:3,1', 'end_of_record'].join('\n'));
    expect(summarise((await readLcovDetail(file)).get('a.js')!).functions).toEqual({ covered: 1, total: 2 });
  });

  it('uses the stated totals of a file that lists no line detail', async () => {
    const file = lcov(['SF:z.js', 'LF:10', 'LH:4', 'end_of_record'].join('\n'));
    const z = summarise((await readLcovDetail(file)).get('z.js')!);
    expect(z.lines).toEqual({ covered: 4, total: 10 });
    expect(z.lineHits).toBeUndefined();
  });

  it('names file, line and what was expected for malformed input', async () => {
    const badDa = lcov(['SF:a.js', 'DA:1,1', 'DA:two,1', 'end_of_record'].join('\n'));
    const e1 = await error(badDa);
    expect(e1.message).toBe(`${badDa}:3: expected a line number in DA:<line>,<hits> (a whole number), got 'two'`);

    const outside = lcov(['TN:', 'DA:1,1'].join('\n'));
    expect((await error(outside)).message).toContain(`${outside}:2: 'DA' outside a file section: expected 'SF:<path>' first`);

    const unterminated = lcov(['SF:a.js', 'DA:1,1', 'SF:b.js', 'end_of_record'].join('\n'));
    expect((await error(unterminated)).message).toContain(`${unterminated}:3: 'SF:' before the record for 'a.js' (line 1) ended`);

    const truncated = lcov(['SF:a.js', 'DA:1,1', 'DA:2,0'].join('\n'));
    expect((await error(truncated)).message).toContain(`${truncated}:3: the file ends inside the record for 'a.js'`);

    const garbage = lcov(['SF:a.js', 'this is not lcov', 'end_of_record'].join('\n'));
    expect((await error(garbage)).line).toBe(2);
  });

  it('streams a file far larger than one read chunk', async () => {
    const lines = ['SF:big.js'];
    for (let i = 1; i <= 200_000; i++) lines.push(`DA:${i},${i % 3}`);
    lines.push('end_of_record');
    const big = summarise((await readLcovDetail(lcov(lines.join('\n')))).get('big.js')!);
    expect(big.lines).toEqual({ covered: 133_334, total: 200_000 });
  });
});
