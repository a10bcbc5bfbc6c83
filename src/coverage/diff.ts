// Unified diffs -> the lines each change added, by new path. Used for coverage of changed lines.
// Handles git's headers: new, deleted, renamed and copied files, binary files, quoted paths (C escapes),
// paths with spaces (git ends those ---/+++ lines with a tab), and "\ No newline at end of file".

/** Repository-relative path (new name) -> line numbers added or changed in the new version. */
export type ChangedLines = Map<string, Set<number>>;

const HUNK = /^@@+ (?:-\d+(?:,\d+)? )+\+(\d+)(?:,(\d+))? @@+/;

/** Undoes git's C-style quoting of a path: "t\303\251st.ts" -> tést.ts. */
export function unquoteGitPath(text: string): string {
  if (!(text.startsWith('"') && text.endsWith('"') && text.length >= 2)) return text;
  const body = text.slice(1, -1);
  const bytes: number[] = [];
  const simple: Record<string, number> = { n: 10, t: 9, r: 13, '"': 34, '\\': 92, a: 7, b: 8, f: 12, v: 11 };
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c !== '\\') {
      bytes.push(...Buffer.from(c, 'utf8'));
      continue;
    }
    const next = body[i + 1] ?? '';
    if (/[0-7]/.test(next)) {
      const oct = /^[0-7]{1,3}/.exec(body.slice(i + 1))![0];
      bytes.push(Number.parseInt(oct, 8));
      i += oct.length;
    } else {
      bytes.push(simple[next] ?? next.charCodeAt(0));
      i += 1;
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

/** A path from a ---/+++ line: unquoted, without the a/ b/ prefix and without git's trailing tab. */
function headerPath(rest: string): string | undefined {
  let text = rest.replace(/\t.*$/, '');
  if (text === '/dev/null') return undefined;
  text = unquoteGitPath(text);
  return text.replace(/^[ab]\//, '');
}

/** The new path from "diff --git a/x b/x" when no ---/+++ lines follow (binary files, pure mode changes). */
function pathFromDiffGit(rest: string): string | undefined {
  if (rest.startsWith('"')) {
    const m = /^("(?:[^"\\]|\\.)*"|\S+) ("(?:[^"\\]|\\.)*"|.+)$/.exec(rest);
    return m ? unquoteGitPath(m[2]!).replace(/^b\//, '') : undefined;
  }
  // Unquoted names may hold spaces: "a/<name> b/<name>" with both names equal (renames say "rename to").
  if (rest.startsWith('a/') && (rest.length - 3) % 2 === 0) {
    const half = (rest.length - 3) / 2;
    const a = rest.slice(2, 2 + half);
    const b = rest.slice(2 + half + 3);
    if (rest.slice(2 + half, 2 + half + 3) === ' b/' && a === b) return b;
  }
  const last = rest.lastIndexOf(' b/');
  return last >= 0 ? rest.slice(last + 3) : undefined;
}

interface HunkState {
  file: Set<number>;
  next: number;
  /** Lines of the hunk body still to come, so an added line "+++x" is not taken for a header. */
  oldLeft: number;
  newLeft: number;
}

function startHunk(line: string, file: Set<number>): HunkState | undefined {
  const m = HUNK.exec(line);
  if (!m) return undefined;
  // Old counts: combined diffs have several "-a,b" ranges; the body is bounded by the new count and the
  // first old count, which is enough for the two-sided diffs git diff a...b prints.
  const old = /^@@+ -\d+(?:,(\d+))?/.exec(line)!;
  return { file, next: Number(m[1]), oldLeft: old[1] === undefined ? 1 : Number(old[1]), newLeft: m[2] === undefined ? 1 : Number(m[2]) };
}

/** Feeds one line of a hunk body; returns false when the line is not part of the hunk. */
function hunkLine(h: HunkState, line: string): boolean {
  if (h.oldLeft <= 0 && h.newLeft <= 0) return line.startsWith('\\');
  const c = line[0];
  if (c === '+') {
    h.file.add(h.next++);
    h.newLeft--;
  } else if (c === '-') {
    h.oldLeft--;
  } else if (c === ' ' || line === '') {
    // An empty line is a context line whose leading space was stripped (e.g. by an editor or an API).
    h.next++;
    h.oldLeft--;
    h.newLeft--;
  } else if (c === '\\') {
    // "\ No newline at end of file": says something about the line before, adds nothing.
  } else {
    return false;
  }
  return true;
}

export function parseUnifiedDiff(text: string): ChangedLines {
  const result: ChangedLines = new Map();
  const lines = text.split('\n');
  let target: string | undefined;
  let deleted = false;
  let hunk: HunkState | undefined;
  const fileSet = (p: string) => {
    let s = result.get(p);
    if (!s) result.set(p, (s = new Set()));
    return s;
  };
  for (let raw of lines) {
    if (raw.endsWith('\r')) raw = raw.slice(0, -1);
    if (hunk && hunkLine(hunk, raw)) continue;
    hunk = undefined;
    if (raw.startsWith('diff --git ')) {
      target = pathFromDiffGit(raw.slice('diff --git '.length));
      deleted = false;
      if (target !== undefined) fileSet(target);
    } else if (raw.startsWith('deleted file mode')) {
      deleted = true;
      if (target !== undefined) result.delete(target);
    } else if (raw.startsWith('rename to ') || raw.startsWith('copy to ')) {
      if (target !== undefined) result.delete(target);
      target = unquoteGitPath(raw.slice(raw.indexOf(' to ') + 4));
      fileSet(target);
    } else if (raw.startsWith('+++ ')) {
      const p = headerPath(raw.slice(4));
      if (p === undefined) {
        deleted = true;
        if (target !== undefined) result.delete(target);
        target = undefined;
      } else {
        if (target !== undefined && target !== p) result.delete(target);
        target = p;
        deleted = false;
        fileSet(p);
      }
    } else if (raw.startsWith('@@')) {
      if (target !== undefined && !deleted) hunk = startHunk(raw, fileSet(target));
    }
  }
  return result;
}

/**
 * Changed lines from GitHub's "list pull request files" answer: `patch` holds only the hunks of one file
 * (absent for binary or very large files, which then count as changed with no known lines).
 */
export function changedLinesFromPatches(files: readonly { filename: string; patch?: string | null; status?: string }[]): ChangedLines {
  const result: ChangedLines = new Map();
  for (const f of files) {
    if (f.status === 'removed') continue;
    const set = new Set<number>();
    result.set(f.filename, set);
    let hunk: HunkState | undefined;
    for (let raw of (f.patch ?? '').split('\n')) {
      if (raw.endsWith('\r')) raw = raw.slice(0, -1);
      if (hunk && hunkLine(hunk, raw)) continue;
      hunk = raw.startsWith('@@') ? startHunk(raw, set) : undefined;
    }
  }
  return result;
}
