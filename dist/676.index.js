export const id = 676;
export const ids = [676,295,914];
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


/***/ })

};
