// Compares this run's p95 with the base branch's, stage by stage (matched by users) and endpoint by
// endpoint (matched by name). A difference counts only when it beats both the tolerance and the noise: the
// spread between repeat runs, taken from whichever side was noisier, times noiseFactor.
import type { PerfResults, Spread } from './results.js';
import { round } from './results.js';

export interface Comparison {
  users: number;
  endpoint?: string;
  baseP95: number;
  p95: number;
  deltaMs: number;
  deltaPct: number;
  /** The smallest increase that would count as a regression here, ms. */
  thresholdMs: number;
  /** The spread (max - min p95 over repeats) the threshold accounts for; 0 with a single run each side. */
  noiseMs: number;
  verdict: 'regression' | 'improvement' | 'same';
}

export interface CompareOptions {
  tolerancePct: number;
  noiseFactor: number;
}

function width(s: Spread | undefined): number {
  return s ? s.max - s.min : 0;
}

function compareOne(
  users: number,
  endpoint: string | undefined,
  base: number | undefined,
  current: number | undefined,
  noise: number,
  opts: CompareOptions,
): Comparison | undefined {
  if (base === undefined || current === undefined) return undefined;
  const thresholdMs = round(Math.max((opts.tolerancePct / 100) * base, opts.noiseFactor * noise), 1);
  const deltaMs = round(current - base, 1);
  const verdict = deltaMs > thresholdMs ? 'regression' : -deltaMs > thresholdMs ? 'improvement' : 'same';
  return {
    users,
    endpoint,
    baseP95: base,
    p95: current,
    deltaMs,
    deltaPct: base > 0 ? round((deltaMs / base) * 100, 1) : 0,
    thresholdMs,
    noiseMs: round(noise, 1),
    verdict,
  };
}

export function compareResults(current: PerfResults, base: PerfResults, opts: CompareOptions): Comparison[] {
  const out: Comparison[] = [];
  for (const stage of current.stages) {
    const b = base.stages.find((s) => s.users === stage.users);
    if (!b) continue;
    const noise = Math.max(width(stage.p95Spread), width(b.p95Spread));
    const whole = compareOne(stage.users, undefined, b.total.p95, stage.total.p95, noise, opts);
    if (whole) out.push(whole);
    for (const e of stage.endpoints) {
      const be = b.endpoints.find((x) => x.name === e.name);
      if (!be) continue;
      const eNoise = Math.max(width(e.p95Spread), width(be.p95Spread));
      const c = compareOne(stage.users, e.name, be.measured.p95, e.measured.p95, eNoise, opts);
      if (c) out.push(c);
    }
  }
  return out;
}
