import { describe, expect, it } from 'vitest';
import { LineHits } from '../../src/coverage/line-hits.js';

describe('LineHits', () => {
  it('behaves as a Map of line -> hits, iterated in line order', () => {
    const hits = new LineHits();
    hits.set(7, 0).set(2, 3).set(5, 1);
    hits.set(2, 4);
    expect(hits.size).toBe(3);
    expect(hits.get(2)).toBe(4);
    expect(hits.get(3)).toBeUndefined();
    expect(hits.has(7)).toBe(true);
    expect([...hits]).toEqual([[2, 4], [5, 1], [7, 0]]);
    expect([...hits.keys()]).toEqual([2, 5, 7]);
    expect(hits.metric()).toEqual({ covered: 2, total: 3 });
    expect(hits.delete(5)).toBe(true);
    expect(hits.delete(5)).toBe(false);
    expect([...hits.values()]).toEqual([4, 0]);
  });

  it('keeps a sparse file (line 900,000 of a generated file) in a Map rather than a huge array', () => {
    const hits = new LineHits();
    hits.set(3, 1).set(900_000, 0).set(10, 2);
    expect([...hits]).toEqual([[3, 1], [10, 2], [900_000, 0]]);
    expect(hits.metric()).toEqual({ covered: 2, total: 3 });
    expect(hits.get(900_000)).toBe(0);
  });
});
