// Reads a text file line by line from a stream, with each line's byte offset, in bounded memory.
// Splitting at the last 0x0A byte of a chunk is safe for UTF-8 (it never occurs inside a multi-byte
// character), so each chunk's complete lines are decoded at once and the rest carried over: a file of any
// size costs about one chunk. Several times faster than readline for millions of short lcov records, and
// the byte offsets let the shard merge come back to a record later.
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';

export interface LineVisitor {
  /** `line` has no line terminator (a trailing \r is dropped); `lineNo` starts at 1; `offset` is in bytes. */
  (line: string, lineNo: number, offset: number): void;
}

const CHUNK = 1024 * 1024;

export async function forEachLine(file: string, visit: LineVisitor): Promise<void> {
  const stream = createReadStream(file, { highWaterMark: CHUNK });
  let carry: Buffer | undefined;
  let carryOffset = 0;
  let lineNo = 0;
  let position = 0;
  const emit = (line: string, offset: number) => {
    lineNo++;
    visit(line.charCodeAt(line.length - 1) === 13 ? line.slice(0, -1) : line, lineNo, offset);
  };
  // Decodes all complete lines of a buffer at once (one string per chunk, lines are slices of it).
  const emitAll = (buf: Buffer, end: number, bufOffset: number) => {
    const text = buf.toString('utf8', 0, end);
    // ASCII only (the usual case): characters and bytes coincide, so offsets need no counting.
    const ascii = text.length === end;
    let start = 0;
    let byteStart = 0;
    for (;;) {
      const nl = text.indexOf('\n', start);
      if (nl === -1 || nl >= text.length) break;
      const line = text.slice(start, nl);
      emit(line, bufOffset + byteStart);
      byteStart += ascii ? nl + 1 - start : Buffer.byteLength(line) + 1;
      start = nl + 1;
    }
  };
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    const buf: Buffer = carry ? Buffer.concat([carry, chunk]) : chunk;
    const bufOffset = carry ? carryOffset : position;
    position += chunk.length;
    const lastNl = buf.lastIndexOf(10);
    if (lastNl === -1) {
      carry = buf;
      carryOffset = bufOffset;
      continue;
    }
    emitAll(buf, lastNl + 1, bufOffset);
    if (lastNl + 1 < buf.length) {
      carry = buf.subarray(lastNl + 1);
      carryOffset = bufOffset + lastNl + 1;
    } else {
      carry = undefined;
    }
  }
  if (carry && carry.length > 0) emit(carry.toString('utf8'), carryOffset);
}

export interface ByteLineVisitor {
  /** One line as bytes `buf[start, end)` without its terminator (a trailing \r is left in); `lineNo` starts at 1. */
  (buf: Buffer, start: number, end: number, lineNo: number): void;
}

/**
 * The same walk over raw bytes: no string is made unless the visitor decodes one. A reader whose common
 * records are plain digits (lcov's DA) parses them straight from the buffer and leaves a million short
 * strings uncreated, which is most of both its time and its garbage.
 */
export async function forEachLineBytes(file: string, visit: ByteLineVisitor): Promise<void> {
  let lineNo = 0;
  await forEachLineChunk(file, (buf, end) => {
    let start = 0;
    // A plain loop: a native indexOf call per short line costs more than looking at the bytes.
    for (let i = 0; i < end; i++) {
      if (buf[i] !== 10) continue;
      visit(buf, start, i, ++lineNo);
      start = i + 1;
    }
    if (start < end) visit(buf, start, end, ++lineNo);
  });
}

export interface ChunkVisitor {
  /**
   * `buf[0, end)` holds whole lines: each ends with \n, except the file's last line when it has none. The
   * buffer is reused once the visitor returns: keep copies, not views.
   */
  (buf: Buffer, end: number): void;
}

/**
 * The file in chunks of whole lines, for a reader that walks the bytes itself (the lcov reader parses its
 * DA records inside that walk, with no call per line). One buffer is read into again and again, the
 * incomplete last line moved to its front: no stream, no new buffer per chunk. A line longer than the
 * buffer doubles it.
 */
export async function forEachLineChunk(file: string, visit: ChunkVisitor): Promise<void> {
  const handle = await open(file, 'r');
  try {
    let buf = Buffer.allocUnsafe(CHUNK);
    let filled = 0;
    for (;;) {
      if (filled === buf.length) {
        const bigger = Buffer.allocUnsafe(buf.length * 2);
        buf.copy(bigger, 0, 0, filled);
        buf = bigger;
      }
      const { bytesRead } = await handle.read(buf, filled, buf.length - filled, null);
      if (bytesRead === 0) break;
      filled += bytesRead;
      const lastNl = buf.lastIndexOf(10, filled - 1);
      if (lastNl === -1) continue;
      visit(buf, lastNl + 1);
      buf.copyWithin(0, lastNl + 1, filled);
      filled -= lastNl + 1;
    }
    if (filled > 0) visit(buf, filled);
  } finally {
    await handle.close();
  }
}
