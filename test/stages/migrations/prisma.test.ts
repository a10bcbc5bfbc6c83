// Prisma has no adapter yet (see the README, "Sequelize and Alembic"): a Prisma project must be told so,
// not shown a generic "no migration tool found".
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/config.js';
import { migrationsStage } from '../../../src/stages/migrations/stage.js';
import { RecordingHost } from '../../support/recording-host.js';

const dirs: string[] = [];
afterEach(() => {
  while (dirs.length) rmSync(dirs.pop()!, { recursive: true, force: true });
});

describe('a Prisma project', () => {
  it('is named as not supported, with the setting to use instead', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'backend-ci-prisma-'));
    dirs.push(dir);
    mkdirSync(path.join(dir, 'prisma'));
    writeFileSync(
      path.join(dir, 'prisma', 'schema.prisma'),
      'datasource db {\n  provider = "postgresql"\n  url      = env("DATABASE_URL")\n}\n',
    );
    const outcome = await migrationsStage.run({
      config: loadConfig({ workspace: dir, inputs: {} }),
      host: new RecordingHost({ workspace: dir }),
      previous: new Map(),
    });
    expect(outcome.status).toBe('skipped');
    expect(outcome.headline).toBe(
      'no migration tool found (found prisma/schema.prisma, but Prisma is not supported yet: set migrations.command to a check that follows the exit-code contract)',
    );
  });
});
