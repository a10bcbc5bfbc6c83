// How deploy steps reach a target. Both transports run the very same bash snippets (src/deploy/scripts.ts)
// with `set -euo pipefail`: locally with `bash -c script -- args`, remotely with OpenSSH running
// `bash -c 'script' backend-ci 'arg'...`. Values travel as positional arguments, quoted with shellQuote for
// the remote login shell, never pasted into script text, and local and SSH behave the same by construction.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runProgram, tail, type RunResult } from '../exec/run.js';
import type { Logger } from '../host/host.js';
import { shellQuote } from './quote.js';
import type { SshTarget, Target } from '../config/target.js';

export interface RunStepOptions {
  /** Bytes for the script's stdin (the release archive, or secrets that must not appear in argv). */
  input?: Buffer | string;
  timeoutMs?: number;
}

export interface Transport {
  readonly target: Target;
  /** Runs a bash snippet on the target with positional arguments. Never throws for a non-zero exit. */
  run(step: string, script: string, args: string[], options?: RunStepOptions): Promise<RunResult>;
  /** Releases connections and removes temporary key files. Warns, never throws. */
  close(): Promise<void>;
}

export const SCRIPT_PRELUDE = 'set -euo pipefail\n';
const DEFAULT_TIMEOUT_MS = 10 * 60_000;

/** A step that exited non-zero; carries the output tail for the report. */
export class StepFailedError extends Error {
  override name = 'StepFailedError';
  constructor(
    readonly step: string,
    readonly target: string,
    readonly result: RunResult,
    explanation?: string,
  ) {
    const why = result.timedOut ? 'timed out' : `exited with ${result.code ?? result.signal}`;
    const output = tail(`${result.stderr}\n${result.stdout}`.trim(), 15);
    super(`${step} on ${target} ${why}${explanation ? `: ${explanation}` : ''}${output ? `\n${output}` : ''}`);
  }
}

/** The SSH server's key did not match known_hosts (or known_hosts has no entry for it). */
export class HostKeyError extends Error {
  override name = 'HostKeyError';
}

/** Runs a step and throws StepFailedError unless it exits 0. */
export async function mustRun(transport: Transport, step: string, script: string, args: string[], options?: RunStepOptions): Promise<RunResult> {
  const result = await transport.run(step, script, args, options);
  if (result.code !== 0) throw new StepFailedError(step, transport.target.label, result);
  return result;
}

export class LocalTransport implements Transport {
  constructor(readonly target: Target) {}

  run(_step: string, script: string, args: string[], options: RunStepOptions = {}): Promise<RunResult> {
    return runProgram('bash', ['-c', SCRIPT_PRELUDE + script, 'backend-ci', ...args], {
      input: options.input,
      timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    });
  }

  async close(): Promise<void> {}
}

export interface SshCredentials {
  /** OpenSSH private key text. Written 0600 to a temporary folder for the run and removed by close(). */
  privateKey?: string;
  /** known_hosts lines the server's key is checked against. */
  knownHosts?: string;
  /** Skip the host key check (loudly warned). */
  insecureIgnoreHostKey?: boolean;
}

export class SshTransport implements Transport {
  private readonly dir: string;
  private readonly baseArgs: string[];
  private closed = false;

  constructor(
    readonly target: SshTarget,
    credentials: SshCredentials,
    private readonly log: Logger,
  ) {
    removeKeysOfDeadRuns();
    // Short path: the ControlPath socket name must fit in a Unix socket address. The pid in the name lets a
    // later run remove the key of a run that was killed before it could.
    this.dir = mkdtempSync(path.join(tmpdir(), `bci-ssh-${process.pid}-`));
    const args = ['-F', '/dev/null', '-o', 'BatchMode=yes', '-o', 'ConnectTimeout=15', '-o', 'ServerAliveInterval=15'];
    if (credentials.privateKey) {
      const keyFile = path.join(this.dir, 'key');
      const key = credentials.privateKey.endsWith('\n') ? credentials.privateKey : `${credentials.privateKey}\n`;
      writeFileSync(keyFile, key, { mode: 0o600 });
      args.push('-i', keyFile, '-o', 'IdentitiesOnly=yes');
    }
    if (credentials.insecureIgnoreHostKey) {
      args.push('-o', 'StrictHostKeyChecking=no', '-o', 'UserKnownHostsFile=/dev/null', '-o', 'LogLevel=ERROR');
    } else {
      const knownHostsFile = path.join(this.dir, 'known_hosts');
      writeFileSync(knownHostsFile, credentials.knownHosts ?? '', { mode: 0o600 });
      args.push('-o', 'StrictHostKeyChecking=yes', '-o', `UserKnownHostsFile=${knownHostsFile}`, '-o', 'GlobalKnownHostsFile=/dev/null');
    }
    // One TCP connection and one authentication for all the steps of a deploy: each step is a new session.
    args.push('-o', 'ControlMaster=auto', '-o', `ControlPath=${path.join(this.dir, 'cm')}`, '-o', 'ControlPersist=60');
    args.push('-p', String(target.port), `${target.user}@${target.host}`);
    this.baseArgs = args;
  }

  async run(_step: string, script: string, args: string[], options: RunStepOptions = {}): Promise<RunResult> {
    if (this.closed) throw new Error(`SSH transport to ${this.target.label} is closed`);
    const remote = ['bash', '-c', shellQuote(SCRIPT_PRELUDE + script), 'backend-ci', ...args.map(shellQuote)].join(' ');
    const result = await runProgram('ssh', [...this.baseArgs, '--', remote], {
      input: options.input ?? '',
      timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    });
    if (result.code === 255 && /Host key verification failed|REMOTE HOST IDENTIFICATION HAS CHANGED|No .* host key is known/i.test(result.stderr)) {
      throw new HostKeyError(
        `the SSH host key of ${this.target.host}:${this.target.port} is not in the known hosts given by input 'ssh-known-hosts' (deploy.ssh.knownHosts) or does not match it; nothing was changed on ${this.target.label}. Add the server's key (ssh-keyscan -p ${this.target.port} ${this.target.host}, verified out of band) or, only for throwaway hosts, set deploy.ssh.insecureIgnoreHostKey`,
      );
    }
    return result;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    try {
      await runProgram('ssh', [...this.baseArgs.slice(0, -3), '-O', 'exit', '-p', String(this.target.port), `${this.target.user}@${this.target.host}`], { timeoutMs: 10_000 });
    } catch (err) {
      this.log.warning(`closing the SSH connection to ${this.target.label} failed: ${(err as Error).message}`);
    }
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** True while a process with this id exists on this machine (EPERM: it exists, owned by someone else). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes key folders left by SSH transports of processes that no longer exist (killed deploys). */
export function removeKeysOfDeadRuns(): void {
  let names: string[];
  try {
    names = readdirSync(tmpdir());
  } catch {
    return;
  }
  for (const name of names) {
    const m = /^bci-ssh-(\d+)-/.exec(name);
    if (m && Number(m[1]) !== process.pid && !processAlive(Number(m[1]))) {
      rmSync(path.join(tmpdir(), name), { recursive: true, force: true });
    }
  }
}

export function openTransport(target: Target, credentials: SshCredentials, log: Logger): Transport {
  if (target.kind === 'local') return new LocalTransport(target);
  return new SshTransport(target, credentials, log);
}

export interface ScriptPart {
  script: string;
  args: string[];
}

const PART_SEPARATOR = '__backend_ci_part_end__';

/**
 * Runs several snippets in one session, each in its own subshell with its own positional arguments, stopping
 * at the first that fails. Over SSH every session costs a round trip, so the bookkeeping that follows a step
 * (release metadata, audit lines, unlock) rides along with it. Returns each part's stdout.
 */
export async function runParts(transport: Transport, step: string, parts: ScriptPart[], options?: RunStepOptions): Promise<string[]> {
  const lines: string[] = [];
  const args: string[] = [];
  parts.forEach((part, i) => {
    lines.push(`part${i}() {\n${part.script}\n}`);
  });
  parts.forEach((part, i) => {
    lines.push(`( part${i} "\${@:${args.length + 1}:${part.args.length}}" )`, `echo ${PART_SEPARATOR}`);
    args.push(...part.args);
  });
  const result = await mustRun(transport, step, lines.join('\n'), args, options);
  const outputs = result.stdout.split(`${PART_SEPARATOR}\n`);
  return parts.map((_, i) => outputs[i] ?? '');
}
