// deploy.canary: the first host goes live alone and is held to health and to the perf scenario's budgets
// (the perf stage's real load runner, against that host only) before the rest of the fleet gets the release.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Config } from '../../src/config/config.js';
import type { Host } from '../../src/host/host.js';
import { deployRelease } from '../../src/deploy/engine.js';
import { deployMarkdown, headline } from '../../src/deploy/report.js';
import { perfCanaryGate } from '../../src/stages/deploy/stage.js';
import { RecordingHost } from '../support/recording-host.js';
import {
  cleanupTargets,
  currentRelease,
  makeSource,
  makeTarget,
  nextReleaseId,
  servedRelease,
  sql,
  tinySettings,
  type TestTarget,
} from './support.js';

const dirs: string[] = [];
afterAll(() => {
  cleanupTargets();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function scenario(p95Ms: number): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'bci-canary-'));
  dirs.push(dir);
  writeFileSync(
    path.join(dir, 'perf.yml'),
    `stages:\n  - users: 2\n    seconds: 1\nendpoints:\n  - path: /healthz\nbudgets:\n  p95Ms: ${p95Ms}\n  errorRatePct: 0\n`,
  );
  return dir;
}

async function fleet(): Promise<TestTarget[]> {
  return [await makeTarget(), await makeTarget(), await makeTarget()];
}

function settingsFor(targets: TestTarget[], source: string, canary: number) {
  return tinySettings(
    targets.map((t) => ({ target: `local:${t.root}`, healthUrl: t.healthUrl })),
    { source, canary },
  );
}

describe('a canary deploy', () => {
  it('rolls back the canary, code and database, when the load test misses its budget; the rest never get the release', async () => {
    const targets = await fleet();
    const first = {
      settings: settingsFor(targets, makeSource(), 0),
      cwd: '.',
      sha: 'beef1234',
      releaseId: nextReleaseId(),
      lockPollMs: 50,
    };
    expect((await deployRelease({ ...first, cwd: first.settings.source, log: new RecordingHost().log })).status).toBe(
      'deployed',
    );
    for (const t of targets) sql(t.db, "insert into notes(body) values ('before')");

    const source = makeSource({ migrations: { '002_tags.sql': 'CREATE TABLE tags (name TEXT);' } });
    const settings = settingsFor(targets, source, 1);
    const dir = scenario(0.001);
    const host = new RecordingHost();
    const config = {
      deploy: settings,
      perf: { scenario: path.join(dir, 'perf.yml') },
      cwd: dir,
      workspace: dir,
    } as unknown as Config;
    const gate = perfCanaryGate(config, host as unknown as Host)!;
    const releaseId = nextReleaseId();
    const report = await deployRelease({
      settings,
      cwd: source,
      sha: 'beef1234',
      releaseId,
      lockPollMs: 50,
      log: host.log,
      canaryGate: gate,
    });

    expect(report.status).toBe('rolled-back');
    expect(report.rolledBack).toBe(true);
    expect(headline(report)).toContain('failed at canary on local:');
    expect(report.canary).toMatchObject({ passed: false });
    expect(report.canary!.gate).toMatch(/1 budget\(s\) exceeded: .*p95/);
    expect(deployMarkdown(report)).toContain('did NOT pass');
    for (const t of targets) {
      expect(currentRelease(t.root)).toBe(first.releaseId);
      expect(await servedRelease(t)).toBe(first.releaseId);
      expect(sql(t.db, "select count(*) from sqlite_master where name = 'tags'")).toBe('0');
      expect(sql(t.db, "select count(*) from notes where body = 'before'")).toBe('1');
    }
    // Only the canary ever had the release (marked rolled-back); the others never saw it.
    expect(readdirSync(path.join(targets[0]!.root, 'releases'))).toContain(releaseId);
    for (const t of targets.slice(1)) expect(readdirSync(path.join(t.root, 'releases'))).toEqual([first.releaseId]);
  }, 120_000);

  it('rolls the rest of the fleet once the canary met its budgets', async () => {
    const targets = await fleet();
    const source = makeSource();
    const settings = settingsFor(targets, source, 1);
    const dir = scenario(5000);
    const host = new RecordingHost();
    const config = {
      deploy: settings,
      perf: { scenario: path.join(dir, 'perf.yml') },
      cwd: dir,
      workspace: dir,
    } as unknown as Config;
    const releaseId = nextReleaseId();
    const report = await deployRelease({
      settings,
      cwd: source,
      sha: 'beef1234',
      releaseId,
      lockPollMs: 50,
      log: host.log,
      canaryGate: perfCanaryGate(config, host as unknown as Host)!,
    });
    expect(report.status, report.error).toBe('deployed');
    expect(report.canary).toMatchObject({ passed: true, hosts: [`local:${targets[0]!.root}`] });
    expect(report.canary!.gate).toContain('2 budget(s) met');
    // The load gate is a step of its own on the canary host, and only there.
    const canaryStep = report.hosts[0]!.steps.find((s) => s.step === 'canary');
    expect(canaryStep?.ok).toBe(true);
    for (const h of report.hosts.slice(1)) expect(h.steps.some((s) => s.step === 'canary')).toBe(false);
    for (const t of targets) expect(await servedRelease(t)).toBe(releaseId);
  }, 120_000);
});
