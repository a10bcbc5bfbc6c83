import { describe, expect, it } from 'vitest';
import { compareResults } from '../../src/perf/compare.js';
import { results, stage } from './fixtures.js';

const opts = { tolerancePct: 10, noiseFactor: 2 };

describe('compareResults', () => {
  it('flags a p95 that grew beyond the tolerance', () => {
    const [c] = compareResults(results([stage(50, [300])]), results([stage(50, [200])]), opts);
    expect(c).toMatchObject({
      users: 50,
      baseP95: 200,
      p95: 300,
      deltaMs: 100,
      deltaPct: 50,
      thresholdMs: 20,
      verdict: 'regression',
    });
  });

  it('does not flag a change within the tolerance', () => {
    const [c] = compareResults(results([stage(50, [215])]), results([stage(50, [200])]), opts);
    expect(c!.verdict).toBe('same');
  });

  it('widens the threshold to the noise between repeat runs', () => {
    // +50 ms is 25% (beyond 10%), but the repeats spread 40 ms apart, so only +80 ms would count.
    const noisy = compareResults(results([stage(50, [230, 250, 270])]), results([stage(50, [200, 200, 200])]), opts);
    expect(noisy[0]).toMatchObject({ deltaMs: 50, noiseMs: 40, thresholdMs: 80, verdict: 'same' });
    const clear = compareResults(results([stage(50, [290, 300, 310])]), results([stage(50, [200, 200, 200])]), opts);
    expect(clear[0]).toMatchObject({ deltaMs: 100, thresholdMs: 40, verdict: 'regression' });
  });

  it('takes the noisier side as the noise', () => {
    const [c] = compareResults(results([stage(50, [250, 250, 250])]), results([stage(50, [150, 200, 250])]), opts);
    expect(c).toMatchObject({ noiseMs: 100, thresholdMs: 200, verdict: 'same' });
  });

  it('reports improvements and matches stages by users and endpoints by name', () => {
    const current = results([stage(10, [100], { list: [90] }), stage(100, [220], { list: [200], other: [5] })]);
    const base = results([stage(100, [700], { list: [690] }), stage(500, [900])]);
    const out = compareResults(current, base, opts);
    expect(out.map((c) => [c.users, c.endpoint, c.verdict])).toEqual([
      [100, undefined, 'improvement'],
      [100, 'list', 'improvement'],
    ]);
  });
});
