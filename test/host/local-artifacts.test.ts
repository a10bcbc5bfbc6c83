import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LocalArtifactError, LocalArtifactStore } from '../../src/host/local-artifacts.js';
import { UnsafeZipEntryError, writeZip } from '../../src/host/zip.js';
import { writeHostileZip } from '../support/hostile-zip.js';

const dirs: string[] = [];
function tempDir(): string {
  const d = mkdtempSync(path.join(tmpdir(), 'local-artifacts-'));
  dirs.push(d);
  return d;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A coverage folder like c8 writes: lcov.info plus an HTML report in subfolders, text and binary. */
function coverageFolder(): { root: string; files: string[] } {
  const root = tempDir();
  mkdirSync(path.join(root, 'html', 'src', 'routes'), { recursive: true });
  writeFileSync(
    path.join(root, 'lcov.info'),
    'TN:\nSF:src/app.ts\nDA:1,1\nDA:2,0\nLF:2\nLH:1\nend_of_record\n'.repeat(50),
  );
  writeFileSync(path.join(root, 'html', 'index.html'), '<!doctype html><title>Coverage — ünïcode</title>'.repeat(20));
  writeFileSync(path.join(root, 'html', 'src', 'routes', 'posts.ts.html'), '<pre>const x = 1;</pre>');
  // Random bytes do not compress: the writer must fall back to storing them.
  writeFileSync(
    path.join(root, 'html', 'favicon.png'),
    Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 7919 + 13) % 256)),
  );
  writeFileSync(path.join(root, 'html', 'empty.css'), '');
  const files = [
    'lcov.info',
    'html/index.html',
    'html/src/routes/posts.ts.html',
    'html/favicon.png',
    'html/empty.css',
  ].map((f) => path.join(root, f));
  return { root, files };
}

function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory() ? listFiles(path.join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`],
    )
    .sort();
}

describe('LocalArtifactStore', () => {
  it('zips the report to <directory>/<name>.zip and reads it back byte-identical', async () => {
    const { root, files } = coverageFolder();
    const out = tempDir();
    const store = new LocalArtifactStore({ directory: path.join(out, 'artifacts'), from: path.join(out, 'artifacts') });
    const uploaded = await store.upload('coverage-report', files, root, { retentionDays: 5 });
    expect(uploaded.location).toBe(path.join(out, 'artifacts', 'coverage-report.zip'));
    expect(uploaded.size).toBe(readFileSync(uploaded.location).length);

    const dest = path.join(tempDir(), 'unpacked');
    expect(await store.downloadLatest('coverage-report', dest, {})).toBe(dest);
    expect(listFiles(dest)).toEqual([
      'html/empty.css',
      'html/favicon.png',
      'html/index.html',
      'html/src/routes/posts.ts.html',
      'lcov.info',
    ]);
    for (const f of files) {
      expect(readFileSync(path.join(dest, path.relative(root, f)))).toEqual(readFileSync(f));
    }
  });

  it('writes zips that an independent reader (Python zipfile) accepts and unpacks identically', async () => {
    const { root, files } = coverageFolder();
    const store = new LocalArtifactStore({ directory: tempDir() });
    const { location } = await store.upload('coverage-report', files, root, {});
    const dest = tempDir();
    execFileSync('python3', ['-m', 'zipfile', '-t', location]);
    execFileSync('python3', ['-m', 'zipfile', '-e', location, dest]);
    for (const f of files) expect(readFileSync(path.join(dest, path.relative(root, f)))).toEqual(readFileSync(f));
  });

  it('refuses a zip-slip entry and writes nothing', async () => {
    const from = tempDir();
    writeHostileZip(path.join(from, 'coverage-report.zip'), [
      { name: 'a.txt', data: 'fine' },
      { name: 'html/../../evil.txt', data: 'pwned' },
    ]);
    const parent = tempDir();
    const dest = path.join(parent, 'inside');
    const store = new LocalArtifactStore({ directory: tempDir(), from });
    await expect(store.downloadLatest('coverage-report', dest, {})).rejects.toThrow(UnsafeZipEntryError);
    await expect(store.downloadLatest('coverage-report', dest, {})).rejects.toThrow(/html\/\.\.\/\.\.\/evil\.txt/);
    expect(existsSync(path.join(parent, 'evil.txt'))).toBe(false);
    expect(existsSync(path.join(dest, 'a.txt'))).toBe(false);
  });

  it('refuses absolute entry names', async () => {
    const from = tempDir();
    writeHostileZip(path.join(from, 'r.zip'), [{ name: '/tmp/x', data: 'x' }]);
    const store = new LocalArtifactStore({ directory: tempDir(), from });
    await expect(store.downloadLatest('r', path.join(tempDir(), 'd'), {})).rejects.toThrow(
      /absolute paths and '\.\.' are not allowed/,
    );
  });

  it('prefers the zip of the asked run, then the branch, then the top-level one', async () => {
    const src = tempDir();
    const from = tempDir();
    for (const where of ['', 'main', '42']) {
      writeFileSync(path.join(src, 'which.txt'), where || 'top');
      await writeZip(path.join(from, where, 'coverage-report.zip'), [
        { name: 'which.txt', source: path.join(src, 'which.txt') },
      ]);
    }
    const store = new LocalArtifactStore({ directory: tempDir(), from });
    const read = async (f: { branch?: string; runId?: string }) => {
      const d = path.join(tempDir(), 'd');
      await store.downloadLatest('coverage-report', d, f);
      return readFileSync(path.join(d, 'which.txt'), 'utf8');
    };
    expect(await read({ runId: '42', branch: 'main' })).toBe('42');
    expect(await read({ branch: 'main' })).toBe('main');
    expect(await read({ branch: 'develop' })).toBe('top');
  });

  it('returns undefined when there is nothing to download', async () => {
    expect(
      await new LocalArtifactStore({ directory: tempDir() }).downloadLatest('coverage-report', tempDir(), {}),
    ).toBeUndefined();
    expect(
      await new LocalArtifactStore({ directory: tempDir(), from: tempDir() }).downloadLatest(
        'coverage-report',
        tempDir(),
        {},
      ),
    ).toBeUndefined();
  });

  it('rejects files outside the root and names GitHub would reject', async () => {
    const { root } = coverageFolder();
    const store = new LocalArtifactStore({ directory: tempDir() });
    await expect(store.upload('coverage-report', ['/etc/hostname'], root, {})).rejects.toThrow(LocalArtifactError);
    await expect(store.upload('cov/report', [path.join(root, 'lcov.info')], root, {})).rejects.toThrow(/not valid/);
  });
});
