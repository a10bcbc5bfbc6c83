// The per-target deploy lock: an atomic mkdir of .backend-ci/lock with an owner.json saying who holds it.
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { Logger } from '../host/host.js';
import { LOCK_ACQUIRE, LOCK_FORCE_REMOVE, LOCK_RELEASE, LOCK_TAKEOVER } from './scripts.js';
import { mustRun, processAlive, runParts, type ScriptPart, type Transport } from './transport.js';
import { audit } from './layout.js';

export interface LockOwner {
  token: string;
  runUrl?: string;
  sha?: string;
  host: string;
  pid: number;
  time: string;
  ttlMinutes: number;
  purpose: string;
}

/** A step process recorded under .backend-ci/steps that is still running on the target. */
export interface LiveStep {
  /** Its process group (or pid) on the target. */
  pid: number;
  step: string;
  release?: string;
}

/** Splits what the lock scripts print after the age: the owner.json line, then STEP lines. */
export function parseHeld(lines: string[]): { ownerText: string; steps: LiveStep[] } {
  const steps: LiveStep[] = [];
  const owner: string[] = [];
  for (const line of lines) {
    if (line.startsWith('STEP\t')) {
      const [, pid, step, release] = line.split('\t');
      steps.push({ pid: Number(pid), step: step ?? '?', ...(release ? { release } : {}) });
    } else owner.push(line);
  }
  return { ownerText: owner.join('\n').trim(), steps };
}

export function describeSteps(steps: LiveStep[]): string {
  return steps.map((s) => `'${s.step}'${s.release ? ` of ${s.release}` : ''} (process group ${s.pid})`).join(', ');
}

export class LockTimeoutError extends Error {
  override name = 'LockTimeoutError';
  constructor(
    readonly target: string,
    readonly owner: Partial<LockOwner> | undefined,
    waitedSeconds: number,
  ) {
    super(
      `${target} is locked by another deploy${owner ? ` (${describeOwner(owner)})` : ''}; waited ${waitedSeconds}s (deploy.lock.timeoutSeconds). If that deploy is gone, run 'backend-ci unlock --force'`,
    );
  }
}

export function describeOwner(owner: Partial<LockOwner>): string {
  const parts = [
    owner.purpose,
    owner.sha ? `sha ${owner.sha.slice(0, 7)}` : undefined,
    owner.host ? `host ${owner.host} pid ${owner.pid}` : undefined,
    owner.time ? `since ${owner.time}` : undefined,
    owner.runUrl,
  ];
  return parts.filter(Boolean).join(', ');
}

export interface LockOptions {
  timeoutSeconds: number;
  ttlMinutes: number;
  runUrl?: string;
  sha?: string;
  purpose: string;
  /** Polling interval while waiting; tests shorten it. */
  pollMs?: number;
}

function parseOwner(text: string): Partial<LockOwner> | undefined {
  try {
    const value = text ? (JSON.parse(text) as unknown) : undefined;
    return value && typeof value === 'object' ? (value as Partial<LockOwner>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Stale when its time-to-live has passed and its owner is gone. Whether the owner is gone can only be known
 * when it ran on this machine (its pid is checked); an owner elsewhere counts as gone once the ttl passed.
 * A lock from this machine whose process is dead is stale at once: nobody can be holding it, unless a step
 * process of a run is still alive on the target (the lock scripts list them), which keeps any lock live.
 */
export function isStale(
  owner: Partial<LockOwner> | undefined,
  ageSeconds: number,
  now = Date.now(),
  steps: LiveStep[] = [],
): { stale: boolean; why: string } {
  // A step that outlived its run (its supervisor was killed too) may still be migrating: never stale then.
  if (steps.length > 0) return { stale: false, why: `step ${describeSteps(steps)} is still running on the target` };
  if (!owner || !owner.time) {
    // mkdir succeeded but owner.json never appeared: its writer died within the first instant.
    return ageSeconds > 60
      ? { stale: true, why: `lock without owner.json, ${ageSeconds}s old` }
      : { stale: false, why: '' };
  }
  const expired = now - Date.parse(owner.time) > (owner.ttlMinutes ?? 0) * 60_000;
  const local = owner.host === hostname() && typeof owner.pid === 'number';
  if (local && !processAlive(owner.pid!))
    return { stale: true, why: `owner process ${owner.pid} on ${owner.host} is gone` };
  if (!local && expired)
    return {
      stale: true,
      why: `ttl of ${owner.ttlMinutes} min passed and the owner runs on another machine (${owner.host})`,
    };
  return { stale: false, why: '' };
}

export class TargetLock {
  private constructor(
    readonly transport: Transport,
    readonly owner: LockOwner,
    /** What `also` printed, in the session that took the lock. */
    readonly alsoOutput = '',
  ) {}

  /** `also` runs in the same session right after each attempt (e.g. reading the state): one round trip saved. */
  static async acquire(
    transport: Transport,
    options: LockOptions,
    log: Logger,
    also?: ScriptPart,
  ): Promise<TargetLock> {
    const owner: LockOwner = {
      token: randomBytes(12).toString('hex'),
      ...(options.runUrl ? { runUrl: options.runUrl } : {}),
      ...(options.sha ? { sha: options.sha } : {}),
      host: hostname(),
      pid: process.pid,
      time: new Date().toISOString(),
      ttlMinutes: options.ttlMinutes,
      purpose: options.purpose,
    };
    const started = Date.now();
    const root = transport.target.path;
    let announced = false;
    for (;;) {
      const [out, alsoOut] = also
        ? await runParts(transport, 'lock', [{ script: LOCK_ACQUIRE, args: [root, JSON.stringify(owner)] }, also])
        : [(await mustRun(transport, 'lock', LOCK_ACQUIRE, [root, JSON.stringify(owner)])).stdout];
      const lines = out!.split('\n');
      if (lines[0] === 'ACQUIRED') return new TargetLock(transport, owner, alsoOut ?? '');
      const age = Number(lines[1] ?? 0);
      const { ownerText, steps } = parseHeld(lines.slice(2));
      const held = parseOwner(ownerText);
      const verdict = isStale(held, age, Date.now(), steps);
      if (verdict.stale) {
        const taken = await transport.run('lock takeover', LOCK_TAKEOVER, [root, ownerText]);
        if (taken.code === 0) {
          log.warning(
            `took over a stale deploy lock on ${transport.target.label}: ${verdict.why}${held ? ` (was: ${describeOwner(held)})` : ''}`,
          );
          await audit(
            transport,
            { event: 'lock-takeover', why: verdict.why, previousOwner: held ?? null, by: owner },
            log.warning,
          );
          continue;
        }
        // Someone else changed the lock meanwhile: wait like for any held lock.
      }
      const waited = (Date.now() - started) / 1000;
      if (waited >= options.timeoutSeconds)
        throw new LockTimeoutError(transport.target.label, held, Math.round(waited));
      if (!announced) {
        log.info(
          `waiting for the deploy lock on ${transport.target.label}, held by ${held ? describeOwner(held) : 'an unknown owner'}${steps.length ? `; still running there: ${describeSteps(steps)}` : ''}`,
        );
        announced = true;
      }
      await new Promise((r) => setTimeout(r, options.pollMs ?? 1000));
    }
  }

  /** Releases the lock if we still own it. Warns, never throws: an unlock failure must not hide the deploy's result. */
  async release(log: Logger): Promise<void> {
    try {
      const r = await mustRun(this.transport, 'unlock', LOCK_RELEASE, [this.transport.target.path, this.owner.token]);
      if (r.stdout.trim() !== 'RELEASED')
        log.warning(
          `the deploy lock on ${this.transport.target.label} was no longer ours when releasing it (taken over as stale?)`,
        );
    } catch (err) {
      log.warning(`could not release the deploy lock on ${this.transport.target.label}: ${(err as Error).message}`);
    }
  }
}

/** `backend-ci unlock --force`: removes the lock whoever holds it, and records who did. */
export async function forceUnlock(
  transport: Transport,
  log: Logger,
  by: string,
): Promise<Partial<LockOwner> | undefined> {
  const r = await mustRun(transport, 'force unlock', LOCK_FORCE_REMOVE, [transport.target.path]);
  let previous: Partial<LockOwner> | undefined;
  try {
    previous = r.stdout.trim() ? (JSON.parse(r.stdout) as Partial<LockOwner>) : undefined;
  } catch {
    previous = undefined;
  }
  log.warning(
    `forced the deploy lock off ${transport.target.label}${previous ? `; it was held by ${describeOwner(previous)}` : ' (it was not held)'}`,
  );
  await audit(transport, { event: 'unlock-forced', previousOwner: previous ?? null, by }, log.warning);
  return previous;
}
