// Release archives: entries that would write outside the release are refused before anything is unpacked.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { createArchive, listArchive, UnsafeArchiveError, validateArchive } from '../../src/deploy/archive.js';
import { deployRelease } from '../../src/deploy/engine.js';
import { RecordingHost } from '../support/recording-host.js';
import { cleanupTargets, makeTarget, nextReleaseId, tinySettings } from './support.js';
import { tempDir } from '../support/temp.js';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  cleanupTargets();
});
function tmp(): string {
  const d = tempDir('bci-arch-');
  dirs.push(d);
  return d;
}

/** One ustar header + data, written by hand so the test controls names GNU tar would clean up. */
function entry(name: string, options: { type?: string; link?: string; data?: string } = {}): Buffer {
  const header = Buffer.alloc(512);
  header.write(name, 0, 100, 'utf8');
  header.write('0000644\0', 100);
  header.write('0000000\0', 108);
  header.write('0000000\0', 116);
  const data = Buffer.from(options.data ?? '');
  header.write(`${data.length.toString(8).padStart(11, '0')}\0`, 124);
  header.write('00000000000\0', 136);
  header.write(options.type ?? '0', 156);
  if (options.link) header.write(options.link, 157, 100);
  header.write('ustar\0', 257);
  header.write('00', 263);
  header.fill(0x20, 148, 156);
  let sum = 0;
  for (const b of header) sum += b;
  header.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148);
  const padded = Buffer.alloc(Math.ceil(data.length / 512) * 512);
  data.copy(padded);
  return Buffer.concat([header, padded]);
}
const archiveOf = (...entries: Buffer[]) => gzipSync(Buffer.concat([...entries, Buffer.alloc(1024)]));

describe('validateArchive', () => {
  it('accepts what createArchive packs, with long names and links inside the release', async () => {
    const src = tmp();
    const deep = path.join(src, 'a'.repeat(60), 'b'.repeat(60), 'c'.repeat(60));
    mkdirSync(deep, { recursive: true });
    writeFileSync(path.join(deep, 'file.txt'), 'hello');
    symlinkSync('a'.repeat(60), path.join(src, 'inside-link'));
    writeFileSync(path.join(src, 'skip.log'), 'x');
    const entries = await validateArchive(await createArchive(src, ['./skip.log']));
    const names = entries.map((e) => e.name);
    expect(names).toContain(`./${'a'.repeat(60)}/${'b'.repeat(60)}/${'c'.repeat(60)}/file.txt`);
    expect(entries.find((e) => e.name === './inside-link')).toMatchObject({
      type: 'symlink',
      linkTarget: 'a'.repeat(60),
    });
    expect(names).not.toContain('./skip.log');
  });

  it('reads pax path headers', async () => {
    const long = `${'p'.repeat(200)}/x.txt`;
    const record = ` path=${long}\n`;
    const len = String(record.length + String(record.length).length);
    const pax = `${len}${record}`;
    const entries = await listArchive(
      archiveOf(entry('PaxHeader', { type: 'x', data: pax }), entry('short', { data: 'y' })),
    );
    expect(entries.map((e) => e.name)).toEqual([long]);
  });

  const refused: [string, Buffer, RegExp][] = [
    ['a ../ path', archiveOf(entry('ok.txt'), entry('../evil.txt', { data: 'x' })), /'\.\.' component/],
    ['a nested ../ path', archiveOf(entry('a/../../evil.txt')), /'\.\.' component/],
    ['an absolute path', archiveOf(entry('/etc/cron.d/evil', { data: 'x' })), /absolute path/],
    ['a link pointing out', archiveOf(entry('link', { type: '2', link: '../../etc' })), /points outside the release/],
    ['an absolute link', archiveOf(entry('link', { type: '2', link: '/etc/passwd' })), /points outside the release/],
    [
      'a link climbing out from a sub-folder',
      archiveOf(entry('a/b/link', { type: '2', link: '../../../x' })),
      /points outside the release/,
    ],
    ['a hard link out', archiveOf(entry('h', { type: '1', link: '/etc/shadow' })), /hard link/],
    ['a device file', archiveOf(entry('dev', { type: '3' })), /device, FIFO/],
    // Each link alone stays inside; resolved through the links before it, the second one climbs out.
    [
      'a chain of links (d/l -> .., d/l2 -> l/..)',
      archiveOf(
        entry('d/', { type: '5' }),
        entry('d/l', { type: '2', link: '..' }),
        entry('d/l2', { type: '2', link: 'l/..' }),
        entry('d/l2/x', { data: 'x' }),
      ),
      /"d\/l2" is a link to "l\/\.\.", which points outside the release/,
    ],
    [
      'a file written through a link chain',
      archiveOf(
        entry('a', { type: '2', link: '.' }),
        entry('b', { type: '2', link: 'a/a/a' }),
        entry('up', { type: '2', link: 'b' }),
        entry('c/', { type: '5' }),
        entry('c/u', { type: '2', link: '../up/../..' }),
      ),
      /"c\/u" is a link to "\.\.\/up\/\.\.\/\.\.", which points outside/,
    ],
    [
      'a link loop',
      archiveOf(
        entry('p', { type: '2', link: 'q' }),
        entry('q', { type: '2', link: 'p' }),
        entry('p/x', { data: 'x' }),
      ),
      /"p\/x" would be written through a link that points outside the release/,
    ],
    [
      'a hard link through a link out',
      archiveOf(
        entry('d/', { type: '5' }),
        entry('d/l', { type: '2', link: '..' }),
        entry('h', { type: '1', link: 'd/l/../etc/passwd' }),
      ),
      /hard link/,
    ],
  ];
  for (const [what, archive, message] of refused) {
    it(`refuses ${what}`, async () => {
      await expect(validateArchive(archive)).rejects.toThrow(UnsafeArchiveError);
      await expect(validateArchive(archive)).rejects.toThrow(message);
    });
  }

  it('accepts links that stay inside, also in chains, and files written through them', async () => {
    const ok = archiveOf(
      entry('d/', { type: '5' }),
      entry('d/e/', { type: '5' }),
      entry('d/l', { type: '2', link: 'e' }),
      entry('d/l2', { type: '2', link: 'l/..' }),
      entry('d/l2/x', { data: 'x' }),
      entry('top', { type: '2', link: 'd/l2/e' }),
    );
    expect((await validateArchive(ok)).map((e) => e.name)).toEqual(['d/', 'd/e/', 'd/l', 'd/l2', 'd/l2/x', 'top']);
  });

  it('reads an archive from a file as a stream, the way a prebuilt release is checked', async () => {
    const file = path.join(tmp(), 'r.tar.gz');
    writeFileSync(
      file,
      archiveOf(entry('server.mjs', { data: 'x'.repeat(5000) }), entry('l', { type: '2', link: 'server.mjs' })),
    );
    expect(await validateArchive({ file })).toEqual([
      { name: 'server.mjs', type: 'file', size: 5000 },
      { name: 'l', type: 'symlink', size: 0, linkTarget: 'server.mjs' },
    ]);
  });

  it('refuses a corrupt header, saying the archive is corrupt', async () => {
    const good = Buffer.concat([entry('ok.txt', { data: 'x' }), Buffer.alloc(1024)]);
    good[10] = 0x41;
    await expect(validateArchive(gzipSync(good))).rejects.toThrow(/the archive is corrupt: /);
    await expect(validateArchive(gzipSync(good).subarray(0, 30))).rejects.toThrow(/the archive is corrupt: /);
  });
});

describe('a deploy with an unsafe prebuilt archive', { timeout: 30_000 }, () => {
  it('is refused before connecting to any target', async () => {
    const target = await makeTarget();
    const dir = tmp();
    const file = path.join(dir, 'release.tar.gz');
    writeFileSync(
      file,
      archiveOf(entry('server.mjs', { data: 'x' }), entry('escape', { type: '2', link: '../../../../root' })),
    );
    await expect(
      deployRelease({
        settings: tinySettings([{ target: `local:${target.root}` }], { archive: file }),
        cwd: dir,
        log: new RecordingHost().log,
        releaseId: nextReleaseId(),
      }),
    ).rejects.toThrow(/"escape" is a link to "..\/..\/..\/..\/root", which points outside the release/);
    expect(() => readFileSync(path.join(target.root, '.backend-ci', 'log.jsonl'))).toThrow();
    // GNU tar itself would have unpacked it: the check is what stops it.
    const out = tmp();
    execFileSync('tar', ['-xzf', file, '-C', out]);
  });
});
