import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/config.js';
import { migrationsCommand, migrationsStage } from '../../../src/stages/migrations/stage.js';
import { RecordingHost } from '../../support/recording-host.js';
import { tempDir } from '../../support/temp.js';

const dir = tempDir('backend-ci-command-');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// A check script that exits with the code given in its environment, the way a project's own
// `migrate --check` would, and echoes DATABASE_URL's presence (never its value).
writeFileSync(
  path.join(dir, 'check.sh'),
  '#!/bin/sh\necho "checking (database given: ${DATABASE_URL:+yes})"\necho "problem details" >&2\nexit "$CHECK_EXIT"\n',
);

async function runWith(exit: number) {
  process.env.CHECK_EXIT = String(exit);
  const config = loadConfig({
    workspace: dir,
    inputs: { 'migrations-command': 'sh check.sh', 'database-url': 'postgres://app:hunter2@127.0.0.1/app' },
  });
  const host = new RecordingHost({ workspace: dir });
  host.setSecret('postgres://app:hunter2@127.0.0.1/app');
  const outcome = await migrationsStage.run({ config, host, previous: new Map() });
  const code = await migrationsCommand(config, host);
  return { outcome, code, host };
}

describe('command adapter', { timeout: 30_000 }, () => {
  it.each([
    [0, 'passed', 'clean'],
    [1, 'failed', 'tool error'],
    [2, 'warned', 'unapplied migrations'],
    [3, 'failed', 'model changes without a migration'],
    [4, 'failed', 'destructive or locking SQL'],
  ])('maps exit %i to %s (%s)', async (exit, status, meaning) => {
    const { outcome, code } = await runWith(exit);
    expect(code).toBe(exit);
    expect(outcome.status).toBe(status);
    expect(outcome.headline).toContain(meaning);
    expect(outcome.details).toContain('database given: yes');
  });

  it('treats an exit code outside the contract (a crash) as a tool error with the output tail', async () => {
    const { outcome, code } = await runWith(139);
    expect(code).toBe(1);
    expect(outcome.details).toContain('problem details');
  });
});
