export const id = 97;
export const ids = [97];
export const modules = {

/***/ 89097:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runTestCommand: () => (/* binding */ runTestCommand)
/* harmony export */ });
/* unused harmony export readC8Settings */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var c8_lib_report_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(28093);
/* harmony import */ var _istanbuljs_schema_default_exclude_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(73263);
/* harmony import */ var _istanbuljs_schema_default_extension_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(42772);
/* harmony import */ var istanbul_lib_report__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(44761);
/* harmony import */ var istanbul_reports_lib_clover_index_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(28168);
/* harmony import */ var istanbul_reports_lib_cobertura_index_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(3790);
/* harmony import */ var istanbul_reports_lib_html_index_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(13784);
/* harmony import */ var istanbul_reports_lib_json_index_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(36167);
/* harmony import */ var istanbul_reports_lib_json_summary_index_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(3394);
/* harmony import */ var istanbul_reports_lib_lcov_index_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(45041);
/* harmony import */ var istanbul_reports_lib_lcovonly_index_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(69335);
/* harmony import */ var istanbul_reports_lib_text_index_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(45858);
/* harmony import */ var _exec_run_js__WEBPACK_IMPORTED_MODULE_16__ = __webpack_require__(95676);
// Runs the user's test command with V8 coverage on and turns the raw data into reports with c8's own Report
// (bundled, so the action needs no c8 binary on the runner). Same result as `c8 --reporter=... <command>`.

















/** c8 reads .c8rc(.json), .nycrc(.json) or package.json "c8"; so do we, so a project's own c8 setup holds. */
function readC8Settings(cwd) {
    for (const name of ['.c8rc', '.c8rc.json', '.nycrc', '.nycrc.json']) {
        const file = node_path__WEBPACK_IMPORTED_MODULE_3__.join(cwd, name);
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file))
            return JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8'));
    }
    const pkg = node_path__WEBPACK_IMPORTED_MODULE_3__.join(cwd, 'package.json');
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(pkg)) {
        const parsed = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(pkg, 'utf8'));
        if (parsed.c8)
            return parsed.c8;
    }
    return {};
}
async function runTestCommand(options) {
    const shell = process.platform === 'win32' ? 'cmd.exe' : '/bin/sh';
    const shellArgs = process.platform === 'win32' ? ['/d', '/s', '/c', options.command] : ['-c', options.command];
    if (options.withoutCoverage) {
        return (0,_exec_run_js__WEBPACK_IMPORTED_MODULE_16__/* .runProgram */ .mB)(shell, shellArgs, { cwd: options.cwd, env: options.env ?? process.env, timeoutMs: options.timeoutMs, onStdout: options.onOutput, onStderr: options.onOutput });
    }
    const raw = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdtemp)(node_path__WEBPACK_IMPORTED_MODULE_3__.join((0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), 'backend-ci-v8-'));
    try {
        const env = { ...(options.env ?? process.env), NODE_V8_COVERAGE: raw };
        const result = await (0,_exec_run_js__WEBPACK_IMPORTED_MODULE_16__/* .runProgram */ .mB)(shell, shellArgs, { cwd: options.cwd, env, timeoutMs: options.timeoutMs, onStdout: options.onOutput, onStderr: options.onOutput });
        await writeReports(options, raw);
        return result;
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(raw, { recursive: true, force: true });
    }
}
async function writeReports(options, rawDirectory) {
    const settings = readC8Settings(options.cwd);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(options.reportsDirectory, { recursive: true, force: true });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(options.reportsDirectory, { recursive: true });
    // c8 resolves include/exclude against the process's working directory, from the moment the report is made.
    const previous = process.cwd();
    process.chdir(options.cwd);
    try {
        const c8 = c8_lib_report_js__WEBPACK_IMPORTED_MODULE_4__({
            include: options.include.length ? options.include : (settings.include ?? []),
            exclude: options.exclude.length ? options.exclude : (settings.exclude ?? _istanbuljs_schema_default_exclude_js__WEBPACK_IMPORTED_MODULE_5__),
            extension: settings.extension ?? _istanbuljs_schema_default_extension_js__WEBPACK_IMPORTED_MODULE_6__,
            excludeAfterRemap: settings.excludeAfterRemap ?? false,
            reporter: options.reporters,
            reporterOptions: {},
            reportsDirectory: options.reportsDirectory,
            tempDirectory: rawDirectory,
            all: options.all || settings.all === true,
            src: settings.src,
            excludeNodeModules: true,
            allowExternal: false,
        });
        const coverageMap = await c8.getCoverageMapFromAllCoverageFiles();
        const context = (0,istanbul_lib_report__WEBPACK_IMPORTED_MODULE_7__.createContext)({ dir: options.reportsDirectory, coverageMap });
        // istanbul's lcov reporter writes the HTML report too; with html also asked for, it would be written twice.
        const names = options.reporters.includes('html') ? options.reporters.map((n) => (n === 'lcov' ? 'lcovonly' : n)) : options.reporters;
        for (const name of new Set(names))
            new REPORTERS[name]({ skipEmpty: false, ...REPORTER_OPTIONS[name] }).execute(context);
    }
    finally {
        process.chdir(previous);
    }
}
// Reporters are imported one by one (istanbul-reports would load them by computed path, which a bundle cannot
// follow), so the action carries exactly what it can write.
const REPORTERS = {
    lcov: istanbul_reports_lib_lcov_index_js__WEBPACK_IMPORTED_MODULE_13__,
    lcovonly: istanbul_reports_lib_lcovonly_index_js__WEBPACK_IMPORTED_MODULE_14__,
    'json-summary': istanbul_reports_lib_json_summary_index_js__WEBPACK_IMPORTED_MODULE_12__,
    json: istanbul_reports_lib_json_index_js__WEBPACK_IMPORTED_MODULE_11__,
    cobertura: istanbul_reports_lib_cobertura_index_js__WEBPACK_IMPORTED_MODULE_9__,
    html: istanbul_reports_lib_html_index_js__WEBPACK_IMPORTED_MODULE_10__,
    clover: istanbul_reports_lib_clover_index_js__WEBPACK_IMPORTED_MODULE_8__,
    text: istanbul_reports_lib_text_index_js__WEBPACK_IMPORTED_MODULE_15__,
};
const REPORTER_OPTIONS = {
    text: { file: 'coverage.txt' },
};


/***/ })

};
