// Output of the node test runner (`node --test`): TAP (the default when stdout is not a terminal on
// Node 20) and the spec reporter (the default on a terminal, and everywhere from Node 23). Counts come from
// the closing summary ("# pass 11" / "ℹ pass 11"); failures from the failing tests and their locations.
import {
  type PathOptions,
  type TestFailure,
  type TestResults,
  emptyResults,
  locationFromText,
  repositoryFile,
} from './model.js';

const SUMMARY = /^(?:#|ℹ)\s+(tests|pass|fail|cancelled|skipped|todo)\s+(\d+)\s*$/;

function counts(lines: string[]): Pick<TestResults, 'passed' | 'failed' | 'skipped'> | undefined {
  const seen: Record<string, number> = {};
  for (const line of lines) {
    const m = SUMMARY.exec(line.trim());
    if (m) seen[m[1]!] = Number(m[2]);
  }
  if (seen.pass === undefined && seen.fail === undefined) return undefined;
  return {
    passed: seen.pass ?? 0,
    // A cancelled test did not pass: it ran out of time or its parent failed.
    failed: (seen.fail ?? 0) + (seen.cancelled ?? 0),
    skipped: (seen.skipped ?? 0) + (seen.todo ?? 0),
  };
}

function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}

/** A YAML scalar as node's TAP reporter writes it: plain, 'single' (with '' escapes), "double", or a |- block. */
function yamlValue(first: string, following: string[], indent: number): { value: string; used: number } {
  const v = first.trim();
  if (v === '|-' || v === '|' || v === '>-' || v === '>') {
    const body: string[] = [];
    let used = 0;
    for (const line of following) {
      if (line.trim() !== '' && indentOf(line) <= indent) break;
      body.push(line);
      used++;
    }
    const cut = Math.min(...body.filter((l) => l.trim() !== '').map(indentOf), Infinity);
    return {
      value: body
        .map((l) => l.slice(Number.isFinite(cut) ? cut : 0))
        .join('\n')
        .trimEnd(),
      used,
    };
  }
  if (v.startsWith("'") && v.endsWith("'") && v.length >= 2)
    return { value: v.slice(1, -1).replace(/''/g, "'"), used: 0 };
  if (v.startsWith('"') && v.endsWith('"') && v.length >= 2) {
    try {
      return { value: JSON.parse(v) as string, used: 0 };
    } catch {
      return { value: v.slice(1, -1), used: 0 };
    }
  }
  return { value: v, used: 0 };
}

function parseTap(lines: string[], opts: PathOptions): TestFailure[] {
  const failures: TestFailure[] = [];
  // Subtest names by nesting level (node indents each level by 4 spaces).
  const names: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const subtest = /^(\s*)# Subtest: (.*)$/.exec(line);
    if (subtest) {
      const level = Math.floor(subtest[1]!.length / 4);
      names.length = level;
      names[level] = subtest[2]!;
      continue;
    }
    const result = /^(\s*)not ok \d+ - (.*?)(?:\s+#\s*(?:TODO|SKIP)\b.*)?$/.exec(line);
    if (!result) continue;
    const indent = result[1]!.length;
    const level = Math.floor(indent / 4);
    const name = [...names.slice(0, level), result[2]!].join(' › ');
    // The YAML block ("---" ... "...") and its keys are indented two more than the result line.
    const fields: Record<string, string> = {};
    if (lines[i + 1]?.trim() === '---') {
      let j = i + 2;
      while (j < lines.length && lines[j]!.trim() !== '...') {
        const field = /^(\s*)([A-Za-z_]+):\s?(.*)$/.exec(lines[j]!);
        if (field && field[1]!.length === indent + 2) {
          const { value, used } = yamlValue(field[3]!, lines.slice(j + 1), indent + 2);
          fields[field[2]!] = value;
          j += 1 + used;
        } else {
          j++;
        }
      }
      i = j;
    }
    // A suite fails when a subtest does; that subtest is reported on its own.
    if (fields.failureType === 'subtestsFailed' || fields.type === 'suite') continue;
    const declared = fields.location ? /^(.*):(\d+):(\d+)$/.exec(fields.location) : null;
    const declaredFile = declared ? repositoryFile(declared[1]!, opts) : undefined;
    const thrown = locationFromText(fields.stack ?? '', { ...opts, prefer: declaredFile });
    const where =
      thrown && (!declaredFile || thrown.file === declaredFile)
        ? thrown
        : declared && declaredFile
          ? { file: declaredFile, line: Number(declared[2]), column: Number(declared[3]) }
          : thrown;
    failures.push({ name, ...(where ?? {}), message: (fields.error ?? fields.failureType ?? 'failed').trim() });
  }
  return failures;
}

const SPEC_RESULT = /^(\s*)([✔✖▶﹣]) (.*?)(?: \([\d.]+m?s\))?(?: # .*)?\s*$/u;

/**
 * Full names ("suite › test") of the failing tests in the spec listing, by bare name in order: the
 * "failing tests" section repeats only the bare name. Suites open with "▶ name" and close with a result
 * line of the same name at the same indent; their tests are indented under them.
 */
function specFullNames(lines: string[], end: number): Map<string, string[]> {
  const names = new Map<string, string[]>();
  const suites: { indent: number; name: string }[] = [];
  for (let i = 0; i < end; i++) {
    const m = SPEC_RESULT.exec(lines[i]!);
    if (!m) continue;
    const indent = m[1]!.length;
    while (suites.length > 0 && suites[suites.length - 1]!.indent >= indent) {
      const top = suites.pop()!;
      // The suite's own closing line: not a test.
      if (top.indent === indent && top.name === m[3]) {
        m[2] = '';
        break;
      }
    }
    if (m[2] === '▶') suites.push({ indent, name: m[3]! });
    else if (m[2] === '✖') {
      const list = names.get(m[3]!) ?? [];
      list.push([...suites.map((s) => s.name), m[3]!].join(' › '));
      names.set(m[3]!, list);
    }
  }
  return names;
}

function parseSpec(lines: string[], opts: PathOptions): TestFailure[] {
  const failures: TestFailure[] = [];
  const start = lines.findIndex((l) => /^\s*✖ failing tests:\s*$/.test(l));
  if (start === -1) return failures;
  const fullNames = specFullNames(lines, start);
  let declared: string | undefined;
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i]!;
    const at = /^\s*test at (.*):(\d+):(\d+)\s*$/.exec(line);
    if (at) {
      declared = line;
      continue;
    }
    const failed = /^(\s*)✖ (.*?)(?: \([\d.]+m?s\))?\s*$/.exec(line);
    if (!failed) continue;
    const indent = failed[1]!.length;
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const l = lines[j]!;
      if (l.trim() !== '' && indentOf(l) <= indent) break;
      body.push(l);
    }
    i = j - 1;
    const text = body.join('\n');
    const stackAt = body.findIndex((l) => /^\s+at /.test(l));
    const message = (stackAt === -1 ? body : body.slice(0, stackAt))
      .map((l) => l.trim())
      .join('\n')
      .trim();
    if (/^\d+ subtests? failed$/.test(message)) continue;
    const decl = declared ? /^\s*test at (.*):(\d+):(\d+)\s*$/.exec(declared) : null;
    const declaredFile = decl ? repositoryFile(decl[1]!, opts) : undefined;
    const thrown = locationFromText(text, { ...opts, prefer: declaredFile });
    const where =
      thrown && (!declaredFile || thrown.file === declaredFile)
        ? thrown
        : decl && declaredFile
          ? { file: declaredFile, line: Number(decl[2]), column: Number(decl[3]) }
          : thrown;
    failures.push({
      name: fullNames.get(failed[2]!)?.shift() ?? failed[2]!,
      ...(where ?? {}),
      message: message || 'failed',
    });
    declared = undefined;
  }
  return failures;
}

/** Parses what `node --test` printed (TAP or spec). Undefined when the text has no test runner summary. */
export function parseNodeTestOutput(text: string, opts: PathOptions): TestResults | undefined {
  // Colours, when a runner forced them on, would hide the markers.
  // eslint-disable-next-line no-control-regex -- the ESC character is what an ANSI colour code starts with
  const lines = text.replace(/\x1b\[[0-9;]*m/g, '').split(/\r?\n/);
  const summary = counts(lines);
  if (!summary) return undefined;
  const tap = lines.some((l) => /^TAP version \d+/.test(l) || /^\s*(?:not )?ok \d+ - /.test(l));
  const failures = tap ? parseTap(lines, opts) : parseSpec(lines, opts);
  return { ...emptyResults(), ...summary, failures };
}
