// The release archive: built from a folder with the system tar, or taken prebuilt; every entry is checked
// here before anything is unpacked, so an archive cannot write outside its release folder.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { runProgram, tail } from '../exec/run.js';

export class UnsafeArchiveError extends Error {
  override name = 'UnsafeArchiveError';
}

export interface ArchiveEntry {
  name: string;
  type: 'file' | 'directory' | 'symlink' | 'hardlink' | 'other';
  linkTarget?: string;
  size: number;
}

/** Creates a gzipped tar of `source` (contents at the archive root), leaving out `exclude` patterns. */
export async function createArchive(source: string, exclude: string[]): Promise<Buffer> {
  // runProgram decodes output as text; the archive is binary, so tar writes a temporary file instead.
  const dir = mkdtempSync(path.join(tmpdir(), 'bci-archive-'));
  try {
    const file = path.join(dir, 'release.tar.gz');
    const args = ['--create', '--gzip', '--file', file, '--directory', source, '--owner=0', '--group=0', '--numeric-owner'];
    for (const pattern of exclude) args.push(`--exclude=${pattern}`);
    args.push('.');
    const r = await runProgram('tar', args, { timeoutMs: 10 * 60_000 });
    if (r.code !== 0) throw new Error(`tar could not pack ${source}: ${tail(r.stderr)}`);
    return readFileSync(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function readString(block: Buffer, offset: number, length: number): string {
  const slice = block.subarray(offset, offset + length);
  const end = slice.indexOf(0);
  return slice.subarray(0, end === -1 ? slice.length : end).toString('utf8');
}

function readOctal(block: Buffer, offset: number, length: number): number {
  const field = block.subarray(offset, offset + length);
  // GNU base-256 for sizes over 8 GiB: high bit set on the first byte.
  if (field[0]! & 0x80) {
    let n = 0;
    for (let i = 1; i < field.length; i++) n = n * 256 + field[i]!;
    return n;
  }
  const text = readString(block, offset, length).trim();
  return text === '' ? 0 : parseInt(text, 8);
}

function parsePax(data: string): Record<string, string> {
  const out: Record<string, string> = {};
  let rest = Buffer.from(data, 'utf8');
  while (rest.length > 0) {
    const space = rest.indexOf(0x20);
    if (space <= 0) break;
    const len = parseInt(rest.subarray(0, space).toString('ascii'), 10);
    if (!Number.isFinite(len) || len <= space) throw new UnsafeArchiveError('malformed pax header in the archive');
    const record = rest.subarray(space + 1, len - 1).toString('utf8');
    const eq = record.indexOf('=');
    if (eq > 0) out[record.slice(0, eq)] = record.slice(eq + 1);
    rest = rest.subarray(len);
  }
  return out;
}

/** Lists a tar (optionally gzipped) archive's entries: ustar, pax extended headers and GNU long names. */
export function listArchive(archive: Buffer): ArchiveEntry[] {
  const tar = archive[0] === 0x1f && archive[1] === 0x8b ? gunzipSync(archive) : archive;
  const entries: ArchiveEntry[] = [];
  let offset = 0;
  let longName: string | undefined;
  let longLink: string | undefined;
  let pax: Record<string, string> = {};
  while (offset + 512 <= tar.length) {
    const block = tar.subarray(offset, offset + 512);
    if (block.every((b) => b === 0)) break;
    const sum = readOctal(block, 148, 8);
    let computed = 0;
    for (let i = 0; i < 512; i++) computed += i >= 148 && i < 156 ? 0x20 : block[i]!;
    if (sum !== computed) throw new UnsafeArchiveError(`the archive is corrupt: bad header checksum at byte ${offset}`);
    const size = readOctal(block, 124, 12);
    const typeflag = String.fromCharCode(block[156]!) || '0';
    const magic = readString(block, 257, 6);
    const prefix = magic.startsWith('ustar') ? readString(block, 345, 155) : '';
    const dataStart = offset + 512;
    const data = () => tar.subarray(dataStart, dataStart + size);
    offset = dataStart + Math.ceil(size / 512) * 512;
    if (offset > tar.length + 512) throw new UnsafeArchiveError('the archive is truncated');
    if (typeflag === 'L') {
      longName = readString(data(), 0, size);
      continue;
    }
    if (typeflag === 'K') {
      longLink = readString(data(), 0, size);
      continue;
    }
    if (typeflag === 'x') {
      pax = { ...pax, ...parsePax(data().toString('utf8')) };
      continue;
    }
    if (typeflag === 'g') continue;
    const headerName = readString(block, 0, 100);
    const name = pax.path ?? longName ?? (prefix ? `${prefix}/${headerName}` : headerName);
    const linkTarget = pax.linkpath ?? longLink ?? readString(block, 157, 100);
    const type: ArchiveEntry['type'] =
      typeflag === '0' || typeflag === '\0' || typeflag === '7' ? 'file' : typeflag === '5' ? 'directory' : typeflag === '2' ? 'symlink' : typeflag === '1' ? 'hardlink' : 'other';
    entries.push({ name, type, size, ...(type === 'symlink' || type === 'hardlink' ? { linkTarget } : {}) });
    longName = undefined;
    longLink = undefined;
    pax = {};
  }
  return entries;
}

/**
 * Whether a link at `entryName` pointing to `target` stays inside the release. Walks the components by hand:
 * path.normalize would clamp '/..' at the root and hide an escape.
 */
function linkStaysInside(entryName: string, target: string): boolean {
  if (target === '' || target.startsWith('/')) return false;
  const stack = entryName.split('/').filter((p) => p !== '' && p !== '.');
  stack.pop(); // the link itself: its target is relative to the folder it sits in
  for (const part of target.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (stack.length === 0) return false;
      stack.pop();
    } else {
      stack.push(part);
    }
  }
  return true;
}

/**
 * Refuses absolute paths, `..` components, links whose target resolves outside the release, and device
 * files or FIFOs. Returns the entries when the archive is safe to unpack.
 */
export function validateArchive(archive: Buffer): ArchiveEntry[] {
  const entries = listArchive(archive);
  if (entries.length === 0) throw new UnsafeArchiveError('the archive is empty');
  for (const entry of entries) {
    const shown = JSON.stringify(entry.name);
    if (entry.name.startsWith('/')) throw new UnsafeArchiveError(`archive entry ${shown} has an absolute path`);
    if (entry.name.split('/').includes('..')) throw new UnsafeArchiveError(`archive entry ${shown} has a '..' component`);
    if (entry.type === 'other') throw new UnsafeArchiveError(`archive entry ${shown} is a device, FIFO or unknown type; only files, folders and links are allowed`);
    if (entry.type === 'symlink') {
      const target = entry.linkTarget ?? '';
      if (!linkStaysInside(entry.name, target)) {
        throw new UnsafeArchiveError(`archive entry ${shown} is a link to ${JSON.stringify(target)}, which points outside the release`);
      }
    }
    if (entry.type === 'hardlink') {
      const target = entry.linkTarget ?? '';
      if (target.startsWith('/') || target.split('/').includes('..')) {
        throw new UnsafeArchiveError(`archive entry ${shown} is a hard link to ${JSON.stringify(target)}, outside the release`);
      }
    }
  }
  return entries;
}
