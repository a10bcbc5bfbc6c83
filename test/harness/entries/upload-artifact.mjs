// A step that uploads a folder with the real artifact client and downloads it back, using only what the
// runner's environment provides (ACTIONS_RUNTIME_TOKEN, ACTIONS_RESULTS_URL, GITHUB_SERVER_URL...).
import { readdirSync } from 'node:fs';
import path from 'node:path';
import * as core from '@actions/core';
import { DefaultArtifactClient } from '@actions/artifact';

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)],
  );
}

try {
  const root = path.resolve(core.getInput('path', { required: true }));
  const name = core.getInput('name') || 'coverage-report';
  const client = new DefaultArtifactClient();
  const { id, size } = await client.uploadArtifact(name, walk(root), root, {
    retentionDays: Number(core.getInput('retention-days') || 0) || undefined,
  });
  core.setOutput('artifact-id', String(id));
  core.setOutput('size', String(size));
  const { downloadPath } = await client.downloadArtifact(id, {
    path: core.getInput('download-to', { required: true }),
  });
  core.setOutput('download-path', downloadPath);
} catch (error) {
  core.setFailed(error instanceof Error ? error.message : String(error));
}
