// How deploy steps reach a target. Both transports run the very same bash snippets (src/deploy/scripts.ts)
// with `set -euo pipefail`: locally with `bash -c script -- args`, remotely with OpenSSH running
// `bash -c 'script' backend-ci 'arg'...`. Values travel as positional arguments, quoted with shellQuote for
// the remote login shell, never pasted into script text, and local and SSH behave the same by construction.
import { spawn, type ChildProcess } from 'node:child_process';
import { accessSync, constants, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runProgram, tail, type RunResult } from '../exec/run.js';
import type { Logger } from '../host/host.js';
import { shellQuote } from './quote.js';
import { STEP_SUPERVISOR } from './scripts.js';
import type { SshTarget, Target } from '../config/target.js';

export interface RunStepOptions {
  /** Bytes for the script's stdin (the release archive, or secrets that must not appear in argv). */
  input?: Buffer | string;
  timeoutMs?: number;
  /** Release id whose journal (.backend-ci/journal/<id>.jsonl on the target) records this step's intent and result. */
  journal?: string;
}

export interface Transport {
  readonly target: Target;
  /** Runs a bash snippet on the target with positional arguments. Never throws for a non-zero exit. */
  run(step: string, script: string, args: string[], options?: RunStepOptions): Promise<RunResult>;
  /** Releases connections and removes temporary key files. Warns, never throws. */
  close(): Promise<void>;
  /** Sessions opened on the target so far (each step is one; over SSH each costs a round trip). */
  readonly sessions: number;
}

/** The arguments of STEP_SUPERVISOR for one step: root, journal release, step name, script, arguments. */
function supervised(target: Target, step: string, script: string, args: string[], options: RunStepOptions): string[] {
  // The step name lands in the journal's JSON text: keep it to characters that need no escaping.
  const name = step.replace(/[^A-Za-z0-9 ._-]/g, '-');
  return [target.path, options.journal ?? '', name, SCRIPT_PRELUDE + script, ...args];
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
export async function mustRun(
  transport: Transport,
  step: string,
  script: string,
  args: string[],
  options?: RunStepOptions,
): Promise<RunResult> {
  const result = await transport.run(step, script, args, options);
  if (result.code !== 0) throw new StepFailedError(step, transport.target.label, result);
  return result;
}

export class LocalTransport implements Transport {
  sessions = 0;
  constructor(readonly target: Target) {}

  run(step: string, script: string, args: string[], options: RunStepOptions = {}): Promise<RunResult> {
    this.sessions++;
    // runProgram's detached spawn gives the supervisor its own process group; the supervisor kills that group
    // when this process is gone (see STEP_SUPERVISOR), and a timeout kills the same group from here.
    return runProgram(
      'bash',
      ['-c', STEP_SUPERVISOR, 'backend-ci', ...supervised(this.target, step, script, args, options)],
      {
        input: options.input,
        timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      },
    );
  }

  async close(): Promise<void> {}
}

let setprivPath: string | null | undefined;
/**
 * util-linux's setpriv, which sets PR_SET_PDEATHSIG before it execs ssh: the kernel then kills the ssh client
 * (and the connection master) the instant this process dies, however it dies. Looked up once.
 */
function setpriv(): string | undefined {
  if (setprivPath === undefined) {
    setprivPath = null;
    for (const dir of (process.env.PATH ?? '/usr/bin:/bin').split(':').concat(['/usr/bin', '/bin'])) {
      try {
        accessSync(path.join(dir, 'setpriv'), constants.X_OK);
        setprivPath = path.join(dir, 'setpriv');
        break;
      } catch {
        /* not here */
      }
    }
  }
  return setprivPath ?? undefined;
}

/** `ssh args...`, tied to this process's life through setpriv when it is there. */
function sshCommand(args: string[]): { command: string; args: string[] } {
  const sp = setpriv();
  return sp ? { command: sp, args: ['--pdeathsig', 'KILL', '--', 'ssh', ...args] } : { command: 'ssh', args };
}

export interface SshCredentials {
  /** OpenSSH private key text. Written 0600 to a temporary folder for the run and removed by close(). */
  privateKey?: string;
  /** known_hosts lines the server's key is checked against. */
  knownHosts?: string;
  /** Skip the host key check (loudly warned). */
  insecureIgnoreHostKey?: boolean;
  /**
   * false: every session opens its own connection (and the key stays on disk until close). Only the deploy
   * benchmark turns sharing off, to measure what sharing saves.
   */
  shareConnection?: boolean;
}

export class SshTransport implements Transport {
  private readonly dir: string;
  private readonly options: string[];
  private readonly destination: string[];
  private readonly socket: string;
  private master?: ChildProcess;
  private ready?: Promise<RunResult | undefined>;
  private closed = false;
  private readonly share: boolean;
  sessions = 0;

  constructor(
    readonly target: SshTarget,
    credentials: SshCredentials,
    private readonly log: Logger,
  ) {
    removeKeysOfDeadRuns();
    // Short path: the ControlPath socket name must fit in a Unix socket address. The pid in the name lets a
    // later run remove the folder of a run that was killed before it could.
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
      args.push(
        '-o',
        'StrictHostKeyChecking=yes',
        '-o',
        `UserKnownHostsFile=${knownHostsFile}`,
        '-o',
        'GlobalKnownHostsFile=/dev/null',
      );
    }
    this.socket = path.join(this.dir, 'cm');
    this.share = credentials.shareConnection !== false;
    this.options = args;
    this.destination = ['-p', String(target.port), `${target.user}@${target.host}`];
  }

  /**
   * One TCP connection and one authentication for all the steps of a deploy, held by a master that this
   * process started in the foreground (no ControlPersist: nothing outlives the deployer) under setpriv's
   * pdeathsig. Once the master is up, the key file is removed: sessions ride on the master and never read it,
   * so the key is on disk only for the seconds of the handshake, whatever happens to this run afterwards.
   */
  private connect(): Promise<RunResult | undefined> {
    this.ready ??= new Promise((resolve) => {
      const cmd = sshCommand([
        ...this.options,
        '-o',
        'ControlMaster=yes',
        '-o',
        `ControlPath=${this.socket}`,
        '-o',
        'ControlPersist=no',
        '-N',
        ...this.destination,
      ]);
      const started = Date.now();
      let stderr = '';
      const master = spawn(cmd.command, cmd.args, { stdio: ['ignore', 'ignore', 'pipe'] });
      this.master = master;
      master.stderr!.setEncoding('utf8').on('data', (c: string) => (stderr = (stderr + c).slice(-8000)));
      let settled = false;
      const finish = (value: RunResult | undefined) => {
        if (settled) return;
        settled = true;
        clearInterval(poll);
        // Sessions need only the socket: the key and known_hosts go now.
        rmSync(path.join(this.dir, 'key'), { force: true });
        rmSync(path.join(this.dir, 'known_hosts'), { force: true });
        resolve(value);
      };
      master.on('exit', (code, signal) =>
        finish({
          command: 'ssh',
          args: [],
          code: code ?? 255,
          signal,
          stdout: '',
          stderr,
          timedOut: false,
          durationMs: Date.now() - started,
        }),
      );
      master.on('error', (err) =>
        finish({
          command: 'ssh',
          args: [],
          code: 255,
          signal: null,
          stdout: '',
          stderr: err.message,
          timedOut: false,
          durationMs: Date.now() - started,
        }),
      );
      const poll = setInterval(() => {
        try {
          accessSync(this.socket);
          // The socket appears once authentication succeeded and the master listens.
          finish(undefined);
        } catch {
          /* not yet */
        }
      }, 25);
    });
    return this.ready;
  }

  async run(step: string, script: string, args: string[], options: RunStepOptions = {}): Promise<RunResult> {
    if (this.closed) throw new Error(`SSH transport to ${this.target.label} is closed`);
    const failed = this.share ? await this.connect() : undefined;
    const result = failed ?? (await this.session(step, script, args, options));
    if (
      result.code === 255 &&
      /Host key verification failed|REMOTE HOST IDENTIFICATION HAS CHANGED|No .* host key is known/i.test(result.stderr)
    ) {
      throw new HostKeyError(
        `the SSH host key of ${this.target.host}:${this.target.port} is not in the known hosts given by input 'ssh-known-hosts' (deploy.ssh.knownHosts) or does not match it; nothing was changed on ${this.target.label}. Add the server's key (ssh-keyscan -p ${this.target.port} ${this.target.host}, verified out of band) or, only for throwaway hosts, set deploy.ssh.insecureIgnoreHostKey`,
      );
    }
    return result;
  }

  private session(step: string, script: string, args: string[], options: RunStepOptions): Promise<RunResult> {
    this.sessions++;
    // `exec`, so the supervisor's parent is the sshd session itself and it notices when the connection drops.
    const remote = [
      'exec',
      'bash',
      '-c',
      shellQuote(STEP_SUPERVISOR),
      'backend-ci',
      ...supervised(this.target, step, script, args, options).map(shellQuote),
    ].join(' ');
    // ControlMaster=no: a session never becomes a master of its own; if the master is gone it fails (the key
    // file is gone too) instead of opening a connection that nothing would close.
    const mux = this.share
      ? ['-o', 'ControlMaster=no', '-o', `ControlPath=${this.socket}`]
      : ['-o', 'ControlMaster=no', '-o', 'ControlPath=none'];
    const cmd = sshCommand([...this.options, ...mux, ...this.destination, '--', remote]);
    return runProgram(cmd.command, cmd.args, {
      input: options.input,
      timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    });
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    const master = this.master;
    if (master && master.exitCode === null && master.signalCode === null) {
      const exited = new Promise((r) => master.once('exit', r));
      master.kill('SIGTERM');
      const timer = setTimeout(() => master.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    }
    master?.stderr?.destroy();
    try {
      rmSync(this.dir, { recursive: true, force: true });
    } catch (err) {
      this.log.warning(`removing ${this.dir} failed: ${(err as Error).message}`);
    }
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
export async function runParts(
  transport: Transport,
  step: string,
  parts: ScriptPart[],
  options?: RunStepOptions,
): Promise<string[]> {
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
