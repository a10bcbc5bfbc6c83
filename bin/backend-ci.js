#!/usr/bin/env node
// The CLI: the same bundle as the action, told to run as the CLI.
globalThis[Symbol.for('backend-ci.cli')] = true;
await import('../dist/index.js');
