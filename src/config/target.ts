// Deploy targets: `local:/srv/app` or `ssh://user@host:port/srv/app`, parsed and validated.
import { ConfigError } from '../pipeline/stage.js';

export interface LocalTarget {
  kind: 'local';
  path: string;
  /** What the report shows for this host. */
  label: string;
}

export interface SshTarget {
  kind: 'ssh';
  user: string;
  host: string;
  port: number;
  path: string;
  label: string;
}

export type Target = LocalTarget | SshTarget;

/**
 * Paths on a target reach scripts as arguments, never as script text, but they also appear inside sqlite3
 * dot-commands and symlink targets; a conservative character set keeps every one of those unambiguous.
 */
export const SAFE_PATH = /^\/[A-Za-z0-9._@+\-/]*$/;
const SAFE_USER = /^[A-Za-z_][A-Za-z0-9._-]{0,31}$/;
const SAFE_HOST =
  /^([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$|^\[?[0-9A-Fa-f:.]+\]?$/;

function checkPath(p: string, where: string, text: string): string {
  if (!SAFE_PATH.test(p) || p.split('/').includes('..')) {
    throw new ConfigError(
      `${where}: deploy target '${text}' has path '${p}'; expected an absolute path of letters, digits and . _ @ + - / without '..'`,
    );
  }
  const trimmed = p.replace(/\/+$/, '');
  if (trimmed === '') throw new ConfigError(`${where}: deploy target '${text}' cannot deploy to '/'`);
  return trimmed;
}

export function parseTarget(text: string, where: string): Target {
  const expected = "expected 'local:/absolute/path' or 'ssh://user@host[:port]/absolute/path'";
  if (text.startsWith('local:')) {
    const p = checkPath(text.slice('local:'.length), where, text);
    return { kind: 'local', path: p, label: `local:${p}` };
  }
  if (text.startsWith('ssh://')) {
    const m = /^ssh:\/\/([^@/]+)@(\[[^\]]+\]|[^:/]+)(?::(\d+))?(\/.*)$/.exec(text);
    if (!m) throw new ConfigError(`${where}: invalid deploy target '${text}'; ${expected}`);
    const [, user, rawHost, portText, p] = m;
    if (!SAFE_USER.test(user!))
      throw new ConfigError(`${where}: deploy target '${text}' has an invalid user name '${user}'`);
    if (!SAFE_HOST.test(rawHost!))
      throw new ConfigError(`${where}: deploy target '${text}' has an invalid host '${rawHost}'`);
    const port = portText ? Number(portText) : 22;
    if (!Number.isInteger(port) || port < 1 || port > 65535) {
      throw new ConfigError(`${where}: deploy target '${text}' has port ${portText}; expected 1 to 65535`);
    }
    const host = rawHost!.replace(/^\[|\]$/g, '');
    const clean = checkPath(p!, where, text);
    return { kind: 'ssh', user: user!, host, port, path: clean, label: `${user}@${rawHost}:${port}${clean}` };
  }
  throw new ConfigError(`${where}: invalid deploy target '${text}'; ${expected}`);
}
