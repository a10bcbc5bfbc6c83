// Starts real OpenSSH servers on 127.0.0.1 for deploy tests: each instance has its own host key, config,
// authorized client key and PID file in a temp folder, so several can stand for several hosts.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { userInfo } from 'node:os';
import path from 'node:path';
import { runProgram } from '../../src/exec/run.js';
import { tempDir } from '../support/temp.js';

export interface SshServer {
  port: number;
  user: string;
  /** The client's private key (OpenSSH format), authorized on this server. */
  privateKey: string;
  /** A known_hosts line for this server's host key: `[127.0.0.1]:port ssh-ed25519 ...`. */
  knownHosts: string;
  /** ssh://user@127.0.0.1:port<targetPath> */
  url(targetPath: string): string;
  stop(): Promise<void>;
}

export interface ClientKey {
  privateKey: string;
  publicKey: string;
}

/** Generates an ed25519 key pair with ssh-keygen. */
export async function generateKey(dir: string, name: string): Promise<ClientKey> {
  const file = path.join(dir, name);
  const r = await runProgram('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', name, '-f', file]);
  if (r.code !== 0) throw new Error(`ssh-keygen failed: ${r.stderr}`);
  return { privateKey: readFileSync(file, 'utf8'), publicKey: readFileSync(`${file}.pub`, 'utf8').trim() };
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function waitForPort(port: number, child: ChildProcess, stderr: () => string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      if (child.exitCode !== null) return reject(new Error(`sshd exited with ${child.exitCode}: ${stderr()}`));
      const socket = net.connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve();
      });
      socket.once('error', () => {
        socket.destroy();
        if (Date.now() > deadline) reject(new Error(`sshd did not listen on ${port}: ${stderr()}`));
        else setTimeout(attempt, 50);
      });
    };
    attempt();
  });
}

/** Starts one sshd. The same client key may be shared between servers (pass `client`). */
export async function startSshd(options: { client?: ClientKey } = {}): Promise<SshServer> {
  const dir = tempDir('bci-sshd-');
  mkdirSync('/run/sshd', { recursive: true });
  await runProgram('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', path.join(dir, 'host_key')]);
  const client = options.client ?? (await generateKey(dir, 'client'));
  writeFileSync(path.join(dir, 'authorized_keys'), `${client.publicKey}\n`, { mode: 0o600 });
  const user = userInfo().username;
  const hostPub = readFileSync(path.join(dir, 'host_key.pub'), 'utf8').trim().split(' ').slice(0, 2).join(' ');

  for (let attempt = 0; ; attempt++) {
    const port = await freePort();
    const config = [
      `ListenAddress 127.0.0.1:${port}`,
      `HostKey ${path.join(dir, 'host_key')}`,
      `PidFile ${path.join(dir, 'sshd.pid')}`,
      `AuthorizedKeysFile ${path.join(dir, 'authorized_keys')}`,
      'PasswordAuthentication no',
      'KbdInteractiveAuthentication no',
      'PubkeyAuthentication yes',
      'PermitRootLogin prohibit-password',
      'StrictModes no',
      'UsePAM no',
      'MaxStartups 100:30:200',
      'MaxSessions 50',
      'Subsystem sftp internal-sftp',
    ].join('\n');
    writeFileSync(path.join(dir, 'sshd_config'), `${config}\n`);
    let stderr = '';
    const child = spawn('/usr/sbin/sshd', ['-D', '-e', '-f', path.join(dir, 'sshd_config')], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    child.stderr!.setEncoding('utf8').on('data', (c: string) => {
      stderr = (stderr + c).slice(-8000);
    });
    try {
      await waitForPort(port, child, () => stderr);
    } catch (err) {
      child.kill('SIGKILL');
      if (attempt < 3 && /Address already in use/.test(stderr)) continue;
      rmSync(dir, { recursive: true, force: true });
      throw err;
    }
    return {
      port,
      user,
      privateKey: client.privateKey,
      knownHosts: `[127.0.0.1]:${port} ${hostPub}\n`,
      url: (targetPath) => `ssh://${user}@127.0.0.1:${port}${targetPath}`,
      async stop() {
        // 'exit', not 'close': per-connection sshd processes inherit stderr and outlive the listener while a
        // client (e.g. a multiplexing master left by a killed deploy) keeps its connection open.
        if (child.exitCode === null && child.signalCode === null) {
          const exited = new Promise((r) => child.once('exit', r));
          child.kill('SIGTERM');
          await exited;
        }
        child.stderr?.destroy();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
}
