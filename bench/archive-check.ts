// Checking a 1 GiB release archive (16 files of 64 MiB, gzipped; zeros, so the .tar.gz is a few MB and the
// disk is not what is measured): peak RSS and time of validateArchive now (streamed through tar-stream from
// the gzip) against the hand-written reader it replaced (gunzipSync of the whole archive), taken from git
// at the commit given with --before (default: the last commit that had it). Each reader is bundled to plain
// JavaScript with esbuild (as dist/ is; esbuild comes with tsx) and runs in its own plain node process, so its
// peak RSS (process.resourceUsage().maxRSS) is its own. Target: at most 100 MB now.
// Run: npx tsx bench/archive-check.ts [--before <commit>]
import { execFileSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { createGzip } from 'node:zlib';
import tar from 'tar-stream';
import { bundleForNode, runMeasured } from './support.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const FILES = 16;
const FILE_BYTES = 64 * 1024 * 1024;

/** What each child process runs: load the bundled reader (or nothing), check the archive, print its peak RSS. */
const CHILD = `
import { readFileSync } from 'node:fs';
const [kind, archive, module] = process.argv.slice(2);
const started = performance.now();
let entries = 0;
if (kind !== 'idle') {
  const { validateArchive } = await import(module);
  entries = (await (kind === 'before' ? validateArchive(readFileSync(archive)) : validateArchive({ file: archive }))).length;
}
process.stdout.write(JSON.stringify({ ms: performance.now() - started, maxRssMb: process.resourceUsage().maxRSS / 1024, entries }) + '\\n');
`;

async function writeArchive(file: string): Promise<void> {
  const pack = tar.pack();
  const zeros = Buffer.alloc(1024 * 1024);
  const writing = pipeline(pack, createGzip({ level: 1 }), createWriteStream(file));
  for (let i = 0; i < FILES; i++) {
    const entry = pack.entry({ name: `release/part-${i}.bin`, size: FILE_BYTES });
    for (let written = 0; written < FILE_BYTES; written += zeros.length) {
      if (!entry.write(zeros)) await new Promise<void>((resolve) => entry.once('drain', () => resolve()));
    }
    await new Promise<void>((resolve, reject) => entry.end((err?: Error | null) => (err ? reject(err) : resolve())));
  }
  pack.finalize();
  await writing;
}

interface Measured {
  ms: number;
  maxRssMb: number;
  entries: number;
}

function measure(childFile: string, kind: string, archive: string, module: string): Measured {
  return runMeasured<Measured>(childFile, [kind, archive, module]);
}

async function main(): Promise<void> {
  const at = process.argv.indexOf('--before');
  const before = at > 0 ? process.argv[at + 1]! : '7d9a6d0';
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-archive-'));
  try {
    const archive = path.join(dir, 'release.tar.gz');
    await writeArchive(archive);
    console.log(
      `archive: ${FILES} files, ${((FILES * FILE_BYTES) / 1024 ** 3).toFixed(1)} GiB unpacked, ${(statSync(archive).size / 1024 / 1024).toFixed(1)} MB gzipped`,
    );
    const childFile = path.join(dir, 'child.mjs');
    writeFileSync(childFile, CHILD);
    const now = await bundleForNode(path.join(root, 'src/deploy/archive.ts'), path.join(dir, 'archive-now.mjs'));
    let old: string | undefined;
    try {
      // The old reader as it was, beside today's tree so its imports resolve.
      const source = execFileSync('git', ['-C', root, 'show', `${before}:src/deploy/archive.ts`], { encoding: 'utf8' });
      const file = path.join(root, 'src/deploy', `.archive-before-${process.pid}.ts`);
      writeFileSync(file, source);
      try {
        old = await bundleForNode(file, path.join(dir, 'archive-before.mjs'));
      } finally {
        rmSync(file, { force: true });
      }
    } catch {
      console.log(`before: n/a (no ${before} in this checkout's git history)`);
    }
    const row = (name: string, m: Measured) =>
      console.log(
        `${name.padEnd(40)} ${m.ms.toFixed(0).padStart(6)} ms  ${m.maxRssMb.toFixed(0).padStart(5)} MB peak RSS  ${m.entries} entries`,
      );
    const idle = measure(childFile, 'idle', archive, '');
    const measuredNow = measure(childFile, 'now', archive, now);
    row('idle node', idle);
    row('now: tar-stream from the gzip', measuredNow);
    if (old) {
      const then = measure(childFile, 'before', archive, old);
      row(`before (${before}): gunzipSync + headers`, then);
      console.log(
        `now vs before: ${(measuredNow.maxRssMb / then.maxRssMb).toFixed(3)}x peak RSS, ${(measuredNow.ms / then.ms).toFixed(2)}x time`,
      );
    }
    console.log(
      `target: at most 100 MB peak RSS -> ${measuredNow.maxRssMb <= 100 ? 'met' : 'MISSED'} (${measuredNow.maxRssMb.toFixed(0)} MB)`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
