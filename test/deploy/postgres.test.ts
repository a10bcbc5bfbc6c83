// Rollback of a PostgreSQL database through pg_dump / pg_restore against the real server on 127.0.0.1.
import { execFileSync } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deployRelease } from '../../src/deploy/engine.js';
import { RecordingHost } from '../support/recording-host.js';
import {
  cleanupTargets,
  currentRelease,
  makeSource,
  makeTarget,
  nextReleaseId,
  servedRelease,
  tinySettings,
} from './support.js';

const dbName = `bci_deploy_${process.pid}_${Date.now() % 100000}`;
const url = `postgres://postgres@127.0.0.1:5432/${dbName}`;
const psql = (query: string) =>
  execFileSync('psql', ['-X', '-A', '-t', '-d', url, '-c', query], { encoding: 'utf8' }).trim();

beforeAll(() => {
  execFileSync('createdb', ['-h', '127.0.0.1', '-U', 'postgres', dbName]);
});
afterAll(() => {
  cleanupTargets();
  execFileSync('dropdb', ['-h', '127.0.0.1', '-U', 'postgres', '--if-exists', dbName]);
});

const migrate =
  'set -a; . ./.env; set +a; for f in pg/*.sql; do psql -X -q -v ON_ERROR_STOP=1 -d "$PG_URL" -f "$f"; done';

describe('a PostgreSQL-backed deploy', () => {
  it('restores the snapshot when the new release fails: rows kept, new tables and columns gone', async () => {
    const target = await makeTarget();
    appendFileSync(path.join(target.root, 'shared', '.env'), `PG_URL=${url}\n`);
    const settings = (source: string, retries = 20) =>
      tinySettings([{ target: `local:${target.root}`, healthUrl: target.healthUrl }], {
        source,
        migrate,
        database: { kind: 'postgres', path: undefined, url },
        health: { ...tinySettings([]).health, retries, intervalMs: 100 },
      });
    const v1 = makeSource({
      files: { 'pg/001_posts.sql': 'CREATE TABLE IF NOT EXISTS posts (id serial PRIMARY KEY, title text NOT NULL);' },
    });
    const first = await deployRelease({
      settings: settings(v1),
      cwd: v1,
      log: new RecordingHost().log,
      releaseId: nextReleaseId(),
    });
    expect(first.status, first.error).toBe('deployed');
    psql("INSERT INTO posts (title) VALUES ('hello'), ('world')");

    const v2 = makeSource({
      markers: ['fail-health'],
      files: {
        'pg/001_posts.sql': 'CREATE TABLE IF NOT EXISTS posts (id serial PRIMARY KEY, title text NOT NULL);',
        'pg/002_tags.sql':
          'CREATE TABLE tags (name text); ALTER TABLE posts ADD COLUMN score int DEFAULT 0; UPDATE posts SET title = upper(title);',
      },
    });
    const host = new RecordingHost();
    const second = await deployRelease({
      settings: settings(v2, 3),
      cwd: v2,
      log: host.log,
      releaseId: nextReleaseId(),
    });
    expect(second.status).toBe('rolled-back');
    const h = second.hosts[0]!;
    expect(h.snapshot).toMatchObject({ kind: 'postgres' });
    expect(h.snapshot!.bytes).toBeGreaterThan(0);
    expect(h.databaseRollback?.path).toBe('restore-snapshot');
    expect(psql("SELECT string_agg(title, ',' ORDER BY id) FROM posts")).toBe('hello,world');
    expect(psql("SELECT count(*) FROM information_schema.tables WHERE table_name = 'tags'")).toBe('0');
    expect(
      psql("SELECT count(*) FROM information_schema.columns WHERE table_name = 'posts' AND column_name = 'score'"),
    ).toBe('0');
    // The sequence came back too: the next insert does not collide.
    psql("INSERT INTO posts (title) VALUES ('again')");
    expect(currentRelease(target.root)).toBe(first.releaseId);
    expect(await servedRelease(target)).toBe(first.releaseId);
  }, 120_000);
});
