export const id = 621;
export const ids = [621,676,295,914];
export const modules = {

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


/***/ }),

/***/ 97621:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  resolveTestCommand: () => (/* binding */ resolveTestCommand),
  testStage: () => (/* binding */ testStage)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./.build/src/coverage/model.js
var model = __webpack_require__(32279);
// EXTERNAL MODULE: ./.build/src/coverage/read.js + 1 modules
var coverage_read = __webpack_require__(74655);
// EXTERNAL MODULE: ./.build/src/coverage/thresholds.js
var thresholds = __webpack_require__(3956);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./.build/src/coverage/xml.js
var coverage_xml = __webpack_require__(92151);
;// CONCATENATED MODULE: ./.build/src/testresults/model.js
// Test results from any runner, in one shape, and the annotations a failing test becomes.

/** A malformed results file: names the file and line and what was expected. */
class TestResultsFormatError extends Error {
    file;
    line;
    name = 'TestResultsFormatError';
    constructor(file, line, message) {
        super(`${file}${line !== undefined ? `:${line}` : ''}: ${message}`);
        this.file = file;
        this.line = line;
    }
}
function emptyResults() {
    return { passed: 0, failed: 0, skipped: 0, failures: [] };
}
function addResults(a, b) {
    return { passed: a.passed + b.passed, failed: a.failed + b.failed, skipped: a.skipped + b.skipped, failures: [...a.failures, ...b.failures] };
}
/** A path from test output (absolute, file:// URL or relative to cwd) -> repository-relative, or undefined outside it. */
function repositoryFile(raw, opts) {
    let file = raw;
    if (file.startsWith('file://')) {
        try {
            file = new URL(file).pathname;
            file = decodeURIComponent(file);
        }
        catch {
            return undefined;
        }
    }
    const absolute = external_node_path_.resolve(opts.cwd, file);
    const relative = external_node_path_.relative(external_node_path_.resolve(opts.workspace), absolute);
    if (relative === '' || relative.startsWith('..') || external_node_path_.isAbsolute(relative))
        return undefined;
    return relative.split(external_node_path_.sep).join('/');
}
const FRAME_PATTERNS = [
    // JavaScript: "at fn (file:///abs/x.test.js:12:5)", "at /abs/x.js:3:1", "x.test.ts:12:5"
    /(?:^|[\s(])((?:file:\/\/)?[^\s()'"]+?\.[A-Za-z0-9]+):(\d+)(?::(\d+))?\)?(?=$|[\s:,])/,
    // Python: File "tests/test_x.py", line 12, in test_y
    /File "([^"]+)", line (\d+)/,
];
/** Where in the repository a failure happened, from stack or traceback text; frames in `prefer` win. */
function locationFromText(text, opts) {
    let first;
    for (const line of text.split('\n')) {
        for (const pattern of FRAME_PATTERNS) {
            const m = pattern.exec(line);
            if (!m)
                continue;
            const raw = m[1];
            if (raw.startsWith('node:') || raw.includes('node_modules/') || raw.startsWith('internal/'))
                continue;
            const file = repositoryFile(raw, opts);
            if (!file)
                continue;
            const found = { file, line: Number(m[2]), ...(m[3] ? { column: Number(m[3]) } : {}) };
            if (!opts.prefer || file === opts.prefer)
                return found;
            first ??= found;
        }
    }
    return first;
}
const MAX_MESSAGE = 2000;
/** One error annotation per failing test, on the line that failed when it is known. */
function failureAnnotations(results) {
    return results.failures.map((f) => {
        const message = f.message.length > MAX_MESSAGE ? `${f.message.slice(0, MAX_MESSAGE - 3)}...` : f.message;
        const annotation = { level: 'error', title: `Test failed: ${f.name}`, message: message || 'failed' };
        if (f.file) {
            annotation.file = f.file;
            if (f.line)
                annotation.line = f.line;
            if (f.line && f.column)
                annotation.column = f.column;
        }
        return annotation;
    });
}

;// CONCATENATED MODULE: ./.build/src/testresults/junit.js
// JUnit XML (testsuites/testsuite/testcase with failure, error, skipped), as written by node --test's junit
// reporter, Vitest, Jest (jest-junit), pytest, Maven Surefire and most other runners.



const SOURCE_FILE = /\.(?:[cm]?[jt]sx?|py|rb|go|java|kt|php|cs|rs|ex|exs)$/;
function parseJUnit(xml, file, opts) {
    const results = emptyResults();
    const suites = [];
    let testcase;
    let inFailure = false;
    let rootSeen = false;
    const finish = (c) => {
        if (c.outcome === 'passed')
            results.passed++;
        else if (c.outcome === 'skipped')
            results.skipped++;
        else {
            results.failed++;
            const stated = c.file ? repositoryFile(c.file, opts) : undefined;
            const fromText = locationFromText(`${c.message ?? ''}\n${c.text}`, { ...opts, prefer: stated });
            const message = (c.message?.trim() || c.text.trim().split('\n')[0] || 'failed').trim();
            results.failures.push({
                name: c.name,
                ...(stated || fromText ? { file: stated ?? fromText.file } : {}),
                // The failing line from the stack beats the testcase's line attribute (the test's declaration, and
                // 0-based in pytest's reports).
                ...(fromText && (!stated || fromText.file === stated)
                    ? { line: fromText.line, ...(fromText.column ? { column: fromText.column } : {}) }
                    : c.line
                        ? { line: c.line }
                        : {}),
                message,
            });
        }
    };
    try {
        (0,coverage_xml/* scanXml */.Fo)(xml, {
            open(name, attrs, line) {
                if (!rootSeen) {
                    rootSeen = true;
                    if (name !== 'testsuites' && name !== 'testsuite') {
                        throw new TestResultsFormatError(file, line, `expected the root element <testsuites> or <testsuite> of a JUnit report, got <${name}>`);
                    }
                }
                if (name === 'testsuite') {
                    suites.push({ name: attrs.name, file: attrs.file ?? attrs.filepath ?? suites[suites.length - 1]?.file });
                }
                else if (name === 'testcase') {
                    if (attrs.name === undefined)
                        throw new TestResultsFormatError(file, line, 'expected a name="..." attribute on <testcase>');
                    // Vitest and Jest put the test file in classname (and name the suite after it).
                    const classFile = attrs.classname && SOURCE_FILE.test(attrs.classname) ? attrs.classname : undefined;
                    const fileAttr = attrs.file ?? attrs.filepath ?? suites[suites.length - 1]?.file ?? classFile;
                    const parents = suites.map((s) => s.name).filter((n) => !!n && n !== fileAttr && n !== attrs.classname);
                    const lineAttr = attrs.line !== undefined && /^\d+$/.test(attrs.line) ? Number(attrs.line) : undefined;
                    testcase = {
                        name: [...parents, attrs.name].join(' › '),
                        file: fileAttr,
                        ...(lineAttr ? { line: lineAttr } : {}),
                        outcome: 'passed',
                        text: '',
                    };
                }
                else if (testcase && (name === 'failure' || name === 'error')) {
                    testcase.outcome = 'failed';
                    testcase.message ??= attrs.message;
                    inFailure = true;
                }
                else if (testcase && name === 'skipped' && testcase.outcome !== 'failed') {
                    testcase.outcome = 'skipped';
                }
            },
            text(text) {
                if (testcase && inFailure)
                    testcase.text += text;
            },
            close(name) {
                if (name === 'testsuite')
                    suites.pop();
                else if (name === 'failure' || name === 'error')
                    inFailure = false;
                else if (name === 'testcase' && testcase) {
                    finish(testcase);
                    testcase = undefined;
                }
            },
        });
    }
    catch (err) {
        if (err instanceof coverage_xml/* XmlSyntaxError */.R_)
            throw new TestResultsFormatError(file, err.line, err.detail);
        throw err;
    }
    return results;
}
async function readJUnit(file, opts) {
    const text = await (0,promises_.readFile)(file, 'utf8').catch((err) => {
        if (err.code === 'ENOENT')
            throw new TestResultsFormatError(file, undefined, 'no such file: expected a JUnit XML report here');
        throw err;
    });
    return parseJUnit(text, file, opts);
}

;// CONCATENATED MODULE: ./.build/src/testresults/node-test.js
// Output of the node test runner (`node --test`): TAP (the default when stdout is not a terminal on
// Node 20) and the spec reporter (the default on a terminal, and everywhere from Node 23). Counts come from
// the closing summary ("# pass 11" / "ℹ pass 11"); failures from the failing tests and their locations.

const SUMMARY = /^(?:#|ℹ)\s+(tests|pass|fail|cancelled|skipped|todo)\s+(\d+)\s*$/;
function counts(lines) {
    const seen = {};
    for (const line of lines) {
        const m = SUMMARY.exec(line.trim());
        if (m)
            seen[m[1]] = Number(m[2]);
    }
    if (seen.pass === undefined && seen.fail === undefined)
        return undefined;
    return {
        passed: seen.pass ?? 0,
        // A cancelled test did not pass: it ran out of time or its parent failed.
        failed: (seen.fail ?? 0) + (seen.cancelled ?? 0),
        skipped: (seen.skipped ?? 0) + (seen.todo ?? 0),
    };
}
function indentOf(line) {
    return line.length - line.trimStart().length;
}
/** A YAML scalar as node's TAP reporter writes it: plain, 'single' (with '' escapes), "double", or a |- block. */
function yamlValue(first, following, indent) {
    const v = first.trim();
    if (v === '|-' || v === '|' || v === '>-' || v === '>') {
        const body = [];
        let used = 0;
        for (const line of following) {
            if (line.trim() !== '' && indentOf(line) <= indent)
                break;
            body.push(line);
            used++;
        }
        const cut = Math.min(...body.filter((l) => l.trim() !== '').map(indentOf), Infinity);
        return { value: body.map((l) => l.slice(Number.isFinite(cut) ? cut : 0)).join('\n').trimEnd(), used };
    }
    if (v.startsWith("'") && v.endsWith("'") && v.length >= 2)
        return { value: v.slice(1, -1).replace(/''/g, "'"), used: 0 };
    if (v.startsWith('"') && v.endsWith('"') && v.length >= 2) {
        try {
            return { value: JSON.parse(v), used: 0 };
        }
        catch {
            return { value: v.slice(1, -1), used: 0 };
        }
    }
    return { value: v, used: 0 };
}
function parseTap(lines, opts) {
    const failures = [];
    // Subtest names by nesting level (node indents each level by 4 spaces).
    const names = [];
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        const subtest = /^(\s*)# Subtest: (.*)$/.exec(line);
        if (subtest) {
            const level = Math.floor(subtest[1].length / 4);
            names.length = level;
            names[level] = subtest[2];
            continue;
        }
        const result = /^(\s*)not ok \d+ - (.*?)(?:\s+#\s*(?:TODO|SKIP)\b.*)?$/.exec(line);
        if (!result)
            continue;
        const indent = result[1].length;
        const level = Math.floor(indent / 4);
        const name = [...names.slice(0, level), result[2]].join(' › ');
        // The YAML block ("---" ... "...") and its keys are indented two more than the result line.
        const fields = {};
        if (lines[i + 1]?.trim() === '---') {
            let j = i + 2;
            while (j < lines.length && lines[j].trim() !== '...') {
                const field = /^(\s*)([A-Za-z_]+):\s?(.*)$/.exec(lines[j]);
                if (field && field[1].length === indent + 2) {
                    const { value, used } = yamlValue(field[3], lines.slice(j + 1), indent + 2);
                    fields[field[2]] = value;
                    j += 1 + used;
                }
                else {
                    j++;
                }
            }
            i = j;
        }
        // A suite fails when a subtest does; that subtest is reported on its own.
        if (fields.failureType === 'subtestsFailed' || fields.type === 'suite')
            continue;
        const declared = fields.location ? /^(.*):(\d+):(\d+)$/.exec(fields.location) : null;
        const declaredFile = declared ? repositoryFile(declared[1], opts) : undefined;
        const thrown = locationFromText(fields.stack ?? '', { ...opts, prefer: declaredFile });
        const where = thrown && (!declaredFile || thrown.file === declaredFile) ? thrown : declared && declaredFile ? { file: declaredFile, line: Number(declared[2]), column: Number(declared[3]) } : thrown;
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
function specFullNames(lines, end) {
    const names = new Map();
    const suites = [];
    for (let i = 0; i < end; i++) {
        const m = SPEC_RESULT.exec(lines[i]);
        if (!m)
            continue;
        const indent = m[1].length;
        while (suites.length > 0 && suites[suites.length - 1].indent >= indent) {
            const top = suites.pop();
            // The suite's own closing line: not a test.
            if (top.indent === indent && top.name === m[3]) {
                m[2] = '';
                break;
            }
        }
        if (m[2] === '▶')
            suites.push({ indent, name: m[3] });
        else if (m[2] === '✖') {
            const list = names.get(m[3]) ?? [];
            list.push([...suites.map((s) => s.name), m[3]].join(' › '));
            names.set(m[3], list);
        }
    }
    return names;
}
function parseSpec(lines, opts) {
    const failures = [];
    const start = lines.findIndex((l) => /^\s*✖ failing tests:\s*$/.test(l));
    if (start === -1)
        return failures;
    const fullNames = specFullNames(lines, start);
    let declared;
    for (let i = start + 1; i < lines.length; i++) {
        const line = lines[i];
        const at = /^\s*test at (.*):(\d+):(\d+)\s*$/.exec(line);
        if (at) {
            declared = line;
            continue;
        }
        const failed = /^(\s*)✖ (.*?)(?: \([\d.]+m?s\))?\s*$/.exec(line);
        if (!failed)
            continue;
        const indent = failed[1].length;
        const body = [];
        let j = i + 1;
        for (; j < lines.length; j++) {
            const l = lines[j];
            if (l.trim() !== '' && indentOf(l) <= indent)
                break;
            body.push(l);
        }
        i = j - 1;
        const text = body.join('\n');
        const stackAt = body.findIndex((l) => /^\s+at /.test(l));
        const message = (stackAt === -1 ? body : body.slice(0, stackAt))
            .map((l) => l.trim())
            .join('\n')
            .trim();
        if (/^\d+ subtests? failed$/.test(message))
            continue;
        const decl = declared ? /^\s*test at (.*):(\d+):(\d+)\s*$/.exec(declared) : null;
        const declaredFile = decl ? repositoryFile(decl[1], opts) : undefined;
        const thrown = locationFromText(text, { ...opts, prefer: declaredFile });
        const where = thrown && (!declaredFile || thrown.file === declaredFile) ? thrown : decl && declaredFile ? { file: declaredFile, line: Number(decl[2]), column: Number(decl[3]) } : thrown;
        failures.push({ name: fullNames.get(failed[2])?.shift() ?? failed[2], ...(where ?? {}), message: message || 'failed' });
        declared = undefined;
    }
    return failures;
}
/** Parses what `node --test` printed (TAP or spec). Undefined when the text has no test runner summary. */
function parseNodeTestOutput(text, opts) {
    // Colours, when a runner forced them on, would hide the markers.
    const lines = text.replace(/\x1b\[[0-9;]*m/g, '').split(/\r?\n/);
    const summary = counts(lines);
    if (!summary)
        return undefined;
    const tap = lines.some((l) => /^TAP version \d+/.test(l) || /^\s*(?:not )?ok \d+ - /.test(l));
    const failures = tap ? parseTap(lines, opts) : parseSpec(lines, opts);
    return { ...emptyResults(), ...summary, failures };
}

;// CONCATENATED MODULE: ./.build/src/testresults/read.js
// Test results for the test stage: from the JUnit files the settings name, or else from what
// `node --test` printed. Undefined when neither says anything.




async function readTestResults(sources) {
    const opts = { workspace: sources.workspace, cwd: sources.cwd };
    const present = sources.junit.filter((f) => (0,external_node_fs_.existsSync)(f));
    if (present.length > 0) {
        let results = emptyResults();
        for (const file of present)
            results = addResults(results, await readJUnit(file, opts));
        return results;
    }
    return parseNodeTestOutput(sources.output, opts);
}

// EXTERNAL MODULE: ./.build/src/exec/run.js
var exec_run = __webpack_require__(95676);
// EXTERNAL MODULE: ./.build/src/pipeline/stage.js
var stage = __webpack_require__(58992);
;// CONCATENATED MODULE: ./.build/src/stages/test/stage.js
// The test stage: runs the tests under c8, reads coverage and test results, enforces thresholds.








/** The command to run: the configured one, or `npm test` when package.json has a test script. */
function resolveTestCommand(config) {
    if (config.test.command)
        return config.test.command;
    const pkg = external_node_path_.join(config.cwd, 'package.json');
    if ((0,external_node_fs_.existsSync)(pkg)) {
        const scripts = JSON.parse((0,external_node_fs_.readFileSync)(pkg, 'utf8')).scripts ?? {};
        if (scripts.test)
            return 'npm test';
    }
    throw new stage/* ConfigError */.x(`no test command: set test.command in backend-ci.yml or the 'test-command' input (no package.json test script in ${config.cwd} to fall back on)`);
}
const TEST_LINE = /^\s*(?:✔|✖|ok \d+|not ok \d+)\s/mu;
const testStage = {
    name: 'test',
    async run({ config, host }) {
        if (config.report.mergeShards !== undefined)
            return mergedShards(config, host);
        const command = resolveTestCommand(config);
        const coverageDirectory = external_node_path_.resolve(config.cwd, config.test.coverageDirectory);
        host.log.info(`$ ${command}${config.test.coverageTool === 'c8' ? '   (under c8)' : ''}`);
        let seen = 0;
        const { runTestCommand } = await Promise.all(/* import() */[__webpack_require__.e(236), __webpack_require__.e(235), __webpack_require__.e(97)]).then(__webpack_require__.bind(__webpack_require__, 89097));
        const run = await runTestCommand({
            command,
            cwd: config.cwd,
            reportsDirectory: coverageDirectory,
            reporters: config.test.reporters,
            include: config.test.include,
            exclude: config.test.exclude,
            all: config.test.all,
            timeoutMs: config.test.timeoutMinutes * 60_000,
            withoutCoverage: config.test.coverageTool === 'none',
            onOutput: (chunk) => {
                for (const line of chunk.split('\n')) {
                    if (TEST_LINE.test(line))
                        seen++;
                }
                if (seen)
                    host.stageProgress('test', `${seen} tests`);
            },
        });
        const output = `${run.stdout}\n${run.stderr}`;
        // The whole output is in the details when it failed; a passing run needs only its counts.
        if (run.code !== 0)
            host.log.info((0,exec_run/* tail */.RT)(output, 40));
        const tests = await readTestResults({ junit: config.test.junit.map((f) => external_node_path_.resolve(config.cwd, f)), output, workspace: config.workspace, cwd: config.cwd });
        const coverageFiles = config.test.coverageFiles.length
            ? config.test.coverageFiles.map((f) => external_node_path_.resolve(config.cwd, f))
            : await (0,coverage_read/* findCoverageFiles */.Rp)(coverageDirectory);
        const read = coverageFiles.length ? await (0,coverage_read/* readCoverage */.tn)(coverageFiles, { workspace: config.workspace, cwd: config.cwd }) : undefined;
        // A report that lists no file measured nothing: treat it as missing, never as 100%.
        const coverage = read && read.files.length > 0 ? read : undefined;
        // One shard of a matrix measures part of the tests: the thresholds are for the merged coverage (merge job).
        const shardOnly = Boolean(config.report.shard);
        if (shardOnly && coverage)
            host.log.info(`shard ${config.report.shard}: coverage thresholds are checked on the merged coverage, not here`);
        const thresholdFailures = coverage && !shardOnly ? (0,thresholds/* checkThresholds */.$w)(coverage, config.test.thresholds, config.test.perFile) : [];
        const annotations = [];
        for (const f of tests?.failures ?? []) {
            annotations.push({ level: 'error', title: `Test failed: ${f.name}`, message: f.message || 'failed', file: f.file, line: f.line });
        }
        for (const f of thresholdFailures)
            annotations.push(thresholdAnnotation(f));
        const outputs = {};
        if (coverage)
            for (const m of model/* METRICS */.Cb)
                outputs[`coverage-${m}`] = String((0,model/* percent */.KN)(coverage.totals[m]));
        if (tests) {
            outputs['tests-passed'] = String(tests.passed);
            outputs['tests-failed'] = String(tests.failed);
        }
        const problems = [];
        const testsFailed = run.code !== 0 || (tests?.failed ?? 0) > 0;
        if (run.timedOut)
            problems.push(`the test command was stopped after ${config.test.timeoutMinutes} min`);
        else if (testsFailed)
            problems.push(tests?.failed ? `${tests.failed} test${tests.failed === 1 ? '' : 's'} failed` : `the test command exited with ${run.code ?? run.signal}`);
        const shownDir = external_node_path_.relative(config.workspace, coverageDirectory) || '.';
        if (read && !coverage)
            problems.push(`the coverage report in ${shownDir} lists no source file (check test.include / test.exclude, and that the tests load the code)`);
        else if (!coverage)
            problems.push(`no coverage report in ${shownDir}`);
        if (thresholdFailures.length)
            problems.push(`${thresholdFailures.length} coverage threshold${thresholdFailures.length === 1 ? '' : 's'} not met`);
        const failed = (testsFailed && config.test.failOnTestFailure) || run.timedOut || thresholdFailures.length > 0 || (!coverage && config.test.coverageTool === 'c8');
        const summaryBits = [
            tests ? `${tests.passed} passed, ${tests.failed} failed${tests.skipped ? `, ${tests.skipped} skipped` : ''}` : undefined,
            coverage ? `lines ${(0,model/* percent */.KN)(coverage.totals.lines)}%` : undefined,
        ].filter(Boolean);
        const headline = problems.length ? `${problems.join('; ')}${summaryBits.length ? ` (${summaryBits.join(', ')})` : ''}` : summaryBits.join(', ') || 'tests passed';
        const data = { coverageDirectory, coverage, tests, exitCode: run.code, thresholdFailures };
        return {
            status: failed ? 'failed' : testsFailed || !coverage ? 'warned' : 'passed',
            headline,
            details: renderDetails(config, data, run.code !== 0 && !tests?.failures.length ? (0,exec_run/* tail */.RT)(output, 30) : undefined),
            outputs,
            annotations,
            data,
        };
    },
};
/**
 * The merge job after a sharded matrix: no tests run here; every shard's coverage artifact of this run is
 * merged (streaming) and gated once.
 */
async function mergedShards(config, host) {
    const [{ prepareMergedCoverage }, { mergeLcovFiles }] = await Promise.all([__webpack_require__.e(/* import() */ 253).then(__webpack_require__.bind(__webpack_require__, 253)), __webpack_require__.e(/* import() */ 778).then(__webpack_require__.bind(__webpack_require__, 4778))]);
    const merged = (await prepareMergedCoverage(config, host, mergeLcovFiles));
    const coverage = await (0,coverage_read/* readCoverage */.tn)([merged], { workspace: config.workspace, cwd: config.cwd });
    const thresholdFailures = (0,thresholds/* checkThresholds */.$w)(coverage, config.test.thresholds, config.test.perFile);
    const data = { coverageDirectory: external_node_path_.dirname(merged), coverage, exitCode: 0, thresholdFailures };
    const outputs = Object.fromEntries(model/* METRICS */.Cb.map((m) => [`coverage-${m}`, String((0,model/* percent */.KN)(coverage.totals[m]))]));
    return {
        status: thresholdFailures.length ? 'failed' : 'passed',
        headline: `merged ${config.report.mergeShards} shards: lines ${(0,model/* percent */.KN)(coverage.totals.lines)}%${thresholdFailures.length ? `; ${thresholdFailures.length} coverage threshold${thresholdFailures.length === 1 ? '' : 's'} not met` : ''}`,
        details: renderDetails(config, data),
        outputs,
        annotations: thresholdFailures.map((f) => thresholdAnnotation(f)),
        data,
    };
}
function thresholdAnnotation(f) {
    return {
        level: 'error',
        title: 'Coverage below threshold',
        message: `${f.metric} coverage ${f.actual}% is under the required ${f.required}%${f.file ? ` for ${f.file}` : ''}`,
        file: f.file,
    };
}
function renderDetails(config, data, outputTail) {
    const lines = [];
    if (data.coverage) {
        lines.push('| Metric | Covered | Total | % | Required |', '|---|---:|---:|---:|---:|');
        for (const m of model/* METRICS */.Cb) {
            const metric = data.coverage.totals[m];
            const required = config.test.thresholds[m];
            lines.push(`| ${m} | ${metric.covered} | ${metric.total} | ${(0,model/* percent */.KN)(metric)} | ${required === undefined ? '—' : `${required}`} |`);
        }
        // The least covered files are listed once, by the report (src/report/summary.ts), from this stage's data.
    }
    if (data.thresholdFailures.length) {
        lines.push('', '**Thresholds not met**', '');
        for (const f of data.thresholdFailures.slice(0, 50))
            lines.push(`- ${f.file ? `\`${f.file}\` ` : ''}${f.metric}: ${f.actual}% < ${f.required}%`);
    }
    if (data.tests?.failures.length) {
        lines.push('', '**Failing tests**', '');
        for (const f of data.tests.failures.slice(0, 20))
            lines.push(`- ${f.name}${f.file ? ` (\`${f.file}${f.line ? `:${f.line}` : ''}\`)` : ''}: ${(f.message ?? '').split('\n')[0]}`);
    }
    if (outputTail)
        lines.push('', '<details><summary>Last lines of the test output</summary>', '', '```', outputTail, '```', '', '</details>');
    return lines.join('\n');
}


/***/ })

};
