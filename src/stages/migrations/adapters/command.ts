// Any migration check that follows the exit-code contract: 0 clean, 1 tool error, 2 unapplied,
// 3 model changes without a migration, 4 destructive or locking SQL. It is the user's own command, so it
// runs in a shell; values from the run reach it only through environment variables (DATABASE_URL).
import { runProgram, tail } from '../../../exec/run.js';
import { MigrationToolError, TOOL_TIMEOUT_MS, toolEnv, type AdapterContext } from '../adapter.js';

export interface CommandCheck {
  command: string;
  code: number;
  /** The last lines of what it printed. */
  output: string;
}

export async function runMigrationCommand(ctx: AdapterContext): Promise<CommandCheck> {
  const command = ctx.config.migrations.command;
  if (!command)
    throw new MigrationToolError("the command adapter needs migrations.command (input 'migrations-command')");
  const shell = process.platform === 'win32' ? 'cmd.exe' : '/bin/sh';
  const args = process.platform === 'win32' ? ['/d', '/s', '/c', command] : ['-c', command];
  const result = await runProgram(shell, args, {
    cwd: ctx.cwd,
    env: toolEnv(ctx),
    timeoutMs: TOOL_TIMEOUT_MS,
    onStdout: (c) => ctx.host.log.info(c.trimEnd()),
    onStderr: (c) => ctx.host.log.info(c.trimEnd()),
  });
  const output = tail(`${result.stdout}\n${result.stderr}`.trim(), 20);
  if (result.timedOut)
    throw new MigrationToolError(`'${command}' did not finish within ${TOOL_TIMEOUT_MS / 1000}s:\n${output}`);
  const code = result.code ?? 1;
  // Anything outside the contract (a crash, 127 for command not found) is a tool error.
  return { command, code: code >= 0 && code <= 4 ? code : 1, output };
}
