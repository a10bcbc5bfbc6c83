export const id = 454;
export const ids = [454,778];
export const modules = {

/***/ 59454:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mergeCoverageCommand: () => (/* binding */ mergeCoverageCommand)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _pipeline_stage_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(58992);
/* harmony import */ var _merge_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4778);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(32279);
/* harmony import */ var _read_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(74655);
/* harmony import */ var _thresholds_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3956);
// `backend-ci merge-coverage DIR…`: merges the coverage of test shards (folders holding lcov.info and/or
// coverage-summary.json, or those files themselves) into one folder and applies the configured thresholds.







const MERGEABLE = new Set(['lcov.info', 'coverage-summary.json']);
/** The mergeable reports an argument names: the file itself, or the lcov/json-summary a folder holds. */
function reportsOf(input, workspace) {
    const resolved = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(workspace, input);
    let stats;
    try {
        stats = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(resolved);
    }
    catch {
        throw new _pipeline_stage_js__WEBPACK_IMPORTED_MODULE_6__/* .ConfigError */ .x(`merge-coverage: '${input}' does not exist (looked at ${resolved})`);
    }
    if (!stats.isDirectory())
        return [resolved];
    const found = (0,_read_js__WEBPACK_IMPORTED_MODULE_4__/* .findCoverageFiles */ .Rp)(resolved).filter((f) => MERGEABLE.has(node_path__WEBPACK_IMPORTED_MODULE_1__.basename(f)));
    if (found.length === 0)
        throw new _pipeline_stage_js__WEBPACK_IMPORTED_MODULE_6__/* .ConfigError */ .x(`merge-coverage: '${input}' holds no lcov.info or coverage-summary.json to merge`);
    return found;
}
/** Returns the exit code: 0 merged and every threshold met, 1 a threshold missed. */
async function mergeCoverageCommand(config, host, options) {
    const inputs = options.inputs.flatMap((input) => reportsOf(input, config.workspace));
    const output = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(config.workspace, options.output ?? node_path__WEBPACK_IMPORTED_MODULE_1__.join(config.cwd, config.test.coverageDirectory));
    if (inputs.some((f) => node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(f) === output)) {
        throw new _pipeline_stage_js__WEBPACK_IMPORTED_MODULE_6__/* .ConfigError */ .x(`merge-coverage: the output folder ${output} is one of the inputs; pass --output DIR elsewhere`);
    }
    const merged = await (0,_merge_js__WEBPACK_IMPORTED_MODULE_2__.mergeCoverageFiles)(inputs, output);
    const written = [merged.lcov, merged.jsonSummary].filter((f) => !!f);
    host.log.info(`merged ${inputs.length} report${inputs.length === 1 ? '' : 's'} (${merged.files} source files) into ${written.map((f) => node_path__WEBPACK_IMPORTED_MODULE_1__.relative(config.workspace, f) || f).join(', ')}`);
    const report = await (0,_read_js__WEBPACK_IMPORTED_MODULE_4__/* .readCoverage */ .tn)(written, { workspace: config.workspace, cwd: config.cwd });
    for (const m of _model_js__WEBPACK_IMPORTED_MODULE_3__/* .METRICS */ .Cb)
        host.log.info(`${m}: ${(0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .percent */ .KN)(report.totals[m])}% (${report.totals[m].covered}/${report.totals[m].total})`);
    const failures = (0,_thresholds_js__WEBPACK_IMPORTED_MODULE_5__/* .checkThresholds */ .$w)(report, config.test.thresholds, config.test.perFile);
    for (const f of failures)
        host.log.error((0,_thresholds_js__WEBPACK_IMPORTED_MODULE_5__/* .describeFailure */ .Ic)(f));
    const rows = _model_js__WEBPACK_IMPORTED_MODULE_3__/* .METRICS */ .Cb.map((m) => `| ${m} | ${report.totals[m].covered} | ${report.totals[m].total} | ${(0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .percent */ .KN)(report.totals[m])} | ${config.test.thresholds[m] ?? '—'} |`);
    await host.appendSummary([
        `### Merged coverage (${inputs.length} reports)`,
        '',
        '| Metric | Covered | Total | % | Required |',
        '|---|---:|---:|---:|---:|',
        ...rows,
        ...(failures.length ? ['', '**Thresholds not met**', '', ...failures.slice(0, 50).map((f) => `- ${(0,_thresholds_js__WEBPACK_IMPORTED_MODULE_5__/* .describeFailure */ .Ic)(f)}`)] : []),
        '',
    ].join('\n'));
    return failures.length > 0 ? 1 : 0;
}


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


/***/ })

};
