// A small glob matcher for per-file thresholds ("src/billing/**", "**/*.{ts,js}"): `**` spans folders,
// `*` and `?` stay within one path segment, `[abc]` is a character class, `{a,b}` picks an alternative.
// Paths and patterns use forward slashes and are matched as a whole.

export class GlobSyntaxError extends Error {
  override name = 'GlobSyntaxError';
}

function escape(c: string): string {
  return /[\\^$.*+?()[\]{}|/]/.test(c) ? `\\${c}` : c;
}

function translate(pattern: string, start: number, stopAt: string): { source: string; end: number } {
  let out = '';
  let i = start;
  while (i < pattern.length) {
    const c = pattern[i]!;
    if (stopAt.includes(c)) return { source: out, end: i };
    if (c === '*') {
      if (pattern[i + 1] === '*') {
        const before = i === 0 || pattern[i - 1] === '/' || pattern[i - 1] === '{' || pattern[i - 1] === ',';
        const afterIndex = i + 2;
        const after = pattern[afterIndex];
        if (before && after === '/') {
          // "**/" : zero or more whole folders.
          out += '(?:[^/]*/)*';
          i = afterIndex + 1;
          continue;
        }
        if (before && (after === undefined || stopAt.includes(after))) {
          // A trailing "**": everything below, at any depth.
          out += '.*';
          i = afterIndex;
          continue;
        }
        // "a**b" is not a folder wildcard: treat it as "*".
        out += '[^/]*';
        i = afterIndex;
        continue;
      }
      out += '[^/]*';
      i++;
    } else if (c === '?') {
      out += '[^/]';
      i++;
    } else if (c === '[') {
      const close = pattern.indexOf(']', i + 2);
      if (close === -1) throw new GlobSyntaxError(`'${pattern}': expected ']' to close the class opened at ${i + 1}`);
      let body = pattern.slice(i + 1, close);
      const negate = body.startsWith('!') || body.startsWith('^');
      if (negate) body = body.slice(1);
      out += `[${negate ? '^/' : ''}${body.replace(/[\\\]]/g, '\\$&')}]`;
      i = close + 1;
    } else if (c === '{') {
      const options: string[] = [];
      let j = i + 1;
      for (;;) {
        const part = translate(pattern, j, ',}');
        options.push(part.source);
        if (part.end >= pattern.length) throw new GlobSyntaxError(`'${pattern}': expected '}' to close the braces opened at ${i + 1}`);
        j = part.end + 1;
        if (pattern[part.end] === '}') break;
      }
      out += `(?:${options.join('|')})`;
      i = j;
    } else if (c === '\\' && i + 1 < pattern.length) {
      out += escape(pattern[i + 1]!);
      i += 2;
    } else {
      out += escape(c);
      i++;
    }
  }
  return { source: out, end: i };
}

/** Compiles a glob into a RegExp matching whole forward-slash paths. */
export function globToRegExp(pattern: string): RegExp {
  const normalised = pattern.replace(/^\.\//, '');
  const { source } = translate(normalised, 0, '');
  return new RegExp(`^${source}$`);
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
