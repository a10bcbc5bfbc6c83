import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/config.js';
import { LocalArtifactStore } from '../../../src/host/local-artifacts.js';
import { extractZip } from '../../../src/host/zip.js';
import { artifactStage } from '../../../src/stages/artifact/stage.js';
import { RecordingHost } from '../../support/recording-host.js';
import { tempDir } from '../../support/temp.js';

function setup(inputs: Record<string, string> = {}, withReport = true) {
  const ws = tempDir('backend-ci-artifact-');
  if (withReport) {
    mkdirSync(path.join(ws, 'coverage', 'html'), { recursive: true });
    writeFileSync(path.join(ws, 'coverage', 'lcov.info'), 'TN:\nSF:src/a.js\nDA:1,1\nLF:1\nLH:1\nend_of_record\n');
    writeFileSync(path.join(ws, 'coverage', 'html', 'index.html'), '<html>report</html>');
  }
  const config = loadConfig({ workspace: ws, inputs });
  const store = new LocalArtifactStore({ directory: path.join(ws, 'out') });
  const host = new RecordingHost({ workspace: ws }, store);
  return { ws, config, host };
}

describe('artifact stage', () => {
  it('uploads the coverage folder as coverage-report, with its layout', async () => {
    const { ws, config, host } = setup();
    const outcome = await artifactStage.run({ config, host, previous: new Map() });
    expect(outcome.status).toBe('passed');
    expect(outcome.headline).toMatch(/^coverage-report: 2 files/);
    const unpacked = path.join(ws, 'unpacked');
    await extractZip(path.join(ws, 'out', 'coverage-report.zip'), unpacked);
    expect(readFileSync(path.join(unpacked, 'lcov.info'), 'utf8')).toContain('SF:src/a.js');
    expect(readFileSync(path.join(unpacked, 'html', 'index.html'), 'utf8')).toBe('<html>report</html>');
  });

  it('follows if-no-files-found: warn, error, ignore', async () => {
    for (const [mode, status] of [
      ['warn', 'warned'],
      ['error', 'failed'],
      ['ignore', 'skipped'],
    ] as const) {
      const { config, host } = setup({ 'if-no-files-found': mode }, false);
      const outcome = await artifactStage.run({ config, host, previous: new Map() });
      expect(outcome.status, mode).toBe(status);
      expect(outcome.headline).toContain('no files to upload in coverage');
    }
  });

  it("names a shard's upload after its shard, so a matrix does not collide", async () => {
    const { ws, config, host } = setup({ shard: '2/3' });
    const outcome = await artifactStage.run({ config, host, previous: new Map() });
    expect(outcome.headline).toMatch(/^coverage-report-shard-2-of-3:/);
    expect(readFileSync(path.join(ws, 'out', 'coverage-report-shard-2-of-3.zip')).length).toBeGreaterThan(0);
  });

  it('refuses a shard whose index is past the total', async () => {
    const { config, host } = setup({ shard: '4/3' });
    await expect(artifactStage.run({ config, host, previous: new Map() })).rejects.toThrow(
      'expected a shard "i/n" with 1 <= i <= n',
    );
  });
});
