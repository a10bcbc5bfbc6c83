// What sharing one SSH connection per host saves: deploy and `rollback` (which restores the database
// snapshot) of the tiny app to a local target and to three SSH hosts, with the shared connection (one
// master per host, as deploys run) and with a new connection per session, side by side in one run; plus
// the sessions each host cost. Run: npx tsx bench/deploy-sessions.ts [rounds]. Ratios, no absolute targets.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Target } from '../src/config/target.js';
import { deployRelease } from '../src/deploy/engine.js';
import { rollbackFleet } from '../src/deploy/operations.js';
import { LocalTransport, SshTransport, type Transport } from '../src/deploy/transport.js';
import { generateKey, startSshd, type SshServer } from '../test/harness/sshd.js';
import { RecordingHost } from '../test/support/recording-host.js';
import {
  cleanupTargets,
  makeSource,
  makeTarget,
  nextReleaseId,
  tinySettings,
  type TestTarget,
} from '../test/deploy/support.js';

const rounds = Number(process.argv[2] ?? 2);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

interface Row {
  name: string;
  deployMs: number;
  rollbackMs: number;
  deploySessions: number;
  rollbackSessions: number;
}

async function measure(
  name: string,
  targets: TestTarget[],
  toTarget: (t: TestTarget, i: number) => string,
  ssh: object,
  share: boolean,
  key: string,
  knownHosts: string,
): Promise<Row> {
  const list = targets.map((t, i) => ({ target: toTarget(t, i), healthUrl: t.healthUrl }));
  const log = new RecordingHost().log;
  const opened: Transport[] = [];
  const open = (target: Target): Transport => {
    const t =
      target.kind === 'local'
        ? new LocalTransport(target)
        : new SshTransport(target, { privateKey: key, knownHosts, shareConnection: share }, log);
    opened.push(t);
    return t;
  };
  const deploy = async () => {
    const source = makeSource();
    const settings = tinySettings(list, { source, ...ssh, batchSize: 1 });
    const r = await deployRelease({
      settings,
      cwd: source,
      log,
      sha: 'b3nch',
      releaseId: nextReleaseId(),
      openTransport: open,
    });
    if (r.status !== 'deployed') throw new Error(`${name}: deploy failed: ${r.error}`);
    return { r, settings, source };
  };
  await deploy();
  const deployMs: number[] = [];
  const rollbackMs: number[] = [];
  let deploySessions = 0;
  let rollbackSessions = 0;
  for (let i = 0; i < rounds; i++) {
    const { r, settings, source } = await deploy();
    deployMs.push(r.ms);
    deploySessions = Math.max(...r.hosts.map((h) => h.sessions));
    opened.length = 0;
    const t0 = Date.now();
    const back = await rollbackFleet({ settings, cwd: source, log, openTransport: open });
    rollbackMs.push(Date.now() - t0);
    if (!back.every((b) => b.ok && b.database?.how === 'snapshot'))
      throw new Error(`${name}: rollback failed: ${back.map((b) => b.error).join('; ')}`);
    rollbackSessions = Math.max(...opened.map((t) => t.sessions));
    // Back to a deployed current for the next round.
    await deploy();
  }
  return { name, deployMs: median(deployMs), rollbackMs: median(rollbackMs), deploySessions, rollbackSessions };
}

const servers: SshServer[] = [];
const keyDir = mkdtempSync(path.join(tmpdir(), 'bci-bench-keys-'));
try {
  const client = await generateKey(keyDir, 'client');
  for (let i = 0; i < 3; i++) servers.push(await startSshd({ client }));
  const knownHosts = servers.map((s) => s.knownHosts).join('');
  const ssh = { ssh: { privateKey: client.privateKey, knownHosts, insecureIgnoreHostKey: false } };
  const three = async () => [await makeTarget(), await makeTarget(), await makeTarget()];
  const rows: Row[] = [];
  rows.push(
    await measure(
      'local target',
      [await makeTarget()],
      (t) => `local:${t.root}`,
      {},
      true,
      client.privateKey,
      knownHosts,
    ),
  );
  rows.push(
    await measure(
      '3 SSH, one conn/session',
      await three(),
      (t, i) => servers[i]!.url(t.root),
      ssh,
      false,
      client.privateKey,
      knownHosts,
    ),
  );
  rows.push(
    await measure(
      '3 SSH, shared conn',
      await three(),
      (t, i) => servers[i]!.url(t.root),
      ssh,
      true,
      client.privateKey,
      knownHosts,
    ),
  );
  const base = rows[1]!;
  console.log(
    `deploy sessions bench: ${rounds} round(s), medians; batch 1; rollback = backend-ci rollback with the snapshot restore`,
  );
  console.log(
    'scenario                  deploy s  (x unshared)  rollback s  (x unshared)  sessions/host deploy  rollback',
  );
  for (const r of rows) {
    console.log(
      `${r.name.padEnd(25)} ${(r.deployMs / 1000).toFixed(2).padStart(8)}  ${(r.deployMs / base.deployMs).toFixed(2).padStart(12)}  ${(r.rollbackMs / 1000).toFixed(2).padStart(10)}  ${(r.rollbackMs / base.rollbackMs).toFixed(2).padStart(12)}  ${String(r.deploySessions).padStart(20)}  ${String(r.rollbackSessions).padStart(8)}`,
    );
  }
} finally {
  cleanupTargets();
  await Promise.all(servers.map((s) => s.stop()));
  rmSync(keyDir, { recursive: true, force: true });
}
