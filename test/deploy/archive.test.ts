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
    const entries = validateArchive(await createArchive(src, ['./skip.log']));
    const names = entries.map((e) => e.name);
    expect(names).toContain(`./${'a'.repeat(60)}/${'b'.repeat(60)}/${'c'.repeat(60)}/file.txt`);
    expect(entries.find((e) => e.name === './inside-link')).toMatchObject({ type: 'symlink', linkTarget: 'a'.repeat(60) });
    expect(names).not.toContain('./skip.log');
  });

  it('reads pax path headers', () => {
    const long = `${'p'.repeat(200)}/x.txt`;
    const record = ` path=${long}\n`;
    const len = String(record.length + String(record.length).length);
    const pax = `${len}${record}`;
    const entries = listArchive(archiveOf(entry('PaxHeader', { type: 'x', data: pax }), entry('short', { data: 'y' })));
    expect(entries.map((e) => e.name)).toEqual([long]);
  });

  const refused: [string, Buffer, RegExp][] = [
    ['a ../ path', archiveOf(entry('ok.txt'), entry('../evil.txt', { data: 'x' })), /'\.\.' component/],
    ['a nested ../ path', archiveOf(entry('a/../../evil.txt')), /'\.\.' component/],
    ['an absolute path', archiveOf(entry('/etc/cron.d/evil', { data: 'x' })), /absolute path/],
    ['a link pointing out', archiveOf(entry('link', { type: '2', link: '../../etc' })), /points outside the release/],
    ['an absolute link', archiveOf(entry('link', { type: '2', link: '/etc/passwd' })), /points outside the release/],
    ['a link climbing out from a sub-folder', archiveOf(entry('a/b/link', { type: '2', link: '../../../x' })), /points outside the release/],
    ['a hard link out', archiveOf(entry('h', { type: '1', link: '/etc/shadow' })), /hard link/],
    ['a device file', archiveOf(entry('dev', { type: '3' })), /device, FIFO/],
  ];
  for (const [what, archive, message] of refused) {
    it(`refuses ${what}`, () => {
      expect(() => validateArchive(archive)).toThrow(UnsafeArchiveError);
      expect(() => validateArchive(archive)).toThrow(message);
    });
  }

  it('refuses a corrupt header', () => {
    const good = Buffer.concat([entry('ok.txt', { data: 'x' }), Buffer.alloc(1024)]);
    good[10] = 0x41;
    expect(() => validateArchive(gzipSync(good))).toThrow(/bad header checksum/);
  });
});

describe('a deploy with an unsafe prebuilt archive', { timeout: 30_000 }, () => {
  it('is refused before connecting to any target', async () => {
    const target = await makeTarget();
    const dir = tmp();
    const file = path.join(dir, 'release.tar.gz');
    writeFileSync(file, archiveOf(entry('server.mjs', { data: 'x' }), entry('escape', { type: '2', link: '../../../../root' })));
    await expect(
      deployRelease({ settings: tinySettings([{ target: `local:${target.root}` }], { archive: file }), cwd: dir, log: new RecordingHost().log, releaseId: nextReleaseId() }),
    ).rejects.toThrow(/"escape" is a link to "..\/..\/..\/..\/root", which points outside the release/);
    expect(() => readFileSync(path.join(target.root, '.backend-ci', 'log.jsonl'))).toThrow();
    // GNU tar itself would have unpacked it: the check is what stops it.
    const out = tmp();
    execFileSync('tar', ['-xzf', file, '-C', out]);
  });
});
