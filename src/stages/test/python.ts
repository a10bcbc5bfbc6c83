// Django's `manage.py test` and pytest, measured by coverage.py. The XML report is written after the run
// whatever its exit code (a failing test must not leave a stale coverage.xml or none), from a data file of
// this run only.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { flags, type PlanContext, type ProjectThresholds, type RunPlan } from './run-plan.js';
import { shellQuote } from './shell-words.js';
import { splitWords } from './script.js';

/** coverage.py's settings files, in the order it reads them, with the section names each one uses. */
const COVERAGE_CONFIGS: [string, string][] = [
  ['.coveragerc', ''],
  ['setup.cfg', 'coverage:'],
  ['tox.ini', 'coverage:'],
  ['pyproject.toml', 'tool.coverage.'],
];

/** `fail_under` from coverage.py's settings: its one total (lines, plus branches when branch = True). */
export function readCoveragePyThresholds(cwd: string): { thresholds: ProjectThresholds; notes: string[] } {
  for (const [name, prefix] of COVERAGE_CONFIGS) {
    const file = path.join(cwd, name);
    if (!existsSync(file)) continue;
    const text = readFileSync(file, 'utf8');
    const report = iniSection(text, `${prefix}report`);
    if (report === undefined && prefix !== '') continue;
    const value = report && /^\s*fail_under\s*=\s*"?(\d+(?:\.\d+)?)"?\s*$/m.exec(report)?.[1];
    const branch = /^\s*branch\s*=\s*(?:true|1|yes|on)\s*$/im.test(iniSection(text, `${prefix}run`) ?? '');
    if (!value) return { thresholds: {}, notes: [] };
    return {
      thresholds: { lines: { value: Number(value), source: `${name} fail_under` } },
      notes: branch
        ? [
            `${name}: fail_under applies to coverage.py's combined lines+branches total; here it gates lines (branches are shown beside it)`,
          ]
        : [],
    };
  }
  return { thresholds: {}, notes: [] };
}

function iniSection(text: string, name: string): string | undefined {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.trim() === `[${name}]`);
  if (start === -1) return undefined;
  const end = lines.findIndex((l, i) => i > start && /^\s*\[/.test(l));
  return lines.slice(start + 1, end === -1 ? undefined : end).join('\n');
}

/** pytest's addopts from the settings file pytest reads, for the pytest-cov options in it. */
export function pytestAddopts(cwd: string): { file: string; addopts: string } | undefined {
  const places: [string, string][] = [
    ['pytest.ini', 'pytest'],
    ['pyproject.toml', 'tool.pytest.ini_options'],
    ['tox.ini', 'pytest'],
    ['setup.cfg', 'tool:pytest'],
  ];
  for (const [name, section] of places) {
    const file = path.join(cwd, name);
    if (!existsSync(file)) continue;
    const body = iniSection(readFileSync(file, 'utf8'), section);
    if (body === undefined) continue;
    // addopts = --cov=app  (ini, continuation lines indented) or addopts = "--cov=app" / ["--cov=app"] (toml)
    const m = /^addopts\s*=\s*(.*(?:\n[ \t]+.*)*)/m.exec(body);
    return {
      file: name,
      addopts: m
        ? m[1]!
            .replace(/[[\]"',]/g, ' ')
            .replace(/\s+/g, ' ')
            .trim()
        : '',
    };
  }
  return undefined;
}

/** pytest-cov measures when `--cov` is in addopts or the command: coverage.py around it would see nothing. */
function pytestCov(cwd: string, command: string): { thresholds: ProjectThresholds; source: string } | undefined {
  const settings = pytestAddopts(cwd);
  const words = [...splitWords(settings?.addopts ?? ''), ...splitWords(command)];
  if (!words.some((w) => w === '--cov' || w.startsWith('--cov='))) return undefined;
  const under = words.map((w) => /^--cov-fail-under=(\d+(?:\.\d+)?)$/.exec(w)?.[1]).find(Boolean);
  const source =
    settings && splitWords(settings.addopts).some((w) => w.startsWith('--cov'))
      ? `${settings.file} addopts`
      : 'the test command';
  return { thresholds: under ? { lines: { value: Number(under), source: `${source} --cov-fail-under` } } : {}, source };
}

export async function planPython(ctx: PlanContext, withCoverage: boolean): Promise<RunPlan> {
  const { config, detection, coverageDirectory, scratch } = ctx;
  const python = config.migrations.python;
  const words = splitWords(detection.command);
  // From the runner's word on: `manage.py test app` or `pytest -q`; env assignments before it are kept.
  const leadingEnv = words.findIndex((w) => !/^[A-Za-z_][A-Za-z0-9_]*=/.test(w));
  const envWords = words.slice(0, leadingEnv === -1 ? words.length : leadingEnv);
  const start = words.findIndex((w) => /manage\.py['"]?$/.test(w) || /^(?:pytest|py\.test)$/.test(w));
  const rest = start === -1 ? words : words.slice(start);
  const isDjango = detection.runner === 'django';
  const runnerWords = isDjango ? rest : ['-m', 'pytest', ...rest.slice(1)];
  const resultsFile = path.join(scratch, 'pytest-junit.xml');
  const extra = isDjango ? '' : ` ${flags([['--junitxml', resultsFile]])}`;
  const dataFile = path.join(scratch, '.coverage');
  const py = shellQuote(python);
  const command = withCoverage
    ? `${[...envWords, py, '-m', 'coverage', 'run', ...runnerWords].join(' ')}${extra}`
    : `${[...envWords, py, ...runnerWords].join(' ')}${extra}`;
  const { thresholds, notes } = readCoveragePyThresholds(config.cwd);
  const cov = isDjango ? undefined : pytestCov(config.cwd, detection.command);
  if (cov && withCoverage) {
    // pytest-cov is the project's own coverage: let it measure, and ask it for one more report.
    return {
      command: `${[...envWords, py, ...runnerWords].join(' ')} ${flags([
        ['--junitxml', resultsFile],
        ['--cov-report', `xml:${path.join(coverageDirectory, 'coverage.xml')}`],
      ])}`,
      coverage: 'runner',
      coverageLabel: `pytest-cov (--cov in ${cov.source})`,
      results: { format: 'junit', file: resultsFile },
      env: { COVERAGE_FILE: dataFile },
      after: [],
      thresholds: { ...thresholds, ...cov.thresholds },
      notes,
    };
  }
  return {
    command,
    coverage: withCoverage ? 'runner' : 'none',
    coverageLabel: withCoverage ? 'coverage.py' : 'none',
    results: isDjango ? { format: 'unittest' } : { format: 'junit', file: resultsFile },
    // COVERAGE_FILE keeps this run's data apart from any .coverage left in the project.
    env: withCoverage ? { COVERAGE_FILE: dataFile } : {},
    after: withCoverage
      ? [
          {
            program: python,
            args: ['-m', 'coverage', 'xml', '-o', path.join(coverageDirectory, 'coverage.xml')],
            env: { COVERAGE_FILE: dataFile },
          },
        ]
      : [],
    thresholds,
    notes,
  };
}
