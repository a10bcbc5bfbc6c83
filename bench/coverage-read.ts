// Reading a large lcov: 10,000 files, 1,000,000 lines. Each contender runs in its own child process so its
// peak RSS (process.resourceUsage().maxRSS) is its own; times are measured inside the child around the work.
// Contenders: readCoverage (parse + summarise), a plain streaming line count of the same file (the floor
// for any reader), and an idle node with the same loader (startup memory).
// Run: npx tsx bench/coverage-read.ts
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeLcov } from './coverage-generate.js';

const self = fileURLToPath(import.meta.url);

async function child(kind: string, file: string): Promise<void> {
  const started = performance.now();
  let detail = '';
  if (kind === 'read') {
    const { readCoverage } = await import('../src/coverage/read.js');
    const report = await readCoverage([file], { workspace: path.dirname(file), cwd: path.dirname(file) });
    detail = `${report.files.length} files, ${report.totals.lines.total} lines, ${report.totals.lines.covered} covered`;
  } else if (kind === 'count') {
    const { createReadStream } = await import('node:fs');
    let lines = 0;
    for await (const chunk of createReadStream(file, { highWaterMark: 1024 * 1024 }) as AsyncIterable<Buffer>) {
      for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
    }
    detail = `${lines} lines`;
  }
  const ms = performance.now() - started;
  process.stdout.write(JSON.stringify({ ms, maxRssMb: process.resourceUsage().maxRSS / 1024, detail }) + '\n');
}

interface Measured {
  ms: number;
  maxRssMb: number;
  detail: string;
}

function measure(kind: string, file: string): Measured {
  const r = spawnSync(process.execPath, ['--import', 'tsx', self, '--child', kind, file], { encoding: 'utf8', timeout: 300_000 });
  if (r.status !== 0) throw new Error(`${kind} failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!) as Measured;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-coverage-read-'));
  try {
    const file = path.join(dir, 'lcov.info');
    await writeLcov(file, { files: 10_000, linesPerFile: 100, functionsPerFile: 5, branchesPerFile: 10 });
    const mb = statSync(file).size / 1024 / 1024;
    console.log(`lcov: 10,000 files, 1,000,000 DA lines, 50,000 FN, 100,000 BRDA: ${mb.toFixed(1)} MB`);
    // Warm the page cache so the first contender does not pay for the disk.
    measure('count', file);
    const runs = 3;
    const best = (kind: string) => {
      const all = Array.from({ length: runs }, () => measure(kind, file));
      return { ms: Math.min(...all.map((m) => m.ms)), maxRssMb: Math.max(...all.map((m) => m.maxRssMb)), detail: all[0]!.detail };
    };
    const idle = best('idle');
    const count = best('count');
    const read = best('read');
    const row = (name: string, m: Measured) => console.log(`${name.padEnd(28)} ${m.ms.toFixed(0).padStart(6)} ms  ${m.maxRssMb.toFixed(0).padStart(5)} MB peak RSS  ${m.detail}`);
    console.log(`best of ${runs} runs each, each in its own process:`);
    row('idle node (+tsx loader)', idle);
    row('plain line count', count);
    row('readCoverage + summarise', read);
    console.log(`readCoverage vs line count: ${(read.ms / count.ms).toFixed(1)}x time, ${(read.maxRssMb / count.maxRssMb).toFixed(2)}x RSS`);
    console.log(`readCoverage RSS above idle: ${(read.maxRssMb - idle.maxRssMb).toFixed(0)} MB`);
    console.log(`targets: < 1000 ms -> ${read.ms < 1000 ? 'met' : 'MISSED'} (${read.ms.toFixed(0)} ms); < 300 MB -> ${read.maxRssMb < 300 ? 'met' : 'MISSED'} (${read.maxRssMb.toFixed(0)} MB)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--child') await child(process.argv[3]!, process.argv[4]!);
else await main();
