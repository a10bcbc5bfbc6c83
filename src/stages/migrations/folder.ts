// The folder of migration files the detected tool uses, relative to the working directory, for settings
// that default to it (deploy.migrationsDir). Read from the tool's config file without running anything,
// because settings are loaded before any stage runs.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { findDrizzleConfig, readConfigFacts } from './adapters/drizzle.js';
import { findKnexfile } from './adapters/knex.js';
import { findDataSource, migrationsGlobDir } from './adapters/typeorm.js';
import { detectAdapter } from './detect.js';

export function toolMigrationsFolder(cwd: string, adapter: string, directory: string | undefined): string | undefined {
  const detected = detectAdapter(cwd, adapter, undefined).adapter;
  let folder: string | undefined;
  if (directory) folder = directory;
  else if (detected === 'drizzle') {
    const file = findDrizzleConfig(cwd);
    folder = file ? (readConfigFacts(file).out ?? 'drizzle') : undefined;
  } else if (detected === 'knex') {
    const file = findKnexfile(cwd);
    // The first directory literal; knex's own default otherwise.
    folder = file
      ? (/\bdirectory["']?\s*:\s*\[?\s*["'`]([^"'`]+)["'`]/.exec(readFileSync(file, 'utf8'))?.[1] ?? 'migrations')
      : undefined;
    if (file && folder) folder = path.relative(cwd, path.resolve(path.dirname(file), folder));
  } else if (detected === 'typeorm') {
    const file = findDataSource(cwd);
    const dir = file ? migrationsGlobDir(file, cwd) : undefined;
    folder = dir ? path.relative(cwd, dir) : undefined;
  }
  if (!folder) return undefined;
  const normal = path.normalize(folder).split(path.sep).join('/').replace(/^\.\//, '').replace(/\/$/, '');
  // Only a folder inside the working directory can be in the release.
  return normal && normal !== '.' && !normal.startsWith('..') && !path.isAbsolute(normal) ? normal : undefined;
}
