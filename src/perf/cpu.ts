// CPU the service under test uses during a stage, read from Linux's /proc: the user + system time of every
// process in the service's process group (the stage starts it in a group of its own, so a shell, npm and the
// node process under them all count). Reported as % of one core over the stage's wall time, as `top` does.
// Where /proc cannot be read (not Linux, another user's process) the meter says so and the number is absent.
import { readdirSync, readFileSync } from 'node:fs';
import type { Transport } from '../deploy/transport.js';
import { tail } from '../exec/run.js';
import type { Logger } from '../host/host.js';

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
  /** Starts a measurement; the function it resolves to ends it with the average CPU %, or undefined. */
  start(): Promise<() => Promise<number | undefined>>;
}

/** % of one core from two tick readings and the wall time between them. */
function percent(
  t0: number | undefined,
  t1: number | undefined,
  ticksPerSecond: number,
  seconds: number,
): number | undefined {
  if (t0 === undefined || t1 === undefined || seconds <= 0 || t1 < t0) return undefined;
  return Math.round(((t1 - t0) / ticksPerSecond / seconds) * 1000) / 10;
}

/** A meter for the process group led by `pgid` (the service the stage started). */
export function processGroupCpu(pgid: number, proc = '/proc'): CpuMeter {
  return {
    async start() {
      const t0 = groupTicks(pgid, proc);
      const started = process.hrtime.bigint();
      return async () =>
        percent(t0, groupTicks(pgid, proc), CLOCK_TICKS, Number(process.hrtime.bigint() - started) / 1e9);
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

/**
 * The same reading on a deploy target, through its transport (SSH): the process group of the pid in
 * `pidFile` there, with the target's own clock tick rate. The wall time is measured here, between the two
 * readings; an SSH round trip is milliseconds against stages of seconds.
 */
const REMOTE_TICKS_SCRIPT = `pid=$(cat "$1")
pgid=$(sed 's/.*) //' "/proc/$pid/stat" | cut -d' ' -f3)
total=0
for f in /proc/[0-9]*/stat; do
  read -r line < "$f" 2>/dev/null || continue
  set -- $(printf '%s' "\${line##*) }")
  [ "$3" = "$pgid" ] && total=$((total + \${12} + \${13}))
done
echo "$total $(getconf CLK_TCK)"
`;

export function remotePidFileCpu(transport: Transport, pidFile: string, log: Logger): CpuMeter {
  const read = async (): Promise<{ ticks: number; hz: number } | undefined> => {
    const r = await transport.run('read service CPU', REMOTE_TICKS_SCRIPT, [pidFile], { timeoutMs: 20_000 });
    const [ticks, hz] = r.stdout.trim().split(/\s+/).map(Number);
    if (r.code !== 0 || !Number.isFinite(ticks) || !hz) {
      log.warning(
        `service CPU not measured on ${transport.target.label}: cannot read ${pidFile} or /proc there (${tail(r.stderr || r.stdout, 2) || `exit ${r.code}`})`,
      );
      return undefined;
    }
    return { ticks: ticks!, hz: hz! };
  };
  return {
    async start() {
      const a = await read();
      const started = process.hrtime.bigint();
      return async () => {
        const seconds = Number(process.hrtime.bigint() - started) / 1e9;
        const b = a ? await read() : undefined;
        return percent(a?.ticks, b?.ticks, a?.hz ?? CLOCK_TICKS, seconds);
      };
    },
  };
}
