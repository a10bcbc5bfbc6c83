// The artifact stage: uploads the coverage report folder as a workflow artifact (a zip under .backend-ci/
// outside Actions). An empty folder follows if-no-files-found; an upload that still fails after retries fails.
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Stage, StageOutcome } from '../../pipeline/stage.js';
import { parseShard, shardArtifactName } from '../../report/shards.js';

/** Every regular file under `root`, sorted, skipping nothing but what cannot be read as a file. */
export async function listFiles(root: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (dir: string) => {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw error;
    }
    for (const e of entries) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) await walk(full);
      else if (e.isFile()) out.push(full);
    }
  };
  await walk(root);
  return out.sort();
}

function humanSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

export const artifactStage: Stage = {
  name: 'artifact',
  async run({ config, host }): Promise<StageOutcome> {
    const settings = config.artifact;
    // A sharded matrix job uploads under its own name: one artifact name cannot be uploaded twice in a run.
    const name = config.report.shard
      ? shardArtifactName(settings.name, parseShard(config.report.shard))
      : settings.name;
    const root = path.resolve(config.cwd, settings.path ?? config.test.coverageDirectory);
    const shown = path.relative(config.workspace, root) || '.';
    const files = await listFiles(root);
    if (files.length === 0) {
      const message = `no files to upload in ${shown}`;
      if (settings.ifNoFilesFound === 'error')
        return { status: 'failed', headline: `${message} (if-no-files-found: error)` };
      if (settings.ifNoFilesFound === 'warn') {
        host.log.warning(message);
        return {
          status: 'warned',
          headline: message,
          annotations: [{ level: 'warning', message, title: 'No coverage report to upload' }],
        };
      }
      return { status: 'skipped', headline: message };
    }
    let bytes = 0;
    for (const f of files) bytes += (await stat(f)).size;
    host.log.info(`uploading ${files.length} files (${humanSize(bytes)}) from ${shown} as '${name}'`);
    const store = await host.artifacts();
    const uploaded = await store.upload(name, files, root, { retentionDays: settings.retentionDays });
    const outputs: Record<string, string> = {};
    if (uploaded.id) outputs['artifact-id'] = uploaded.id;
    if (uploaded.url) outputs['artifact-url'] = uploaded.url;
    const link = uploaded.url ? `[${name}](${uploaded.url})` : `\`${uploaded.location}\``;
    return {
      status: 'passed',
      headline: `${name}: ${files.length} files, ${humanSize(uploaded.size || bytes)} → ${uploaded.location}`,
      details: `Uploaded ${files.length} files from \`${shown}\` as ${link}${settings.retentionDays ? `, kept ${settings.retentionDays} days` : ''}.`,
      outputs,
      data: { ...uploaded, files: files.length },
    };
  },
};
