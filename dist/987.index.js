export const id = 987;
export const ids = [987];
export const modules = {

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

/***/ 51318:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B7: () => (/* binding */ isForkPullRequest),
/* harmony export */   pt: () => (/* binding */ WriteGate)
/* harmony export */ });
/* unused harmony export httpStatus */
/** True when the pull request's head lives in another repository than its base (a fork, or a deleted one). */
function isForkPullRequest(payload) {
    const pr = payload.pull_request;
    if (!pr)
        return false;
    const head = pr.head?.repo?.full_name;
    const base = pr.base?.repo?.full_name;
    return !head || !base || head.toLowerCase() !== base.toLowerCase();
}
function httpStatus(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : undefined;
}
const TWO_PHASE_HINT = 'Use report-mode: save in the pull request workflow and report-mode: post in a workflow_run workflow (see workflows-examples/fork-safe.yml).';
class WriteGate {
    log;
    /** Writes known to be refused: a fork pull request, or a 403 seen earlier. */
    readOnly;
    warned = false;
    /** Writes refused or failed: the report is incomplete, the stage warns. */
    problems = [];
    /** Optional extras skipped for a missing scope (checks: write): worth a notice, not a warning. */
    notices = [];
    constructor(log, options = {}) {
        this.log = log;
        this.readOnly = !!options.fromFork;
        if (this.readOnly)
            this.warnReadOnly('this pull request comes from a fork, whose token is read-only');
    }
    get canWrite() {
        return !this.readOnly;
    }
    /**
     * Runs one write. A 403 "Resource not accessible by integration" marks the token read-only (later writes are
     * skipped); `permission` names the scope that would allow it ("checks: write"). Other errors are warnings too:
     * publishing results must never fail a job whose stages passed.
     */
    async write(what, fn, permission) {
        if (this.readOnly)
            return { ok: false, reason: 'read-only', message: `${what}: skipped, the token is read-only` };
        try {
            return { ok: true, value: await fn() };
        }
        catch (error) {
            const status = httpStatus(error);
            const detail = error.message?.split(' - ')[0] ?? String(error);
            if (status === 403 && permission) {
                const message = `${what}: the token lacks ${permission} (${detail}); skipped`;
                this.notices.push(message);
                this.log.info(message);
                return { ok: false, reason: 'forbidden', message };
            }
            if (status === 403) {
                this.readOnly = true;
                this.warnReadOnly(`${what} was refused (${detail})`);
                return { ok: false, reason: 'read-only', message: `${what}: ${detail}` };
            }
            const message = `${what} failed: ${status ? `HTTP ${status}: ` : ''}${detail}`;
            this.problems.push(message);
            this.log.warning(message);
            return { ok: false, reason: 'failed', message };
        }
    }
    warnReadOnly(why) {
        if (this.warned)
            return;
        this.warned = true;
        const message = `Cannot write to GitHub: ${why}. The comment, statuses and check run are skipped; the job summary is still written. ${TWO_PHASE_HINT}`;
        this.problems.push(message);
        this.log.warning(message);
    }
}


/***/ }),

/***/ 36987:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  buildBundle: () => (/* binding */ buildBundle),
  checkBundleTarget: () => (/* binding */ checkBundleTarget),
  createReportStage: () => (/* binding */ createReportStage),
  gatherReportInput: () => (/* binding */ gatherReportInput),
  reportStage: () => (/* binding */ reportStage)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./.build/src/pipeline/stage.js
var stage = __webpack_require__(58992);
// EXTERNAL MODULE: ./.build/src/coverage/model.js
var model = __webpack_require__(32279);
;// CONCATENATED MODULE: ./.build/src/report/markdown.js
// Markdown pieces shared by the job summary and the PR comment, and the trimming that keeps both under
// GitHub's size limits by dropping the least useful parts first and saying what was dropped.

const STATUS_ICON = { passed: '✅', failed: '❌', warned: '⚠️', skipped: '⏭️' };
/** Text safe inside a table cell: no pipes breaking columns, no newlines, no raw HTML from untrusted output. */
function cell(text) {
    return text.replace(/\r?\n/g, ' ').replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
function duration(ms) {
    if (ms < 1000)
        return `${Math.round(ms)} ms`;
    const s = ms / 1000;
    if (s < 60)
        return `${s.toFixed(1)} s`;
    return `${Math.floor(s / 60)} min ${Math.round(s % 60)} s`;
}
function pct(value) {
    return `${value.toFixed(2)}%`;
}
function metricPct(metric) {
    return metric.total === 0 ? 'n/a' : pct((0,model/* percent */.KN)(metric));
}
/** "+1.25" / "-0.50" / "±0.00" points against the base. */
function delta(current, base) {
    if (base === undefined)
        return '';
    const d = Math.round((current - base) * 100) / 100;
    if (d > 0)
        return `🔼 +${d.toFixed(2)}`;
    if (d < 0)
        return `🔽 ${d.toFixed(2)}`;
    return '±0.00';
}
/** Line ranges as "12-14, 20". */
function ranges(list) {
    return list.map(({ start, end }) => (start === end ? `${start}` : `${start}-${end}`)).join(', ');
}
/**
 * Joins sections so the text measures at most `limit`. Space goes to the most useful sections first, and no
 * single cuttable section may take more than a share of it at first (one huge log must not push out every
 * small table); space left over is then given back to the sections that were cut. `note` renders the
 * explanation appended when anything was cut (its size is reserved up front).
 */
function fitSections(sections, limit, measure, note, share = 0.4) {
    const texts = sections.map((s) => s.text);
    const sizes = texts.map(measure);
    if (sizes.reduce((a, b) => a + b, 0) <= limit)
        return { text: texts.join(''), trimmed: [] };
    const budget = limit - measure(note(sections.map((s) => s.label))) - 16;
    let remaining = budget - sections.reduce((n, s, i) => n + (s.priority === Infinity ? sizes[i] : 0), 0);
    const cap = Math.floor(budget * share);
    const order = sections.map((s, i) => ({ s, i })).filter(({ s }) => s.priority !== Infinity).sort((a, b) => b.s.priority - a.s.priority);
    const cut = new Set();
    const fit = (i, allowance) => {
        const s = sections[i];
        const shorter = s.shrink && allowance > 0 ? s.shrink(allowance) : '';
        texts[i] = measure(shorter) <= allowance ? shorter : '';
        cut.add(i);
    };
    for (const { i } of order) {
        const allowance = Math.max(0, Math.min(remaining, cap));
        if (sizes[i] > allowance)
            fit(i, allowance);
        remaining -= measure(texts[i]);
    }
    // Give space nobody used back to the cut sections, most useful first.
    for (const { i } of order) {
        if (!cut.has(i) || remaining <= 0)
            continue;
        const had = measure(texts[i]);
        if (sizes[i] <= had + remaining) {
            texts[i] = sections[i].text;
            cut.delete(i);
        }
        else
            fit(i, had + remaining);
        remaining -= measure(texts[i]) - had;
    }
    const trimmed = order.filter(({ i }) => cut.has(i)).map(({ s }) => s.label);
    let text = texts.join('') + (trimmed.length > 0 ? note(trimmed) : '');
    // Only sections marked as never-cut are left; cut the text itself rather than exceed the limit.
    if (measure(text) > limit)
        text = cutToMeasure(text, limit, measure);
    return { text, trimmed };
}
/** The longest prefix of `text` that measures at most `limit`, cut at a line end where possible. */
function cutToMeasure(text, limit, measure) {
    const marker = '\n\n… (cut to fit)\n';
    const room = limit - measure(marker);
    if (room <= 0)
        return '';
    let lo = 0;
    let hi = text.length;
    while (lo < hi) {
        const mid = Math.ceil((lo + hi) / 2);
        if (measure(text.slice(0, mid)) <= room)
            lo = mid;
        else
            hi = mid - 1;
    }
    let head = text.slice(0, lo);
    // Do not end on half a surrogate pair.
    if (/[\ud800-\udbff]$/.test(head))
        head = head.slice(0, -1);
    const nl = head.lastIndexOf('\n');
    if (nl > head.length / 2)
        head = head.slice(0, nl);
    return head + marker;
}
/** The longest prefix of `text` measuring at most `limit`, not ending inside a surrogate pair. */
function prefixWithin(text, limit, measure) {
    let lo = 0;
    let hi = text.length;
    while (lo < hi) {
        const mid = Math.ceil((lo + hi) / 2);
        if (measure(text.slice(0, mid)) <= limit)
            lo = mid;
        else
            hi = mid - 1;
    }
    const head = text.slice(0, lo);
    return /[\ud800-\udbff]$/.test(head) ? head.slice(0, -1) : head;
}
/** Keeps whole lines from the top of `text` within `budget`, saying how many lines were left out. */
function keepLines(text, budget, measure, closing = '') {
    const lines = text.split('\n');
    const out = [];
    let used = measure(closing) + 40;
    let partial = false;
    for (const line of lines) {
        const size = measure(line) + 1;
        if (used + size > budget) {
            // One enormous line (a minified stack trace) still shows its beginning when there is room for it.
            const room = budget - used - 2;
            if (room >= 80) {
                out.push(`${prefixWithin(line, room, measure)}…`);
                partial = true;
            }
            break;
        }
        out.push(line);
        used += size;
    }
    if (out.length === 0)
        return '';
    const left = lines.length - out.length + (partial ? 1 : 0);
    return `${out.join('\n')}\n${left > 0 ? `\n… ${left} more line${left > 1 ? 's' : ''} cut\n` : ''}${closing}`;
}
/** Shrinks a `<details>` block by keeping its first lines and closing it again. */
function detailsShrink(text, measure) {
    return (budget) => keepLines(text.replace(/\n*<\/details>\n*$/, ''), budget, measure, '\n</details>\n\n');
}
const utf8Bytes = (s) => Buffer.byteLength(s, 'utf8');
const characters = (s) => s.length;

;// CONCATENATED MODULE: ./.build/src/report/annotations.js

const STEP_BUDGET = { error: 10, warning: 10, notice: 10 };
const JOB_BUDGET = 50;
/** The Checks API takes at most 50 annotations per request. */
const CHECK_RUN_PAGE = 50;
const LEVEL_RANK = { error: 0, warning: 1, notice: 2 };
function span(a) {
    return a.line === undefined ? 0 : (a.endLine ?? a.line) - a.line + 1;
}
/** Errors first; within a level, stage findings before uncovered lines, then bigger uncovered ranges first. */
function rankAnnotations(list) {
    return list
        .map((a, i) => ({ a, i }))
        .sort((x, y) => LEVEL_RANK[x.a.level] - LEVEL_RANK[y.a.level] || (x.a.source === y.a.source ? 0 : x.a.source === 'stage' ? -1 : 1) || span(y.a) - span(x.a) || x.i - y.i)
        .map(({ a }) => a);
}
/** The annotations to emit as workflow commands within the per-step and per-job budgets. */
function chooseAnnotations(list, alreadyEmittedInJob = 0) {
    const used = { error: 0, warning: 0, notice: 0 };
    const omitted = { error: 0, warning: 0, notice: 0 };
    const emit = [];
    let jobLeft = Math.max(0, JOB_BUDGET - alreadyEmittedInJob);
    for (const a of rankAnnotations(list)) {
        if (used[a.level] < STEP_BUDGET[a.level] && jobLeft > 0) {
            emit.push(a);
            used[a.level]++;
            jobLeft--;
        }
        else
            omitted[a.level]++;
    }
    return { emit, omitted, omittedTotal: omitted.error + omitted.warning + omitted.notice };
}
/** One warning per uncovered range of changed lines. */
function uncoveredAnnotations(patch) {
    if (!patch)
        return [];
    return patch.files.flatMap((f) => f.uncovered.map(({ start, end }) => ({
        source: 'uncovered',
        level: 'warning',
        title: 'Changed lines not covered',
        message: start === end ? `Line ${start} was changed but no test ran it.` : `Lines ${ranges([{ start, end }])} were changed but no test ran them.`,
        file: f.path,
        line: start,
        endLine: end,
    })));
}
/** Check run annotations need a file and a line; the others stay in the summary. */
function toCheckRunAnnotations(list) {
    return rankAnnotations(list.map((a) => ({ source: 'stage', ...a })))
        .filter((a) => a.file && a.line !== undefined)
        .map((a) => {
        const out = {
            path: a.file,
            start_line: a.line,
            end_line: a.endLine ?? a.line,
            annotation_level: a.level === 'error' ? 'failure' : a.level,
            message: a.message.slice(0, 60_000),
        };
        if (a.title)
            out.title = a.title.slice(0, 255);
        // The API accepts columns only on single-line annotations.
        if (a.column !== undefined && out.end_line === out.start_line)
            out.start_column = out.end_column = a.column;
        return out;
    });
}
/** Creates a completed check run with the first 50 annotations and appends the rest 50 per update. */
async function publishCheckRun(client, request) {
    const summary = request.summary.length > 65_535 ? `${request.summary.slice(0, 65_400)}\n\n… (cut; see the run summary)` : request.summary;
    const output = (annotations) => ({ title: request.title.slice(0, 255), summary, annotations });
    const pages = [];
    for (let i = 0; i < request.annotations.length; i += CHECK_RUN_PAGE)
        pages.push(request.annotations.slice(i, i + CHECK_RUN_PAGE));
    const { data } = await client.rest.checks.create({
        owner: request.owner,
        repo: request.repo,
        name: request.name,
        head_sha: request.headSha,
        status: 'completed',
        conclusion: request.conclusion,
        completed_at: new Date().toISOString(),
        ...(request.detailsUrl ? { details_url: request.detailsUrl } : {}),
        output: output(pages[0] ?? []),
    });
    for (const page of pages.slice(1)) {
        await client.rest.checks.update({ owner: request.owner, repo: request.repo, check_run_id: data.id, output: output(page) });
    }
    return { id: data.id, url: data.html_url ?? undefined, requests: Math.max(1, pages.length) };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./.build/src/report/base-coverage.js
// The base branch's coverage, for the "change" column: read from a file the user gives or from the base
// branch's latest coverage-report artifact. The base's tests are never run again.




/** Names looked for inside a folder (an unpacked coverage-report artifact), best first. */
const CANDIDATES = ['coverage-summary.json', 'lcov.info', 'coverage/coverage-summary.json', 'coverage/lcov.info'];
class BaseCoverageError extends Error {
    name = 'BaseCoverageError';
}
/** Totals in percent from an istanbul coverage-summary.json or an lcov.info (or a folder holding one). */
function readBaseCoverage(file) {
    let target = file;
    if ((0,external_node_fs_.existsSync)(file) && (0,external_node_fs_.statSync)(file).isDirectory()) {
        const found = CANDIDATES.map((c) => external_node_path_.join(file, c)).find((c) => (0,external_node_fs_.existsSync)(c));
        if (!found)
            throw new BaseCoverageError(`${file}: no ${CANDIDATES.slice(0, 2).join(' or ')} in this folder`);
        target = found;
    }
    const text = (0,external_node_fs_.readFileSync)(target, 'utf8');
    if (target.endsWith('.json'))
        return fromJsonSummary(text, target);
    return fromLcovTotals(text, target);
}
function fromJsonSummary(text, file) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (e) {
        throw new BaseCoverageError(`${file}: not JSON (${e.message})`);
    }
    if (!data.total)
        throw new BaseCoverageError(`${file}: expected an istanbul json-summary with a "total" object`);
    const out = {};
    for (const m of model/* METRICS */.Cb) {
        const entry = data.total[m];
        if (entry && typeof entry.total === 'number' && typeof entry.covered === 'number' && entry.total > 0)
            out[m] = (0,model/* percent */.KN)({ total: entry.total, covered: entry.covered });
    }
    return out;
}
/** Only the per-file totals lines (LF/LH, BRF/BRH, FNF/FNH) are needed for a comparison. */
function fromLcovTotals(text, file) {
    const sums = { lines: { covered: 0, total: 0 }, branches: { covered: 0, total: 0 }, functions: { covered: 0, total: 0 } };
    const keys = { LF: ['lines', 'total'], LH: ['lines', 'covered'], BRF: ['branches', 'total'], BRH: ['branches', 'covered'], FNF: ['functions', 'total'], FNH: ['functions', 'covered'] };
    let records = 0;
    for (const line of text.split('\n')) {
        const m = /^(LF|LH|BRF|BRH|FNF|FNH):(\d+)\s*$/.exec(line);
        if (m) {
            const [metric, field] = keys[m[1]];
            sums[metric][field] += Number(m[2]);
        }
        else if (line.startsWith('end_of_record'))
            records++;
    }
    if (records === 0)
        throw new BaseCoverageError(`${file}: expected lcov records (SF: ... end_of_record)`);
    const out = {};
    for (const m of ['lines', 'branches', 'functions'])
        if (sums[m].total > 0)
            out[m] = (0,model/* percent */.KN)(sums[m]);
    if (out.lines !== undefined)
        out.statements = out.lines;
    return out;
}
/**
 * The base coverage: the `base-coverage` file when given (an error there is the user's to fix), otherwise the
 * base branch's latest coverage-report artifact; missing or unreadable artifacts only mean "no change column".
 */
async function loadBaseCoverage(host, options) {
    if (options.file) {
        const file = external_node_path_.resolve(host.context.workspace, options.file);
        if (!(0,external_node_fs_.existsSync)(file))
            throw new stage/* ConfigError */.x(`input 'base-coverage': ${options.file} does not exist (looked at ${file})`);
        try {
            return { coverage: readBaseCoverage(file), source: `base coverage file ${options.file}` };
        }
        catch (e) {
            throw new stage/* ConfigError */.x(`input 'base-coverage': ${e.message}`);
        }
    }
    if (!options.baseRef)
        return undefined;
    const name = options.artifactName ?? 'coverage-report';
    try {
        const store = await host.artifacts();
        const dest = external_node_path_.join(host.resultsDir, 'base-coverage');
        const folder = await store.downloadLatest(name, dest, { branch: options.baseRef });
        if (!folder) {
            host.log.info(`No ${name} artifact from a successful run on ${options.baseRef}; coverage is shown without its change.`);
            return undefined;
        }
        return { coverage: readBaseCoverage(folder), source: `the latest ${name} of ${options.baseRef}` };
    }
    catch (e) {
        host.log.warning(`Could not read the base branch's coverage (${e.message}); coverage is shown without its change.`);
        return undefined;
    }
}

;// CONCATENATED MODULE: ./.build/src/report/model.js
function isPatchCoverage(value) {
    const v = value;
    return !!v && typeof v.percent === 'number' && typeof v.total === 'number' && Array.isArray(v.files);
}
function isCoverageReport(value) {
    const v = value;
    return !!v && Array.isArray(v.files) && typeof v.totals === 'object' && v.totals !== null && 'lines' in v.totals;
}
/** True when patch coverage is known and below its threshold. */
function patchBelowThreshold(input) {
    return !!input.patch && input.patchThreshold !== undefined && input.patch.total > 0 && input.patch.percent < input.patchThreshold;
}

;// CONCATENATED MODULE: ./.build/src/report/summary.js
// The job summary: stage table, coverage against thresholds and base, patch coverage, the worst-covered files
// and every stage's details, kept well under the 1 MiB GitHub accepts per step (beyond it, it drops the
// whole summary without a word).



/** GitHub's limit is 1 MiB per step; stay well under it so other steps' text and our own notes fit. */
const SUMMARY_LIMIT_BYTES = 900 * 1024;
const WORST_FILES = 25;
function stageTable(stages) {
    if (stages.length === 0)
        return '_No stage ran._\n\n';
    const rows = stages.map((s) => `| ${STATUS_ICON[s.status]} | ${s.stage} | ${duration(s.durationMs)} | ${cell(s.headline)} |`);
    return `| | Stage | Time | Result |\n|---|---|---|---|\n${rows.join('\n')}\n\n`;
}
function coverageTable(input) {
    const coverage = input.coverage;
    if (!coverage)
        return '';
    const rows = model/* METRICS */.Cb.filter((m) => coverage.totals[m].total > 0 || input.thresholds[m] !== undefined).map((m) => {
        const metric = coverage.totals[m];
        const current = (0,model/* percent */.KN)(metric);
        const threshold = input.thresholds[m];
        const gate = threshold === undefined ? '' : metric.total > 0 && current < threshold ? `❌ ${pct(threshold)}` : `✅ ${pct(threshold)}`;
        return `| ${m} | ${metricPct(metric)} | ${metric.covered}/${metric.total} | ${gate} | ${metric.total > 0 ? delta(current, input.base?.[m]) : ''} |`;
    });
    if (rows.length === 0)
        return '';
    const baseNote = input.base ? `_Change against ${cell(input.baseSource ?? 'the base branch')}._\n\n` : '';
    return `| Metric | Coverage | Covered | Threshold | Change |\n|---|---|---|---|---|\n${rows.join('\n')}\n\n${baseNote}`;
}
function patchHeadline(patch, threshold, source) {
    if (!patch)
        return '';
    const from = source ? ` _(changed lines from ${cell(source)})_` : '';
    if (patch.total === 0)
        return `**Patch coverage:** no coverable line changed.${from}\n\n`;
    const gate = threshold === undefined ? '' : patchBelowThreshold({ patch, patchThreshold: threshold }) ? ` ❌ below ${pct(threshold)}` : ` ✅ threshold ${pct(threshold)}`;
    return `**Patch coverage:** ${pct(patch.percent)} of changed lines (${patch.covered}/${patch.total})${gate}${from}\n\n`;
}
/** At most this many files are listed with uncovered changed lines; more could never fit the comment anyway. */
const UNCOVERED_FILES = 1000;
/** Uncovered changed lines per file, biggest gaps first. */
function uncoveredList(patch, limit = UNCOVERED_FILES) {
    if (!patch)
        return '';
    const withGaps = patch.files.filter((f) => f.uncovered.length > 0);
    if (withGaps.length === 0)
        return '';
    const sized = withGaps.map((f) => ({ f, lines: f.uncovered.reduce((n, r) => n + r.end - r.start + 1, 0) }));
    const files = smallest(sized, limit, (a, b) => b.lines - a.lines || byPath(a.f.path, b.f.path));
    const rows = files.map(({ f, lines }) => `| \`${cell(f.path)}\` | ${lines} | ${ranges(f.uncovered)} |`);
    const more = withGaps.length > files.length ? `\n\n… and ${withGaps.length - files.length} more files with uncovered changed lines.` : '';
    return `<details><summary>Changed lines not covered (${withGaps.length} files)</summary>\n\n| File | Lines | Where |\n|---|---|---|\n${rows.join('\n')}${more}\n\n</details>\n\n`;
}
/** The files with the lowest line coverage (then the most uncovered lines), at most `limit`. */
function worstFiles(files, limit = WORST_FILES) {
    const partly = files.filter((f) => f.lines.total > 0 && f.lines.covered < f.lines.total);
    return smallest(partly, limit, (a, b) => (0,model/* percent */.KN)(a.lines) - (0,model/* percent */.KN)(b.lines) || b.lines.total - b.lines.covered - (a.lines.total - a.lines.covered) || byPath(a.path, b.path));
}
function worstFilesTable(input) {
    if (!input.coverage)
        return '';
    const worst = worstFiles(input.coverage.files);
    if (worst.length === 0)
        return '';
    const rows = worst.map((f) => `| \`${cell(f.path)}\` | ${metricPct(f.lines)} | ${f.lines.total - f.lines.covered} | ${metricPct(f.branches)} |`);
    return `<details><summary>Least covered files (${worst.length} of ${input.coverage.files.length})</summary>\n\n| File | Lines | Uncovered lines | Branches |\n|---|---|---|---|\n${rows.join('\n')}\n\n</details>\n\n`;
}
function stageDetails(stage) {
    if (!stage.details?.trim())
        return '';
    return `<details${stage.status === 'failed' ? ' open' : ''}><summary>${STATUS_ICON[stage.status]} ${stage.stage}: ${cell(stage.headline)}</summary>\n\n${stage.details.trim()}\n\n</details>\n\n`;
}
/** The whole summary, trimmed to fit; `trimmed` names what was cut. */
function renderSummary(input, options = {}) {
    const link = input.links.artifact ? ` The full coverage report is in the [coverage artifact](${input.links.artifact}).` : ' The full coverage report is in the coverage-report artifact.';
    const sections = [
        { label: 'title', text: `## ${cell(input.name)}\n\n`, priority: Infinity },
        { label: 'stage table', text: stageTable(input.stages), priority: Infinity },
        { label: 'report notes', text: (options.notes ?? []).map((n) => `> ${cell(n)}\n>\n`).join('').replace(/>\n$/, '\n'), priority: 200, shrink: (budget) => keepLines((options.notes ?? []).map((n) => `> ${cell(n)}`).join('\n'), budget, utf8Bytes, '\n') },
        { label: 'coverage table', text: coverageTable(input), priority: 100 },
        { label: 'patch coverage', text: patchHeadline(input.patch, input.patchThreshold, input.patchSource), priority: 90 },
    ];
    const uncovered = uncoveredList(input.patch);
    sections.push({ label: 'uncovered changed lines', text: uncovered, priority: 40, shrink: detailsShrink(uncovered, utf8Bytes) });
    const worst = worstFilesTable(input);
    sections.push({ label: 'least covered files', text: worst, priority: 30, shrink: detailsShrink(worst, utf8Bytes) });
    for (const stage of input.stages) {
        const text = stageDetails(stage);
        // Failed stages' details are what a reader came for; passed stages' are the first to go.
        const priority = stage.status === 'failed' ? 60 : stage.status === 'warned' ? 20 : 10;
        sections.push({ label: `${stage.stage} details`, text, priority, shrink: detailsShrink(text, utf8Bytes) });
    }
    const note = (trimmed) => `\n> [!NOTE]\n> This summary was shortened to stay under GitHub's 1 MiB limit (cut: ${trimmed.join(', ')}).${link}\n`;
    const fitted = fitSections(sections, options.limitBytes ?? SUMMARY_LIMIT_BYTES, utf8Bytes, note);
    return { markdown: fitted.text, trimmed: fitted.trimmed };
}
/** Code-unit order: stable across machines and far cheaper than localeCompare on 50,000 paths. */
function byPath(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** The `limit` smallest items in `compare` order, in one pass: no full sort of 50,000 files for 25 rows. */
function smallest(items, limit, compare) {
    const kept = [];
    for (const item of items) {
        if (kept.length === limit && compare(item, kept[kept.length - 1]) >= 0)
            continue;
        let lo = 0;
        let hi = kept.length;
        while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (compare(kept[mid], item) <= 0)
                lo = mid + 1;
            else
                hi = mid;
        }
        kept.splice(lo, 0, item);
        if (kept.length > limit)
            kept.pop();
    }
    return kept;
}

;// CONCATENATED MODULE: ./.build/src/report/comment.js


const COMMENT_LIMIT = 65_536;
function commentMarker(name) {
    return `<!-- backend-ci:${name} -->`;
}
function stageSection(input, stage, title) {
    const result = input.stages.find((s) => s.stage === stage);
    if (!result || result.status === 'skipped')
        return '';
    const details = result.details?.trim() ? `\n\n<details><summary>Details</summary>\n\n${result.details.trim()}\n\n</details>` : '';
    return `**${title}:** ${cell(result.headline)}${details}\n\n`;
}
function shrinkable(label, text, priority) {
    return { label, text, priority, shrink: detailsShrink(text, characters) };
}
/** The comment body, trimmed to the limit; the marker and the stage table always stay. */
function renderComment(input, limit = COMMENT_LIMIT) {
    const links = [
        input.links.run ? `[Full summary of this run](${input.links.run})` : '',
        input.links.artifact ? `[coverage report](${input.links.artifact})` : '',
    ].filter(Boolean);
    const footer = links.length > 0 ? `${links.join(' · ')}\n` : '';
    const sections = [
        { label: 'marker', text: `${commentMarker(input.name)}\n### ${cell(input.name)}\n\n`, priority: Infinity },
        { label: 'stage table', text: stageTable(input.stages), priority: Infinity },
        { label: 'coverage', text: coverageTable(input), priority: 100 },
        { label: 'patch coverage', text: patchHeadline(input.patch, input.patchThreshold), priority: 95 },
        shrinkable('pending migrations', stageSection(input, 'migrations', 'Migrations'), 80),
        shrinkable('deploy', stageSection(input, 'deploy', 'Deploy'), 85),
    ];
    const uncovered = uncoveredList(input.patch);
    sections.push({ label: 'uncovered changed lines', text: uncovered, priority: 50, shrink: detailsShrink(uncovered, characters) });
    sections.push({ label: 'links', text: footer, priority: Infinity });
    const note = (trimmed) => `\n_Shortened to fit a comment (cut: ${trimmed.join(', ')}); the run summary has everything._\n`;
    const fitted = fitSections(sections, limit, characters, note);
    return { body: fitted.text, trimmed: fitted.trimmed };
}
/** Finds this report's comment (every page, 100 at a time) and updates it, or creates it when there is none. */
async function upsertStickyComment(client, target, body) {
    const marker = commentMarker(target.name);
    const params = { owner: target.owner, repo: target.repo, issue_number: target.issueNumber, per_page: 100 };
    // Anyone can paste the marker into a comment; the report's own comment is the one a bot wrote (the job
    // token is a bot). A personal token writes as a user, so a user's marked comment is the fallback.
    let existing;
    let byUser;
    for await (const page of client.paginate.iterator(client.rest.issues.listComments, params)) {
        const marked = page.data.filter((c) => c.body?.startsWith(marker));
        existing = marked.find((c) => c.user?.type === 'Bot');
        byUser ??= marked[0];
        if (existing)
            break;
    }
    existing ??= byUser;
    if (existing) {
        if (existing.body === body)
            return { action: 'unchanged', id: existing.id, url: existing.html_url };
        const { data } = await client.rest.issues.updateComment({ owner: target.owner, repo: target.repo, comment_id: existing.id, body });
        return { action: 'updated', id: data.id, url: data.html_url };
    }
    const { data } = await client.rest.issues.createComment({ owner: target.owner, repo: target.repo, issue_number: target.issueNumber, body });
    return { action: 'created', id: data.id, url: data.html_url };
}

;// CONCATENATED MODULE: ./.build/src/report/statuses.js
/** GitHub refuses descriptions over 140 characters. */
const DESCRIPTION_LIMIT = 140;
const STATE = { passed: 'success', warned: 'success', skipped: 'success', failed: 'failure' };
const PREFIX = { passed: '', warned: 'Warning: ', skipped: 'Skipped: ', failed: '' };
function shortDescription(text) {
    const flat = text.replace(/\s+/g, ' ').trim();
    return flat.length <= DESCRIPTION_LIMIT ? flat : `${flat.slice(0, DESCRIPTION_LIMIT - 1).trimEnd()}…`;
}
function stageStatuses(name, stages, runUrl) {
    return stages
        .filter((s) => s.stage !== 'report')
        .map((s) => ({
        context: `${name}/${s.stage}`,
        state: STATE[s.status],
        description: shortDescription(`${PREFIX[s.status]}${s.headline}`),
        ...(runUrl ? { targetUrl: runUrl } : {}),
    }));
}
async function publishStatuses(client, repo, sha, statuses) {
    for (const s of statuses) {
        await client.rest.repos.createCommitStatus({
            owner: repo.owner,
            repo: repo.repo,
            sha,
            state: s.state,
            context: s.context,
            description: shortDescription(s.description),
            ...(s.targetUrl ? { target_url: s.targetUrl } : {}),
        });
    }
    return statuses.length;
}
/**
 * A status of its own for patch coverage when a threshold is set: without it, a pull request whose changed lines
 * are under the threshold would show only green stage statuses, and a branch rule on them would let it merge.
 */
function patchStatus(name, patch, threshold, runUrl) {
    if (!patch || threshold === undefined)
        return [];
    const ok = patch.percent >= threshold;
    return [
        {
            context: `${name}/patch-coverage`,
            state: ok ? 'success' : 'failure',
            description: shortDescription(`${patch.percent.toFixed(2)}% of ${patch.total} changed lines covered (required ${threshold}%)`),
            ...(runUrl ? { targetUrl: runUrl } : {}),
        },
    ];
}

;// CONCATENATED MODULE: ./.build/src/report/bundle.js
// The two-phase report for pull requests from forks: the pull request run (read-only token) saves what it
// would publish as a bundle; a workflow_run run with write permission reads it back and publishes it.
// The bundle comes from code we do not trust, so reading it checks every field and bounds every size.




const BUNDLE_ARTIFACT = 'backend-ci-report';
const BUNDLE_FILE = 'report.json';
const MAX_BUNDLE_BYTES = 8 * 1024 * 1024;
const MAX_ANNOTATIONS = 5000;
const MAX_STATUSES = 20;
class BundleError extends Error {
    name = 'BundleError';
}
function writeBundle(folder, bundle) {
    (0,external_node_fs_.mkdirSync)(folder, { recursive: true });
    const file = external_node_path_.join(folder, BUNDLE_FILE);
    (0,external_node_fs_.writeFileSync)(file, `${JSON.stringify(bundle, null, 1)}\n`);
    return file;
}
/** Reads and checks a bundle from a report.json or the folder of a downloaded backend-ci-report artifact. */
function readBundle(location, expectedName) {
    const file = (0,external_node_fs_.existsSync)(location) && (0,external_node_fs_.statSync)(location).isDirectory() ? external_node_path_.join(location, BUNDLE_FILE) : location;
    if (!(0,external_node_fs_.existsSync)(file))
        throw new BundleError(`${file}: no report bundle here (expected the ${BUNDLE_FILE} of a ${BUNDLE_ARTIFACT} artifact)`);
    if ((0,external_node_fs_.statSync)(file).size > MAX_BUNDLE_BYTES)
        throw new BundleError(`${file}: larger than ${MAX_BUNDLE_BYTES} bytes; refusing it`);
    let raw;
    try {
        raw = JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
    }
    catch (e) {
        throw new BundleError(`${file}: not JSON (${e.message})`);
    }
    const fail = (what) => {
        throw new BundleError(`${file}: ${what}`);
    };
    const b = raw;
    if (!b || typeof b !== 'object' || b.version !== 1)
        fail('expected "version": 1');
    if (b.name !== expectedName)
        fail(`report name is ${JSON.stringify(b.name)}, expected ${JSON.stringify(expectedName)}`);
    const str = (v, what, max) => (typeof v === 'string' && v.length <= max ? v : fail(`${what} must be a string of at most ${max} characters`));
    const optStr = (v, what, max) => (v === undefined ? undefined : str(v, what, max));
    if (b.pullRequest !== undefined && !(Number.isInteger(b.pullRequest) && b.pullRequest > 0))
        fail('pullRequest must be a pull request number');
    const headSha = optStr(b.headSha, 'headSha', 40);
    if (headSha !== undefined && !/^[0-9a-f]{40}$/.test(headSha))
        fail('headSha must be a 40-character commit id');
    const runUrl = optStr(b.runUrl, 'runUrl', 500);
    if (runUrl !== undefined && !/^https?:\/\//.test(runUrl))
        fail('runUrl must be an http(s) URL');
    if (!['success', 'failure', 'neutral'].includes(b.conclusion))
        fail('conclusion must be success, failure or neutral');
    const comment = optStr(b.comment, 'comment', COMMENT_LIMIT);
    const statuses = Array.isArray(b.statuses) && b.statuses.length <= MAX_STATUSES ? b.statuses : fail(`statuses must be a list of at most ${MAX_STATUSES}`);
    const prefix = `${expectedName}/`;
    const checkedStatuses = statuses.map((s, i) => {
        const context = str(s?.context, `statuses[${i}].context`, 100);
        // The posting run has write access to the whole repository: only this report's own contexts may be set.
        if (!context.startsWith(prefix))
            fail(`statuses[${i}].context must start with ${prefix}`);
        if (!['success', 'failure', 'error', 'pending'].includes(s.state))
            fail(`statuses[${i}].state is not a commit state`);
        const targetUrl = optStr(s.targetUrl, `statuses[${i}].targetUrl`, 500);
        if (targetUrl !== undefined && !/^https?:\/\//.test(targetUrl))
            fail(`statuses[${i}].targetUrl must be an http(s) URL`);
        return { context, state: s.state, description: str(s.description, `statuses[${i}].description`, DESCRIPTION_LIMIT), ...(targetUrl ? { targetUrl } : {}) };
    });
    const annotations = Array.isArray(b.annotations) && b.annotations.length <= MAX_ANNOTATIONS ? b.annotations : fail(`annotations must be a list of at most ${MAX_ANNOTATIONS}`);
    const checkedAnnotations = annotations.map((a, i) => {
        if (!['error', 'warning', 'notice'].includes(a?.level))
            fail(`annotations[${i}].level must be error, warning or notice`);
        const line = (v, what) => (v === undefined ? undefined : Number.isInteger(v) && v > 0 ? v : fail(`annotations[${i}].${what} must be a line number`));
        const out = { level: a.level, message: str(a.message, `annotations[${i}].message`, 4000) };
        const title = optStr(a.title, `annotations[${i}].title`, 255);
        const annotatedFile = optStr(a.file, `annotations[${i}].file`, 1000);
        if (annotatedFile !== undefined && (annotatedFile.startsWith('/') || annotatedFile.split('/').includes('..')))
            fail(`annotations[${i}].file must be a path inside the repository`);
        if (title !== undefined)
            out.title = title;
        if (annotatedFile !== undefined)
            out.file = annotatedFile;
        const l = line(a.line, 'line');
        const e = line(a.endLine, 'endLine');
        const c = line(a.column, 'column');
        if (l !== undefined)
            out.line = l;
        if (e !== undefined)
            out.endLine = e;
        if (c !== undefined)
            out.column = c;
        return out;
    });
    const cr = b.checkRun;
    const checkRun = { title: str(cr?.title, 'checkRun.title', 255), summary: str(cr?.summary, 'checkRun.summary', 65_535) };
    const stages = Array.isArray(b.stages) && b.stages.length <= 20 ? b.stages : fail('stages must be a list');
    const checkedStages = stages.map((s, i) => ({
        stage: str(s?.stage, `stages[${i}].stage`, 40),
        status: (['passed', 'failed', 'skipped', 'warned'].includes(s.status) ? s.status : fail(`stages[${i}].status is not a stage status`)),
        headline: str(s.headline, `stages[${i}].headline`, 2000),
        durationMs: typeof s.durationMs === 'number' ? s.durationMs : 0,
    }));
    const repository = b.repository;
    return {
        version: 1,
        name: expectedName,
        ...(repository ? { repository: { owner: str(repository.owner, 'repository.owner', 100), repo: str(repository.repo, 'repository.repo', 100) } } : {}),
        ...(b.pullRequest !== undefined ? { pullRequest: b.pullRequest } : {}),
        ...(headSha ? { headSha } : {}),
        ...(runUrl ? { runUrl } : {}),
        conclusion: b.conclusion,
        ...(comment !== undefined ? { comment } : {}),
        statuses: checkedStatuses,
        annotations: checkedAnnotations,
        checkRun,
        stages: checkedStages,
    };
}

;// CONCATENATED MODULE: ./.build/src/report/pull-files.js
const PULL_FILES_CAP = 3000;
async function listPullRequestFiles(client, target) {
    const files = [];
    for await (const page of client.paginate.iterator(client.rest.pulls.listFiles, { owner: target.owner, repo: target.repo, pull_number: target.pullNumber, per_page: 100 })) {
        for (const f of page.data)
            files.push({ filename: f.filename, status: f.status, ...(f.patch !== undefined ? { patch: f.patch } : {}) });
    }
    return { files, capped: files.length >= PULL_FILES_CAP };
}

;// CONCATENATED MODULE: ./.build/src/report/patch-source.js

/** Undefined outside pull requests, or when neither git nor the API can tell what changed (said in the log). */
async function computePatchCoverage(host, coverage, engine) {
    const pr = host.context.pullRequest;
    if (!pr)
        return undefined;
    const log = (message) => host.log.info(message);
    let changed = await engine.changedLines(pr.baseSha, pr.headSha, host.context.workspace, { log }).catch((e) => {
        host.log.warning(`git could not list the changed lines (${e.message}); asking GitHub instead`);
        return undefined;
    });
    if (changed)
        return { patch: engine.patchCoverage(coverage, changed), source: `git diff ${pr.baseSha.slice(0, 7)}...${pr.headSha.slice(0, 7)}` };
    const client = await host.github();
    const repo = host.context.repository;
    if (!client || !repo) {
        host.log.warning('Patch coverage skipped: git could not tell the changed lines and there is no GitHub token to ask the pull request files API.');
        return undefined;
    }
    try {
        const { files, capped } = await listPullRequestFiles(client, { owner: repo.owner, repo: repo.repo, pullNumber: pr.number });
        changed = engine.changedLinesFromPatches(files);
        const note = capped ? ' (GitHub lists only the first 3,000 files)' : '';
        if (capped)
            host.log.warning(`Patch coverage covers only the first 3,000 changed files: GitHub's pull request files API lists no more.`);
        return { patch: engine.patchCoverage(coverage, changed), source: `the pull request's files${note}` };
    }
    catch (e) {
        host.log.warning(`Patch coverage skipped: the pull request files API failed (${e.message}).`);
        return undefined;
    }
}

// EXTERNAL MODULE: ./.build/src/report/permissions.js
var permissions = __webpack_require__(51318);
;// CONCATENATED MODULE: ./.build/src/report/publish.js



async function publishReport(client, gate, bundle, options) {
    const result = { statuses: 0, notes: [] };
    const repo = bundle.repository;
    if (!repo) {
        result.notes.push('The repository is unknown (not running on GitHub Actions); nothing was published.');
        return result;
    }
    if (options.comment && bundle.comment !== undefined) {
        if (bundle.pullRequest === undefined)
            result.notes.push('No pull request: no comment.');
        else {
            const outcome = await gate.write(`Comment on pull request #${bundle.pullRequest}`, () => upsertStickyComment(client, { owner: repo.owner, repo: repo.repo, issueNumber: bundle.pullRequest, name: bundle.name }, bundle.comment));
            if (outcome.ok)
                result.comment = outcome.value;
            else
                result.notes.push(outcome.message);
        }
    }
    if (options.statuses && bundle.statuses.length > 0) {
        if (!bundle.headSha)
            result.notes.push('The commit is unknown: no statuses.');
        else {
            const outcome = await gate.write('Commit statuses', () => publishStatuses(client, repo, bundle.headSha, bundle.statuses));
            if (outcome.ok)
                result.statuses = outcome.value;
            else
                result.notes.push(outcome.message);
        }
    }
    if (options.checkRun && bundle.headSha) {
        const annotations = toCheckRunAnnotations(bundle.annotations);
        const outcome = await gate.write('Check run', () => publishCheckRun(client, {
            owner: repo.owner,
            repo: repo.repo,
            headSha: bundle.headSha,
            name: bundle.name,
            conclusion: bundle.conclusion,
            title: bundle.checkRun.title,
            summary: bundle.checkRun.summary,
            ...(bundle.runUrl ? { detailsUrl: bundle.runUrl } : {}),
            annotations,
        }), 'checks: write');
        if (outcome.ok)
            result.checkRun = { id: outcome.value.id, annotations: annotations.length, requests: outcome.value.requests };
        else
            result.notes.push(outcome.message);
    }
    return result;
}

;// CONCATENATED MODULE: ./.build/src/report/stage.js
// The report stage: turns every earlier stage's result into the job summary, annotations, and (directly, or
// through a saved bundle for forks) the sticky PR comment, one commit status per stage and a check run.
// Missing GitHub permissions never fail it: they become one warning, and the summary is still written.














function createReportStage(options = {}) {
    return {
        name: 'report',
        run: (ctx) => (ctx.config.report.mode === 'post' ? postSavedReport(ctx) : reportThisRun(ctx, options)),
    };
}
const reportStage = createReportStage();
/** Everything the report needs, from the earlier stages' results and the base branch's coverage. */
async function gatherReportInput(ctx, options = {}) {
    const { config, host } = ctx;
    const stages = [...ctx.previous.values()].filter((s) => s.stage !== 'report');
    const testData = ctx.previous.get('test')?.data;
    const coverage = isCoverageReport(testData?.coverage) ? testData.coverage : undefined;
    let patch = isPatchCoverage(testData?.patch) ? testData.patch : undefined;
    let patchSource;
    if (!patch && coverage && options.patchEngine) {
        const computed = await computePatchCoverage(host, coverage, options.patchEngine);
        patch = computed?.patch;
        patchSource = computed?.source;
    }
    const thresholds = Object.fromEntries(Object.entries(config.test.thresholds).filter(([, v]) => typeof v === 'number'));
    const input = {
        name: config.report.name,
        stages,
        thresholds,
        links: { run: host.context.runUrl, artifact: ctx.previous.get('artifact')?.outputs['artifact-url'] || undefined },
    };
    if (coverage)
        input.coverage = coverage;
    if (patch)
        input.patch = patch;
    if (patchSource)
        input.patchSource = patchSource;
    if (config.report.patchThreshold !== undefined)
        input.patchThreshold = config.report.patchThreshold;
    if (coverage) {
        const base = await loadBaseCoverage(host, { file: config.report.baseCoverage, baseRef: host.context.pullRequest?.baseRef });
        if (base) {
            input.base = base.coverage;
            input.baseSource = base.source;
        }
    }
    return input;
}
function stageAnnotations(stages) {
    return stages.flatMap((s) => s.annotations.map((a) => ({ ...a, source: 'stage' })));
}
function conclusionOf(input) {
    return input.stages.some((s) => s.status === 'failed') || patchBelowThreshold(input) ? 'failure' : 'success';
}
function checkRunTitle(input) {
    const count = (status) => input.stages.filter((s) => s.status === status).length;
    const parts = [`${count('passed')} passed`, count('failed') ? `${count('failed')} failed` : '', count('warned') ? `${count('warned')} warned` : ''].filter(Boolean);
    if (input.coverage)
        parts.push(`lines ${pct((0,model/* percent */.KN)(input.coverage.totals.lines))}`);
    if (input.patch && input.patch.total > 0)
        parts.push(`patch ${pct(input.patch.percent)}`);
    return parts.join(' · ');
}
/** What this run would publish, in the form the post phase reads back. */
function buildBundle(input, host, summaryMarkdown, annotations, withComment) {
    const ctx = host.context;
    const sha = ctx.pullRequest?.headSha ?? ctx.sha;
    return {
        version: 1,
        name: input.name,
        ...(ctx.repository ? { repository: ctx.repository } : {}),
        ...(ctx.pullRequest ? { pullRequest: ctx.pullRequest.number } : {}),
        ...(sha ? { headSha: sha } : {}),
        ...(ctx.runUrl ? { runUrl: ctx.runUrl } : {}),
        conclusion: conclusionOf(input),
        ...(withComment ? { comment: renderComment(input).body } : {}),
        statuses: [...stageStatuses(input.name, input.stages, ctx.runUrl), ...patchStatus(input.name, input.patch, input.patchThreshold, ctx.runUrl)],
        annotations: annotations.map(({ source: _source, ...a }) => a),
        checkRun: { title: checkRunTitle(input), summary: cutToMeasure(summaryMarkdown, 65_535, characters) },
        stages: input.stages.map((s) => ({ stage: s.stage, status: s.status, headline: s.headline, durationMs: s.durationMs })),
    };
}
function emitAnnotations(host, all, enabled, checkRunName) {
    if (!enabled || all.length === 0)
        return [];
    const choice = chooseAnnotations(all);
    for (const { source: _source, ...a } of choice.emit)
        host.annotate(a);
    if (choice.omittedTotal === 0)
        return [];
    const left = ['error', 'warning', 'notice'].filter((l) => choice.omitted[l] > 0).map((l) => `${choice.omitted[l]} ${l}${choice.omitted[l] > 1 ? 's' : ''}`);
    const where = checkRunName ? ` All of them are in the check run "${checkRunName}" where the token may create one (checks: write).` : '';
    const message = `${choice.omittedTotal} of ${all.length} annotations were not shown on the diff (${left.join(', ')}): GitHub keeps 10 errors, 10 warnings and 10 notices per step.${where}`;
    host.log.info(message);
    return [message];
}
async function reportThisRun(ctx, options) {
    const { config, host } = ctx;
    const rc = config.report;
    const input = await gatherReportInput(ctx, options);
    const all = [...stageAnnotations(input.stages), ...uncoveredAnnotations(input.patch)];
    const notes = emitAnnotations(host, all, rc.annotations, rc.checkRun ? rc.name : undefined);
    // Rendered once without notes for the bundle/check run; the job summary gets the publishing notes too.
    const draft = renderSummary(input);
    const bundle = buildBundle(input, host, draft.markdown, all, rc.comment);
    let published;
    let saved;
    // Said in the headline when publishing fell short; the stage then warns (it never fails for it).
    let shortfall;
    if (rc.mode === 'save') {
        const result = await saveBundle(host, bundle, rc.bundleOutput, notes);
        saved = result.file;
        if (!result.uploaded)
            shortfall = `the report was not uploaded as ${BUNDLE_ARTIFACT}`;
    }
    else {
        const client = await host.github();
        // Outside Actions there is nothing to publish to; on Actions a missing token is worth saying.
        if (!client) {
            if (host.kind === 'actions')
                notes.push('No GitHub token (input github-token): the comment, statuses and check run were skipped.');
            else
                host.log.debug('no GitHub token: nothing published to GitHub');
        }
        else if (!bundle.repository)
            notes.push('Not running on GitHub: the comment, statuses and check run were skipped.');
        else {
            const gate = new permissions/* WriteGate */.pt(host.log, { fromFork: host.context.pullRequest?.fromFork });
            published = await publishReport(client, gate, bundle, { comment: rc.comment, statuses: rc.statuses, checkRun: rc.checkRun });
            // The gate's own sentences (why writes stopped, how to publish instead) come first, then what was skipped.
            if (!gate.canWrite)
                shortfall = 'the token is read-only: comment, statuses and check run skipped';
            else if (gate.problems.length > 0)
                shortfall = `${gate.problems.length} GitHub write${gate.problems.length > 1 ? 's' : ''} failed`;
            notes.push(...gate.problems, ...published.notes.filter((n) => !gate.problems.includes(n)));
            if (gate.notices.length > 0)
                host.log.info(gate.notices.join('\n'));
        }
    }
    if (rc.summary)
        await host.appendSummary(renderSummary(input, { notes }).markdown);
    const below = patchBelowThreshold(input);
    const headline = [
        below ? `patch coverage ${pct(input.patch.percent)} is below ${pct(input.patchThreshold)}` : '',
        describePublishing(published, saved),
        shortfall ?? '',
    ]
        .filter(Boolean)
        .join('; ');
    const outputs = {};
    if (input.patch)
        outputs['patch-coverage'] = input.patch.percent.toFixed(2);
    return {
        status: below ? 'failed' : shortfall ? 'warned' : 'passed',
        headline: headline || 'summary written',
        details: notes.length > 0 ? notes.map((n) => `- ${n}`).join('\n') : undefined,
        outputs,
        data: { published, bundle: saved },
    };
}
function describePublishing(published, saved) {
    if (saved)
        return `report saved as artifact ${BUNDLE_ARTIFACT}`;
    if (!published)
        return 'summary written';
    const parts = ['summary written'];
    if (published.comment)
        parts.push(`comment ${published.comment.action}`);
    if (published.statuses > 0)
        parts.push(`${published.statuses} statuses`);
    if (published.checkRun)
        parts.push(`check run with ${published.checkRun.annotations} annotations`);
    return parts.join(', ');
}
async function saveBundle(host, bundle, output, notes) {
    const folder = output ? external_node_path_.resolve(host.context.workspace, output) : external_node_path_.join(host.resultsDir, BUNDLE_ARTIFACT);
    const file = writeBundle(folder, bundle);
    try {
        const store = await host.artifacts();
        const uploaded = await store.upload(BUNDLE_ARTIFACT, [file], folder, { retentionDays: 5 });
        notes.push(`Report saved as ${uploaded.location} ${BUNDLE_ARTIFACT}; a workflow_run workflow posts it (report-mode: post).`);
        return { file, uploaded: true };
    }
    catch (e) {
        const message = `Report saved to ${file}, but uploading it as the artifact ${BUNDLE_ARTIFACT} failed: ${e.message}`;
        host.log.warning(message);
        notes.push(message);
        return { file, uploaded: false };
    }
}
/** The post phase: publish a bundle saved by a pull request run, after checking it belongs to that pull request. */
async function postSavedReport(ctx) {
    const { config, host } = ctx;
    const rc = config.report;
    const folder = await locateBundle(host, rc.bundle, rc.bundleRunId);
    if (!folder) {
        return { status: 'skipped', headline: `no ${BUNDLE_ARTIFACT} artifact in run ${rc.bundleRunId}` };
    }
    const bundle = readBundle(folder, rc.name);
    // The bundle was written by code from the pull request; the repository it is published to is ours.
    if (host.context.repository)
        bundle.repository = host.context.repository;
    else
        delete bundle.repository;
    const client = await host.github();
    const notes = [];
    let published;
    if (!client)
        notes.push('No GitHub token: nothing was published.');
    else if (bundle.repository) {
        const problem = await checkBundleTarget(client, bundle, rc.bundleRunId);
        if (problem) {
            host.log.warning(problem);
            if (rc.summary)
                await host.appendSummary(`The saved report was not published.\n\n> ${problem}\n`);
            return { status: 'warned', headline: 'saved report not published', details: problem };
        }
        if (bundle.comment !== undefined && !bundle.comment.startsWith(commentMarker(rc.name)))
            delete bundle.comment;
        const gate = new permissions/* WriteGate */.pt(host.log);
        published = await publishReport(client, gate, bundle, { comment: rc.comment, statuses: rc.statuses, checkRun: rc.checkRun });
        notes.push(...published.notes);
    }
    if (rc.summary) {
        const intro = `Published the report of ${bundle.runUrl ? `[the pull request run](${bundle.runUrl})` : 'the pull request run'}${bundle.pullRequest ? ` to #${bundle.pullRequest}` : ''}.\n\n`;
        await host.appendSummary(intro + (notes.length > 0 ? `${notes.map((n) => `> ${n}`).join('\n>\n')}\n\n` : '') + bundle.checkRun.summary);
    }
    return {
        status: notes.length > 0 ? 'warned' : 'passed',
        headline: describePublishing(published, undefined).replace('summary written', 'saved report published'),
        details: notes.length > 0 ? notes.map((n) => `- ${n}`).join('\n') : undefined,
        data: { published },
    };
}
async function locateBundle(host, bundlePath, runId) {
    if (bundlePath)
        return external_node_path_.resolve(host.context.workspace, bundlePath);
    if (!runId)
        throw new stage/* ConfigError */.x("report-mode 'post' needs input 'report-bundle' (a downloaded backend-ci-report folder) or 'report-run-id' (github.event.workflow_run.id)");
    const store = await host.artifacts();
    return store.downloadLatest(BUNDLE_ARTIFACT, external_node_path_.join(host.resultsDir, 'saved-report'), { runId });
}
/**
 * A saved report comes from the pull request's code, and the posting token can write to the whole repository:
 * it may only speak about the commit of the run that saved it (checked against that run when its id is known)
 * and about the pull request whose head that commit is. Returns why not, or undefined when it checks out.
 */
async function checkBundleTarget(client, bundle, runId) {
    const repo = bundle.repository;
    if (!bundle.headSha)
        return 'The saved report names no commit; not publishing it.';
    if (runId === undefined && bundle.pullRequest === undefined) {
        return 'The saved report names no pull request and no run id was given (report-run-id), so its commit cannot be verified; not publishing it.';
    }
    try {
        if (runId !== undefined) {
            const { data: run } = await client.rest.actions.getWorkflowRun({ owner: repo.owner, repo: repo.repo, run_id: Number(runId) });
            if (run.head_sha !== bundle.headSha) {
                return `The saved report names commit ${bundle.headSha}, but run ${runId} built ${run.head_sha}; not publishing it.`;
            }
        }
        if (bundle.pullRequest !== undefined) {
            const { data: pr } = await client.rest.pulls.get({ owner: repo.owner, repo: repo.repo, pull_number: bundle.pullRequest });
            if (pr.head.sha !== bundle.headSha) {
                return `The saved report names pull request #${bundle.pullRequest} and commit ${bundle.headSha}, but that pull request's head is ${pr.head.sha}; not publishing it.`;
            }
        }
    }
    catch (e) {
        return `Could not check the saved report against ${runId !== undefined ? `run ${runId}` : `pull request #${bundle.pullRequest}`}: ${e.message}`;
    }
    return undefined;
}


/***/ })

};
