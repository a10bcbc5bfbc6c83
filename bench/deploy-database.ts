// What the database path of a rollback costs: snapshot and restore time and size for SQLite (online backup
// API) and PostgreSQL (pg_dump -Fc, replay in one transaction) holding the same rows, side by side.
// Run: npx tsx bench/deploy-database.ts [rows]. Needs sqlite3, pg_dump/pg_restore/psql and PostgreSQL on 127.0.0.1.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseSnapshot, restoreDatabase, snapshotPart, type DatabaseSettings } from '../src/deploy/database.js';
import { LocalTransport, runParts } from '../src/deploy/transport.js';

const rows = Number(process.argv[2] ?? 100_000);
const root = mkdtempSync(path.join(tmpdir(), 'bci-dbbench-'));
const dbName = `bci_dbbench_${process.pid}`;
const transport = new LocalTransport({ kind: 'local', path: root, label: `local:${root}` });
const fill = `CREATE TABLE notes (id integer PRIMARY KEY, body text NOT NULL);
INSERT INTO notes (id, body) SELECT i, 'note number ' || i || ' with some text in it' FROM `;

async function measure(settings: DatabaseSettings, id: string) {
  const kind = settings.kind as 'sqlite' | 'postgres';
  const snap = snapshotPart(root, id, settings)!;
  const t0 = Date.now();
  const [out] = await runParts(transport, 'snapshot', [snap.part], { input: snap.input });
  const snapshot = parseSnapshot(kind, out!, Date.now() - t0);
  const restoreMs = await restoreDatabase(transport, id, settings, snapshot);
  return { kind, bytes: snapshot.bytes, snapshotMs: snapshot.ms, restoreMs };
}

try {
  mkdirSync(path.join(root, 'shared'), { recursive: true });
  const dbFile = path.join(root, 'shared', 'app.db');
  execFileSync('sqlite3', [dbFile], {
    input: `${fill}(WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${rows}) SELECT i FROM n);`,
  });
  execFileSync('createdb', ['-h', '127.0.0.1', '-U', 'postgres', dbName]);
  const url = `postgres://postgres@127.0.0.1:5432/${dbName}`;
  execFileSync('psql', ['-X', '-q', '-d', url, '-v', 'ON_ERROR_STOP=1'], {
    input: `${fill}generate_series(1, ${rows}) AS i;`,
  });

  const results = [
    await measure({ kind: 'sqlite', path: 'shared/app.db' }, '20260101T000000Z-sqlite'),
    await measure({ kind: 'postgres', url }, '20260101T000000Z-pg'),
  ];
  const base = results[0]!;
  console.log(`database snapshot/restore, ${rows} rows`);
  console.log('path        snapshot size  snapshot ms  (x sqlite)  restore ms  (x sqlite)');
  for (const r of results) {
    console.log(
      `${r.kind.padEnd(10)} ${`${(r.bytes / 1024).toFixed(0)} KiB`.padStart(14)}  ${String(r.snapshotMs).padStart(11)}  ${(r.snapshotMs / base.snapshotMs).toFixed(2).padStart(10)}  ${String(r.restoreMs).padStart(10)}  ${(r.restoreMs / base.restoreMs).toFixed(2).padStart(10)}`,
    );
  }
  const count = execFileSync('psql', ['-X', '-A', '-t', '-d', url, '-c', 'select count(*) from notes'], {
    encoding: 'utf8',
  }).trim();
  if (Number(count) !== rows) throw new Error(`PostgreSQL restore lost rows: ${count} of ${rows}`);
} finally {
  execFileSync('dropdb', ['-h', '127.0.0.1', '-U', 'postgres', '--if-exists', dbName]);
  rmSync(root, { recursive: true, force: true });
}
