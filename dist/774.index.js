export const id = 774;
export const ids = [774,676,295,914,778];
export const modules = {

/***/ 74774:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  COVERAGE_FILE_NAMES: () => (/* reexport */ read/* COVERAGE_FILE_NAMES */["do"]),
  CoverageFormatError: () => (/* reexport */ model/* CoverageFormatError */.i9),
  GlobSyntaxError: () => (/* reexport */ glob/* GlobSyntaxError */.go),
  METRICS: () => (/* reexport */ model/* METRICS */.Cb),
  changedLines: () => (/* reexport */ changedLines),
  changedLinesFromPatches: () => (/* reexport */ changedLinesFromPatches),
  checkThresholds: () => (/* reexport */ thresholds/* checkThresholds */.$w),
  describeFailure: () => (/* reexport */ thresholds/* describeFailure */.Ic),
  detectFormat: () => (/* reexport */ read/* detectFormat */.Tz),
  emptyMetric: () => (/* reexport */ model/* emptyMetric */.ux),
  findCoverageFiles: () => (/* reexport */ read/* findCoverageFiles */.Rp),
  formatRanges: () => (/* reexport */ formatRanges),
  globToRegExp: () => (/* reexport */ glob/* globToRegExp */.tL),
  matchesGlob: () => (/* reexport */ glob/* matchesGlob */.kt),
  mergeCoverageFiles: () => (/* reexport */ merge.mergeCoverageFiles),
  mergeJsonSummaryFiles: () => (/* reexport */ merge.mergeJsonSummaryFiles),
  mergeLcovFiles: () => (/* reexport */ merge.mergeLcovFiles),
  parseUnifiedDiff: () => (/* reexport */ parseUnifiedDiff),
  patchAnnotations: () => (/* reexport */ patchAnnotations),
  patchCoverage: () => (/* reexport */ patchCoverage),
  patchCoverageEngine: () => (/* binding */ patchCoverageEngine),
  percent: () => (/* reexport */ model/* percent */.KN),
  readCoverage: () => (/* reexport */ read/* readCoverage */.tn),
  sumTotals: () => (/* reexport */ model/* sumTotals */.L_),
  toRepositoryPath: () => (/* reexport */ read/* toRepositoryPath */.Bd),
  unmatchedPatterns: () => (/* reexport */ thresholds/* unmatchedPatterns */.xo),
  unquoteGitPath: () => (/* reexport */ unquoteGitPath)
});

// EXTERNAL MODULE: ./.build/src/coverage/model.js
var model = __webpack_require__(32279);
// EXTERNAL MODULE: ./.build/src/coverage/read.js + 1 modules
var read = __webpack_require__(74655);
// EXTERNAL MODULE: ./.build/src/coverage/thresholds.js
var thresholds = __webpack_require__(3956);
// EXTERNAL MODULE: ./.build/src/coverage/glob.js
var glob = __webpack_require__(6062);
;// CONCATENATED MODULE: ./.build/src/coverage/diff.js
// Unified diffs -> the lines each change added, by new path. Used for coverage of changed lines.
// Handles git's headers: new, deleted, renamed and copied files, binary files, quoted paths (C escapes),
// paths with spaces (git ends those ---/+++ lines with a tab), and "\ No newline at end of file".
const HUNK = /^@@+ (?:-\d+(?:,\d+)? )+\+(\d+)(?:,(\d+))? @@+/;
/** Undoes git's C-style quoting of a path: "t\303\251st.ts" -> tést.ts. */
function unquoteGitPath(text) {
    if (!(text.startsWith('"') && text.endsWith('"') && text.length >= 2))
        return text;
    const body = text.slice(1, -1);
    const bytes = [];
    const simple = { n: 10, t: 9, r: 13, '"': 34, '\\': 92, a: 7, b: 8, f: 12, v: 11 };
    for (let i = 0; i < body.length; i++) {
        const c = body[i];
        if (c !== '\\') {
            bytes.push(...Buffer.from(c, 'utf8'));
            continue;
        }
        const next = body[i + 1] ?? '';
        if (/[0-7]/.test(next)) {
            const oct = /^[0-7]{1,3}/.exec(body.slice(i + 1))[0];
            bytes.push(Number.parseInt(oct, 8));
            i += oct.length;
        }
        else {
            bytes.push(simple[next] ?? next.charCodeAt(0));
            i += 1;
        }
    }
    return Buffer.from(bytes).toString('utf8');
}
/** A path from a ---/+++ line: unquoted, without the a/ b/ prefix and without git's trailing tab. */
function headerPath(rest) {
    let text = rest.replace(/\t.*$/, '');
    if (text === '/dev/null')
        return undefined;
    text = unquoteGitPath(text);
    return text.replace(/^[ab]\//, '');
}
/** The new path from "diff --git a/x b/x" when no ---/+++ lines follow (binary files, pure mode changes). */
function pathFromDiffGit(rest) {
    if (rest.startsWith('"')) {
        const m = /^("(?:[^"\\]|\\.)*"|\S+) ("(?:[^"\\]|\\.)*"|.+)$/.exec(rest);
        return m ? unquoteGitPath(m[2]).replace(/^b\//, '') : undefined;
    }
    // Unquoted names may hold spaces: "a/<name> b/<name>" with both names equal (renames say "rename to").
    if (rest.startsWith('a/') && (rest.length - 3) % 2 === 0) {
        const half = (rest.length - 3) / 2;
        const a = rest.slice(2, 2 + half);
        const b = rest.slice(2 + half + 3);
        if (rest.slice(2 + half, 2 + half + 3) === ' b/' && a === b)
            return b;
    }
    const last = rest.lastIndexOf(' b/');
    return last >= 0 ? rest.slice(last + 3) : undefined;
}
function startHunk(line, file) {
    const m = HUNK.exec(line);
    if (!m)
        return undefined;
    // Old counts: combined diffs have several "-a,b" ranges; the body is bounded by the new count and the
    // first old count, which is enough for the two-sided diffs git diff a...b prints.
    const old = /^@@+ -\d+(?:,(\d+))?/.exec(line);
    return { file, next: Number(m[1]), oldLeft: old[1] === undefined ? 1 : Number(old[1]), newLeft: m[2] === undefined ? 1 : Number(m[2]) };
}
/** Feeds one line of a hunk body; returns false when the line is not part of the hunk. */
function hunkLine(h, line) {
    if (h.oldLeft <= 0 && h.newLeft <= 0)
        return line.startsWith('\\');
    const c = line[0];
    if (c === '+') {
        h.file.add(h.next++);
        h.newLeft--;
    }
    else if (c === '-') {
        h.oldLeft--;
    }
    else if (c === ' ' || line === '') {
        // An empty line is a context line whose leading space was stripped (e.g. by an editor or an API).
        h.next++;
        h.oldLeft--;
        h.newLeft--;
    }
    else if (c === '\\') {
        // "\ No newline at end of file": says something about the line before, adds nothing.
    }
    else {
        return false;
    }
    return true;
}
function parseUnifiedDiff(text) {
    const result = new Map();
    const lines = text.split('\n');
    let target;
    let deleted = false;
    let hunk;
    const fileSet = (p) => {
        let s = result.get(p);
        if (!s)
            result.set(p, (s = new Set()));
        return s;
    };
    for (let raw of lines) {
        if (raw.endsWith('\r'))
            raw = raw.slice(0, -1);
        if (hunk && hunkLine(hunk, raw))
            continue;
        hunk = undefined;
        if (raw.startsWith('diff --git ')) {
            target = pathFromDiffGit(raw.slice('diff --git '.length));
            deleted = false;
            if (target !== undefined)
                fileSet(target);
        }
        else if (raw.startsWith('deleted file mode')) {
            deleted = true;
            if (target !== undefined)
                result.delete(target);
        }
        else if (raw.startsWith('rename to ') || raw.startsWith('copy to ')) {
            if (target !== undefined)
                result.delete(target);
            target = unquoteGitPath(raw.slice(raw.indexOf(' to ') + 4));
            fileSet(target);
        }
        else if (raw.startsWith('+++ ')) {
            const p = headerPath(raw.slice(4));
            if (p === undefined) {
                deleted = true;
                if (target !== undefined)
                    result.delete(target);
                target = undefined;
            }
            else {
                if (target !== undefined && target !== p)
                    result.delete(target);
                target = p;
                deleted = false;
                fileSet(p);
            }
        }
        else if (raw.startsWith('@@')) {
            if (target !== undefined && !deleted)
                hunk = startHunk(raw, fileSet(target));
        }
    }
    return result;
}
/**
 * Changed lines from GitHub's "list pull request files" answer: `patch` holds only the hunks of one file
 * (absent for binary or very large files, which then count as changed with no known lines).
 */
function changedLinesFromPatches(files) {
    const result = new Map();
    for (const f of files) {
        if (f.status === 'removed')
            continue;
        const set = new Set();
        result.set(f.filename, set);
        let hunk;
        for (let raw of (f.patch ?? '').split('\n')) {
            if (raw.endsWith('\r'))
                raw = raw.slice(0, -1);
            if (hunk && hunkLine(hunk, raw))
                continue;
            hunk = raw.startsWith('@@') ? startHunk(raw, set) : undefined;
        }
    }
    return result;
}

// EXTERNAL MODULE: ./.build/src/exec/run.js
var run = __webpack_require__(95676);
;// CONCATENATED MODULE: ./.build/src/coverage/changed-lines.js
// The lines a change added, from git: `git diff base...head`, fetching the base first when a shallow clone
// (actions/checkout's default depth 1) does not have it. Undefined when git cannot tell; the report then
// asks GitHub's pull request files API instead (changedLinesFromPatches).


const SHA = /^[0-9a-f]{7,64}$/i;
async function git(cwd, args, timeoutMs) {
    // -c options keep a user's diff settings (noprefix, external diff tools, colour) out of what we parse.
    return (0,run/* runProgram */.mB)('git', ['-c', 'core.quotePath=true', '-c', 'diff.noprefix=false', '-c', 'color.ui=false', ...args], {
        cwd,
        timeoutMs,
        env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
        maxBuffer: 256 * 1024 * 1024,
    });
}
async function hasCommit(cwd, rev, timeoutMs) {
    return (await git(cwd, ['cat-file', '-e', `${rev}^{commit}`], timeoutMs)).code === 0;
}
async function resolve(cwd, rev, timeoutMs) {
    const r = await git(cwd, ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], timeoutMs);
    return r.code === 0 ? r.stdout.trim() : undefined;
}
async function hasMergeBase(cwd, base, head, timeoutMs) {
    return (await git(cwd, ['merge-base', base, head], timeoutMs)).code === 0;
}
/**
 * Lines added by the change from `base` to `head` (shas, or names that resolve in this clone), counted from
 * their merge base the way a pull request shows them.
 */
async function changedLines(base, head, cwd, options = {}) {
    const timeoutMs = options.timeoutMs ?? 120_000;
    const remote = options.remote ?? 'origin';
    const log = options.log ?? (() => { });
    // Refs and shas only: a value starting with '-' would be read as an option.
    for (const rev of [base, head])
        if (rev.startsWith('-') || rev.trim() === '')
            return undefined;
    const inside = await git(cwd, ['rev-parse', '--is-inside-work-tree'], timeoutMs).catch(() => undefined);
    if (!inside || inside.code !== 0) {
        log(`${cwd} is not a git work tree: changed lines unknown`);
        return undefined;
    }
    const shallow = (await git(cwd, ['rev-parse', '--is-shallow-repository'], timeoutMs)).stdout.trim() === 'true';
    let depth = options.depth ?? 50;
    const attempts = options.attempts ?? 4;
    const fetchable = (rev) => SHA.test(rev) || !/[~^:]/.test(rev);
    for (let attempt = 0;; attempt++) {
        const haveBase = await hasCommit(cwd, base, timeoutMs);
        const haveHead = await hasCommit(cwd, head, timeoutMs);
        if (haveBase && haveHead && (await hasMergeBase(cwd, base, head, timeoutMs)))
            break;
        if (attempt >= attempts || (!shallow && haveBase && haveHead)) {
            log(`no merge base of ${base} and ${head} in this clone: changed lines unknown`);
            return undefined;
        }
        // Fetch what is missing, and with it enough history of both sides to meet at the merge base. A local
        // name (HEAD, a branch the remote may not have) is fetched by its sha.
        const wanted = [];
        for (const rev of [base, head]) {
            const sha = await resolve(cwd, rev, timeoutMs);
            if (sha)
                wanted.push(sha);
            else if (fetchable(rev))
                wanted.push(rev);
        }
        // A full clone stays full: fetch what is missing with its whole history, once.
        const depthArgs = shallow ? [`--depth=${depth}`] : [];
        const fetch = await git(cwd, ['fetch', '--no-tags', ...depthArgs, remote, ...wanted], timeoutMs);
        if (fetch.code !== 0) {
            log(`git fetch --depth=${depth} ${remote} ${wanted.join(' ')} failed: ${fetch.stderr.trim().split('\n').pop() ?? ''}`);
            return undefined;
        }
        log(`fetched ${wanted.join(' ')} from ${remote}${shallow ? ` at depth ${depth}` : ''}`);
        depth *= 2;
    }
    const diff = await git(cwd, ['diff', '--unified=0', '--no-color', '--no-ext-diff', '-M', '--src-prefix=a/', '--dst-prefix=b/', `${base}...${head}`, '--'], timeoutMs);
    if (diff.code !== 0) {
        log(`git diff ${base}...${head} failed: ${diff.stderr.trim()}`);
        return undefined;
    }
    return parseUnifiedDiff(diff.stdout);
}

;// CONCATENATED MODULE: ./.build/src/coverage/patch.js

function patchCoverage(report, changed) {
    const files = [];
    let covered = 0;
    let total = 0;
    for (const file of report.files) {
        const lines = changed.get(file.path);
        const hits = file.lineHits;
        if (!lines || lines.size === 0 || !hits)
            continue;
        const relevant = [...lines].filter((l) => hits.has(l)).sort((a, b) => a - b);
        if (relevant.length === 0)
            continue;
        const missed = relevant.filter((l) => hits.get(l) <= 0);
        const uncovered = [];
        for (const line of missed) {
            const last = uncovered[uncovered.length - 1];
            if (last && onlyUninstrumentedBetween(hits, last.end, line))
                last.end = line;
            else
                uncovered.push({ start: line, end: line });
        }
        const fileCovered = relevant.length - missed.length;
        files.push({ path: file.path, covered: fileCovered, total: relevant.length, percent: (0,model/* percent */.KN)({ covered: fileCovered, total: relevant.length }), uncovered });
        covered += fileCovered;
        total += relevant.length;
    }
    files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return { covered, total, percent: (0,model/* percent */.KN)({ covered, total }), files };
}
function onlyUninstrumentedBetween(hits, from, to) {
    for (let l = from + 1; l < to; l++)
        if (hits.has(l))
            return false;
    return true;
}
/** "12-15, 20" for messages and annotations. */
function formatRanges(ranges) {
    return ranges.map((r) => (r.start === r.end ? `${r.start}` : `${r.start}-${r.end}`)).join(', ');
}
/**
 * One annotation per uncovered range of changed lines, at most `max` (GitHub shows 10 warnings per step
 * from workflow commands), the files with the most uncovered lines first.
 */
function patchAnnotations(patch, options = {}) {
    const max = options.max ?? 10;
    const ranked = [...patch.files].filter((f) => f.uncovered.length > 0).sort((a, b) => b.total - b.covered - (a.total - a.covered) || (a.path < b.path ? -1 : 1));
    const out = [];
    for (const file of ranked) {
        for (const range of file.uncovered) {
            if (out.length >= max)
                return out;
            const lines = range.start === range.end ? `Line ${range.start} is` : `Lines ${range.start}-${range.end} are`;
            out.push({
                level: options.level ?? 'warning',
                title: 'Changed lines not covered',
                message: `${lines} new or changed and not covered by tests.`,
                file: file.path,
                line: range.start,
                ...(range.end !== range.start ? { endLine: range.end } : {}),
            });
        }
    }
    return out;
}

// EXTERNAL MODULE: ./.build/src/coverage/merge.js
var merge = __webpack_require__(4778);
;// CONCATENATED MODULE: ./.build/src/coverage/index.js
// The coverage API other stages use: read reports, gate them, cover changed lines, merge shards.











/** The three functions the report stage needs for patch coverage (its `patchEngine` option), in one object. */
const patchCoverageEngine = { changedLines: changedLines, changedLinesFromPatches: changedLinesFromPatches, patchCoverage: patchCoverage };


/***/ }),

/***/ 4778:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mergeCoverageFiles: () => (/* binding */ mergeCoverageFiles),
/* harmony export */   mergeJsonSummaryFiles: () => (/* binding */ mergeJsonSummaryFiles),
/* harmony export */   mergeLcovFiles: () => (/* binding */ mergeLcovFiles)
/* harmony export */ });
/* harmony import */ var node_events__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(78474);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var _detail_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(41437);
/* harmony import */ var _lcov_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(83872);
/* harmony import */ var _line_stream_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(13011);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(32279);
/* harmony import */ var _istanbul_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(72298);
/* harmony import */ var _read_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(74655);
// Merges coverage of test shards into one report: hits add up per file, line, function and branch.
// lcov shards are merged in bounded memory: a first pass indexes where each file's record sits in each
// shard (byte ranges), a second pass reads one file's records from every shard, adds them up, writes the
// file and forgets it. Memory is the index, a read window per shard and the largest single file, whatever
// the shards weigh in all.










/** Pass 1: where every SF...end_of_record record is, by source path, in order of first appearance. */
async function indexShards(inputs) {
    const index = new Map();
    for (let input = 0; input < inputs.length; input++) {
        const file = inputs[input];
        let open;
        let last = 0;
        await (0,_line_stream_js__WEBPACK_IMPORTED_MODULE_6__/* .forEachLine */ .F)(file, (raw, lineNo, offset) => {
            last = lineNo;
            const text = raw.charCodeAt(0) <= 32 ? raw.trimStart() : raw;
            if (text.startsWith('SF:')) {
                if (open)
                    throw new _model_js__WEBPACK_IMPORTED_MODULE_7__/* .CoverageFormatError */ .i9(file, lineNo, `'SF:' before the record for '${open.path}' (line ${open.line}) ended: expected 'end_of_record'`);
                open = { path: text.slice(3).trim(), start: offset, line: lineNo };
            }
            else if (text.trim() === 'end_of_record') {
                if (!open)
                    throw new _model_js__WEBPACK_IMPORTED_MODULE_7__/* .CoverageFormatError */ .i9(file, lineNo, `'end_of_record' without a matching 'SF:<path>'`);
                const segment = { input, start: open.start, end: offset + Buffer.byteLength(raw), line: open.line };
                const list = index.get(open.path);
                if (list)
                    list.push(segment);
                else
                    index.set(open.path, [segment]);
                open = undefined;
            }
        });
        if (open)
            throw new _model_js__WEBPACK_IMPORTED_MODULE_7__/* .CoverageFormatError */ .i9(file, last, `the file ends inside the record for '${open.path}' (started line ${open.line}): expected 'end_of_record'`);
    }
    return index;
}
const WINDOW = 2 * 1024 * 1024;
/**
 * Reads records back from one shard through a window of a few MB: shards list files in much the same
 * order, so consecutive records usually sit in the window already and one read serves hundreds of them.
 */
class ShardReader {
    handle;
    file;
    window = Buffer.alloc(0);
    windowStart = 0;
    constructor(handle, file) {
        this.handle = handle;
        this.file = file;
    }
    async bytes(start, end, line) {
        if (start >= this.windowStart && end <= this.windowStart + this.window.length) {
            return this.window.subarray(start - this.windowStart, end - this.windowStart);
        }
        const size = Math.max(WINDOW, end - start);
        const buf = Buffer.allocUnsafe(size);
        let done = 0;
        while (done < size) {
            const { bytesRead } = await this.handle.read(buf, done, size - done, start + done);
            if (bytesRead === 0)
                break;
            done += bytesRead;
        }
        if (done < end - start)
            throw new _model_js__WEBPACK_IMPORTED_MODULE_7__/* .CoverageFormatError */ .i9(this.file, line, 'the file changed while it was being merged');
        this.window = buf.subarray(0, done);
        this.windowStart = start;
        return this.window.subarray(0, end - start);
    }
}
/** Reads one record back and feeds it to the full lcov parser (so malformed lines are still reported). */
async function readSegment(reader, segment, into) {
    const buf = await reader.bytes(segment.start, segment.end, segment.line);
    into.file = reader.file;
    const text = buf.toString('utf8');
    let lineNo = segment.line;
    let start = 0;
    for (;;) {
        const nl = text.indexOf('\n', start);
        const end = nl === -1 ? text.length : nl;
        into.line(text.charCodeAt(end - 1) === 13 ? text.slice(start, end - 1) : text.slice(start, end), lineNo);
        if (nl === -1)
            break;
        start = nl + 1;
        lineNo++;
    }
}
/**
 * Merges lcov shards into `output`. Records of the same source path add up; LF/LH, FNF/FNH, BRF/BRH are
 * recomputed from the merged detail. Files appear in the order they first appear in the inputs.
 */
async function mergeLcovFiles(inputs, output) {
    const index = await indexShards(inputs);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_3__.dirname(node_path__WEBPACK_IMPORTED_MODULE_3__.resolve(output)), { recursive: true });
    const handles = [];
    const readers = [];
    const out = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createWriteStream)(output);
    const closed = (0,node_events__WEBPACK_IMPORTED_MODULE_0__.once)(out, 'close');
    try {
        for (const file of inputs) {
            const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(file, 'r');
            handles.push(handle);
            readers.push(new ShardReader(handle, file));
        }
        for (const [sourcePath, segments] of index) {
            // One parser per source file: every shard's record of it adds into the same detail.
            const parser = new _lcov_js__WEBPACK_IMPORTED_MODULE_5__/* .LcovParser */ .uf(inputs[segments[0].input]);
            for (const segment of segments)
                await readSegment(readers[segment.input], segment, parser);
            const merged = parser.finish(segments[segments.length - 1].line).get(sourcePath) ?? (0,_detail_js__WEBPACK_IMPORTED_MODULE_4__/* .newDetail */ .qW)(sourcePath);
            if (!out.write((0,_lcov_js__WEBPACK_IMPORTED_MODULE_5__/* .formatLcovRecord */ .JT)(merged)))
                await (0,node_events__WEBPACK_IMPORTED_MODULE_0__.once)(out, 'drain');
        }
    }
    finally {
        out.end();
        await closed;
        await Promise.all(handles.map((h) => h.close()));
    }
    return { files: index.size, inputs: inputs.length };
}
/**
 * Merges istanbul json-summary files. The same file in several shards has the same total; its covered count
 * is at least the largest any shard saw (the summaries do not say which lines, so that is a lower bound).
 * Different files add up into "total".
 */
async function mergeJsonSummaryFiles(inputs, output) {
    const merged = new Map();
    const order = ['lines', 'statements', 'functions', 'branches'];
    for (const file of inputs) {
        const json = (0,_istanbul_js__WEBPACK_IMPORTED_MODULE_8__/* .parseIstanbulJson */ .OS)(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(file, 'utf8'), file);
        if (json.kind !== 'json-summary') {
            throw new _model_js__WEBPACK_IMPORTED_MODULE_7__/* .CoverageFormatError */ .i9(file, 1, "expected a json-summary (coverage-summary.json); for istanbul's coverage-final.json merge the lcov.info written beside it");
        }
        const details = json.files;
        for (const [key, d] of details) {
            const metrics = {
                lines: d.stated.lines,
                statements: d.statements,
                functions: d.stated.functions,
                branches: d.stated.branches,
            };
            const had = merged.get(key);
            if (!had) {
                merged.set(key, metrics);
                continue;
            }
            for (const m of order) {
                had[m] = { total: Math.max(had[m].total, metrics[m].total), covered: Math.max(had[m].covered, metrics[m].covered) };
            }
        }
    }
    const show = (m) => ({ total: m.total, covered: m.covered, skipped: 0, pct: (0,_model_js__WEBPACK_IMPORTED_MODULE_7__/* .percent */ .KN)(m) });
    const total = {};
    for (const m of order)
        total[m] = { total: 0, covered: 0 };
    for (const metrics of merged.values()) {
        for (const m of order) {
            total[m].total += metrics[m].total;
            total[m].covered += metrics[m].covered;
        }
    }
    const json = { total: Object.fromEntries(order.map((m) => [m, show(total[m])])) };
    for (const [key, metrics] of merged)
        json[key] = Object.fromEntries(order.map((m) => [m, show(metrics[m])]));
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_3__.dirname(node_path__WEBPACK_IMPORTED_MODULE_3__.resolve(output)), { recursive: true });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)(output, JSON.stringify(json, null, 2) + '\n');
    return { files: merged.size, inputs: inputs.length };
}
/**
 * Merges shard reports of any mix of lcov and json-summary files into `outputDir` (lcov.info and/or
 * coverage-summary.json), detecting each input's format. Cobertura shards are not merged: c8 writes lcov
 * beside them, and that is the one to merge.
 */
async function mergeCoverageFiles(inputs, outputDir) {
    const lcov = [];
    const summaries = [];
    for (const file of inputs) {
        const format = await (0,_read_js__WEBPACK_IMPORTED_MODULE_9__/* .detectFormat */ .Tz)(file);
        if (format === 'lcov')
            lcov.push(file);
        else if (format === 'json-summary')
            summaries.push(file);
        else
            throw new _model_js__WEBPACK_IMPORTED_MODULE_7__/* .CoverageFormatError */ .i9(file, 1, 'expected lcov or an istanbul json-summary to merge; merge the lcov.info c8 writes beside Cobertura XML');
    }
    const result = { files: 0 };
    if (lcov.length > 0) {
        result.lcov = node_path__WEBPACK_IMPORTED_MODULE_3__.join(outputDir, 'lcov.info');
        result.files = (await mergeLcovFiles(lcov, result.lcov)).files;
    }
    if (summaries.length > 0) {
        result.jsonSummary = node_path__WEBPACK_IMPORTED_MODULE_3__.join(outputDir, 'coverage-summary.json');
        const merged = await mergeJsonSummaryFiles(summaries, result.jsonSummary);
        result.files = Math.max(result.files, merged.files);
    }
    return result;
}


/***/ }),

/***/ 95676:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RT: () => (/* binding */ tail),
/* harmony export */   TP: () => (/* binding */ killTree),
/* harmony export */   mB: () => (/* binding */ runProgram),
/* harmony export */   oo: () => (/* binding */ ProgramNotFoundError)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
// Runs programs with argument arrays (never a shell string built from values), captures output, bounds time.

class ProgramNotFoundError extends Error {
    program;
    name = 'ProgramNotFoundError';
    constructor(program, hint) {
        super(`'${program}' was not found on PATH${hint ? `: ${hint}` : ''}`);
        this.program = program;
    }
}
function keepTail(buffer, chunk, max) {
    const joined = buffer + chunk;
    return joined.length > max ? joined.slice(joined.length - max) : joined;
}
/** Runs `command args...` without a shell. Never throws for a non-zero exit: callers read `code`. */
function runProgram(command, args, options = {}) {
    const started = Date.now();
    const max = options.maxBuffer ?? 4 * 1024 * 1024;
    return new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(command, args, {
            cwd: options.cwd,
            env: options.env ?? process.env,
            stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
            detached: process.platform !== 'win32',
        });
        let stdout = '';
        let stderr = '';
        let timedOut = false;
        let timer;
        if (options.timeoutMs) {
            timer = setTimeout(() => {
                timedOut = true;
                killTree(child.pid);
            }, options.timeoutMs);
        }
        child.stdout.setEncoding('utf8').on('data', (c) => {
            stdout = keepTail(stdout, c, max);
            options.onStdout?.(c);
        });
        child.stderr.setEncoding('utf8').on('data', (c) => {
            stderr = keepTail(stderr, c, max);
            options.onStderr?.(c);
        });
        if (options.input !== undefined)
            child.stdin.end(options.input);
        child.on('error', (err) => {
            if (timer)
                clearTimeout(timer);
            if (err.code === 'ENOENT')
                reject(new ProgramNotFoundError(command));
            else
                reject(err);
        });
        child.on('close', (code, signal) => {
            if (timer)
                clearTimeout(timer);
            resolve({ command, args, code, signal, stdout, stderr, timedOut, durationMs: Date.now() - started });
        });
    });
}
/** Kills a detached child and everything it started. */
function killTree(pid, signal = 'SIGKILL') {
    if (!pid)
        return;
    try {
        process.kill(-pid, signal);
    }
    catch {
        try {
            process.kill(pid, signal);
        }
        catch {
            /* already gone */
        }
    }
}
/** The last `lines` lines of a program's output, for error messages. */
function tail(text, lines = 20) {
    return text.trimEnd().split('\n').slice(-lines).join('\n');
}


/***/ })

};
