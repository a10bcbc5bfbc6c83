// Builds dist/: one self-contained ncc bundle (dist/index.js) that is both the action and, loaded through
// bin/backend-ci.js, the CLI.
// TypeScript is emitted first (tsc, as real ESM; type errors are `npm run build`'s job), then ncc bundles the JS.
import { execFileSync } from 'node:child_process';
import { copyFileSync, rmSync, writeFileSync } from 'node:fs';

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
