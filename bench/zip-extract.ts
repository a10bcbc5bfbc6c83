// Unpacking a zip artifact (8 entries of 64 MiB, zeros, so the zip is small and the disk is not what is
// measured): peak RSS and time of extractZip now (yauzl, one entry streamed at a time) against the hand-written
// reader it replaced (the whole zip read, each entry inflated into one buffer), taken from git at the commit
// given with --before (default: the last commit that had it). Each reader is bundled to plain JavaScript with
// esbuild (as dist/ is; esbuild comes with tsx) and runs in its own plain node process, so its peak RSS
// (process.resourceUsage().maxRSS) is its own.
// Run: npx tsx bench/zip-extract.ts [--before <commit>]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeZip } from '../src/host/zip.js';
import { bundleForNode, runMeasured } from './support.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ENTRIES = 8;
const ENTRY_BYTES = 64 * 1024 * 1024;

/** What each child process runs: load the bundled reader (or nothing), unpack the zip, print its peak RSS. */
const CHILD = `
const [kind, zip, dest, module] = process.argv.slice(2);
const started = performance.now();
let files = 0;
if (kind !== 'idle') {
  const { extractZip } = await import(module);
  files = (await extractZip(zip, dest)).length;
}
process.stdout.write(JSON.stringify({ ms: performance.now() - started, maxRssMb: process.resourceUsage().maxRSS / 1024, files }) + '\\n');
`;

interface Measured {
  ms: number;
  maxRssMb: number;
  files: number;
}

function measure(childFile: string, kind: string, zip: string, dest: string, module: string): Measured {
  try {
    return runMeasured<Measured>(childFile, [kind, zip, dest, module]);
  } finally {
    rmSync(dest, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const at = process.argv.indexOf('--before');
  const before = at > 0 ? process.argv[at + 1]! : 'bd9cda5';
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-zip-'));
  try {
    const source = path.join(dir, 'zeros.bin');
    writeFileSync(source, Buffer.alloc(ENTRY_BYTES));
    const zip = path.join(dir, 'artifact.zip');
    await writeZip(
      zip,
      Array.from({ length: ENTRIES }, (_, i) => ({ name: `report/part-${i}.bin`, source })),
    );
    rmSync(source);
    console.log(
      `zip: ${ENTRIES} entries, ${((ENTRIES * ENTRY_BYTES) / 1024 ** 2).toFixed(0)} MiB unpacked, ${(statSync(zip).size / 1024 / 1024).toFixed(1)} MB zipped`,
    );
    const childFile = path.join(dir, 'child.mjs');
    writeFileSync(childFile, CHILD);
    const now = await bundleForNode(path.join(root, 'src/host/zip.ts'), path.join(dir, 'zip-now.mjs'));
    let old: string | undefined;
    try {
      // The old reader as it was, beside today's tree so its imports resolve.
      const text = execFileSync('git', ['-C', root, 'show', `${before}:src/host/zip.ts`], { encoding: 'utf8' });
      const file = path.join(root, 'src/host', `.zip-before-${process.pid}.ts`);
      writeFileSync(file, text);
      try {
        old = await bundleForNode(file, path.join(dir, 'zip-before.mjs'));
      } finally {
        rmSync(file, { force: true });
      }
    } catch {
      console.log(`before: n/a (no ${before} in this checkout's git history)`);
    }
    const dest = path.join(dir, 'out');
    const row = (name: string, m: Measured) =>
      console.log(
        `${name.padEnd(44)} ${m.ms.toFixed(0).padStart(6)} ms  ${m.maxRssMb.toFixed(0).padStart(5)} MB peak RSS  ${m.files} files`,
      );
    const idle = measure(childFile, 'idle', zip, dest, '');
    const measuredNow = measure(childFile, 'now', zip, dest, now);
    row('idle node', idle);
    row('now: yauzl, entries streamed', measuredNow);
    if (old) {
      const then = measure(childFile, 'before', zip, dest, old);
      row(`before (${before}): readFileSync + inflateRawSync`, then);
      console.log(
        `now vs before: ${(measuredNow.maxRssMb / then.maxRssMb).toFixed(3)}x peak RSS, ${(measuredNow.ms / then.ms).toFixed(2)}x time`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
