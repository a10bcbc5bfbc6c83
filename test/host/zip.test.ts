import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { crc32, crc32Table, readZip, safeEntryPath, UnsafeZipEntryError, writeZip, ZipFormatError } from '../../src/host/zip.js';
import { tempDir } from '../support/temp.js';

describe('zip', () => {
  it('computes the standard CRC-32 both ways', () => {
    const data = Buffer.from('The quick brown fox jumps over the lazy dog');
    expect(crc32(data)).toBe(0x414fa339);
    expect(crc32Table(data)).toBe(0x414fa339);
    expect(crc32Table(new Uint8Array())).toBe(0);
  });

  it('reads archives written by the zip CLI and detects corruption', (ctx) => {
    try {
      execFileSync('zip', ['-v'], { stdio: 'ignore' });
    } catch {
      ctx.skip('the zip CLI is not installed');
    }
    const dir = tempDir('zip-test-');
    try {
      writeFileSync(path.join(dir, 'lcov.info'), 'SF:a.ts\nDA:1,1\nend_of_record\n'.repeat(100));
      execFileSync('zip', ['-q', path.join(dir, 'out.zip'), 'lcov.info'], { cwd: dir });
      const bytes = readFileSync(path.join(dir, 'out.zip'));
      const [entry] = readZip(bytes);
      expect(entry!.name).toBe('lcov.info');
      expect(entry!.data()).toEqual(readFileSync(path.join(dir, 'lcov.info')));
      // Flip a byte inside the compressed data: the CRC check must catch it.
      const corrupt = Buffer.from(bytes);
      const dataStart = 30 + bytes.readUInt16LE(26) + bytes.readUInt16LE(28);
      corrupt[dataStart + 5]! ^= 0xff;
      expect(() => readZip(corrupt)[0]!.data()).toThrow(ZipFormatError);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('rejects what is not a zip', () => {
    expect(() => readZip(Buffer.from('definitely not a zip archive, just text'))).toThrow(/not a zip archive/);
  });

  it('keeps every entry inside the destination', () => {
    expect(safeEntryPath('/dest', 'html/index.html')).toBe(path.resolve('/dest/html/index.html'));
    for (const bad of ['../x', 'a/../../x', '/etc/passwd', 'C:/Windows/x', 'a\\..\\..\\x']) {
      expect(() => safeEntryPath('/dest', bad)).toThrow(UnsafeZipEntryError);
    }
  });

  it('stores names with forward slashes and UTF-8', () => {
    const dir = tempDir('zip-test-');
    try {
      writeFileSync(path.join(dir, 'f'), 'x');
      writeZip(path.join(dir, 'u.zip'), [{ name: 'rapports/café.html', source: path.join(dir, 'f') }]);
      expect(readZip(readFileSync(path.join(dir, 'u.zip'))).map((e) => e.name)).toEqual(['rapports/café.html']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
