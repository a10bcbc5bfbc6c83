// Builds dist/: one self-contained ncc bundle (dist/index.js) that is both the action and, loaded through
// bin/backend-ci.js, the CLI.
// TypeScript is emitted first (tsc, as real ESM; type errors are `npm run build`'s job), then ncc bundles the JS,
// then every chunk is minified (ncc's --minify only minifies the entry file, not the lazily loaded chunks, which
// hold almost all of the code).
import { execFileSync } from 'node:child_process';
import { copyFileSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { transformSync } from 'esbuild';

const node = (args) => execFileSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'] });
rmSync('.build', { recursive: true, force: true });
rmSync('dist', { recursive: true, force: true });
node(['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json', '--noCheck']);
// The CLI imports ../package.json for its version; keep that path valid inside .build/.
copyFileSync('package.json', '.build/package.json');
const ncc = ['node_modules/@vercel/ncc/dist/ncc/cli.js', 'build', '--target', 'es2022', '--quiet', '--license', 'licenses.txt'];
node([...ncc, '.build/src/index.js', '-o', 'dist']);
writeFileSync('dist/package.json', '{ "type": "module" }\n');
rmSync('.build', { recursive: true, force: true });

// istanbul-reports' create(name) loads a reporter from lib/<name> by computed path, so ncc copies its whole lib/
// folder (with a second copy of the HTML assets). src/stages/test/c8.ts imports each reporter itself and never
// calls create(), so that folder is dead weight; the HTML reporter reads dist/assets/.
rmSync('dist/lib', { recursive: true, force: true });

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
