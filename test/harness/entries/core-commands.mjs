// A small action for the runner emulator's tests: exercises each channel a real action uses.
import { readFileSync } from 'node:fs';
import * as core from '@actions/core';

try {
  // Run again as a post step: the runner hands back what the main step saved.
  const savedLock = core.getState('lock-path');
  if (savedLock) {
    core.info(`post: releasing ${savedLock}`);
    core.setOutput('post-released', savedLock);
    process.exit(0);
  }
  const threshold = core.getInput('coverage-threshold', { required: true });
  const command = core.getInput('test command');
  const token = core.getInput('github-token');
  core.setSecret(token);
  core.info(`token in a log line: ${token}`);

  core.setOutput('coverage-threshold', threshold);
  core.setOutput('test-command', command);
  core.setOutput('report', 'line one\nline two: 50%, done\nline=three');
  core.setOutput('node-major', process.versions.node.split('.')[0]);
  core.setOutput(
    'env-seen',
    `${process.env.GITHUB_ACTIONS},${process.env.CI},${process.env.RUNNER_OS},${process.env.GITHUB_EVENT_NAME}`,
  );
  const event = JSON.parse(readFileSync(process.env.GITHUB_EVENT_PATH, 'utf8'));
  core.setOutput('pr-number', String(event.pull_request?.number ?? ''));

  core.error('Coverage 71.5% is below 80%:\nsee report', {
    title: 'Coverage: lines, branches',
    file: 'src/routes/posts.ts',
    startLine: 12,
    endLine: 18,
    startColumn: 3,
  });
  core.warning('Migration 0004 drops a column');
  core.notice(`uses the secret ${token} in a message`);
  core.debug('debug detail 100%');

  await core.group('Tests', async () => {
    core.info('42 passed');
    core.info('0 failed');
  });

  core.exportVariable('BACKEND_CI_STAGE', 'test');
  core.addPath('/opt/backend-ci/bin');
  core.saveState('lock-path', '/srv/app/.backend-ci/lock');
  await core.summary.addHeading('backend-ci').addRaw('| stage | status |\n|---|---|\n| test | passed |\n').write();

  if (core.getBooleanInput('fail')) core.setFailed('A stage failed: test');
} catch (error) {
  core.setFailed(error instanceof Error ? error.message : String(error));
}
