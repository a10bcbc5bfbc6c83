export const id = 853;
export const ids = [853,676,295,914];
export const modules = {

/***/ 33853:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  UsageError: () => (/* binding */ UsageError),
  main: () => (/* binding */ main),
  parseArgs: () => (/* binding */ parseArgs)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./.build/src/config/config.js + 8 modules
var config_config = __webpack_require__(9831);
// EXTERNAL MODULE: ./.build/src/config/schema.js
var schema = __webpack_require__(7279);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./.build/src/exec/run.js
var run = __webpack_require__(95676);
;// CONCATENATED MODULE: ./.build/src/host/git.js
// What the local git checkout says about the commit, for runs outside GitHub Actions.

async function gitOutput(cwd, args) {
    try {
        const r = await (0,run/* runProgram */.mB)('git', args, { cwd, timeoutMs: 10_000 });
        return r.code === 0 ? r.stdout.trim() : undefined;
    }
    catch {
        return undefined;
    }
}
/** owner/repo from a GitHub remote URL (https or ssh form). */
function parseGitHubRemote(url) {
    const m = /github\.com[:/]([^/\s]+)\/([^/\s]+?)(?:\.git)?\/?$/.exec(url.trim());
    return m ? { owner: m[1], repo: m[2] } : undefined;
}
async function localGitInfo(cwd) {
    const [topLevel, sha, branch, remote] = await Promise.all([
        gitOutput(cwd, ['rev-parse', '--show-toplevel']),
        gitOutput(cwd, ['rev-parse', 'HEAD']),
        gitOutput(cwd, ['rev-parse', '--abbrev-ref', 'HEAD']),
        gitOutput(cwd, ['config', '--get', 'remote.origin.url']),
    ]);
    return { topLevel, sha, branch: branch && branch !== 'HEAD' ? branch : undefined, repository: remote ? parseGitHubRemote(remote) : undefined };
}

;// CONCATENATED MODULE: ./.build/src/host/local.js
// LocalHost: the pipeline in a terminal or any non-GitHub CI. A live line per stage on a TTY (spinner and
// elapsed time), plain lines otherwise; summary, outputs and results under .backend-ci/.



const SPINNER = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];
const ICON = { passed: '✔', failed: '✖', skipped: '○', warned: '▲' };
class LocalHost {
    context;
    options;
    kind = 'local';
    resultsDir;
    log;
    secrets = [];
    out;
    live;
    running;
    storePromise;
    outputs = {};
    constructor(context, options) {
        this.context = context;
        this.options = options;
        this.resultsDir = external_node_path_.join(options.baseDir, '.backend-ci');
        (0,external_node_fs_.mkdirSync)(this.resultsDir, { recursive: true });
        (0,external_node_fs_.writeFileSync)(external_node_path_.join(this.resultsDir, 'summary.md'), '');
        (0,external_node_fs_.writeFileSync)(external_node_path_.join(this.resultsDir, 'annotations.txt'), '');
        this.out = options.stream ?? process.stdout;
        this.live = !options.plain && !!this.out.isTTY && !process.env.CI;
        this.log = {
            debug: (m) => {
                if (process.env.BACKEND_CI_DEBUG)
                    this.print(`  · ${m}`);
            },
            info: (m) => this.print(`  ${m}`),
            warning: (m) => this.print(`  ⚠ ${m}`),
            error: (m) => this.print(`  ✖ ${m}`),
        };
    }
    static async create(options) {
        const git = await localGitInfo(options.workspace);
        const context = {
            repository: git.repository,
            sha: git.sha,
            ref: git.branch ? `refs/heads/${git.branch}` : undefined,
            eventName: 'local',
            serverUrl: 'https://github.com',
            apiUrl: 'https://api.github.com',
            workspace: options.workspace,
        };
        return new LocalHost(context, options);
    }
    mask(text) {
        return this.secrets.reduce((t, s) => t.split(s).join('***'), text);
    }
    print(line) {
        const text = this.mask(line);
        if (this.live && this.running)
            this.out.write('\r\x1b[K');
        this.out.write(`${text}\n`);
        if (this.live && this.running)
            this.drawLive();
    }
    drawLive() {
        const r = this.running;
        const seconds = ((Date.now() - r.started) / 1000).toFixed(1);
        const frame = SPINNER[r.frame % SPINNER.length];
        this.out.write(`\r\x1b[K${frame} ${r.stage} ${seconds}s${r.text ? `  ${this.mask(r.text)}` : ''}`);
    }
    async group(_title, fn) {
        return fn();
    }
    setSecret(value) {
        if (value && !this.secrets.includes(value))
            this.secrets.push(value);
    }
    setOutput(name, value) {
        this.outputs[name] = value;
        (0,external_node_fs_.writeFileSync)(external_node_path_.join(this.resultsDir, 'outputs.json'), JSON.stringify(this.outputs, null, 2));
    }
    annotate(a) {
        const where = a.file ? `${a.file}${a.line ? `:${a.line}` : ''}: ` : '';
        const line = `${where}${a.level}: ${a.title ? `${a.title}: ` : ''}${a.message}`;
        (0,external_node_fs_.appendFileSync)(external_node_path_.join(this.resultsDir, 'annotations.txt'), `${this.mask(line)}\n`);
        this.print(`  ${a.level === 'error' ? '✖' : a.level === 'warning' ? '⚠' : 'ℹ'} ${line}`);
    }
    async appendSummary(markdown) {
        (0,external_node_fs_.appendFileSync)(external_node_path_.join(this.resultsDir, 'summary.md'), this.mask(markdown));
    }
    stageStarted(stage) {
        if (this.live) {
            const timer = setInterval(() => {
                if (this.running) {
                    this.running.frame++;
                    this.drawLive();
                }
            }, 100);
            timer.unref();
            this.running = { stage, started: Date.now(), text: '', frame: 0, timer };
            this.drawLive();
        }
        else {
            this.out.write(`▶ ${stage}\n`);
        }
    }
    stageProgress(stage, text) {
        if (this.running?.stage === stage) {
            this.running.text = text;
            this.drawLive();
        }
    }
    stageFinished(result) {
        if (this.running) {
            clearInterval(this.running.timer);
            this.out.write('\r\x1b[K');
            this.running = undefined;
        }
        const seconds = (result.durationMs / 1000).toFixed(1);
        this.out.write(`${ICON[result.status]} ${result.stage.padEnd(10)} ${result.status.padEnd(7)} ${seconds.padStart(6)}s  ${this.mask(result.headline)}\n`);
    }
    artifacts() {
        this.storePromise ??= __webpack_require__.e(/* import() */ 673).then(__webpack_require__.bind(__webpack_require__, 76673)).then(({ LocalArtifactStore }) => new LocalArtifactStore({ directory: external_node_path_.join(this.resultsDir, 'artifacts'), from: this.options.artifactsFrom }));
        return this.storePromise;
    }
    async github() {
        return undefined;
    }
}

// EXTERNAL MODULE: ./.build/src/pipeline/run.js
var pipeline_run = __webpack_require__(95167);
// EXTERNAL MODULE: ./.build/src/pipeline/stage.js
var stage = __webpack_require__(58992);
// EXTERNAL MODULE: ./.build/src/stages/index.js
var stages = __webpack_require__(53983);
;// CONCATENATED MODULE: ./.build/package.json
const package_namespaceObject = {"rE":"0.1.0"};
;// CONCATENATED MODULE: ./.build/src/cli.js
// The CLI: the same pipeline as the action, in a terminal or any other CI.
// Exit codes: 0 success, 1 a stage failed, 2 usage or configuration error.








class UsageError extends Error {
    name = 'UsageError';
}
/** Flags of our own; every other --name is an action input (see `backend-ci help inputs`). */
const BOOLEAN_FLAGS = ['plan', 'force', 'plain', 'help', 'version'];
const VALUE_FLAGS = ['to', 'output', 'artifacts-from'];
const ALIASES = { C: 'working-directory', c: 'config-file', config: 'config-file', h: 'help', V: 'version' };
function parseArgs(argv) {
    const inputNames = new Set([...(0,config_config/* inputSpecs */.Tx)().map((s) => s.name), 'config-file']);
    const parsed = { command: 'run', inputs: {}, flags: new Set(), values: {}, positionals: [] };
    let commandSeen = false;
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (arg.startsWith('-') && arg !== '-') {
            let [name, value] = arg.replace(/^--?/, '').split(/=(.*)/s, 2);
            name = ALIASES[name] ?? name;
            if (BOOLEAN_FLAGS.includes(name)) {
                parsed.flags.add(name);
                continue;
            }
            const takeValue = () => {
                if (value !== undefined)
                    return value;
                const next = argv[++i];
                if (next === undefined)
                    throw new UsageError(`--${name} needs a value`);
                return next;
            };
            if (VALUE_FLAGS.includes(name))
                parsed.values[name] = takeValue();
            else if (name === 'input') {
                const [k, v] = takeValue().split(/=(.*)/s, 2);
                if (!k || v === undefined)
                    throw new UsageError('--input takes name=value');
                if (!inputNames.has(k))
                    throw new UsageError(`unknown input '${k}'${(0,schema/* didYouMean */.au)(k, [...inputNames])}`);
                parsed.inputs[k] = v;
            }
            else if (inputNames.has(name))
                parsed.inputs[name] = takeValue();
            else
                throw new UsageError(`unknown option --${name}${(0,schema/* didYouMean */.au)(name, [...inputNames, ...BOOLEAN_FLAGS, ...VALUE_FLAGS])}; see backend-ci --help`);
        }
        else if (!commandSeen) {
            parsed.command = arg;
            commandSeen = true;
        }
        else
            parsed.positionals.push(arg);
    }
    return parsed;
}
const HELP = `backend-ci ${package_namespaceObject.rE} — CI/CD for backend services

Usage: backend-ci [command] [options]

Commands:
  run                 run the pipeline (default): ${stage/* STAGE_NAMES */.y.join(', ')}
  migrations          check pending migrations; exit 0 clean, 1 tool error, 2 unapplied, 3 drift, 4 destructive
  config              validate the service's configuration
  test                run the tests under c8 and enforce coverage thresholds
  perf                run the load-test scenario against its budgets
  deploy [--plan]     deploy a release (--plan prints the steps and the migrations that would run)
  rollback [--to ID]  switch back to the previous (or the given) good release
  releases            list releases on every target
  unlock [--force]    release a deploy lock left by a dead run
  merge-coverage DIR… merge shard coverage folders (lcov) into --output DIR and apply thresholds
  help inputs         list every setting that can be given as --name value

Options:
  --stages a,b        stages to run, in order (the report runs last)
  -c, --config FILE   backend-ci.yml to read (default: ./backend-ci.yml if present)
  -C, --working-directory DIR
  --<input> VALUE     any action input, e.g. --threshold-lines 80 --test-command "npm test"
  --plain             no live progress line
  -h, --help, -V, --version

Exit codes: 0 success, 1 a stage failed, 2 usage or configuration error.`;
function inputsHelp() {
    const rows = (0,config_config/* inputSpecs */.Tx)().map((s) => `  --${s.name.padEnd(26)} ${s.doc}${s.default !== undefined && !(Array.isArray(s.default) && !s.default.length) ? ` [default: ${Array.isArray(s.default) ? s.default.join(',') : String(s.default)}]` : ''}`);
    return ['Settings (action inputs; also settable in backend-ci.yml):', ...rows].join('\n');
}
async function withConfig(parsed, stageOverride) {
    const workspace = process.cwd();
    const inputs = { ...parsed.inputs };
    if (stageOverride)
        inputs.stages = stageOverride;
    let host;
    const secrets = [];
    const config = (0,config_config/* loadConfig */.Z9)({ workspace, inputs, onSecret: (s) => secrets.push(s) });
    host = await LocalHost.create({ baseDir: config.cwd, workspace, plain: parsed.flags.has('plain'), artifactsFrom: parsed.values['artifacts-from'] ? external_node_path_.resolve(parsed.values['artifacts-from']) : undefined });
    for (const s of secrets)
        host.setSecret(s);
    return { config, host };
}
async function runStages(parsed, only) {
    const { config, host } = await withConfig(parsed, only);
    const result = await (0,pipeline_run/* runPipeline */.a)(config, host, stages/* stages */._);
    process.stdout.write(`\nreport: ${external_node_path_.relative(process.cwd(), external_node_path_.join(host.resultsDir, 'summary.md'))}   results: ${external_node_path_.relative(process.cwd(), result.resultsJson)}\n`);
    if (result.configError)
        return 2;
    return result.failed ? 1 : 0;
}
async function main(argv) {
    const parsed = parseArgs(argv);
    if (parsed.flags.has('version')) {
        process.stdout.write(`${package_namespaceObject.rE}\n`);
        return 0;
    }
    if (parsed.flags.has('help') || parsed.command === 'help') {
        process.stdout.write(`${parsed.positionals[0] === 'inputs' ? inputsHelp() : HELP}\n`);
        return 0;
    }
    switch (parsed.command) {
        case 'run':
            return runStages(parsed);
        case 'test':
            return runStages(parsed, 'test');
        case 'migrations': {
            const { config, host } = await withConfig(parsed);
            return (await __webpack_require__.e(/* import() */ 651).then(__webpack_require__.bind(__webpack_require__, 27651))).migrationsCommand(config, host);
        }
        case 'config': {
            const { config, host } = await withConfig(parsed);
            return (await __webpack_require__.e(/* import() */ 909).then(__webpack_require__.bind(__webpack_require__, 19909))).configCommand(config, host);
        }
        case 'perf': {
            const { config, host } = await withConfig(parsed);
            return (await Promise.all(/* import() */[__webpack_require__.e(397), __webpack_require__.e(236), __webpack_require__.e(174), __webpack_require__.e(233)]).then(__webpack_require__.bind(__webpack_require__, 55233))).perfCommand(config, host);
        }
        case 'deploy':
        case 'rollback':
        case 'releases':
        case 'unlock': {
            const { config, host } = await withConfig(parsed);
            const deploy = await Promise.all(/* import() */[__webpack_require__.e(345), __webpack_require__.e(629)]).then(__webpack_require__.bind(__webpack_require__, 64629));
            if (parsed.command === 'deploy')
                return deploy.deployCommand(config, host, { plan: parsed.flags.has('plan') });
            if (parsed.command === 'rollback')
                return deploy.rollbackCommand(config, host, { to: parsed.values.to });
            if (parsed.command === 'releases')
                return deploy.releasesCommand(config, host);
            return deploy.unlockCommand(config, host, { force: parsed.flags.has('force') });
        }
        case 'merge-coverage': {
            const { config, host } = await withConfig(parsed);
            if (!parsed.positionals.length)
                throw new UsageError('merge-coverage needs the shard coverage folders (or lcov files) as arguments');
            return (await Promise.all(/* import() */[__webpack_require__.e(526), __webpack_require__.e(454)]).then(__webpack_require__.bind(__webpack_require__, 59454))).mergeCoverageCommand(config, host, { inputs: parsed.positionals, output: parsed.values.output });
        }
        default:
            throw new UsageError(`unknown command '${parsed.command}'${(0,schema/* didYouMean */.au)(parsed.command, ['run', 'test', 'migrations', 'config', 'perf', 'deploy', 'rollback', 'releases', 'unlock', 'merge-coverage', 'help'])}; see backend-ci --help`);
    }
}
main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
}, (error) => {
    const usage = error instanceof UsageError || error instanceof stage/* ConfigError */.x;
    process.stderr.write(`backend-ci: ${error instanceof Error ? error.message : String(error)}\n`);
    if (!usage && error instanceof Error && error.stack && process.env.BACKEND_CI_DEBUG)
        process.stderr.write(`${error.stack}\n`);
    process.exitCode = usage ? 2 : 1;
});


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
