// Reads a test script ("pnpm lint && NODE_ENV=test vitest --coverage") well enough to find the runner it
// calls and to make that call one-shot. Not a shell parser: segments are split at top-level `&&`, words at
// whitespace outside quotes, and words are put back exactly as written.

export type ScriptRunner = 'vitest' | 'jest' | 'node-test' | 'mocha' | 'ava' | 'django' | 'pytest' | 'node';

export interface Segment {
  /** The words as written (quotes kept), so joining them gives back a command the shell reads the same way. */
  words: string[];
  /** Index of the runner's own word ("vitest", "manage.py", "-m pytest"'s "pytest"), when one was found. */
  runnerAt?: number;
  runner?: ScriptRunner;
  /** `npm run x` / `pnpm x` / `yarn x`: the script this segment hands over to. */
  delegatesTo?: string;
  /** Words given to that script (`npm test -- --run`): the package manager appends them to its command. */
  passedOn?: string[];
}

export function splitSegments(script: string): string[] {
  const segments: string[] = [];
  let quote: string | undefined;
  let start = 0;
  for (let i = 0; i < script.length; i++) {
    const c = script[i]!;
    if (quote) {
      if (c === quote) quote = undefined;
      else if (c === '\\' && quote === '"') i++;
    } else if (c === "'" || c === '"') quote = c;
    else if (c === '\\') i++;
    else if (c === '&' && script[i + 1] === '&') {
      segments.push(script.slice(start, i).trim());
      start = i + 2;
      i++;
    }
  }
  segments.push(script.slice(start).trim());
  return segments.filter(Boolean);
}

export function splitWords(segment: string): string[] {
  const words: string[] = [];
  let current = '';
  let quote: string | undefined;
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i]!;
    if (quote) {
      current += c;
      if (c === quote) quote = undefined;
    } else if (c === "'" || c === '"') {
      quote = c;
      current += c;
    } else if (/\s/.test(c)) {
      if (current) words.push(current);
      current = '';
    } else current += c;
  }
  if (current) words.push(current);
  return words;
}

const unquote = (w: string) => w.replace(/^(['"])(.*)\1$/, '$2');
const ENV_ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/;
/** Words that only start the next word's program: env wrappers and package runners. */
const LAUNCHERS = new Set(['npx', 'cross-env', 'env', 'exec', 'dotenv', 'node_modules/.bin', 'pnpx', 'bunx']);
const C8_BOOLEAN_FLAGS = new Set([
  '--all',
  '--check-coverage',
  '--per-file',
  '--clean',
  '--no-clean',
  '--skip-full',
  '-a',
  '--100',
  '--exclude-after-remap',
  '--experimental-monocart',
]);
const NODE_VALUE_FLAGS = new Set([
  '--import',
  '--require',
  '-r',
  '--loader',
  '--experimental-loader',
  '--env-file',
  '--conditions',
  '-C',
  '--test-reporter',
  '--test-reporter-destination',
  '--test-name-pattern',
  '--test-skip-pattern',
  '--test-concurrency',
  '--input-type',
  '--stack-size',
]);
const PYTHONS = /^(?:python[0-9.]*|\S*\/python[0-9.]*|\S*\/bin\/python[0-9.]*|py)$/;

/** Classifies one segment: which runner it calls and at which word. */
export function readSegment(text: string): Segment {
  const words = splitWords(text);
  let i = 0;
  const skipLaunchers = () => {
    for (;;) {
      const w = unquote(words[i] ?? '');
      if (ENV_ASSIGNMENT.test(w)) i++;
      else if (LAUNCHERS.has(w)) {
        i++;
        // dotenv -e .env.test -- jest
        if (w === 'dotenv') {
          const end = words.indexOf('--', i);
          if (end !== -1) i = end + 1;
        }
      } else if ((w === 'pnpm' || w === 'yarn' || w === 'bun') && words[i + 1] === 'exec') i += 2;
      else if (w === 'npm' && words[i + 1] === 'exec') i += words[i + 2] === '--' ? 3 : 2;
      else if (w === '--') i++;
      else break;
    }
  };
  skipLaunchers();
  // Coverage wrappers (c8, nyc) run the next program: the runner is that program.
  while (words[i] === 'c8' || words[i] === 'nyc') {
    i++;
    while (i < words.length && words[i]!.startsWith('-'))
      i += words[i]!.includes('=') || C8_BOOLEAN_FLAGS.has(words[i]!) ? 1 : 2;
    skipLaunchers();
  }
  const program = unquote(words[i] ?? '');
  const base = program.split('/').pop() ?? '';
  const seg: Segment = { words };
  if (base === 'vitest' || base === 'jest' || base === 'mocha' || base === 'ava')
    return { ...seg, runner: base, runnerAt: i };
  if (base === '_mocha') return { ...seg, runner: 'mocha', runnerAt: i };
  if (base === 'node' || base === 'tsx') {
    // node's own flags come before the script; some of them take the next word as their value.
    let test = false;
    for (let j = i + 1; j < words.length && words[j]!.startsWith('-'); j += NODE_VALUE_FLAGS.has(words[j]!) ? 2 : 1) {
      if (words[j] === '--test') test = true;
    }
    return { ...seg, runner: test ? 'node-test' : 'node', runnerAt: i };
  }
  if (PYTHONS.test(program) || base === 'manage.py') {
    const at = base === 'manage.py' ? i : i + 1;
    if (unquote(words[at] ?? '').endsWith('manage.py') && words[at + 1] === 'test')
      return { ...seg, runner: 'django', runnerAt: at };
    if (words[i + 1] === '-m' && (words[i + 2] === 'pytest' || words[i + 2] === 'py.test'))
      return { ...seg, runner: 'pytest', runnerAt: i + 2 };
  }
  if (base === 'pytest' || base === 'py.test') return { ...seg, runner: 'pytest', runnerAt: i };
  const passed = (from: number) => {
    const rest = words.slice(from);
    return rest[0] === '--' ? rest.slice(1) : rest;
  };
  if (base === 'npm' && (words[i + 1] === 'run' || words[i + 1] === 'run-script') && words[i + 2])
    return { ...seg, delegatesTo: unquote(words[i + 2]!), passedOn: passed(i + 3) };
  if (base === 'npm' && (words[i + 1] === 'test' || words[i + 1] === 't'))
    return { ...seg, delegatesTo: 'test', passedOn: passed(i + 2) };
  if ((base === 'pnpm' || base === 'yarn' || base === 'bun') && words[i + 1]) {
    const at = words[i + 1] === 'run' ? i + 2 : i + 1;
    const next = words[at];
    if (next && !next.startsWith('-')) return { ...seg, delegatesTo: unquote(next), passedOn: passed(at + 1) };
  }
  return seg;
}

/** Segments that check style or types, not behaviour: left out of a test run and named as such. */
const CHECK_ONLY =
  /^(?:eslint|prettier|standard|xo|biome|tsc|vue-tsc|dpdm|madge|lint-staged|oxlint|knip|publint|attw)$/;
export function isCheckOnly(seg: Segment): boolean {
  const first = seg.words.find((w) => !ENV_ASSIGNMENT.test(w) && !LAUNCHERS.has(w));
  const base = (first ?? '').split('/').pop() ?? '';
  // tsc builds unless told not to emit: a build step the tests may need.
  if (base === 'tsc' || base === 'vue-tsc') return seg.words.includes('--noEmit');
  if (CHECK_ONLY.test(base)) return true;
  return (
    seg.delegatesTo !== undefined &&
    /^(?:lint|typecheck|type-check|types|test:types|format|prettier|check:types|lint:.*)$/.test(seg.delegatesTo)
  );
}

export interface OneShot {
  words: string[];
  /** What was changed and why, for the detection line; empty when nothing was. */
  changes: string[];
}

/**
 * The runner call in its one-shot form: `vitest` / `vitest watch` / `vitest dev` become `vitest run`; jest's,
 * mocha's, ava's and node's watch flags are dropped. A test run in CI must end by itself.
 */
export function oneShot(seg: Segment): OneShot {
  const words = [...seg.words];
  const at = seg.runnerAt ?? 0;
  const changes: string[] = [];
  const drop = (flags: RegExp, why: string) => {
    for (let i = words.length - 1; i > at; i--) {
      if (flags.test(words[i]!)) {
        changes.push(`dropped ${words[i]} (${why})`);
        words.splice(i, 1);
      }
    }
  };
  switch (seg.runner) {
    case 'vitest': {
      const sub = words[at + 1];
      if (sub === 'watch' || sub === 'dev') {
        changes.push(`ran \`vitest ${sub}\` as \`vitest run\` (watch mode never ends)`);
        words[at + 1] = 'run';
      } else if (words.includes('--run') || sub === 'run' || sub === 'bench') {
        // already one-shot
      } else {
        drop(/^--watch(?:=true)?$|^-w$/, 'watch mode never ends');
        changes.push('ran `vitest` as `vitest run` (without `run` it watches on a terminal)');
        words.splice(at + 1, 0, 'run');
      }
      drop(/^--watch(?:=true)?$/, 'watch mode never ends');
      break;
    }
    case 'jest':
      drop(/^--watch(?:All)?(?:=true)?$/, 'watch mode never ends');
      break;
    case 'mocha':
      drop(/^(?:--watch|-w)$/, 'watch mode never ends');
      break;
    case 'ava':
      drop(/^(?:--watch|-w)$/, 'watch mode never ends');
      break;
    case 'node-test':
    case 'node':
      drop(/^--watch(?:-path=.*)?$/, 'watch mode never ends');
      break;
    default:
      break;
  }
  return { words, changes };
}
