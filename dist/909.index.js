export const id = 909;
export const ids = [909];
export const modules = {

/***/ 19909:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  configCommand: () => (/* binding */ configCommand),
  configStage: () => (/* binding */ configStage),
  inspectConfig: () => (/* binding */ inspectConfig),
  toOutcome: () => (/* binding */ toOutcome)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./.build/src/exec/run.js
var run = __webpack_require__(95676);
// EXTERNAL MODULE: ./.build/src/pipeline/stage.js
var stage = __webpack_require__(58992);
;// CONCATENATED MODULE: ./.build/src/stages/config/contract.js
// The env contract: which variables a service needs, of what type and range. Read from either
//
// 1. a .env.example whose KEY=value lines may carry a note in the comment line just above them:
//
//        # Port to listen on.
//        # type=int min=1 max=65535 required
//        PORT=8000
//
//    Note words: type=string|int|number|bool|url|secret|enum(a|b|c) (or type=enum values=a|b|c),
//    min=N max=N (the value for numbers, the length for strings), pattern=REGEX, required, optional,
//    secret. A key without a note is an optional string. Other comment lines are free text.
//
// 2. a JSON Schema (*.json) object: properties with type (string, integer, number, boolean), enum,
//    minimum, maximum, minLength, maxLength, pattern, format: uri; the required list; writeOnly: true
//    marks a secret.



const ENV_TYPES = ['string', 'int', 'number', 'bool', 'url', 'enum', 'secret'];
/** Names that hold secrets whatever their declared type. */
const SECRET_NAME = /SECRET|TOKEN|PASSWORD|PASSWD|KEY|CREDENTIAL|PRIVATE/i;
function readContract(file, shownAs = external_node_path_.basename(file)) {
    const text = (0,external_node_fs_.readFileSync)(file, 'utf8');
    return file.endsWith('.json') ? readJsonSchema(text, shownAs) : readEnvExample(text, shownAs);
}
const NOTE_LINE = /^#\s*(?:type=|required\b|optional\b|secret\b|min=|max=|pattern=|values=)/;
const KEY_LINE = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/;
const NOTE_WORDS = 'type=, min=, max=, values=, pattern=, required, optional, secret';
function readEnvExample(text, shownAs) {
    const entries = [];
    let note;
    text.split(/\r?\n/).forEach((raw, i) => {
        const line = raw.trim();
        if (line === '') {
            note = undefined;
            return;
        }
        if (line.startsWith('#')) {
            note = NOTE_LINE.test(line) ? { text: line.replace(/^#\s*/, ''), line: i + 1 } : note;
            return;
        }
        const key = KEY_LINE.exec(raw);
        if (!key)
            throw new stage/* ConfigError */.x(`${shownAs}:${i + 1}: expected KEY=value or a # comment, got '${line.slice(0, 60)}'`);
        const entry = { name: key[1], type: 'string', required: false, secret: false, example: unquote(key[2]), file: shownAs, line: i + 1 };
        if (note)
            applyNote(entry, note.text, `${shownAs}:${note.line}`);
        if (SECRET_NAME.test(entry.name))
            entry.secret = true;
        entries.push(entry);
        note = undefined;
    });
    return { file: shownAs, entries };
}
function applyNote(entry, text, where) {
    for (const word of text.split(/\s+/).filter(Boolean)) {
        const [k, ...rest] = word.split('=');
        const v = rest.join('=');
        if (word === 'required')
            entry.required = true;
        else if (word === 'optional')
            entry.required = false;
        else if (word === 'secret')
            entry.secret = true;
        else if (k === 'type') {
            const enumForm = /^enum\((.*)\)$/.exec(v);
            if (enumForm) {
                entry.type = 'enum';
                entry.values = enumForm[1].split('|');
            }
            else if (ENV_TYPES.includes(v)) {
                entry.type = v;
                if (v === 'secret')
                    entry.secret = true;
            }
            else
                throw new stage/* ConfigError */.x(`${where}: ${entry.name}: unknown type '${v}'; allowed: ${ENV_TYPES.join(', ')}, enum(a|b|c)`);
        }
        else if (k === 'min' || k === 'max') {
            const n = Number(v);
            if (v === '' || !Number.isFinite(n))
                throw new stage/* ConfigError */.x(`${where}: ${entry.name}: ${k} must be a number, got '${v}'`);
            entry[k] = n;
        }
        else if (k === 'values')
            entry.values = v.split('|');
        else if (k === 'pattern')
            entry.pattern = compilePattern(v, `${where}: ${entry.name}`);
        else
            throw new stage/* ConfigError */.x(`${where}: ${entry.name}: unknown note '${word}'; allowed: ${NOTE_WORDS}`);
    }
    if (entry.type === 'enum' && !entry.values?.length)
        throw new stage/* ConfigError */.x(`${where}: ${entry.name}: type=enum needs its values, as enum(a|b) or values=a|b`);
}
function compilePattern(source, where) {
    try {
        return new RegExp(source);
    }
    catch (err) {
        throw new stage/* ConfigError */.x(`${where}: pattern is not a valid regular expression: ${err.message}`);
    }
}
function unquote(value) {
    const v = value.trim();
    const quote = v[0];
    if (quote === '"' || quote === "'") {
        const close = v.indexOf(quote, 1);
        if (close > 0)
            return v.slice(1, close);
    }
    // An unquoted value ends at a comment.
    return v.replace(/\s+#.*$/, '');
}
function readJsonSchema(text, shownAs) {
    let schema;
    try {
        schema = JSON.parse(text);
    }
    catch (err) {
        throw new stage/* ConfigError */.x(`${shownAs}: not valid JSON: ${err.message}`);
    }
    if (!schema || typeof schema !== 'object' || typeof schema.properties !== 'object') {
        throw new stage/* ConfigError */.x(`${shownAs}: expected a JSON Schema object with "properties"`);
    }
    const lines = text.split('\n');
    // The property's own key line ("NAME": ...), not its mention in the required list.
    const lineOf = (name) => Math.max(1, lines.findIndex((l) => l.includes(`"${name}"`) && /^\s*"[^"]*"\s*:/.test(l) && l.trimStart().startsWith(`"${name}"`)) + 1);
    const required = new Set(schema.required ?? []);
    const entries = Object.entries(schema.properties).map(([name, p]) => {
        const where = `${shownAs}:${lineOf(name)}`;
        const jsonType = Array.isArray(p.type) ? p.type.find((t) => t !== 'null') : p.type;
        let type;
        if (p.enum)
            type = 'enum';
        else if (jsonType === 'integer')
            type = 'int';
        else if (jsonType === 'number')
            type = 'number';
        else if (jsonType === 'boolean')
            type = 'bool';
        else if (jsonType === 'string' || jsonType === undefined)
            type = p.format === 'uri' || p.format === 'url' ? 'url' : 'string';
        else
            throw new stage/* ConfigError */.x(`${where}: ${name}: type '${jsonType}' cannot come from an environment variable; allowed: string, integer, number, boolean`);
        const numeric = type === 'int' || type === 'number';
        return {
            name,
            type,
            required: required.has(name),
            secret: p.writeOnly === true || SECRET_NAME.test(name),
            min: numeric ? p.minimum : p.minLength,
            max: numeric ? p.maximum : p.maxLength,
            values: p.enum?.map(String),
            pattern: p.pattern ? compilePattern(p.pattern, `${where}: ${name}`) : undefined,
            example: p.examples?.[0] !== undefined ? String(p.examples[0]) : p.default !== undefined ? String(p.default) : undefined,
            file: shownAs,
            line: lineOf(name),
        };
    });
    return { file: shownAs, entries };
}

;// CONCATENATED MODULE: ./.build/src/stages/config/check.js

const TRUE = ['true', '1', 'yes', 'on'];
const FALSE = ['false', '0', 'no', 'off'];
function isSecret(entry, key) {
    return entry?.secret === true || entry?.type === 'secret' || SECRET_NAME.test(key);
}
/** Shows a value in a message unless it is secret. */
function shown(value, secret) {
    return secret ? '(value hidden)' : `'${value.length > 60 ? `${value.slice(0, 57)}...` : value}'`;
}
function checkAgainstContract(contract, values, unknownFrom) {
    const problems = [];
    const declared = new Map(contract.entries.map((e) => [e.name, e]));
    for (const entry of contract.entries) {
        const found = values.get(entry.name);
        if (!found || found.value === '') {
            if (entry.required)
                problems.push({ level: 'error', key: entry.name, message: `${entry.name} is required by ${entry.file}:${entry.line} but is ${found ? 'empty' : 'not set'}`, file: entry.file, line: entry.line });
            continue;
        }
        const problem = typeProblem(entry, found.value);
        if (problem) {
            const secret = isSecret(entry, entry.name);
            problems.push({
                level: 'error',
                key: entry.name,
                message: `${entry.name} from ${found.source} ${problem.replace('%v', shown(found.value, secret))} (declared at ${entry.file}:${entry.line})`,
                file: found.file ?? entry.file,
                line: found.line ?? entry.line,
            });
        }
    }
    // Only keys from files are checked for typos; the process environment always holds unrelated variables.
    for (const [key, found] of values) {
        if (!declared.has(key) && found.file && unknownFrom.has(found.file)) {
            problems.push({ level: 'warning', key, message: `${key} in ${found.source} is not in the contract ${contract.file} (a typo, or add it there)`, file: found.file, line: found.line });
        }
    }
    return problems;
}
function typeProblem(entry, value) {
    // Numbers are shown through %v (hidden for secrets); strings by their length only.
    const range = (n, what) => {
        const subject = what === 'value' ? 'is %v' : `has length ${n}`;
        const limit = what === 'value' ? '' : 'length ';
        if (entry.min !== undefined && n < entry.min)
            return `${subject}, below the minimum ${limit}${entry.min}`;
        if (entry.max !== undefined && n > entry.max)
            return `${subject}, above the maximum ${limit}${entry.max}`;
        return undefined;
    };
    switch (entry.type) {
        case 'int':
            if (!/^[+-]?\d+$/.test(value.trim()))
                return 'is %v, expected a whole number';
            return range(Number(value), 'value');
        case 'number':
            if (value.trim() === '' || !Number.isFinite(Number(value)))
                return 'is %v, expected a number';
            return range(Number(value), 'value');
        case 'bool':
            if (![...TRUE, ...FALSE].includes(value.trim().toLowerCase()))
                return `is %v, expected one of ${[...TRUE, ...FALSE].join(', ')}`;
            return undefined;
        case 'url': {
            let url;
            try {
                url = new URL(value);
            }
            catch {
                return 'is %v, expected an absolute URL (scheme://host...)';
            }
            if (!url.host && !['file:', 'sqlite:'].includes(url.protocol))
                return 'is %v, expected a URL with a host';
            return range(value.length, 'length');
        }
        case 'enum':
            if (!entry.values.includes(value))
                return `is %v, expected one of ${entry.values.join(' | ')}`;
            return undefined;
        case 'string':
        case 'secret':
            if (entry.pattern && !entry.pattern.test(value))
                return `is %v, which does not match ${entry.pattern.source}`;
            return range(value.length, 'length');
    }
}
const ENV_NAME_KEYS = ['APP_ENV', 'NODE_ENV', 'ENVIRONMENT', 'ENV', 'DJANGO_ENV', 'RAILS_ENV'];
const NON_PRODUCTION = /^(?:dev|development|test|testing|local|ci)$/i;
/**
 * Whether the checked environment is a production one: `yes`/`no` from the settings, or with `auto`,
 * production unless a variable like APP_ENV or NODE_ENV names a development or test environment.
 */
function isProduction(setting, values) {
    if (setting !== 'auto')
        return { production: setting === 'yes', why: `configCheck.production is ${setting}` };
    for (const key of ENV_NAME_KEYS) {
        const v = values.get(key)?.value;
        if (v && NON_PRODUCTION.test(v))
            return { production: false, why: `${key}=${v}` };
        if (v)
            return { production: true, why: `${key}=${v}` };
    }
    return { production: true, why: 'no APP_ENV/NODE_ENV says otherwise' };
}
const WEAK_SECRETS = /^(?:secret|password|passwd|changeme|change-me|changethis|default|example|test|testing|dev|development|admin|root|token|key|123456|12345678|qwerty|letmein|xxx+|\*+)$/i;
const WEAK_MARKERS = /change[-_ ]?me|changeme|your[-_ ]?(?:secret|key|token|password)|insecure|example|placeholder|dummy|not[-_ ]?a[-_ ]?secret|replace[-_ ]?me/i;
const MIN_SECRET_LENGTH = 16;
const LOCAL_HOST = /^(?:localhost|127\.\d+\.\d+\.\d+|\[::1\]|0\.0\.0\.0|[\w.-]+\.(?:local|internal|localhost)|10\.\d+\.\d+\.\d+|192\.168\.\d+\.\d+|172\.(?:1[6-9]|2\d|3[01])\.\d+\.\d+|[a-z0-9-]+)$/i;
/** Debug flags on, weak or default secrets, plain-http public URLs. */
function insecureSettings(contract, values) {
    const problems = [];
    const declared = new Map(contract?.entries.map((e) => [e.name, e]) ?? []);
    for (const [key, found] of values) {
        const entry = declared.get(key);
        if (!entry && !found.file)
            continue; // unrelated process environment
        const at = { file: found.file ?? entry?.file, line: found.line ?? entry?.line };
        const value = found.value;
        if (/(?:^|_)DEBUG$/i.test(key) && TRUE.includes(value.trim().toLowerCase())) {
            problems.push({ level: 'error', key, message: `${key} is on in a production environment (${found.source}): it exposes stack traces and internals; set it to false`, ...at });
        }
        if (isSecret(entry, key) && value !== '' && (entry?.type === 'secret' || entry?.type === 'string' || !entry)) {
            const weak = WEAK_SECRETS.test(value) ? 'a well-known default' : WEAK_MARKERS.test(value) ? 'a placeholder' : entry?.example && value === entry.example ? `the example value from ${entry.file}:${entry.line}` : value.length < MIN_SECRET_LENGTH ? `shorter than ${MIN_SECRET_LENGTH} characters` : undefined;
            if (weak)
                problems.push({ level: 'error', key, message: `${key} (${found.source}) is ${weak}: use a long random value from your secret store`, ...at });
        }
        if ((entry?.type === 'url' || /_(?:URL|URI)$/i.test(key)) && /^http:\/\//i.test(value)) {
            let host = '';
            try {
                host = new URL(value).hostname;
            }
            catch {
                continue;
            }
            if (!LOCAL_HOST.test(host))
                problems.push({ level: 'error', key, message: `${key} (${found.source}) is a plain http:// URL to the public host ${host}: traffic and cookies travel unencrypted; use https://`, ...at });
        }
    }
    return problems;
}

;// CONCATENATED MODULE: ./.build/src/stages/config/dotenv.js
// Reads a .env file into values with their line numbers (KEY=value, optional `export`, quotes, comments).



function readDotenv(file, shownAs) {
    const values = new Map();
    (0,external_node_fs_.readFileSync)(file, 'utf8')
        .split(/\r?\n/)
        .forEach((raw, i) => {
        const line = raw.trim();
        if (line === '' || line.startsWith('#'))
            return;
        const m = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/.exec(line);
        if (!m)
            throw new stage/* ConfigError */.x(`${shownAs}:${i + 1}: expected KEY=value, got a line that is not (${line.length} characters)`);
        values.set(m[1], { value: unquote(m[2]), source: `${shownAs}:${i + 1}`, file: shownAs, line: i + 1 });
    });
    return values;
}

;// CONCATENATED MODULE: ./.build/src/stages/config/stage.js
// The config stage: the env contract checked against the target's environment (and a .env file),
// insecure production settings, and the framework's own check command. Also `backend-ci config`.
// Secret values are registered with host.setSecret before anything is logged, and messages never print them.







const CHECK_TIMEOUT_MS = 180_000;
async function inspectConfig(config, host) {
    const settings = config.configCheck;
    const shown = (abs) => external_node_path_.relative(config.workspace, abs).split(external_node_path_.sep).join('/');
    const contractPath = settings.envContract ? external_node_path_.resolve(config.cwd, settings.envContract) : external_node_path_.join(config.cwd, '.env.example');
    let contract;
    if ((0,external_node_fs_.existsSync)(contractPath))
        contract = readContract(contractPath, shown(contractPath));
    else if (settings.envContract)
        throw new stage/* ConfigError */.x(`input 'env-contract' / configCheck.envContract: ${settings.envContract} does not exist (looked at ${contractPath})`);
    const envPath = settings.envFile ? external_node_path_.resolve(config.cwd, settings.envFile) : external_node_path_.join(config.cwd, '.env');
    const values = new Map();
    const files = new Set();
    if ((0,external_node_fs_.existsSync)(envPath)) {
        const fromFile = readDotenv(envPath, shown(envPath));
        for (const [k, v] of fromFile)
            values.set(k, v);
        files.add(shown(envPath));
    }
    else if (settings.envFile) {
        throw new stage/* ConfigError */.x(`input 'env-file' / configCheck.envFile: ${settings.envFile} does not exist (looked at ${envPath})`);
    }
    // The target's environment wins over the file, as it does when the service starts.
    for (const entry of contract?.entries ?? []) {
        const v = process.env[entry.name];
        if (v !== undefined)
            values.set(entry.name, { value: v, source: 'the environment' });
    }
    const secrets = registerSecrets(host, contract, values);
    const production = isProduction(settings.production, values);
    const problems = contract ? checkAgainstContract(contract, values, files) : [];
    if (production.production)
        problems.push(...insecureSettings(contract, values));
    const framework = await runFrameworkCheck(config, host, values);
    // The check command's output goes into the summary and results.json, which host masking does not cover.
    if (framework)
        framework.output = mask(framework.output, secrets);
    // The report goes to results.json: keep no example values of secrets there (a deploy may still use them).
    const shownContract = contract && { ...contract, entries: contract.entries.map((e) => (e.secret || e.type === 'secret' ? { ...e, example: undefined } : e)) };
    return { contract: shownContract, envFile: files.size ? [...files][0] : undefined, production, checkedKeys: values.size, problems, framework };
}
/** Every value that is, or may be, a secret, plus the password part of URLs, is masked from here on. */
function registerSecrets(host, contract, values) {
    const secrets = [];
    const add = (value) => {
        secrets.push(value);
        host.setSecret(value);
    };
    const declared = new Map(contract?.entries.map((e) => [e.name, e]) ?? []);
    for (const [key, { value }] of values) {
        if (!value)
            continue;
        const entry = declared.get(key);
        if (entry?.secret || entry?.type === 'secret' || SECRET_NAME.test(key))
            add(value);
        const password = /^[a-z][a-z0-9+.-]*:\/\/[^/:@]*:([^@/]+)@/i.exec(value)?.[1];
        if (password)
            add(decodeURIComponent(password));
    }
    return secrets;
}
async function runFrameworkCheck(config, host, values) {
    const env = { ...process.env };
    for (const [k, v] of values)
        env[k] ??= v.value;
    const given = config.configCheck.checkCommand;
    let command;
    let args;
    let reason;
    if (given) {
        // The user's own command: the one place a shell runs.
        command = process.platform === 'win32' ? 'cmd.exe' : '/bin/sh';
        args = process.platform === 'win32' ? ['/d', '/s', '/c', given] : ['-c', given];
        reason = 'configCheck.checkCommand';
    }
    else if ((0,external_node_fs_.existsSync)(external_node_path_.join(config.cwd, 'manage.py'))) {
        // Django's default fail level lets warnings pass, and every --deploy finding is a warning.
        command = config.migrations.python;
        args = ['manage.py', 'check', '--deploy', '--fail-level', 'WARNING'];
        reason = 'Django project (manage.py) default';
    }
    else
        return undefined;
    const shown = given ?? [command, ...args].join(' ');
    host.log.info(`config: running ${shown}`);
    try {
        const result = await (0,run/* runProgram */.mB)(command, args, { cwd: config.cwd, env, timeoutMs: CHECK_TIMEOUT_MS });
        const output = (0,run/* tail */.RT)(`${result.stdout}\n${result.stderr}`.trim(), 30);
        return { command: shown, reason, code: result.timedOut ? null : result.code, output: result.timedOut ? `did not finish within ${CHECK_TIMEOUT_MS / 1000}s\n${output}` : output };
    }
    catch (err) {
        if (err instanceof run/* ProgramNotFoundError */.oo) {
            return { command: shown, reason, code: null, output: `${command} was not found: install it, or set migrations.python (input 'python') to the interpreter that has Django` };
        }
        throw err;
    }
}
function mask(text, secrets) {
    // Longest first, so a secret that contains another is masked whole.
    return [...secrets].sort((a, b) => b.length - a.length).reduce((t, s) => t.split(s).join('***'), text);
}
function toOutcome(report) {
    const errors = report.problems.filter((p) => p.level === 'error');
    const warnings = report.problems.filter((p) => p.level === 'warning');
    const frameworkFailed = report.framework !== undefined && report.framework.code !== 0;
    const annotations = report.problems.map((p) => ({ level: p.level, title: `Config: ${p.key}`, message: p.message, file: p.file, line: p.line }));
    if (frameworkFailed)
        annotations.push({ level: 'error', title: 'Config check command failed', message: `${report.framework.command} exited ${report.framework.code ?? '(did not finish)'}` });
    const nothing = !report.contract && !report.framework;
    const parts = [];
    if (errors.length)
        parts.push(`${errors.length} problem(s)`);
    if (warnings.length)
        parts.push(`${warnings.length} warning(s)`);
    if (frameworkFailed)
        parts.push(`${stage_short(report.framework.command)} failed`);
    const status = nothing ? 'skipped' : errors.length || frameworkFailed ? 'failed' : warnings.length ? 'warned' : 'passed';
    const headline = nothing
        ? 'no env contract (.env.example) and no check command'
        : parts.length
            ? parts.join(', ')
            : `${report.contract ? `${report.contract.entries.length} variables match ${report.contract.file}` : 'no env contract'}${report.framework ? `; ${stage_short(report.framework.command)} passed` : ''}`;
    const lines = [];
    if (report.contract)
        lines.push(`**Contract:** ${report.contract.file} (${report.contract.entries.length} variables), checked against ${report.envFile ? `${report.envFile} and ` : ''}the environment.`);
    lines.push(`**Production checks:** ${report.production.production ? 'on' : 'off'} (${report.production.why}).`);
    if (report.problems.length) {
        lines.push('', '| Level | Variable | Problem |', '| --- | --- | --- |');
        for (const p of report.problems.slice(0, 100))
            lines.push(`| ${p.level} | ${p.key} | ${p.message.replaceAll('|', '\\|')} |`);
    }
    if (report.framework) {
        lines.push('', `**Check command** (${report.framework.reason}): \`${report.framework.command}\` exited ${report.framework.code ?? '(did not finish)'}`);
        if (report.framework.output)
            lines.push('', '```', report.framework.output, '```');
    }
    return { status, headline, details: lines.join('\n'), annotations, data: report };
}
/** A command as the headline shows it: whole when short, else its start. */
function stage_short(command) {
    return command.length <= 60 ? `'${command}'` : `'${command.slice(0, 57)}...'`;
}
const configStage = {
    name: 'config',
    async run({ config, host }) {
        return toOutcome(await inspectConfig(config, host));
    },
};
/** `backend-ci config`: 0 when the configuration is fine (warnings allowed), 1 when it has problems. */
async function configCommand(config, host) {
    const outcome = toOutcome(await inspectConfig(config, host));
    for (const a of outcome.annotations ?? [])
        host.annotate(a);
    host.log[outcome.status === 'failed' ? 'error' : 'info'](`config: ${outcome.headline}`);
    host.log.info(outcome.details ?? '');
    return outcome.status === 'failed' ? 1 : 0;
}


/***/ })

};
