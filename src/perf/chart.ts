// The p95/p99-against-users chart: a standalone SVG for the artifact and a mermaid xychart for the job
// summary (GitHub renders mermaid in markdown; it does not show SVG files from artifacts inline).
import type { StageResults } from './results.js';

export interface ChartPoint {
  users: number;
  p95?: number;
  p99?: number;
}

export function chartPoints(stages: StageResults[]): ChartPoint[] {
  return stages.map((s) => ({ users: s.users, p95: s.total.p95, p99: s.total.p99 }));
}

/** A round upper bound for the y axis and its tick step (1, 2 or 5 times a power of ten). */
export function niceScale(max: number, ticks = 5): { top: number; step: number } {
  if (!(max > 0)) return { top: 1, step: 0.2 };
  const raw = max / ticks;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw)!;
  return { top: Math.ceil(max / step) * step, step };
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function fmt(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}

const SERIES = [
  { key: 'p95' as const, label: 'p95', color: '#0969da' },
  { key: 'p99' as const, label: 'p99', color: '#cf222e' },
];

export function renderSvg(points: ChartPoint[], title = 'Latency against concurrent users'): string {
  const W = 640;
  const H = 360;
  const m = { left: 64, right: 24, top: 40, bottom: 56 };
  const plotW = W - m.left - m.right;
  const plotH = H - m.top - m.bottom;
  const values = points.flatMap((p) => [p.p95, p.p99]).filter((v): v is number => v !== undefined);
  const { top, step } = niceScale(Math.max(0, ...values));
  const users = points.map((p) => p.users);
  const minU = Math.min(...users);
  const maxU = Math.max(...users);
  // Users on a linear axis so the shape of the curve is honest; one stage sits in the middle.
  const x = (u: number) => m.left + (maxU === minU ? plotW / 2 : ((u - minU) / (maxU - minU)) * plotW);
  const y = (v: number) => m.top + plotH - (v / top) * plotH;

  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="12">`,
  );
  parts.push(`<title>${escapeXml(title)}</title>`);
  parts.push(`<rect width="${W}" height="${H}" fill="#ffffff"/>`);
  parts.push(`<text x="${m.left}" y="22" font-size="15" font-weight="bold">${escapeXml(title)}</text>`);
  for (let v = 0; v <= top + step / 2; v += step) {
    const yy = y(v).toFixed(1);
    parts.push(`<line x1="${m.left}" y1="${yy}" x2="${W - m.right}" y2="${yy}" stroke="#d0d7de" stroke-width="1"/>`);
    parts.push(`<text x="${m.left - 8}" y="${yy}" text-anchor="end" dominant-baseline="middle">${fmt(v)}</text>`);
  }
  parts.push(`<line x1="${m.left}" y1="${m.top}" x2="${m.left}" y2="${m.top + plotH}" stroke="#24292f"/>`);
  parts.push(`<line x1="${m.left}" y1="${m.top + plotH}" x2="${W - m.right}" y2="${m.top + plotH}" stroke="#24292f"/>`);
  for (const u of [...new Set(users)]) {
    parts.push(`<text x="${x(u).toFixed(1)}" y="${m.top + plotH + 18}" text-anchor="middle">${u}</text>`);
  }
  parts.push(`<text x="${m.left + plotW / 2}" y="${H - 12}" text-anchor="middle">concurrent users</text>`);
  parts.push(
    `<text x="16" y="${m.top + plotH / 2}" text-anchor="middle" transform="rotate(-90 16 ${m.top + plotH / 2})">latency (ms)</text>`,
  );
  SERIES.forEach((s, i) => {
    const pts = points.filter((p) => p[s.key] !== undefined).map((p) => [x(p.users), y(p[s.key]!)] as const);
    if (pts.length > 1) {
      parts.push(
        `<polyline fill="none" stroke="${s.color}" stroke-width="2" points="${pts.map(([a, b]) => `${a.toFixed(1)},${b.toFixed(1)}`).join(' ')}"/>`,
      );
    }
    for (const [a, b] of pts)
      parts.push(`<circle cx="${a.toFixed(1)}" cy="${b.toFixed(1)}" r="3.5" fill="${s.color}"/>`);
    const lx = W - m.right - 120 + i * 60;
    parts.push(`<rect x="${lx}" y="${m.top - 18}" width="12" height="3" fill="${s.color}"/>`);
    parts.push(`<text x="${lx + 16}" y="${m.top - 14}" dominant-baseline="middle">${s.label}</text>`);
  });
  parts.push('</svg>');
  return parts.join('\n') + '\n';
}

/** A mermaid xychart-beta block: p95 and p99 lines over the user stages. */
export function renderMermaid(points: ChartPoint[]): string {
  const values = points.flatMap((p) => [p.p95, p.p99]).filter((v): v is number => v !== undefined);
  const { top } = niceScale(Math.max(0, ...values));
  const line = (key: 'p95' | 'p99') => `    line [${points.map((p) => fmt(p[key] ?? 0)).join(', ')}]`;
  return [
    '```mermaid',
    'xychart-beta',
    '    title "p95 (first line) and p99 latency against users"',
    `    x-axis "users" [${points.map((p) => `"${p.users}"`).join(', ')}]`,
    `    y-axis "latency (ms)" 0 --> ${fmt(top)}`,
    line('p95'),
    line('p99'),
    '```',
  ].join('\n');
}
