// lcov tracefiles (lcov.info): parsed record by record while streaming, and written back for merged shards.
// Records: TN, SF, FN/FNDA/FNF/FNH (and lcov 2.2's FNL/FNA), BRDA/BRF/BRH, DA, LF/LH, end_of_record.
import { BranchHits } from './branch-hits.js';
import { type FileDetail, addHits, functionMetric } from './detail.js';
import { FunctionHits } from './function-hits.js';
import { LineHits } from './line-hits.js';
import { forEachLineChunk } from './line-stream.js';
import { CoverageFormatError } from './model.js';

const COUNT = /^\d+$/;
const END_OF_RECORD = Buffer.from('end_of_record');

/**
 * Turns lcov lines into one FileDetail per SF section. Feed it lines in order; `finish()` checks that the
 * last section was closed. Sections of the same path (several TN blocks) are added up.
 */
export class LcovParser {
  readonly files = new Map<string, FileDetail>();
  private current: FileDetail | undefined;
  private currentStartLine = 0;
  /** lcov 2.2 FNL/FNA: function index -> start line. */
  private functionLines = new Map<string, number>();
  /**
   * This section's FN keys per name, in order, and how many FNDA of that name were seen: FNDA names a
   * function without its line, and writers list FNDA in FN order, so the n-th FNDA of a name is its n-th FN.
   */
  private functionKeys = new Map<string, string[]>();
  private fndaSeen = new Map<string, number>();
  /** An FNDA came before its FN in this parse: FN then looks for hits waiting under line 0. */
  private earlyFnda = false;
  /** This section's functions are new and still in their compact form (FunctionHits). */
  private compactFunctions = false;

  /** The file being read, for error messages; the shard merge moves one parser from shard to shard. */
  constructor(public file: string) {}

  private keysOf(name: string): string[] {
    let keys = this.functionKeys.get(name);
    if (!keys) this.functionKeys.set(name, (keys = []));
    return keys;
  }

  private fail(lineNo: number, message: string): never {
    throw new CoverageFormatError(this.file, lineNo, message);
  }

  private count(text: string | undefined, lineNo: number, what: string): number {
    if (text === undefined || !COUNT.test(text)) this.fail(lineNo, `expected ${what} (a whole number), got '${text ?? ''}'`);
    return Number(text);
  }

  /** Hit counts: lcov writes them as integers, but some tools write big ones in exponent form. */
  private hits(text: string | undefined, lineNo: number, what: string): number {
    const n = text === undefined || text === '' ? NaN : Number(text);
    if (!Number.isFinite(n) || n < 0) this.fail(lineNo, `expected ${what} (a count of at least 0), got '${text ?? ''}'`);
    return Math.round(n);
  }

  private section(tag: string, lineNo: number): FileDetail {
    if (!this.current) this.fail(lineNo, `'${tag}' outside a file section: expected 'SF:<path>' first`);
    return this.current;
  }

  /**
   * One line straight from bytes: DA records with plain digits are added without making a string (nine lines
   * in ten of a c8 or istanbul lcov); every other line is decoded and goes through `line`.
   */
  bytes(buf: Buffer, start: number, end: number, lineNo: number): void {
    // TN:<test name> carries nothing the model needs, wherever it stands.
    if (buf[start] === 84 /* T */ && buf[start + 1] === 78 /* N */ && buf[start + 2] === 58 /* : */) return;
    // SF:<path> with no white space around the path: decoded once, not as a line and then its parts.
    if (buf[start] === 83 /* S */ && buf[start + 1] === 70 /* F */ && buf[start + 2] === 58 /* : */ && end - start > 3 && buf[start + 3]! > 32 && buf[end - 1]! > 32) {
      this.openSection(buf.toString('utf8', start + 3, end), lineNo);
      return;
    }
    const f = this.current;
    if (f && end - start === END_OF_RECORD.length && isEndOfRecord(buf, start)) {
      this.files.set(f.path, f);
      this.current = undefined;
      return;
    }
    if (f && end - start > 3) {
      const b0 = buf[start];
      if (b0 === 68 /* D */ && buf[start + 1] === 65 /* A */ && buf[start + 2] === 58 /* : */ && this.fastDa(f, buf, start + 3, end)) return;
      if (b0 === 66 /* B */ && buf[start + 1] === 82 && buf[start + 2] === 68 && buf[start + 3] === 65 && buf[start + 4] === 58 /* BRDA: */ && this.fastBrda(f, buf, start + 5, end)) return;
      if (b0 === 70 /* F */ && buf[start + 1] === 78 /* N */ && this.fastFunction(f, buf, start, end)) return;
      if (this.fastTotal(f, buf, start, end)) return;
    }
    const last = end > start && buf[end - 1] === 13 ? end - 1 : end;
    this.line(buf.toString('utf8', start, last), lineNo);
  }

  /**
   * Whole lines `buf[0, end)`, numbered from `lineNo + 1`; returns the last line's number. DA records of plain
   * digits (nine lines in ten) are parsed inside the walk itself, everything else goes through `bytes`.
   */
  chunk(buf: Buffer, end: number, lineNo: number): number {
    let i = 0;
    let hits = this.current?.lines instanceof LineHits ? this.current.lines : undefined;
    while (i < end) {
      lineNo++;
      if (hits !== undefined && buf[i] === 68 /* D */ && buf[i + 1] === 65 /* A */ && buf[i + 2] === 58 /* : */) {
        let j = i + 3;
        let line = 0;
        let c = buf[j]!;
        while (c >= 48 && c <= 57) {
          line = line * 10 + (c - 48);
          c = buf[++j]!;
        }
        const lineDigits = j - i - 3;
        if (c === 44 /* , */ && lineDigits > 0 && lineDigits <= 15) {
          const from = ++j;
          let n = 0;
          c = buf[j]!;
          while (c >= 48 && c <= 57) {
            n = n * 10 + (c - 48);
            c = buf[++j]!;
          }
          // Ends the line right there: a checksum, a \r or anything odd takes the careful path below.
          // Within `end`: past it the buffer holds stale bytes of an earlier read (a last line without \n).
          if (c === 10 && j < end && j > from && j - from <= 15) {
            hits.add(line, n);
            i = j + 1;
            continue;
          }
        }
      }
      let nl = i;
      while (nl < end && buf[nl] !== 10) nl++;
      this.bytes(buf, i, nl, lineNo);
      i = nl + 1;
      hits = this.current?.lines instanceof LineHits ? this.current.lines : undefined;
    }
    return lineNo;
  }

  /** Digits from `at`, or -1 when there are none (or too many for a safe integer); the end in `scanEnd`. */
  private digits(buf: Buffer, at: number, end: number): number {
    let i = at;
    let n = 0;
    while (i < end) {
      const c = buf[i]!;
      if (c < 48 || c > 57) break;
      n = n * 10 + (c - 48);
      i++;
    }
    this.scanEnd = i;
    return i === at || i - at > 15 ? -1 : n;
  }

  private scanEnd = 0;

  /** True when at..end is "<end of line>" (perhaps "\r") or "," followed by anything (a checksum). */
  private static lineEnds(buf: Buffer, i: number, end: number, commaOk: boolean): boolean {
    return i === end || (i === end - 1 && buf[i] === 13) || (commaOk && buf[i] === 44);
  }

  /** LF/LH/FNF/FNH/BRF/BRH:<digits>, the stated totals closing each record. */
  private fastTotal(f: FileDetail, buf: Buffer, start: number, end: number): boolean {
    let metric: 'lines' | 'functions' | 'branches';
    let at: number;
    const b0 = buf[start];
    // Plain assignments: a destructured pair is an array per record unless the compiler removes it.
    if (b0 === 76 /* L */ && buf[start + 2] === 58) {
      metric = 'lines';
      at = start + 1;
    } else if (b0 === 70 /* F */ && buf[start + 1] === 78 /* N */ && buf[start + 3] === 58) {
      metric = 'functions';
      at = start + 2;
    } else if (b0 === 66 /* B */ && buf[start + 1] === 82 /* R */ && buf[start + 3] === 58) {
      metric = 'branches';
      at = start + 2;
    } else return false;
    const kind = buf[at];
    if (kind !== 70 /* F */ && kind !== 72 /* H */) return false;
    const n = this.digits(buf, at + 2, end);
    if (n < 0 || !LcovParser.lineEnds(buf, this.scanEnd, end, false)) return false;
    const m = (f.stated[metric] ??= { covered: 0, total: 0 });
    // Two sections of one file state the same total; the larger covered count is the better bound.
    if (kind === 70) m.total = Math.max(m.total, n);
    else m.covered = Math.max(m.covered, n);
    return true;
  }

  /** DA:<line>,<hits>[,<checksum>] in plain digits; false leaves the line to the careful path. */
  private fastDa(f: FileDetail, buf: Buffer, at: number, end: number): boolean {
    const line = this.digits(buf, at, end);
    if (line < 0 || buf[this.scanEnd] !== 44) return false;
    const hits = this.digits(buf, this.scanEnd + 1, end);
    if (hits < 0 || !LcovParser.lineEnds(buf, this.scanEnd, end, true)) return false;
    const had = f.lines.get(line);
    f.lines.set(line, had === undefined ? hits : had + hits);
    return true;
  }

  /** BRDA:<line>,<block>,<branch>,<taken or -> in plain digits; false leaves the line to the careful path. */
  private fastBrda(f: FileDetail, buf: Buffer, at: number, end: number): boolean {
    const line = this.digits(buf, at, end);
    if (line < 0 || buf[this.scanEnd] !== 44) return false;
    const block = this.digits(buf, this.scanEnd + 1, end);
    if (block < 0 || buf[this.scanEnd] !== 44) return false;
    const branch = this.digits(buf, this.scanEnd + 1, end);
    if (branch < 0 || buf[this.scanEnd] !== 44) return false;
    let hits: number;
    if (buf[this.scanEnd + 1] === 45 /* - */) {
      hits = -1;
      this.scanEnd += 2;
    } else {
      hits = this.digits(buf, this.scanEnd + 1, end);
      if (hits < 0) return false;
    }
    if (!LcovParser.lineEnds(buf, this.scanEnd, end, false)) return false;
    if (f.branches instanceof BranchHits && f.branches.append(line, block, branch, hits)) return true;
    const key = `${line},${block},${branch}`;
    const had = f.branches.get(key);
    if (had) had.hits = addHits(had.hits, hits);
    else f.branches.set(key, { line, hits });
    return true;
  }

  /** SF:<path>: a new section, or one more of a path seen before. */
  private openSection(path: string, lineNo: number): void {
    if (this.current) this.fail(lineNo, `'SF:' before the record for '${this.current.path}' (line ${this.currentStartLine}) ended: expected 'end_of_record'`);
    // A path seen before (another TN block, another shard) keeps adding into the same detail.
    const known = this.files.get(path);
    this.current = known ?? lcovDetail(path);
    this.compactFunctions = known === undefined;
    this.currentStartLine = lineNo;
    // Cleared, not replaced: three Maps per section are 30,000 Maps of garbage in a 10,000-file lcov.
    if (this.functionLines.size) this.functionLines.clear();
    if (this.fndaSeen.size) this.fndaSeen.clear();
    if (this.functionKeys.size) this.functionKeys = new Map();
    // A later section of the same file may give FNDA without repeating FN: pair them with the known ones.
    if (known) for (const [key, fn] of known.functions) if (fn.name !== undefined && fn.line > 0) this.keysOf(fn.name).push(key);
  }

  /**
   * From the compact functions of this section to the general pairing of FNDA with FN (by name and order):
   * its state is rebuilt from what the compact form holds.
   */
  private leaveCompact(f: FileDetail): void {
    if (!this.compactFunctions) return;
    this.compactFunctions = false;
    const fns = f.functions;
    if (!(fns instanceof FunctionHits) || !fns.compact) return;
    const { names, keys, fndaPaired } = fns.listed();
    names.forEach((name, i) => this.keysOf(name).push(keys[i]!));
    for (let i = 0; i < fndaPaired; i++) this.fndaSeen.set(names[i]!, (this.fndaSeen.get(names[i]!) ?? 0) + 1);
  }

  /** FN:<start>,<name> once parsed. */
  private fn(f: FileDetail, start: number, name: string): void {
    if (this.compactFunctions && !this.earlyFnda && (f.functions as FunctionHits).appendFn(start, name)) return;
    this.leaveCompact(f);
    const key = functionKey(start, name);
    const keys = this.keysOf(name);
    if (!keys.includes(key)) keys.push(key);
    // Some writers put FNDA before FN: its hits wait under line 0 until the line is known.
    const early = this.earlyFnda ? f.functions.get(functionKey(0, name)) : undefined;
    if (early) f.functions.delete(functionKey(0, name));
    const had = f.functions.get(key);
    if (had && !early) had.name = name;
    else f.functions.set(key, { line: start, hits: (had?.hits ?? 0) + (early?.hits ?? 0), name });
  }

  /** FNDA:<hits>,<name> once parsed. */
  private fnda(f: FileDetail, hits: number, name: string): void {
    if (this.compactFunctions && (f.functions as FunctionHits).addFnda(name, hits)) return;
    this.leaveCompact(f);
    const keys = this.functionKeys.get(name);
    const seen = this.fndaSeen.get(name) ?? 0;
    this.fndaSeen.set(name, seen + 1);
    // More FNDA than FN of a name (a writer repeating one) adds to the last of them.
    const key = keys?.length ? keys[Math.min(seen, keys.length - 1)]! : functionKey(0, name);
    if (!keys?.length) this.earlyFnda = true;
    const had = f.functions.get(key);
    if (had) had.hits += hits;
    else f.functions.set(key, { line: 0, hits, name });
  }

  /**
   * FN:<digits>,<name> and FNDA:<digits>,<name> straight from bytes: only the name becomes a string. A name
   * that starts with a digit (lcov 2's FN:<start>,<end>,<name>) or with or before white space takes the careful
   * path.
   */
  private fastFunction(f: FileDetail, buf: Buffer, start: number, end: number): boolean {
    let at: number;
    if (buf[start + 2] === 58 /* FN: */) at = start + 3;
    else if (buf[start + 2] === 68 && buf[start + 3] === 65 && buf[start + 4] === 58 /* FNDA: */) at = start + 5;
    else return false;
    const n = this.digits(buf, at, end);
    const from = this.scanEnd + 1;
    if (n < 0 || buf[this.scanEnd] !== 44 || from >= end) return false;
    const first = buf[from]!;
    if (first <= 32 || (first >= 48 && first <= 57) || buf[end - 1]! <= 32) return false;
    if (at === start + 3) {
      this.fn(f, n, this.name(buf, from, end));
      return true;
    }
    // The usual FNDA names the next function in FN order: compared in place, no string made.
    const expected = this.compactFunctions ? (f.functions as FunctionHits).nextFndaName() : undefined;
    if (expected !== undefined && sameAscii(buf, from, end, expected)) (f.functions as FunctionHits).addNextFnda(n);
    else this.fnda(f, n, buf.toString('utf8', from, end));
    return true;
  }

  /**
   * A function name from bytes, the same string each time it recurs (constructor, get, anonymous names
   * repeat across thousands of files): kept once rather than once per function.
   */
  private name(buf: Buffer, from: number, end: number): string {
    let h = 0;
    for (let i = from; i < end; i++) {
      const c = buf[i]!;
      if (c >= 128) return buf.toString('utf8', from, end);
      h = (Math.imul(h, 31) + c) | 0;
    }
    const known = this.names.get(h);
    if (known !== undefined && sameAscii(buf, from, end, known)) return known;
    const name = buf.toString('latin1', from, end);
    if (known === undefined && this.names.size < 100_000) this.names.set(h, name);
    return name;
  }

  /** Function names by a hash of their bytes (ASCII names only; a collision is just not shared). */
  private names = new Map<number, string>();

  line(text: string, lineNo: number): void {
    // DA is nine records in ten: parse it without splitting or regular expressions (the merge feeds strings).
    if (this.current && text.charCodeAt(0) === 68 /* D */ && text.charCodeAt(1) === 65 /* A */ && text.charCodeAt(2) === 58 /* : */) {
      const da = parseDa(text);
      if (da !== undefined) {
        const lines = this.current.lines;
        const had = lines.get(da.line);
        lines.set(da.line, had === undefined ? da.hits : had + da.hits);
        return;
      }
    }
    const first = text.charCodeAt(0);
    const last = text.charCodeAt(text.length - 1);
    const line = first <= 32 || last <= 32 ? text.trim() : text;
    if (line === '') return;
    if (line === 'end_of_record') {
      if (!this.current) this.fail(lineNo, `'end_of_record' without a matching 'SF:<path>'`);
      this.files.set(this.current.path, this.current);
      this.current = undefined;
      return;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) this.fail(lineNo, `expected an lcov record such as 'DA:<line>,<hits>' or 'end_of_record', got '${clip(line)}'`);
    const tag = line.slice(0, colon);
    const value = line.slice(colon + 1);
    switch (tag) {
      case 'TN':
        return;
      case 'SF': {
        if (value.trim() === '' && !this.current) this.fail(lineNo, `expected a source file path after 'SF:'`);
        this.openSection(value.trim(), lineNo);
        return;
      }
      case 'DA': {
        const f = this.section(tag, lineNo);
        const [ln, hits] = value.split(',');
        const n = this.count(ln, lineNo, 'a line number in DA:<line>,<hits>');
        f.lines.set(n, addHits(f.lines.get(n), this.hits(hits, lineNo, 'hits in DA:<line>,<hits>')));
        return;
      }
      case 'FN': {
        const f = this.section(tag, lineNo);
        const comma = value.indexOf(',');
        if (comma <= 0) this.fail(lineNo, `expected 'FN:<line>,<name>', got '${clip(line)}'`);
        const start = this.count(value.slice(0, comma), lineNo, 'a line number in FN:<line>,<name>');
        let name = value.slice(comma + 1);
        // lcov 2 writes FN:<start>,<end>,<name> (checked only when the name starts with a digit, which no
        // identifier does).
        const first = name.charCodeAt(0);
        if (first >= 48 && first <= 57) {
          const end = /^(\d+),(.+)$/.exec(name);
          if (end) name = end[2]!;
        }
        this.fn(f, start, name);
        return;
      }
      case 'FNDA': {
        const f = this.section(tag, lineNo);
        const comma = value.indexOf(',');
        if (comma <= 0) this.fail(lineNo, `expected 'FNDA:<hits>,<name>', got '${clip(line)}'`);
        const hits = this.hits(value.slice(0, comma), lineNo, 'hits in FNDA:<hits>,<name>');
        const name = value.slice(comma + 1);
        this.fnda(f, hits, name);
        return;
      }
      case 'FNL': {
        this.leaveCompact(this.section(tag, lineNo));
        const [index, start] = value.split(',');
        this.functionLines.set(index ?? '', this.count(start, lineNo, 'a line number in FNL:<index>,<line>'));
        return;
      }
      case 'FNA': {
        const f = this.section(tag, lineNo);
        this.leaveCompact(f);
        const m = /^([^,]*),([^,]*),(.+)$/.exec(value);
        if (!m) this.fail(lineNo, `expected 'FNA:<index>,<hits>,<name>', got '${clip(line)}'`);
        const hits = this.hits(m[2], lineNo, 'hits in FNA:<index>,<hits>,<name>');
        const start = this.functionLines.get(m[1]!) ?? 0;
        const key = functionKey(start, m[3]!);
        const had = f.functions.get(key);
        f.functions.set(key, { line: start, hits: (had?.hits ?? 0) + hits, name: m[3]! });
        return;
      }
      case 'BRDA': {
        const f = this.section(tag, lineNo);
        const parts = value.split(',');
        if (parts.length < 4) this.fail(lineNo, `expected 'BRDA:<line>,<block>,<branch>,<taken>', got '${clip(line)}'`);
        const ln = this.count(parts[0], lineNo, 'a line number in BRDA');
        const taken = parts[parts.length - 1]!;
        const hits = taken === '-' ? -1 : this.hits(taken, lineNo, "the taken count in BRDA (a number or '-')");
        // The branch id may itself contain commas in lcov 2 (expressions); everything between is the key.
        const key = parts.slice(0, -1).join(',');
        const had = f.branches.get(key);
        f.branches.set(key, { line: ln, hits: addHits(had?.hits, hits) });
        return;
      }
      case 'LF':
      case 'LH':
      case 'FNF':
      case 'FNH':
      case 'BRF':
      case 'BRH': {
        const f = this.section(tag, lineNo);
        const n = this.count(value, lineNo, `a count after '${tag}:'`);
        const metric = tag.startsWith('L') ? 'lines' : tag.startsWith('FN') ? 'functions' : 'branches';
        const m = (f.stated[metric] ??= { covered: 0, total: 0 });
        // Two sections of one file state the same total; the larger covered count is the better bound.
        if (tag.endsWith('F')) m.total = Math.max(m.total, n);
        else m.covered = Math.max(m.covered, n);
        return;
      }
      default:
        // Other tags (VER, lcov 2's MD5 checks and the like) carry nothing the model needs.
        if (!/^[A-Z]+$/.test(tag)) this.fail(lineNo, `expected an lcov record such as 'DA:<line>,<hits>', got '${clip(line)}'`);
    }
  }

  finish(lastLine: number): Map<string, FileDetail> {
    if (this.current) {
      this.fail(lastLine, `the file ends inside the record for '${this.current.path}' (started line ${this.currentStartLine}): expected 'end_of_record'`);
    }
    return this.files;
  }
}

/** True when buf[from, end) is exactly the ASCII string `text`. */
function sameAscii(buf: Buffer, from: number, end: number, text: string): boolean {
  if (end - from !== text.length) return false;
  for (let i = 0; i < text.length; i++) {
    const c = buf[from + i]!;
    if (c >= 128 || c !== text.charCodeAt(i)) return false;
  }
  return true;
}

/** Byte by byte: Buffer.compare with offsets costs more than the 13 bytes it compares. */
function isEndOfRecord(buf: Buffer, start: number): boolean {
  for (let i = 0; i < END_OF_RECORD.length; i++) if (buf[start + i] !== END_OF_RECORD[i]) return false;
  return true;
}

/** A new file's detail, its branches kept as numbers (the Map interface is there when needed). */
function lcovDetail(path: string): FileDetail {
  // Built here rather than from newDetail: its two Maps per file would be garbage at once.
  return { path, lines: new LineHits(), functions: new FunctionHits(), branches: new BranchHits(), stated: {} };
}

/** Functions are told apart by start line and name: two methods named `get` in one file are two functions. */
function functionKey(line: number, name: string): string {
  return `${line},${name}`;
}

const parsedDa = { line: 0, hits: 0 };

/** "DA:<line>,<hits>[,<checksum>]" with plain digits -> the shared result object; undefined for anything else. */
function parseDa(text: string): { line: number; hits: number } | undefined {
  let i = 3;
  let line = 0;
  let c = text.charCodeAt(i);
  if (c < 48 || c > 57) return undefined;
  while (c >= 48 && c <= 57) {
    line = line * 10 + (c - 48);
    c = text.charCodeAt(++i);
  }
  if (c !== 44 /* , */) return undefined;
  c = text.charCodeAt(++i);
  if (c < 48 || c > 57) return undefined;
  let hits = 0;
  while (c >= 48 && c <= 57) {
    hits = hits * 10 + (c - 48);
    c = text.charCodeAt(++i);
  }
  // End of line, or a checksum after a comma; anything else takes the careful path.
  if (!(i === text.length || c === 44)) return undefined;
  if (!Number.isSafeInteger(hits) || !Number.isSafeInteger(line)) return undefined;
  parsedDa.line = line;
  parsedDa.hits = hits;
  return parsedDa;
}

function clip(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** Reads an lcov file, streaming, into one FileDetail per source path (paths as the file writes them). */
export async function readLcovDetail(file: string): Promise<Map<string, FileDetail>> {
  const parser = new LcovParser(file);
  let last = 0;
  await forEachLineChunk(file, (buf, end) => {
    last = parser.chunk(buf, end, last);
  });
  return parser.finish(last);
}

/** One SF section in lcov text, as the merge writes it: sorted, with totals recomputed from the detail. */
export function formatLcovRecord(detail: FileDetail): string {
  const out: string[] = ['TN:', `SF:${detail.path}`];
  const functions = [...detail.functions].map(([key, fn]) => ({ ...fn, name: fn.name ?? key })).sort((a, b) => a.line - b.line);
  for (const fn of functions) out.push(`FN:${fn.line},${fn.name}`);
  if (functions.length > 0 || detail.stated.functions) {
    const metric = functionMetric(detail);
    out.push(`FNF:${metric.total}`, `FNH:${metric.covered}`);
  }
  // In FN order: the reader pairs the n-th FNDA of a name with its n-th FN.
  for (const fn of functions) out.push(`FNDA:${fn.hits},${fn.name}`);
  const lines = [...detail.lines].sort((a, b) => a[0] - b[0]);
  for (const [line, hits] of lines) out.push(`DA:${line},${hits}`);
  if (lines.length > 0) {
    out.push(`LF:${lines.length}`, `LH:${lines.filter(([, h]) => h > 0).length}`);
  } else if (detail.stated.lines) {
    out.push(`LF:${detail.stated.lines.total}`, `LH:${detail.stated.lines.covered}`);
  }
  const branches = [...detail.branches].sort((a, b) => a[1].line - b[1].line || compareKeys(a[0], b[0]));
  for (const [key, br] of branches) out.push(`BRDA:${key},${br.hits < 0 ? '-' : br.hits}`);
  if (branches.length > 0) {
    out.push(`BRF:${branches.length}`, `BRH:${branches.filter(([, b]) => b.hits > 0).length}`);
  } else if (detail.stated.branches) {
    out.push(`BRF:${detail.stated.branches.total}`, `BRH:${detail.stated.branches.covered}`);
  }
  out.push('end_of_record');
  return out.join('\n') + '\n';
}

/** Orders "line,block,branch" keys numerically where the parts are numbers. */
function compareKeys(a: string, b: string): number {
  const pa = a.split(',');
  const pb = b.split(',');
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i] ?? '';
    const y = pb[i] ?? '';
    if (x === y) continue;
    const nx = Number(x);
    const ny = Number(y);
    if (Number.isFinite(nx) && Number.isFinite(ny)) return nx - ny;
    return x < y ? -1 : 1;
  }
  return 0;
}
