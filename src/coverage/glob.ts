// Globs for per-file thresholds ("src/billing/**", "**/*.{ts,js}"), matched by picomatch: `**` spans
// folders, `*` and `?` stay within one path segment, `[abc]` is a class, `{a,b}` an alternative. Paths and
// patterns use forward slashes and are matched as a whole; dotfiles match like any file (coverage lists them).
import picomatch from 'picomatch';

export class GlobSyntaxError extends Error {
  override name = 'GlobSyntaxError';
}

/**
 * picomatch reads an unclosed `[` or `{` as a literal character, so a typo would match nothing, silently:
 * say so instead, naming the pattern and where the bracket opened.
 */
function checkBrackets(pattern: string): void {
  const open: { c: string; at: number }[] = [];
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '\\') i++;
    else if (c === '[' && open.at(-1)?.c !== '[') open.push({ c, at: i });
    else if (c === ']' && open.at(-1)?.c === '[' && i > open.at(-1)!.at + 1) open.pop();
    else if (c === '{' && open.at(-1)?.c !== '[') open.push({ c, at: i });
    else if (c === '}' && open.at(-1)?.c === '{') open.pop();
  }
  const unclosed = open.at(-1);
  if (unclosed) {
    const what = unclosed.c === '[' ? `']' to close the class` : `'}' to close the braces`;
    throw new GlobSyntaxError(`'${pattern}': expected ${what} opened at ${unclosed.at + 1}`);
  }
}

/**
 * Our globs have only `* ? [ ] { } ,` as special characters; picomatch also reads extglobs and regex groups
 * (`+(a)`, `!(a)`, `(a|b)`), which a file name like "a+b (1).ts" would trip. Those characters are escaped,
 * and `[!ab]` (the shell's negated class) becomes picomatch's `[^ab]`.
 */
function toPicomatch(pattern: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '\\') {
      out += pattern.slice(i, i + 2);
      i++;
    } else if (inClass) {
      out += c === '!' && pattern[i - 1] === '[' ? '^' : c;
      if (c === ']' && pattern[i - 1] !== '[') inClass = false;
    } else if (c === '[') {
      inClass = true;
      out += c;
    } else out += /[()+@!|]/.test(c) ? `\\${c}` : c;
  }
  return out;
}

/** Compiles a glob into a RegExp matching whole forward-slash paths. */
export function globToRegExp(pattern: string): RegExp {
  const normalised = pattern.replace(/^\.\//, '');
  checkBrackets(normalised);
  return picomatch.makeRe(toPicomatch(normalised), { dot: true, noextglob: true });
}

const cache = new Map<string, RegExp>();

export function matchesGlob(file: string, pattern: string): boolean {
  let re = cache.get(pattern);
  if (!re) {
    re = globToRegExp(pattern);
    cache.set(pattern, re);
  }
  return re.test(file.replace(/^\.\//, ''));
}
