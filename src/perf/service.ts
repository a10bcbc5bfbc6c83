// Starts the service under test with the user's own command (a shell, in its own process group) and waits
// until its ready URL answers; stop() ends the whole group, whatever the command started.
import { spawn } from 'node:child_process';
import http from 'node:http';
import https from 'node:https';
import type { Logger } from '../host/host.js';
import { killTree, tail } from '../exec/run.js';

export class ServiceStartError extends Error {
  override name = 'ServiceStartError';
}

export interface RunningService {
  pid: number;
  /** Ends the process group: SIGTERM, then SIGKILL if it lingers. Never throws. */
  stop(): Promise<void>;
}

export interface StartOptions {
  command: string;
  cwd: string;
  readyUrl: string;
  readyTimeoutSeconds: number;
  log: Logger;
  env?: NodeJS.ProcessEnv;
}

/** One GET; resolves with the status code, or undefined when nothing answers. */
function probe(url: URL, timeoutMs: number): Promise<number | undefined> {
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve) => {
    const req = client.get(url, { timeout: timeoutMs }, (res) => {
      res.resume();
      resolve(res.statusCode);
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(undefined));
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function startService(options: StartOptions): Promise<RunningService> {
  const url = new URL(options.readyUrl);
  const child = spawn(options.command, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    shell: true,
    detached: process.platform !== 'win32',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-16_384);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  let exited: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  const exitedPromise = new Promise<void>((resolve) => {
    child.on('exit', (code, signal) => {
      exited = { code, signal };
      resolve();
    });
    child.on('error', (err) => {
      keep(Buffer.from(String(err)));
      exited = { code: null, signal: null };
      resolve();
    });
  });

  const service: RunningService = {
    pid: child.pid ?? 0,
    async stop() {
      if (exited) return;
      killTree(child.pid, 'SIGTERM');
      await Promise.race([exitedPromise, sleep(3000)]);
      if (!exited) {
        killTree(child.pid, 'SIGKILL');
        await Promise.race([exitedPromise, sleep(2000)]);
      }
      // The shell may be gone while its children linger in the group; a last SIGKILL to the group is harmless.
      killTree(child.pid, 'SIGKILL');
    },
  };

  options.log.info(`starting the service: ${options.command} (waiting for ${url.href})`);
  const deadline = Date.now() + options.readyTimeoutSeconds * 1000;
  let last: number | undefined;
  while (Date.now() < deadline) {
    if (exited) {
      await service.stop();
      throw new ServiceStartError(
        `the service command exited (${exited.signal ?? `code ${exited.code}`}) before ${url.href} answered:\n${tail(output)}`,
      );
    }
    last = await probe(url, 2000);
    if (last !== undefined && last < 400) {
      options.log.info(`service ready (${url.href} answered ${last})`);
      return service;
    }
    await sleep(200);
  }
  await service.stop();
  throw new ServiceStartError(
    `${url.href} did not answer below 400 within ${options.readyTimeoutSeconds} s (last: ${last ?? 'no answer'}); service output:\n${tail(output)}`,
  );
}
