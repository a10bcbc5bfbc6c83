// The CLI: the same pipeline as the action, in a terminal or any other CI.
// Exit codes: 0 success, 1 a stage failed, 2 usage or configuration error.
import path from 'node:path';
import { loadConfig, inputSpecs, type Config } from './config/config.js';
import { toolMigrationsFolder } from './stages/migrations/folder.js';
import { didYouMean } from './config/schema.js';
import { LocalHost } from './host/local.js';
import { runPipeline } from './pipeline/run.js';
import { STAGE_NAMES } from './pipeline/stage.js';
import { stages } from './stages/index.js';
import { ConfigError, UsageError } from './errors.js';
import pkg from '../package.json' with { type: 'json' };

interface Parsed {
  command: string;
  inputs: Record<string, string>;
  flags: Set<string>;
  values: Record<string, string>;
  positionals: string[];
}

/** Flags of our own; every other --name is an action input (see `backend-ci help inputs`). */
const BOOLEAN_FLAGS = ['plan', 'force', 'keep-database', 'plain', 'help', 'version'];
const VALUE_FLAGS = ['to', 'output', 'artifacts-from'];
const ALIASES: Record<string, string> = {
  C: 'working-directory',
  c: 'config-file',
  config: 'config-file',
  h: 'help',
  V: 'version',
};

export function parseArgs(argv: string[]): Parsed {
  const inputNames = new Set([...inputSpecs().map((s) => s.name), 'config-file']);
  const parsed: Parsed = { command: 'run', inputs: {}, flags: new Set(), values: {}, positionals: [] };
  let commandSeen = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg.startsWith('-') && arg !== '-') {
      let [name, value] = arg.replace(/^--?/, '').split(/=(.*)/s, 2) as [string, string | undefined];
      name = ALIASES[name] ?? name;
      if (BOOLEAN_FLAGS.includes(name)) {
        parsed.flags.add(name);
        continue;
      }
      const takeValue = () => {
        if (value !== undefined) return value;
        const next = argv[++i];
        if (next === undefined) throw new UsageError(`--${name} needs a value`);
        return next;
      };
      if (VALUE_FLAGS.includes(name)) parsed.values[name] = takeValue();
      else if (name === 'input') {
        const [k, v] = takeValue().split(/=(.*)/s, 2);
        if (!k || v === undefined) throw new UsageError('--input takes name=value');
        if (!inputNames.has(k)) throw new UsageError(`unknown input '${k}'${didYouMean(k, [...inputNames])}`);
        parsed.inputs[k] = v;
      } else if (inputNames.has(name)) parsed.inputs[name] = takeValue();
      else
        throw new UsageError(
          `unknown option --${name}${didYouMean(name, [...inputNames, ...BOOLEAN_FLAGS, ...VALUE_FLAGS])}; see backend-ci --help`,
        );
    } else if (!commandSeen) {
      parsed.command = arg;
      commandSeen = true;
    } else parsed.positionals.push(arg);
  }
  return parsed;
}

const HELP = `backend-ci ${pkg.version} — CI/CD for backend services

Usage: backend-ci [command] [options]

Commands:
  run                 run the pipeline (default): ${STAGE_NAMES.join(', ')}
  migrations          check pending migrations; exit 0 clean, 1 tool error, 2 unapplied, 3 drift, 4 destructive
  config              validate the service's configuration
  test                run the tests with the project's runner and its coverage, enforce thresholds
  perf                run the load-test scenario against its budgets
  deploy [--plan]     deploy a release (--plan prints the steps and the migrations that would run)
  rollback [--to ID]  switch back to the previous (or the given) good release and restore its database
                      snapshot (--keep-database: leave the data as it is)
  recover             undo what a killed deploy left: back to the last release confirmed healthy
  releases            list releases on every target
  unlock [--force]    release a deploy lock left by a dead run
  merge-coverage DIR… merge shard coverage folders (lcov) into --output DIR and apply thresholds
  help inputs         list every setting that can be given as --name value

Options:
  --stages a,b        stages to run, in order (the report runs last)
  -c, --config FILE   backend-ci.yml to read (default: ./backend-ci.yml if present)
  -C, --working-directory DIR
  --<input> VALUE     any action input, e.g. --threshold-lines 80 --test-command "npm test"
  --plain             no live progress line
  -h, --help, -V, --version

Exit codes: 0 success, 1 a stage failed, 2 usage or configuration error.`;

function inputsHelp(): string {
  const rows = inputSpecs().map(
    (s) =>
      `  --${s.name.padEnd(26)} ${s.doc}${s.default !== undefined && !(Array.isArray(s.default) && !s.default.length) ? ` [default: ${Array.isArray(s.default) ? s.default.join(',') : String(s.default)}]` : ''}`,
  );
  return ['Settings (action inputs; also settable in backend-ci.yml):', ...rows].join('\n');
}

async function withConfig(parsed: Parsed, stageOverride?: string): Promise<{ config: Config; host: LocalHost }> {
  const workspace = process.cwd();
  const inputs = { ...parsed.inputs };
  if (stageOverride) inputs.stages = stageOverride;
  const secrets: string[] = [];
  const config = loadConfig({
    workspace,
    inputs,
    onSecret: (s) => secrets.push(s),
    migrationsFolder: toolMigrationsFolder,
  });
  const host = await LocalHost.create({
    baseDir: config.cwd,
    workspace,
    plain: parsed.flags.has('plain'),
    artifactsFrom: parsed.values['artifacts-from'] ? path.resolve(parsed.values['artifacts-from']) : undefined,
  });
  for (const s of secrets) host.setSecret(s);
  return { config, host };
}

async function runStages(parsed: Parsed, only?: string): Promise<number> {
  const { config, host } = await withConfig(parsed, only);
  const result = await runPipeline(config, host, stages);
  process.stdout.write(
    `\nreport: ${path.relative(process.cwd(), path.join(host.resultsDir, 'summary.md'))}   results: ${path.relative(process.cwd(), result.resultsJson)}\n`,
  );
  if (result.configError) return 2;
  return result.failed ? 1 : 0;
}

export async function main(argv: string[]): Promise<number> {
  const parsed = parseArgs(argv);
  if (parsed.flags.has('version')) {
    process.stdout.write(`${pkg.version}\n`);
    return 0;
  }
  if (parsed.flags.has('help') || parsed.command === 'help') {
    process.stdout.write(`${parsed.positionals[0] === 'inputs' ? inputsHelp() : HELP}\n`);
    return 0;
  }
  switch (parsed.command) {
    case 'run':
      return runStages(parsed);
    case 'test':
      return runStages(parsed, 'test');
    case 'migrations': {
      const { config, host } = await withConfig(parsed);
      return (await import('./stages/migrations/stage.js')).migrationsCommand(config, host);
    }
    case 'config': {
      const { config, host } = await withConfig(parsed);
      return (await import('./stages/config/stage.js')).configCommand(config, host);
    }
    case 'perf': {
      const { config, host } = await withConfig(parsed);
      return (await import('./stages/perf/stage.js')).perfCommand(config, host);
    }
    case 'deploy':
    case 'rollback':
    case 'releases':
    case 'recover':
    case 'unlock': {
      const { config, host } = await withConfig(parsed);
      const deploy = await import('./commands/deploy.js');
      if (parsed.command === 'deploy') return deploy.deployCommand(config, host, { plan: parsed.flags.has('plan') });
      if (parsed.command === 'rollback')
        return deploy.rollbackCommand(config, host, {
          to: parsed.values.to,
          keepDatabase: parsed.flags.has('keep-database'),
        });
      if (parsed.command === 'recover') return deploy.recoverCommand(config, host);
      if (parsed.command === 'releases') return deploy.releasesCommand(config, host);
      return deploy.unlockCommand(config, host, { force: parsed.flags.has('force') });
    }
    case 'merge-coverage': {
      const { config, host } = await withConfig(parsed);
      if (!parsed.positionals.length)
        throw new UsageError('merge-coverage needs the shard coverage folders (or lcov files) as arguments');
      return (await import('./commands/merge-coverage.js')).mergeCoverageCommand(config, host, {
        inputs: parsed.positionals,
        output: parsed.values.output,
      });
    }
    default:
      throw new UsageError(
        `unknown command '${parsed.command}'${didYouMean(parsed.command, ['run', 'test', 'migrations', 'config', 'perf', 'deploy', 'rollback', 'recover', 'releases', 'unlock', 'merge-coverage', 'help'])}; see backend-ci --help`,
      );
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const usage = error instanceof UsageError || error instanceof ConfigError;
    process.stderr.write(`backend-ci: ${error instanceof Error ? error.message : String(error)}\n`);
    if (!usage && error instanceof Error && error.stack && process.env.BACKEND_CI_DEBUG)
      process.stderr.write(`${error.stack}\n`);
    process.exitCode = usage ? 2 : 1;
  },
);
