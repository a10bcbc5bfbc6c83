import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/config.js';
import { toolMigrationsFolder } from '../../../src/stages/migrations/folder.js';
import { copyFixture, type Project } from './project.js';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});
function fixture(tool: string): Project {
  const p = copyFixture(tool);
  cleanups.push(() => p.remove());
  return p;
}

const FORUM = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/forum-api');

describe("deploy.migrationsDir defaults to the migration tool's folder", () => {
  it("is drizzle's out folder on the forum fixture, so deploy --plan sees its migrations", () => {
    expect(
      loadConfig({ workspace: FORUM, inputs: {}, migrationsFolder: toolMigrationsFolder }).deploy.migrationsDir,
    ).toBe('drizzle');
  });

  it("is the knexfile's migrations.directory and the TypeORM data source's migrations folder", () => {
    expect(fixture('knex').config().deploy.migrationsDir).toBe('db/migrations');
    expect(fixture('typeorm').config().deploy.migrationsDir).toBe('migrations');
  });

  it('follows migrations-directory, and backend-ci.yml still wins', () => {
    const p = fixture('knex');
    expect(p.config({ 'migrations-directory': 'sql/' }).deploy.migrationsDir).toBe('sql');
    p.write('backend-ci.yml', 'deploy:\n  migrationsDir: releases/migrations\n');
    expect(p.config().deploy.migrationsDir).toBe('releases/migrations');
  });

  it('stays migrations when no tool is found, or the folder is outside the working directory', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'backend-ci-folder-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    expect(
      loadConfig({ workspace: dir, inputs: {}, migrationsFolder: toolMigrationsFolder }).deploy.migrationsDir,
    ).toBe('migrations');
    mkdirSync(path.join(dir, 'svc'));
    writeFileSync(
      path.join(dir, 'svc', 'knexfile.js'),
      "module.exports = { migrations: { directory: '../shared/migrations' } };\n",
    );
    expect(
      loadConfig({ workspace: dir, inputs: { 'working-directory': 'svc' }, migrationsFolder: toolMigrationsFolder })
        .deploy.migrationsDir,
    ).toBe('migrations');
  });
});
