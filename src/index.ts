// The bundle's one entry (dist/index.js). The runner loads it as the action; bin/backend-ci.js loads the same
// bundle as the CLI after setting a global mark, so the action and the CLI ship one copy of everything.
const asCli = (globalThis as Record<symbol, unknown>)[Symbol.for('backend-ci.cli')] === true;

if (asCli) void import('./cli.js');
else void import('./main.js').then(({ run }) => run());
