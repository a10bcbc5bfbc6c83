// Builds dist/: the action (dist/index.js) and the CLI (dist/cli/index.js), each one self-contained ncc bundle.
import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';

rmSync('dist', { recursive: true, force: true });
const ncc = ['node_modules/@vercel/ncc/dist/ncc/cli.js', 'build'];
const common = ['--target', 'es2022', '--quiet', '--license', 'licenses.txt'];
execFileSync(process.execPath, [...ncc, 'src/index.ts', '-o', 'dist', ...common], { stdio: 'inherit' });
execFileSync(process.execPath, [...ncc, 'src/cli.ts', '-o', 'dist/cli', ...common], { stdio: 'inherit' });
for (const dir of ['dist', 'dist/cli']) writeFileSync(`${dir}/package.json`, '{ "type": "module" }\n');
