import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pidFileCpu, processGroupCpu } from '../../src/perf/cpu.js';

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
      const stopBusy = fromFile.meter!.start();
      const stopIdle = processGroupCpu(idle.pid!).start();
      await sleep(800);
      // A spinning loop uses most of a core even on a shared machine; a sleeping timer uses almost none.
      expect(stopBusy()).toBeGreaterThan(20);
      expect(stopIdle()).toBeLessThan(10);
    } finally {
      process.kill(-busy.pid!, 'SIGKILL');
      process.kill(-idle.pid!, 'SIGKILL');
    }
  });

  it('says why when there is nothing to measure', () => {
    expect(pidFileCpu(path.join(dir, 'none.pid')).reason).toMatch(/cannot read .*none\.pid: ENOENT/);
    writeFileSync(path.join(dir, 'junk.pid'), 'abc');
    expect(pidFileCpu(path.join(dir, 'junk.pid')).reason).toMatch(/does not hold a process id/);
    writeFileSync(path.join(dir, 'gone.pid'), '999999999');
    expect(pidFileCpu(path.join(dir, 'gone.pid')).reason).toMatch(/process 999999999 .* is not running here/);
    expect(processGroupCpu(999999999).start()()).toBeUndefined();
  });
});
