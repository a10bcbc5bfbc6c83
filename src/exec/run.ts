// Runs programs with argument arrays (never a shell string built from values), captures output, bounds time.
import { spawn } from 'node:child_process';

export interface RunOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Kill the process (and its group) after this many milliseconds. */
  timeoutMs?: number;
  input?: string | Buffer;
  /** Called with each chunk of stdout/stderr as it arrives (for live logs). */
  onStdout?: (chunk: string) => void;
  onStderr?: (chunk: string) => void;
  /** Keep at most this many bytes of each stream (the tail). Default 4 MiB. */
  maxBuffer?: number;
}

export interface RunResult {
  command: string;
  args: string[];
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  durationMs: number;
}

export class ProgramNotFoundError extends Error {
  override name = 'ProgramNotFoundError';
  constructor(
    readonly program: string,
    hint?: string,
  ) {
    super(`'${program}' was not found on PATH${hint ? `: ${hint}` : ''}`);
  }
}

function keepTail(buffer: string, chunk: string, max: number): string {
  const joined = buffer + chunk;
  return joined.length > max ? joined.slice(joined.length - max) : joined;
}

/** Runs `command args...` without a shell. Never throws for a non-zero exit: callers read `code`. */
export function runProgram(command: string, args: string[], options: RunOptions = {}): Promise<RunResult> {
  const started = Date.now();
  const max = options.maxBuffer ?? 4 * 1024 * 1024;
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
      detached: process.platform !== 'win32',
    });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    let timer: NodeJS.Timeout | undefined;
    if (options.timeoutMs) {
      timer = setTimeout(() => {
        timedOut = true;
        killTree(child.pid);
      }, options.timeoutMs);
    }
    child.stdout!.setEncoding('utf8').on('data', (c: string) => {
      stdout = keepTail(stdout, c, max);
      options.onStdout?.(c);
    });
    child.stderr!.setEncoding('utf8').on('data', (c: string) => {
      stderr = keepTail(stderr, c, max);
      options.onStderr?.(c);
    });
    if (options.input !== undefined) child.stdin!.end(options.input);
    child.on('error', (err: NodeJS.ErrnoException) => {
      if (timer) clearTimeout(timer);
      if (err.code === 'ENOENT') reject(new ProgramNotFoundError(command));
      else reject(err);
    });
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer);
      resolve({ command, args, code, signal, stdout, stderr, timedOut, durationMs: Date.now() - started });
    });
  });
}

/** Kills a detached child and everything it started. */
export function killTree(pid: number | undefined, signal: NodeJS.Signals = 'SIGKILL'): void {
  if (!pid) return;
  try {
    process.kill(-pid, signal);
  } catch {
    try {
      process.kill(pid, signal);
    } catch {
      /* already gone */
    }
  }
}

/** The last `lines` lines of a program's output, for error messages. */
export function tail(text: string, lines = 20): string {
  return text.trimEnd().split('\n').slice(-lines).join('\n');
}
