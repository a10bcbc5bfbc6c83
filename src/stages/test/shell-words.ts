// Quoting for the words the stage adds to a user's test command (paths of its own folders): the user's
// command is the one place a shell runs, and nothing we add may change how that shell reads it.
export function shellQuote(word: string): string {
  if (/^[A-Za-z0-9_./:=@%+,-]+$/.test(word)) return word;
  return `'${word.replace(/'/g, `'\\''`)}'`;
}
