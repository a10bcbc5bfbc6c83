// Sharded test runs: each job runs shard "i/n" and uploads its coverage under its own artifact name (a matrix
// cannot upload one name twice); a merge job downloads every shard's folder, merges the lcov files (streaming,
// in the coverage code) and reports once against the thresholds.
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../config/config.js';
import type { ArtifactStore, Host } from '../host/host.js';
import { ConfigError } from '../pipeline/stage.js';

export interface Shard {
  index: number;
  total: number;
}

/** Merges lcov files into one (src/coverage/merge.ts's mergeLcovFiles has this shape). */
export type MergeLcovFiles = (inputs: string[], output: string) => Promise<unknown>;

export function parseShard(text: string, origin = "input 'shard'"): Shard {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const index = Number(m?.[1]);
  const total = Number(m?.[2]);
  if (!m || index < 1 || total < 1 || index > total) {
    throw new ConfigError(`${origin}: expected a shard "i/n" with 1 <= i <= n (e.g. "2/4"), got '${text}'`);
  }
  return { index, total };
}

export function shardArtifactName(base: string, shard: Shard): string {
  return `${base}-shard-${shard.index}-of-${shard.total}`;
}

const LCOV_NAMES = ['lcov.info', path.join('coverage', 'lcov.info')];

/** The lcov file inside one downloaded shard folder. */
export function findShardLcov(folder: string): string {
  if (statSync(folder).isFile()) return folder;
  const found = LCOV_NAMES.map((n) => path.join(folder, n)).find((f) => existsSync(f));
  if (!found)
    throw new ConfigError(
      `${folder}: no lcov.info in this shard's coverage folder (looked for ${LCOV_NAMES.join(', ')})`,
    );
  return found;
}

/**
 * Shard folders under `root` (as actions/download-artifact leaves them: one folder per artifact), in shard order.
 * With `expected`, a missing shard is an error: thresholds on partial coverage would fail for the wrong reason.
 */
export function shardFolders(root: string, base: string, expected?: number): string[] {
  const pattern = new RegExp(`^${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-shard-(\\d+)-of-(\\d+)$`);
  const found = readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => ({ name: d.name, m: pattern.exec(d.name) }))
    .filter((d) => d.m)
    .sort((a, b) => Number(a.m![1]) - Number(b.m![1]));
  if (expected !== undefined) {
    const have = new Set(found.map((d) => Number(d.m![1])));
    const missing = Array.from({ length: expected }, (_, i) => i + 1).filter((i) => !have.has(i));
    if (missing.length > 0)
      throw new ConfigError(
        `${root}: coverage of shard${missing.length > 1 ? 's' : ''} ${missing.join(', ')} of ${expected} is missing`,
      );
  }
  if (found.length === 0) throw new ConfigError(`${root}: no ${base}-shard-<i>-of-<n> folders to merge`);
  return found.map((d) => path.join(root, d.name));
}

export async function mergeShardCoverage(
  folders: readonly string[],
  output: string,
  merge: MergeLcovFiles,
): Promise<string[]> {
  const inputs = folders.map(findShardLcov);
  await merge(inputs, output);
  return inputs;
}

export class MissingShardError extends Error {
  override name = 'MissingShardError';
}

/**
 * Downloads the coverage artifact of every shard 1..total of this run (the merge mode of the action), one folder
 * each under `destination`. A missing shard is an error naming it.
 */
export async function downloadShardCoverage(
  store: ArtifactStore,
  options: { base: string; total: number; runId?: string; destination: string },
): Promise<string[]> {
  const folders: string[] = [];
  const missing: number[] = [];
  for (let index = 1; index <= options.total; index++) {
    const name = shardArtifactName(options.base, { index, total: options.total });
    const folder = await store.downloadLatest(
      name,
      path.join(options.destination, name),
      options.runId ? { runId: options.runId } : {},
    );
    if (folder) folders.push(folder);
    else missing.push(index);
  }
  if (missing.length > 0) {
    throw new MissingShardError(
      `coverage of shard${missing.length > 1 ? 's' : ''} ${missing.join(', ')} of ${options.total} was not uploaded (artifact ${shardArtifactName(options.base, { index: missing[0]!, total: options.total })}); did every shard job finish?`,
    );
  }
  return folders;
}

/**
 * The merge mode before the test stage reads coverage: every shard's artifact of this run is downloaded and
 * merged into <coverage directory>/lcov.info, which the test stage then reads (with coverage-tool: none).
 * Returns the merged file, or undefined when merge-shards is not set.
 */
export async function prepareMergedCoverage(
  config: Config,
  host: Host,
  merge: MergeLcovFiles,
): Promise<string | undefined> {
  const total = config.report.mergeShards;
  if (total === undefined) return undefined;
  const store = await host.artifacts();
  // No run id: this run's own artifacts, which the results service serves without a token.
  const folders = await downloadShardCoverage(store, {
    base: config.artifact.name,
    total,
    destination: path.join(host.resultsDir, 'shards'),
  });
  const output = path.join(config.cwd, config.test.coverageDirectory, 'lcov.info');
  mkdirSync(path.dirname(output), { recursive: true });
  await mergeShardCoverage(folders, output, merge);
  host.log.info(`merged the coverage of ${total} shards into ${path.relative(config.workspace, output) || output}`);
  return output;
}
