export const id = 253;
export const ids = [253];
export const modules = {

/***/ 253:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MissingShardError: () => (/* binding */ MissingShardError),
/* harmony export */   downloadShardCoverage: () => (/* binding */ downloadShardCoverage),
/* harmony export */   findShardLcov: () => (/* binding */ findShardLcov),
/* harmony export */   mergeShardCoverage: () => (/* binding */ mergeShardCoverage),
/* harmony export */   parseShard: () => (/* binding */ parseShard),
/* harmony export */   prepareMergedCoverage: () => (/* binding */ prepareMergedCoverage),
/* harmony export */   shardArtifactName: () => (/* binding */ shardArtifactName),
/* harmony export */   shardFolders: () => (/* binding */ shardFolders)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _pipeline_stage_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(58992);
// Sharded test runs: each job runs shard "i/n" and uploads its coverage under its own artifact name (a matrix
// cannot upload one name twice); a merge job downloads every shard's folder, merges the lcov files (streaming,
// in the coverage code) and reports once against the thresholds.



function parseShard(text, origin = "input 'shard'") {
    const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
    const index = Number(m?.[1]);
    const total = Number(m?.[2]);
    if (!m || index < 1 || total < 1 || index > total) {
        throw new _pipeline_stage_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .x(`${origin}: expected a shard "i/n" with 1 <= i <= n (e.g. "2/4"), got '${text}'`);
    }
    return { index, total };
}
function shardArtifactName(base, shard) {
    return `${base}-shard-${shard.index}-of-${shard.total}`;
}
const LCOV_NAMES = ['lcov.info', node_path__WEBPACK_IMPORTED_MODULE_1__.join('coverage', 'lcov.info')];
/** The lcov file inside one downloaded shard folder. */
function findShardLcov(folder) {
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(folder).isFile())
        return folder;
    const found = LCOV_NAMES.map((n) => node_path__WEBPACK_IMPORTED_MODULE_1__.join(folder, n)).find((f) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(f));
    if (!found)
        throw new _pipeline_stage_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .x(`${folder}: no lcov.info in this shard's coverage folder (looked for ${LCOV_NAMES.join(', ')})`);
    return found;
}
/**
 * Shard folders under `root` (as actions/download-artifact leaves them: one folder per artifact), in shard order.
 * With `expected`, a missing shard is an error: thresholds on partial coverage would fail for the wrong reason.
 */
function shardFolders(root, base, expected) {
    const pattern = new RegExp(`^${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-shard-(\\d+)-of-(\\d+)$`);
    const found = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(root, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => ({ name: d.name, m: pattern.exec(d.name) }))
        .filter((d) => d.m)
        .sort((a, b) => Number(a.m[1]) - Number(b.m[1]));
    if (expected !== undefined) {
        const have = new Set(found.map((d) => Number(d.m[1])));
        const missing = Array.from({ length: expected }, (_, i) => i + 1).filter((i) => !have.has(i));
        if (missing.length > 0)
            throw new _pipeline_stage_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .x(`${root}: coverage of shard${missing.length > 1 ? 's' : ''} ${missing.join(', ')} of ${expected} is missing`);
    }
    if (found.length === 0)
        throw new _pipeline_stage_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .x(`${root}: no ${base}-shard-<i>-of-<n> folders to merge`);
    return found.map((d) => node_path__WEBPACK_IMPORTED_MODULE_1__.join(root, d.name));
}
async function mergeShardCoverage(folders, output, merge) {
    const inputs = folders.map(findShardLcov);
    await merge(inputs, output);
    return inputs;
}
class MissingShardError extends Error {
    name = 'MissingShardError';
}
/**
 * Downloads the coverage artifact of every shard 1..total of this run (the merge mode of the action), one folder
 * each under `destination`. A missing shard is an error naming it.
 */
async function downloadShardCoverage(store, options) {
    const folders = [];
    const missing = [];
    for (let index = 1; index <= options.total; index++) {
        const name = shardArtifactName(options.base, { index, total: options.total });
        const folder = await store.downloadLatest(name, node_path__WEBPACK_IMPORTED_MODULE_1__.join(options.destination, name), options.runId ? { runId: options.runId } : {});
        if (folder)
            folders.push(folder);
        else
            missing.push(index);
    }
    if (missing.length > 0) {
        throw new MissingShardError(`coverage of shard${missing.length > 1 ? 's' : ''} ${missing.join(', ')} of ${options.total} was not uploaded (artifact ${shardArtifactName(options.base, { index: missing[0], total: options.total })}); did every shard job finish?`);
    }
    return folders;
}
/**
 * The merge mode before the test stage reads coverage: every shard's artifact of this run is downloaded and
 * merged into <coverage directory>/lcov.info, which the test stage then reads (with coverage-tool: none).
 * Returns the merged file, or undefined when merge-shards is not set.
 */
async function prepareMergedCoverage(config, host, merge) {
    const total = config.report.mergeShards;
    if (total === undefined)
        return undefined;
    const store = await host.artifacts();
    // No run id: this run's own artifacts, which the results service serves without a token.
    const folders = await downloadShardCoverage(store, { base: config.artifact.name, total, destination: node_path__WEBPACK_IMPORTED_MODULE_1__.join(host.resultsDir, 'shards') });
    const output = node_path__WEBPACK_IMPORTED_MODULE_1__.join(config.cwd, config.test.coverageDirectory, 'lcov.info');
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(output), { recursive: true });
    await mergeShardCoverage(folders, output, merge);
    host.log.info(`merged the coverage of ${total} shards into ${node_path__WEBPACK_IMPORTED_MODULE_1__.relative(config.workspace, output) || output}`);
    return output;
}


/***/ })

};
