// Reading a large lcov: 10,000 files, 1,000,000 lines, side by side with lcov-parse (the reader most lcov
// tools on npm use) in one run. Each contender runs in its own plain node process (our reader bundled first
// with esbuild, so no TypeScript loader sits in the numbers), alternating, best of N; its peak RSS
// (process.resourceUsage().maxRSS) is its own, its time is measured inside the process around the work.
// Targets: at least 5x faster than lcov-parse, at most 150 MB peak RSS.
// Run: npx tsx bench/coverage-read.ts [rounds]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { writeLcov } from './coverage-generate.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const rounds = Number(process.argv[2] ?? 3);

/** The child: one contender, one read, then time and peak RSS as JSON on stdout. */
const CHILD = `
const [kind, file, reader, lcovParse] = process.argv.slice(2);
const started = performance.now();
const cpu0 = process.cpuUsage();
let detail = '';
if (kind === 'ours') {
  const { readCoverage } = await import(reader);
  const dir = (await import('node:path')).dirname(file);
  const report = await readCoverage([file], { workspace: dir, cwd: dir });
  detail = report.files.length + ' files, ' + report.totals.lines.covered + '/' + report.totals.lines.total + ' lines, ' + report.totals.functions.covered + '/' + report.totals.functions.total + ' functions';
} else if (kind === 'lcov-parse') {
  const parse = (await import('node:module')).createRequire(import.meta.url)(lcovParse);
  const data = await new Promise((resolve, reject) => parse(file, (err, d) => (err ? reject(new Error(String(err))) : resolve(d))));
  let covered = 0, total = 0, fnCovered = 0, fnTotal = 0;
  for (const f of data) { for (const l of f.lines.details) { total++; if (l.hit > 0) covered++; } for (const fn of f.functions.details) { fnTotal++; if (fn.hit > 0) fnCovered++; } }
  detail = data.length + ' files, ' + covered + '/' + total + ' lines, ' + fnCovered + '/' + fnTotal + ' functions';
}
const ms = performance.now() - started;
const cpu = process.cpuUsage(cpu0);
process.stdout.write(JSON.stringify({ ms, cpuMs: (cpu.user + cpu.system) / 1000, maxRssMb: process.resourceUsage().maxRSS / 1024, detail }) + '\\n');
`;

interface Measured {
  ms: number;
  /** CPU time of the process during the work (all its threads): on a shared machine, waiting for a core
   * inflates wall time by whatever else runs, CPU time much less. */
  cpuMs: number;
  maxRssMb: number;
  detail: string;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-coverage-read-'));
  try {
    const file = path.join(dir, 'lcov.info');
    await writeLcov(file, { files: 10_000, linesPerFile: 100, functionsPerFile: 5, branchesPerFile: 10 });
    const reader = path.join(dir, 'read.mjs');
    await build({
      entryPoints: [path.join(root, 'src/coverage/read.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      outfile: reader,
      logLevel: 'error',
    });
    const child = path.join(dir, 'child.mjs');
    writeFileSync(child, CHILD);
    const lcovParse = createRequire(import.meta.url).resolve('lcov-parse');
    const measure = (kind: string): Measured => {
      const r = spawnSync(process.execPath, [child, kind, file, reader, lcovParse], {
        encoding: 'utf8',
        timeout: 300_000,
      });
      if (r.status !== 0) throw new Error(`${kind} failed: ${r.stderr}`);
      return JSON.parse(r.stdout.trim().split('\n').pop()!) as Measured;
    };
    console.log(
      `lcov: 10,000 files, 1,000,000 DA lines, 50,000 FN, 100,000 BRDA: ${(statSync(file).size / 1024 / 1024).toFixed(1)} MB`,
    );
    measure('idle'); // warms the page cache
    const kinds = ['idle', 'lcov-parse', 'ours'] as const;
    const all: Record<string, Measured[]> = { idle: [], 'lcov-parse': [], ours: [] };
    for (let r = 0; r < rounds; r++) for (const kind of kinds) all[kind]!.push(measure(kind));
    const best = (kind: string): Measured => {
      const list = all[kind]!;
      return {
        ms: Math.min(...list.map((m) => m.ms)),
        cpuMs: Math.min(...list.map((m) => m.cpuMs)),
        maxRssMb: Math.max(...list.map((m) => m.maxRssMb)),
        detail: list[0]!.detail,
      };
    };
    const [idle, theirs, ours] = kinds.map(best) as [Measured, Measured, Measured];
    const row = (name: string, m: Measured) =>
      console.log(
        `${name.padEnd(26)} ${m.ms.toFixed(0).padStart(6)} ms wall ${m.cpuMs.toFixed(0).padStart(6)} ms CPU  ${m.maxRssMb.toFixed(0).padStart(5)} MB peak RSS  ${m.detail}`,
      );
    console.log(`best time and highest RSS of ${rounds} alternating rounds, each run in its own plain node process:`);
    row('idle node', idle);
    row('lcov-parse 1.0.0', theirs);
    row('readCoverage (ours)', ours);
    const speedup = theirs.ms / ours.ms;
    const cpuSpeedup = theirs.cpuMs / ours.cpuMs;
    console.log(
      `ours vs lcov-parse: ${speedup.toFixed(2)}x faster (wall), ${cpuSpeedup.toFixed(2)}x less CPU, ${(ours.maxRssMb / theirs.maxRssMb).toFixed(2)}x the RSS`,
    );
    console.log(
      `load average during the run: ${(await import('node:os')).loadavg()[0]!.toFixed(1)} on ${(await import('node:os')).availableParallelism()} cores`,
    );
    console.log(
      `targets: >= 5x faster -> wall ${speedup >= 5 ? 'met' : 'MISSED'} (${speedup.toFixed(2)}x), CPU ${cpuSpeedup >= 5 ? 'met' : 'MISSED'} (${cpuSpeedup.toFixed(2)}x); <= 150 MB peak RSS -> ${ours.maxRssMb <= 150 ? 'met' : 'MISSED'} (${ours.maxRssMb.toFixed(0)} MB)`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
