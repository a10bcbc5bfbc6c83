// Quoting for the one place a command line is parsed by a shell we do not start ourselves: the remote
// login shell that OpenSSH hands its command string to.

/** Quotes a value for a POSIX shell: wrapped in single quotes, each ' written as '\''. */
export function shellQuote(value: string): string {
  if (value.includes('\0')) throw new Error('a shell argument cannot contain a NUL byte');
  return `'${value.split("'").join(`'\\''`)}'`;
}
