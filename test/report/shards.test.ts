import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/pipeline/stage.js';
import { mergeShardCoverage, parseShard, shardArtifactName, shardFolders } from '../../src/report/shards.js';
import { configFor } from './report-fixtures.js';

function downloaded(shards: number[], total: number): string {
  const root = mkdtempSync(path.join(tmpdir(), 'shards-'));
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
    expect(inputs.map((f) => path.basename(path.dirname(f)))).toEqual(['coverage-report-shard-1-of-3', 'coverage-report-shard-2-of-3', 'coverage-report-shard-3-of-3']);
    expect(calls).toHaveLength(1);
  });

  it('refuses to merge when a shard is missing: thresholds on partial coverage would fail for the wrong reason', () => {
    expect(() => shardFolders(downloaded([1, 3], 3), 'coverage-report', 3)).toThrow(/shard 2 of 3 is missing/);
  });
});
