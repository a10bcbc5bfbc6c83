// Test projects: a fixture under test/fixtures/migrations/<tool> copied to a temp folder (its installed
// node_modules linked, not copied), so a test can edit models and migrations freely.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig, type Config } from '../../../src/config/config.js';
import { toolMigrationsFolder } from '../../../src/stages/migrations/folder.js';
import type { RunContext } from '../../../src/host/host.js';
import { RecordingHost } from '../../support/recording-host.js';
import { tempDir } from '../../support/temp.js';

export const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/migrations');
/** Debian's interpreter, which has Django; the first python3 on PATH may not. */
export const DJANGO_PYTHON = '/usr/bin/python3';

export interface Project {
  dir: string;
  path(file: string): string;
  read(file: string): string;
  write(file: string, text: string): void;
  edit(file: string, from: string | RegExp, to: string): void;
  run(command: string, args: string[], env?: NodeJS.ProcessEnv): string;
  /** Commits everything, for tests that compare with a base branch. Returns the commit sha. */
  commit(message: string): string;
  config(inputs?: Record<string, string>): Config;
  host(context?: Partial<RunContext>): RecordingHost;
  remove(): void;
}

export function copyFixture(tool: string): Project {
  const source = path.join(FIXTURES, tool);
  const dir = tempDir(`backend-ci-${tool}-`);
  cpSync(source, dir, {
    recursive: true,
    filter: (src) => !/node_modules|__pycache__|\.sqlite3$|^kits\b/.test(path.relative(source, src)),
  });
  if (existsSync(path.join(source, 'node_modules')))
    symlinkSync(path.join(source, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  const project: Project = {
    dir,
    path: (file) => path.join(dir, file),
    read: (file) => readFileSync(path.join(dir, file), 'utf8'),
    write: (file, text) => writeFileSync(path.join(dir, file), text),
    edit(file, from, to) {
      const before = project.read(file);
      const after = before.replace(from, to);
      if (after === before) throw new Error(`test setup: ${String(from)} not found in ${file}`);
      project.write(file, after);
    },
    run: (command, args, env) =>
      execFileSync(command, args, {
        cwd: dir,
        env: { ...process.env, ...env },
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      }),
    commit(message) {
      if (!existsSync(path.join(dir, '.git'))) {
        project.run('git', ['init', '-q', '-b', 'main']);
      }
      project.run('git', ['add', '-A']);
      project.run('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', 'commit', '-q', '-m', message]);
      return project.run('git', ['rev-parse', 'HEAD']).trim();
    },
    config: (inputs = {}) => loadConfig({ workspace: dir, inputs, migrationsFolder: toolMigrationsFolder }),
    host: (context = {}) => new RecordingHost({ workspace: dir, ...context }),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
  return project;
}

/** A scratch PostgreSQL database on the local server (trust auth), dropped by the returned function. */
export function createPostgresDatabase(prefix: string): { url: string; drop: () => void } {
  const name = `${prefix}_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = ['-h', '127.0.0.1', '-p', '5432', '-U', 'postgres'];
  execFileSync('createdb', [...admin, name]);
  return {
    url: `postgres://postgres@127.0.0.1:5432/${name}`,
    drop: () => execFileSync('dropdb', [...admin, '--if-exists', '--force', name]),
  };
}
