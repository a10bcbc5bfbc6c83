// What the perf stage's own measuring costs: plain autocannon against runStage (per-endpoint attribution,
// header metrics, bounded samples) on the same local server, alternated round by round so both see the
// same machine. Prints throughput and p95 for each, their ratio, and the run-to-run spread of p95 that the
// regression check has to allow for.
// Run: npx tsx bench/perf-load-overhead.ts [rounds] [seconds] [users]
import autocannon from 'autocannon';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { runStage } from '../src/perf/load.js';
import type { Endpoint } from '../src/perf/scenario.js';

const rounds = Number(process.argv[2] ?? 3);
const seconds = Number(process.argv[3] ?? 3);
const users = Number(process.argv[4] ?? 20);

const server = http.createServer((req, res) => {
  res.setHeader('X-Query-Count', '3');
  res.setHeader('X-Perf-Time-ms', '0.12');
  res.end('{"ok":true}');
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

const endpoints: Endpoint[] = [
  { name: 'a', method: 'GET', path: '/a', weight: 3, headers: {}, body: undefined, budgets: {} as Endpoint['budgets'] },
  { name: 'b', method: 'GET', path: '/b', weight: 1, headers: {}, body: undefined, budgets: {} as Endpoint['budgets'] },
];

function plain(): Promise<{ rps: number; p95: number }> {
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url: base,
        connections: users,
        duration: seconds,
        requests: [
          { method: 'GET', path: '/a' },
          { method: 'GET', path: '/a' },
          { method: 'GET', path: '/a' },
          { method: 'GET', path: '/b' },
        ],
      },
      (err, result) => {
        if (err) return reject(err);
        const r = result as unknown as { requests: { average: number }; latency: { p90: number; p97_5: number } };
        // autocannon reports p90 and p97.5, not p95: the midpoint is an estimate, marked as such below.
        resolve({ rps: r.requests.average, p95: (r.latency.p90 + r.latency.p97_5) / 2 });
      },
    );
  });
}

async function measured(): Promise<{ rps: number; p95: number }> {
  const run = await runStage({
    baseUrl: new URL(base),
    endpoints,
    users,
    seconds,
    maxRequests: 10_000_000,
    timeoutSeconds: 10,
  });
  return { rps: run.total.rps, p95: run.total.p95 ?? NaN };
}

const rows: { round: number; plainRps: number; stageRps: number; plainP95: number; stageP95: number }[] = [];
await plain(); // warm both paths (JIT, sockets) before anything is counted
await measured();
for (let i = 1; i <= rounds; i++) {
  // Alternate the order so neither side always runs on a warmer or colder machine.
  const first = i % 2 ? await plain() : await measured();
  const second = i % 2 ? await measured() : await plain();
  const [p, s] = i % 2 ? [first, second] : [second, first];
  rows.push({ round: i, plainRps: p.rps, stageRps: s.rps, plainP95: p.p95, stageP95: s.p95 });
}
server.close();

const f = (n: number) => n.toFixed(1);
process.stdout.write(`perf load overhead: ${users} users, ${seconds} s per run, ${rounds} rounds, same server\n`);
process.stdout.write('round | plain autocannon req/s | runStage req/s | ratio | plain p95~ (ms) | runStage p95 (ms)\n');
for (const r of rows) {
  process.stdout.write(
    `${r.round} | ${f(r.plainRps)} | ${f(r.stageRps)} | ${(r.stageRps / r.plainRps).toFixed(3)} | ${f(r.plainP95)} | ${f(r.stageP95)}\n`,
  );
}
const sum = (k: keyof (typeof rows)[number]) => rows.reduce((n, r) => n + r[k], 0);
const p95s = rows.map((r) => r.stageP95);
process.stdout.write(
  `throughput ratio runStage / plain (mean over rounds): ${(sum('stageRps') / sum('plainRps')).toFixed(3)}\n`,
);
process.stdout.write(
  `runStage p95 spread over rounds: min ${f(Math.min(...p95s))} / max ${f(Math.max(...p95s))} ms (${f(((Math.max(...p95s) - Math.min(...p95s)) / Math.min(...p95s)) * 100)}% of min)\n`,
);
process.stdout.write('(p95~: autocannon has no p95; the midpoint of its p90 and p97.5)\n');
