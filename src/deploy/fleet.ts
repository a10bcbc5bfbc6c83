// What every deploy command shares: the targets of deploy.targets, their transports, the release archive and
// the options the commands take. The engine (engine.ts) and the other commands (operations.ts) both build on
// it and never on each other.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Logger } from '../host/host.js';
import type { Settings } from '../config/config.js';
import { parseTarget, type Target } from '../config/target.js';
import { ConfigError } from '../pipeline/stage.js';
import { createArchive, validateArchive, type ArchiveEntry } from './archive.js';
import { openTransport, type Transport } from './transport.js';

export type DeploySettings = Settings['deploy'];

export interface OperationOptions {
  settings: DeploySettings;
  /** Folder deploy.source and deploy.archive are relative to. */
  cwd: string;
  log: Logger;
  sha?: string;
  runUrl?: string;
  /** Who started it, for the audit log (actor or user@host). */
  actor?: string;
  /** Opens the transport of a target; defaults to local or OpenSSH. */
  openTransport?: (target: Target) => Transport;
}

export function targetsOf(settings: DeploySettings): Target[] {
  if (settings.targets.length === 0)
    throw new ConfigError(
      "deploy.targets (input 'deploy-targets') is empty; expected at least one local:/path or ssh://user@host:port/path",
    );
  return settings.targets.map((t, i) => parseTarget(t.target, `deploy.targets[${i}]`));
}

export function healthUrlFor(settings: DeploySettings, index: number): string | undefined {
  return settings.targets[index]?.healthUrl ?? settings.health.url;
}

export function defaultTransportOpener(settings: DeploySettings, log: Logger): (target: Target) => Transport {
  let warned = false;
  return (target) => {
    if (target.kind === 'ssh' && settings.ssh.insecureIgnoreHostKey && !warned) {
      warned = true;
      log.warning(
        'deploy.ssh.insecureIgnoreHostKey is on: SSH host keys are NOT checked, so anyone who can intercept the connection can impersonate your servers and receive your release and database credentials',
      );
    }
    if (target.kind === 'ssh' && !settings.ssh.insecureIgnoreHostKey && !settings.ssh.knownHosts) {
      throw new ConfigError(
        `deploy target ${target.label} uses SSH but input 'ssh-known-hosts' (deploy.ssh.knownHosts) is empty; give the servers' host keys (ssh-keyscan output verified out of band)`,
      );
    }
    return openTransport(
      target,
      {
        privateKey: settings.ssh.privateKey,
        knownHosts: settings.ssh.knownHosts,
        insecureIgnoreHostKey: settings.ssh.insecureIgnoreHostKey,
      },
      log,
    );
  };
}

/** Packs (or reads) the release archive and checks every entry. */
export async function buildArchive(
  settings: DeploySettings,
  cwd: string,
): Promise<{ archive: Buffer; entries: ArchiveEntry[] }> {
  let archive: Buffer;
  if (settings.archive) {
    const file = path.resolve(cwd, settings.archive);
    try {
      archive = readFileSync(file);
    } catch (err) {
      throw new ConfigError(`deploy.archive (input 'deploy-archive'): cannot read ${file}: ${(err as Error).message}`);
    }
  } else {
    archive = await createArchive(path.resolve(cwd, settings.source), settings.exclude as string[]);
  }
  return { archive, entries: await validateArchive(archive) };
}

/** Migration files in the archive under deploy.migrationsDir, by name, sorted. */
export function migrationsIn(entries: ArchiveEntry[], dir: string): string[] {
  const prefix = `${dir.replace(/^\.\//, '').replace(/\/$/, '')}/`;
  return entries
    .filter((e) => e.type === 'file')
    .map((e) => e.name.replace(/^\.\//, ''))
    .filter((n) => n.startsWith(prefix) && !n.slice(prefix.length).includes('/'))
    .map((n) => n.slice(prefix.length))
    .sort();
}

/** Opens every transport, or none: a failure closes (and removes the key files of) those already open. */
export async function openAll(targets: Target[], open: (target: Target) => Transport): Promise<Transport[]> {
  const opened: Transport[] = [];
  try {
    for (const t of targets) opened.push(open(t));
    return opened;
  } catch (err) {
    await Promise.all(opened.map((t) => t.close()));
    throw err;
  }
}
