// The project's package manager, told by its lock file, so every command we run or suggest is the one the
// project's own contributors would type.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export type PackageManager = 'npm' | 'pnpm' | 'yarn' | 'bun';

const LOCKFILES: [string, PackageManager][] = [
  ['pnpm-lock.yaml', 'pnpm'],
  ['yarn.lock', 'yarn'],
  ['bun.lock', 'bun'],
  ['bun.lockb', 'bun'],
  ['package-lock.json', 'npm'],
  ['npm-shrinkwrap.json', 'npm'],
];

/** From the working directory up to the repository root (a workspace's lock file sits at its root). */
export function detectPackageManager(cwd: string, workspace: string): { manager: PackageManager; reason: string } {
  const root = path.resolve(workspace);
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    for (const [file, manager] of LOCKFILES) {
      if (existsSync(path.join(dir, file)))
        return { manager, reason: path.relative(root, path.join(dir, file)) || file };
    }
    const pkg = path.join(dir, 'package.json');
    if (existsSync(pkg)) {
      const declared = (safeJson(pkg) as { packageManager?: unknown } | undefined)?.packageManager;
      const name = typeof declared === 'string' ? declared.split('@')[0] : undefined;
      if (name === 'pnpm' || name === 'yarn' || name === 'npm' || name === 'bun')
        return { manager: name, reason: `package.json "packageManager"` };
    }
    if (dir === root || dir === path.dirname(dir) || !dir.startsWith(root)) break;
  }
  return { manager: 'npm', reason: 'no lock file' };
}

/** The command that adds exact dev dependencies, as the package manager spells it. */
export function addDevDependencyCommand(manager: PackageManager, packages: string[]): string {
  const list = packages.join(' ');
  switch (manager) {
    case 'pnpm':
      return `pnpm add --save-dev --save-exact ${list}`;
    case 'yarn':
      return `yarn add --dev --exact ${list}`;
    case 'bun':
      return `bun add --dev --exact ${list}`;
    default:
      return `npm install --save-dev --save-exact ${list}`;
  }
}

/** `npm test` / `pnpm test` / `yarn test` / `bun run test`. */
export function runScriptCommand(manager: PackageManager, script: string): string {
  if (manager === 'bun') return `bun run ${script}`;
  if (manager === 'npm') return script === 'test' ? 'npm test' : `npm run ${script}`;
  return `${manager} ${script === 'test' ? 'test' : `run ${script}`}`;
}

function safeJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}
