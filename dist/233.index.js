export const id = 233;
export const ids = [233];
export const modules = {

/***/ 55233:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PERF_ARTIFACT: () => (/* binding */ PERF_ARTIFACT),
  perfCommand: () => (/* binding */ perfCommand),
  perfStage: () => (/* binding */ perfStage),
  runPerfStage: () => (/* binding */ runPerfStage)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./.build/src/pipeline/stage.js
var stage = __webpack_require__(58992);
;// CONCATENATED MODULE: ./.build/src/perf/budgets.js
const LABELS = {
    p95Ms: 'p95',
    p99Ms: 'p99',
    errorRatePct: 'error rate',
    maxQueries: 'queries per request',
    maxPerfTimeMs: 'p95 X-Perf-Time-ms',
    minRps: 'throughput',
};
const UNITS = {
    p95Ms: ' ms',
    p99Ms: ' ms',
    errorRatePct: ' %',
    maxQueries: '',
    maxPerfTimeMs: ' ms',
    minRps: ' req/s',
};
function actualFor(metric, m) {
    switch (metric) {
        case 'p95Ms':
            return m.p95;
        case 'p99Ms':
            return m.p99;
        case 'errorRatePct':
            return m.errorRatePct;
        case 'maxQueries':
            return m.maxQueries;
        case 'maxPerfTimeMs':
            return m.p95PerfTimeMs;
        case 'minRps':
            return m.rps;
    }
}
function check(scope, users, endpoint, budgets, m) {
    const out = [];
    for (const metric of Object.keys(LABELS)) {
        const limit = budgets[metric];
        if (limit === undefined)
            continue;
        const actual = actualFor(metric, m);
        let outcome;
        if (actual === undefined) {
            // No responses means no latency: a latency budget fails. A missing header means the service does not
            // report it: the budget is unchecked, which the stage says out loud rather than passing quietly.
            outcome = metric === 'maxQueries' || metric === 'maxPerfTimeMs' ? 'unmeasured' : 'failed';
        }
        else {
            outcome = (metric === 'minRps' ? actual >= limit : actual <= limit) ? 'passed' : 'failed';
        }
        out.push({ scope, users, endpoint, metric, limit, actual, outcome });
    }
    return out;
}
function checkBudgets(stages, budgets, endpoints) {
    const out = [];
    for (const stage of stages) {
        out.push(...check(`${stage.users} users`, stage.users, undefined, budgets, stage.total));
        for (const e of endpoints) {
            const measured = stage.endpoints.find((x) => x.name === e.name)?.measured;
            if (measured)
                out.push(...check(`${stage.users} users, ${e.name}`, stage.users, e.name, e.budgets, measured));
        }
    }
    return out;
}
/** "p95 412 ms over budget 200 ms at 100 users" */
function describeCheck(c) {
    const label = LABELS[c.metric];
    const unit = UNITS[c.metric];
    if (c.outcome === 'unmeasured') {
        const header = c.metric === 'maxQueries' ? 'X-Query-Count' : 'X-Perf-Time-ms';
        return `${label} not measured: no response carried ${header} (${c.scope}); budget ${c.limit}${unit} unchecked`;
    }
    const actual = c.actual === undefined ? 'not measured' : `${c.actual}${unit}`;
    if (c.outcome === 'passed')
        return `${label} ${actual} within budget ${c.limit}${unit} (${c.scope})`;
    const relation = c.metric === 'minRps' ? 'under the minimum' : 'over budget';
    return `${label} ${actual} ${relation} ${c.limit}${unit} (${c.scope})`;
}

;// CONCATENATED MODULE: ./.build/src/perf/chart.js
function chartPoints(stages) {
    return stages.map((s) => ({ users: s.users, p95: s.total.p95, p99: s.total.p99 }));
}
/** A round upper bound for the y axis and its tick step (1, 2 or 5 times a power of ten). */
function niceScale(max, ticks = 5) {
    if (!(max > 0))
        return { top: 1, step: 0.2 };
    const raw = max / ticks;
    const power = 10 ** Math.floor(Math.log10(raw));
    const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw);
    return { top: Math.ceil(max / step) * step, step };
}
function escapeXml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
function fmt(n) {
    return Number.isInteger(n) ? String(n) : n.toFixed(1);
}
const SERIES = [
    { key: 'p95', label: 'p95', color: '#0969da' },
    { key: 'p99', label: 'p99', color: '#cf222e' },
];
function renderSvg(points, title = 'Latency against concurrent users') {
    const W = 640;
    const H = 360;
    const m = { left: 64, right: 24, top: 40, bottom: 56 };
    const plotW = W - m.left - m.right;
    const plotH = H - m.top - m.bottom;
    const values = points.flatMap((p) => [p.p95, p.p99]).filter((v) => v !== undefined);
    const { top, step } = niceScale(Math.max(0, ...values));
    const users = points.map((p) => p.users);
    const minU = Math.min(...users);
    const maxU = Math.max(...users);
    // Users on a linear axis so the shape of the curve is honest; one stage sits in the middle.
    const x = (u) => m.left + (maxU === minU ? plotW / 2 : ((u - minU) / (maxU - minU)) * plotW);
    const y = (v) => m.top + plotH - (v / top) * plotH;
    const parts = [];
    parts.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="12">`);
    parts.push(`<title>${escapeXml(title)}</title>`);
    parts.push(`<rect width="${W}" height="${H}" fill="#ffffff"/>`);
    parts.push(`<text x="${m.left}" y="22" font-size="15" font-weight="bold">${escapeXml(title)}</text>`);
    for (let v = 0; v <= top + step / 2; v += step) {
        const yy = y(v).toFixed(1);
        parts.push(`<line x1="${m.left}" y1="${yy}" x2="${W - m.right}" y2="${yy}" stroke="#d0d7de" stroke-width="1"/>`);
        parts.push(`<text x="${m.left - 8}" y="${yy}" text-anchor="end" dominant-baseline="middle">${fmt(v)}</text>`);
    }
    parts.push(`<line x1="${m.left}" y1="${m.top}" x2="${m.left}" y2="${m.top + plotH}" stroke="#24292f"/>`);
    parts.push(`<line x1="${m.left}" y1="${m.top + plotH}" x2="${W - m.right}" y2="${m.top + plotH}" stroke="#24292f"/>`);
    for (const u of [...new Set(users)]) {
        parts.push(`<text x="${x(u).toFixed(1)}" y="${m.top + plotH + 18}" text-anchor="middle">${u}</text>`);
    }
    parts.push(`<text x="${m.left + plotW / 2}" y="${H - 12}" text-anchor="middle">concurrent users</text>`);
    parts.push(`<text x="16" y="${m.top + plotH / 2}" text-anchor="middle" transform="rotate(-90 16 ${m.top + plotH / 2})">latency (ms)</text>`);
    SERIES.forEach((s, i) => {
        const pts = points.filter((p) => p[s.key] !== undefined).map((p) => [x(p.users), y(p[s.key])]);
        if (pts.length > 1) {
            parts.push(`<polyline fill="none" stroke="${s.color}" stroke-width="2" points="${pts.map(([a, b]) => `${a.toFixed(1)},${b.toFixed(1)}`).join(' ')}"/>`);
        }
        for (const [a, b] of pts)
            parts.push(`<circle cx="${a.toFixed(1)}" cy="${b.toFixed(1)}" r="3.5" fill="${s.color}"/>`);
        const lx = W - m.right - 120 + i * 60;
        parts.push(`<rect x="${lx}" y="${m.top - 18}" width="12" height="3" fill="${s.color}"/>`);
        parts.push(`<text x="${lx + 16}" y="${m.top - 14}" dominant-baseline="middle">${s.label}</text>`);
    });
    parts.push('</svg>');
    return parts.join('\n') + '\n';
}
/** A mermaid xychart-beta block: p95 and p99 lines over the user stages. */
function renderMermaid(points) {
    const values = points.flatMap((p) => [p.p95, p.p99]).filter((v) => v !== undefined);
    const { top } = niceScale(Math.max(0, ...values));
    const line = (key) => `    line [${points.map((p) => fmt(p[key] ?? 0)).join(', ')}]`;
    return [
        '```mermaid',
        'xychart-beta',
        '    title "p95 (first line) and p99 latency against users"',
        `    x-axis "users" [${points.map((p) => `"${p.users}"`).join(', ')}]`,
        `    y-axis "latency (ms)" 0 --> ${fmt(top)}`,
        line('p95'),
        line('p99'),
        '```',
    ].join('\n');
}

;// CONCATENATED MODULE: ./.build/src/perf/sample.js
// Bounded value samples for percentiles (latency, header metrics). Exact while under the cap; past it a
// reservoir keeps a uniform random subset, so memory stays fixed however long a stage runs.
const DEFAULT_SAMPLE_CAP = 100_000;
class BoundedSample {
    cap;
    random;
    values;
    kept = 0;
    /** Every value offered, kept or not. */
    count = 0;
    max = -Infinity;
    min = Infinity;
    sum = 0;
    sorted = true;
    constructor(cap = DEFAULT_SAMPLE_CAP, random = Math.random) {
        this.cap = cap;
        this.random = random;
        this.values = new Float64Array(cap);
    }
    add(value) {
        if (!Number.isFinite(value))
            return;
        this.count++;
        this.sum += value;
        if (value > this.max)
            this.max = value;
        if (value < this.min)
            this.min = value;
        if (this.kept < this.cap) {
            this.values[this.kept++] = value;
        }
        else {
            // Reservoir sampling (Algorithm R): each value seen so far stays with equal probability.
            const slot = Math.floor(this.random() * this.count);
            if (slot >= this.cap)
                return;
            this.values[slot] = value;
        }
        this.sorted = false;
    }
    /** Nearest-rank percentile (p in 0..100); undefined when nothing was recorded. */
    percentile(p) {
        if (this.kept === 0)
            return undefined;
        const view = this.values.subarray(0, this.kept);
        if (!this.sorted) {
            view.sort();
            this.sorted = true;
        }
        const rank = Math.ceil((p / 100) * this.kept);
        return view[Math.min(this.kept, Math.max(1, rank)) - 1];
    }
    mean() {
        return this.count === 0 ? undefined : this.sum / this.count;
    }
}

;// CONCATENATED MODULE: ./.build/src/perf/results.js
// The perf results model: what one run of one stage measured, how repeats are combined, and the
// results.json that the next run's comparison reads back.



/** Accumulates one stage's (or one endpoint's) responses during a run. */
class Recorder {
    latency;
    queries;
    perfTime;
    responses = 0;
    /** Requests that got no response: timeouts, refused or reset connections. */
    noResponse = 0;
    errors = 0;
    statusCodes = {};
    constructor(cap) {
        this.latency = new BoundedSample(cap);
        this.queries = new BoundedSample(cap);
        this.perfTime = new BoundedSample(cap);
    }
    response(status, latencyMs, queryCount, perfTimeMs) {
        this.responses++;
        this.statusCodes[status] = (this.statusCodes[status] ?? 0) + 1;
        if (status >= 400)
            this.errors++;
        this.latency.add(latencyMs);
        if (queryCount !== undefined)
            this.queries.add(queryCount);
        if (perfTimeMs !== undefined)
            this.perfTime.add(perfTimeMs);
    }
    /** A request that got no response (timeout, refused, reset). */
    failure(kind) {
        this.errors++;
        this.noResponse++;
        this.statusCodes[kind] = (this.statusCodes[kind] ?? 0) + 1;
    }
    measured(seconds) {
        const attempts = this.responses + this.noResponse;
        return {
            requests: attempts,
            errors: this.errors,
            errorRatePct: attempts === 0 ? 0 : round((this.errors / attempts) * 100, 3),
            rps: seconds > 0 ? round(this.responses / seconds, 1) : 0,
            p50: roundMaybe(this.latency.percentile(50)),
            p95: roundMaybe(this.latency.percentile(95)),
            p99: roundMaybe(this.latency.percentile(99)),
            maxQueries: this.queries.count > 0 ? this.queries.max : undefined,
            p95Queries: this.queries.percentile(95),
            p95PerfTimeMs: this.perfTime.count > 0 ? round(this.perfTime.percentile(95), 2) : undefined,
            statusCodes: { ...this.statusCodes },
        };
    }
}
function round(n, digits = 1) {
    const f = 10 ** digits;
    return Math.round(n * f) / f;
}
function roundMaybe(n) {
    return n === undefined ? undefined : round(n, 1);
}
function median(values) {
    if (values.length === 0)
        return undefined;
    const s = [...values].sort((a, b) => a - b);
    const mid = Math.floor(s.length / 2);
    return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}
function spreadOf(values) {
    const v = values.filter((x) => x !== undefined);
    if (v.length === 0)
        return undefined;
    return { min: Math.min(...v), median: round(median(v), 1), max: Math.max(...v) };
}
/** Combines repeat runs of one stage: medians of rates and percentiles, sums of counts, max of maxima. */
function combineRuns(runs) {
    const med = (pick, digits = 1) => {
        const m = median(runs.map(pick).filter((x) => x !== undefined));
        return m === undefined ? undefined : round(m, digits);
    };
    const requests = runs.reduce((n, r) => n + r.requests, 0);
    const errors = runs.reduce((n, r) => n + r.errors, 0);
    const statusCodes = {};
    for (const r of runs)
        for (const [k, c] of Object.entries(r.statusCodes))
            statusCodes[k] = (statusCodes[k] ?? 0) + c;
    const maxima = runs.map((r) => r.maxQueries).filter((x) => x !== undefined);
    return {
        requests,
        errors,
        errorRatePct: requests === 0 ? 0 : round((errors / requests) * 100, 3),
        rps: med((r) => r.rps) ?? 0,
        p50: med((r) => r.p50),
        p95: med((r) => r.p95),
        p99: med((r) => r.p99),
        maxQueries: maxima.length ? Math.max(...maxima) : undefined,
        p95Queries: med((r) => r.p95Queries),
        p95PerfTimeMs: med((r) => r.p95PerfTimeMs, 2),
        statusCodes,
    };
}
/** Groups runs by stage position: runs[repeat][stage] -> StageResults per stage. */
function combineStages(runs) {
    const stageCount = runs[0]?.length ?? 0;
    const out = [];
    for (let i = 0; i < stageCount; i++) {
        const ofStage = runs.map((r) => r[i]).filter(Boolean);
        const names = [...new Set(ofStage.flatMap((r) => Object.keys(r.endpoints)))];
        out.push({
            users: ofStage[0].users,
            seconds: round(median(ofStage.map((r) => r.seconds)) ?? 0, 2),
            total: combineRuns(ofStage.map((r) => r.total)),
            p95Spread: spreadOf(ofStage.map((r) => r.total.p95)),
            runs: ofStage.map((r) => r.total),
            endpoints: names.map((name) => {
                const per = ofStage.map((r) => r.endpoints[name]).filter((m) => m !== undefined);
                return { name, measured: combineRuns(per), p95Spread: spreadOf(per.map((m) => m.p95)) };
            }),
        });
    }
    return out;
}
/** Reads a results.json written by an earlier run (the base branch's), checking its shape. */
function readResults(file, shownAs = file) {
    let data;
    try {
        data = JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
    }
    catch (err) {
        throw new stage/* ConfigError */.x(`${shownAs}: cannot read perf results: ${err.message}`);
    }
    const r = data;
    if (!r || r.version !== 1 || !Array.isArray(r.stages)) {
        throw new stage/* ConfigError */.x(`${shownAs}: not a backend-ci perf results file (expected "version": 1 and a "stages" list)`);
    }
    return r;
}

;// CONCATENATED MODULE: ./.build/src/perf/compare.js

function width(s) {
    return s ? s.max - s.min : 0;
}
function compareOne(users, endpoint, base, current, noise, opts) {
    if (base === undefined || current === undefined)
        return undefined;
    const thresholdMs = round(Math.max((opts.tolerancePct / 100) * base, opts.noiseFactor * noise), 1);
    const deltaMs = round(current - base, 1);
    const verdict = deltaMs > thresholdMs ? 'regression' : -deltaMs > thresholdMs ? 'improvement' : 'same';
    return {
        users,
        endpoint,
        baseP95: base,
        p95: current,
        deltaMs,
        deltaPct: base > 0 ? round((deltaMs / base) * 100, 1) : 0,
        thresholdMs,
        noiseMs: round(noise, 1),
        verdict,
    };
}
function compareResults(current, base, opts) {
    const out = [];
    for (const stage of current.stages) {
        const b = base.stages.find((s) => s.users === stage.users);
        if (!b)
            continue;
        const noise = Math.max(width(stage.p95Spread), width(b.p95Spread));
        const whole = compareOne(stage.users, undefined, b.total.p95, stage.total.p95, noise, opts);
        if (whole)
            out.push(whole);
        for (const e of stage.endpoints) {
            const be = b.endpoints.find((x) => x.name === e.name);
            if (!be)
                continue;
            const eNoise = Math.max(width(e.p95Spread), width(be.p95Spread));
            const c = compareOne(stage.users, e.name, be.measured.p95, e.measured.p95, eNoise, opts);
            if (c)
                out.push(c);
        }
    }
    return out;
}

// EXTERNAL MODULE: ./.build/src/exec/run.js
var run = __webpack_require__(95676);
;// CONCATENATED MODULE: ./.build/src/perf/k6.js
// Runs an existing k6 script instead of the built-in load, and reads k6's --summary-export JSON.
// The script decides its own stages and targets; BASE_URL is passed in its environment, and the run is
// killed after the scenario's total time limit.





class K6Error extends Error {
    name = 'K6Error';
}
/** The k6 binary on PATH, or undefined. */
function findK6(envPath = process.env.PATH ?? '') {
    for (const dir of envPath.split(external_node_path_.delimiter)) {
        if (!dir)
            continue;
        const candidate = external_node_path_.join(dir, process.platform === 'win32' ? 'k6.exe' : 'k6');
        try {
            (0,external_node_fs_.accessSync)(candidate, external_node_fs_.constants.X_OK);
            return candidate;
        }
        catch {
            /* not here */
        }
    }
    return undefined;
}
/** Turns a k6 summary export into one stage of results (k6 runs its own stages; we see the whole). */
function parseK6Summary(json, source) {
    let data;
    try {
        data = JSON.parse(json);
    }
    catch (err) {
        throw new K6Error(`${source}: k6 summary export is not JSON: ${err.message}`);
    }
    const m = data.metrics;
    const duration = m?.http_req_duration;
    if (!m || !duration || !m.http_reqs) {
        throw new K6Error(`${source}: k6 summary export has no http_req_duration / http_reqs metrics (did the script make HTTP requests?)`);
    }
    const requests = m.http_reqs.count ?? 0;
    const failedRate = m.http_req_failed?.value ?? 0;
    // In a summary export a Rate metric's "passes" counts true values: for http_req_failed, the failed requests.
    const errors = m.http_req_failed?.passes ?? Math.round(failedRate * requests);
    const rps = m.http_reqs.rate ?? 0;
    return {
        users: m.vus_max?.max ?? m.vus_max?.value ?? 0,
        seconds: data.state?.testRunDurationMs ? round(data.state.testRunDurationMs / 1000, 2) : rps > 0 ? round(requests / rps, 2) : 0,
        requests,
        errors,
        errorRatePct: round(failedRate * 100, 3),
        rps: round(rps, 1),
        p50: duration.med === undefined ? undefined : round(duration.med, 1),
        p95: duration['p(95)'] === undefined ? undefined : round(duration['p(95)'], 1),
        p99: duration['p(99)'] === undefined ? undefined : round(duration['p(99)'], 1),
    };
}
async function runK6(k6, scenario, baseUrl, log) {
    const script = scenario.k6ScriptPath;
    const dir = (0,external_node_fs_.mkdtempSync)(external_node_path_.join((0,external_node_os_.tmpdir)(), 'backend-ci-k6-'));
    const exportFile = external_node_path_.join(dir, 'summary.json');
    try {
        log.info(`k6 run ${external_node_path_.basename(script)} (BASE_URL=${baseUrl.origin})`);
        const result = await (0,run/* runProgram */.mB)(k6, ['run', '--quiet', '--summary-trend-stats', 'avg,min,med,max,p(90),p(95),p(99)', '--summary-export', exportFile, script], {
            cwd: external_node_path_.dirname(script),
            env: { ...process.env, BASE_URL: baseUrl.origin + baseUrl.pathname.replace(/\/+$/, '') },
            timeoutMs: scenario.limits.maxTotalSeconds * 1000,
        });
        if (result.timedOut)
            throw new K6Error(`k6 was stopped after limits.maxTotalSeconds (${scenario.limits.maxTotalSeconds} s)`);
        // k6 exits 99 when the script's own thresholds fail; the summary is still written and our budgets decide.
        let json;
        try {
            json = (0,external_node_fs_.readFileSync)(exportFile, 'utf8');
        }
        catch {
            throw new K6Error(`k6 exited with ${result.code} and wrote no summary export:\n${(0,run/* tail */.RT)(result.stderr || result.stdout)}`);
        }
        if (result.code !== 0)
            log.warning(`k6 exited with ${result.code}${result.code === 99 ? " (the script's own thresholds failed)" : ''}`);
        const s = parseK6Summary(json, external_node_path_.basename(script));
        const measured = { ...s, statusCodes: {} };
        delete measured.users;
        delete measured.seconds;
        return {
            version: 1,
            tool: 'k6',
            scenario: scenario.file,
            baseUrl: baseUrl.origin,
            createdAt: new Date().toISOString(),
            repeat: 1,
            stages: [{ users: s.users, seconds: s.seconds, total: measured, runs: [measured], endpoints: [] }],
        };
    }
    finally {
        (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
    }
}

// EXTERNAL MODULE: ./node_modules/autocannon/autocannon.js
var autocannon = __webpack_require__(88174);
;// CONCATENATED MODULE: ./.build/src/perf/load.js
// Drives one stage of load with autocannon and measures it per endpoint, including the response headers
// the service reports about itself (X-Query-Count, X-Perf-Time-ms).
//
// Weights: one autocannon instance runs all endpoints, and each user (connection) walks a request cycle in
// which every endpoint appears in proportion to its weight, interleaved (smooth weighted round-robin) and
// rotated per user so users do not move in lockstep. So the request mix matches the weights and the
// concurrency is exactly the stage's users. Splitting connections per endpoint instead would let a fast
// endpoint take far more than its share and a slow one less, and the "users" would not be the same users.
// Per-endpoint numbers stay honest because autocannon calls the request's onResponse and then emits the
// instance's 'response' event synchronously for the same response, so the pairing cannot interleave.


/** Length of the request cycle each user walks; weights are rounded to shares of it. */
const CYCLE_SLOTS = 100;
/** A bounded, interleaved sequence of endpoint indexes whose counts follow the weights. */
function weightedCycle(weights, slots = CYCLE_SLOTS) {
    const total = weights.reduce((a, b) => a + b, 0);
    const counts = weights.map((w) => Math.max(1, Math.round((w / total) * slots)));
    const length = counts.reduce((a, b) => a + b, 0);
    const current = counts.map(() => 0);
    const out = [];
    for (let n = 0; n < length; n++) {
        let best = 0;
        for (let i = 0; i < counts.length; i++) {
            current[i] += counts[i];
            if (current[i] > current[best])
                best = i;
        }
        current[best] -= length;
        out.push(best);
    }
    return out;
}
function headerNumber(headers, lowerName) {
    for (const [key, value] of Object.entries(headers)) {
        if (key.toLowerCase() !== lowerName)
            continue;
        const n = Number(Array.isArray(value) ? value[value.length - 1] : value);
        return Number.isFinite(n) ? n : undefined;
    }
    return undefined;
}
/** Runs one stage and returns what it measured. Ends by the stage's time or its request cap, whichever first. */
function runStage(load) {
    const prefix = load.baseUrl.pathname.replace(/\/+$/, '');
    const stage = new Recorder(load.sampleCap);
    const perEndpoint = load.endpoints.map(() => new Recorder(load.sampleCap));
    let pending;
    const requests = load.endpoints.map((e, index) => ({
        method: e.method,
        path: prefix + e.path,
        headers: Object.keys(e.headers).length ? Object.fromEntries(Object.entries(e.headers).filter((kv) => kv[1] !== undefined)) : undefined,
        body: e.body,
        onResponse: (status, _body, _context, headers) => {
            pending = { index, status, headers };
        },
    }));
    const cycle = weightedCycle(load.endpoints.map((e) => e.weight)).map((i) => requests[i]);
    let clientNumber = 0;
    return new Promise((resolve, reject) => {
        let settled = false;
        const instance = autocannon({
            url: load.baseUrl.origin,
            connections: load.users,
            duration: load.seconds,
            // autocannon needs at least one request per connection.
            maxOverallRequests: Math.max(load.maxRequests, load.users),
            timeout: load.timeoutSeconds,
            pipelining: 1,
            requests: cycle,
            setupClient: (client) => {
                const offset = Math.floor((clientNumber++ * cycle.length) / load.users) % cycle.length;
                client.setRequests([...cycle.slice(offset), ...cycle.slice(0, offset)]);
            },
        }, (err, result) => {
            clearTimeout(watchdog);
            if (settled)
                return;
            settled = true;
            if (err)
                return reject(err);
            const seconds = result.duration > 0 ? result.duration : load.seconds;
            const endpoints = {};
            load.endpoints.forEach((e, i) => {
                endpoints[e.name] = perEndpoint[i].measured(seconds);
            });
            resolve({ users: load.users, seconds, total: stage.measured(seconds), endpoints });
        });
        // autocannon stops on its own; this is the second lock on the door in case it does not.
        const watchdog = setTimeout(() => instance.stop(), (load.seconds + load.timeoutSeconds + 5) * 1000);
        instance.on('response', (_client, statusCode, _bytes, responseTime) => {
            const p = pending;
            pending = undefined;
            const queries = p ? headerNumber(p.headers, 'x-query-count') : undefined;
            const perfTime = p ? headerNumber(p.headers, 'x-perf-time-ms') : undefined;
            stage.response(statusCode, responseTime, queries, perfTime);
            if (p)
                perEndpoint[p.index].response(statusCode, responseTime, queries, perfTime);
            if (stage.responses % 500 === 0)
                load.onProgress?.(stage.responses);
            if (stage.responses >= load.maxRequests)
                instance.stop();
        });
        // Timeouts and refused connections cannot be tied to an endpoint: they count in the stage's error rate.
        instance.on('reqError', (error) => {
            stage.failure(/timed out/i.test(error.message) ? 'timeout' : 'connection error');
        });
    });
}

;// CONCATENATED MODULE: ./.build/src/perf/run-scenario.js


class LoadLimitError extends Error {
    name = 'LoadLimitError';
}
async function runScenario(scenario, options) {
    const started = Date.now();
    const deadline = started + scenario.limits.maxTotalSeconds * 1000;
    const remaining = () => (deadline - Date.now()) / 1000;
    const common = {
        baseUrl: options.baseUrl,
        endpoints: scenario.endpoints,
        maxRequests: scenario.limits.maxRequestsPerStage,
        timeoutSeconds: scenario.timeoutSeconds,
        sampleCap: options.sampleCap,
    };
    if (scenario.warmup.seconds > 0) {
        const users = scenario.warmup.users ?? scenario.stages[0].users;
        options.log.info(`warm-up: ${users} users for ${scenario.warmup.seconds} s (not measured)`);
        options.onProgress?.('warm-up');
        await runStage({ ...common, users, seconds: scenario.warmup.seconds });
    }
    const runs = [];
    for (let r = 0; r < scenario.repeat; r++) {
        const run = [];
        for (const [i, stage] of scenario.stages.entries()) {
            // The plan was checked against the limit up front; this guards against stages overrunning it.
            const seconds = Math.min(stage.seconds, remaining());
            if (seconds <= 0)
                throw new LoadLimitError(`the load test reached limits.maxTotalSeconds (${scenario.limits.maxTotalSeconds} s) before run ${r + 1}, stage ${i + 1}`);
            const label = `run ${r + 1}/${scenario.repeat}, stage ${i + 1}/${scenario.stages.length}: ${stage.users} users for ${seconds} s`;
            options.log.info(label);
            options.onProgress?.(label);
            const measured = await runStage({
                ...common,
                users: stage.users,
                seconds,
                onProgress: (n) => options.onProgress?.(`${label} (${n} responses)`),
            });
            options.log.info(`  ${measured.total.requests} requests, p95 ${measured.total.p95 ?? '-'} ms, p99 ${measured.total.p99 ?? '-'} ms, ${measured.total.rps} req/s, errors ${measured.total.errorRatePct}%`);
            run.push(measured);
        }
        runs.push(run);
    }
    return {
        version: 1,
        tool: 'autocannon',
        scenario: scenario.file,
        baseUrl: options.baseUrl.origin + options.baseUrl.pathname.replace(/\/+$/, ''),
        createdAt: new Date().toISOString(),
        repeat: scenario.repeat,
        stages: combineStages(runs),
    };
}

// EXTERNAL MODULE: ./.build/src/config/config.js + 8 modules
var config = __webpack_require__(9831);
// EXTERNAL MODULE: ./.build/src/config/schema.js
var schema = __webpack_require__(7279);
;// CONCATENATED MODULE: ./.build/src/perf/scenario.js
// The load-test scenario file: what to hit, with how many users, for how long, and the budgets. Parsed with
// the same typed schema as backend-ci.yml, so every error names file:line:column.




/** Ceilings a scenario can lower but never raise: a load test must end, whatever the file says. */
const CEILINGS = {
    totalSeconds: 600,
    users: 1000,
    requestsPerStage: 1_000_000,
    repeat: 10,
};
const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];
const budgetFields = {
    p95Ms: (0,schema/* num */.bu)({ doc: 'Highest allowed p95 latency.', min: 0, unit: 'ms' }),
    p99Ms: (0,schema/* num */.bu)({ doc: 'Highest allowed p99 latency.', min: 0, unit: 'ms' }),
    errorRatePct: (0,schema/* num */.bu)({ doc: 'Highest allowed share of failed requests (status >= 400, timeouts, connection errors).', min: 0, max: 100, unit: 'percent' }),
    maxQueries: (0,schema/* num */.bu)({ doc: 'Highest allowed X-Query-Count header on any response.', min: 0, integer: true }),
    maxPerfTimeMs: (0,schema/* num */.bu)({ doc: 'Highest allowed p95 of the X-Perf-Time-ms header (time the service says it spent).', min: 0, unit: 'ms' }),
    minRps: (0,schema/* num */.bu)({ doc: 'Lowest allowed throughput.', min: 0, unit: 'requests per second' }),
};
const budgets = (0,schema/* obj */.WL)(budgetFields, { doc: 'Budgets; each one unset is reported, not enforced.' });
const endpoint = (0,schema/* obj */.WL)({
    name: (0,schema/* str */.gx)({ doc: 'Name shown in the report (default: method and path).' }),
    method: (0,schema/* oneOf */.yL)(METHODS, { doc: 'HTTP method.', default: 'GET' }),
    path: (0,schema/* str */.gx)({
        doc: 'Path on the base URL, starting with a single "/" (never a full URL: the load only goes to the base URL).',
        pattern: /^\/(?!\/)[^\s]*$/,
        patternDoc: 'a path starting with a single "/" and no spaces (a full URL is not allowed: requests only go to the base URL)',
    }),
    weight: (0,schema/* num */.bu)({ doc: 'Relative share of requests.', min: 0.001, max: 1000, default: 1 }),
    headers: (0,schema/* record */.g1)((0,schema/* str */.gx)({ doc: 'a header value' }), { doc: 'Request headers.' }),
    body: (0,schema/* str */.gx)({ doc: 'Request body (sent as is).' }),
    budgets,
}, { doc: 'An endpoint.' });
const loadStage = (0,schema/* obj */.WL)({
    users: (0,schema/* num */.bu)({ doc: 'Concurrent users (connections).', min: 1, max: CEILINGS.users, integer: true }),
    seconds: (0,schema/* num */.bu)({ doc: 'How long this stage runs.', min: 0.5, max: CEILINGS.totalSeconds, unit: 'seconds' }),
}, { doc: 'A stage of the load.' });
const scenarioSchema = (0,schema/* obj */.WL)({
    baseUrl: (0,schema/* str */.gx)({ doc: "Where the service answers. Default: the started service's ready URL origin, perf.url, or the deployed URL." }),
    allowRemote: (0,schema/* bool */.lc)({
        doc: 'Allow a base URL that is not loopback. Off by default: a load test is for your own services, and a typo must not aim it at someone else\'s.',
        default: false,
    }),
    warmup: (0,schema/* obj */.WL)({
        seconds: (0,schema/* num */.bu)({ doc: 'Warm-up load before the measured stages (not reported).', min: 0, max: 60, default: 0, unit: 'seconds' }),
        users: (0,schema/* num */.bu)({ doc: 'Users during warm-up (default: the first stage\'s).', min: 1, max: CEILINGS.users, integer: true }),
    }, { doc: 'Warm-up.' }),
    stages: (0,schema/* listOf */.c3)(loadStage, { doc: 'Stages of concurrent users, e.g. 10, 50, 100.' }),
    endpoints: (0,schema/* listOf */.c3)(endpoint, { doc: 'Endpoints with weights.' }),
    budgets,
    repeat: (0,schema/* num */.bu)({ doc: 'Run every stage this many times and report the spread (min/median/max).', min: 1, max: CEILINGS.repeat, integer: true, default: 1 }),
    timeoutSeconds: (0,schema/* num */.bu)({ doc: 'A request slower than this counts as an error.', min: 0.1, max: 120, default: 10, unit: 'seconds' }),
    k6Script: (0,schema/* str */.gx)({ doc: 'A k6 script to run instead of the built-in load when a k6 binary is on PATH (relative to this file).' }),
    limits: (0,schema/* obj */.WL)({
        maxTotalSeconds: (0,schema/* num */.bu)({
            doc: `Longest the whole load may take, warm-up and repeats included (at most ${CEILINGS.totalSeconds}).`,
            min: 1,
            max: CEILINGS.totalSeconds,
            default: 120,
            unit: 'seconds',
        }),
        maxRequestsPerStage: (0,schema/* num */.bu)({
            doc: `Most requests one stage may send (at most ${CEILINGS.requestsPerStage}).`,
            min: 1,
            max: CEILINGS.requestsPerStage,
            integer: true,
            default: 200_000,
        }),
    }, { doc: 'Hard caps.' }),
}, { doc: 'perf scenario' });
/** Reads and checks a scenario file; throws ConfigError naming file:line:column. */
function loadScenario(file, workspace) {
    let raw;
    try {
        raw = (0,config/* readYaml */.gM)(file, workspace);
    }
    catch (err) {
        if (err.code === 'ENOENT')
            throw new stage/* ConfigError */.x(`perf scenario ${external_node_path_.relative(workspace, file) || file} does not exist (looked at ${file})`);
        throw err;
    }
    const parsed = scenarioSchema.parse(raw, '');
    const shown = external_node_path_.relative(workspace, file) || file;
    const where = (key) => raw.entries?.get(key)?.keyOrigin.describe() ?? shown;
    if (parsed.stages.length === 0)
        throw new stage/* ConfigError */.x(`${where('stages')}: 'stages' must list at least one stage, e.g. [{ users: 10, seconds: 10 }]`);
    if (parsed.endpoints.length === 0 && !parsed.k6Script) {
        throw new stage/* ConfigError */.x(`${where('endpoints')}: 'endpoints' must list at least one endpoint, e.g. [{ path: /health }]`);
    }
    const stageItems = raw.entries?.get('stages')?.items ?? [];
    parsed.stages.forEach((s, i) => {
        const at = stageItems[i]?.origin.describe() ?? where('stages');
        if (s.users === undefined)
            throw new stage/* ConfigError */.x(`${at}: 'stages[${i}].users' is required (concurrent users, 1 to ${CEILINGS.users})`);
        if (s.seconds === undefined)
            throw new stage/* ConfigError */.x(`${at}: 'stages[${i}].seconds' is required (how long the stage runs)`);
    });
    const endpointItems = raw.entries?.get('endpoints')?.items ?? [];
    const names = new Set();
    const endpoints = parsed.endpoints.map((e, i) => {
        const at = endpointItems[i]?.origin.describe() ?? where('endpoints');
        if (!e.path)
            throw new stage/* ConfigError */.x(`${at}: 'endpoints[${i}].path' is required (a path such as /api/posts/)`);
        const name = e.name ?? `${e.method} ${e.path}`;
        if (names.has(name))
            throw new stage/* ConfigError */.x(`${at}: 'endpoints[${i}].name' '${name}' is used twice; names must be unique`);
        names.add(name);
        return { ...e, name, path: e.path };
    });
    const total = plannedSeconds(parsed);
    if (total > parsed.limits.maxTotalSeconds) {
        throw new stage/* ConfigError */.x(`${where('stages')}: the load would run ${total} s (warm-up + stages, times repeat ${parsed.repeat}), over limits.maxTotalSeconds ${parsed.limits.maxTotalSeconds}; shorten the stages or lower repeat`);
    }
    if (parsed.baseUrl !== undefined)
        checkBaseUrl(parsed.baseUrl, parsed.allowRemote, where('baseUrl'));
    return {
        ...parsed,
        endpoints,
        file: shown,
        k6ScriptPath: parsed.k6Script ? external_node_path_.resolve(external_node_path_.dirname(file), parsed.k6Script) : undefined,
        budgetsLine: raw.entries?.get('budgets')?.keyOrigin?.line,
    };
}
/** Seconds the scenario asks for: (warm-up + every stage) per repeat. */
function plannedSeconds(s) {
    return (s.warmup.seconds + s.stages.reduce((sum, st) => sum + (st.seconds ?? 0), 0)) * s.repeat;
}
const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);
function isLoopback(hostname) {
    return LOOPBACK_NAMES.has(hostname) || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname) || hostname.endsWith('.localhost');
}
/**
 * A base URL must be absolute http(s); requests only ever go to its origin. A non-loopback host is refused
 * unless the scenario says allowRemote: true.
 */
function checkBaseUrl(url, allowRemote, where) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        throw new stage/* ConfigError */.x(`${where}: base URL must be an absolute http(s) URL such as http://127.0.0.1:8000, got '${url}'`);
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
        throw new stage/* ConfigError */.x(`${where}: base URL must use http or https, got '${parsed.protocol}'`);
    }
    if (!allowRemote && !isLoopback(parsed.hostname)) {
        throw new stage/* ConfigError */.x(`${where}: base URL ${parsed.origin} is not a loopback address; load tests are for your own services, so a remote target needs 'allowRemote: true' in the scenario`);
    }
    return parsed;
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(44708);
;// CONCATENATED MODULE: ./.build/src/perf/service.js
// Starts the service under test with the user's own command (a shell, in its own process group) and waits
// until its ready URL answers; stop() ends the whole group, whatever the command started.




class ServiceStartError extends Error {
    name = 'ServiceStartError';
}
/** One GET; resolves with the status code, or undefined when nothing answers. */
function probe(url, timeoutMs) {
    const client = url.protocol === 'https:' ? external_node_https_ : external_node_http_;
    return new Promise((resolve) => {
        const req = client.get(url, { timeout: timeoutMs }, (res) => {
            res.resume();
            resolve(res.statusCode);
        });
        req.on('timeout', () => req.destroy());
        req.on('error', () => resolve(undefined));
    });
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function startService(options) {
    const url = new URL(options.readyUrl);
    const child = (0,external_node_child_process_.spawn)(options.command, {
        cwd: options.cwd,
        env: options.env ?? process.env,
        shell: true,
        detached: process.platform !== 'win32',
        stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const keep = (chunk) => {
        output = (output + chunk.toString('utf8')).slice(-16_384);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    let exited;
    const exitedPromise = new Promise((resolve) => {
        child.on('exit', (code, signal) => {
            exited = { code, signal };
            resolve();
        });
        child.on('error', (err) => {
            keep(Buffer.from(String(err)));
            exited = { code: null, signal: null };
            resolve();
        });
    });
    const service = {
        pid: child.pid ?? 0,
        async stop() {
            if (exited)
                return;
            (0,run/* killTree */.TP)(child.pid, 'SIGTERM');
            await Promise.race([exitedPromise, sleep(3000)]);
            if (!exited) {
                (0,run/* killTree */.TP)(child.pid, 'SIGKILL');
                await Promise.race([exitedPromise, sleep(2000)]);
            }
            // The shell may be gone while its children linger in the group; a last SIGKILL to the group is harmless.
            (0,run/* killTree */.TP)(child.pid, 'SIGKILL');
        },
    };
    options.log.info(`starting the service: ${options.command} (waiting for ${url.href})`);
    const deadline = Date.now() + options.readyTimeoutSeconds * 1000;
    let last;
    while (Date.now() < deadline) {
        if (exited) {
            await service.stop();
            throw new ServiceStartError(`the service command exited (${exited.signal ?? `code ${exited.code}`}) before ${url.href} answered:\n${(0,run/* tail */.RT)(output)}`);
        }
        last = await probe(url, 2000);
        if (last !== undefined && last < 400) {
            options.log.info(`service ready (${url.href} answered ${last})`);
            return service;
        }
        await sleep(200);
    }
    await service.stop();
    throw new ServiceStartError(`${url.href} did not answer below 400 within ${options.readyTimeoutSeconds} s (last: ${last ?? 'no answer'}); service output:\n${(0,run/* tail */.RT)(output)}`);
}

;// CONCATENATED MODULE: ./.build/src/stages/perf/summary.js
// Markdown for the job summary and PR comment: the sprint's table (users, p95, p99, throughput, error rate),
// per-endpoint numbers, budgets, the comparison with the base, and the chart as a mermaid xychart.


/** Tables stay readable and the report stays within GitHub's size limits. */
const MAX_ROWS = 100;
const ms = (n) => (n === undefined ? '–' : String(n));
const pct = (n) => `${n.toFixed(n < 10 ? 2 : 1)}%`;
function stageTable(results) {
    const spread = results.repeat > 1;
    const lines = [
        `| Users | p95 (ms) | p99 (ms) | throughput (req/s) | error rate |${spread ? ` p95 over ${results.repeat} runs (min / median / max) |` : ''}`,
        `|------:|---------:|---------:|-------------------:|-----------:|${spread ? '---:|' : ''}`,
    ];
    for (const s of results.stages) {
        const sp = s.p95Spread ? ` ${s.p95Spread.min} / ${s.p95Spread.median} / ${s.p95Spread.max} |` : ' – |';
        lines.push(`| ${s.users} | ${ms(s.total.p95)} | ${ms(s.total.p99)} | ${s.total.rps} | ${pct(s.total.errorRatePct)} |${spread ? sp : ''}`);
    }
    return lines.join('\n');
}
function endpointTable(results) {
    const rows = [];
    for (const s of results.stages) {
        for (const e of s.endpoints) {
            const m = e.measured;
            rows.push(`| ${e.name.replace(/\|/g, '\\|')} | ${s.users} | ${ms(m.p50)} | ${ms(m.p95)} | ${ms(m.p99)} | ${m.rps} | ${pct(m.errorRatePct)} | ${ms(m.maxQueries)} | ${ms(m.p95PerfTimeMs)} |`);
        }
    }
    if (rows.length === 0)
        return undefined;
    const shown = rows.slice(0, MAX_ROWS);
    return [
        '| Endpoint | Users | p50 (ms) | p95 (ms) | p99 (ms) | req/s | error rate | max X-Query-Count | p95 X-Perf-Time-ms |',
        '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
        ...shown,
        ...(rows.length > shown.length ? [`\n_${rows.length - shown.length} more rows in results.json_`] : []),
    ].join('\n');
}
function comparisonTable(comparisons) {
    const shown = comparisons.slice(0, MAX_ROWS);
    const lines = [
        '| Users | Endpoint | base p95 (ms) | p95 (ms) | change | counts beyond (ms) | verdict |',
        '|---:|---|---:|---:|---:|---:|---|',
    ];
    for (const c of shown) {
        const sign = c.deltaMs > 0 ? '+' : '';
        const verdict = c.verdict === 'regression' ? '**regression**' : c.verdict === 'improvement' ? 'improvement' : 'within noise';
        lines.push(`| ${c.users} | ${c.endpoint ?? '(all)'} | ${c.baseP95} | ${c.p95} | ${sign}${c.deltaMs} ms (${sign}${c.deltaPct}%) | ${c.thresholdMs} | ${verdict} |`);
    }
    return lines.join('\n');
}
function renderDetails(input) {
    const { results, checks } = input;
    const parts = [];
    parts.push(`Load by ${results.tool} against ${results.baseUrl}, scenario \`${results.scenario}\`${results.repeat > 1 ? `, ${results.repeat} runs per stage (medians shown)` : ''}.`);
    parts.push(stageTable(results));
    const failed = checks.filter((c) => c.outcome === 'failed');
    const unmeasured = checks.filter((c) => c.outcome === 'unmeasured');
    if (checks.length > 0) {
        const head = failed.length ? `**Budgets: ${failed.length} of ${checks.length} failed**` : `Budgets: all ${checks.length - unmeasured.length} checked passed`;
        const list = [...failed, ...unmeasured].slice(0, MAX_ROWS).map((c) => `- ${c.outcome === 'failed' ? '❌' : '⚠️'} ${describeCheck(c)}`);
        parts.push([head, ...list].join('\n'));
    }
    else {
        parts.push('No budgets set: numbers are reported, not enforced.');
    }
    if (input.comparisons && input.comparisons.length > 0) {
        parts.push(`Compared with the base${input.baseNote ? ` (${input.baseNote})` : ''}: a p95 counts as a regression when it grows by more than the larger of the tolerance and the noise between repeat runs.`);
        parts.push(comparisonTable(input.comparisons));
    }
    else if (input.baseNote) {
        parts.push(`No comparison with the base: ${input.baseNote}.`);
    }
    const endpoints = endpointTable(results);
    if (endpoints)
        parts.push(`<details><summary>Per endpoint</summary>\n\n${endpoints}\n\n</details>`);
    if (results.stages.length > 0) {
        parts.push(`<details><summary>p95 and p99 against users</summary>\n\n${renderMermaid(chartPoints(results.stages))}\n\n</details>`);
    }
    return parts.join('\n\n') + '\n';
}

;// CONCATENATED MODULE: ./.build/src/stages/perf/stage.js
// The perf stage: start the service (or take the given / deployed URL), run the scenario's load, hold it to
// the budgets, compare with the base branch's results, and leave results.json plus a p95 chart behind.













/** Artifact name the report goes up as, and the base is looked up by. */
const PERF_ARTIFACT = 'perf-report';
/** Picks the URL to load: the scenario's, perf.url, the started service's, or the deploy stage's. */
function targetUrl(config, scenario, previous) {
    if (scenario.baseUrl)
        return { url: scenario.baseUrl, from: `${scenario.file} baseUrl` };
    if (config.perf.url)
        return { url: config.perf.url, from: "perf.url (input 'perf-url')" };
    if (config.perf.start.readyUrl)
        return { url: new URL(config.perf.start.readyUrl).origin, from: 'perf.start.readyUrl' };
    const deployed = previous.get('deploy')?.data;
    const url = typeof deployed?.url === 'string' ? deployed.url : undefined;
    if (url)
        return { url, from: 'the deploy stage' };
    throw new stage/* ConfigError */.x(`${scenario.file}: no URL to load-test; set baseUrl in the scenario, perf.url, or perf.start (command and readyUrl)`);
}
async function loadBase(config, host) {
    if (config.perf.baseResults) {
        const file = external_node_path_.resolve(config.cwd, config.perf.baseResults);
        if (!(0,external_node_fs_.existsSync)(file)) {
            // Not an error: the base may simply not have been measured yet (the first run of a new scenario).
            host.log.warning(`perf.baseResults ${config.perf.baseResults} does not exist (looked at ${file}); nothing to compare with`);
            return { note: `base results ${config.perf.baseResults} not found` };
        }
        return { base: readResults(file, config.perf.baseResults), note: config.perf.baseResults };
    }
    const pr = host.context.pullRequest;
    if (!pr)
        return { note: 'not a pull request and no perf.baseResults' };
    const dir = (0,external_node_fs_.mkdtempSync)(external_node_path_.join((0,external_node_os_.tmpdir)(), 'backend-ci-perf-base-'));
    try {
        const store = await host.artifacts();
        const folder = await store.downloadLatest(PERF_ARTIFACT, dir, { branch: pr.baseRef });
        const file = folder ? external_node_path_.join(folder, 'results.json') : undefined;
        if (!file || !(0,external_node_fs_.existsSync)(file))
            return { note: `no '${PERF_ARTIFACT}' artifact on ${pr.baseRef} yet` };
        return { base: readResults(file, `${PERF_ARTIFACT} artifact of ${pr.baseRef}`), note: `'${PERF_ARTIFACT}' artifact of ${pr.baseRef}` };
    }
    catch (err) {
        host.log.warning(`could not fetch the base branch's perf results: ${err.message}`);
        return { note: `the base branch's results could not be fetched (${err.message})` };
    }
    finally {
        (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
    }
}
async function measure(ctx, scenario) {
    const { config, host } = ctx;
    let service;
    const start = config.perf.start;
    if (start.command && !start.readyUrl) {
        throw new stage/* ConfigError */.x("perf.start.command needs perf.start.readyUrl (input 'perf-ready-url'): the URL that answers once the service is up");
    }
    // Checked before anything starts: a refused target should not cost a service start.
    const target = targetUrl(config, scenario, ctx.previous);
    const baseUrl = checkBaseUrl(target.url, scenario.allowRemote, target.from);
    try {
        if (start.command) {
            service = await startService({ command: start.command, cwd: config.cwd, readyUrl: start.readyUrl, readyTimeoutSeconds: start.readyTimeoutSeconds, log: host.log });
        }
        const k6 = scenario.k6ScriptPath ? findK6() : undefined;
        if (k6)
            return await runK6(k6, scenario, baseUrl, host.log);
        if (scenario.k6ScriptPath) {
            if (scenario.endpoints.length === 0)
                throw new stage/* ConfigError */.x(`${scenario.file}: k6Script is set but no k6 binary is on PATH, and there are no endpoints to load instead`);
            host.log.info('k6Script is set but no k6 binary is on PATH: running the scenario endpoints with autocannon');
        }
        return await runScenario(scenario, { baseUrl, log: host.log, onProgress: (text) => host.stageProgress('perf', text) });
    }
    finally {
        await service?.stop();
    }
}
async function runPerfStage(ctx) {
    const { config, host } = ctx;
    if (!config.perf.scenario) {
        throw new stage/* ConfigError */.x("the perf stage needs a scenario file: set perf.scenario in backend-ci.yml or the 'perf-scenario' input");
    }
    const scenario = loadScenario(external_node_path_.resolve(config.cwd, config.perf.scenario), config.workspace);
    const results = await measure(ctx, scenario);
    if (host.context.sha)
        results.sha = host.context.sha;
    const checks = checkBudgets(results.stages, scenario.budgets, scenario.endpoints);
    const { base, note } = await loadBase(config, host);
    const comparisons = base ? compareResults(results, base, { tolerancePct: config.perf.tolerancePct, noiseFactor: config.perf.noiseFactor }) : [];
    const outDir = external_node_path_.join(host.resultsDir, 'perf');
    (0,external_node_fs_.mkdirSync)(outDir, { recursive: true });
    const resultsFile = external_node_path_.join(outDir, 'results.json');
    const chartFile = external_node_path_.join(outDir, 'p95.svg');
    (0,external_node_fs_.writeFileSync)(resultsFile, JSON.stringify(results, null, 2) + '\n');
    (0,external_node_fs_.writeFileSync)(chartFile, renderSvg(chartPoints(results.stages)));
    const details = renderDetails({ results, checks, comparisons, baseNote: note });
    (0,external_node_fs_.writeFileSync)(external_node_path_.join(outDir, 'summary.md'), details);
    if (config.perf.uploadReport) {
        try {
            const store = await host.artifacts();
            await store.upload(PERF_ARTIFACT, [resultsFile, chartFile, external_node_path_.join(outDir, 'summary.md')], outDir, {});
        }
        catch (err) {
            // The numbers are in the summary either way; a failed upload only costs the next run its comparison.
            host.log.warning(`could not upload the '${PERF_ARTIFACT}' artifact: ${err.message}`);
        }
    }
    const failedBudgets = checks.filter((c) => c.outcome === 'failed');
    const unmeasured = checks.filter((c) => c.outcome === 'unmeasured');
    const regressions = comparisons.filter((c) => c.verdict === 'regression');
    const scenarioFile = external_node_path_.relative(config.workspace, external_node_path_.resolve(config.cwd, config.perf.scenario)).split(external_node_path_.sep).join('/');
    // GitHub shows at most 10 error annotations per step: budgets first, then regressions.
    const annotations = [
        ...failedBudgets.map((c) => ({ level: 'error', title: 'Perf budget', message: describeCheck(c), file: scenarioFile, line: scenario.budgetsLine })),
        ...regressions.map((c) => ({
            level: config.perf.failOnRegression ? 'error' : 'warning',
            title: 'Perf regression',
            message: `p95 ${c.p95} ms vs base ${c.baseP95} ms at ${c.users} users${c.endpoint ? ` (${c.endpoint})` : ''}: +${c.deltaMs} ms, beyond ${c.thresholdMs} ms`,
            file: scenarioFile,
        })),
    ].slice(0, 10);
    const p95s = results.stages.map((s) => s.total.p95).filter((p) => p !== undefined);
    // Empty when nothing answered: a 0 would read as "fast".
    const worstP95 = p95s.length ? String(Math.max(...p95s)) : '';
    const requests = results.stages.reduce((n, s) => n + s.total.requests, 0);
    const errors = results.stages.reduce((n, s) => n + s.total.errors, 0);
    const errorRate = requests === 0 ? 0 : round((errors / requests) * 100, 3);
    const heaviest = results.stages.reduce((a, b) => (b.users > a.users ? b : a), results.stages[0]);
    const facts = [`p95 ${heaviest?.total.p95 ?? '–'} ms at ${heaviest?.users ?? 0} users`, `error rate ${errorRate}%`];
    if (failedBudgets.length)
        facts.push(`${failedBudgets.length} budget${failedBudgets.length > 1 ? 's' : ''} failed: ${describeCheck(failedBudgets[0])}`);
    if (regressions.length)
        facts.push(`${regressions.length} p95 regression${regressions.length > 1 ? 's' : ''} vs base`);
    if (unmeasured.length)
        facts.push(`${unmeasured.length} budget${unmeasured.length > 1 ? 's' : ''} unchecked`);
    const failed = failedBudgets.length > 0 || (regressions.length > 0 && config.perf.failOnRegression);
    const warned = !failed && (regressions.length > 0 || unmeasured.length > 0);
    const data = { results, checks, comparisons, resultsFile, chartFile };
    return {
        status: failed ? 'failed' : warned ? 'warned' : 'passed',
        headline: facts.join('; '),
        details,
        outputs: { 'perf-p95-ms': worstP95, 'perf-error-rate': String(errorRate) },
        annotations,
        data,
    };
}
const perfStage = { name: 'perf', run: runPerfStage };
/**
 * `backend-ci perf`: runs only the perf stage and reports it through the host.
 * Exit codes: 0 passed or warned, 1 failed, 2 configuration error.
 */
async function perfCommand(config, host) {
    host.stageStarted('perf');
    const started = Date.now();
    let outcome;
    try {
        outcome = await host.group('perf', () => runPerfStage({ config, host, previous: new Map() }));
    }
    catch (err) {
        if (err instanceof stage/* ConfigError */.x) {
            host.log.error(err.message);
            return 2;
        }
        outcome = { status: 'failed', headline: err.message.split('\n')[0], details: '```\n' + err.message + '\n```\n' };
    }
    const result = { ...outcome, stage: 'perf', durationMs: Date.now() - started, outputs: outcome.outputs ?? {}, annotations: outcome.annotations ?? [] };
    for (const [name, value] of Object.entries(result.outputs))
        host.setOutput(name, value);
    for (const a of result.annotations)
        host.annotate(a);
    await host.appendSummary(`## perf: ${result.headline}\n\n${result.details ?? ''}\n`);
    host.stageFinished(result);
    return result.status === 'failed' ? 1 : 0;
}


/***/ })

};
