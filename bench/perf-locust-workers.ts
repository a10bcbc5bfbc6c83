// How far the load generators go on one endpoint, side by side in one run: Locust distributed (master + 2
// workers), Locust in one process, and autocannon (the built-in load), each through the perf stage's own
// runner against the same local server, alternated round by round. Prints requests per second of each and
// the ratios. Locust is Python and spends a core per process at a few hundred to a few thousand requests per
// second, which is why it scales by workers; autocannon is one Node process.
// Run: npx tsx bench/perf-locust-workers.ts [rounds] [seconds] [users]
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../src/host/host.js';
import { runStage } from '../src/perf/load.js';
import { runLocust } from '../src/perf/locust.js';
import type { Endpoint, Scenario } from '../src/perf/scenario.js';

const rounds = Number(process.argv[2] ?? 2);
const seconds = Number(process.argv[3] ?? 4);
const users = Number(process.argv[4] ?? 20);

// 2 ms per answer: a service that is not instant, so the generators, not the server, are what is compared.
const server = http.createServer((_req, res) => {
  setTimeout(() => res.end('{"ok":true}'), 2);
});
server.keepAliveTimeout = 30_000;
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);

const endpoint: Endpoint = {
  name: 'ok',
  method: 'GET',
  path: '/ok',
  weight: 1,
  headers: {},
  body: undefined,
  budgets: {} as Endpoint['budgets'],
};
const quiet: Logger = {
  info: () => {},
  warning: (m) => process.stderr.write(`${m}\n`),
  error: (m) => process.stderr.write(`${m}\n`),
  debug: () => {},
} as Logger;
const scenario = {
  file: 'bench',
  endpoints: [endpoint],
  warmup: { seconds: 0 },
  stages: [{ users, seconds }],
  repeat: 1,
  timeoutSeconds: 10,
  limits: { maxTotalSeconds: 600, maxRequestsPerStage: 1_000_000 },
} as unknown as Scenario;

const engines: Record<string, () => Promise<number>> = {
  'locust, master + 2 workers': async () =>
    (await runLocust(scenario, { baseUrl: base, log: quiet, workers: 2 })).stages[0]!.total.rps,
  'locust, 1 process': async () => (await runLocust(scenario, { baseUrl: base, log: quiet })).stages[0]!.total.rps,
  autocannon: async () =>
    (
      await runStage({
        baseUrl: base,
        endpoints: [endpoint],
        users,
        seconds,
        maxRequests: 10_000_000,
        timeoutSeconds: 10,
      })
    ).total.rps,
};
const names = Object.keys(engines);
const rps: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
for (let r = 0; r < rounds; r++) {
  // Rotate the order so no engine always gets the warmer (or busier) machine.
  for (const n of [...names.slice(r % names.length), ...names.slice(0, r % names.length)])
    rps[n]!.push(await engines[n]!());
}
server.close();

const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
const one = mean(rps['locust, 1 process']!);
process.stdout.write(`${users} users, ${seconds} s per run, ${rounds} rounds, GET /ok answered after 2 ms\n\n`);
process.stdout.write('| engine | req/s per round | mean req/s | vs locust 1 process |\n|---|---|---:|---:|\n');
for (const n of names) {
  process.stdout.write(
    `| ${n} | ${rps[n]!.map((x) => x.toFixed(0)).join(', ')} | ${mean(rps[n]!).toFixed(0)} | ${(mean(rps[n]!) / one).toFixed(2)} |\n`,
  );
}
