// Does a coverage report plausibly cover the project? Compares the files it lists with the source files the
// tree holds, so a runner whose coverage saw only its own config (c8 around vitest's forks pool) or a handful
// of files is said out loud instead of showing a confident percentage.
import { readdirSync } from 'node:fs';
import path from 'node:path';

/** Folders that hold no first-party source (dependencies, build output, reports, virtualenvs). */
const SKIPPED_DIRS = new Set(['node_modules', 'dist', 'build', 'out', 'coverage', 'htmlcov', 'vendor', 'venv', 'env', '__pycache__', 'site-packages', 'target', 'tmp']);

const TEST_FILE = /(^|\/)(test|tests|__tests__|__mocks__|spec|e2e|fixtures)\/|\.(test|spec)\.[cm]?[jt]sx?$|(^|\/)test_[^/]*\.py$|_test\.py$|\.d\.[cm]?ts$/;

/** Tool and framework configuration, not the code a test suite exists for. */
const CONFIG_FILE = /(^|\/)[^/]*\.config\.[cm]?[jt]s$|(^|\/)\.[^/]*rc\.[cm]?js$|(^|\/)(conftest|manage|setup|settings|wsgi|asgi)\.py$|(^|\/)(knexfile|ormconfig|gulpfile|Gruntfile)\.[cm]?[jt]s$/;

const SOURCE_EXT = new Set(['.js', '.mjs', '.cjs', '.jsx', '.ts', '.mts', '.cts', '.tsx', '.py']);

export function isConfigFile(file: string): boolean {
  return CONFIG_FILE.test(file.split(path.sep).join('/'));
}

export function isTestFile(file: string): boolean {
  return TEST_FILE.test(file.split(path.sep).join('/'));
}

/** The extension families a report's files belong to: a Python report is compared with .py files only. */
function families(files: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const f of files) {
    const ext = path.extname(f);
    if (ext === '.py') out.add('.py');
    else if (SOURCE_EXT.has(ext)) out.add('js');
  }
  return out;
}

function inFamilies(file: string, wanted: Set<string>): boolean {
  const ext = path.extname(file);
  if (!SOURCE_EXT.has(ext)) return false;
  return wanted.has(ext === '.py' ? '.py' : 'js');
}

/**
 * Source files under `root` (relative, forward slashes) of the given families, skipping dependencies,
 * hidden and build folders, tests and configuration. Stops after `limit` entries visited (a huge tree still
 * answers quickly; the count is then a lower bound, which is all the comparison needs).
 */
export function listSourceFiles(root: string, wanted: Set<string>, limit = 100_000): string[] {
  const out: string[] = [];
  const stack = [''];
  let visited = 0;
  while (stack.length > 0 && visited < limit) {
    const rel = stack.pop()!;
    let entries;
    try {
      entries = readdirSync(path.join(root, rel), { withFileTypes: true });
    } catch {
      continue;
    }
    for (const e of entries) {
      if (++visited >= limit) break;
      if (e.name.startsWith('.')) continue;
      const child = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) {
        if (!SKIPPED_DIRS.has(e.name)) stack.push(child);
      } else if (e.isFile() && inFamilies(e.name, wanted) && !isTestFile(child) && !isConfigFile(child)) out.push(child);
    }
  }
  return out.sort();
}

export interface TreeCheck {
  /** Sentences for the stage's warnings; empty when the report looks like it covers the project. */
  warnings: string[];
}

/** Below this share of the tree's source files, the report is said to cover "far fewer" than there are. */
const FEW = 0.25;
/** Trees smaller than this are not compared: a 3-file project legitimately tests 1 file. */
const MIN_TREE = 8;

/**
 * `reportFiles` are repository-relative; `root` is where the tests ran, `rootFromWorkspace` its path from
 * the repository root ('' when the same), so both sides compare in one form.
 */
export function checkAgainstSourceTree(reportFiles: readonly string[], root: string, rootFromWorkspace: string, shownReport: string): TreeCheck {
  const warnings: string[] = [];
  if (reportFiles.length === 0) return { warnings };
  const configOnly = reportFiles.every((f) => isConfigFile(f));
  if (configOnly) {
    const names = reportFiles.slice(0, 5).join(', ');
    warnings.push(
      `${shownReport} covers only configuration files (${names}${reportFiles.length > 5 ? ', …' : ''}): the code under test was not measured. ` +
        'A runner that runs tests in worker processes (vitest, jest) needs its own coverage (coverage-tool: none with the runner\'s --coverage), not c8 around it.',
    );
    return { warnings };
  }
  const wanted = families(reportFiles);
  const prefix = rootFromWorkspace ? `${rootFromWorkspace.replace(/\/$/, '')}/` : '';
  const tree = listSourceFiles(root, wanted).map((f) => prefix + f);
  const covered = new Set(reportFiles);
  const measured = reportFiles.filter((f) => !isConfigFile(f) && !isTestFile(f));
  if (tree.length >= MIN_TREE && measured.length < tree.length * FEW) {
    const missing = tree.filter((f) => !covered.has(f));
    const examples = missing.slice(0, 5).join(', ');
    warnings.push(
      `${shownReport} covers ${measured.length} source file${measured.length === 1 ? '' : 's'}, but ${prefix || 'the project'} holds ${tree.length} (not tests or configuration); ` +
        `not in the report: ${examples}${missing.length > 5 ? `, and ${missing.length - 5} more` : ''}. The percentages describe only what was measured.`,
    );
  }
  return { warnings };
}
