import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { detectAdapter } from '../../../src/stages/migrations/detect.js';
import { loadConfig } from '../../../src/config/config.js';
import { migrationsCommand, migrationsStage } from '../../../src/stages/migrations/stage.js';
import { RecordingHost } from '../../support/recording-host.js';
import { tempDir } from '../../support/temp.js';

const dirs: string[] = [];
afterEach(() => {
  while (dirs.length) rmSync(dirs.pop()!, { recursive: true, force: true });
});
function project(files: Record<string, string>): string {
  const dir = tempDir('backend-ci-detect-');
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

describe('detectAdapter', () => {
  it('picks the tool from the repository and says why', () => {
    expect(detectAdapter(project({ 'drizzle.config.ts': '' }), 'auto', undefined)).toEqual({
      adapter: 'drizzle',
      reason: 'found drizzle.config.ts',
    });
    expect(detectAdapter(project({ 'knexfile.js': '' }), 'auto', undefined)).toEqual({
      adapter: 'knex',
      reason: 'found knexfile.js',
    });
    expect(
      detectAdapter(project({ 'data-source.ts': 'export const ds = new DataSource({})' }), 'auto', undefined),
    ).toEqual({ adapter: 'typeorm', reason: 'found a TypeORM DataSource in data-source.ts' });
    expect(detectAdapter(project({ 'manage.py': '' }), 'auto', undefined)).toEqual({
      adapter: 'django',
      reason: 'found manage.py',
    });
    expect(detectAdapter(project({}), 'auto', 'make migrations-check').adapter).toBe('command');
  });

  it('does not take any data-source file for TypeORM', () => {
    expect(detectAdapter(project({ 'data-source.ts': 'export default {}' }), 'auto', undefined).adapter).toBe('none');
  });

  it('skips the stage when nothing is found, naming what it looked for', async () => {
    const dir = project({});
    const outcome = await migrationsStage.run({
      config: loadConfig({ workspace: dir, inputs: {} }),
      host: new RecordingHost({ workspace: dir }),
      previous: new Map(),
    });
    expect(outcome.status).toBe('skipped');
    expect(outcome.headline).toContain('no drizzle.config.*, knexfile.*, TypeORM data source or manage.py');
  });

  it('rejects an unknown lint rule in backend-ci.yml, naming the allowed ones', async () => {
    const dir = project({ 'knexfile.js': '', 'backend-ci.yml': 'migrations:\n  lint:\n    drop-colum: warning\n' });
    const run = migrationsStage.run({
      config: loadConfig({ workspace: dir, inputs: {} }),
      host: new RecordingHost({ workspace: dir }),
      previous: new Map(),
    });
    await expect(run).rejects.toThrow(/unknown rule 'drop-colum'; allowed: drop-table, table-rebuild, drop-column/);
  });

  it('from a monorepo root, lists the subfolders that have a tool and the working-directory to set', async () => {
    const dir = project({
      'package.json': '{}',
      'backend/knexfile.js': '',
      'services/billing/manage.py': '',
      'web/package.json': '{}',
    });
    const outcome = await migrationsStage.run({
      config: loadConfig({ workspace: dir, inputs: {} }),
      host: new RecordingHost({ workspace: dir }),
      previous: new Map(),
    });
    expect(outcome.status).toBe('skipped');
    expect(outcome.headline).toBe(
      'no migration tool in the working directory; backend/ has knex (knexfile.js), services/billing/ has django (manage.py): set working-directory: backend',
    );
    const host = new RecordingHost({ workspace: dir });
    expect(await migrationsCommand(loadConfig({ workspace: dir, inputs: {} }), host)).toBe(0);
    expect(host.logText).toContain('set working-directory: backend (exit 0: nothing checked)');
  });
});
