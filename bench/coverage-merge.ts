// Merging 10 lcov shards of 100 MB in all. Each contender runs in its own child process so its peak RSS
// (process.resourceUsage().maxRSS) is its own; times are measured inside the child around the work.
// Contenders: mergeLcovFiles (two-pass, bounded memory), plain streaming concatenation of the shards (the
// I/O floor: every byte read once and written once), and reading all shards into memory with readCoverage
// (what a merge that holds everything would cost at least).
// Run: npx tsx bench/coverage-merge.ts
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeLcov } from './coverage-generate.js';

const self = fileURLToPath(import.meta.url);
const SHARDS = 10;

async function child(kind: string, dir: string): Promise<void> {
  const shards = readdirSync(dir)
    .filter((f) => f.startsWith('shard-'))
    .sort()
    .map((f) => path.join(dir, f));
  const output = path.join(dir, `out-${kind}.info`);
  const started = performance.now();
  let detail = '';
  if (kind === 'merge') {
    const { mergeLcovFiles } = await import('../src/coverage/merge.js');
    const r = await mergeLcovFiles(shards, output);
    detail = `${r.files} files, ${(statSync(output).size / 1024 / 1024).toFixed(1)} MB out`;
  } else if (kind === 'concat') {
    const { createReadStream, createWriteStream } = await import('node:fs');
    const { pipeline } = await import('node:stream/promises');
    const out = createWriteStream(output);
    for (const s of shards) await pipeline(createReadStream(s), out, { end: false });
    out.end();
    await new Promise<void>((resolve) => out.on('close', () => resolve()));
    detail = `${(statSync(output).size / 1024 / 1024).toFixed(1)} MB out`;
  } else if (kind === 'in-memory') {
    const { readCoverage } = await import('../src/coverage/read.js');
    const report = await readCoverage(shards, { workspace: dir, cwd: dir });
    detail = `${report.files.length} files held`;
  }
  const ms = performance.now() - started;
  process.stdout.write(JSON.stringify({ ms, maxRssMb: process.resourceUsage().maxRSS / 1024, detail }) + '\n');
}

interface Measured {
  ms: number;
  maxRssMb: number;
  detail: string;
}

function measure(kind: string, dir: string): Measured {
  const r = spawnSync(process.execPath, ['--import', 'tsx', self, '--child', kind, dir], {
    encoding: 'utf8',
    timeout: 600_000,
  });
  if (r.status !== 0) throw new Error(`${kind} failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!) as Measured;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-coverage-merge-'));
  try {
    // 13,700 files of 100 lines; shard k covers the files where (file + k) % 3 != 0, so shards overlap
    // partly and the merged output has every file: about 10 MB per shard.
    let total = 0;
    for (let k = 0; k < SHARDS; k++) {
      total += await writeLcov(path.join(dir, `shard-${String(k).padStart(2, '0')}.info`), {
        files: 13_700,
        linesPerFile: 100,
        functionsPerFile: 5,
        branchesPerFile: 10,
        include: (f) => (f + k) % 3 !== 0,
        seed: k + 1,
      });
    }
    console.log(`${SHARDS} shards, ${(total / 1024 / 1024).toFixed(0)} MB of lcov in all`);
    const idle = measure('idle', dir);
    const concat = measure('concat', dir);
    const merge = measure('merge', dir);
    const memory = measure('in-memory', dir);
    const row = (name: string, m: Measured) =>
      console.log(
        `${name.padEnd(34)} ${m.ms.toFixed(0).padStart(6)} ms  ${m.maxRssMb.toFixed(0).padStart(5)} MB peak RSS  ${m.detail}`,
      );
    console.log('each in its own process:');
    row('idle node (+tsx loader)', idle);
    row('concatenate shards (I/O floor)', concat);
    row('mergeLcovFiles', merge);
    row('readCoverage of all shards', memory);
    console.log(
      `mergeLcovFiles vs concatenation: ${(merge.ms / concat.ms).toFixed(1)}x time, ${(merge.maxRssMb / concat.maxRssMb).toFixed(2)}x RSS`,
    );
    console.log(`mergeLcovFiles vs holding everything: ${(merge.maxRssMb / memory.maxRssMb).toFixed(2)}x RSS`);
    console.log(
      `target: peak RSS < 500 MB -> ${merge.maxRssMb < 500 ? 'met' : 'MISSED'} (${merge.maxRssMb.toFixed(0)} MB)`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--child') await child(process.argv[3]!, process.argv[4]!);
else await main();
