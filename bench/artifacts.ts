// Artifact packaging cost, side by side in one run: our zip writer (LocalArtifactStore, archiver) against
// the zip CLI, and a full upload through the real @actions/artifact client to the local results service
// (Azurite behind it). Prints ratios, not absolute targets: machines here are shared and noisy.
// Run: npx tsx bench/artifacts.ts
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ActionsArtifactStore } from '../src/host/actions-artifacts.js';
import { LocalArtifactStore } from '../src/host/local-artifacts.js';
import { startArtifactService } from '../test/harness/artifact-service.js';

const ROUNDS = 5;

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)],
  );
}

/** A coverage folder shaped like c8's: lcov.info plus one HTML page per source file. */
function makeCoverage(root: string, sourceFiles: number): void {
  mkdirSync(path.join(root, 'html', 'src'), { recursive: true });
  let lcov = '';
  for (let i = 0; i < sourceFiles; i++) {
    const lines = Array.from(
      { length: 200 },
      (_, n) =>
        `<tr><td class="line-count">${n + 1}</td><td class="cline-${n % 3 ? 'yes' : 'no'}">${(n * i) % 17}x</td><td><code>const value${n} = compute(${n}, ${i});</code></td></tr>`,
    );
    writeFileSync(
      path.join(root, 'html', 'src', `module${i}.ts.html`),
      `<!doctype html><table>${lines.join('\n')}</table>`,
    );
    lcov += `SF:src/module${i}.ts\n${Array.from({ length: 200 }, (_, n) => `DA:${n + 1},${n % 3}`).join('\n')}\nend_of_record\n`;
  }
  writeFileSync(path.join(root, 'lcov.info'), lcov);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function time(fn: () => unknown): Promise<number> {
  const start = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

const work = mkdtempSync(path.join(tmpdir(), 'bench-artifacts-'));
const root = path.join(work, 'coverage');
makeCoverage(root, 300);
const files = walk(root);
const inputBytes = files.reduce((n, f) => n + statSync(f).size, 0);

let hasZipCli = true;
try {
  execFileSync('zip', ['-v'], { stdio: 'ignore' });
} catch {
  hasZipCli = false;
}

const service = await startArtifactService();
Object.assign(process.env, service.env, { GITHUB_WORKSPACE: work });
// Keep the client's progress lines out of the bench output.
const realWrite = process.stdout.write.bind(process.stdout);
const quiet = () => (process.stdout.write = (() => true) as typeof process.stdout.write);
const loud = () => (process.stdout.write = realWrite);

const local = new LocalArtifactStore({ directory: path.join(work, 'out') });
const actions = new ActionsArtifactStore({
  context: {
    serverUrl: 'https://github.com',
    apiUrl: service.url,
    repository: { owner: 'acme', repo: 'forum-api' },
    runId: '1',
    workspace: work,
  },
  log: {
    debug() {},
    info() {},
    warning: (m) => realWrite(`warning: ${m}\n`),
    error: (m) => realWrite(`error: ${m}\n`),
  },
});

const t = { local: [] as number[], cli: [] as number[], actions: [] as number[] };
let localSize = 0;
let cliSize = 0;
try {
  // Interleaved rounds, so a noisy neighbour hits every contender alike.
  for (let round = 0; round < ROUNDS; round++) {
    t.local.push(await time(async () => (localSize = (await local.upload('coverage-report', files, root, {})).size)));
    if (hasZipCli) {
      const out = path.join(work, `cli-${round}.zip`);
      t.cli.push(await time(() => execFileSync('zip', ['-q', '-r', '-6', out, '.'], { cwd: root })));
      cliSize = statSync(out).size;
    }
    quiet();
    try {
      t.actions.push(await time(() => actions.upload(`coverage-report-${round}`, files, root, {})));
    } finally {
      loud();
    }
  }
} finally {
  loud();
  await service.stop();
  rmSync(work, { recursive: true, force: true });
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MiB`;
console.log(`coverage folder: ${files.length} files, ${mb(inputBytes)}; median of ${ROUNDS} interleaved rounds`);
console.log(`local zip writer:            ${median(t.local).toFixed(0)} ms, ${mb(localSize)}`);
if (hasZipCli) {
  console.log(`zip CLI (-6):                ${median(t.cli).toFixed(0)} ms, ${mb(cliSize)}`);
  console.log(`ratio local/zip-cli time:    ${(median(t.local) / median(t.cli)).toFixed(2)}`);
  console.log(`ratio local/zip-cli size:    ${(localSize / cliSize).toFixed(3)}`);
} else {
  console.log('zip CLI not installed: that comparison is skipped');
}
console.log(`actions client upload:       ${median(t.actions).toFixed(0)} ms (zip + Azurite blob + finalize)`);
console.log(`ratio actions-upload/local:  ${(median(t.actions) / median(t.local)).toFixed(2)}`);
