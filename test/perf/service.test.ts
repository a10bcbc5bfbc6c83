import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ServiceStartError, startService } from '../../src/perf/service.js';
import { RecordingHost } from '../support/recording-host.js';
import { tempDir } from '../support/temp.js';

// A service that writes its pid and the pid of a child it starts, then listens on a free port that it
// reports through a file (the test cannot know the port in advance).
const SERVICE = `
const http = require('http');
const fs = require('fs');
const { spawn } = require('child_process');
const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
const server = http.createServer((req, res) => res.end(req.url === '/ready' ? 'ok' : 'hi'));
server.listen(Number(process.env.PORT || 0), '127.0.0.1', () => {
  fs.writeFileSync('pids.json', JSON.stringify({ pid: process.pid, child: child.pid, port: server.address().port }));
});
`;

/** Running, as opposed to gone or a zombie waiting for a parent (here PID 1 of a container) to reap it. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}

async function freePort(): Promise<number> {
  const net = await import('node:net');
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

describe('startService', () => {
  it('waits for the ready URL, then stops the command and everything it started', async () => {
    const dir = tempDir('perf-service-');
    writeFileSync(path.join(dir, 'service.cjs'), SERVICE);
    const port = await freePort();
    const host = new RecordingHost();
    const service = await startService({
      command: `PORT=${port} "${process.execPath}" service.cjs`,
      cwd: dir,
      readyUrl: `http://127.0.0.1:${port}/ready`,
      readyTimeoutSeconds: 20,
      log: host.log,
    });
    const pids = JSON.parse(readFileSync(path.join(dir, 'pids.json'), 'utf8')) as { pid: number; child: number };
    expect(alive(pids.pid)).toBe(true);
    expect(alive(pids.child)).toBe(true);
    await service.stop();
    await new Promise((r) => setTimeout(r, 200));
    expect(alive(pids.pid)).toBe(false);
    expect(alive(pids.child)).toBe(false);
    expect(host.logText).toMatch(/service ready/);
  });

  it('says so, with the output, when the command exits before it is ready', async () => {
    const dir = tempDir('perf-service-');
    const host = new RecordingHost();
    const port = await freePort();
    const err = await startService({
      command: 'echo "database is not reachable" >&2; exit 3',
      cwd: dir,
      readyUrl: `http://127.0.0.1:${port}/`,
      readyTimeoutSeconds: 20,
      log: host.log,
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ServiceStartError);
    expect((err as Error).message).toMatch(/exited \(code 3\) before .* answered:\ndatabase is not reachable/);
  });

  it('gives up after the ready timeout and stops what it started', async () => {
    const dir = tempDir('perf-service-');
    const host = new RecordingHost();
    const port = await freePort();
    const err = await startService({
      command: 'echo $$ > shell.pid; sleep 30',
      cwd: dir,
      readyUrl: `http://127.0.0.1:${port}/`,
      readyTimeoutSeconds: 1,
      log: host.log,
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ServiceStartError);
    expect((err as Error).message).toMatch(/did not answer below 400 within 1 s \(last: no answer\)/);
    expect(existsSync(path.join(dir, 'shell.pid'))).toBe(true);
    expect(alive(Number(readFileSync(path.join(dir, 'shell.pid'), 'utf8')))).toBe(false);
  });
});
