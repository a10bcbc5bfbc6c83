// Builds dist/: one self-contained ncc bundle (dist/index.js) that is both the action and, loaded through
// bin/backend-ci.js, the CLI.
// TypeScript is emitted first (tsc, as real ESM; type errors are `npm run build`'s job), then ncc bundles the JS,
// then every chunk is minified (ncc's --minify only minifies the entry file, not the lazily loaded chunks, which
// hold almost all of the code).
import { execFileSync } from 'node:child_process';
import { copyFileSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { transformSync } from 'esbuild';

/**
 * Makes `var <name> = __webpack_require__(<id>);` in the concatenated module of `modulePath` load <id> on first
 * use. Refuses (fails the build) unless the binding is found exactly once and is only ever used as `<name>.x`.
 */
function lazyImport(name, modulePath) {
  const marker = `// CONCATENATED MODULE: ./node_modules/${modulePath}`;
  const chunks = readdirSync('dist').filter(
    (f) => f.endsWith('.js') && readFileSync(path.join('dist', f), 'utf8').includes(marker),
  );
  if (chunks.length !== 1)
    throw new Error(
      `bundle: ${modulePath} is in ${chunks.length} chunks, expected 1; update lazyImport in scripts/bundle.mjs`,
    );
  const file = path.join('dist', chunks[0]);
  const text = readFileSync(file, 'utf8');
  const start = text.indexOf(marker);
  const binding = new RegExp(`^var ${name} = __webpack_require__\\((\\d+)\\);$`, 'm');
  // The binding is declared just before the module's own code (webpack lists a module's imports first).
  const before = text.lastIndexOf('/***/ ((', start);
  const match = binding.exec(text.slice(before, start));
  const end = text.indexOf('\n/***/ })', start);
  if (!match || end < 0)
    throw new Error(
      `bundle: no 'var ${name} = __webpack_require__(...)' before ${modulePath}; update lazyImport in scripts/bundle.mjs`,
    );
  // Every use in the whole webpack module (other concatenated modules could share the binding).
  const body = text.slice(before, end).replace(match[0], '');
  const uses = [...body.matchAll(new RegExp(`\\b${name}\\b(.)`, 'g'))];
  if (!uses.length || uses.some((u) => u[1] !== '.' && u[1] !== "'" && u[1] !== '"' && u[1] !== '/')) {
    throw new Error(`bundle: ${modulePath} uses '${name}' other than as '${name}.x'; a lazy binding would change it`);
  }
  const lazy = `var ${name} = new Proxy({}, { get: (_, key) => __webpack_require__(${match[1]})[key] });`;
  const at = before + match.index;
  writeFileSync(file, text.slice(0, at) + lazy + text.slice(at + match[0].length));
}

const node = (args) => execFileSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'] });
rmSync('.build', { recursive: true, force: true });
rmSync('dist', { recursive: true, force: true });
node(['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json', '--noCheck']);
// The CLI imports ../package.json for its version; keep that path valid inside .build/.
copyFileSync('package.json', '.build/package.json');
const ncc = [
  'node_modules/@vercel/ncc/dist/ncc/cli.js',
  'build',
  '--target',
  'es2022',
  '--quiet',
  '--license',
  'licenses.txt',
];
node([...ncc, '.build/src/index.js', '-o', 'dist']);
writeFileSync('dist/package.json', '{ "type": "module" }\n');
rmSync('.build', { recursive: true, force: true });

// istanbul-reports' create(name) loads a reporter from lib/<name> by computed path, so ncc copies its whole lib/
// folder (with a second copy of the HTML assets). src/stages/test/c8.ts imports each reporter itself and never
// calls create(), so that folder is dead weight; the HTML reporter reads dist/assets/.
rmSync('dist/lib', { recursive: true, force: true });

// @actions/core imports @actions/http-client (for OIDC tokens), which imports undici at the top for one class
// used only behind a proxy. Evaluating undici is most of the action's start-up, though a run that uploads
// nothing never makes a request through it. Its binding in that module becomes a lazy one: webpack refers to
// a concatenated module's imports as `undici.X` at each use, so reading the module on first use is the same.
lazyImport('undici', '@actions/http-client/lib/index.js');

// Names are kept: some dependencies print or compare constructor names.
for (const file of readdirSync('dist').filter((f) => f.endsWith('.js') && f !== 'worker.js')) {
  const target = path.join('dist', file);
  const { code } = transformSync(readFileSync(target, 'utf8'), {
    format: 'esm',
    target: 'es2022',
    platform: 'node',
    minify: true,
    keepNames: true,
    legalComments: 'none', // dist/licenses.txt carries them
  });
  writeFileSync(target, code);
}
