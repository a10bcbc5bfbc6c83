// Terminal escape sequences (colours, cursor moves, hyperlinks) in what programs print: meaningless in markdown,
// where they show as "[31m" litter, and in the way of anything that reads tool output. The one stripper for
// both: the report renders through it, readers of test and migration-tool output parse through it.

// CSI (ESC [ … final byte, or the one-byte CSI 0x9b), OSC (ESC ] … BEL or ESC \), and two-byte ESC sequences.
// eslint-disable-next-line no-control-regex
const ANSI = /(?:\u001b\[|\u009b)[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)|\u001b[@-Z\\-_]/g;

export function stripAnsi(text: string): string {
  // Most text has no ESC at all: skip the regular expression then.
  return text.includes('\u001b') || text.includes('\u009b') ? text.replace(ANSI, '') : text;
}
