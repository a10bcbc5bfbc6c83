// Picks the migration adapter from what the repository contains, and says why.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { CONTRACT_FILES } from '../../config/sections/configcheck.js';
import { findDrizzleConfig } from './adapters/drizzle.js';
import { KNEXFILES } from './adapters/knex.js';
import { findDataSource } from './adapters/typeorm.js';
import { findSequelize } from './adapters/sequelize.js';
import { findAlembicIni } from './adapters/alembic.js';

export type AdapterName = 'drizzle' | 'knex' | 'typeorm' | 'sequelize' | 'django' | 'alembic' | 'command' | 'none';

export interface Detection {
  adapter: AdapterName;
  reason: string;
}

export interface Subproject {
  /** Relative to the working directory, with / separators. */
  dir: string;
  /** "knex (knexfile.js)" when a migration tool was found there. */
  tool?: string;
  /** The env contract file found there. */
  contract?: string;
}

const SKIP_DIRS = new Set(['node_modules', 'dist', 'build', 'coverage', 'vendor', 'venv', '__pycache__']);
const CONTAINERS = new Set(['apps', 'packages', 'services', 'backend', 'server', 'api']);

/**
 * Subfolders (one level down, two under apps/, packages/, services/ ...) that hold a project a stage
 * could check, so "nothing found here" can say which working-directory to set.
 */
export function findSubprojects(cwd: string): Subproject[] {
  const out: Subproject[] = [];
  const visit = (rel: string, depth: number) => {
    let entries;
    try {
      entries = readdirSync(path.join(cwd, rel), { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (!e.isDirectory() || e.name.startsWith('.') || SKIP_DIRS.has(e.name)) continue;
      const sub = rel ? `${rel}/${e.name}` : e.name;
      const abs = path.join(cwd, sub);
      const found = detectAdapter(abs, 'auto', undefined);
      const contract = CONTRACT_FILES.find((f) => existsSync(path.join(abs, f)));
      if (found.adapter !== 'none' || contract)
        out.push({
          dir: sub,
          tool:
            found.adapter !== 'none'
              ? `${found.adapter} (${found.reason.replace(/^found (a TypeORM DataSource in )?/, '')})`
              : undefined,
          contract,
        });
      if (depth < 1 && (CONTAINERS.has(e.name) || found.adapter === 'none')) visit(sub, depth + 1);
    }
  };
  visit('', 0);
  return out.sort((a, b) => a.dir.localeCompare(b.dir)).slice(0, 10);
}

export function detectAdapter(cwd: string, configured: string, command: string | undefined): Detection {
  if (configured !== 'auto') return { adapter: configured as AdapterName, reason: `set by migrations.adapter` };
  if (command) return { adapter: 'command', reason: 'migrations.command is set' };
  const drizzle = findDrizzleConfig(cwd);
  if (drizzle) return { adapter: 'drizzle', reason: `found ${path.basename(drizzle)}` };
  const knexfile = KNEXFILES.find((f) => existsSync(path.join(cwd, f)));
  if (knexfile) return { adapter: 'knex', reason: `found ${knexfile}` };
  const dataSource = findDataSource(cwd);
  if (dataSource)
    return { adapter: 'typeorm', reason: `found a TypeORM DataSource in ${path.relative(cwd, dataSource)}` };
  const sequelize = findSequelize(cwd);
  if (sequelize) return { adapter: 'sequelize', reason: `found ${sequelize}` };
  if (existsSync(path.join(cwd, 'manage.py'))) return { adapter: 'django', reason: 'found manage.py' };
  const alembic = findAlembicIni(cwd);
  if (alembic) return { adapter: 'alembic', reason: `found ${alembic}` };
  const prisma = ['prisma/schema.prisma', 'schema.prisma'].find((f) => existsSync(path.join(cwd, f)));
  if (prisma)
    return {
      adapter: 'none',
      reason: `found ${prisma}, but Prisma is not supported yet: set migrations.command to a check that follows the exit-code contract`,
    };
  return { adapter: 'none', reason: `no drizzle.config.*, knexfile.*, TypeORM data source or manage.py in ${cwd}` };
}
