// Reads a few literal values out of a JavaScript/TypeScript config file (vitest.config.ts) without running
// it: the block after `key: {` or the list after `key: [`. A value the file computes is not seen, and the
// callers say so instead of guessing.

/** The text between the braces of the first `key: {` (balanced, strings and comments skipped). */
export function objectBlock(text: string, key: string): string | undefined {
  const re = new RegExp(`(?:^|[\\s,{(])['"]?${key}['"]?\\s*:\\s*\\{`, 'g');
  const m = re.exec(text);
  if (!m) return undefined;
  return balanced(text, m.index + m[0].length - 1, '{', '}');
}

/** Top-level string items of `key: [...]`, the first string of nested tuples, or `key: 'one'`. */
export function stringList(text: string, key: string): string[] | undefined {
  const re = new RegExp(`(?:^|[\\s,{(])['"]?${key}['"]?\\s*:\\s*([\\['"])`, 'g');
  const m = re.exec(text);
  if (!m) return undefined;
  const start = m.index + m[0].length - 1;
  if (m[1] !== '[') {
    const end = text.indexOf(m[1]!, start + 1);
    return end === -1 ? undefined : [text.slice(start + 1, end)];
  }
  const inner = balanced(text, start, '[', ']');
  if (inner === undefined) return undefined;
  const items: string[] = [];
  let depth = 0;
  let first = true;
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i]!;
    if (c === '[' || c === '{' || c === '(') {
      depth++;
      if (c === '[') first = true;
    } else if (c === ']' || c === '}' || c === ')') depth--;
    else if (c === ',' && depth <= 1) first = true;
    else if ((c === "'" || c === '"' || c === '`') && first && depth <= 1) {
      const end = inner.indexOf(c, i + 1);
      if (end === -1) break;
      items.push(inner.slice(i + 1, end));
      i = end;
      first = false;
    } else if (/[A-Za-z_$]/.test(c) && depth === 0 && first) return undefined; // an identifier: computed
  }
  return items;
}

/** `name: 80` pairs with literal numbers (or `true`) in a block. */
export function numberEntries(block: string): Record<string, number | boolean> {
  const out: Record<string, number | boolean> = {};
  for (const m of block.matchAll(/(?:^|[\s,{])['"]?([A-Za-z0-9_]+)['"]?\s*:\s*(-?\d+(?:\.\d+)?|true|false)\b/g)) {
    out[m[1]!] = m[2] === 'true' ? true : m[2] === 'false' ? false : Number(m[2]);
  }
  return out;
}

/** Without comments, so a commented-out setting is not read as a real one. */
export function stripComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

function balanced(text: string, open: number, o: string, c: string): string | undefined {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === "'" || ch === '"' || ch === '`') {
      const end = text.indexOf(ch, i + 1);
      if (end === -1) return undefined;
      i = end;
    } else if (ch === o) depth++;
    else if (ch === c && --depth === 0) return text.slice(open + 1, i);
  }
  return undefined;
}
