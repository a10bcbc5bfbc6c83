// What the memory benchmarks share: the code under test bundled to plain ESM JavaScript (as dist/ is, so no
// TypeScript loader sits in the numbers), and each contender run in a node process of its own, whose last line
// of output is its measurement as JSON (its own peak RSS among it).
import { spawnSync } from 'node:child_process';

/** Bundles `entry` for node into `out` (ESM; CommonJS dependencies get a `require` of their own). */
export async function bundleForNode(entry: string, out: string): Promise<string> {
  const { build } = await import('esbuild');
  await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: out,
    logLevel: 'silent',
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
  return out;
}

/** Runs `node childFile ...args` and returns the JSON on its last line of output. */
export function runMeasured<T>(childFile: string, args: string[]): T {
  const r = spawnSync(process.execPath, [childFile, ...args], { encoding: 'utf8', timeout: 600_000 });
  if (r.status !== 0) throw new Error(`${args[0]} failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!) as T;
}
