import { describe, expect, it } from 'vitest';
import { BoundedSample } from '../../src/perf/sample.js';

describe('BoundedSample', () => {
  it('gives nearest-rank percentiles exactly while under its cap', () => {
    const s = new BoundedSample(1000);
    for (let v = 100; v >= 1; v--) s.add(v);
    expect(s.percentile(50)).toBe(50);
    expect(s.percentile(95)).toBe(95);
    expect(s.percentile(99)).toBe(99);
    expect(s.percentile(100)).toBe(100);
    expect(s.max).toBe(100);
    expect(s.mean()).toBe(50.5);
  });

  it('has no percentile before any value', () => {
    expect(new BoundedSample(10).percentile(95)).toBeUndefined();
  });

  it('keeps memory fixed past its cap and still estimates the distribution', () => {
    let seed = 1;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const s = new BoundedSample(1000, random);
    for (let i = 1; i <= 100_000; i++) s.add(i % 100); // uniform 0..99
    expect(s.count).toBe(100_000);
    expect(s.max).toBe(99);
    const p95 = s.percentile(95)!;
    expect(p95).toBeGreaterThanOrEqual(90);
    expect(p95).toBeLessThanOrEqual(99);
  });
});
