import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SshTransport } from '../../src/deploy/transport.js';
import { pidFileCpu, processGroupCpu, remotePidFileCpu } from '../../src/perf/cpu.js';
import { startSshd } from '../harness/sshd.js';
import { RecordingHost } from '../support/recording-host.js';

const dir = mkdtempSync(path.join(tmpdir(), 'perf-cpu-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.skipIf(process.platform !== 'linux')('service CPU from /proc', () => {
  it('measures a busy process group as busy and an idle one as idle', async () => {
    const busy = spawn(process.execPath, ['-e', 'for (;;) {}'], { detached: true, stdio: 'ignore' });
    const idle = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { detached: true, stdio: 'ignore' });
    try {
      await sleep(200);
      const file = path.join(dir, 'busy.pid');
      writeFileSync(file, `${busy.pid}\n`);
      const fromFile = pidFileCpu(file);
      expect(fromFile.reason).toBeUndefined();
      const stopBusy = await fromFile.meter!.start();
      const stopIdle = await processGroupCpu(idle.pid!).start();
      await sleep(800);
      // A spinning loop takes whatever share of a core a shared machine gives it (about 15 % at a load average
      // of 14 on 2 cores, near 100 % on an idle one); a sleeping timer takes almost nothing.
      const busyPct = (await stopBusy())!;
      const idlePct = (await stopIdle())!;
      expect(busyPct).toBeGreaterThan(5);
      expect(idlePct).toBeLessThan(busyPct / 3);
    } finally {
      process.kill(-busy.pid!, 'SIGKILL');
      process.kill(-idle.pid!, 'SIGKILL');
    }
  });

  it('says why when there is nothing to measure', async () => {
    expect(pidFileCpu(path.join(dir, 'none.pid')).reason).toMatch(/cannot read .*none\.pid: ENOENT/);
    writeFileSync(path.join(dir, 'junk.pid'), 'abc');
    expect(pidFileCpu(path.join(dir, 'junk.pid')).reason).toMatch(/does not hold a process id/);
    writeFileSync(path.join(dir, 'gone.pid'), '999999999');
    expect(pidFileCpu(path.join(dir, 'gone.pid')).reason).toMatch(/process 999999999 .* is not running here/);
    expect(await (await processGroupCpu(999999999).start())()).toBeUndefined();
  });

  it("reads a deployed service's CPU over SSH from the pid file on the host (sshd on loopback)", async () => {
    const server = await startSshd();
    const busy = spawn(process.execPath, ['-e', 'for (;;) {}'], { detached: true, stdio: 'ignore' });
    const host = new RecordingHost();
    const transport = new SshTransport(
      { kind: 'ssh', user: server.user, host: '127.0.0.1', port: server.port, path: '/tmp', label: 'web1' },
      { privateKey: server.privateKey, knownHosts: server.knownHosts },
      host.log,
    );
    try {
      const file = path.join(dir, 'remote.pid');
      writeFileSync(file, `${busy.pid}\n`);
      await sleep(200);
      const stop = await remotePidFileCpu(transport, file, host.log).start();
      await sleep(1000);
      expect(await stop()).toBeGreaterThan(5);
      const missing = await remotePidFileCpu(transport, path.join(dir, 'absent.pid'), host.log).start();
      expect(await missing()).toBeUndefined();
      expect(
        host.logs.some(
          (l) => l.level === 'warning' && /service CPU not measured on web1: cannot read .*absent\.pid/.test(l.message),
        ),
      ).toBe(true);
    } finally {
      process.kill(-busy.pid!, 'SIGKILL');
      await transport.close();
      await server.stop();
    }
  });
});
