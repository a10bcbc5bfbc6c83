// The config stage: the env contract checked against the target's environment (and a .env file),
// insecure production settings, and the framework's own check command. Also `backend-ci config`.
// Secret values are registered with host.setSecret before anything is logged, and messages never print them.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../../config/config.js';
import type { Host } from '../../host/host.js';
import { ProgramNotFoundError, runProgram, tail } from '../../exec/run.js';
import { ConfigError, type Annotation, type Stage, type StageOutcome } from '../../pipeline/stage.js';
import { findSubprojects, type Subproject } from '../migrations/detect.js';
import { checkAgainstContract, ENV_NAME_KEYS, insecureSettings, isProduction, type ConfigProblem } from './check.js';
import { CONTRACT_FILES } from '../../config/sections/configcheck.js';
import { readContract, SECRET_NAME, type EnvContract } from './contract.js';
import { readDotenv, type EnvValue } from './dotenv.js';

export interface FrameworkCheck {
  command: string;
  /** Why this command: set in the settings, or the Django default. */
  reason: string;
  code: number | null;
  output: string;
}

export interface ConfigReport {
  contract?: EnvContract;
  envFile?: string;
  production: { production: boolean; why: string };
  /** Whether the production checks had anything to look at (a contract or an env file). */
  productionRan: boolean;
  checkedKeys: number;
  /** How many of the contract's variables have a value. */
  set: number;
  /** With nothing to check here: subfolders that are projects, for the working-directory hint. */
  subprojects: Subproject[];
  problems: ConfigProblem[];
  framework?: FrameworkCheck;
}

const CHECK_TIMEOUT_MS = 180_000;

export async function inspectConfig(config: Config, host: Host): Promise<ConfigReport> {
  const settings = config.configCheck;
  const shown = (abs: string) => path.relative(config.workspace, abs).split(path.sep).join('/');

  const contractPath = settings.envContract
    ? path.resolve(config.cwd, settings.envContract)
    : CONTRACT_FILES.map((f) => path.join(config.cwd, f)).find((f) => existsSync(f));
  let contract: EnvContract | undefined;
  if (contractPath && existsSync(contractPath)) contract = readContract(contractPath, shown(contractPath));
  else if (settings.envContract)
    throw new ConfigError(
      `input 'env-contract' / configCheck.envContract: ${settings.envContract} does not exist (looked at ${contractPath})`,
    );

  const envPath = settings.envFile ? path.resolve(config.cwd, settings.envFile) : path.join(config.cwd, '.env');
  const values = new Map<string, EnvValue>();
  const files = new Set<string>();
  if (existsSync(envPath)) {
    const fromFile = readDotenv(envPath, shown(envPath));
    for (const [k, v] of fromFile) values.set(k, v);
    files.add(shown(envPath));
  } else if (settings.envFile) {
    throw new ConfigError(
      `input 'env-file' / configCheck.envFile: ${settings.envFile} does not exist (looked at ${envPath})`,
    );
  }
  // The target's environment wins over the file, as it does when the service starts.
  for (const entry of contract?.entries ?? []) {
    const v = process.env[entry.name];
    if (v !== undefined) values.set(entry.name, { value: v, source: 'the environment' });
  }
  const secrets = registerSecrets(host, contract, values);

  // Which environment this is comes from the process as much as from the files: a test job sets
  // NODE_ENV=test without declaring it in the contract.
  const decision = new Map(values);
  for (const key of ENV_NAME_KEYS) {
    const v = process.env[key];
    if (v !== undefined && v !== '') decision.set(key, { value: v, source: 'the environment' });
  }
  const production = isProduction(settings.production, decision);
  const problems = contract ? checkAgainstContract(contract, values, files) : [];
  if (production.production) problems.push(...insecureSettings(contract, values));

  const framework = await runFrameworkCheck(config, host, values);
  // The check command's output goes into the summary and results.json, which host masking does not cover.
  if (framework) framework.output = mask(framework.output, secrets);
  // The report goes to results.json: keep no example values of secrets there (a deploy may still use them).
  const shownContract = contract && {
    ...contract,
    entries: contract.entries.map((e) => (e.secret || e.type === 'secret' ? { ...e, example: undefined } : e)),
  };
  const set = contract ? contract.entries.filter((e) => (values.get(e.name)?.value ?? '') !== '').length : 0;
  const subprojects = !contract && !framework ? findSubprojects(config.cwd).filter((s) => s.contract || s.tool) : [];
  return {
    contract: shownContract,
    envFile: files.size ? [...files][0] : undefined,
    production,
    productionRan: Boolean(contract || files.size),
    checkedKeys: values.size,
    set,
    problems,
    framework,
    subprojects,
  };
}

/** Every value that is, or may be, a secret, plus the password part of URLs, is masked from here on. */
function registerSecrets(host: Host, contract: EnvContract | undefined, values: Map<string, EnvValue>): string[] {
  const secrets: string[] = [];
  const add = (value: string) => {
    secrets.push(value);
    host.setSecret(value);
  };
  const declared = new Map(contract?.entries.map((e) => [e.name, e]) ?? []);
  for (const [key, { value }] of values) {
    if (!value) continue;
    const entry = declared.get(key);
    if (entry?.secret || entry?.type === 'secret' || SECRET_NAME.test(key)) add(value);
    const password = /^[a-z][a-z0-9+.-]*:\/\/[^/:@]*:([^@/]+)@/i.exec(value)?.[1];
    if (password) add(decodeURIComponent(password));
  }
  return secrets;
}

async function runFrameworkCheck(
  config: Config,
  host: Host,
  values: Map<string, EnvValue>,
): Promise<FrameworkCheck | undefined> {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const [k, v] of values) env[k] ??= v.value;
  const given = config.configCheck.checkCommand;
  let command: string;
  let args: string[];
  let reason: string;
  let djangoDefault = false;
  if (given) {
    // The user's own command: the one place a shell runs.
    command = process.platform === 'win32' ? 'cmd.exe' : '/bin/sh';
    args = process.platform === 'win32' ? ['/d', '/s', '/c', given] : ['-c', given];
    reason = 'configCheck.checkCommand';
  } else if (existsSync(path.join(config.cwd, 'manage.py'))) {
    djangoDefault = true;
    // Django's default fail level lets warnings pass, and every --deploy finding is a warning.
    command = config.migrations.python;
    args = ['manage.py', 'check', '--deploy', '--fail-level', 'WARNING'];
    reason = 'Django project (manage.py) default';
  } else return undefined;
  const shown = given ?? [command, ...args].join(' ');
  host.log.info(`config: running ${shown}`);
  try {
    const result = await runProgram(command, args, { cwd: config.cwd, env, timeoutMs: CHECK_TIMEOUT_MS });
    const output = tail(`${result.stdout}\n${result.stderr}`.trim(), 30);
    // An interpreter without Django prints a traceback that says little to someone setting up CI.
    if (djangoDefault && result.code !== 0 && /No module named '?django/i.test(result.stderr)) {
      return {
        command: shown,
        reason,
        code: result.code,
        output: `${command} cannot import Django (ModuleNotFoundError: No module named 'django'): install Django for that interpreter, or set migrations.python (input 'python') to the interpreter that has it`,
      };
    }
    return {
      command: shown,
      reason,
      code: result.timedOut ? null : result.code,
      output: result.timedOut ? `did not finish within ${CHECK_TIMEOUT_MS / 1000}s\n${output}` : output,
    };
  } catch (err) {
    if (err instanceof ProgramNotFoundError) {
      return {
        command: shown,
        reason,
        code: null,
        output: `${command} was not found: install it, or set migrations.python (input 'python') to the interpreter that has Django`,
      };
    }
    throw err;
  }
}

function mask(text: string, secrets: string[]): string {
  // Longest first, so a secret that contains another is masked whole.
  return [...secrets].sort((a, b) => b.length - a.length).reduce((t, s) => t.split(s).join('***'), text);
}

export function toOutcome(report: ConfigReport): StageOutcome {
  const errors = report.problems.filter((p) => p.level === 'error');
  const warnings = report.problems.filter((p) => p.level === 'warning');
  const frameworkFailed = report.framework !== undefined && report.framework.code !== 0;
  const annotations: Annotation[] = report.problems.map((p) => ({
    level: p.level,
    title: `Config: ${p.key}`,
    message: p.message,
    file: p.file,
    line: p.line,
  }));
  if (frameworkFailed)
    annotations.push({
      level: 'error',
      title: 'Config check command failed',
      message: `${report.framework!.command} exited ${report.framework!.code ?? '(did not finish)'}`,
    });

  const nothing = !report.contract && !report.framework;
  const looked = `looked for ${CONTRACT_FILES.join(', ')}`;
  const parts: string[] = [];
  if (errors.length) parts.push(`${errors.length} problem(s)`);
  if (warnings.length) parts.push(`${warnings.length} warning(s)`);
  const status = nothing
    ? 'skipped'
    : errors.length || frameworkFailed
      ? 'failed'
      : warnings.length
        ? 'warned'
        : 'passed';
  const contractPart = report.contract
    ? `${report.set} of ${report.contract.entries.length} variables set (${report.contract.file})`
    : `no contract found (${looked})`;
  const frameworkPart = report.framework
    ? `${short(report.framework.command)} ${frameworkFailed ? 'failed' : 'passed'}`
    : '';
  const hint = subprojectHint(report.subprojects);
  const headline = nothing
    ? `no contract found (${looked}) and no check command${hint ? `; ${hint}` : ''}`
    : [contractPart, ...parts, frameworkPart].filter(Boolean).join('; ');

  const lines: string[] = [];
  if (report.contract)
    lines.push(
      `**Contract:** ${report.contract.file} (${report.contract.entries.length} variables, ${report.set} set), checked against ${report.envFile ? `${report.envFile} and ` : ''}the environment.`,
    );
  else
    lines.push(`**Contract:** none found (${looked}; set configCheck.envContract / input 'env-contract' to name one).`);
  if (hint) lines.push('', hint);
  lines.push(
    report.productionRan
      ? `**Production checks:** ${report.production.production ? 'on' : 'off'} (${report.production.why}).`
      : '**Production checks:** not run: no contract and no .env file to check.',
  );
  if (report.problems.length) {
    lines.push('', '| Level | Variable | Problem |', '| --- | --- | --- |');
    for (const p of report.problems.slice(0, 100))
      lines.push(`| ${p.level} | ${p.key} | ${p.message.replaceAll('|', '\\|')} |`);
  }
  if (report.framework) {
    lines.push(
      '',
      `**Check command** (${report.framework.reason}): \`${report.framework.command}\` exited ${report.framework.code ?? '(did not finish)'}`,
    );
    if (report.framework.output) lines.push('', '```', report.framework.output, '```');
  }
  return { status, headline, details: lines.join('\n'), annotations, data: report };
}

/** "set working-directory: backend" when the service lives in a subfolder. */
function subprojectHint(found: Subproject[]): string {
  if (found.length === 0) return '';
  return `${found.map((s) => `${s.dir}/ has ${s.contract ?? s.tool}`).join(', ')}: set working-directory: ${found[0]!.dir}${
    found.length > 1
      ? ` (or ${found
          .slice(1)
          .map((s) => s.dir)
          .join(', ')})`
      : ''
  }`;
}

/** A command as the headline shows it: whole when short, else its start. */
function short(command: string): string {
  return command.length <= 60 ? `'${command}'` : `'${command.slice(0, 57)}...'`;
}

export const configStage: Stage = {
  name: 'config',
  async run({ config, host }) {
    return toOutcome(await inspectConfig(config, host));
  },
};

/** `backend-ci config`: 0 when the configuration is fine (warnings allowed), 1 when it has problems. */
export async function configCommand(config: Config, host: Host): Promise<number> {
  const outcome = toOutcome(await inspectConfig(config, host));
  for (const a of outcome.annotations ?? []) host.annotate(a);
  host.log[outcome.status === 'failed' ? 'error' : 'info'](`config: ${outcome.headline}`);
  host.log.info(outcome.details ?? '');
  return outcome.status === 'failed' ? 1 : 0;
}
