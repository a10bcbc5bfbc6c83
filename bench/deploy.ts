// Deploy and rollback time of the tiny app (test/deploy/fixtures/tiny-app) to a local target and to three
// SSH hosts, database snapshot/restore cost, and requests that failed while it was deployed under load.
// Run: npx tsx bench/deploy.ts [rounds]. Every number in one run, side by side; no absolute targets.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { deployRelease, type DeployReport } from '../src/deploy/engine.js';
import { generateKey, startSshd, type SshServer } from '../test/harness/sshd.js';
import { RecordingHost } from '../test/support/recording-host.js';
import {
  cleanupTargets,
  makeSource,
  makeTarget,
  nextReleaseId,
  sql,
  tinySettings,
  type TestTarget,
} from '../test/deploy/support.js';

const rounds = Number(process.argv[2] ?? 3);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function rollbackMs(report: DeployReport): number {
  // Wall time of the rollback on the slowest host: from its first rollback step to unlock.
  return Math.max(
    ...report.hosts.map((h) => h.steps.filter((s) => s.step.startsWith('rollback')).reduce((a, s) => a + s.ms, 0)),
  );
}

interface Load {
  ok: number;
  failed: number;
  errors: Map<string, number>;
  stop(): Promise<void>;
}

/** A bounded loop of GETs against the app while something else runs: 4 workers, at most 50k requests or 120 s. */
function load(urls: string[]): Load {
  const state: Load = { ok: 0, failed: 0, errors: new Map(), stop: async () => {} };
  let running = true;
  const deadline = Date.now() + 120_000;
  let budget = 50_000;
  const worker = async (url: string) => {
    while (running && budget-- > 0 && Date.now() < deadline) {
      try {
        const r = await fetch(url, { signal: AbortSignal.timeout(5000) });
        await r.arrayBuffer();
        if (r.status === 200) state.ok++;
        else {
          state.failed++;
          state.errors.set(`HTTP ${r.status}`, (state.errors.get(`HTTP ${r.status}`) ?? 0) + 1);
        }
      } catch (err) {
        state.failed++;
        const e = err as Error & { cause?: { code?: string } };
        const key = e.cause?.code ?? e.name;
        state.errors.set(key, (state.errors.get(key) ?? 0) + 1);
      }
    }
  };
  const workers = urls.flatMap((u) => [worker(u), worker(u)]);
  state.stop = async () => {
    running = false;
    await Promise.all(workers);
  };
  return state;
}

async function deployTo(
  targets: { target: string; healthUrl: string }[],
  source: string,
  base: object,
  changes = {},
): Promise<DeployReport> {
  return deployRelease({
    settings: tinySettings(targets, { source, ...base, ...changes }),
    cwd: source,
    log: new RecordingHost().log,
    sha: 'b3nch',
    releaseId: nextReleaseId(),
  });
}

async function scenario(
  name: string,
  targets: TestTarget[],
  toTarget: (t: TestTarget, i: number) => string,
  extra: object,
) {
  const list = targets.map((t, i) => ({ target: toTarget(t, i), healthUrl: t.healthUrl }));
  const good = makeSource();
  const first = await deployTo(list, good, extra);
  if (first.status !== 'deployed') throw new Error(`${name}: first deploy failed: ${first.error}`);
  // Some data so the snapshot has something to copy: 20k rows.
  for (const t of targets)
    sql(
      t.db,
      "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000) INSERT INTO notes(body) SELECT 'note number ' || i || ' with some text in it' FROM n",
    );

  const deployMs: number[] = [];
  const rollMs: number[] = [];
  const snapMs: number[] = [];
  const restoreMs: number[] = [];
  let snapBytes = 0;
  let deployFailed = 0;
  let deployRequests = 0;
  let rollbackFailed = 0;
  let rollbackRequests = 0;
  const errorKinds = new Map<string, number>();
  const badSettings = { health: { ...tinySettings([]).health, retries: 2, intervalMs: 100 } };
  for (let i = 0; i < rounds; i++) {
    // Times without load, so they measure the deploy and not the load generator competing for the CPU.
    const ok = await deployTo(list, makeSource(), extra);
    if (ok.status !== 'deployed') throw new Error(`${name}: deploy failed: ${ok.error}`);
    deployMs.push(ok.ms);
    for (const h of ok.hosts) {
      snapMs.push(h.snapshot!.ms);
      snapBytes = h.snapshot!.bytes;
    }
    const bad = await deployTo(list, makeSource({ markers: ['fail-health'] }), extra, badSettings);
    if (bad.status !== 'rolled-back') throw new Error(`${name}: expected a rollback, got ${bad.status}: ${bad.error}`);
    rollMs.push(rollbackMs(bad));
    for (const h of bad.hosts) if (h.databaseRollback) restoreMs.push(h.databaseRollback.ms);

    // The same two under load: failed requests while a good release replaces the running one, and while a bad
    // one is caught and rolled back (it answers 500 itself until the health gate gives up: the window that
    // health.retries x health.intervalMs bounds).
    const l = load(targets.map((t) => t.healthUrl));
    const loaded = await deployTo(list, makeSource(), extra);
    await l.stop();
    if (loaded.status !== 'deployed') throw new Error(`${name}: deploy under load failed: ${loaded.error}`);
    deployFailed += l.failed;
    deployRequests += l.ok + l.failed;
    for (const [k, v] of l.errors) errorKinds.set(`deploy ${k}`, (errorKinds.get(`deploy ${k}`) ?? 0) + v);
    const lr = load(targets.map((t) => t.healthUrl));
    const loadedBad = await deployTo(list, makeSource({ markers: ['fail-health'] }), extra, badSettings);
    await lr.stop();
    if (loadedBad.status !== 'rolled-back')
      throw new Error(`${name}: expected a rollback under load, got ${loadedBad.status}`);
    rollbackFailed += lr.failed;
    rollbackRequests += lr.ok + lr.failed;
    for (const [k, v] of lr.errors) errorKinds.set(`rollback ${k}`, (errorKinds.get(`rollback ${k}`) ?? 0) + v);
  }
  return {
    name,
    deploy: median(deployMs),
    rollback: median(rollMs),
    snapshot: median(snapMs),
    restore: median(restoreMs),
    snapBytes,
    deployFailed,
    deployRequests,
    rollbackFailed,
    rollbackRequests,
    errorKinds,
  };
}

const servers: SshServer[] = [];
const keyDir = mkdtempSync(path.join(tmpdir(), 'bci-bench-keys-'));
try {
  const results = [];
  results.push(await scenario('local target', [await makeTarget()], (t) => `local:${t.root}`, {}));
  const client = await generateKey(keyDir, 'client');
  for (let i = 0; i < 3; i++) servers.push(await startSshd({ client }));
  const ssh = {
    ssh: {
      privateKey: client.privateKey,
      knownHosts: servers.map((s) => s.knownHosts).join(''),
      insecureIgnoreHostKey: false,
    },
  };
  const three = async () => [await makeTarget(), await makeTarget(), await makeTarget()];
  results.push(
    await scenario('3 SSH hosts, batch 1', await three(), (t, i) => servers[i]!.url(t.root), { ...ssh, batchSize: 1 }),
  );
  results.push(
    await scenario('3 SSH hosts, batch 3', await three(), (t, i) => servers[i]!.url(t.root), { ...ssh, batchSize: 3 }),
  );

  const base = results[0]!;
  console.log(
    `deploy bench: ${rounds} round(s) per scenario, medians; times without load; failures under load = 2 looping GET /healthz clients per host`,
  );
  console.log(
    'scenario                 deploy s  (x local)  rollback s  (x local)  snapshot ms  restore ms  failed during deploy  failed during rollback',
  );
  for (const r of results) {
    console.log(
      `${r.name.padEnd(24)} ${(r.deploy / 1000).toFixed(2).padStart(8)}  ${(r.deploy / base.deploy).toFixed(2).padStart(9)}  ${(r.rollback / 1000).toFixed(2).padStart(10)}  ${(r.rollback / base.rollback).toFixed(2).padStart(9)}  ${String(r.snapshot).padStart(11)}  ${String(r.restore).padStart(10)}  ${`${r.deployFailed}/${r.deployRequests}`.padStart(20)}  ${`${r.rollbackFailed}/${r.rollbackRequests}`.padStart(22)}`,
    );
  }
  console.log(`SQLite snapshot size: ${(base.snapBytes / 1024).toFixed(0)} KiB (20k rows)`);
  for (const r of results)
    if (r.errorKinds.size)
      console.log(`${r.name} failures by kind: ${[...r.errorKinds].map(([k, v]) => `${k}: ${v}`).join(', ')}`);
} finally {
  cleanupTargets();
  await Promise.all(servers.map((s) => s.stop()));
  rmSync(keyDir, { recursive: true, force: true });
}
