import { rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  REPO_ROOT,
  findNode24,
  inputVariable,
  parseKeyValueFile,
  parseWorkflowCommands,
  runAction,
  type ActionRun,
} from './runner.js';
import { tempDir } from '../support/temp.js';

const ENTRY = 'test/harness/entries/core-commands.mjs';
const TOKEN = 'ghs_s3cr3tTokenValue0123456789';
let workspace: string;
let run: ActionRun;

const inputs = {
  'coverage-threshold': '80',
  'test command': 'npm test -- --run',
  'github-token': TOKEN,
  fail: 'false',
};
const event = { name: 'pull_request', payload: { pull_request: { number: 17, head: { ref: 'feature/pagination' } } } };

beforeAll(async () => {
  workspace = tempDir('runner-ws-');
  run = await runAction({ entry: ENTRY, inputs, event, workspace });
}, 60_000);

afterAll(() => {
  run?.cleanup();
  rmSync(workspace, { recursive: true, force: true });
});

describe('runAction', () => {
  it('passes inputs as the runner names them and reads outputs, including the multi-line form', () => {
    expect(run.exitCode).toBe(0);
    expect(run.outputs['coverage-threshold']).toBe('80');
    expect(run.outputs['test-command']).toBe('npm test -- --run');
    expect(run.outputs.report).toBe('line one\nline two: 50%, done\nline=three');
    expect(run.outputs['env-seen']).toBe('true,true,Linux,pull_request');
    expect(run.outputs['pr-number']).toBe('17');
  });

  it('parses annotations with their properties and the runner escaping undone', () => {
    expect(run.annotations).toContainEqual({
      level: 'error',
      message: 'Coverage 71.5% is below 80%:\nsee report',
      title: 'Coverage: lines, branches',
      file: 'src/routes/posts.ts',
      line: 12,
      endLine: 18,
      col: 3,
      endColumn: undefined,
    });
    expect(run.annotations.find((a) => a.level === 'warning')?.message).toBe('Migration 0004 drops a column');
    expect(run.annotations.find((a) => a.level === 'notice')?.message).toBe('uses the secret *** in a message');
  });

  it('masks a registered secret in everything the log shows', () => {
    expect(run.masks).toContain(TOKEN);
    expect(run.stdout).toContain(TOKEN);
    expect(run.maskedStdout).not.toContain(TOKEN);
    expect(run.maskedStdout).toContain('token in a log line: ***');
    expect(run.maskedStdout).toContain('##[notice]uses the secret *** in a message');
    expect(run.maskedStdout).toContain('##[group]Tests\n42 passed\n0 failed\n##[endgroup]');
  });

  it('collects the summary, groups, debug lines, exported env, PATH and state', () => {
    expect(run.summary).toContain('<h1>backend-ci</h1>');
    expect(run.summary).toContain('| test | passed |');
    expect(run.groups).toEqual([{ title: 'Tests', lines: ['42 passed', '0 failed'] }]);
    expect(run.debug).toEqual(['debug detail 100%']);
    expect(run.env).toEqual({ BACKEND_CI_STAGE: 'test' });
    expect(run.path).toEqual(['/opt/backend-ci/bin']);
    expect(run.state).toEqual({ 'lock-path': '/srv/app/.backend-ci/lock' });
  });

  it('hands saved state to a post step as STATE_<name>', async () => {
    const post = await runAction({ entry: ENTRY, inputs, workspace, state: run.state });
    try {
      expect(post.exitCode).toBe(0);
      expect(post.outputs['post-released']).toBe('/srv/app/.backend-ci/lock');
    } finally {
      post.cleanup();
    }
  });

  it('reports a failed step with exit code 1 and the error annotation', async () => {
    const failed = await runAction({ entry: ENTRY, inputs: { ...inputs, fail: 'true' }, workspace });
    try {
      expect(failed.exitCode).toBe(1);
      expect(failed.annotations.filter((a) => a.level === 'error').map((a) => a.message)).toContain(
        'A stage failed: test',
      );
    } finally {
      failed.cleanup();
    }
  });

  it('does not leak the outer environment: an input set outside the step is not seen', async () => {
    process.env['INPUT_COVERAGE-THRESHOLD'] = '99';
    try {
      const missing = await runAction({ entry: ENTRY, inputs: { fail: 'false' }, workspace });
      expect(missing.exitCode).toBe(1);
      expect(missing.annotations[0]?.message).toBe('Input required and not supplied: coverage-threshold');
      missing.cleanup();
    } finally {
      delete process.env['INPUT_COVERAGE-THRESHOLD'];
    }
  });

  it('runs the entry under Node 24, as runs.using: node24 does', async (ctx) => {
    const node24 = findNode24();
    if (!node24) ctx.skip('node@24 is not installed: npm install --prefix .tools/node24 node@24');
    const under24 = await runAction({ entry: ENTRY, inputs, workspace, node: node24 });
    try {
      expect(under24.exitCode).toBe(0);
      expect(under24.outputs['node-major']).toBe('24');
    } finally {
      under24.cleanup();
    }
  });
});

describe('runner formats', () => {
  it('names inputs like the runner: upper case, spaces to underscores, hyphens kept', () => {
    expect(inputVariable('retention-days')).toBe('INPUT_RETENTION-DAYS');
    expect(inputVariable('test command')).toBe('INPUT_TEST_COMMAND');
  });

  it('reads heredoc values and rejects an unterminated one', () => {
    expect(parseKeyValueFile('a=1\nmsg<<EOF_1\nx\n\ny=2\nEOF_1\nb=c=d\n', 'GITHUB_OUTPUT')).toEqual({
      a: '1',
      msg: 'x\n\ny=2',
      b: 'c=d',
    });
    expect(() => parseKeyValueFile('msg<<EOF\nnever closed\n', 'GITHUB_OUTPUT')).toThrow(/no closing 'EOF'/);
  });

  it('masks only from the line a secret is registered, and honours stop-commands', () => {
    const parsed = parseWorkflowCommands(
      [
        'before hunter2',
        '::add-mask::hunter2',
        'after hunter2',
        '::stop-commands::tok',
        '::error::not a command',
        '::tok::',
        '::error file=a.ts,line=3::real',
      ].join('\n'),
    );
    expect(parsed.maskedStdout.split('\n')).toEqual([
      'before hunter2',
      'after ***',
      '::error::not a command',
      '##[error]real',
    ]);
    expect(parsed.annotations).toEqual([
      {
        level: 'error',
        message: 'real',
        file: 'a.ts',
        line: 3,
        endLine: undefined,
        col: undefined,
        endColumn: undefined,
        title: undefined,
      },
    ]);
  });
});

describe('GitHub display limits', () => {
  it('flags annotations past 10 of a level and a summary over 1 MiB', async () => {
    const ws = tempDir('runner-limits-');
    const entry = path.join(ws, 'noisy.mjs');
    writeFileSync(
      entry,
      [
        "import * as core from '@actions/core';",
        "for (let i = 1; i <= 12; i++) core.warning(`warning ${i}`, { file: 'src/a.ts', line: i });",
        "core.error('the one error');",
        "await core.summary.addRaw('x'.repeat(1024 * 1024 + 1)).write();",
      ].join('\n'),
    );
    // The entry lives outside the repository, so it needs the repository's node_modules on its path.
    symlinkSync(path.join(REPO_ROOT, 'node_modules'), path.join(ws, 'node_modules'));
    const noisy = await runAction({ entry, workspace: ws });
    try {
      expect(noisy.exitCode).toBe(0);
      expect(noisy.annotations).toHaveLength(13);
      expect(noisy.annotationsDropped.map((a) => a.message)).toEqual(['warning 11', 'warning 12']);
      expect(noisy.summaryAccepted).toBe(false);
      expect(run.summaryAccepted).toBe(true);
      expect(run.annotationsDropped).toEqual([]);
    } finally {
      noisy.cleanup();
      rmSync(ws, { recursive: true, force: true });
    }
  });
});
