import { describe, expect, it } from 'vitest';
import { BranchHits } from '../../src/coverage/branch-hits.js';

describe('BranchHits', () => {
  it('keeps branches listed in order as numbers and reads them back as a Map of "line,block,branch"', () => {
    const b = new BranchHits();
    expect(b.append(3, 0, 0, 2)).toBe(true);
    expect(b.append(3, 0, 1, -1)).toBe(true);
    expect(b.append(9, 1, 0, 0)).toBe(true);
    expect(b.size).toBe(3);
    expect(b.metric()).toEqual({ covered: 1, total: 3 });
    expect([...b]).toEqual([
      ['3,0,0', { line: 3, hits: 2 }],
      ['3,0,1', { line: 3, hits: -1 }],
      ['9,1,0', { line: 9, hits: 0 }],
    ]);
  });

  it('refuses a branch that may repeat an earlier one and then behaves as a plain Map', () => {
    const b = new BranchHits();
    b.append(5, 0, 0, 1);
    expect(b.append(5, 0, 0, 4)).toBe(false);
    expect(b.append(2, 0, 0, 4)).toBe(false);
    const had = b.get('5,0,0')!;
    had.hits += 4;
    b.set('2,0,0', { line: 2, hits: 0 });
    expect(b.append(7, 0, 0, 1)).toBe(false);
    expect(b.get('5,0,0')).toEqual({ line: 5, hits: 5 });
    expect([...b.keys()]).toEqual(['5,0,0', '2,0,0']);
    expect(b.metric()).toEqual({ covered: 1, total: 2 });
  });
});
