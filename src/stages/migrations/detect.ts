// Picks the migration adapter from what the repository contains, and says why.
import { existsSync } from 'node:fs';
import path from 'node:path';
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

export function detectAdapter(cwd: string, configured: string, command: string | undefined): Detection {
  if (configured !== 'auto') return { adapter: configured as AdapterName, reason: `set by migrations.adapter` };
  if (command) return { adapter: 'command', reason: 'migrations.command is set' };
  const drizzle = findDrizzleConfig(cwd);
  if (drizzle) return { adapter: 'drizzle', reason: `found ${path.basename(drizzle)}` };
  const knexfile = KNEXFILES.find((f) => existsSync(path.join(cwd, f)));
  if (knexfile) return { adapter: 'knex', reason: `found ${knexfile}` };
  const dataSource = findDataSource(cwd);
  if (dataSource) return { adapter: 'typeorm', reason: `found a TypeORM DataSource in ${path.relative(cwd, dataSource)}` };
  const sequelize = findSequelize(cwd);
  if (sequelize) return { adapter: 'sequelize', reason: `found ${sequelize}` };
  if (existsSync(path.join(cwd, 'manage.py'))) return { adapter: 'django', reason: 'found manage.py' };
  const alembic = findAlembicIni(cwd);
  if (alembic) return { adapter: 'alembic', reason: `found ${alembic}` };
  const prisma = ['prisma/schema.prisma', 'schema.prisma'].find((f) => existsSync(path.join(cwd, f)));
  if (prisma) return { adapter: 'none', reason: `found ${prisma}, but Prisma is not supported yet: set migrations.command to a check that follows the exit-code contract` };
  return { adapter: 'none', reason: `no drizzle.config.*, knexfile.*, TypeORM data source or manage.py in ${cwd}` };
}
