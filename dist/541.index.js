export const id = 541;
export const ids = [541];
export const modules = {

/***/ 30541:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ main_run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 11 modules
var core = __webpack_require__(91659);
// EXTERNAL MODULE: ./.build/src/config/config.js + 8 modules
var config_config = __webpack_require__(9831);
;// CONCATENATED MODULE: ./.build/src/config/action-inputs.js
// Reads the action's inputs through @actions/core; the only place that does.


function readActionInputs() {
    const names = [...(0,config_config/* inputSpecs */.Tx)().map((s) => s.name), 'config-file'];
    return Object.fromEntries(names.map((name) => [name, core/* getInput */.V4(name) || undefined]));
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./.build/src/report/permissions.js
var permissions = __webpack_require__(51318);
;// CONCATENATED MODULE: ./.build/src/host/actions.js
// ActionsHost: the pipeline inside a GitHub Actions job. Logs, groups, masks, outputs, annotations and the job
// summary go through @actions/core; the artifact client and Octokit are loaded only when a stage needs them.




/** Reads the runner's environment and event payload file; never throws for a missing or odd payload. */
function contextFromEnvironment(env = process.env) {
    const serverUrl = env.GITHUB_SERVER_URL || 'https://github.com';
    const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
    let payload = {};
    if (env.GITHUB_EVENT_PATH) {
        try {
            payload = JSON.parse((0,external_node_fs_.readFileSync)(env.GITHUB_EVENT_PATH, 'utf8'));
        }
        catch {
            payload = {};
        }
    }
    let pullRequest;
    const pr = payload.pull_request;
    if (pr?.base && pr.head) {
        pullRequest = {
            number: pr.number,
            baseRef: pr.base.ref,
            baseSha: pr.base.sha,
            headRef: pr.head.ref,
            headSha: pr.head.sha,
            fromFork: (0,permissions/* isForkPullRequest */.B7)({ pull_request: { head: pr.head, base: { repo: { full_name: pr.base.repo?.full_name ?? env.GITHUB_REPOSITORY } } } }),
        };
    }
    const repository = owner && repo ? { owner, repo } : undefined;
    return {
        repository,
        sha: pullRequest?.headSha ?? env.GITHUB_SHA,
        ref: env.GITHUB_REF,
        eventName: env.GITHUB_EVENT_NAME,
        pullRequest,
        runId: env.GITHUB_RUN_ID,
        runAttempt: env.GITHUB_RUN_ATTEMPT,
        runUrl: repository && env.GITHUB_RUN_ID ? `${serverUrl}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}` : undefined,
        serverUrl,
        apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
        workspace: env.GITHUB_WORKSPACE || process.cwd(),
    };
}
class ActionsHost {
    token;
    kind = 'actions';
    context;
    resultsDir;
    log = {
        debug: (m) => core/* debug */.Yz(m),
        info: (m) => core/* info */.pq(m),
        warning: (m) => core/* warning */.$e(m),
        error: (m) => core/* error */.z3(m),
    };
    storePromise;
    clientPromise;
    constructor(token, env = process.env) {
        this.token = token;
        this.context = contextFromEnvironment(env);
        this.resultsDir = external_node_path_.join(env.RUNNER_TEMP || external_node_path_.join(this.context.workspace, '.backend-ci'), 'backend-ci');
    }
    group(title, fn) {
        return core/* group */.Os(title, fn);
    }
    setSecret(value) {
        if (value)
            core/* setSecret */.Pq(value);
    }
    setOutput(name, value) {
        core/* setOutput */.uH(name, value);
    }
    annotate(a) {
        const props = { title: a.title, file: a.file, startLine: a.line, endLine: a.endLine, startColumn: a.column };
        if (a.level === 'error')
            core/* error */.z3(a.message, props);
        else if (a.level === 'warning')
            core/* warning */.$e(a.message, props);
        else
            core/* notice */.lm(a.message, props);
    }
    async appendSummary(markdown) {
        if (!process.env.GITHUB_STEP_SUMMARY)
            return;
        await core/* summary */.z.addRaw(markdown).write();
        core/* summary */.z.emptyBuffer();
    }
    stageStarted(_stage) { }
    stageProgress(_stage, _text) { }
    stageFinished(result) {
        core/* info */.pq(`${result.stage}: ${result.status} in ${(result.durationMs / 1000).toFixed(1)}s — ${result.headline}`);
    }
    artifacts() {
        this.storePromise ??= __webpack_require__.e(/* import() */ 355).then(__webpack_require__.bind(__webpack_require__, 98355)).then(async ({ ActionsArtifactStore }) => new ActionsArtifactStore({ context: this.context, github: await this.github(), token: this.token?.(), log: this.log }));
        return this.storePromise;
    }
    github() {
        this.clientPromise ??= (async () => {
            const token = this.token?.();
            if (!token)
                return undefined;
            const { getOctokit } = await __webpack_require__.e(/* import() */ 351).then(__webpack_require__.bind(__webpack_require__, 61351));
            return getOctokit(token, { baseUrl: this.context.apiUrl });
        })();
        return this.clientPromise;
    }
}

// EXTERNAL MODULE: ./.build/src/pipeline/run.js
var run = __webpack_require__(95167);
// EXTERNAL MODULE: ./.build/src/pipeline/stage.js
var stage = __webpack_require__(58992);
// EXTERNAL MODULE: ./.build/src/stages/index.js
var stages = __webpack_require__(53983);
;// CONCATENATED MODULE: ./.build/src/main.js
// The action: inputs -> config -> pipeline -> outputs; one top-level catch.







async function main_run() {
    try {
        let config;
        const host = new ActionsHost(() => config?.report.token);
        config = (0,config_config/* loadConfig */.Z9)({
            workspace: host.context.workspace,
            inputs: readActionInputs(),
            onSecret: (value) => host.setSecret(value),
        });
        const result = await (0,run/* runPipeline */.a)(config, host, stages/* stages */._);
        const failed = result.results.filter((r) => r.status === 'failed');
        if (failed.length)
            core/* setFailed */.C1(failed.map((r) => `${r.stage}: ${r.headline}`).join('\n'));
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        // "backend-ci.yml:16:3: ..." becomes an annotation on that line of the file.
        const at = error instanceof stage/* ConfigError */.x ? /^([^\s:][^:]*):(\d+):(\d+): /.exec(message) : null;
        if (at)
            core/* error */.z3(message.slice(at[0].length), { title: 'backend-ci configuration', file: at[1], startLine: Number(at[2]), startColumn: Number(at[3]) });
        core/* setFailed */.C1(message);
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


/***/ })

};
