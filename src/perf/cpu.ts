// CPU the service under test uses during a stage, read from Linux's /proc: the user + system time of every
// process in the service's process group (the stage starts it in a group of its own, so a shell, npm and the
// node process under them all count). Reported as % of one core over the stage's wall time, as `top` does.
// Where /proc cannot be read (not Linux, another user's process) the meter says so and the number is absent.
import { readdirSync, readFileSync } from 'node:fs';

/** Kernel clock ticks per second for /proc times; 100 on every Linux architecture's default configuration. */
const CLOCK_TICKS = 100;

/** utime + stime, in ticks, from the text of /proc/<pid>/stat (the name in parentheses may hold spaces). */
export function statTicks(stat: string): { pgid: number; ticks: number } | undefined {
  const end = stat.lastIndexOf(')');
  if (end < 0) return undefined;
  // After ") ": state ppid pgrp session tty_nr tpgid flags minflt cminflt majflt cmajflt utime stime ...
  const f = stat.slice(end + 2).split(' ');
  const pgid = Number(f[2]);
  const ticks = Number(f[11]) + Number(f[12]);
  return Number.isFinite(pgid) && Number.isFinite(ticks) ? { pgid, ticks } : undefined;
}

/** Total CPU ticks of the processes in group `pgid`, or undefined when /proc is not readable. */
export function groupTicks(pgid: number, proc = '/proc'): number | undefined {
  let names: string[];
  try {
    names = readdirSync(proc);
  } catch {
    return undefined;
  }
  let total = 0;
  let found = false;
  for (const name of names) {
    if (!/^\d+$/.test(name)) continue;
    let text: string;
    try {
      text = readFileSync(`${proc}/${name}/stat`, 'utf8');
    } catch {
      continue; // exited while we looked
    }
    const s = statTicks(text);
    if (s && s.pgid === pgid) {
      total += s.ticks;
      found = true;
    }
  }
  return found ? total : undefined;
}

export interface CpuMeter {
  /** Starts a measurement; the function it returns ends it with the average CPU %, or undefined. */
  start(): () => number | undefined;
}

/** A meter for the process group led by `pgid` (the service the stage started). */
export function processGroupCpu(pgid: number, proc = '/proc'): CpuMeter {
  return {
    start() {
      const t0 = groupTicks(pgid, proc);
      const started = process.hrtime.bigint();
      return () => {
        const t1 = groupTicks(pgid, proc);
        const seconds = Number(process.hrtime.bigint() - started) / 1e9;
        if (t0 === undefined || t1 === undefined || seconds <= 0) return undefined;
        return Math.round(((t1 - t0) / CLOCK_TICKS / seconds) * 1000) / 10;
      };
    },
  };
}

/**
 * A meter for a service this stage did not start but whose pid file it can read (a local deploy's
 * run/forum.pid, say): the process group of that pid. Undefined, with the reason, when the file or the
 * process is not there, so the summary says "n/a" instead of a made-up number.
 */
export function pidFileCpu(pidFile: string, proc = '/proc'): { meter?: CpuMeter; reason?: string } {
  let pid: number;
  try {
    pid = Number(readFileSync(pidFile, 'utf8').trim());
  } catch (err) {
    return { reason: `cannot read ${pidFile}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}` };
  }
  if (!Number.isInteger(pid) || pid <= 0) return { reason: `${pidFile} does not hold a process id` };
  let stat: string;
  try {
    stat = readFileSync(`${proc}/${pid}/stat`, 'utf8');
  } catch {
    return { reason: `process ${pid} (from ${pidFile}) is not running here` };
  }
  const s = statTicks(stat);
  return s ? { meter: processGroupCpu(s.pgid, proc) } : { reason: `cannot read ${proc}/${pid}/stat` };
}
