// The release archive: built from a folder with the system tar, or taken prebuilt; every entry is checked
// here before anything is unpacked, so an archive cannot write outside its release folder.
import { closeSync, createReadStream, mkdtempSync, openSync, readFileSync, readSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import tar from 'tar-stream';
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
    const args = [
      '--create',
      '--gzip',
      '--file',
      file,
      '--directory',
      source,
      '--owner=0',
      '--group=0',
      '--numeric-owner',
    ];
    for (const pattern of exclude) args.push(`--exclude=${pattern}`);
    args.push('.');
    const r = await runProgram('tar', args, { timeoutMs: 10 * 60_000 });
    if (r.code !== 0) throw new Error(`tar could not pack ${source}: ${tail(r.stderr)}`);
    return readFileSync(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** An archive given as bytes, or as a file path read as a stream (a release may be far bigger than memory). */
export type ArchiveSource = Buffer | { file: string };

function isGzip(head: Uint8Array): boolean {
  return head[0] === 0x1f && head[1] === 0x8b;
}

function openArchive(source: ArchiveSource): Readable {
  if (Buffer.isBuffer(source))
    return isGzip(source) ? Readable.from([source]).pipe(createGunzip()) : Readable.from([source]);
  const head = Buffer.alloc(2);
  const fd = openSync(source.file, 'r');
  try {
    readSync(fd, head, 0, 2, 0);
  } finally {
    closeSync(fd);
  }
  // Small reads: a chunk of well-compressed data inflates a thousandfold, and that is what sits in memory.
  const raw = createReadStream(source.file, { highWaterMark: 16 * 1024 });
  return isGzip(head) ? raw.pipe(createGunzip()) : raw;
}

const TYPES: Record<string, ArchiveEntry['type']> = {
  file: 'file',
  'contiguous-file': 'file',
  directory: 'directory',
  symlink: 'symlink',
  link: 'hardlink',
};

/**
 * Calls `onEntry` for each entry of a tar (optionally gzipped) archive, streamed from the gzip through
 * tar-stream (ustar, pax and GNU long names): memory stays bounded whatever the release size, since entry
 * data is skipped, never held. `onEntry` may throw to stop at the first bad entry.
 */
export async function forEachEntry(source: ArchiveSource, onEntry: (entry: ArchiveEntry) => void): Promise<void> {
  const input = openArchive(source);
  const extract = tar.extract();
  try {
    await new Promise<void>((resolve, reject) => {
      let failed = false;
      const fail = (e: Error) => {
        if (failed) return;
        failed = true;
        reject(e instanceof UnsafeArchiveError ? e : new UnsafeArchiveError(`the archive is corrupt: ${e.message}`));
      };
      input.on('error', fail);
      extract.on('error', fail);
      extract.on('entry', (header, stream, next) => {
        try {
          onEntry({
            name: header.name,
            type: TYPES[header.type] ?? 'other',
            size: header.size,
            ...(header.type === 'symlink' || header.type === 'link' ? { linkTarget: header.linkname ?? '' } : {}),
          });
        } catch (e) {
          fail(e as Error);
          return;
        }
        stream.on('end', () => next());
        stream.resume();
      });
      extract.on('finish', () => {
        if (!failed) resolve();
      });
      input.pipe(extract);
    });
  } finally {
    input.destroy();
    extract.destroy();
  }
}

/** Lists a tar (optionally gzipped) archive's entries. */
export async function listArchive(source: ArchiveSource): Promise<ArchiveEntry[]> {
  const entries: ArchiveEntry[] = [];
  await forEachEntry(source, (e) => entries.push(e));
  return entries;
}

/** Symlinks met so far, by where they really sit (every link before them resolved), to their targets. */
type SeenLinks = Map<string, string>;

/** More link hops than this is a loop (Linux stops at 40 too). */
const MAX_HOPS = 40;

/**
 * Resolves `relative` from the folder `from` (components, inside the release), following every symlink the
 * archive has already made along the way: the unpacked tree has them too. Returns the real location's
 * components, or undefined when it leaves the release (or loops). Walked by hand: path.normalize clamps
 * '/..' at the root and would hide an escape.
 */
function resolveInside(links: SeenLinks, from: readonly string[], relative: string): string[] | undefined {
  const stack = [...from];
  const queue = relative.split('/');
  let hops = 0;
  while (queue.length > 0) {
    const part = queue.shift()!;
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (stack.length === 0) return undefined;
      stack.pop();
      continue;
    }
    stack.push(part);
    const target = links.get(stack.join('/'));
    if (target === undefined) continue;
    if (++hops > MAX_HOPS || target === '' || target.startsWith('/')) return undefined;
    stack.pop(); // a link's target is relative to the folder it sits in
    queue.unshift(...target.split('/'));
  }
  return stack;
}

/**
 * Refuses absolute paths, `..` components, links whose target resolves outside the release (through the
 * links already seen, so a chain like `d/l -> ..`, `d/l2 -> l/..` is caught), entries written through such
 * links, and device files or FIFOs. Streams the archive; returns the entries when it is safe to unpack.
 */
export async function validateArchive(source: ArchiveSource): Promise<ArchiveEntry[]> {
  const entries: ArchiveEntry[] = [];
  const links: SeenLinks = new Map();
  await forEachEntry(source, (entry) => {
    const shown = JSON.stringify(entry.name);
    if (entry.name.startsWith('/')) throw new UnsafeArchiveError(`archive entry ${shown} has an absolute path`);
    const parts = entry.name.split('/').filter((p) => p !== '' && p !== '.');
    if (parts.includes('..')) throw new UnsafeArchiveError(`archive entry ${shown} has a '..' component`);
    if (entry.type === 'other')
      throw new UnsafeArchiveError(
        `archive entry ${shown} is a device, FIFO or unknown type; only files, folders and links are allowed`,
      );
    const folder = resolveInside(links, [], parts.slice(0, -1).join('/'));
    if (!folder)
      throw new UnsafeArchiveError(
        `archive entry ${shown} would be written through a link that points outside the release`,
      );
    const where = [...folder, parts.at(-1) ?? ''].filter(Boolean).join('/');
    if (entry.type === 'symlink') {
      const target = entry.linkTarget ?? '';
      if (target === '' || target.startsWith('/') || !resolveInside(links, folder, target)) {
        throw new UnsafeArchiveError(
          `archive entry ${shown} is a link to ${JSON.stringify(target)}, which points outside the release`,
        );
      }
      links.set(where, target);
    } else {
      // A file or folder in place of an earlier link replaces it when unpacked.
      links.delete(where);
    }
    if (entry.type === 'hardlink') {
      // A hard link's target is a path from the archive root.
      const target = entry.linkTarget ?? '';
      if (target.startsWith('/') || target.split('/').includes('..') || !resolveInside(links, [], target)) {
        throw new UnsafeArchiveError(
          `archive entry ${shown} is a hard link to ${JSON.stringify(target)}, outside the release`,
        );
      }
    }
    entries.push(entry);
  });
  if (entries.length === 0) throw new UnsafeArchiveError('the archive is empty');
  return entries;
}
