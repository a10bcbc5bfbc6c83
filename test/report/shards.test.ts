import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/pipeline/stage.js';
import {
  downloadShardCoverage,
  MissingShardError,
  mergeShardCoverage,
  parseShard,
  prepareMergedCoverage,
  shardArtifactName,
  shardFolders,
} from '../../src/report/shards.js';
import { RecordingHost } from '../support/recording-host.js';
import { configFor } from './report-fixtures.js';
import { tempDir } from '../support/temp.js';

function downloaded(shards: number[], total: number): string {
  const root = tempDir('shards-');
  for (const i of shards) {
    const dir = path.join(root, shardArtifactName('coverage-report', { index: i, total }));
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'lcov.info'), `SF:src/s${i}.ts\nDA:1,1\nend_of_record\n`);
  }
  return root;
}

describe('shards', () => {
  it('parses "i/n" and names each shard\'s artifact', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, total: 4 });
    expect(shardArtifactName('coverage-report', { index: 2, total: 4 })).toBe('coverage-report-shard-2-of-4');
  });

  it.each(['0/4', '5/4', '2', 'a/b', '2/0'])('refuses shard %s naming the input and the expected form', (text) => {
    expect(() => parseShard(text)).toThrow(/input 'shard': expected a shard "i\/n" with 1 <= i <= n/);
  });

  it('refuses a malformed shard input when the config is loaded', () => {
    expect(() => configFor({ shard: '2-4' })).toThrow(ConfigError);
    expect(configFor({ shard: '3/4' }).report.shard).toBe('3/4');
  });

  it('finds every shard folder in order and hands their lcov files to the merge', async () => {
    const root = downloaded([3, 1, 2], 3);
    const folders = shardFolders(root, 'coverage-report', 3);
    const calls: { inputs: string[]; output: string }[] = [];
    const inputs = await mergeShardCoverage(folders, path.join(root, 'merged.info'), async (i, o) => {
      calls.push({ inputs: i, output: o });
    });
    expect(inputs.map((f) => path.basename(path.dirname(f)))).toEqual([
      'coverage-report-shard-1-of-3',
      'coverage-report-shard-2-of-3',
      'coverage-report-shard-3-of-3',
    ]);
    expect(calls).toHaveLength(1);
  });

  it('refuses to merge when a shard is missing: thresholds on partial coverage would fail for the wrong reason', () => {
    expect(() => shardFolders(downloaded([1, 3], 3), 'coverage-report', 3)).toThrow(/shard 2 of 3 is missing/);
  });

  it('downloads every shard of this run for the merge mode, and names the ones that are missing', async () => {
    const root = downloaded([1, 2, 3], 3);
    const asked: { name: string; runId?: string }[] = [];
    const store = {
      upload: async () => ({ name: '', size: 0, location: '' }),
      downloadLatest: async (name: string, _dest: string, from: { runId?: string }) => {
        asked.push({ name, runId: from.runId });
        return name.includes('shard-2-') ? undefined : path.join(root, name);
      },
    };
    await expect(
      downloadShardCoverage(store, { base: 'coverage-report', total: 3, runId: '77', destination: root }),
    ).rejects.toThrow(MissingShardError);
    await expect(
      downloadShardCoverage(store, { base: 'coverage-report', total: 3, runId: '77', destination: root }),
    ).rejects.toThrow(/shard 2 of 3 was not uploaded/);
    expect(asked.slice(0, 3)).toEqual([1, 2, 3].map((i) => ({ name: `coverage-report-shard-${i}-of-3`, runId: '77' })));
    expect(configFor({ 'merge-shards': '4' }).report.mergeShards).toBe(4);
    expect(() => configFor({ 'merge-shards': '0' })).toThrow(/input 'merge-shards'/);
  });

  it('merge mode: merges every shard of this run into the coverage directory the test stage reads', async () => {
    const root = downloaded([1, 2], 2);
    const store = {
      upload: async () => ({ name: '', size: 0, location: '' }),
      downloadLatest: async (name: string) => path.join(root, name),
    };
    const config = configFor({ 'merge-shards': '2' });
    const host = new RecordingHost({ runId: '88', workspace: config.workspace }, store);
    const concatenate = async (inputs: string[], output: string) =>
      writeFileSync(output, inputs.map((f) => readFileSync(f, 'utf8')).join(''));
    const merged = await prepareMergedCoverage(config, host, concatenate);
    expect(merged).toBe(path.join(config.cwd, 'coverage', 'lcov.info'));
    expect(readFileSync(merged!, 'utf8')).toBe(
      'SF:src/s1.ts\nDA:1,1\nend_of_record\nSF:src/s2.ts\nDA:1,1\nend_of_record\n',
    );
    expect(await prepareMergedCoverage(configFor(), host, concatenate)).toBeUndefined();
  });
});
