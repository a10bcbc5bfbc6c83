export const id = 315;
export const ids = [315];
export const modules = {

/***/ 9831:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Tx: () => (/* binding */ inputSpecs),
  Z9: () => (/* binding */ loadConfig),
  gM: () => (/* binding */ readYaml)
});

// UNUSED EXPORTS: DEFAULT_CONFIG_FILE, configSchema

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./.build/src/pipeline/stage.js
var stage = __webpack_require__(58992);
// EXTERNAL MODULE: ./.build/src/config/schema.js
var schema = __webpack_require__(7279);
;// CONCATENATED MODULE: ./.build/src/config/sections/artifact.js
// Settings of the artifact stage: which files go up, under what name, for how long.

const artifact = (0,schema/* obj */.WL)({
    name: (0,schema/* str */.gx)({ doc: 'Artifact name.', input: 'artifact-name', default: 'coverage-report' }),
    path: (0,schema/* str */.gx)({ doc: 'Folder to upload, relative to the working directory. Default: the coverage directory.', input: 'artifact-path' }),
    retentionDays: (0,schema/* num */.bu)({ doc: 'Days to keep the artifact (1-90; the repository setting caps it).', input: 'retention-days', min: 1, max: 90, integer: true }),
    ifNoFilesFound: (0,schema/* oneOf */.yL)(['warn', 'error', 'ignore'], {
        doc: 'What to do when the folder is empty or missing: warn, error or ignore.',
        input: 'if-no-files-found',
        default: 'warn',
    }),
}, { doc: 'The artifact stage.' });

;// CONCATENATED MODULE: ./.build/src/config/sections/configcheck.js
// Settings of the config stage (named configCheck in TypeScript to keep it apart from the Config type).

const PRODUCTION_MODES = ['auto', 'yes', 'no'];
const configCheck = (0,schema/* obj */.WL)({
    envContract: (0,schema/* str */.gx)({ doc: 'Env contract: a .env.example with type notes, or a JSON Schema file (default: .env.example when present).', input: 'env-contract' }),
    envFile: (0,schema/* str */.gx)({ doc: 'A .env file to check against the contract (default: .env when present; the process environment is checked too).', input: 'env-file' }),
    checkCommand: (0,schema/* str */.gx)({
        doc: "The framework's own check command. Default for Django projects: <python> manage.py check --deploy --fail-level WARNING.",
        input: 'config-check-command',
    }),
    production: (0,schema/* oneOf */.yL)(PRODUCTION_MODES, {
        doc: `Check for insecure production settings (debug on, weak secrets, plain-http public URLs). Allowed: ${PRODUCTION_MODES.join(', ')}; auto: yes unless APP_ENV/NODE_ENV names a development or test environment.`,
        input: 'config-production',
        default: 'auto',
    }),
}, { doc: 'The config stage.' });

// EXTERNAL MODULE: ./.build/src/deploy/target.js
var target = __webpack_require__(41170);
;// CONCATENATED MODULE: ./.build/src/config/sections/deploy.js
// Settings of the deploy stage.



const SAFE_RELATIVE = /^(?!\/)(?!.*(^|\/)\.\.(\/|$))[A-Za-z0-9._@+\-/]+$/;
const relativePathDoc = "a relative path of letters, digits and . _ @ + - / without '..'";
/** A list of targets: strings, or mappings { target, healthUrl } when a host needs its own health URL. */
function targetList() {
    const one = (value, origin, at, entries) => {
        if (typeof value === 'string') {
            (0,target/* parseTarget */.h)(value.trim(), `${origin.describe()}: '${at}'`);
            return { target: value.trim() };
        }
        if (value && typeof value === 'object' && !Array.isArray(value)) {
            const v = value;
            for (const key of Object.keys(v)) {
                if (key !== 'target' && key !== 'healthUrl') {
                    const where = entries?.get(key)?.keyOrigin ?? origin;
                    throw new stage/* ConfigError */.x(`${where.describe()}: unknown setting '${at}.${key}'; allowed here: target, healthUrl`);
                }
            }
            if (typeof v.target !== 'string')
                throw new stage/* ConfigError */.x(`${origin.describe()}: '${at}.target' must be a string such as ssh://deploy@web1:22/srv/app`);
            (0,target/* parseTarget */.h)(v.target.trim(), `${origin.describe()}: '${at}.target'`);
            if (v.healthUrl !== undefined && typeof v.healthUrl !== 'string')
                throw new stage/* ConfigError */.x(`${origin.describe()}: '${at}.healthUrl' must be a URL string`);
            return { target: v.target.trim(), ...(v.healthUrl ? { healthUrl: v.healthUrl } : {}) };
        }
        throw new stage/* ConfigError */.x(`${origin.describe()}: '${at}' must be a target string (local:/path or ssh://user@host:port/path) or a mapping { target, healthUrl }`);
    };
    return {
        kind: 'list(string)',
        doc: "Where to deploy: one target per line, each 'local:/absolute/path' or 'ssh://user@host[:port]/absolute/path'. Several targets deploy the same release in rolling batches.",
        input: 'deploy-targets',
        parse(raw, at) {
            if (typeof raw.value === 'string')
                return [one(raw.value, raw.origin, `${at}[0]`)];
            if (!Array.isArray(raw.value))
                throw new stage/* ConfigError */.x(`${raw.origin.describe()}: '${at}' must be a list of targets`);
            const items = raw.items ?? raw.value.map((value) => ({ value, origin: raw.origin }));
            return items.map((item, i) => one(item.value, item.origin, `${at}[${i}]`, item.entries));
        },
        parseInput(text, origin, at) {
            const lines = text.split(/\r?\n/).map((s) => s.trim()).filter(Boolean);
            const parts = lines.length === 1 ? lines[0].split(',').map((s) => s.trim()).filter(Boolean) : lines;
            return parts.map((p, i) => one(p, origin, `${at}[${i}]`));
        },
        fallback: () => [],
    };
}
const deploy = (0,schema/* obj */.WL)({
    targets: targetList(),
    batchSize: (0,schema/* num */.bu)({ doc: 'Hosts deployed at once in a rolling deploy.', input: 'deploy-batch-size', default: 1, min: 1, integer: true }),
    keepReleases: (0,schema/* num */.bu)({ doc: 'Releases kept on each target; current and the last good release are never pruned.', input: 'keep-releases', default: 5, min: 1, integer: true }),
    source: (0,schema/* str */.gx)({ doc: 'Folder packed into the release archive, relative to the working directory.', input: 'deploy-source', default: '.' }),
    exclude: (0,schema/* list */.p_)((0,schema/* str */.gx)({ doc: 'a tar --exclude pattern' }), {
        doc: 'Patterns left out of the release archive (tar --exclude).',
        input: 'deploy-exclude',
        default: ['./.git', './node_modules', './.backend-ci', './coverage'],
    }),
    archive: (0,schema/* str */.gx)({ doc: 'A prebuilt release archive (.tar.gz) to deploy instead of packing deploy.source.', input: 'deploy-archive' }),
    install: (0,schema/* str */.gx)({ doc: 'Command run inside the new release on each target before it goes live, e.g. npm ci --omit=dev.', input: 'deploy-install' }),
    migrate: (0,schema/* str */.gx)({ doc: 'Command run inside the new release to migrate the database, e.g. npm run migrate.', input: 'deploy-migrate' }),
    migrateDown: (0,schema/* str */.gx)({
        doc: 'Command run inside a failed release to undo its migrations on rollback (tools with down-migrations). When it fails or is unset, the database snapshot is restored.',
        input: 'deploy-migrate-down',
    }),
    migrationsDir: (0,schema/* str */.gx)({
        doc: 'Folder of migration files in the release; deploy --plan lists the ones the current release did not ship.',
        default: 'migrations',
        pattern: SAFE_RELATIVE,
        patternDoc: relativePathDoc,
    }),
    restart: (0,schema/* str */.gx)({
        doc: 'Command that (re)starts the service from the release it runs in (gets RELEASE_ID, RELEASE_PATH, DEPLOY_PATH), e.g. sudo systemctl restart app.',
        input: 'deploy-restart',
    }),
    sharedPaths: (0,schema/* list */.p_)((0,schema/* str */.gx)({ doc: 'a path under <deploy path>/shared', pattern: SAFE_RELATIVE, patternDoc: relativePathDoc }), {
        doc: 'Paths that live in <deploy path>/shared and are linked into every release (e.g. .env, data). Each must exist on the target.',
        input: 'deploy-shared-paths',
        default: [],
    }),
    database: (0,schema/* obj */.WL)({
        kind: (0,schema/* oneOf */.yL)(['sqlite', 'postgres', 'none'], { doc: 'Database snapshotted before migrating and restored on rollback.', input: 'deploy-database-kind', default: 'none' }),
        path: (0,schema/* str */.gx)({ doc: 'SQLite file relative to the deploy path, e.g. shared/data/app.db.', input: 'deploy-database-path', pattern: SAFE_RELATIVE, patternDoc: relativePathDoc }),
        url: (0,schema/* str */.gx)({ doc: 'PostgreSQL URL (postgres://user:password@host:port/db) as seen from the target.', input: 'deploy-database-url', secret: true }),
    }, { doc: 'The database a deploy migrates.' }),
    health: (0,schema/* obj */.WL)({
        url: (0,schema/* str */.gx)({ doc: 'URL polled after the restart; ${RELEASE_ID} is replaced.', input: 'health-url' }),
        status: (0,schema/* num */.bu)({ doc: 'Expected HTTP status.', input: 'health-status', default: 200, min: 100, max: 599, integer: true }),
        bodyContains: (0,schema/* str */.gx)({ doc: 'Text the body must contain; ${RELEASE_ID} is replaced, so an old process still answering is caught.', input: 'health-body-contains' }),
        timeoutSeconds: (0,schema/* num */.bu)({ doc: 'Timeout of each health request.', input: 'health-timeout-seconds', default: 5, min: 0.1, unit: 'seconds' }),
        intervalMs: (0,schema/* num */.bu)({ doc: 'Wait between health attempts.', input: 'health-interval-ms', default: 1000, min: 0, integer: true, unit: 'milliseconds' }),
        retries: (0,schema/* num */.bu)({ doc: 'Attempts after the first before the release is rolled back.', input: 'health-retries', default: 10, min: 0, integer: true }),
    }, { doc: 'The health gate.' }),
    lock: (0,schema/* obj */.WL)({
        timeoutSeconds: (0,schema/* num */.bu)({ doc: 'How long to wait for another deploy to finish.', input: 'deploy-lock-timeout-seconds', default: 300, min: 0, unit: 'seconds' }),
        ttlMinutes: (0,schema/* num */.bu)({ doc: 'After this long, a lock whose owner is gone is taken over.', default: 30, min: 0 }),
    }, { doc: 'The per-target deploy lock.' }),
    ssh: (0,schema/* obj */.WL)({
        privateKey: (0,schema/* str */.gx)({ doc: 'OpenSSH private key for ssh:// targets (use a secret).', input: 'ssh-private-key', secret: true }),
        knownHosts: (0,schema/* str */.gx)({ doc: 'known_hosts lines the servers\' host keys are checked against.', input: 'ssh-known-hosts' }),
        insecureIgnoreHostKey: (0,schema/* bool */.lc)({ doc: 'Skip the host key check. Opens the deploy to man-in-the-middle attacks; for throwaway hosts only.', input: 'ssh-insecure-ignore-host-key', default: false }),
    }, { doc: 'SSH access to ssh:// targets.' }),
    environment: (0,schema/* str */.gx)({ doc: 'Environment name for deployment records.', input: 'environment', default: 'production' }),
    environmentUrl: (0,schema/* str */.gx)({ doc: 'URL of the deployed environment, shown on the deployment record.', input: 'environment-url' }),
}, { doc: 'The deploy stage.' });

;// CONCATENATED MODULE: ./.build/src/config/sections/general.js
// Settings that shape the whole run rather than one stage.


const general = {
    workingDirectory: (0,schema/* str */.gx)({
        doc: 'The service folder, relative to the repository root. Every command runs there and every path in backend-ci.yml is relative to it.',
        input: 'working-directory',
        default: '.',
    }),
    stages: (0,schema/* list */.p_)((0,schema/* oneOf */.yL)(stage/* STAGE_NAMES */.y, { doc: 'a stage' }), {
        doc: `Stages to run, in order. Allowed: ${stage/* STAGE_NAMES */.y.join(', ')}. The report stage always runs last.`,
        input: 'stages',
        default: ['migrations', 'config', 'test', 'artifact', 'report'],
    }),
    failFast: (0,schema/* bool */.lc)({
        doc: 'Stop at the first failed stage (the report still runs). With false, every stage runs; deploy still needs all earlier stages green.',
        input: 'fail-fast',
        default: true,
    }),
};

;// CONCATENATED MODULE: ./.build/src/config/sections/migrations.js
// Settings of the migrations stage.

const MIGRATION_ADAPTERS = ['auto', 'drizzle', 'knex', 'typeorm', 'django', 'command', 'none'];
const LINT_SEVERITIES = ['error', 'warning', 'off'];
const migrations = (0,schema/* obj */.WL)({
    adapter: (0,schema/* oneOf */.yL)(MIGRATION_ADAPTERS, {
        doc: `Migration tool. Allowed: ${MIGRATION_ADAPTERS.join(', ')}. auto picks from the repository and says why.`,
        input: 'migrations-adapter',
        default: 'auto',
    }),
    command: (0,schema/* str */.gx)({ doc: 'For the command adapter: a command following the exit-code contract 0 clean, 1 tool error, 2 unapplied, 3 drift, 4 destructive.', input: 'migrations-command' }),
    databaseUrl: (0,schema/* str */.gx)({ doc: 'Database to check for unapplied migrations (postgres://…, or file:/sqlite: path to an SQLite file).', input: 'database-url', secret: true }),
    python: (0,schema/* str */.gx)({ doc: 'Python interpreter for Django projects (the one that has Django installed).', input: 'python', default: 'python3' }),
    directory: (0,schema/* str */.gx)({ doc: 'Migrations folder for knex and TypeORM, relative to the working directory (default: migrations, or src/migrations for TypeORM when it exists).', input: 'migrations-directory' }),
    dataSource: (0,schema/* str */.gx)({ doc: 'TypeORM data source file (default: data-source.ts/.js at the root or in src/).', input: 'typeorm-data-source' }),
    base: (0,schema/* str */.gx)({ doc: 'Git ref of the base branch: migration files changed since it count as new and are linted. Default: the pull request base.', input: 'migrations-base' }),
    lint: (0,schema/* record */.g1)((0,schema/* oneOf */.yL)(LINT_SEVERITIES, { doc: 'severity' }), {
        doc: 'Severity per SQL lint rule (error | warning | off), e.g. {drop-column: warning}. Rules: drop-table, table-rebuild, drop-column, rename, column-type-change, not-null-without-default, set-not-null, index-without-concurrently, drop-index-without-concurrently, foreign-key-validating, truncate, delete-without-where.',
    }),
}, { doc: 'The migrations stage.' });

;// CONCATENATED MODULE: ./.build/src/config/sections/perf.js
// Settings of the perf stage. The load itself (users, endpoints, budgets) lives in the scenario file, so the
// same scenario runs from the action, the CLI, or by hand; this section says where to find it and what to hit.

const perf = (0,schema/* obj */.WL)({
    scenario: (0,schema/* str */.gx)({
        doc: 'Load-test scenario file (YAML: stages of users, weighted endpoints, budgets), relative to the working directory.',
        input: 'perf-scenario',
    }),
    url: (0,schema/* str */.gx)({
        doc: "Base URL to load-test when the scenario has no baseUrl and no service is started here. Default: the deploy stage's URL.",
        input: 'perf-url',
    }),
    start: (0,schema/* obj */.WL)({
        command: (0,schema/* str */.gx)({
            doc: 'Command that starts the service (run by a shell in the working directory, in its own process group, stopped afterwards).',
            input: 'perf-start-command',
        }),
        readyUrl: (0,schema/* str */.gx)({ doc: 'URL polled until it answers below 400; the service counts as ready then.', input: 'perf-ready-url' }),
        readyTimeoutSeconds: (0,schema/* num */.bu)({ doc: 'How long to wait for readyUrl.', min: 1, max: 600, default: 60, unit: 'seconds' }),
    }, { doc: 'Start the service for the load test.' }),
    baseResults: (0,schema/* str */.gx)({
        doc: "The base branch's perf results.json to compare with. Default: the newest 'perf-report' artifact of the base branch.",
        input: 'perf-base-results',
    }),
    tolerancePct: (0,schema/* num */.bu)({
        doc: 'A p95 counts as a regression when it is worse than the base by more than this percent (or than the measured noise, whichever is larger).',
        input: 'perf-tolerance-pct',
        min: 0,
        max: 1000,
        default: 10,
        unit: 'percent',
    }),
    noiseFactor: (0,schema/* num */.bu)({
        doc: 'How many times the spread between repeat runs (max - min p95) a difference must exceed to count as a regression.',
        min: 0,
        max: 10,
        default: 2,
    }),
    failOnRegression: (0,schema/* bool */.lc)({ doc: 'Fail the stage on a regression against the base (false: warn).', input: 'perf-fail-on-regression', default: true }),
    uploadReport: (0,schema/* bool */.lc)({ doc: "Upload results.json and the p95 chart as the 'perf-report' artifact.", default: true }),
}, { doc: 'The perf stage.' });

;// CONCATENATED MODULE: ./.build/src/config/sections/report.js
// Settings of the report stage: where results are published, and how (directly, or in two phases for forks).

const REPORT_MODES = ['direct', 'save', 'post'];
const report = (0,schema/* obj */.WL)({
    token: (0,schema/* str */.gx)({ doc: 'Token for PR comments, statuses and deployments.', input: 'github-token', secret: true }),
    comment: (0,schema/* bool */.lc)({ doc: 'Post or update one sticky PR comment.', input: 'comment', default: true }),
    name: (0,schema/* str */.gx)({
        doc: 'Name of this report; one sticky comment and one set of statuses per name.',
        input: 'name',
        default: 'backend-ci',
        pattern: /^[A-Za-z0-9][A-Za-z0-9._-]{0,49}$/,
        patternDoc: 'letters, digits, ".", "_" or "-" (at most 50, starting with a letter or digit)',
    }),
    summary: (0,schema/* bool */.lc)({ doc: 'Write the job summary.', input: 'summary', default: true }),
    mode: (0,schema/* oneOf */.yL)(REPORT_MODES, {
        doc: 'direct: publish the comment, statuses and check run from this run. ' +
            'save: write the report as the artifact backend-ci-report (for pull requests from forks, whose token cannot write). ' +
            'post: publish a saved report, in a workflow_run workflow that has write permission.',
        input: 'report-mode',
        default: 'direct',
    }),
    checkRun: (0,schema/* bool */.lc)({ doc: 'Create a check run holding every annotation (needs checks: write; skipped with a notice without it).', input: 'check-run', default: true }),
    statuses: (0,schema/* bool */.lc)({ doc: 'Set one commit status per stage (context <name>/<stage>).', input: 'statuses', default: true }),
    annotations: (0,schema/* bool */.lc)({ doc: 'Emit annotations (within the per-step budget: 10 errors, 10 warnings, 10 notices).', input: 'annotations', default: true }),
    baseCoverage: (0,schema/* str */.gx)({
        doc: 'Coverage of the base branch to compare with (coverage-summary.json or lcov.info). Default: the base branch\'s latest coverage-report artifact.',
        input: 'base-coverage',
    }),
    patchThreshold: (0,schema/* num */.bu)({ doc: 'Minimum coverage of the lines this pull request changes, percent.', input: 'threshold-patch', min: 0, max: 100, unit: 'percent' }),
    shard: (0,schema/* str */.gx)({
        doc: 'This job\'s shard as "i/n" (e.g. "2/4"); its coverage is uploaded per shard and merged by the merge job.',
        input: 'shard',
        pattern: /^[1-9]\d*\/[1-9]\d*$/,
        patternDoc: 'a shard "i/n" with 1 <= i <= n (e.g. "2/4")',
    }),
    mergeShards: (0,schema/* num */.bu)({
        doc: 'Merge mode: download the coverage artifacts of shards 1..n of this run, merge them and report once (the job after a sharded matrix).',
        input: 'merge-shards',
        min: 1,
        max: 256,
        integer: true,
    }),
    bundle: (0,schema/* str */.gx)({
        doc: 'post mode: folder (or report.json) of a downloaded backend-ci-report artifact. Default: download it from the run given by report-run-id.',
        input: 'report-bundle',
    }),
    bundleRunId: (0,schema/* str */.gx)({
        doc: 'post mode: id of the pull request run whose backend-ci-report artifact to publish (github.event.workflow_run.id).',
        input: 'report-run-id',
        pattern: /^\d+$/,
        patternDoc: 'a workflow run id (digits)',
    }),
    bundleOutput: (0,schema/* str */.gx)({ doc: 'save mode: where the report bundle folder is written. Default: backend-ci-report under the results folder.', input: 'report-bundle-output' }),
}, { doc: 'The report stage.' });

;// CONCATENATED MODULE: ./.build/src/config/sections/test.js
// Settings of the test stage: the command, c8, and where coverage and test results are read from.

const percent = (doc, input) => (0,schema/* num */.bu)({ doc, input, min: 0, max: 100, unit: 'percent' });
const thresholds = (0,schema/* obj */.WL)({
    lines: percent('Minimum line coverage, percent.', 'threshold-lines'),
    branches: percent('Minimum branch coverage, percent.', 'threshold-branches'),
    functions: percent('Minimum function coverage, percent.', 'threshold-functions'),
    statements: percent('Minimum statement coverage, percent.', 'threshold-statements'),
}, { doc: 'Minimum overall coverage per metric; unset metrics are reported, not enforced.' });
const fileThresholds = (0,schema/* obj */.WL)({
    lines: percent('Minimum line coverage of each matching file.'),
    branches: percent('Minimum branch coverage of each matching file.'),
    functions: percent('Minimum function coverage of each matching file.'),
    statements: percent('Minimum statement coverage of each matching file.'),
}, { doc: 'Per-file minimums.' });
const REPORTERS = ['lcov', 'lcovonly', 'json-summary', 'json', 'cobertura', 'html', 'clover', 'text'];
const test = (0,schema/* obj */.WL)({
    command: (0,schema/* str */.gx)({ doc: 'The test command, run by a shell in the working directory (e.g. "npm test").', input: 'test-command' }),
    coverageTool: (0,schema/* oneOf */.yL)(['c8', 'none'], {
        doc: 'c8: run the command under c8. none: run it as is and read the coverage files it writes itself (e.g. coverage.py\'s coverage.xml).',
        input: 'coverage-tool',
        default: 'c8',
    }),
    coverageDirectory: (0,schema/* str */.gx)({ doc: 'Where coverage reports are written and read, relative to the working directory.', input: 'coverage-directory', default: 'coverage' }),
    coverageFiles: (0,schema/* list */.p_)((0,schema/* str */.gx)({ doc: 'a coverage file' }), {
        doc: 'Coverage files to read (lcov.info, coverage-summary.json, cobertura/coverage.py XML). Default: whatever the coverage directory holds.',
        input: 'coverage-files',
    }),
    reporters: (0,schema/* list */.p_)((0,schema/* oneOf */.yL)(REPORTERS, { doc: 'a c8 reporter' }), {
        doc: `c8 reporters. Allowed: ${REPORTERS.join(', ')}.`,
        input: 'coverage-reporters',
        default: ['lcov', 'json-summary', 'cobertura', 'html'],
    }),
    include: (0,schema/* list */.p_)((0,schema/* str */.gx)({ doc: 'a glob' }), { doc: "Files to measure (c8's --include), relative to the working directory. Default: c8's own (.c8rc, package.json \"c8\", or everything but tests)." }),
    exclude: (0,schema/* list */.p_)((0,schema/* str */.gx)({ doc: 'a glob' }), { doc: "Files not to measure (c8's --exclude). Default: c8's own list (tests, node_modules, coverage)." }),
    all: (0,schema/* bool */.lc)({ doc: "Report files the tests never loaded as 0% (c8's --all).", default: false }),
    junit: (0,schema/* list */.p_)((0,schema/* str */.gx)({ doc: 'a JUnit XML path' }), { doc: 'JUnit XML files with test results, relative to the working directory.', input: 'junit-files' }),
    timeoutMinutes: (0,schema/* num */.bu)({ doc: 'Kill the test command after this long.', input: 'test-timeout-minutes', min: 1, max: 360, default: 30 }),
    thresholds,
    perFile: (0,schema/* record */.g1)(fileThresholds, { doc: 'Per-file minimums by glob, e.g. "src/billing/**": { lines: 95 }.' }),
    failOnTestFailure: (0,schema/* bool */.lc)({ doc: 'Fail the stage when any test fails.', default: true }),
}, { doc: 'The test stage.' });

;// CONCATENATED MODULE: ./.build/src/config/config.js
// The one place that reads settings: action inputs (or CLI flags given as inputs) plus an optional
// backend-ci.yml, merged into one validated, typed Config. Inputs win over the file.













const configSchema = (0,schema/* obj */.WL)({ ...general, migrations: migrations, configCheck: configCheck, test: test, artifact: artifact, deploy: deploy, perf: perf, report: report }, { doc: 'backend-ci.yml' });
const DEFAULT_CONFIG_FILE = 'backend-ci.yml';
/** Every action input the schema declares, in schema order; action.yml and the README are generated from it. */
function inputSpecs() {
    const out = [];
    const walk = (field, at) => {
        const shape = field.shape;
        if (shape) {
            for (const [key, sub] of Object.entries(shape))
                walk(sub, at ? `${at}.${key}` : key);
            return;
        }
        if (field.input)
            out.push({ name: field.input, path: at, doc: field.doc, kind: field.kind, default: field.fallback(at), secret: !!field.secret });
    };
    walk(configSchema, '');
    return out;
}
const EXTRA_INPUTS = ['config-file'];
function loadConfig(options) {
    const inputs = Object.fromEntries(Object.entries(options.inputs).filter(([, v]) => v !== undefined && v.trim() !== ''));
    const specs = inputSpecs();
    const known = new Set([...specs.map((s) => s.name), ...EXTRA_INPUTS]);
    for (const name of Object.keys(inputs)) {
        if (!known.has(name))
            throw new stage/* ConfigError */.x(`unknown input '${name}'; allowed: ${[...known].join(', ')}`);
    }
    const configFile = findConfigFile(options.workspace, inputs);
    const raw = configFile ? readYaml(configFile, options.workspace) : undefined;
    const settings = configSchema.parse(raw ?? { value: {}, origin: new schema/* InputOrigin */.H1('(defaults)'), entries: new Map() }, '');
    for (const spec of specs) {
        const text = inputs[spec.name];
        if (text === undefined)
            continue;
        const field = fieldAt(spec.path);
        const value = field.parseInput ? field.parseInput(text, new schema/* InputOrigin */.H1(spec.name), spec.path) : text;
        setAt(settings, spec.path, value);
    }
    const config = settings;
    for (const spec of specs) {
        const value = getAt(config, spec.path);
        if (spec.secret && typeof value === 'string' && value)
            options.onSecret?.(value);
    }
    const cwd = external_node_path_.resolve(options.workspace, config.workingDirectory);
    if (!(0,external_node_fs_.existsSync)(cwd)) {
        const from = inputs['working-directory'] ? "input 'working-directory'" : configFile ? `${relative(options.workspace, configFile)}` : 'the default';
        throw new stage/* ConfigError */.x(`${from}: working directory '${config.workingDirectory}' does not exist (resolved to ${cwd})`);
    }
    return { ...config, workspace: options.workspace, cwd, configFile };
}
function findConfigFile(workspace, inputs) {
    const given = inputs['config-file'];
    if (given) {
        const file = external_node_path_.resolve(workspace, given);
        if (!(0,external_node_fs_.existsSync)(file))
            throw new stage/* ConfigError */.x(`input 'config-file': ${given} does not exist (looked at ${file})`);
        return file;
    }
    for (const dir of [external_node_path_.resolve(workspace, inputs['working-directory'] ?? '.'), workspace]) {
        for (const name of [DEFAULT_CONFIG_FILE, 'backend-ci.yaml']) {
            const file = external_node_path_.join(dir, name);
            if ((0,external_node_fs_.existsSync)(file))
                return file;
        }
    }
    return undefined;
}
function relative(workspace, file) {
    return external_node_path_.relative(workspace, file) || file;
}
/** Parses YAML keeping every node's line and column, so errors can point into the file. */
function readYaml(file, workspace) {
    const text = (0,external_node_fs_.readFileSync)(file, 'utf8');
    const shown = relative(workspace, file);
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
    const at = (offset) => {
        const pos = lineCounter.linePos(offset ?? 0);
        return new schema/* FileOrigin */.TN(shown, pos.line, pos.col);
    };
    if (doc.errors.length > 0) {
        const e = doc.errors[0];
        throw new stage/* ConfigError */.x(`${at(e.pos[0]).describe()}: invalid YAML: ${e.message.split('\n')[0]}`);
    }
    const convert = (node) => {
        const origin = at(node?.range?.[0]);
        if ((0,dist/* isMap */.jh)(node)) {
            const entries = new Map();
            const value = {};
            for (const pair of node.items) {
                const keyNode = pair.key;
                const key = (0,dist/* isScalar */.jn)(keyNode) ? String(keyNode.value) : String(keyNode);
                const child = convert(pair.value);
                entries.set(key, { ...child, keyOrigin: at(keyNode?.range?.[0]) });
                value[key] = child.value;
            }
            return { value, origin, entries };
        }
        if ((0,dist/* isSeq */.oP)(node)) {
            const items = node.items.map(convert);
            return { value: items.map((i) => i.value), origin, items };
        }
        if ((0,dist/* isScalar */.jn)(node))
            return { value: node.value, origin };
        return { value: null, origin };
    };
    if (doc.contents === null)
        return { value: {}, origin: at(0), entries: new Map() };
    return convert(doc.contents);
}
function fieldAt(dotted) {
    let field = configSchema;
    for (const key of dotted.split('.'))
        field = field.shape[key];
    return field;
}
function getAt(target, dotted) {
    return dotted.split('.').reduce((o, k) => o?.[k], target);
}
function setAt(target, dotted, value) {
    const keys = dotted.split('.');
    let o = target;
    for (const k of keys.slice(0, -1))
        o = o[k];
    o[keys[keys.length - 1]] = value;
}


/***/ }),

/***/ 7279:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H1: () => (/* binding */ InputOrigin),
/* harmony export */   TN: () => (/* binding */ FileOrigin),
/* harmony export */   WL: () => (/* binding */ obj),
/* harmony export */   au: () => (/* binding */ didYouMean),
/* harmony export */   bu: () => (/* binding */ num),
/* harmony export */   c3: () => (/* binding */ listOf),
/* harmony export */   g1: () => (/* binding */ record),
/* harmony export */   gx: () => (/* binding */ str),
/* harmony export */   lc: () => (/* binding */ bool),
/* harmony export */   p_: () => (/* binding */ list),
/* harmony export */   yL: () => (/* binding */ oneOf)
/* harmony export */ });
/* unused harmony export levenshtein */
/* harmony import */ var _pipeline_stage_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58992);
// A small typed schema: each field knows its type, default, doc, optional action input name and how to
// validate a value taken from backend-ci.yml or from an action input. Config types are inferred from it,
// so the schema is the one place a setting is declared.

class FileOrigin {
    file;
    line;
    column;
    constructor(file, line, column) {
        this.file = file;
        this.line = line;
        this.column = column;
    }
    describe() {
        return `${this.file}:${this.line}:${this.column}`;
    }
}
class InputOrigin {
    input;
    constructor(input) {
        this.input = input;
    }
    describe() {
        return `input '${this.input}'`;
    }
}
function fail(origin, path, expected, got) {
    const shown = typeof got === 'string' ? `'${got}'` : JSON.stringify(got);
    throw new _pipeline_stage_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .x(`${origin.describe()}: '${path}' must be ${expected}, got ${shown}`);
}
function optional(common) {
    return () => common.default;
}
function str(opts) {
    const check = (v, origin, path) => {
        if (opts.pattern && !opts.pattern.test(v))
            fail(origin, path, opts.patternDoc ?? `a string matching ${opts.pattern}`, v);
        return v;
    };
    return {
        kind: 'string',
        doc: opts.doc,
        input: opts.input,
        secret: opts.secret,
        parse(raw, path) {
            if (typeof raw.value === 'number' || typeof raw.value === 'boolean')
                return check(String(raw.value), raw.origin, path);
            if (typeof raw.value !== 'string')
                fail(raw.origin, path, 'a string', raw.value);
            return check(raw.value, raw.origin, path);
        },
        parseInput: (text, origin, path) => check(text, origin, path),
        fallback: optional(opts),
    };
}
function num(opts) {
    const expected = () => {
        const range = opts.min !== undefined && opts.max !== undefined
            ? ` from ${opts.min} to ${opts.max}`
            : opts.min !== undefined
                ? ` of at least ${opts.min}`
                : opts.max !== undefined
                    ? ` of at most ${opts.max}`
                    : '';
        return `${opts.integer ? 'a whole number' : 'a number'}${range}${opts.unit ? ` (${opts.unit})` : ''}`;
    };
    const check = (v, origin, path) => {
        const n = typeof v === 'string' && v.trim() !== '' ? Number(v) : v;
        if (typeof n !== 'number' || !Number.isFinite(n))
            fail(origin, path, expected(), v);
        if (opts.integer && !Number.isInteger(n))
            fail(origin, path, expected(), v);
        if ((opts.min !== undefined && n < opts.min) || (opts.max !== undefined && n > opts.max))
            fail(origin, path, expected(), v);
        return n;
    };
    return {
        kind: 'number',
        doc: opts.doc,
        input: opts.input,
        parse: (raw, path) => check(raw.value, raw.origin, path),
        parseInput: (text, origin, path) => check(text, origin, path),
        fallback: optional(opts),
    };
}
const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];
function bool(opts) {
    return {
        kind: 'boolean',
        doc: opts.doc,
        input: opts.input,
        parse(raw, path) {
            if (typeof raw.value !== 'boolean')
                fail(raw.origin, path, 'true or false', raw.value);
            return raw.value;
        },
        parseInput(text, origin, path) {
            if (TRUE.includes(text))
                return true;
            if (FALSE.includes(text))
                return false;
            return fail(origin, path, 'true or false', text);
        },
        fallback: () => opts.default,
    };
}
function oneOf(values, opts) {
    const check = (v, origin, path) => {
        if (typeof v !== 'string' || !values.includes(v)) {
            const hint = typeof v === 'string' ? didYouMean(v, values) : '';
            throw new _pipeline_stage_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .x(`${origin.describe()}: '${path}' must be one of ${values.join(' | ')}, got ${JSON.stringify(v)}${hint}`);
        }
        return v;
    };
    return {
        kind: `enum(${values.join('|')})`,
        doc: opts.doc,
        input: opts.input,
        parse: (raw, path) => check(raw.value, raw.origin, path),
        parseInput: (text, origin, path) => check(text.trim(), origin, path),
        fallback: optional(opts),
    };
}
/**
 * A list. From the file: a YAML sequence. From an input: one item per line, or comma-separated on one line
 * (the way upload-artifact takes paths).
 */
function list(of, opts) {
    return listImpl(of, opts);
}
function listImpl(of, opts) {
    return {
        kind: `list(${of.kind})`,
        doc: opts.doc,
        input: opts.input,
        parse(raw, path) {
            if (!Array.isArray(raw.value)) {
                // A single scalar is accepted as a one-item list.
                if (raw.value !== null && typeof raw.value !== 'object')
                    return [of.parse(raw, `${path}[0]`)];
                fail(raw.origin, path, 'a list', raw.value);
            }
            const items = raw.items ?? raw.value.map((value) => ({ value, origin: raw.origin }));
            return items.map((item, i) => of.parse(item, `${path}[${i}]`));
        },
        parseInput(text, origin, path) {
            const lines = text.split(/\r?\n/).map((s) => s.trim()).filter(Boolean);
            const parts = (opts.separator ?? 'lines-or-commas') === 'lines-or-commas' && lines.length === 1 ? lines[0].split(',').map((s) => s.trim()).filter(Boolean) : lines;
            return parts.map((p, i) => (of.parseInput ? of.parseInput(p, origin, `${path}[${i}]`) : of.parse({ value: p, origin }, `${path}[${i}]`)));
        },
        fallback: () => (opts.default ? [...opts.default] : []),
    };
}
/** A mapping with known keys; unknown keys are an error with a did-you-mean. */
function obj(shape, opts) {
    const parseWith = (raw, path) => {
        if (raw && (raw.value === null || typeof raw.value !== 'object' || Array.isArray(raw.value))) {
            fail(raw.origin, path, 'a mapping of settings', raw.value);
        }
        const entries = raw?.entries ?? new Map();
        for (const [key, entry] of entries) {
            if (!(key in shape)) {
                throw new _pipeline_stage_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .x(`${entry.keyOrigin.describe()}: unknown setting '${path ? `${path}.` : ''}${key}'${didYouMean(key, Object.keys(shape))}; allowed here: ${Object.keys(shape).join(', ')}`);
            }
        }
        const out = {};
        for (const [key, field] of Object.entries(shape)) {
            const sub = `${path ? `${path}.` : ''}${key}`;
            const entry = entries.get(key);
            out[key] = entry && entry.value !== null && entry.value !== undefined ? field.parse(entry, sub) : field.fallback(sub);
        }
        return out;
    };
    return {
        kind: 'object',
        doc: opts.doc,
        shape,
        parse: (raw, path) => parseWith(raw, path),
        fallback: (path) => parseWith(undefined, path),
    };
}
/** A list of mappings (deploy targets, perf endpoints). */
function listOf(item, opts) {
    return {
        kind: 'list(object)',
        doc: opts.doc,
        input: opts.input,
        parse(raw, path) {
            if (!Array.isArray(raw.value))
                fail(raw.origin, path, 'a list', raw.value);
            const items = raw.items ?? [];
            return items.map((it, i) => item.parse(it, `${path}[${i}]`));
        },
        parseInput: opts.parseInput,
        fallback: () => [],
    };
}
/** A mapping from free-form keys (e.g. file globs) to values of one type. */
function record(of, opts) {
    return {
        kind: `record(${of.kind})`,
        doc: opts.doc,
        parse(raw, path) {
            if (raw.value === null || typeof raw.value !== 'object' || Array.isArray(raw.value))
                fail(raw.origin, path, 'a mapping', raw.value);
            const out = {};
            for (const [key, entry] of raw.entries ?? [])
                out[key] = of.parse(entry, `${path}.${key}`);
            return out;
        },
        fallback: () => ({}),
    };
}
function levenshtein(a, b) {
    const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let diag = prev[0];
        prev[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const up = prev[j];
            prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
            diag = up;
        }
    }
    return prev[b.length];
}
/** " (did you mean 'x'?)" when a close candidate exists, else "". */
function didYouMean(word, candidates) {
    let best;
    let bestDistance = Infinity;
    for (const c of candidates) {
        const d = levenshtein(word.toLowerCase(), c.toLowerCase());
        if (d < bestDistance) {
            best = c;
            bestDistance = d;
        }
    }
    return best !== undefined && bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? ` (did you mean '${best}'?)` : '';
}


/***/ }),

/***/ 41170:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ parseTarget)
/* harmony export */ });
/* unused harmony export SAFE_PATH */
/* harmony import */ var _pipeline_stage_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58992);
// Deploy targets: `local:/srv/app` or `ssh://user@host:port/srv/app`, parsed and validated.

/**
 * Paths on a target reach scripts as arguments, never as script text, but they also appear inside sqlite3
 * dot-commands and symlink targets; a conservative character set keeps every one of those unambiguous.
 */
const SAFE_PATH = /^\/[A-Za-z0-9._@+\-/]*$/;
const SAFE_USER = /^[A-Za-z_][A-Za-z0-9._-]{0,31}$/;
const SAFE_HOST = /^([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$|^\[?[0-9A-Fa-f:.]+\]?$/;
function checkPath(p, where, text) {
    if (!SAFE_PATH.test(p) || p.split('/').includes('..')) {
        throw new _pipeline_stage_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .x(`${where}: deploy target '${text}' has path '${p}'; expected an absolute path of letters, digits and . _ @ + - / without '..'`);
    }
    const trimmed = p.replace(/\/+$/, '');
    if (trimmed === '')
        throw new _pipeline_stage_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .x(`${where}: deploy target '${text}' cannot deploy to '/'`);
    return trimmed;
}
function parseTarget(text, where) {
    const expected = "expected 'local:/absolute/path' or 'ssh://user@host[:port]/absolute/path'";
    if (text.startsWith('local:')) {
        const p = checkPath(text.slice('local:'.length), where, text);
        return { kind: 'local', path: p, label: `local:${p}` };
    }
    if (text.startsWith('ssh://')) {
        const m = /^ssh:\/\/([^@/]+)@(\[[^\]]+\]|[^:/]+)(?::(\d+))?(\/.*)$/.exec(text);
        if (!m)
            throw new _pipeline_stage_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .x(`${where}: invalid deploy target '${text}'; ${expected}`);
        const [, user, rawHost, portText, p] = m;
        if (!SAFE_USER.test(user))
            throw new _pipeline_stage_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .x(`${where}: deploy target '${text}' has an invalid user name '${user}'`);
        if (!SAFE_HOST.test(rawHost))
            throw new _pipeline_stage_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .x(`${where}: deploy target '${text}' has an invalid host '${rawHost}'`);
        const port = portText ? Number(portText) : 22;
        if (!Number.isInteger(port) || port < 1 || port > 65535) {
            throw new _pipeline_stage_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .x(`${where}: deploy target '${text}' has port ${portText}; expected 1 to 65535`);
        }
        const host = rawHost.replace(/^\[|\]$/g, '');
        const clean = checkPath(p, where, text);
        return { kind: 'ssh', user: user, host, port, path: clean, label: `${user}@${rawHost}:${port}${clean}` };
    }
    throw new _pipeline_stage_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .x(`${where}: invalid deploy target '${text}'; ${expected}`);
}


/***/ }),

/***/ 95167:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ runPipeline)
/* harmony export */ });
/* unused harmony export stageOrder */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _stage_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(58992);
// Runs the configured stages in order: fail-fast, deploy only after an all-green run, report always last.



/** The order stages run in: the configured list, duplicates dropped, report moved (or added) last. */
function stageOrder(configured) {
    const seen = [...new Set(configured)].filter((s) => s !== 'report');
    return [...seen, 'report'];
}
function skipped(headline) {
    return { status: 'skipped', headline };
}
async function runPipeline(config, host, registry) {
    const results = new Map();
    let configError = false;
    let firstFailure;
    for (const name of stageOrder(config.stages)) {
        const stage = registry[name];
        host.stageStarted(name);
        const started = Date.now();
        let outcome;
        if (!stage) {
            outcome = skipped(`the ${name} stage is not available in this build`);
        }
        else if (name !== 'report' && firstFailure && config.failFast) {
            outcome = skipped(`not run: ${firstFailure} failed (fail-fast)`);
        }
        else if (name === 'deploy' && firstFailure) {
            outcome = skipped(`not run: deploy needs every earlier stage to pass, and ${firstFailure} failed`);
        }
        else {
            outcome = await host.group(`backend-ci: ${name}`, async () => {
                try {
                    return await stage.run({ config, host, previous: results });
                }
                catch (error) {
                    if (error instanceof _stage_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .x)
                        configError = true;
                    const message = error instanceof Error ? error.message : String(error);
                    host.log.error(`${name}: ${message}`);
                    if (error instanceof Error && error.stack)
                        host.log.debug(error.stack);
                    return { status: 'failed', headline: message.split('\n')[0], details: '```\n' + message + '\n```' };
                }
            });
        }
        // Deploy's outputs are always set, so a workflow can branch on deploy-status even when it did not run.
        if (name === 'deploy' && outcome.status === 'skipped')
            outcome.outputs = { 'deploy-status': 'skipped', 'rolled-back': 'false', ...outcome.outputs };
        const result = {
            ...outcome,
            stage: name,
            durationMs: Date.now() - started,
            outputs: outcome.outputs ?? {},
            annotations: outcome.annotations ?? [],
        };
        results.set(name, result);
        for (const [key, value] of Object.entries(result.outputs))
            host.setOutput(key, value);
        if (result.status === 'failed' && !firstFailure)
            firstFailure = name;
        host.stageFinished(result);
    }
    const list = [...results.values()];
    const resultsJson = await writeResults(config, host, list);
    host.setOutput('results-json', resultsJson);
    return { results: list, failed: list.some((r) => r.status === 'failed'), configError, resultsJson };
}
async function writeResults(config, host, results) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(host.resultsDir, { recursive: true });
    const file = node_path__WEBPACK_IMPORTED_MODULE_1__.join(host.resultsDir, 'results.json');
    const body = {
        schema: 'backend-ci/results@1',
        createdAt: new Date().toISOString(),
        commit: host.context.sha,
        ref: host.context.ref,
        runUrl: host.context.runUrl,
        workingDirectory: node_path__WEBPACK_IMPORTED_MODULE_1__.relative(config.workspace, config.cwd) || '.',
        stages: results.map((r) => ({
            stage: r.stage,
            status: r.status,
            headline: r.headline,
            durationMs: r.durationMs,
            outputs: r.outputs,
            annotations: r.annotations,
            data: r.data,
        })),
    };
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(file, JSON.stringify(body, (_k, v) => (v instanceof Map ? Object.fromEntries(v) : v), 2));
    return file;
}


/***/ }),

/***/ 58992:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ ConfigError),
/* harmony export */   y: () => (/* binding */ STAGE_NAMES)
/* harmony export */ });
const STAGE_NAMES = ['migrations', 'config', 'test', 'artifact', 'deploy', 'perf', 'report'];
/** A failure the user caused and can fix (bad input, bad file); the CLI exits 2 for it. */
class ConfigError extends Error {
    name = 'ConfigError';
}


/***/ }),

/***/ 53983:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ stages)
/* harmony export */ });
function lazy(name, load) {
    return { name, run: async (ctx) => (await load()).run(ctx) };
}
const stages = {
    migrations: lazy('migrations', async () => (await Promise.all(/* import() */[__webpack_require__.e(651), __webpack_require__.e(676)]).then(__webpack_require__.bind(__webpack_require__, 27651))).migrationsStage),
    config: lazy('config', async () => (await __webpack_require__.e(/* import() */ 290).then(__webpack_require__.bind(__webpack_require__, 19909))).configStage),
    test: lazy('test', async () => (await Promise.all(/* import() */[__webpack_require__.e(526), __webpack_require__.e(621)]).then(__webpack_require__.bind(__webpack_require__, 97621))).testStage),
    artifact: lazy('artifact', async () => (await __webpack_require__.e(/* import() */ 372).then(__webpack_require__.bind(__webpack_require__, 88372))).artifactStage),
    deploy: lazy('deploy', async () => (await Promise.all(/* import() */[__webpack_require__.e(345), __webpack_require__.e(295)]).then(__webpack_require__.bind(__webpack_require__, 37345))).deployStage),
    perf: lazy('perf', async () => (await Promise.all(/* import() */[__webpack_require__.e(397), __webpack_require__.e(236), __webpack_require__.e(174), __webpack_require__.e(233), __webpack_require__.e(914)]).then(__webpack_require__.bind(__webpack_require__, 55233))).perfStage),
    report: lazy('report', async () => {
        const [{ createReportStage }, { patchCoverageEngine }] = await Promise.all([__webpack_require__.e(/* import() */ 987).then(__webpack_require__.bind(__webpack_require__, 36987)), Promise.all(/* import() */[__webpack_require__.e(526), __webpack_require__.e(774)]).then(__webpack_require__.bind(__webpack_require__, 74774))]);
        return createReportStage({ patchEngine: patchCoverageEngine });
    }),
};


/***/ })

};
