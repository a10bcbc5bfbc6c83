import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/config.js';
import { configCommand, configStage } from '../../../src/stages/config/stage.js';
import { RecordingHost } from '../../support/recording-host.js';
import { copyFixture, DJANGO_PYTHON, type Project } from '../migrations/project.js';
import { tempDir } from '../../support/temp.js';

const cleanups: (() => void)[] = [];
// The runner sets NODE_ENV=test, which now counts for the production decision: tests start without it.
const savedNodeEnv = process.env.NODE_ENV;
beforeEach(() => {
  delete process.env.NODE_ENV;
});
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
  if (savedNodeEnv === undefined) delete process.env.NODE_ENV;
  else process.env.NODE_ENV = savedNodeEnv;
});

// A contract in the format the forum API uses.
const CONTRACT = [
  '# Environment of the service. Notes above each key say its type.',
  '',
  '# type=enum(development|test|production)',
  'APP_ENV=development',
  '# type=int min=1 max=65535 required',
  'BCI_PORT=8000',
  '# type=string min=32 required secret',
  'SECRET_KEY=change-me-to-a-long-random-string',
  '# type=bool',
  'DEBUG=false',
  '# type=url',
  'PUBLIC_URL=http://127.0.0.1:8000',
  '# type=url secret',
  'REDIS_URL=redis://127.0.0.1:6379',
  '',
].join('\n');

const STRONG = 'q8Zl3N0vR2yWb7TfK1mXc9Hd4Sa6Ue5P';

function project(files: Record<string, string>): string {
  const dir = tempDir('backend-ci-configstage-');
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

async function check(dir: string, inputs: Record<string, string> = {}) {
  const host = new RecordingHost({ workspace: dir });
  const config = loadConfig({ workspace: dir, inputs });
  const outcome = await configStage.run({ config, host, previous: new Map() });
  const code = await configCommand(config, new RecordingHost({ workspace: dir }));
  return {
    outcome,
    code,
    host,
    messages: (outcome.annotations ?? []).map((a) => `${a.level} ${a.file ?? ''}:${a.line ?? ''} ${a.message}`),
  };
}

describe('config stage: env contract', () => {
  it('passes a production .env that meets the contract', async () => {
    const dir = project({
      '.env.example': CONTRACT,
      '.env': `APP_ENV=production\nBCI_PORT=8080\nSECRET_KEY=${STRONG}\nDEBUG=false\nPUBLIC_URL=https://forum.example.org\n`,
    });
    const { outcome, code } = await check(dir);
    expect(outcome.status).toBe('passed');
    expect(outcome.headline).toBe('5 of 6 variables set (.env.example)');
    expect(code).toBe(0);
  });

  it('reports missing, wrong-typed and out-of-range values at the .env line, and warns on unknown keys', async () => {
    const dir = project({
      '.env.example': CONTRACT,
      '.env': `APP_ENV=staging\nBCI_PORT=70000\nDEBUG=maybe\nPUBLIC_URL=not a url\nPUBLCI_URL=https://typo.example.org\n`,
    });
    const { outcome, code, messages } = await check(dir);
    expect(outcome.status).toBe('failed');
    expect(code).toBe(1);
    expect(messages).toEqual([
      "error .env:1 APP_ENV from .env:1 is 'staging', expected one of development | test | production (declared at .env.example:4)",
      "error .env:2 BCI_PORT from .env:2 is '70000', above the maximum 65535 (declared at .env.example:6)",
      'error .env.example:8 SECRET_KEY is required by .env.example:8 but is not set',
      "error .env:3 DEBUG from .env:3 is 'maybe', expected one of true, 1, yes, on, false, 0, no, off (declared at .env.example:10)",
      "error .env:4 PUBLIC_URL from .env:4 is 'not a url', expected an absolute URL (scheme://host...) (declared at .env.example:12)",
      'warning .env:5 PUBLCI_URL in .env:5 is not in the contract .env.example (a typo, or add it there)',
    ]);
  });

  it('reads the target environment too, and it wins over the file', async () => {
    const dir = project({ '.env.example': CONTRACT, '.env': `APP_ENV=test\nBCI_PORT=abc\nSECRET_KEY=${STRONG}\n` });
    process.env.BCI_PORT = '9000';
    cleanups.push(() => delete process.env.BCI_PORT);
    const { outcome } = await check(dir);
    expect(outcome.status).toBe('passed');
  });

  it('checks against a JSON Schema contract', async () => {
    const schema = {
      type: 'object',
      required: ['BCI_WORKERS'],
      properties: { BCI_WORKERS: { type: 'integer', minimum: 1, maximum: 64 }, LOG_LEVEL: { enum: ['info', 'debug'] } },
    };
    const dir = project({
      'env.schema.json': JSON.stringify(schema, null, 2),
      'prod.env': 'BCI_WORKERS=0\nLOG_LEVEL=trace\nAPP_ENV=test\n',
    });
    const { messages } = await check(dir, { 'env-contract': 'env.schema.json', 'env-file': 'prod.env' });
    expect(messages.slice(0, 2)).toEqual([
      "error prod.env:1 BCI_WORKERS from prod.env:1 is '0', below the minimum 1 (declared at env.schema.json:7)",
      "error prod.env:2 LOG_LEVEL from prod.env:2 is 'trace', expected one of info | debug (declared at env.schema.json:12)",
    ]);
  });

  it('names the setting and the path when a given contract does not exist', async () => {
    const dir = project({});
    await expect(check(dir, { 'env-contract': 'missing.env.example' })).rejects.toThrow(
      /env-contract.*missing\.env\.example does not exist/,
    );
  });
});

describe('config stage: insecure production settings', () => {
  it('flags debug on, a default secret and a plain-http public URL, without printing the secret', async () => {
    const secret = 'change-me-to-a-long-random-string';
    const dir = project({
      '.env.example': CONTRACT,
      '.env': `APP_ENV=production\nBCI_PORT=8080\nSECRET_KEY=${secret}\nDEBUG=true\nPUBLIC_URL=http://forum.example.org\nREDIS_URL=redis://:r3dis-pass-word@cache.internal:6379\n`,
    });
    const { outcome, host, messages } = await check(dir);
    expect(messages).toEqual([
      'error .env:3 SECRET_KEY (.env:3) is a placeholder: use a long random value from your secret store',
      'error .env:4 DEBUG is on in a production environment (.env:4): it exposes stack traces and internals; set it to false',
      'error .env:5 PUBLIC_URL (.env:5) is a plain http:// URL to the public host forum.example.org: traffic and cookies travel unencrypted; use https://',
    ]);
    expect(host.secrets).toContain(secret);
    expect(host.secrets).toContain('r3dis-pass-word');
    // Details and annotations are not masked by the host: they must not hold the value in the first place.
    expect(JSON.stringify(outcome)).not.toContain(secret);
  });

  it('flags a secret kept at its example value or too short', async () => {
    const contract = '# type=secret required\nAPI_SIGNING=example-value-1234567890\n# type=secret\nWEBHOOK_SECRET=\n';
    const dir = project({
      '.env.example': contract,
      '.env': 'API_SIGNING=example-value-1234567890\nWEBHOOK_SECRET=Zx81\n',
    });
    const { messages } = await check(dir);
    expect(messages).toEqual([
      'error .env:1 API_SIGNING (.env:1) is a placeholder: use a long random value from your secret store',
      'error .env:2 WEBHOOK_SECRET (.env:2) is shorter than 16 characters: use a long random value from your secret store',
    ]);
  });

  it('does not apply production checks to a development environment', async () => {
    const dir = project({
      '.env.example': CONTRACT,
      '.env': `APP_ENV=development\nBCI_PORT=8080\nSECRET_KEY=${STRONG}\nDEBUG=true\n`,
    });
    const { outcome } = await check(dir);
    expect(outcome.status).toBe('passed');
    expect(outcome.details).toContain('Production checks:** off (APP_ENV=development in .env:1)');
  });
});

describe('config stage: framework check command', { timeout: 60_000 }, () => {
  it('runs the configured command and fails with its output, secrets masked', async () => {
    const dir = project({
      '.env.example': '# type=secret\nSERVICE_TOKEN=\n',
      '.env': `SERVICE_TOKEN=${STRONG}\n`,
      'check.sh': 'echo "token is $SERVICE_TOKEN"\necho "E001 cache misconfigured" >&2\nexit 2\n',
    });
    const { outcome, code } = await check(dir, { 'config-check-command': 'sh check.sh', 'config-production': 'no' });
    expect(outcome.status).toBe('failed');
    expect(code).toBe(1);
    expect(outcome.details).toContain('E001 cache misconfigured');
    expect(outcome.details).toContain('token is ***');
    expect(JSON.stringify(outcome)).not.toContain(STRONG);
  });

  it("runs Django's check --deploy at fail level WARNING by default", { timeout: 60_000 }, async () => {
    const p: Project = copyFixture('django');
    cleanups.push(() => p.remove());
    const host = new RecordingHost({ workspace: p.dir });
    const outcome = await configStage.run({ config: p.config({ python: DJANGO_PYTHON }), host, previous: new Map() });
    // The fixture has no security middleware: Django reports that as warnings, which must fail here.
    expect(outcome.status).toBe('failed');
    expect(outcome.details).toContain('manage.py check --deploy --fail-level WARNING');
    expect(outcome.details).toContain('security.W001');
  });

  it('skips when there is neither a contract nor a check command, and says no contract was found', async () => {
    const { outcome, code } = await check(project({}));
    expect(outcome.status).toBe('skipped');
    expect(outcome.headline).toBe(
      'no contract found (looked for .env.example, .env.sample, .env.template, .env.dist) and no check command',
    );
    expect(outcome.details).toContain('**Production checks:** not run: no contract and no .env file to check.');
    expect(outcome.details).not.toContain('Production checks:** on');
    expect(code).toBe(0);
  });

  it('names a clear fix when the interpreter cannot import Django, not a traceback', async () => {
    const p: Project = copyFixture('django');
    cleanups.push(() => p.remove());
    // -S skips site-packages, so this interpreter cannot import Django.
    p.write('nodjango.sh', `#!/bin/sh\nexec ${DJANGO_PYTHON} -S "$@"\n`);
    p.run('chmod', ['+x', 'nodjango.sh']);
    const outcome = await configStage.run({
      config: p.config({ python: p.path('nodjango.sh') }),
      host: new RecordingHost({ workspace: p.dir }),
      previous: new Map(),
    });
    expect(outcome.status).toBe('failed');
    expect(outcome.details).toContain(
      `${p.path('nodjango.sh')} cannot import Django (ModuleNotFoundError: No module named 'django'): install Django for that interpreter, or set migrations.python (input 'python') to the interpreter that has it`,
    );
    expect(outcome.details).not.toContain('Traceback');
  });
});

describe('config stage: contracts as projects write them', () => {
  for (const name of ['.env.sample', '.env.template', '.env.dist']) {
    it(`finds ${name}`, async () => {
      const dir = project({ [name]: '# type=int required\nBCI_PORT=8000\n', '.env': 'BCI_PORT=80\n' });
      const { outcome } = await check(dir);
      expect(outcome.headline).toBe(`1 of 1 variables set (${name})`);
    });
  }

  it('lists untyped example lines that are unset: "N of M set", warned, not "match"', async () => {
    const dir = project({
      '.env.example':
        'DATABASE_URL=postgres://localhost/app\nREDIS_HOST=localhost\n# optional\nSENTRY_DSN=\nBCI_NAME=forum\n',
      '.env': 'BCI_NAME=forum\n',
    });
    const { outcome, code, messages } = await check(dir, { 'config-production': 'no' });
    expect(outcome.status).toBe('warned');
    expect(outcome.headline).toBe('1 of 4 variables set (.env.example); 2 warning(s)');
    expect(messages).toEqual([
      'warning .env.example:1 DATABASE_URL is expected by .env.example:1 but is not set (a note `# optional` above it says the service does without it, `# required` makes it an error)',
      'warning .env.example:2 REDIS_HOST is expected by .env.example:2 but is not set (a note `# optional` above it says the service does without it, `# required` makes it an error)',
    ]);
    expect(code).toBe(0);
  });

  it('takes NODE_ENV=test from the process environment for the production decision, declared or not', async () => {
    const dir = project({
      '.env.example': '# type=secret required\nSESSION_SECRET=\n',
      '.env': 'SESSION_SECRET=test\n',
    });
    process.env.NODE_ENV = 'test';
    const { outcome } = await check(dir);
    expect(outcome.status).toBe('passed');
    expect(outcome.details).toContain('**Production checks:** off (NODE_ENV=test in the environment).');
    delete process.env.NODE_ENV;
    expect((await check(dir)).outcome.status).toBe('failed');
  });

  it('takes the environment from DJANGO_SETTINGS_MODULE', async () => {
    const dir = project({ '.env.example': '# type=secret required\nSECRET_KEY=\n', '.env': 'SECRET_KEY=dev\n' });
    process.env.DJANGO_SETTINGS_MODULE = 'shop.settings.test';
    cleanups.push(() => delete process.env.DJANGO_SETTINGS_MODULE);
    const { outcome } = await check(dir);
    expect(outcome.details).toContain(
      '**Production checks:** off (DJANGO_SETTINGS_MODULE=shop.settings.test in the environment).',
    );
  });

  it('from a monorepo root with nothing to check, names the subfolder to set as working-directory', async () => {
    const dir = project({ 'package.json': '{}', 'backend/.env.example': 'PORT=8000\n', 'backend/knexfile.js': '' });
    const { outcome } = await check(dir);
    expect(outcome.status).toBe('skipped');
    expect(outcome.headline).toBe(
      'no contract found (looked for .env.example, .env.sample, .env.template, .env.dist) and no check command; backend/ has .env.example: set working-directory: backend',
    );
  });
});
