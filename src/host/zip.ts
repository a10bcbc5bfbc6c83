// Zips of artifact folders outside Actions, on maintained libraries: archiver writes them (the writer
// @actions/artifact uploads with, so local and workflow artifacts are the same kind of zip) and yauzl reads them
// from the central directory, one entry at a time. What those leave to their callers is here: every entry name
// checked against the destination with our message, symbolic links refused, and the CRC-32 checked (yauzl
// checks sizes only).
import { createWriteStream, mkdirSync } from 'node:fs';
import { mkdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { Transform, Writable, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import archiver from 'archiver';
import CRC32 from 'crc-32';
import yauzl from 'yauzl';

export class UnsafeZipEntryError extends Error {
  override name = 'UnsafeZipEntryError';
}

export class ZipFormatError extends Error {
  override name = 'ZipFormatError';
}

export interface ZipInput {
  /** Path inside the archive: relative, forward slashes. */
  name: string;
  /** File on disk to store under that name. */
  source: string;
}

/** Why `name` may not be an entry name (absolute, a drive, a `..` segment, a NUL), or undefined when it may. */
function entryNameProblem(name: string): string | undefined {
  const normalized = name.replace(/\\/g, '/');
  if (
    normalized.includes('\0') ||
    normalized.startsWith('/') ||
    /^[a-zA-Z]:/.test(normalized) ||
    normalized.split('/').some((segment) => segment === '..')
  ) {
    return "absolute paths and '..' are not allowed";
  }
  return undefined;
}

/**
 * Writes a zip of the given files and returns its size in bytes. Names are checked first: archiver would quietly
 * rewrite an absolute or `..` name into another one, and an artifact must hold the names it was given.
 */
export async function writeZip(zipPath: string, entries: ZipInput[]): Promise<number> {
  for (const entry of entries) {
    const problem = entryNameProblem(entry.name);
    if (problem || !entry.name)
      throw new UnsafeZipEntryError(`${zipPath}: refusing entry '${entry.name}': ${problem ?? 'an empty name'}`);
  }
  // Stats are taken here, following links: given no stats, archiver lstats and stores a symbolic link as a link,
  // which would point out of the artifact (and which our own reader refuses).
  const stats = await Promise.all(
    entries.map(async (entry) => {
      const info = await stat(entry.source).catch((error: unknown) => {
        throw new ZipFormatError(`${zipPath}: could not be written (${message(error)})`);
      });
      if (!info.isFile()) throw new ZipFormatError(`${zipPath}: could not be written (${entry.source} is not a file)`);
      return info;
    }),
  );
  mkdirSync(path.dirname(zipPath), { recursive: true });
  const archive = archiver('zip', { zlib: { level: 6 } });
  const output = createWriteStream(zipPath);
  // A file that vanishes meanwhile is only a warning to archiver; for an artifact it is an error.
  archive.on('warning', (error) => archive.emit('error', error));
  const written = pipeline(archive, output);
  entries.forEach((entry, i) => archive.file(entry.source, { name: entry.name, stats: stats[i]! }));
  try {
    await Promise.all([archive.finalize(), written]);
  } catch (error) {
    await rm(zipPath, { force: true });
    throw new ZipFormatError(`${zipPath}: could not be written (${message(error)})`);
  }
  return archive.pointer();
}

/** The path an entry would be written to, or an error when it would escape `destination`. */
export function safeEntryPath(destination: string, name: string, label = 'zip'): string {
  const problem = entryNameProblem(name);
  if (problem) throw new UnsafeZipEntryError(`${label}: refusing entry '${name}': ${problem}`);
  const root = path.resolve(destination);
  const target = path.resolve(root, name.replace(/\\/g, '/'));
  if (target !== root && !target.startsWith(root + path.sep)) {
    throw new UnsafeZipEntryError(`${label}: refusing entry '${name}': it resolves outside ${root}`);
  }
  return target;
}

interface CheckedEntry {
  name: string;
  isDirectory: boolean;
  entry: yauzl.Entry;
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Opens a zip (a path, read through a file handle, or bytes) and lists its entries from the central directory.
 * Names are decoded by yauzl but judged here, so a refusal names the entry in our words; symbolic links and
 * entries we cannot decode are refused before any data is read.
 */
async function openZip(
  source: string | Buffer,
  label: string,
): Promise<{ zipfile: yauzl.ZipFile; entries: CheckedEntry[] }> {
  const options: yauzl.Options = {
    lazyEntries: true,
    autoClose: false,
    decodeStrings: false,
    validateEntrySizes: true,
  };
  let zipfile: yauzl.ZipFile;
  try {
    zipfile =
      typeof source === 'string'
        ? await yauzl.openPromise(source, options)
        : await yauzl.fromBufferPromise(source, options);
  } catch (error) {
    throw new ZipFormatError(`${label}: not a zip archive (${message(error)})`);
  }
  const entries: CheckedEntry[] = [];
  try {
    for await (const entry of zipfile.eachEntry()) {
      const name = yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileNameRaw, entry.extraFields, false);
      const problem = entryNameProblem(name) ?? yauzl.validateFileName(name) ?? undefined;
      if (problem) throw new UnsafeZipEntryError(`${label}: refusing entry '${name}': ${problem}`);
      const madeByUnix = entry.versionMadeBy >> 8 === 3;
      if (madeByUnix && ((entry.externalFileAttributes >>> 16) & 0o170000) === 0o120000) {
        throw new UnsafeZipEntryError(`${label}: refusing symbolic link entry '${name}'`);
      }
      if (entry.isEncrypted()) throw new ZipFormatError(`${label}: ${name} is encrypted, which is not supported`);
      if (!entry.canDecodeFileData()) {
        throw new ZipFormatError(
          `${label}: ${name} uses compression method ${entry.compressionMethod}; only deflate and stored are supported`,
        );
      }
      entries.push({ name, isDirectory: name.endsWith('/'), entry });
    }
  } catch (error) {
    zipfile.close();
    if (error instanceof UnsafeZipEntryError || error instanceof ZipFormatError) throw error;
    throw new ZipFormatError(`${label}: corrupt central directory (${message(error)})`);
  }
  return { zipfile, entries };
}

/** A pass-through that fails the stream when the bytes do not match the central directory's CRC-32. */
function crcCheck(expected: number, fail: () => Error): Transform {
  let crc = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      crc = CRC32.buf(chunk, crc);
      callback(null, chunk);
    },
    flush(callback) {
      callback(crc >>> 0 === expected >>> 0 ? null : fail());
    },
  });
}

/** Streams one entry's inflated, size- and CRC-checked bytes through `sink`. */
async function pipeEntry(
  zipfile: yauzl.ZipFile,
  checked: CheckedEntry,
  label: string,
  sink: NodeJS.WritableStream,
): Promise<void> {
  const corrupt = (detail: string) => new ZipFormatError(`${label}: ${checked.name} is corrupt (${detail})`);
  let stream: Readable;
  try {
    stream = await zipfile.openReadStreamPromise(checked.entry);
  } catch (error) {
    throw corrupt(message(error));
  }
  try {
    await pipeline(
      stream,
      crcCheck(checked.entry.crc32, () => corrupt('CRC-32 mismatch')),
      sink,
    );
  } catch (error) {
    throw error instanceof ZipFormatError ? error : corrupt(message(error));
  }
}

export interface ZipEntry {
  name: string;
  isDirectory: boolean;
  data: Buffer;
}

/**
 * Reads every entry of a small zip into memory (inspecting a downloaded artifact). Unsafe names, symbolic links
 * and corrupt data are refused as in extractZip.
 */
export async function readZip(source: string | Buffer, label = 'zip'): Promise<ZipEntry[]> {
  const { zipfile, entries } = await openZip(source, label);
  try {
    const result: ZipEntry[] = [];
    for (const checked of entries) {
      const chunks: Buffer[] = [];
      if (!checked.isDirectory) {
        const collect = new Writable({ write: (chunk: Buffer, _e, cb) => (chunks.push(chunk), cb()) });
        await pipeEntry(zipfile, checked, label, collect);
      }
      result.push({ name: checked.name, isDirectory: checked.isDirectory, data: Buffer.concat(chunks) });
    }
    return result;
  } finally {
    zipfile.close();
  }
}

/** What one artifact may unpack to unless the caller says otherwise: far above any coverage report. */
export const DEFAULT_MAX_UNPACKED_BYTES = 4 * 1024 ** 3;

/**
 * Unpacks a zip into `destination`, one entry at a time (memory does not grow with the archive). Every entry name
 * is checked before anything is written, so a hostile archive leaves no partial output behind; an entry whose
 * data turns out corrupt takes the files already unpacked with it, so no half-read artifact is left to trust.
 */
export async function extractZip(
  zipPath: string,
  destination: string,
  options: { maxBytes?: number } = {},
): Promise<string[]> {
  const { zipfile, entries } = await openZip(zipPath, zipPath);
  const written: string[] = [];
  try {
    const targets = entries.map((e) => safeEntryPath(destination, e.name, zipPath));
    // yauzl holds each entry to its declared size, so the sum is what would land on disk: a zip bomb stops here.
    const maxBytes = options.maxBytes ?? DEFAULT_MAX_UNPACKED_BYTES;
    const total = entries.reduce((sum, e) => sum + e.entry.uncompressedSize, 0);
    if (total > maxBytes) {
      throw new UnsafeZipEntryError(`${zipPath}: refusing to unpack ${total} bytes, more than the ${maxBytes} allowed`);
    }
    await mkdir(destination, { recursive: true });
    for (const [i, checked] of entries.entries()) {
      const target = targets[i]!;
      if (checked.isDirectory) {
        await mkdir(target, { recursive: true });
        continue;
      }
      await mkdir(path.dirname(target), { recursive: true });
      written.push(target);
      await pipeEntry(zipfile, checked, zipPath, createWriteStream(target));
    }
    return written;
  } catch (error) {
    await Promise.all(written.map((file) => rm(file, { force: true })));
    throw error;
  } finally {
    zipfile.close();
  }
}
