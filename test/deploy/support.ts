// Builds real deploy targets and releases of the tiny app (fixtures/tiny-app) for the deploy tests.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deploy as deploySection } from '../../src/config/sections/deploy.js';
import type { DeploySettings } from '../../src/deploy/engine.js';
import { freePort } from '../harness/sshd.js';
import { tempDir } from '../support/temp.js';

export const TINY_APP = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'tiny-app');
export const NODE = process.execPath;

export interface TestTarget {
  root: string;
  port: number;
  db: string;
  healthUrl: string;
}

const made: string[] = [];

/** A fresh deploy path with shared/.env (its own port) and shared/data/. */
export async function makeTarget(): Promise<TestTarget> {
  const root = tempDir('bci-target-');
  made.push(root);
  const port = await freePort();
  const db = path.join(root, 'shared', 'data', 'app.db');
  mkdirSync(path.dirname(db), { recursive: true });
  writeFileSync(path.join(root, 'shared', '.env'), `PORT=${port}\nDB_PATH=${db}\n`);
  return { root, port, db, healthUrl: `http://127.0.0.1:${port}/healthz` };
}

/** A copy of the tiny app, with failure markers and extra migrations. */
export function makeSource(
  options: { markers?: string[]; migrations?: Record<string, string>; files?: Record<string, string> } = {},
): string {
  const dir = tempDir('bci-source-');
  made.push(dir);
  cpSync(TINY_APP, dir, { recursive: true });
  for (const m of options.markers ?? []) writeFileSync(path.join(dir, m), 'x');
  for (const [name, sql] of Object.entries(options.migrations ?? {}))
    writeFileSync(path.join(dir, 'migrations', name), sql);
  for (const [name, text] of Object.entries(options.files ?? {})) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

/** Deploy settings for the tiny app: defaults from the schema, then the given changes. */
export function tinySettings(
  targets: { target: string; healthUrl?: string }[],
  changes: Partial<DeploySettings> = {},
): DeploySettings {
  const base = deploySection.fallback('deploy');
  return {
    ...base,
    targets,
    sharedPaths: ['.env'],
    migrate: `${NODE} migrate.mjs`,
    restart: `${NODE} supervise.mjs restart`,
    database: { kind: 'sqlite', path: 'shared/data/app.db', url: undefined },
    health: {
      ...base.health,
      bodyContains: '"release":"${RELEASE_ID}"',
      intervalMs: 100,
      retries: 20,
      timeoutSeconds: 2,
    },
    lock: { timeoutSeconds: 5, ttlMinutes: 30 },
    ...changes,
  };
}

export function sql(db: string, query: string): string {
  return execFileSync('sqlite3', [db, query], { encoding: 'utf8' }).trim();
}

export function currentRelease(root: string): string | undefined {
  const link = path.join(root, 'current');
  if (!existsSync(link)) return undefined;
  return path.basename(execFileSync('readlink', [link], { encoding: 'utf8' }).trim());
}

export function auditEvents(root: string): { event: string; release?: string; [k: string]: unknown }[] {
  const file = path.join(root, '.backend-ci', 'log.jsonl');
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { event: string });
}

export function releaseMeta(root: string, id: string): { outcome: string; reason?: string; migrations: string[] } {
  return JSON.parse(readFileSync(path.join(root, 'releases', id, '.release.json'), 'utf8')) as {
    outcome: string;
    migrations: string[];
  };
}

export async function servedRelease(target: TestTarget): Promise<string | undefined> {
  try {
    const r = await fetch(target.healthUrl, { signal: AbortSignal.timeout(2000) });
    return ((await r.json()) as { release: string }).release;
  } catch {
    return undefined;
  }
}

/** Stops the tiny app's supervisor on every target made so far and removes the temp folders. */
export function cleanupTargets(): void {
  for (const dir of made.splice(0)) {
    const pidFile = path.join(dir, 'shared', 'supervisor.pid');
    if (existsSync(pidFile)) {
      try {
        process.kill(Number(readFileSync(pidFile, 'utf8')), 'SIGTERM');
      } catch {
        /* already gone */
      }
    }
    rmSync(dir, { recursive: true, force: true });
  }
}

let counter = 0;
/** Distinct, increasing release ids within one test run. */
export function nextReleaseId(): string {
  counter++;
  const d = new Date(Date.UTC(2026, 0, 1, 0, 0, counter));
  return `${d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z')}-t${counter}`;
}
