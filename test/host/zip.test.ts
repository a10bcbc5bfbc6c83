import { execFileSync } from 'node:child_process';
import { existsSync, lstatSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  extractZip,
  readZip,
  safeEntryPath,
  UnsafeZipEntryError,
  writeZip,
  ZipFormatError,
} from '../../src/host/zip.js';
import { writeHostileZip } from '../support/hostile-zip.js';

const dirs: string[] = [];
function tempDir(): string {
  const d = mkdtempSync(path.join(tmpdir(), 'zip-test-'));
  dirs.push(d);
  return d;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('zip', () => {
  it('reads archives written by the zip CLI and detects corrupt deflated data', async (ctx) => {
    try {
      execFileSync('zip', ['-v'], { stdio: 'ignore' });
    } catch {
      ctx.skip('the zip CLI is not installed');
    }
    const dir = tempDir();
    writeFileSync(path.join(dir, 'lcov.info'), 'SF:a.ts\nDA:1,1\nend_of_record\n'.repeat(100));
    execFileSync('zip', ['-q', path.join(dir, 'out.zip'), 'lcov.info'], { cwd: dir });
    const bytes = readFileSync(path.join(dir, 'out.zip'));
    const [entry] = await readZip(bytes);
    expect(entry!.name).toBe('lcov.info');
    expect(entry!.data).toEqual(readFileSync(path.join(dir, 'lcov.info')));
    // Flip a byte inside the compressed data: inflating, the size check or the CRC check must catch it.
    const corrupt = Buffer.from(bytes);
    const dataStart = 30 + bytes.readUInt16LE(26) + bytes.readUInt16LE(28);
    corrupt[dataStart + 5]! ^= 0xff;
    await expect(readZip(corrupt, 'out.zip')).rejects.toThrow(ZipFormatError);
    await expect(readZip(corrupt, 'out.zip')).rejects.toThrow(/^out\.zip: lcov\.info is corrupt/);
  });

  it('checks the CRC-32 of stored entries, which no inflater looks at', async () => {
    const dir = tempDir();
    writeHostileZip(path.join(dir, 's.zip'), [
      { name: 'lcov.info', data: 'SF:a.ts\nDA:1,1\nend_of_record\n', stored: true },
    ]);
    const bytes = readFileSync(path.join(dir, 's.zip'));
    expect((await readZip(bytes))[0]!.data.toString()).toBe('SF:a.ts\nDA:1,1\nend_of_record\n');
    const corrupt = Buffer.from(bytes);
    corrupt[30 + bytes.readUInt16LE(26) + bytes.readUInt16LE(28) + 3]! ^= 0x01;
    await expect(readZip(corrupt, 's.zip')).rejects.toThrow('s.zip: lcov.info is corrupt (CRC-32 mismatch)');
  });

  it('takes back what it unpacked when a later entry is corrupt', async () => {
    const dir = tempDir();
    const zip = path.join(dir, 'c.zip');
    writeHostileZip(zip, [
      { name: 'lcov.info', data: 'SF:a.ts\nend_of_record\n' },
      { name: 'html/index.html', data: '<p>report</p>', stored: true },
    ]);
    const bytes = readFileSync(zip);
    const last = bytes.lastIndexOf(Buffer.from('<p>report</p>'));
    bytes[last + 1]! ^= 0x01;
    writeFileSync(zip, bytes);
    const dest = path.join(dir, 'out');
    await expect(extractZip(zip, dest)).rejects.toThrow(`${zip}: html/index.html is corrupt (CRC-32 mismatch)`);
    expect(existsSync(path.join(dest, 'lcov.info'))).toBe(false);
    expect(existsSync(path.join(dest, 'html', 'index.html'))).toBe(false);
  });

  it('refuses to unpack more than it is allowed, before writing anything', async () => {
    const dir = tempDir();
    const zip = path.join(dir, 'bomb.zip');
    writeHostileZip(zip, [
      { name: 'a.txt', data: 'fine' },
      { name: 'filler.txt', data: 'x'.repeat(100_000) },
    ]);
    expect(readFileSync(zip).length).toBeLessThan(2000);
    const dest = path.join(dir, 'out');
    await expect(extractZip(zip, dest, { maxBytes: 50_000 })).rejects.toThrow(
      `${zip}: refusing to unpack 100004 bytes, more than the 50000 allowed`,
    );
    expect(existsSync(dest)).toBe(false);
    expect(await extractZip(zip, dest)).toHaveLength(2);
  });

  it('rejects what is not a zip', async () => {
    await expect(readZip(Buffer.from('definitely not a zip archive, just text'), 'notes.txt')).rejects.toThrow(
      /^notes\.txt: not a zip archive/,
    );
  });

  it('keeps every entry inside the destination', () => {
    expect(safeEntryPath('/dest', 'html/index.html')).toBe(path.resolve('/dest/html/index.html'));
    for (const bad of ['../x', 'a/../../x', '/etc/passwd', 'C:/Windows/x', 'a\\..\\..\\x', 'a\0b']) {
      expect(() => safeEntryPath('/dest', bad)).toThrow(UnsafeZipEntryError);
    }
  });

  it('refuses hostile entry names and symbolic links written by another tool, naming the entry, before writing anything', async () => {
    for (const [name, why] of [
      [
        'html/../../evil.txt',
        /refusing entry 'html\/\.\.\/\.\.\/evil\.txt': absolute paths and '\.\.' are not allowed/,
      ],
      ['/tmp/evil.txt', /refusing entry '\/tmp\/evil\.txt': absolute paths/],
      ['a\\..\\..\\evil.txt', /refusing entry 'a\/\.\.\/\.\.\/evil\.txt': absolute paths/],
      ['C:/evil.txt', /refusing entry 'C:\/evil\.txt': absolute paths/],
    ] as const) {
      const dir = tempDir();
      const zip = path.join(dir, 'bad.zip');
      writeHostileZip(zip, [
        { name: 'first.txt', data: 'fine' },
        { name, data: 'pwned' },
      ]);
      const dest = path.join(dir, 'a', 'b', 'out');
      const error = await extractZip(zip, dest).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error, name).toBeInstanceOf(UnsafeZipEntryError);
      expect((error as Error).message, name).toMatch(why);
      expect((error as Error).message.startsWith(`${zip}: `)).toBe(true);
      expect(existsSync(path.join(dest, 'first.txt')), name).toBe(false);
      expect(existsSync(path.join(dir, 'a', 'evil.txt')), name).toBe(false);
      await expect(readZip(zip), name).rejects.toThrow(UnsafeZipEntryError);
    }
    const dir = tempDir();
    writeHostileZip(path.join(dir, 'link.zip'), [
      { name: 'html', data: '/etc', symlink: true },
      { name: 'html/passwd', data: 'x' },
    ]);
    await expect(extractZip(path.join(dir, 'link.zip'), path.join(dir, 'out'))).rejects.toThrow(
      /refusing symbolic link entry 'html'/,
    );
    expect(existsSync(path.join(dir, 'out'))).toBe(false);
  });

  it('writes what it is given under the name given, or refuses the name', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'f'), 'x');
    const size = await writeZip(path.join(dir, 'u.zip'), [{ name: 'rapports/café.html', source: path.join(dir, 'f') }]);
    expect(size).toBe(readFileSync(path.join(dir, 'u.zip')).length);
    expect((await readZip(path.join(dir, 'u.zip'))).map((e) => [e.name, e.data.toString()])).toEqual([
      ['rapports/café.html', 'x'],
    ]);
    // archiver would store these as 'evil.txt' and 'tmp/x': refused instead, so an artifact never holds renamed files.
    await expect(
      writeZip(path.join(dir, 'v.zip'), [{ name: 'html/../../evil.txt', source: path.join(dir, 'f') }]),
    ).rejects.toThrow(/refusing entry 'html\/\.\.\/\.\.\/evil\.txt'/);
    await expect(writeZip(path.join(dir, 'w.zip'), [{ name: '/tmp/x', source: path.join(dir, 'f') }])).rejects.toThrow(
      UnsafeZipEntryError,
    );
    await expect(
      writeZip(path.join(dir, 'm.zip'), [{ name: 'gone.txt', source: path.join(dir, 'missing') }]),
    ).rejects.toThrow(/m\.zip: could not be written .*missing/);
    expect(existsSync(path.join(dir, 'm.zip'))).toBe(false);
    // A symbolic link among the files is stored as the file it points to, never as a link out of the artifact.
    symlinkSync(path.join(dir, 'f'), path.join(dir, 'link'));
    await writeZip(path.join(dir, 'l.zip'), [{ name: 'html/link.txt', source: path.join(dir, 'link') }]);
    await extractZip(path.join(dir, 'l.zip'), path.join(dir, 'l'));
    expect(lstatSync(path.join(dir, 'l', 'html', 'link.txt')).isFile()).toBe(true);
    expect(readFileSync(path.join(dir, 'l', 'html', 'link.txt'), 'utf8')).toBe('x');
  });
});
