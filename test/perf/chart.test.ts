import { describe, expect, it } from 'vitest';
import { niceScale, renderMermaid, renderSvg } from '../../src/perf/chart.js';

const sprint = [
  { users: 10, p95: 120, p99: 240 },
  { users: 50, p95: 300, p99: 700 },
  { users: 100, p95: 700, p99: 1200 },
];

describe('p95 chart', () => {
  it('draws p95 and p99 lines over a users axis, rising with the load', () => {
    const svg = renderSvg(sprint);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
    const lines = [...svg.matchAll(/<polyline [^>]*points="([^"]+)"/g)].map((m) =>
      m[1]!.split(' ').map((p) => p.split(',').map(Number)),
    );
    expect(lines).toHaveLength(2);
    for (const line of lines) {
      // x grows with users, y (SVG grows downward) shrinks as latency grows.
      expect(line.map(([x]) => x)).toEqual([...line.map(([x]) => x!)].sort((a, b) => a! - b!));
      expect(line[0]![1]!).toBeGreaterThan(line[2]![1]!);
    }
    for (const label of ['>10<', '>50<', '>100<', 'concurrent users', 'latency (ms)', '>p95<', '>p99<', '>1500<'])
      expect(svg).toContain(label);
  });

  it('draws a single stage as a point', () => {
    const svg = renderSvg([{ users: 10, p95: 5, p99: 9 }]);
    expect(svg).not.toContain('<polyline');
    expect(svg.match(/<circle /g)).toHaveLength(2);
  });

  it('writes a mermaid xychart with both lines', () => {
    expect(renderMermaid(sprint)).toBe(
      [
        '```mermaid',
        'xychart-beta',
        '    title "p95 (first line) and p99 latency against users"',
        '    x-axis "users" ["10", "50", "100"]',
        '    y-axis "latency (ms)" 0 --> 1500',
        '    line [120, 300, 700]',
        '    line [240, 700, 1200]',
        '```',
      ].join('\n'),
    );
  });

  it('rounds the axis top to 1, 2 or 5 times a power of ten', () => {
    expect(niceScale(1200)).toEqual({ top: 1500, step: 500 });
    expect(niceScale(37)).toEqual({ top: 40, step: 10 });
    expect(niceScale(0.7)).toEqual({ top: 0.8, step: 0.2 });
    expect(niceScale(0)).toEqual({ top: 1, step: 0.2 });
  });
});
