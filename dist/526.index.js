export const id = 526;
export const ids = [526];
export const modules = {

/***/ 41437:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B_: () => (/* binding */ addDetail),
/* harmony export */   fS: () => (/* binding */ summarise),
/* harmony export */   oI: () => (/* binding */ addHits),
/* harmony export */   qW: () => (/* binding */ newDetail)
/* harmony export */ });
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32279);
// Per-file coverage with the detail the readers see (hits per line, function, branch), before it is
// summarised into the model. Keeping the detail lets two reports of the same file be added up exactly.

function newDetail(path) {
    return { path, lines: new Map(), functions: new Map(), branches: new Map(), stated: {} };
}
/** Adds hits; an unevaluated branch (-1) plus an unevaluated one stays unevaluated. */
function addHits(a, b) {
    if (a === undefined)
        return b;
    if (a < 0 && b < 0)
        return -1;
    return Math.max(a, 0) + Math.max(b, 0);
}
/** Adds `from` into `into` (two runs of the same file): hits add up per line, function and branch. */
function addDetail(into, from) {
    for (const [line, hits] of from.lines)
        into.lines.set(line, addHits(into.lines.get(line), hits));
    for (const [name, fn] of from.functions) {
        const had = into.functions.get(name);
        into.functions.set(name, { line: had?.line ?? fn.line, hits: addHits(had?.hits, fn.hits) });
    }
    for (const [key, br] of from.branches) {
        const had = into.branches.get(key);
        into.branches.set(key, { line: br.line, hits: addHits(had?.hits, br.hits) });
    }
    for (const m of ['lines', 'functions', 'branches']) {
        const a = into.stated[m];
        const b = from.stated[m];
        // Stated totals of two runs of one file: the same total, and at least the larger covered count.
        if (b)
            into.stated[m] = a ? { total: Math.max(a.total, b.total), covered: Math.max(a.covered, b.covered) } : { ...b };
    }
    if (from.statements) {
        const a = into.statements;
        into.statements = a
            ? { total: Math.max(a.total, from.statements.total), covered: Math.max(a.covered, from.statements.covered) }
            : { ...from.statements };
    }
}
function countCovered(values, hits) {
    const m = (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .emptyMetric */ .ux)();
    for (const v of values) {
        m.total++;
        if (hits(v) > 0)
            m.covered++;
    }
    return m;
}
function summarise(detail) {
    const lines = detail.lines.size > 0 ? countCovered(detail.lines.values(), (h) => h) : (detail.stated.lines ?? (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .emptyMetric */ .ux)());
    const functions = detail.functions.size > 0 ? countCovered(detail.functions.values(), (f) => f.hits) : (detail.stated.functions ?? (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .emptyMetric */ .ux)());
    const branches = detail.branches.size > 0 ? countCovered(detail.branches.values(), (b) => b.hits) : (detail.stated.branches ?? (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .emptyMetric */ .ux)());
    const file = {
        path: detail.path,
        lines,
        branches,
        functions,
        statements: detail.statements ? { ...detail.statements } : { ...lines },
    };
    if (detail.lines.size > 0)
        file.lineHits = detail.lines;
    return file;
}


/***/ }),

/***/ 6062:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   go: () => (/* binding */ GlobSyntaxError),
/* harmony export */   kt: () => (/* binding */ matchesGlob),
/* harmony export */   tL: () => (/* binding */ globToRegExp)
/* harmony export */ });
// A small glob matcher for per-file thresholds ("src/billing/**", "**/*.{ts,js}"): `**` spans folders,
// `*` and `?` stay within one path segment, `[abc]` is a character class, `{a,b}` picks an alternative.
// Paths and patterns use forward slashes and are matched as a whole.
class GlobSyntaxError extends Error {
    name = 'GlobSyntaxError';
}
function escape(c) {
    return /[\\^$.*+?()[\]{}|/]/.test(c) ? `\\${c}` : c;
}
function translate(pattern, start, stopAt) {
    let out = '';
    let i = start;
    while (i < pattern.length) {
        const c = pattern[i];
        if (stopAt.includes(c))
            return { source: out, end: i };
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
        }
        else if (c === '?') {
            out += '[^/]';
            i++;
        }
        else if (c === '[') {
            const close = pattern.indexOf(']', i + 2);
            if (close === -1)
                throw new GlobSyntaxError(`'${pattern}': expected ']' to close the class opened at ${i + 1}`);
            let body = pattern.slice(i + 1, close);
            const negate = body.startsWith('!') || body.startsWith('^');
            if (negate)
                body = body.slice(1);
            out += `[${negate ? '^/' : ''}${body.replace(/[\\\]]/g, '\\$&')}]`;
            i = close + 1;
        }
        else if (c === '{') {
            const options = [];
            let j = i + 1;
            for (;;) {
                const part = translate(pattern, j, ',}');
                options.push(part.source);
                if (part.end >= pattern.length)
                    throw new GlobSyntaxError(`'${pattern}': expected '}' to close the braces opened at ${i + 1}`);
                j = part.end + 1;
                if (pattern[part.end] === '}')
                    break;
            }
            out += `(?:${options.join('|')})`;
            i = j;
        }
        else if (c === '\\' && i + 1 < pattern.length) {
            out += escape(pattern[i + 1]);
            i += 2;
        }
        else {
            out += escape(c);
            i++;
        }
    }
    return { source: out, end: i };
}
/** Compiles a glob into a RegExp matching whole forward-slash paths. */
function globToRegExp(pattern) {
    const normalised = pattern.replace(/^\.\//, '');
    const { source } = translate(normalised, 0, '');
    return new RegExp(`^${source}$`);
}
const cache = new Map();
function matchesGlob(file, pattern) {
    let re = cache.get(pattern);
    if (!re) {
        re = globToRegExp(pattern);
        cache.set(pattern, re);
    }
    return re.test(file.replace(/^\.\//, ''));
}


/***/ }),

/***/ 72298:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J6: () => (/* binding */ readIstanbulJson),
/* harmony export */   OS: () => (/* binding */ parseIstanbulJson)
/* harmony export */ });
/* unused harmony export parseJsonSummary */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var _detail_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(41437);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(32279);
// istanbul's JSON reports. json-summary (coverage-summary.json): { "total": {...}, "<path>": { lines,
// statements, functions, branches: { total, covered, skipped, pct } } }, totals per file only, no line hits.
// json (coverage-final.json): per file statementMap/s, fnMap/f, branchMap/b counters, from which line hits
// are derived the way istanbul does (a line's hits are the most any statement starting on it got).



const METRIC_KEYS = ['lines', 'statements', 'functions', 'branches'];
function lineOf(text, index) {
    let line = 1;
    for (let i = 0; i < index && i < text.length; i++)
        if (text.charCodeAt(i) === 10)
            line++;
    return line;
}
/** JSON.parse reports a character position in its message on Node 20; turn it into a line. */
function syntaxLine(text, err) {
    const m = /position (\d+)/.exec(err.message);
    return m ? lineOf(text, Number(m[1])) : undefined;
}
function isFinalEntry(value) {
    return value !== null && typeof value === 'object' && 'statementMap' in value && 's' in value;
}
function finalDetail(key, entry, fail) {
    const detail = (0,_detail_js__WEBPACK_IMPORTED_MODULE_1__/* .newDetail */ .qW)(key);
    const statements = { covered: 0, total: 0 };
    for (const [id, count] of Object.entries(entry.s)) {
        const location = entry.statementMap[id];
        if (typeof count !== 'number' || !location?.start || typeof location.start.line !== 'number')
            fail(`expected statement ${id} of '${key}' in statementMap with a count in s`);
        statements.total++;
        if (count > 0)
            statements.covered++;
        const line = location.start.line;
        const had = detail.lines.get(line);
        if (had === undefined || had < count)
            detail.lines.set(line, count);
    }
    detail.statements = statements;
    for (const [id, count] of Object.entries(entry.f ?? {})) {
        const fn = entry.fnMap?.[id];
        const name = fn?.name && !detail.functions.has(fn.name) ? fn.name : `(function ${id})`;
        detail.functions.set(name, { line: fn?.decl?.start.line ?? fn?.loc?.start.line ?? fn?.line ?? 0, hits: count });
    }
    for (const [id, counts] of Object.entries(entry.b ?? {})) {
        const branch = entry.branchMap?.[id];
        const line = branch?.loc?.start.line ?? branch?.line ?? 0;
        if (!Array.isArray(counts))
            fail(`expected b.${id} of '${key}' to be a list of counts`);
        counts.forEach((count, i) => detail.branches.set(`${id},${i}`, { line, hits: count }));
    }
    return detail;
}
/** Reads either istanbul JSON report; which one it is shows in each entry's shape. */
function parseIstanbulJson(text, file) {
    const data = parseObject(text, file);
    const entries = Object.entries(data).filter(([key]) => key !== 'total');
    if (entries.length > 0 && entries.every(([, value]) => isFinalEntry(value))) {
        const files = new Map();
        for (const [key, value] of entries) {
            const where = () => lineOf(text, Math.max(0, text.indexOf(JSON.stringify(key))));
            files.set(key, finalDetail(key, value, (message) => {
                throw new _model_js__WEBPACK_IMPORTED_MODULE_2__/* .CoverageFormatError */ .i9(file, where(), message);
            }));
        }
        return { kind: 'istanbul-json', files };
    }
    return { kind: 'json-summary', files: parseJsonSummary(text, file) };
}
function parseObject(text, file) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (err) {
        const e = err;
        throw new _model_js__WEBPACK_IMPORTED_MODULE_2__/* .CoverageFormatError */ .i9(file, syntaxLine(text, e), `expected JSON (an istanbul json-summary): ${e.message}`);
    }
    if (data === null || typeof data !== 'object' || Array.isArray(data)) {
        throw new _model_js__WEBPACK_IMPORTED_MODULE_2__/* .CoverageFormatError */ .i9(file, 1, 'expected a JSON object keyed by file path (an istanbul json-summary)');
    }
    return data;
}
function parseJsonSummary(text, file) {
    const data = parseObject(text, file);
    const files = new Map();
    for (const [key, value] of Object.entries(data)) {
        if (key === 'total')
            continue;
        // Point errors at the key: the first occurrence of its JSON spelling is where it is.
        const where = () => lineOf(text, Math.max(0, text.indexOf(JSON.stringify(key))));
        if (value === null || typeof value !== 'object') {
            throw new _model_js__WEBPACK_IMPORTED_MODULE_2__/* .CoverageFormatError */ .i9(file, where(), `expected an object of metrics for '${key}', got ${JSON.stringify(value)}`);
        }
        const detail = (0,_detail_js__WEBPACK_IMPORTED_MODULE_1__/* .newDetail */ .qW)(key);
        const metrics = {};
        for (const m of METRIC_KEYS) {
            const raw = value[m];
            if (raw === undefined)
                throw new _model_js__WEBPACK_IMPORTED_MODULE_2__/* .CoverageFormatError */ .i9(file, where(), `expected '${m}' in the summary of '${key}'`);
            const { total, covered } = raw ?? {};
            if (typeof total !== 'number' || typeof covered !== 'number' || total < 0 || covered < 0 || covered > total) {
                throw new _model_js__WEBPACK_IMPORTED_MODULE_2__/* .CoverageFormatError */ .i9(file, where(), `expected '${m}' of '${key}' to have numbers total >= covered >= 0, got ${JSON.stringify(raw)}`);
            }
            metrics[m] = { total, covered };
        }
        detail.stated = { lines: metrics.lines, functions: metrics.functions, branches: metrics.branches };
        detail.statements = metrics.statements;
        files.set(key, detail);
    }
    return files;
}
async function readIstanbulJson(file) {
    return parseIstanbulJson(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8'), file);
}


/***/ }),

/***/ 83872:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JT: () => (/* binding */ formatLcovRecord),
/* harmony export */   iW: () => (/* binding */ readLcovDetail),
/* harmony export */   uf: () => (/* binding */ LcovParser)
/* harmony export */ });
/* harmony import */ var _detail_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(41437);
/* harmony import */ var _line_stream_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(13011);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(32279);
// lcov tracefiles (lcov.info): parsed record by record while streaming, and written back for merged shards.
// Records: TN, SF, FN/FNDA/FNF/FNH (and lcov 2.2's FNL/FNA), BRDA/BRF/BRH, DA, LF/LH, end_of_record.



const COUNT = /^\d+$/;
/**
 * Turns lcov lines into one FileDetail per SF section. Feed it lines in order; `finish()` checks that the
 * last section was closed. Sections of the same path (several TN blocks) are added up.
 */
class LcovParser {
    file;
    files = new Map();
    current;
    currentStartLine = 0;
    /** lcov 2.2 FNL/FNA: function index -> start line. */
    functionLines = new Map();
    /** The file being read, for error messages; the shard merge moves one parser from shard to shard. */
    constructor(file) {
        this.file = file;
    }
    fail(lineNo, message) {
        throw new _model_js__WEBPACK_IMPORTED_MODULE_2__/* .CoverageFormatError */ .i9(this.file, lineNo, message);
    }
    count(text, lineNo, what) {
        if (text === undefined || !COUNT.test(text))
            this.fail(lineNo, `expected ${what} (a whole number), got '${text ?? ''}'`);
        return Number(text);
    }
    /** Hit counts: lcov writes them as integers, but some tools write big ones in exponent form. */
    hits(text, lineNo, what) {
        const n = text === undefined || text === '' ? NaN : Number(text);
        if (!Number.isFinite(n) || n < 0)
            this.fail(lineNo, `expected ${what} (a count of at least 0), got '${text ?? ''}'`);
        return Math.round(n);
    }
    section(tag, lineNo) {
        if (!this.current)
            this.fail(lineNo, `'${tag}' outside a file section: expected 'SF:<path>' first`);
        return this.current;
    }
    line(text, lineNo) {
        // DA is nine records in ten: parse it without splitting or regular expressions.
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
        if (line === '')
            return;
        if (line === 'end_of_record') {
            if (!this.current)
                this.fail(lineNo, `'end_of_record' without a matching 'SF:<path>'`);
            this.files.set(this.current.path, this.current);
            this.current = undefined;
            return;
        }
        const colon = line.indexOf(':');
        if (colon <= 0)
            this.fail(lineNo, `expected an lcov record such as 'DA:<line>,<hits>' or 'end_of_record', got '${clip(line)}'`);
        const tag = line.slice(0, colon);
        const value = line.slice(colon + 1);
        switch (tag) {
            case 'TN':
                return;
            case 'SF': {
                if (this.current)
                    this.fail(lineNo, `'SF:' before the record for '${this.current.path}' (line ${this.currentStartLine}) ended: expected 'end_of_record'`);
                if (value.trim() === '')
                    this.fail(lineNo, `expected a source file path after 'SF:'`);
                // A path seen before (another TN block, another shard) keeps adding into the same detail.
                this.current = this.files.get(value.trim()) ?? (0,_detail_js__WEBPACK_IMPORTED_MODULE_0__/* .newDetail */ .qW)(value.trim());
                this.currentStartLine = lineNo;
                this.functionLines = new Map();
                return;
            }
            case 'DA': {
                const f = this.section(tag, lineNo);
                const [ln, hits] = value.split(',');
                const n = this.count(ln, lineNo, 'a line number in DA:<line>,<hits>');
                f.lines.set(n, (0,_detail_js__WEBPACK_IMPORTED_MODULE_0__/* .addHits */ .oI)(f.lines.get(n), this.hits(hits, lineNo, 'hits in DA:<line>,<hits>')));
                return;
            }
            case 'FN': {
                const f = this.section(tag, lineNo);
                const comma = value.indexOf(',');
                if (comma <= 0)
                    this.fail(lineNo, `expected 'FN:<line>,<name>', got '${clip(line)}'`);
                const start = this.count(value.slice(0, comma), lineNo, 'a line number in FN:<line>,<name>');
                let name = value.slice(comma + 1);
                // lcov 2 writes FN:<start>,<end>,<name>.
                const end = /^(\d+),(.+)$/.exec(name);
                if (end)
                    name = end[2];
                // Some writers put FNDA before FN: keep the hits, learn the line.
                const had = f.functions.get(name);
                if (!had)
                    f.functions.set(name, { line: start, hits: 0 });
                else if (had.line === 0)
                    had.line = start;
                return;
            }
            case 'FNDA': {
                const f = this.section(tag, lineNo);
                const comma = value.indexOf(',');
                if (comma <= 0)
                    this.fail(lineNo, `expected 'FNDA:<hits>,<name>', got '${clip(line)}'`);
                const hits = this.hits(value.slice(0, comma), lineNo, 'hits in FNDA:<hits>,<name>');
                const name = value.slice(comma + 1);
                const had = f.functions.get(name);
                f.functions.set(name, { line: had?.line ?? 0, hits: (had?.hits ?? 0) + hits });
                return;
            }
            case 'FNL': {
                this.section(tag, lineNo);
                const [index, start] = value.split(',');
                this.functionLines.set(index ?? '', this.count(start, lineNo, 'a line number in FNL:<index>,<line>'));
                return;
            }
            case 'FNA': {
                const f = this.section(tag, lineNo);
                const m = /^([^,]*),([^,]*),(.+)$/.exec(value);
                if (!m)
                    this.fail(lineNo, `expected 'FNA:<index>,<hits>,<name>', got '${clip(line)}'`);
                const hits = this.hits(m[2], lineNo, 'hits in FNA:<index>,<hits>,<name>');
                const had = f.functions.get(m[3]);
                f.functions.set(m[3], { line: had?.line ?? this.functionLines.get(m[1]) ?? 0, hits: (had?.hits ?? 0) + hits });
                return;
            }
            case 'BRDA': {
                const f = this.section(tag, lineNo);
                const parts = value.split(',');
                if (parts.length < 4)
                    this.fail(lineNo, `expected 'BRDA:<line>,<block>,<branch>,<taken>', got '${clip(line)}'`);
                const ln = this.count(parts[0], lineNo, 'a line number in BRDA');
                const taken = parts[parts.length - 1];
                const hits = taken === '-' ? -1 : this.hits(taken, lineNo, "the taken count in BRDA (a number or '-')");
                // The branch id may itself contain commas in lcov 2 (expressions); everything between is the key.
                const key = parts.slice(0, -1).join(',');
                const had = f.branches.get(key);
                f.branches.set(key, { line: ln, hits: (0,_detail_js__WEBPACK_IMPORTED_MODULE_0__/* .addHits */ .oI)(had?.hits, hits) });
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
                if (tag.endsWith('F'))
                    m.total = Math.max(m.total, n);
                else
                    m.covered = Math.max(m.covered, n);
                return;
            }
            default:
                // Other tags (VER, lcov 2's MD5 checks and the like) carry nothing the model needs.
                if (!/^[A-Z]+$/.test(tag))
                    this.fail(lineNo, `expected an lcov record such as 'DA:<line>,<hits>', got '${clip(line)}'`);
        }
    }
    finish(lastLine) {
        if (this.current) {
            this.fail(lastLine, `the file ends inside the record for '${this.current.path}' (started line ${this.currentStartLine}): expected 'end_of_record'`);
        }
        return this.files;
    }
}
const parsedDa = { line: 0, hits: 0 };
/** "DA:<line>,<hits>[,<checksum>]" with plain digits -> the shared result object; undefined for anything else. */
function parseDa(text) {
    let i = 3;
    let line = 0;
    let c = text.charCodeAt(i);
    if (c < 48 || c > 57)
        return undefined;
    while (c >= 48 && c <= 57) {
        line = line * 10 + (c - 48);
        c = text.charCodeAt(++i);
    }
    if (c !== 44 /* , */)
        return undefined;
    c = text.charCodeAt(++i);
    if (c < 48 || c > 57)
        return undefined;
    let hits = 0;
    while (c >= 48 && c <= 57) {
        hits = hits * 10 + (c - 48);
        c = text.charCodeAt(++i);
    }
    // End of line, or a checksum after a comma; anything else takes the careful path.
    if (!(i === text.length || c === 44))
        return undefined;
    if (!Number.isSafeInteger(hits) || !Number.isSafeInteger(line))
        return undefined;
    parsedDa.line = line;
    parsedDa.hits = hits;
    return parsedDa;
}
function clip(text) {
    return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
/** Reads an lcov file, streaming, into one FileDetail per source path (paths as the file writes them). */
async function readLcovDetail(file) {
    const parser = new LcovParser(file);
    let last = 0;
    await (0,_line_stream_js__WEBPACK_IMPORTED_MODULE_1__/* .forEachLine */ .F)(file, (line, lineNo) => {
        last = lineNo;
        parser.line(line, lineNo);
    });
    return parser.finish(last);
}
/** One SF section in lcov text, as the merge writes it: sorted, with totals recomputed from the detail. */
function formatLcovRecord(detail) {
    const out = ['TN:', `SF:${detail.path}`];
    const functions = [...detail.functions].sort((a, b) => a[1].line - b[1].line);
    for (const [name, fn] of functions)
        out.push(`FN:${fn.line},${name}`);
    if (functions.length > 0 || detail.stated.functions) {
        const hit = functions.filter(([, fn]) => fn.hits > 0).length;
        out.push(`FNF:${functions.length || detail.stated.functions?.total || 0}`);
        out.push(`FNH:${functions.length ? hit : (detail.stated.functions?.covered ?? 0)}`);
    }
    for (const [name, fn] of functions)
        out.push(`FNDA:${fn.hits},${name}`);
    const lines = [...detail.lines].sort((a, b) => a[0] - b[0]);
    for (const [line, hits] of lines)
        out.push(`DA:${line},${hits}`);
    if (lines.length > 0) {
        out.push(`LF:${lines.length}`, `LH:${lines.filter(([, h]) => h > 0).length}`);
    }
    else if (detail.stated.lines) {
        out.push(`LF:${detail.stated.lines.total}`, `LH:${detail.stated.lines.covered}`);
    }
    const branches = [...detail.branches].sort((a, b) => a[1].line - b[1].line || compareKeys(a[0], b[0]));
    for (const [key, br] of branches)
        out.push(`BRDA:${key},${br.hits < 0 ? '-' : br.hits}`);
    if (branches.length > 0) {
        out.push(`BRF:${branches.length}`, `BRH:${branches.filter(([, b]) => b.hits > 0).length}`);
    }
    else if (detail.stated.branches) {
        out.push(`BRF:${detail.stated.branches.total}`, `BRH:${detail.stated.branches.covered}`);
    }
    out.push('end_of_record');
    return out.join('\n') + '\n';
}
/** Orders "line,block,branch" keys numerically where the parts are numbers. */
function compareKeys(a, b) {
    const pa = a.split(',');
    const pb = b.split(',');
    for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
        const x = pa[i] ?? '';
        const y = pb[i] ?? '';
        if (x === y)
            continue;
        const nx = Number(x);
        const ny = Number(y);
        if (Number.isFinite(nx) && Number.isFinite(ny))
            return nx - ny;
        return x < y ? -1 : 1;
    }
    return 0;
}


/***/ }),

/***/ 13011:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ forEachLine)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
// Reads a text file line by line from a stream, with each line's byte offset, in bounded memory.
// Splitting at the last 0x0A byte of a chunk is safe for UTF-8 (it never occurs inside a multi-byte
// character), so each chunk's complete lines are decoded at once and the rest carried over: a file of any
// size costs about one chunk. Several times faster than readline for millions of short lcov records, and
// the byte offsets let the shard merge come back to a record later.

const CHUNK = 1024 * 1024;
async function forEachLine(file, visit) {
    const stream = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(file, { highWaterMark: CHUNK });
    let carry;
    let carryOffset = 0;
    let lineNo = 0;
    let position = 0;
    const emit = (line, offset) => {
        lineNo++;
        visit(line.charCodeAt(line.length - 1) === 13 ? line.slice(0, -1) : line, lineNo, offset);
    };
    // Decodes all complete lines of a buffer at once (one string per chunk, lines are slices of it).
    const emitAll = (buf, end, bufOffset) => {
        const text = buf.toString('utf8', 0, end);
        // ASCII only (the usual case): characters and bytes coincide, so offsets need no counting.
        const ascii = text.length === end;
        let start = 0;
        let byteStart = 0;
        for (;;) {
            const nl = text.indexOf('\n', start);
            if (nl === -1 || nl >= text.length)
                break;
            const line = text.slice(start, nl);
            emit(line, bufOffset + byteStart);
            byteStart += ascii ? nl + 1 - start : Buffer.byteLength(line) + 1;
            start = nl + 1;
        }
    };
    for await (const chunk of stream) {
        const buf = carry ? Buffer.concat([carry, chunk]) : chunk;
        const bufOffset = carry ? carryOffset : position;
        position += chunk.length;
        const lastNl = buf.lastIndexOf(10);
        if (lastNl === -1) {
            carry = buf;
            carryOffset = bufOffset;
            continue;
        }
        emitAll(buf, lastNl + 1, bufOffset);
        if (lastNl + 1 < buf.length) {
            carry = buf.subarray(lastNl + 1);
            carryOffset = bufOffset + lastNl + 1;
        }
        else {
            carry = undefined;
        }
    }
    if (carry && carry.length > 0)
        emit(carry.toString('utf8'), carryOffset);
}


/***/ }),

/***/ 32279:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cb: () => (/* binding */ METRICS),
/* harmony export */   KN: () => (/* binding */ percent),
/* harmony export */   L_: () => (/* binding */ sumTotals),
/* harmony export */   i9: () => (/* binding */ CoverageFormatError),
/* harmony export */   ux: () => (/* binding */ emptyMetric)
/* harmony export */ });
// One coverage model for every format we read (lcov, istanbul json-summary, cobertura / coverage.py XML).
const METRICS = ['lines', 'branches', 'functions', 'statements'];
/** Percentage with two decimals; 100 when there is nothing to cover (an empty metric never fails a gate). */
function percent(metric) {
    if (metric.total === 0)
        return 100;
    return Math.floor((metric.covered / metric.total) * 10000) / 100;
}
function emptyMetric() {
    return { covered: 0, total: 0 };
}
function sumTotals(files) {
    const totals = { lines: emptyMetric(), branches: emptyMetric(), functions: emptyMetric(), statements: emptyMetric() };
    for (const f of files) {
        for (const m of METRICS) {
            totals[m].covered += f[m].covered;
            totals[m].total += f[m].total;
        }
    }
    return totals;
}
/** A malformed coverage file: names the file and line and what was expected there. */
class CoverageFormatError extends Error {
    file;
    line;
    name = 'CoverageFormatError';
    constructor(file, line, message) {
        super(`${file}${line !== undefined ? `:${line}` : ''}: ${message}`);
        this.file = file;
        this.line = line;
    }
}


/***/ }),

/***/ 74655:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  "do": () => (/* binding */ COVERAGE_FILE_NAMES),
  Tz: () => (/* binding */ detectFormat),
  Rp: () => (/* binding */ findCoverageFiles),
  tn: () => (/* binding */ readCoverage),
  Bd: () => (/* binding */ toRepositoryPath)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
// EXTERNAL MODULE: ./.build/src/coverage/detail.js
var detail = __webpack_require__(41437);
// EXTERNAL MODULE: ./.build/src/coverage/model.js
var model = __webpack_require__(32279);
// EXTERNAL MODULE: ./.build/src/coverage/xml.js
var coverage_xml = __webpack_require__(92151);
;// CONCATENATED MODULE: ./.build/src/coverage/cobertura.js
// Cobertura XML: c8/istanbul's cobertura-coverage.xml and coverage.py's coverage.xml.
// <coverage><sources><source>root</source></sources><packages><package><classes>
//   <class filename="relative/to/a/source"><methods><method name hits?><lines>..</lines></method></methods>
//   <lines><line number hits branch condition-coverage="50% (1/2)"/></lines></class>




const CONDITION = /\((\d+)\s*\/\s*(\d+)\)/;
function parseCobertura(xml, file) {
    const sources = [];
    const files = new Map();
    const path = [];
    let current;
    let method;
    let sourceText;
    const fail = (line, message) => {
        throw new model/* CoverageFormatError */.i9(file, line, message);
    };
    const whole = (value, line, what) => {
        if (value === undefined || !/^\s*\d+\s*$/.test(value))
            fail(line, `expected ${what} to be a whole number, got ${JSON.stringify(value ?? null)}`);
        return Number(value);
    };
    const hitCount = (value, line) => {
        const n = value === undefined || value.trim() === '' ? NaN : Number(value);
        if (!Number.isFinite(n) || n < 0)
            fail(line, `expected hits="<count>" on <line>, got ${JSON.stringify(value ?? null)}`);
        return Math.round(n);
    };
    try {
        (0,coverage_xml/* scanXml */.Fo)(xml, {
            open(name, attrs, line) {
                const parent = path[path.length - 1];
                if (path.length === 0 && name !== 'coverage')
                    fail(line, `expected the root element <coverage> of a Cobertura report, got <${name}>`);
                path.push(name);
                if (name === 'source' && parent === 'sources')
                    sourceText = '';
                else if (name === 'class') {
                    const filename = attrs.filename;
                    if (!filename)
                        fail(line, `expected a filename="..." attribute on <class>`);
                    // Several classes may share a file (inner classes, or one per package level): add them up.
                    current = (0,detail/* newDetail */.qW)(filename);
                    current.stated = {};
                }
                else if (name === 'method' && current) {
                    method = { name: attrs.name ?? `(anonymous ${line})`, anyHit: false };
                    if (attrs.hits !== undefined)
                        method.hits = hitCount(attrs.hits, line);
                    // Overloads share a name; the signature tells them apart.
                    if (attrs.signature && current.functions.has(method.name))
                        method.name = `${method.name}${attrs.signature}`;
                }
                else if (name === 'line' && current) {
                    const number = whole(attrs.number, line, 'number="<line>" on <line>');
                    const hits = hitCount(attrs.hits, line);
                    const grand = path[path.length - 3];
                    if (grand === 'method' && method) {
                        method.firstLine ??= number;
                        if (hits > 0)
                            method.anyHit = true;
                    }
                    else if (grand === 'class') {
                        current.lines.set(number, (current.lines.get(number) ?? 0) + hits);
                        if (attrs.branch === 'true' && attrs['condition-coverage'] !== undefined) {
                            const m = CONDITION.exec(attrs['condition-coverage']);
                            if (!m)
                                fail(line, `expected condition-coverage="<pct>% (<covered>/<total>)", got '${attrs['condition-coverage']}'`);
                            const covered = Number(m[1]);
                            const total = Number(m[2]);
                            if (covered > total)
                                fail(line, `condition-coverage covers ${covered} of ${total} branches: expected covered <= total`);
                            // Cobertura gives counts per line, not which branch: branch i of the line is "taken" for i < covered.
                            for (let b = 0; b < total; b++) {
                                const key = `${number}#${b}`;
                                const had = current.branches.get(key)?.hits ?? 0;
                                current.branches.set(key, { line: number, hits: had + (b < covered ? 1 : 0) });
                            }
                        }
                    }
                }
            },
            text(text) {
                if (sourceText !== undefined)
                    sourceText += text;
            },
            close(name) {
                path.pop();
                if (name === 'source' && sourceText !== undefined) {
                    if (sourceText.trim() !== '')
                        sources.push(sourceText.trim());
                    sourceText = undefined;
                }
                else if (name === 'method' && method && current) {
                    const hits = method.hits ?? (method.anyHit ? 1 : 0);
                    const had = current.functions.get(method.name);
                    current.functions.set(method.name, { line: had?.line ?? method.firstLine ?? 0, hits: (had?.hits ?? 0) + hits });
                    method = undefined;
                }
                else if (name === 'class' && current) {
                    const had = files.get(current.path);
                    if (had)
                        (0,detail/* addDetail */.B_)(had, current);
                    else
                        files.set(current.path, current);
                    current = undefined;
                }
            },
        });
    }
    catch (err) {
        if (err instanceof coverage_xml/* XmlSyntaxError */.R_)
            throw new model/* CoverageFormatError */.i9(file, err.line, err.detail);
        throw err;
    }
    return { sources, files };
}
async function readCoberturaDetail(file) {
    return parseCobertura(await (0,promises_.readFile)(file, 'utf8'), file);
}

// EXTERNAL MODULE: ./.build/src/coverage/istanbul.js
var istanbul = __webpack_require__(72298);
// EXTERNAL MODULE: ./.build/src/coverage/lcov.js
var lcov = __webpack_require__(83872);
;// CONCATENATED MODULE: ./.build/src/coverage/read.js
// Reads coverage files of any supported format into one CoverageReport with repository-relative paths.









/** The names coverage tools write, in the order they are preferred. */
const COVERAGE_FILE_NAMES = ['lcov.info', 'coverage-summary.json', 'coverage-final.json', 'cobertura-coverage.xml', 'coverage.xml'];
/** The coverage files a folder holds (not searched recursively), in preference order. */
function findCoverageFiles(dir) {
    return COVERAGE_FILE_NAMES.map((name) => external_node_path_.join(dir, name)).filter((file) => (0,external_node_fs_.existsSync)(file));
}
/** Tells the format from the first characters, so a file of any name (e.g. shard-3.info) is read right. */
async function detectFormat(file) {
    const handle = await (0,promises_.open)(file, 'r').catch((err) => {
        if (err.code === 'ENOENT')
            throw new model/* CoverageFormatError */.i9(file, undefined, 'no such file: expected a coverage report here');
        if (err.code === 'EISDIR')
            throw new model/* CoverageFormatError */.i9(file, undefined, 'is a folder: expected a coverage report file');
        throw err;
    });
    let head;
    try {
        const buf = Buffer.alloc(512);
        const { bytesRead } = await handle.read(buf, 0, buf.length, 0);
        head = buf.toString('utf8', 0, bytesRead).replace(/^\uFEFF/, '').trimStart();
    }
    finally {
        await handle.close();
    }
    if (head.startsWith('<'))
        return 'cobertura';
    if (head.startsWith('{'))
        return 'json-summary';
    if (/^(TN|SF|VER):/.test(head) || head === '')
        return 'lcov';
    throw new model/* CoverageFormatError */.i9(file, 1, `expected lcov (TN:/SF: records), istanbul JSON (an object keyed by file path) or Cobertura XML, got '${head.split('\n')[0].slice(0, 40)}'`);
}
function insideWorkspace(file, workspace) {
    const relative = external_node_path_.relative(external_node_path_.resolve(workspace), file);
    if (relative === '' || relative.startsWith('..') || external_node_path_.isAbsolute(relative))
        return undefined;
    return relative.split(external_node_path_.sep).join('/');
}
/**
 * A report path -> a repository-relative forward-slash path. A report written on another machine (a
 * container's /app, another runner's checkout) names paths outside this workspace: the longest tail of
 * such a path that exists in the workspace is taken as the file. Otherwise the path stays absolute.
 */
function toRepositoryPath(file, workspace) {
    const inside = insideWorkspace(file, workspace);
    if (inside !== undefined)
        return inside;
    const parts = file.split(/[\\/]+/).filter(Boolean);
    for (let i = 1; i < parts.length; i++) {
        // A bare file name matches too easily (any index.js); only take it from a one-folder root like /app.
        if (parts.length - i === 1 && i > 1)
            break;
        const tail = parts.slice(i).join('/');
        if ((0,external_node_fs_.existsSync)(external_node_path_.join(workspace, tail)))
            return tail;
    }
    return file.split(external_node_path_.sep).join('/');
}
function absoluteFrom(raw, base) {
    if (raw.startsWith('file://'))
        return (0,external_node_url_.fileURLToPath)(raw);
    return external_node_path_.resolve(base, raw);
}
/**
 * Cobertura filenames are relative to one of the <source> roots: take the first where the file exists.
 * When none does (the report came from elsewhere), toRepositoryPath looks for the path's tail.
 */
function resolveCoberturaPath(filename, sources, cwd) {
    const candidates = [...sources.map((s) => absoluteFrom(filename, absoluteFrom(s, cwd))), absoluteFrom(filename, cwd)];
    return candidates.find((c) => (0,external_node_fs_.existsSync)(c)) ?? candidates[0];
}
const LINE_LEVEL = ['lcov', 'istanbul-json', 'cobertura'];
/**
 * Several reports of one file: line-level data wins (lcov, then istanbul's coverage-final.json, then
 * Cobertura); statements come from an istanbul report when there is one (the others have none).
 */
function combine(repoPath, entries) {
    const pick = LINE_LEVEL.find((f) => entries.some((e) => e.format === f)) ?? 'json-summary';
    const chosen = entries.filter((e) => e.format === pick);
    const merged = { ...chosen[0].detail, path: repoPath };
    for (const e of chosen.slice(1))
        (0,detail/* addDetail */.B_)(merged, e.detail);
    const statements = entries.find((e) => (e.format === 'json-summary' || e.format === 'istanbul-json') && e.detail.statements);
    if (statements)
        merged.statements = statements.detail.statements;
    return (0,detail/* summarise */.fS)(merged);
}
/** Reads every file, detecting its format, and merges them into one report. */
async function readCoverage(files, opts) {
    const byPath = new Map();
    const add = (repoPath, entry) => {
        const list = byPath.get(repoPath);
        if (list)
            list.push(entry);
        else
            byPath.set(repoPath, [entry]);
    };
    for (const file of files) {
        const format = await detectFormat(file);
        if (format === 'cobertura') {
            const { sources, files: details } = await readCoberturaDetail(file);
            for (const [name, detail] of details)
                add(toRepositoryPath(resolveCoberturaPath(name, sources, opts.cwd), opts.workspace), { format, detail });
        }
        else if (format === 'lcov') {
            for (const [name, detail] of await (0,lcov/* readLcovDetail */.iW)(file))
                add(toRepositoryPath(absoluteFrom(name, opts.cwd), opts.workspace), { format, detail });
        }
        else {
            const json = await (0,istanbul/* readIstanbulJson */.J6)(file);
            for (const [name, detail] of json.files)
                add(toRepositoryPath(absoluteFrom(name, opts.cwd), opts.workspace), { format: json.kind, detail });
        }
    }
    const out = [...byPath].map(([repoPath, entries]) => combine(repoPath, entries));
    out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return { files: out, totals: (0,model/* sumTotals */.L_)(out), sources: [...files] };
}


/***/ }),

/***/ 3956:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $w: () => (/* binding */ checkThresholds),
/* harmony export */   Ic: () => (/* binding */ describeFailure),
/* harmony export */   xo: () => (/* binding */ unmatchedPatterns)
/* harmony export */ });
/* harmony import */ var _glob_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6062);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(32279);
// Coverage gates: overall minimums per metric, and per-file minimums for files matching a glob.


function check(metrics, thresholds, where) {
    const failures = [];
    for (const metric of _model_js__WEBPACK_IMPORTED_MODULE_1__/* .METRICS */ .Cb) {
        const required = thresholds[metric];
        if (required === undefined)
            continue;
        const actual = (0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .percent */ .KN)(metrics[metric]);
        if (actual < required)
            failures.push({ metric, actual, required, ...where, covered: metrics[metric].covered, total: metrics[metric].total });
    }
    return failures;
}
/**
 * Every minimum the report misses: overall ones first, then per file in path order. A metric with nothing
 * to cover counts as 100%, so a file without branches never fails a branch minimum.
 */
function checkThresholds(report, overall, perFile = {}) {
    const failures = check(report.totals, overall, {});
    const patterns = Object.entries(perFile);
    for (const file of report.files) {
        for (const [pattern, thresholds] of patterns) {
            if ((0,_glob_js__WEBPACK_IMPORTED_MODULE_0__/* .matchesGlob */ .kt)(file.path, pattern))
                failures.push(...check(file, thresholds, { file: file.path, pattern }));
        }
    }
    return failures;
}
/** Per-file globs that matched no file in the report: usually a typo worth a warning. */
function unmatchedPatterns(report, perFile) {
    return Object.keys(perFile).filter((pattern) => !report.files.some((f) => (0,_glob_js__WEBPACK_IMPORTED_MODULE_0__/* .matchesGlob */ .kt)(f.path, pattern)));
}
/** "lines 79.66% < 80% (239/300 covered)" or, per file, "src/a.ts: lines 50% < 90% (5/10 covered; src/**)". */
function describeFailure(f) {
    const numbers = `${f.metric} ${f.actual}% < ${f.required}% (${f.covered}/${f.total} covered${f.pattern ? `; ${f.pattern}` : ''})`;
    return f.file ? `${f.file}: ${numbers}` : numbers;
}


/***/ }),

/***/ 92151:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fo: () => (/* binding */ scanXml),
/* harmony export */   R_: () => (/* binding */ XmlSyntaxError)
/* harmony export */ });
/* unused harmony export decodeEntities */
// A small XML tag scanner for the subset coverage and test-result files use: the XML declaration and other
// processing instructions, DOCTYPE, comments, CDATA, elements with attributes in either quote, self-closing
// tags, text, and the predefined and numeric entities. It checks nesting and reports malformed input with the
// file and line and what was expected there. No DTDs, no namespaces beyond keeping the prefix in the name.
class XmlSyntaxError extends Error {
    line;
    detail;
    name = 'XmlSyntaxError';
    constructor(line, detail) {
        super(`line ${line}: ${detail}`);
        this.line = line;
        this.detail = detail;
    }
}
const NAME = /[A-Za-z_:][-A-Za-z0-9_:.]*/y;
const SPACE = /[ \t\r\n]*/y;
const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
function decodeEntities(text, lineAt, base = 0) {
    if (!text.includes('&'))
        return text;
    return text.replace(/&([^;&\s]*);?/g, (whole, ref, index) => {
        if (!whole.endsWith(';'))
            throw new XmlSyntaxError(lineAt(base + index), `expected ';' to end the entity '${whole}'`);
        if (ref.startsWith('#x') || ref.startsWith('#X')) {
            const code = Number.parseInt(ref.slice(2), 16);
            if (/^[0-9a-fA-F]+$/.test(ref.slice(2)) && code <= 0x10ffff)
                return String.fromCodePoint(code);
        }
        else if (ref.startsWith('#')) {
            const code = Number.parseInt(ref.slice(1), 10);
            if (/^[0-9]+$/.test(ref.slice(1)) && code <= 0x10ffff)
                return String.fromCodePoint(code);
        }
        else if (ref in ENTITIES) {
            return ENTITIES[ref];
        }
        throw new XmlSyntaxError(lineAt(base + index), `unknown entity '${whole}' (expected &amp; &lt; &gt; &quot; &apos; or &#N;)`);
    });
}
/** Scans `xml` and calls the handler for each element and text node, in document order. */
function scanXml(xml, handler) {
    // Line numbers are computed lazily from a running count, so long files cost one pass.
    let countedTo = 0;
    let countedLine = 1;
    const lineAt = (index) => {
        if (index < countedTo) {
            countedTo = 0;
            countedLine = 1;
        }
        for (let nl = xml.indexOf('\n', countedTo); nl !== -1 && nl < index; nl = xml.indexOf('\n', nl + 1))
            countedLine++;
        countedTo = index;
        return countedLine;
    };
    const fail = (index, message) => {
        throw new XmlSyntaxError(lineAt(Math.min(index, xml.length)), message);
    };
    const stack = [];
    let rootSeen = false;
    let i = xml.charCodeAt(0) === 0xfeff ? 1 : 0;
    const n = xml.length;
    while (i < n) {
        const lt = xml.indexOf('<', i);
        const textEnd = lt === -1 ? n : lt;
        if (textEnd > i) {
            const raw = xml.slice(i, textEnd);
            if (stack.length === 0) {
                if (raw.trim() !== '')
                    fail(i, `expected '<' to start an element, got text '${raw.trim().slice(0, 40)}'`);
            }
            else {
                const textLine = lineAt(i);
                // Decoded even when nobody listens, so a bad entity is reported wherever it is.
                const decoded = decodeEntities(raw, lineAt, i);
                handler.text?.(decoded, textLine);
            }
        }
        if (lt === -1)
            break;
        i = lt;
        if (xml.startsWith('<!--', i)) {
            const end = xml.indexOf('-->', i + 4);
            if (end === -1)
                fail(i, `expected '-->' to close the comment opened here`);
            i = end + 3;
        }
        else if (xml.startsWith('<![CDATA[', i)) {
            if (stack.length === 0)
                fail(i, 'expected CDATA only inside an element');
            const end = xml.indexOf(']]>', i + 9);
            if (end === -1)
                fail(i, `expected ']]>' to close the CDATA section opened here`);
            handler.text?.(xml.slice(i + 9, end), lineAt(i));
            i = end + 3;
        }
        else if (xml.startsWith('<?', i)) {
            const end = xml.indexOf('?>', i + 2);
            if (end === -1)
                fail(i, `expected '?>' to close the processing instruction opened here`);
            i = end + 2;
        }
        else if (xml.startsWith('<!DOCTYPE', i)) {
            if (rootSeen)
                fail(i, 'expected DOCTYPE before the root element');
            // An internal subset [...] may hold '>' characters.
            let j = i + 9;
            let depth = 0;
            for (; j < n; j++) {
                const c = xml[j];
                if (c === '[')
                    depth++;
                else if (c === ']')
                    depth--;
                else if (c === '>' && depth <= 0)
                    break;
            }
            if (j >= n)
                fail(i, `expected '>' to close the DOCTYPE opened here`);
            i = j + 1;
        }
        else if (xml.startsWith('</', i)) {
            NAME.lastIndex = i + 2;
            const m = NAME.exec(xml);
            if (!m)
                fail(i, `expected an element name after '</'`);
            const name = m[0];
            SPACE.lastIndex = i + 2 + name.length;
            SPACE.exec(xml);
            const gt = SPACE.lastIndex;
            if (xml[gt] !== '>')
                fail(gt, `expected '>' to end the closing tag </${name}>`);
            const open = stack.pop();
            if (!open)
                fail(i, `unexpected closing tag </${name}>: no element is open`);
            if (open.name !== name)
                fail(i, `expected </${open.name}> (opened on line ${lineAt(open.index)}), got </${name}>`);
            handler.close?.(name, lineAt(i));
            i = gt + 1;
        }
        else {
            NAME.lastIndex = i + 1;
            const m = NAME.exec(xml);
            if (!m)
                fail(i, `expected an element name after '<'`);
            const name = m[0];
            if (stack.length === 0 && rootSeen)
                fail(i, `expected one root element, got a second one <${name}>`);
            const line = lineAt(i);
            let j = i + 1 + name.length;
            const attributes = {};
            let selfClosing = false;
            for (;;) {
                SPACE.lastIndex = j;
                SPACE.exec(xml);
                const spaced = SPACE.lastIndex > j;
                j = SPACE.lastIndex;
                if (j >= n)
                    fail(i, `expected '>' to end the tag <${name}> opened here`);
                if (xml[j] === '>') {
                    j++;
                    break;
                }
                if (xml[j] === '/' && xml[j + 1] === '>') {
                    selfClosing = true;
                    j += 2;
                    break;
                }
                if (!spaced)
                    fail(j, `expected a space, '>' or '/>' in the tag <${name}>, got '${xml[j]}'`);
                NAME.lastIndex = j;
                const a = NAME.exec(xml);
                if (!a)
                    fail(j, `expected an attribute name in the tag <${name}>, got '${xml[j]}'`);
                const attr = a[0];
                j += attr.length;
                SPACE.lastIndex = j;
                SPACE.exec(xml);
                j = SPACE.lastIndex;
                if (xml[j] !== '=')
                    fail(j, `expected '=' after the attribute '${attr}' in <${name}>`);
                SPACE.lastIndex = j + 1;
                SPACE.exec(xml);
                j = SPACE.lastIndex;
                const quote = xml[j];
                if (quote !== '"' && quote !== "'")
                    fail(j, `expected a quoted value for the attribute '${attr}' in <${name}>`);
                const close = xml.indexOf(quote, j + 1);
                if (close === -1)
                    fail(j, `expected the closing ${quote} of the attribute '${attr}' in <${name}>`);
                const rawValue = xml.slice(j + 1, close);
                if (rawValue.includes('<'))
                    fail(j, `expected no '<' inside the value of the attribute '${attr}' in <${name}>`);
                if (attr in attributes)
                    fail(j, `duplicate attribute '${attr}' in <${name}>`);
                attributes[attr] = decodeEntities(rawValue, lineAt, j + 1);
                j = close + 1;
            }
            rootSeen = true;
            handler.open?.(name, attributes, line, selfClosing);
            if (selfClosing)
                handler.close?.(name, line);
            else
                stack.push({ name, index: i });
            i = j;
        }
    }
    if (stack.length > 0) {
        const open = stack[stack.length - 1];
        fail(n, `the file ends inside <${open.name}> (opened on line ${lineAt(open.index)}): expected </${open.name}>`);
    }
    if (!rootSeen)
        fail(n, 'expected a root element, found none');
}


/***/ })

};
