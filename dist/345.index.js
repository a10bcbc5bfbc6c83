export const id = 345;
export const ids = [345];
export const modules = {

/***/ 20409:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  h$: () => (/* binding */ buildArchive),
  EX: () => (/* binding */ defaultTransportOpener),
  H_: () => (/* binding */ deployRelease),
  $i: () => (/* binding */ healthUrlFor),
  nm: () => (/* binding */ migrationsIn),
  kr: () => (/* binding */ openAll),
  QR: () => (/* binding */ targetsOf)
});

// UNUSED EXPORTS: lastGoodRelease

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./.build/src/pipeline/stage.js
var stage = __webpack_require__(58992);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
// EXTERNAL MODULE: ./.build/src/exec/run.js
var run = __webpack_require__(95676);
;// CONCATENATED MODULE: ./.build/src/deploy/archive.js
// The release archive: built from a folder with the system tar, or taken prebuilt; every entry is checked
// here before anything is unpacked, so an archive cannot write outside its release folder.





class UnsafeArchiveError extends Error {
    name = 'UnsafeArchiveError';
}
/** Creates a gzipped tar of `source` (contents at the archive root), leaving out `exclude` patterns. */
async function createArchive(source, exclude) {
    // runProgram decodes output as text; the archive is binary, so tar writes a temporary file instead.
    const dir = (0,external_node_fs_.mkdtempSync)(external_node_path_.join((0,external_node_os_.tmpdir)(), 'bci-archive-'));
    try {
        const file = external_node_path_.join(dir, 'release.tar.gz');
        const args = ['--create', '--gzip', '--file', file, '--directory', source, '--owner=0', '--group=0', '--numeric-owner'];
        for (const pattern of exclude)
            args.push(`--exclude=${pattern}`);
        args.push('.');
        const r = await (0,run/* runProgram */.mB)('tar', args, { timeoutMs: 10 * 60_000 });
        if (r.code !== 0)
            throw new Error(`tar could not pack ${source}: ${(0,run/* tail */.RT)(r.stderr)}`);
        return (0,external_node_fs_.readFileSync)(file);
    }
    finally {
        (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
    }
}
function readString(block, offset, length) {
    const slice = block.subarray(offset, offset + length);
    const end = slice.indexOf(0);
    return slice.subarray(0, end === -1 ? slice.length : end).toString('utf8');
}
function readOctal(block, offset, length) {
    const field = block.subarray(offset, offset + length);
    // GNU base-256 for sizes over 8 GiB: high bit set on the first byte.
    if (field[0] & 0x80) {
        let n = 0;
        for (let i = 1; i < field.length; i++)
            n = n * 256 + field[i];
        return n;
    }
    const text = readString(block, offset, length).trim();
    return text === '' ? 0 : parseInt(text, 8);
}
function parsePax(data) {
    const out = {};
    let rest = Buffer.from(data, 'utf8');
    while (rest.length > 0) {
        const space = rest.indexOf(0x20);
        if (space <= 0)
            break;
        const len = parseInt(rest.subarray(0, space).toString('ascii'), 10);
        if (!Number.isFinite(len) || len <= space)
            throw new UnsafeArchiveError('malformed pax header in the archive');
        const record = rest.subarray(space + 1, len - 1).toString('utf8');
        const eq = record.indexOf('=');
        if (eq > 0)
            out[record.slice(0, eq)] = record.slice(eq + 1);
        rest = rest.subarray(len);
    }
    return out;
}
/** Lists a tar (optionally gzipped) archive's entries: ustar, pax extended headers and GNU long names. */
function listArchive(archive) {
    const tar = archive[0] === 0x1f && archive[1] === 0x8b ? (0,external_node_zlib_.gunzipSync)(archive) : archive;
    const entries = [];
    let offset = 0;
    let longName;
    let longLink;
    let pax = {};
    while (offset + 512 <= tar.length) {
        const block = tar.subarray(offset, offset + 512);
        if (block.every((b) => b === 0))
            break;
        const sum = readOctal(block, 148, 8);
        let computed = 0;
        for (let i = 0; i < 512; i++)
            computed += i >= 148 && i < 156 ? 0x20 : block[i];
        if (sum !== computed)
            throw new UnsafeArchiveError(`the archive is corrupt: bad header checksum at byte ${offset}`);
        const size = readOctal(block, 124, 12);
        const typeflag = String.fromCharCode(block[156]) || '0';
        const magic = readString(block, 257, 6);
        const prefix = magic.startsWith('ustar') ? readString(block, 345, 155) : '';
        const dataStart = offset + 512;
        const data = () => tar.subarray(dataStart, dataStart + size);
        offset = dataStart + Math.ceil(size / 512) * 512;
        if (offset > tar.length + 512)
            throw new UnsafeArchiveError('the archive is truncated');
        if (typeflag === 'L') {
            longName = readString(data(), 0, size);
            continue;
        }
        if (typeflag === 'K') {
            longLink = readString(data(), 0, size);
            continue;
        }
        if (typeflag === 'x') {
            pax = { ...pax, ...parsePax(data().toString('utf8')) };
            continue;
        }
        if (typeflag === 'g')
            continue;
        const headerName = readString(block, 0, 100);
        const name = pax.path ?? longName ?? (prefix ? `${prefix}/${headerName}` : headerName);
        const linkTarget = pax.linkpath ?? longLink ?? readString(block, 157, 100);
        const type = typeflag === '0' || typeflag === '\0' || typeflag === '7' ? 'file' : typeflag === '5' ? 'directory' : typeflag === '2' ? 'symlink' : typeflag === '1' ? 'hardlink' : 'other';
        entries.push({ name, type, size, ...(type === 'symlink' || type === 'hardlink' ? { linkTarget } : {}) });
        longName = undefined;
        longLink = undefined;
        pax = {};
    }
    return entries;
}
/**
 * Whether a link at `entryName` pointing to `target` stays inside the release. Walks the components by hand:
 * path.normalize would clamp '/..' at the root and hide an escape.
 */
function linkStaysInside(entryName, target) {
    if (target === '' || target.startsWith('/'))
        return false;
    const stack = entryName.split('/').filter((p) => p !== '' && p !== '.');
    stack.pop(); // the link itself: its target is relative to the folder it sits in
    for (const part of target.split('/')) {
        if (part === '' || part === '.')
            continue;
        if (part === '..') {
            if (stack.length === 0)
                return false;
            stack.pop();
        }
        else {
            stack.push(part);
        }
    }
    return true;
}
/**
 * Refuses absolute paths, `..` components, links whose target resolves outside the release, and device
 * files or FIFOs. Returns the entries when the archive is safe to unpack.
 */
function validateArchive(archive) {
    const entries = listArchive(archive);
    if (entries.length === 0)
        throw new UnsafeArchiveError('the archive is empty');
    for (const entry of entries) {
        const shown = JSON.stringify(entry.name);
        if (entry.name.startsWith('/'))
            throw new UnsafeArchiveError(`archive entry ${shown} has an absolute path`);
        if (entry.name.split('/').includes('..'))
            throw new UnsafeArchiveError(`archive entry ${shown} has a '..' component`);
        if (entry.type === 'other')
            throw new UnsafeArchiveError(`archive entry ${shown} is a device, FIFO or unknown type; only files, folders and links are allowed`);
        if (entry.type === 'symlink') {
            const target = entry.linkTarget ?? '';
            if (!linkStaysInside(entry.name, target)) {
                throw new UnsafeArchiveError(`archive entry ${shown} is a link to ${JSON.stringify(target)}, which points outside the release`);
            }
        }
        if (entry.type === 'hardlink') {
            const target = entry.linkTarget ?? '';
            if (target.startsWith('/') || target.split('/').includes('..')) {
                throw new UnsafeArchiveError(`archive entry ${shown} is a hard link to ${JSON.stringify(target)}, outside the release`);
            }
        }
    }
    return entries;
}

// EXTERNAL MODULE: ./.build/src/deploy/scripts.js
var scripts = __webpack_require__(43919);
// EXTERNAL MODULE: ./.build/src/deploy/transport.js + 1 modules
var deploy_transport = __webpack_require__(37391);
;// CONCATENATED MODULE: ./.build/src/deploy/database.js
// Database snapshots taken before a release migrates, and their restore on rollback.



/** libpq settings for the snapshot scripts' stdin (never argv, so the password stays out of process lists). */
function libpqStdin(url) {
    let u;
    try {
        u = new URL(url);
    }
    catch {
        throw new stage/* ConfigError */.x(`deploy.database.url is not a valid URL; expected postgres://user:password@host:port/database`);
    }
    if (u.protocol !== 'postgres:' && u.protocol !== 'postgresql:') {
        throw new stage/* ConfigError */.x(`deploy.database.url must start with postgres:// or postgresql://, got '${u.protocol}'`);
    }
    const lines = [
        decodeURIComponent(u.hostname),
        u.port,
        decodeURIComponent(u.username),
        decodeURIComponent(u.password),
        decodeURIComponent(u.pathname.replace(/^\//, '')),
        u.searchParams.get('sslmode') ?? '',
    ];
    if (lines.some((l) => l.includes('\n')))
        throw new stage/* ConfigError */.x('deploy.database.url cannot contain line breaks');
    if (!lines[4])
        throw new stage/* ConfigError */.x('deploy.database.url names no database; expected postgres://user:password@host:port/database');
    return `${lines.join('\n')}\n`;
}
function sqliteFile(root, settings) {
    return `${root}/${settings.path}`;
}
/** The snippet that takes the snapshot, so it can share a session with the step bookkeeping. */
function snapshotPart(root, releaseId, settings) {
    if (settings.kind === 'sqlite')
        return { part: { script: scripts/* SQLITE_SNAPSHOT */.yL, args: [root, releaseId, sqliteFile(root, settings)] } };
    if (settings.kind === 'postgres')
        return { part: { script: scripts/* PG_SNAPSHOT */.$R, args: [root, releaseId] }, input: libpqStdin(settings.url ?? '') };
    return undefined;
}
function parseSnapshot(kind, stdout, ms) {
    const out = stdout.trim();
    return out === 'ABSENT' ? { kind, absent: true, bytes: 0, ms } : { kind, bytes: Number(out), ms };
}
/** Puts the snapshot back. Returns how long it took. */
async function restoreDatabase(transport, releaseId, settings, snapshot) {
    const root = transport.target.path;
    const started = Date.now();
    if (snapshot.kind === 'sqlite') {
        await (0,deploy_transport/* mustRun */.Pv)(transport, 'database restore', scripts/* SQLITE_RESTORE */.qo, [root, releaseId, sqliteFile(root, settings), snapshot.absent ? 'ABSENT' : 'PRESENT']);
    }
    else {
        await (0,deploy_transport/* mustRun */.Pv)(transport, 'database restore', scripts/* PG_RESTORE */.zh, [root, releaseId], { input: libpqStdin(settings.url ?? '') });
    }
    return Date.now() - started;
}

// EXTERNAL MODULE: ./.build/src/deploy/health.js
var health = __webpack_require__(26153);
// EXTERNAL MODULE: ./.build/src/deploy/layout.js
var layout = __webpack_require__(1569);
// EXTERNAL MODULE: ./.build/src/deploy/lock.js
var lock = __webpack_require__(32404);
// EXTERNAL MODULE: ./.build/src/deploy/target.js
var target = __webpack_require__(41170);
;// CONCATENATED MODULE: ./.build/src/deploy/engine.js
// The deploy engine: packs a release, then per target lock -> upload + unpack -> install -> link shared ->
// database snapshot -> migrate -> switch current -> restart -> health gate -> prune -> unlock, in rolling
// batches, with an automatic rollback of every host already touched when any of them fails.











/** A step failed on a host; carries which one. */
class HostStepError extends Error {
    step;
    cause;
    name = 'HostStepError';
    constructor(step, cause) {
        super(cause.message);
        this.step = step;
        this.cause = cause;
    }
}
function targetsOf(settings) {
    if (settings.targets.length === 0)
        throw new stage/* ConfigError */.x("deploy.targets (input 'deploy-targets') is empty; expected at least one local:/path or ssh://user@host:port/path");
    return settings.targets.map((t, i) => (0,target/* parseTarget */.h)(t.target, `deploy.targets[${i}]`));
}
function healthUrlFor(settings, index) {
    return settings.targets[index]?.healthUrl ?? settings.health.url;
}
function defaultTransportOpener(settings, log) {
    let warned = false;
    return (target) => {
        if (target.kind === 'ssh' && settings.ssh.insecureIgnoreHostKey && !warned) {
            warned = true;
            log.warning('deploy.ssh.insecureIgnoreHostKey is on: SSH host keys are NOT checked, so anyone who can intercept the connection can impersonate your servers and receive your release and database credentials');
        }
        if (target.kind === 'ssh' && !settings.ssh.insecureIgnoreHostKey && !settings.ssh.knownHosts) {
            throw new stage/* ConfigError */.x(`deploy target ${target.label} uses SSH but input 'ssh-known-hosts' (deploy.ssh.knownHosts) is empty; give the servers' host keys (ssh-keyscan output verified out of band)`);
        }
        return (0,deploy_transport/* openTransport */.g2)(target, { privateKey: settings.ssh.privateKey, knownHosts: settings.ssh.knownHosts, insecureIgnoreHostKey: settings.ssh.insecureIgnoreHostKey }, log);
    };
}
/** Packs (or reads) the release archive and checks every entry. */
async function buildArchive(settings, cwd) {
    let archive;
    if (settings.archive) {
        const file = external_node_path_.resolve(cwd, settings.archive);
        try {
            archive = (0,external_node_fs_.readFileSync)(file);
        }
        catch (err) {
            throw new stage/* ConfigError */.x(`deploy.archive (input 'deploy-archive'): cannot read ${file}: ${err.message}`);
        }
    }
    else {
        archive = await createArchive(external_node_path_.resolve(cwd, settings.source), settings.exclude);
    }
    return { archive, entries: validateArchive(archive) };
}
/** Migration files in the archive under deploy.migrationsDir, by name, sorted. */
function migrationsIn(entries, dir) {
    const prefix = `${dir.replace(/^\.\//, '').replace(/\/$/, '')}/`;
    return entries
        .filter((e) => e.type === 'file')
        .map((e) => e.name.replace(/^\.\//, ''))
        .filter((n) => n.startsWith(prefix) && !n.slice(prefix.length).includes('/'))
        .map((n) => n.slice(prefix.length))
        .sort();
}
/** Opens every transport, or none: a failure closes (and removes the key files of) those already open. */
async function openAll(targets, open) {
    const opened = [];
    try {
        for (const t of targets)
            opened.push(open(t));
        return opened;
    }
    catch (err) {
        await Promise.all(opened.map((t) => t.close()));
        throw err;
    }
}
function chunk(items, size) {
    const out = [];
    for (let i = 0; i < items.length; i += size)
        out.push(items.slice(i, i + size));
    return out;
}
async function deployRelease(options) {
    const started = Date.now();
    const { settings, log } = options;
    const targets = targetsOf(settings);
    const { archive, entries } = await buildArchive(settings, options.cwd);
    const migrations = migrationsIn(entries, settings.migrationsDir);
    const releaseId = options.releaseId ?? (0,layout/* newReleaseId */.Po)(options.sha);
    log.info(`release ${releaseId}: ${(archive.length / 1024).toFixed(1)} KiB, ${entries.length} entries, to ${targets.length} target(s)`);
    if (targets.some((_, i) => !healthUrlFor(settings, i))) {
        log.warning("no health URL (deploy.health.url / input 'health-url'): a release that starts but does not serve will not be caught and rolled back");
    }
    const open = options.openTransport ?? defaultTransportOpener(settings, log);
    const transports = await openAll(targets, open);
    const runs = targets.map((target, i) => ({
        target,
        transport: transports[i],
        report: { target: target.label, outcome: 'not-started', steps: [] },
        reached: { unpacked: false, snapshot: false, migrateStarted: false, switched: false, restarted: false },
    }));
    const report = { releaseId, status: 'failed', rolledBack: false, hosts: runs.map((r) => r.report), archiveBytes: archive.length, migrations, ms: 0 };
    const meta = (outcome, extra = {}) => ({
        id: releaseId,
        sha: options.sha ?? '',
        created: new Date(started).toISOString(),
        outcome,
        migrations,
        ...extra,
    });
    const who = { actor: options.actor, runUrl: options.runUrl, sha: options.sha };
    const step = async (run, name, fn, note) => {
        const t0 = Date.now();
        try {
            await options.beforeStep?.(name, run.target.label);
            const value = await fn();
            const n = note?.(value);
            run.report.steps.push({ step: name, ms: Date.now() - t0, ok: true, ...(n ? { note: n } : {}) });
            return value;
        }
        catch (err) {
            run.report.steps.push({ step: name, ms: Date.now() - t0, ok: false, note: err.message.split('\n')[0] });
            throw new HostStepError(name, err);
        }
    };
    try {
        // Connect and lock every host before changing any: a wrong host key or a busy target stops the deploy here.
        await Promise.all(runs.map((run) => (0,deploy_transport/* mustRun */.Pv)(run.transport, 'connect', scripts/* PREFLIGHT */.Ev, [run.target.path])));
        for (const run of runs) {
            run.lock = await step(run, 'lock', () => lock/* TargetLock */.rI.acquire(run.transport, { timeoutSeconds: settings.lock.timeoutSeconds, ttlMinutes: settings.lock.ttlMinutes, runUrl: options.runUrl, sha: options.sha, purpose: `deploy ${releaseId}`, pollMs: options.lockPollMs }, log));
            // The audit line rides with the state read: one session instead of two.
            const [, stateText] = await (0,deploy_transport/* runParts */.e2)(run.transport, 'read releases', [auditPart(run, { event: 'deploy-started', release: releaseId, ...who }), { script: scripts/* READ_STATE */.pF, args: [run.target.path] }]);
            run.state = (0,layout/* parseState */.Bu)(stateText);
            if (run.state.releases.some((r) => r.id === releaseId) || run.state.current === releaseId) {
                throw new Error(`release ${releaseId} already exists on ${run.target.label}; release ids carry the second they were made, so run the deploy again`);
            }
            await recoverUnfinished(run, log);
            run.report.previous = run.state.current;
        }
        // Prepare everywhere before anything goes live, so an upload failure on the last host switches nobody.
        // allSettled, not all: every host must have stopped writing before its release folder is removed.
        const prepared = await Promise.allSettled(runs.map((run) => prepareHost(run)));
        const prepareFailure = prepared.find((r) => r.status === 'rejected');
        if (prepareFailure) {
            const e = prepareFailure.reason;
            report.error = e.message;
            await Promise.all(runs.map((run) => discard(run, `preparing the release failed: ${e.message.split('\n')[0]}`)));
            for (const run of runs)
                run.report.outcome = 'failed';
            report.status = 'failed';
            return report;
        }
        const touched = [];
        let failure;
        for (const batch of chunk(runs, settings.batchSize)) {
            touched.push(...batch);
            const results = await Promise.allSettled(batch.map((run, i) => goLive(run, runs.indexOf(batch[i]))));
            const rejected = results.find((r) => r.status === 'rejected');
            if (rejected) {
                failure = rejected.reason;
                break;
            }
        }
        if (!failure) {
            for (const run of runs) {
                run.report.outcome = 'deployed';
                await step(run, 'finish', () => finish(run), (doomed) => `recorded deployed${doomed.length ? `, pruned ${doomed.join(', ')}` : ''}, unlocked`).catch((err) => log.warning(`recording the deploy, pruning or unlocking on ${run.target.label} failed: ${err.message}`));
            }
            report.status = 'deployed';
            return report;
        }
        report.error = failure.message;
        log.error(`deploy of ${releaseId} failed: ${failure.message}`);
        const untouched = runs.filter((r) => !touched.includes(r));
        const rollbacks = await Promise.allSettled(touched.map((run) => rollbackHost(run, failure.message.split('\n')[0])));
        await Promise.all(untouched.map((run) => discard(run, 'another host failed before this one went live')));
        for (const run of untouched)
            run.report.outcome = 'failed';
        const rollbackFailed = rollbacks.some((r) => r.status === 'rejected');
        report.rolledBack = touched.length > 0;
        report.status = rollbackFailed ? 'failed' : 'rolled-back';
        if (rollbackFailed)
            log.error('ROLLBACK FAILED on at least one host: check the per-host report and the audit log (.backend-ci/log.jsonl) on the target');
        return report;
    }
    catch (err) {
        // Connect, lock or state failures: nothing went live.
        report.error ??= err.message;
        report.status = 'failed';
        for (const run of runs) {
            if (run.lock)
                await (0,layout/* audit */.sb)(run.transport, { event: 'deploy-failed', release: releaseId, reason: report.error.split('\n')[0], ...who }, log.warning);
        }
        return report;
    }
    finally {
        for (const run of runs) {
            if (run.lock && !run.unlocked) {
                await step(run, 'unlock', () => run.lock.release(log)).catch(() => undefined);
            }
            await run.transport.close();
        }
        report.ms = Date.now() - started;
    }
    async function recoverUnfinished(run, log) {
        const state = run.state;
        for (const r of state.releases) {
            if (layout/* BAD_OUTCOMES */.Ab.includes(r.outcome) || r.outcome === 'deployed')
                continue;
            if (r.id === state.current) {
                log.warning(`current release ${r.id} on ${run.target.label} was never confirmed healthy (its deploy stopped at '${r.outcome}'); treating it as the release to return to`);
                continue;
            }
            const dbNote = r.outcome === 'migrating' || r.outcome === 'switched' ? `; it may have migrated the database: its snapshot is kept in backups/${r.id}` : '';
            log.warning(`release ${r.id} on ${run.target.label} was left unfinished by an interrupted deploy (stopped at '${r.outcome}'); removing it${dbNote}`);
            await (0,deploy_transport/* mustRun */.Pv)(run.transport, 'discard unfinished release', scripts/* DISCARD_RELEASE */.lj, [run.target.path, r.id]);
            await (0,layout/* audit */.sb)(run.transport, { event: 'release-abandoned', release: r.id, stoppedAt: r.outcome, by: releaseId }, log.warning);
            r.outcome = 'abandoned';
        }
        state.releases = state.releases.filter((r) => r.outcome !== 'abandoned');
    }
    async function prepareHost(run) {
        const root = run.target.path;
        await step(run, 'upload', () => (0,deploy_transport/* mustRun */.Pv)(run.transport, 'upload', scripts/* UPLOAD */.oH, [root, releaseId], { input: archive }));
        await step(run, 'unpack', async () => {
            run.reached.unpacked = true;
            await (0,deploy_transport/* mustRun */.Pv)(run.transport, 'unpack', scripts/* UNPACK */.P4, [root, releaseId, JSON.stringify(meta('unpacking'))]);
        });
        if (settings.install)
            await step(run, 'install', () => (0,deploy_transport/* mustRun */.Pv)(run.transport, 'install', scripts/* RUN_IN_RELEASE */.Cp, [root, releaseId, settings.install]));
        const prepared = metaPart(run, meta('prepared'));
        if (settings.sharedPaths.length > 0) {
            await step(run, 'link-shared', () => (0,deploy_transport/* runParts */.e2)(run.transport, 'link shared paths', [{ script: scripts/* LINK_SHARED */.VP, args: [root, releaseId, ...settings.sharedPaths] }, prepared]));
        }
        else {
            await (0,deploy_transport/* runParts */.e2)(run.transport, 'write release metadata', [prepared]);
        }
    }
    async function goLive(run, index) {
        const root = run.target.path;
        const migrating = metaPart(run, meta('migrating'));
        const snapshot = snapshotPart(root, releaseId, settings.database);
        if (snapshot) {
            const kind = settings.database.kind;
            run.report.snapshot = await step(run, 'snapshot', async () => {
                const t0 = Date.now();
                const [out] = await (0,deploy_transport/* runParts */.e2)(run.transport, 'database snapshot', [snapshot.part, migrating], { input: snapshot.input });
                return parseSnapshot(kind, out, Date.now() - t0);
            }, (s) => `${s.kind}, ${s.absent ? 'no database file yet' : `${s.bytes} bytes`}`);
        }
        else {
            await (0,deploy_transport/* runParts */.e2)(run.transport, 'write release metadata', [migrating]);
        }
        run.reached.snapshot = true;
        if (settings.migrate) {
            run.reached.migrateStarted = true;
            await step(run, 'migrate', () => (0,deploy_transport/* mustRun */.Pv)(run.transport, 'migrate', scripts/* RUN_IN_RELEASE */.Cp, [root, releaseId, settings.migrate]));
        }
        await step(run, 'switch', async () => {
            run.reached.switched = true;
            await (0,deploy_transport/* runParts */.e2)(run.transport, 'switch current', [{ script: scripts/* SWITCH_CURRENT */.p7, args: [root, releaseId] }, metaPart(run, meta('switched'))]);
        });
        if (settings.restart) {
            run.reached.restarted = true;
            await step(run, 'restart', () => (0,deploy_transport/* mustRun */.Pv)(run.transport, 'restart', scripts/* RUN_IN_RELEASE */.Cp, [root, releaseId, settings.restart]));
        }
        const url = healthUrlFor(settings, index);
        if (url) {
            const h = await step(run, 'health', async () => {
                const result = await (0,health/* checkHealth */.Ns)(url, settings.health, releaseId);
                run.report.health = result;
                if (!result.ok)
                    throw new Error(`health gate failed on ${run.target.label}: ${(0,health/* describeHealth */.gw)(result, settings.health, releaseId)}`);
                return result;
            }, (r) => `${r.attempts} attempt(s)`);
            run.report.health = h;
        }
    }
    async function rollbackHost(run, reason) {
        const root = run.target.path;
        const previous = run.report.previous;
        const problems = [];
        await (0,layout/* audit */.sb)(run.transport, { event: 'rollback-started', release: releaseId, to: previous ?? null, reason, ...who }, log.warning);
        const attempt = async (name, fn) => {
            try {
                await step(run, name, fn);
            }
            catch (err) {
                problems.push(`${name}: ${err.message.split('\n')[0]}`);
            }
        };
        if (run.reached.switched) {
            const back = previous;
            if (back)
                await attempt('rollback-switch', () => (0,deploy_transport/* mustRun */.Pv)(run.transport, 'switch back', scripts/* SWITCH_CURRENT */.p7, [root, back]));
            else
                await attempt('rollback-switch', () => (0,deploy_transport/* mustRun */.Pv)(run.transport, 'remove current', 'rm -f "$1/current"', [root]));
        }
        if (run.reached.migrateStarted || run.report.snapshot) {
            await attempt('rollback-database', () => rollbackDatabase(run));
        }
        if (previous && settings.restart) {
            const back = previous;
            await attempt('rollback-restart', () => (0,deploy_transport/* mustRun */.Pv)(run.transport, 'restart previous release', scripts/* RUN_IN_RELEASE */.Cp, [root, back, settings.restart]));
            const url = healthUrlFor(settings, runs.indexOf(run));
            if (url) {
                // A fixed body text describes what the new release should serve; the previous release is held to the
                // status and to its own release id only.
                const previousHealth = settings.health.bodyContains?.includes('${RELEASE_ID}') ? settings.health : { ...settings.health, bodyContains: undefined };
                await attempt('rollback-health', async () => {
                    const h = await (0,health/* checkHealth */.Ns)(url, previousHealth, back);
                    run.report.previousHealth = h;
                    if (!h.ok)
                        throw new Error(`previous release ${back} is not healthy either: ${(0,health/* describeHealth */.gw)(h, previousHealth, back)}`);
                });
            }
        }
        try {
            await (0,layout/* writeMeta */.R4)(run.transport, meta('rolled-back', { reason }));
        }
        catch (err) {
            problems.push(`marking ${releaseId} bad: ${err.message.split('\n')[0]}`);
        }
        run.report.outcome = problems.length === 0 ? 'rolled-back' : 'rollback-failed';
        if (problems.length)
            run.report.error = [run.report.error, ...problems].filter(Boolean).join('; ');
        else
            run.report.error ??= run.report.steps.some((s) => !s.ok && !s.step.startsWith('rollback')) ? reason : 'rolled back because another host failed';
        await (0,layout/* audit */.sb)(run.transport, { event: problems.length ? 'rollback-failed' : 'rolled-back', release: releaseId, to: previous ?? null, problems, database: run.report.databaseRollback ?? null, ...who }, log.warning);
        if (problems.length)
            throw new Error(problems.join('; '));
    }
    async function rollbackDatabase(run) {
        const root = run.target.path;
        if (settings.migrateDown && run.reached.migrateStarted) {
            const t0 = Date.now();
            try {
                await (0,deploy_transport/* mustRun */.Pv)(run.transport, 'down-migrate', scripts/* RUN_IN_RELEASE */.Cp, [root, releaseId, settings.migrateDown]);
                run.report.databaseRollback = { path: 'down-migrations', ms: Date.now() - t0 };
                return;
            }
            catch (err) {
                if (!run.report.snapshot)
                    throw err;
                log.warning(`down-migrations failed on ${run.target.label}; restoring the snapshot instead: ${err.message.split('\n')[0]}`);
            }
        }
        const snap = run.report.snapshot;
        if (!snap)
            return;
        const ms = await restoreDatabase(run.transport, releaseId, settings.database, snap);
        run.report.databaseRollback = snap.absent ? { path: 'remove-new-file', ms, note: 'there was no database before this release' } : { path: 'restore-snapshot', ms };
    }
    async function discard(run, reason) {
        try {
            await (0,deploy_transport/* mustRun */.Pv)(run.transport, 'discard release', scripts/* DISCARD_RELEASE */.lj, [run.target.path, releaseId]);
            await (0,layout/* audit */.sb)(run.transport, { event: 'deploy-failed', release: releaseId, reason, ...who }, log.warning);
        }
        catch (err) {
            log.warning(`could not remove the unfinished release ${releaseId} from ${run.target.label}: ${err.message}`);
        }
    }
    function metaPart(run, m) {
        return { script: scripts/* WRITE_META */.Mj, args: [run.target.path, m.id, JSON.stringify({ ...m, updated: new Date().toISOString() })] };
    }
    function auditPart(run, event) {
        return { script: scripts/* AUDIT_APPEND */.$T, args: [run.target.path, JSON.stringify({ time: new Date().toISOString(), ...event })] };
    }
    /** Records the release as deployed, prunes, and unlocks, in one session. Returns the pruned ids. */
    async function finish(run) {
        // The lock has been held since the state was read, so it is still accurate apart from this release.
        const state = { current: releaseId, releases: [...run.state.releases, meta('deployed')] };
        const doomed = (0,layout/* releasesToPrune */.W3)(state, settings.keepReleases, [releaseId]);
        const parts = [metaPart(run, meta('deployed')), auditPart(run, { event: 'deployed', release: releaseId, previous: run.report.previous ?? null, ...who })];
        if (doomed.length)
            parts.push({ script: scripts/* PRUNE */.jk, args: [run.target.path, ...doomed] }, auditPart(run, { event: 'pruned', releases: doomed }));
        parts.push({ script: scripts/* LOCK_RELEASE */.s7, args: [run.target.path, run.lock.owner.token] });
        const outputs = await (0,deploy_transport/* runParts */.e2)(run.transport, 'finish', parts);
        run.unlocked = true;
        if (outputs[outputs.length - 1].trim() !== 'RELEASED')
            log.warning(`the deploy lock on ${run.target.label} was no longer ours when releasing it (taken over as stale?)`);
        return doomed;
    }
}



/***/ }),

/***/ 26153:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ns: () => (/* binding */ checkHealth),
/* harmony export */   gw: () => (/* binding */ describeHealth)
/* harmony export */ });
/* unused harmony export expand */
// The health gate: polls a URL from where backend-ci runs until it answers as expected, or gives up.
function expand(text, releaseId) {
    return text.split('${RELEASE_ID}').join(releaseId);
}
/**
 * Tries up to `retries + 1` times, `intervalMs` apart, each request bounded by `timeoutSeconds`.
 * Passes on the first response with the expected status whose body contains the expected text.
 */
async function checkHealth(url, settings, releaseId) {
    const started = Date.now();
    const target = expand(url, releaseId);
    const wanted = settings.bodyContains ? expand(settings.bodyContains, releaseId) : undefined;
    const result = { ok: false, attempts: 0, ms: 0, url: target };
    for (let attempt = 0; attempt <= settings.retries; attempt++) {
        if (attempt > 0)
            await new Promise((r) => setTimeout(r, settings.intervalMs));
        result.attempts++;
        try {
            const response = await fetch(target, { signal: AbortSignal.timeout(settings.timeoutSeconds * 1000), redirect: 'manual' });
            const body = await response.text();
            result.lastStatus = response.status;
            result.lastBody = body.length > 500 ? `${body.slice(0, 500)}…` : body;
            delete result.lastError;
            if (response.status === settings.status && (wanted === undefined || body.includes(wanted))) {
                result.ok = true;
                break;
            }
        }
        catch (err) {
            const e = err;
            result.lastError = e.cause?.code ?? e.cause?.message ?? e.message;
        }
    }
    result.ms = Date.now() - started;
    return result;
}
function describeHealth(h, settings, releaseId) {
    const wanted = settings.bodyContains ? ` with a body containing '${expand(settings.bodyContains, releaseId)}'` : '';
    const last = h.lastError
        ? `last attempt failed: ${h.lastError}`
        : `last answer: status ${h.lastStatus}, body ${JSON.stringify(h.lastBody ?? '')}`;
    return `${h.url} did not answer ${settings.status}${wanted} after ${h.attempts} attempts in ${(h.ms / 1000).toFixed(1)}s; ${last}`;
}


/***/ }),

/***/ 1569:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ab: () => (/* binding */ BAD_OUTCOMES),
/* harmony export */   Bu: () => (/* binding */ parseState),
/* harmony export */   Po: () => (/* binding */ newReleaseId),
/* harmony export */   R4: () => (/* binding */ writeMeta),
/* harmony export */   Ru: () => (/* binding */ lastGoodRelease),
/* harmony export */   W3: () => (/* binding */ releasesToPrune),
/* harmony export */   sb: () => (/* binding */ audit),
/* harmony export */   uX: () => (/* binding */ RELEASE_ID),
/* harmony export */   un: () => (/* binding */ readState)
/* harmony export */ });
/* harmony import */ var _transport_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37391);
/* harmony import */ var _scripts_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(43919);
// The release layout on a target (releases/<id>, current, shared/, backups/, .backend-ci/) and the state
// read back from it.


const BAD_OUTCOMES = ['rolled-back', 'failed', 'abandoned'];
const RELEASE_ID = /^\d{8}T\d{6}Z-[0-9a-z]{1,12}$/;
/** UTC timestamp (YYYYMMDDTHHMMSSZ) + '-' + short sha: sorts by time, the same on every host of a fleet. */
function newReleaseId(sha, now = new Date()) {
    const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
    const short = (sha ?? 'local').toLowerCase().replace(/[^0-9a-z]/g, '').slice(0, 7) || 'local';
    return `${stamp}-${short}`;
}
async function readState(transport) {
    const r = await (0,_transport_js__WEBPACK_IMPORTED_MODULE_0__/* .mustRun */ .Pv)(transport, 'read releases', _scripts_js__WEBPACK_IMPORTED_MODULE_1__/* .READ_STATE */ .pF, [transport.target.path]);
    return parseState(r.stdout);
}
/** Parses what READ_STATE prints. */
function parseState(stdout) {
    const state = { releases: [] };
    for (const line of stdout.split('\n')) {
        const [kind, a, b] = line.split('\t');
        if (kind === 'CURRENT' && a) {
            // Only a link of our own making counts: anything else must never reach a switch-back or a restart.
            const id = a.replace(/^releases\//, '').replace(/\/$/, '');
            if (RELEASE_ID.test(id))
                state.current = id;
        }
        if (kind === 'RELEASE' && a && RELEASE_ID.test(a)) {
            let meta = {};
            try {
                meta = b ? JSON.parse(b) : {};
            }
            catch {
                /* unreadable metadata: treated as an unfinished release below */
            }
            state.releases.push({
                id: a,
                sha: meta.sha ?? '',
                created: meta.created ?? '',
                outcome: meta.outcome ?? 'unpacking',
                migrations: meta.migrations ?? [],
                ...(meta.reason ? { reason: meta.reason } : {}),
            });
        }
    }
    state.releases.sort((x, y) => x.id.localeCompare(y.id));
    return state;
}
async function writeMeta(transport, meta) {
    await (0,_transport_js__WEBPACK_IMPORTED_MODULE_0__/* .mustRun */ .Pv)(transport, 'write release metadata', _scripts_js__WEBPACK_IMPORTED_MODULE_1__/* .WRITE_META */ .Mj, [transport.target.path, meta.id, JSON.stringify({ ...meta, updated: new Date().toISOString() })]);
}
/** The release a rollback goes back to: newest deployed one other than `excluding`. */
function lastGoodRelease(state, excluding) {
    return [...state.releases].reverse().find((r) => r.outcome === 'deployed' && r.id !== excluding);
}
/** Releases to delete: beyond the newest `keep`, never current, never the last good one, never `protect`. */
function releasesToPrune(state, keep, protect = []) {
    const newestFirst = [...state.releases].reverse();
    const lastGood = lastGoodRelease(state);
    const kept = new Set([...newestFirst.slice(0, keep).map((r) => r.id), ...protect]);
    if (state.current)
        kept.add(state.current);
    if (lastGood)
        kept.add(lastGood.id);
    return newestFirst.filter((r) => !kept.has(r.id)).map((r) => r.id);
}
/** Appends one line to .backend-ci/log.jsonl. Audit writes warn on failure: they must not mask the real error. */
async function audit(transport, event, warn) {
    try {
        await (0,_transport_js__WEBPACK_IMPORTED_MODULE_0__/* .mustRun */ .Pv)(transport, 'audit log', _scripts_js__WEBPACK_IMPORTED_MODULE_1__/* .AUDIT_APPEND */ .$T, [transport.target.path, JSON.stringify({ time: new Date().toISOString(), ...event })]);
    }
    catch (err) {
        warn(`could not append to the audit log on ${transport.target.label}: ${err.message}`);
    }
}


/***/ }),

/***/ 32404:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $S: () => (/* binding */ describeOwner),
/* harmony export */   If: () => (/* binding */ forceUnlock),
/* harmony export */   QO: () => (/* binding */ isStale),
/* harmony export */   rI: () => (/* binding */ TargetLock)
/* harmony export */ });
/* unused harmony export LockTimeoutError */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var _scripts_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(43919);
/* harmony import */ var _transport_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(37391);
/* harmony import */ var _layout_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1569);
// The per-target deploy lock: an atomic mkdir of .backend-ci/lock with an owner.json saying who holds it.





class LockTimeoutError extends Error {
    target;
    owner;
    name = 'LockTimeoutError';
    constructor(target, owner, waitedSeconds) {
        super(`${target} is locked by another deploy${owner ? ` (${describeOwner(owner)})` : ''}; waited ${waitedSeconds}s (deploy.lock.timeoutSeconds). If that deploy is gone, run 'backend-ci unlock --force'`);
        this.target = target;
        this.owner = owner;
    }
}
function describeOwner(owner) {
    const parts = [owner.purpose, owner.sha ? `sha ${owner.sha.slice(0, 7)}` : undefined, owner.host ? `host ${owner.host} pid ${owner.pid}` : undefined, owner.time ? `since ${owner.time}` : undefined, owner.runUrl];
    return parts.filter(Boolean).join(', ');
}
function parseOwner(text) {
    try {
        const value = text ? JSON.parse(text) : undefined;
        return value && typeof value === 'object' ? value : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * Stale when its time-to-live has passed and its owner is gone. Whether the owner is gone can only be known
 * when it ran on this machine (its pid is checked); an owner elsewhere counts as gone once the ttl passed.
 * A lock from this machine whose process is dead is stale at once: nobody can be holding it.
 */
function isStale(owner, ageSeconds, now = Date.now()) {
    if (!owner || !owner.time) {
        // mkdir succeeded but owner.json never appeared: its writer died within the first instant.
        return ageSeconds > 60 ? { stale: true, why: `lock without owner.json, ${ageSeconds}s old` } : { stale: false, why: '' };
    }
    const expired = now - Date.parse(owner.time) > (owner.ttlMinutes ?? 0) * 60_000;
    const local = owner.host === (0,node_os__WEBPACK_IMPORTED_MODULE_1__.hostname)() && typeof owner.pid === 'number';
    if (local && !(0,_transport_js__WEBPACK_IMPORTED_MODULE_2__/* .processAlive */ .FN)(owner.pid))
        return { stale: true, why: `owner process ${owner.pid} on ${owner.host} is gone` };
    if (!local && expired)
        return { stale: true, why: `ttl of ${owner.ttlMinutes} min passed and the owner runs on another machine (${owner.host})` };
    return { stale: false, why: '' };
}
class TargetLock {
    transport;
    owner;
    constructor(transport, owner) {
        this.transport = transport;
        this.owner = owner;
    }
    static async acquire(transport, options, log) {
        const owner = {
            token: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(12).toString('hex'),
            ...(options.runUrl ? { runUrl: options.runUrl } : {}),
            ...(options.sha ? { sha: options.sha } : {}),
            host: (0,node_os__WEBPACK_IMPORTED_MODULE_1__.hostname)(),
            pid: process.pid,
            time: new Date().toISOString(),
            ttlMinutes: options.ttlMinutes,
            purpose: options.purpose,
        };
        const started = Date.now();
        const root = transport.target.path;
        let announced = false;
        for (;;) {
            const r = await (0,_transport_js__WEBPACK_IMPORTED_MODULE_2__/* .mustRun */ .Pv)(transport, 'lock', _scripts_js__WEBPACK_IMPORTED_MODULE_4__/* .LOCK_ACQUIRE */ .TD, [root, JSON.stringify(owner)]);
            const lines = r.stdout.split('\n');
            if (lines[0] === 'ACQUIRED')
                return new TargetLock(transport, owner);
            const age = Number(lines[1] ?? 0);
            const ownerText = lines.slice(2).join('\n').trim();
            const held = parseOwner(ownerText);
            const verdict = isStale(held, age);
            if (verdict.stale) {
                const taken = await transport.run('lock takeover', _scripts_js__WEBPACK_IMPORTED_MODULE_4__/* .LOCK_TAKEOVER */ .Q8, [root, ownerText]);
                if (taken.code === 0) {
                    log.warning(`took over a stale deploy lock on ${transport.target.label}: ${verdict.why}${held ? ` (was: ${describeOwner(held)})` : ''}`);
                    await (0,_layout_js__WEBPACK_IMPORTED_MODULE_3__/* .audit */ .sb)(transport, { event: 'lock-takeover', why: verdict.why, previousOwner: held ?? null, by: owner }, log.warning);
                    continue;
                }
                // Someone else changed the lock meanwhile: wait like for any held lock.
            }
            const waited = (Date.now() - started) / 1000;
            if (waited >= options.timeoutSeconds)
                throw new LockTimeoutError(transport.target.label, held, Math.round(waited));
            if (!announced) {
                log.info(`waiting for the deploy lock on ${transport.target.label}, held by ${held ? describeOwner(held) : 'an unknown owner'}`);
                announced = true;
            }
            await new Promise((r) => setTimeout(r, options.pollMs ?? 1000));
        }
    }
    /** Releases the lock if we still own it. Warns, never throws: an unlock failure must not hide the deploy's result. */
    async release(log) {
        try {
            const r = await (0,_transport_js__WEBPACK_IMPORTED_MODULE_2__/* .mustRun */ .Pv)(this.transport, 'unlock', _scripts_js__WEBPACK_IMPORTED_MODULE_4__/* .LOCK_RELEASE */ .s7, [this.transport.target.path, this.owner.token]);
            if (r.stdout.trim() !== 'RELEASED')
                log.warning(`the deploy lock on ${this.transport.target.label} was no longer ours when releasing it (taken over as stale?)`);
        }
        catch (err) {
            log.warning(`could not release the deploy lock on ${this.transport.target.label}: ${err.message}`);
        }
    }
}
/** `backend-ci unlock --force`: removes the lock whoever holds it, and records who did. */
async function forceUnlock(transport, log, by) {
    const r = await (0,_transport_js__WEBPACK_IMPORTED_MODULE_2__/* .mustRun */ .Pv)(transport, 'force unlock', _scripts_js__WEBPACK_IMPORTED_MODULE_4__/* .LOCK_FORCE_REMOVE */ .xx, [transport.target.path]);
    let previous;
    try {
        previous = r.stdout.trim() ? JSON.parse(r.stdout) : undefined;
    }
    catch {
        previous = undefined;
    }
    log.warning(`forced the deploy lock off ${transport.target.label}${previous ? `; it was held by ${describeOwner(previous)}` : ' (it was not held)'}`);
    await (0,_layout_js__WEBPACK_IMPORTED_MODULE_3__/* .audit */ .sb)(transport, { event: 'unlock-forced', previousOwner: previous ?? null, by }, log.warning);
    return previous;
}


/***/ }),

/***/ 7525:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ew: () => (/* binding */ rollbackText),
/* harmony export */   PS: () => (/* binding */ deployMarkdown),
/* harmony export */   Pl: () => (/* binding */ headline),
/* harmony export */   Pt: () => (/* binding */ planText),
/* harmony export */   S_: () => (/* binding */ releasesText)
/* harmony export */ });
/* unused harmony export databaseLine */
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const bytes = (n) => (n < 1024 ? `${n} B` : n < 1024 * 1024 ? `${(n / 1024).toFixed(1)} KiB` : `${(n / 1024 / 1024).toFixed(1)} MiB`);
const cell = (text) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
function headline(report) {
    const n = report.hosts.length;
    const hosts = `${n} host${n === 1 ? '' : 's'}`;
    switch (report.status) {
        case 'deployed':
            return `release ${report.releaseId} deployed to ${hosts} in ${seconds(report.ms)}`;
        case 'rolled-back': {
            const culprit = report.hosts.find((h) => failedStep(h));
            const where = culprit ? ` at ${failedStep(culprit)} on ${culprit.target}` : '';
            const back = report.hosts.filter((h) => h.outcome === 'rolled-back').length;
            return `release ${report.releaseId} failed${where}; ${back} of ${hosts} rolled back to the previous release`;
        }
        case 'skipped':
            return 'deploy skipped';
        default:
            return `release ${report.releaseId} failed${report.hosts.some((h) => h.outcome === 'rollback-failed') ? ' AND ITS ROLLBACK FAILED' : ''}: ${firstLine(report.error)}`;
    }
}
function firstLine(text) {
    return (text ?? 'unknown error').split('\n')[0].slice(0, 300);
}
function failedStep(h) {
    const s = h.steps.find((x) => !x.ok && !x.step.startsWith('rollback'));
    return s ? s.step : '';
}
function databaseLine(report) {
    const snaps = report.hosts.filter((h) => h.snapshot);
    if (snaps.length === 0)
        return undefined;
    const kind = snaps[0].snapshot.kind === 'sqlite' ? 'SQLite snapshot through the online backup API (sqlite3 .backup)' : 'PostgreSQL snapshot with pg_dump -Fc';
    const sizes = snaps.map((h) => `${h.target}: ${h.snapshot.absent ? 'no database yet' : bytes(h.snapshot.bytes)} in ${h.snapshot.ms} ms`);
    let line = `Database: ${kind}; ${sizes.join('; ')}.`;
    const restored = report.hosts.filter((h) => h.databaseRollback);
    if (restored.length) {
        const how = restored.map((h) => {
            const r = h.databaseRollback;
            const what = r.path === 'restore-snapshot' ? (h.snapshot?.kind === 'postgres' ? 'pg_restore of the snapshot in one transaction' : 'sqlite3 .restore of the snapshot') : r.path === 'down-migrations' ? 'down-migrations' : 'removed the database file the release created';
            return `${h.target}: ${what} in ${r.ms} ms`;
        });
        line += ` Rollback: ${how.join('; ')}. Writes made between the snapshot and the rollback are not kept.`;
    }
    return line;
}
function deployMarkdown(report) {
    const out = [];
    out.push(`**${headline(report)}**`, '');
    out.push('| Host | Outcome | Previous release | Failed step | Health |', '| --- | --- | --- | --- | --- |');
    for (const h of report.hosts) {
        const health = h.health ? (h.health.ok ? `ok after ${h.health.attempts}` : `status ${h.health.lastStatus ?? h.health.lastError ?? '?'} after ${h.health.attempts}`) : '';
        out.push(`| ${cell(h.target)} | ${h.outcome} | ${h.previous ?? '(none)'} | ${failedStep(h)} | ${cell(health)} |`);
    }
    out.push('');
    const db = databaseLine(report);
    if (db)
        out.push(db, '');
    if (report.migrations.length)
        out.push(`Migrations shipped: ${report.migrations.map((m) => `\`${m}\``).join(', ')}.`, '');
    if (report.error)
        out.push('```text', report.error.slice(0, 3000), '```', '');
    for (const h of report.hosts) {
        if (h.health && !h.health.ok)
            out.push(`Health gate on ${h.target}: last status ${h.health.lastStatus ?? '(none)'}, body \`${cell(h.health.lastBody ?? h.health.lastError ?? '')}\``, '');
    }
    if (report.rolledBack) {
        out.push('Rollback: every host that had started going live was switched back to its previous release, its database restored, the previous release restarted and health-checked; the failed release is marked `rolled-back` and will not be picked by a later rollback.', '');
    }
    out.push('<details><summary>Steps and timings</summary>', '');
    for (const h of report.hosts) {
        out.push(`- ${h.target}: ${h.steps.map((s) => `${s.ok ? '' : '✗ '}${s.step} ${s.ms} ms${s.note ? ` (${cell(s.note).slice(0, 120)})` : ''}`).join(' → ')}`);
    }
    out.push('', `Archive: ${bytes(report.archiveBytes)}. Total: ${seconds(report.ms)}.`, '', '</details>');
    return out.join('\n');
}
function planText(plan) {
    const out = [`Plan for release ${plan.releaseId}:`];
    for (const h of plan.hosts) {
        out.push('', `${h.target} (current: ${h.current ?? 'none'})`);
        h.steps.forEach((s, i) => out.push(`  ${i + 1}. ${s}`));
        out.push(`  migrations that would run: ${h.pendingMigrations.length ? h.pendingMigrations.join(', ') : 'none'}`);
        if (h.wouldPrune.length)
            out.push(`  releases that would be pruned: ${h.wouldPrune.join(', ')}`);
    }
    return out.join('\n');
}
function releasesText(hosts) {
    const out = [];
    for (const h of hosts) {
        out.push(`${h.target}${h.lock.held ? ' [LOCKED]' : ''}`);
        if (h.state.releases.length === 0)
            out.push('  (no releases)');
        for (const r of [...h.state.releases].reverse()) {
            out.push(`  ${r.id === h.state.current ? '*' : ' '} ${r.id}  ${r.outcome.padEnd(11)} ${r.sha.slice(0, 7)}${r.reason ? `  ${r.reason}` : ''}`);
        }
    }
    return out.join('\n');
}
function rollbackText(results) {
    return results.map((r) => (r.ok ? `${r.target}: ${r.from ?? '(none)'} -> ${r.to}` : `${r.target}: FAILED: ${r.error}`)).join('\n');
}


/***/ }),

/***/ 43919:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $R: () => (/* binding */ PG_SNAPSHOT),
/* harmony export */   $T: () => (/* binding */ AUDIT_APPEND),
/* harmony export */   Cp: () => (/* binding */ RUN_IN_RELEASE),
/* harmony export */   Ev: () => (/* binding */ PREFLIGHT),
/* harmony export */   Mj: () => (/* binding */ WRITE_META),
/* harmony export */   P4: () => (/* binding */ UNPACK),
/* harmony export */   Q8: () => (/* binding */ LOCK_TAKEOVER),
/* harmony export */   TD: () => (/* binding */ LOCK_ACQUIRE),
/* harmony export */   VP: () => (/* binding */ LINK_SHARED),
/* harmony export */   bG: () => (/* binding */ LOCK_READ),
/* harmony export */   jk: () => (/* binding */ PRUNE),
/* harmony export */   lj: () => (/* binding */ DISCARD_RELEASE),
/* harmony export */   oH: () => (/* binding */ UPLOAD),
/* harmony export */   p7: () => (/* binding */ SWITCH_CURRENT),
/* harmony export */   pF: () => (/* binding */ READ_STATE),
/* harmony export */   qo: () => (/* binding */ SQLITE_RESTORE),
/* harmony export */   s7: () => (/* binding */ LOCK_RELEASE),
/* harmony export */   xx: () => (/* binding */ LOCK_FORCE_REMOVE),
/* harmony export */   yL: () => (/* binding */ SQLITE_SNAPSHOT),
/* harmony export */   zh: () => (/* binding */ PG_RESTORE)
/* harmony export */ });
// The bash snippets every deploy step runs on a target, through either transport (see transport.ts).
// Each takes its values as positional arguments ("$1" is always the deploy path); none has a value pasted in.
// Paths and ids reaching them are validated (target.ts SAFE_PATH, release ids, shared paths), which is what
// makes their use inside sqlite3 dot-commands below unambiguous.
/** $1 root, $2 owner.json text. Prints ACQUIRED, or HELD, the lock's age in seconds and the owner.json text. */
const LOCK_ACQUIRE = `
mkdir -p "$1/.backend-ci"
lock="$1/.backend-ci/lock"
if mkdir "$lock" 2>/dev/null; then
  printf '%s\\n' "$2" > "$lock/owner.json.tmp"
  mv "$lock/owner.json.tmp" "$lock/owner.json"
  echo ACQUIRED
else
  echo HELD
  now=$(date +%s)
  born=$(stat -c %Y "$lock" 2>/dev/null || echo "$now")
  echo $(( now - born ))
  cat "$lock/owner.json" 2>/dev/null || true
fi
`;
/**
 * $1 root, $2 the stale lock's owner.json text as read ('' when it had none). Exit 3 when the lock changed
 * since (someone else holds it now).
 */
const LOCK_TAKEOVER = `
lock="$1/.backend-ci/lock"
current=$(cat "$lock/owner.json" 2>/dev/null || true)
[ "$current" = "$2" ] || exit 3
stale="$lock.stale.$$"
mv "$lock" "$stale" 2>/dev/null || exit 3
rm -rf "$stale"
`;
/** $1 root, $2 our token. Removes the lock only when we own it; prints RELEASED or NOT_OURS. */
const LOCK_RELEASE = `
lock="$1/.backend-ci/lock"
current=$(cat "$lock/owner.json" 2>/dev/null || true)
case "$current" in
  *"\\"token\\":\\"$2\\""*) rm -rf "$lock"; echo RELEASED ;;
  *) echo NOT_OURS ;;
esac
`;
/** $1 root. Prints the owner.json of the lock it removed (or nothing). */
const LOCK_FORCE_REMOVE = `
lock="$1/.backend-ci/lock"
cat "$lock/owner.json" 2>/dev/null || true
rm -rf "$lock"
`;
/** $1 root, $2 one JSON line. */
const AUDIT_APPEND = `
mkdir -p "$1/.backend-ci"
printf '%s\\n' "$2" >> "$1/.backend-ci/log.jsonl"
`;
/** $1 root. Prints CURRENT<TAB>link and one RELEASE<TAB>id<TAB>.release.json line per release folder. */
const READ_STATE = `
if [ ! -d "$1" ]; then echo NOROOT; exit 0; fi
cd "$1"
printf 'CURRENT\\t%s\\n' "$(readlink current 2>/dev/null || true)"
if [ -d releases ]; then
  for d in releases/*/; do
    [ -d "$d" ] || continue
    id=$(basename "$d")
    meta=$(tr -d '\\n' < "$d.release.json" 2>/dev/null || true)
    printf 'RELEASE\\t%s\\t%s\\n' "$id" "$meta"
  done
fi
`;
/** $1 root, $2 release id; the archive on stdin. */
const UPLOAD = `
mkdir -p "$1/releases" "$1/.backend-ci/incoming"
cat > "$1/.backend-ci/incoming/$2.tar.gz.part"
mv "$1/.backend-ci/incoming/$2.tar.gz.part" "$1/.backend-ci/incoming/$2.tar.gz"
`;
/**
 * $1 root, $2 release id, $3 .release.json text. The metadata goes in first, so a folder without a finished
 * outcome is recognisably unfinished if this run dies while tar writes.
 */
const UNPACK = `
rel="$1/releases/$2"
arc="$1/.backend-ci/incoming/$2.tar.gz"
if [ -e "$rel" ]; then echo "release folder $rel already exists" >&2; exit 1; fi
mkdir "$rel"
printf '%s\\n' "$3" > "$rel/.release.json"
tar --no-same-owner --extract --gzip --file "$arc" --directory "$rel" --exclude=./.release.json --exclude=.release.json
rm -f "$arc"
`;
/** $1 root, $2 release id, $3 .release.json text. */
const WRITE_META = `
rel="$1/releases/$2"
[ -d "$rel" ] || { echo "release folder $rel does not exist" >&2; exit 1; }
printf '%s\\n' "$3" > "$rel/.release.json.tmp"
mv "$rel/.release.json.tmp" "$rel/.release.json"
`;
/** $1 root, $2 release id, $3.. shared paths (relative). Checks every one exists before linking any. */
const LINK_SHARED = `
root="$1"; rel="$1/releases/$2"; shift 2
for p in "$@"; do
  if [ ! -e "$root/shared/$p" ]; then
    echo "shared path '$p' is listed in deploy.sharedPaths but $root/shared/$p does not exist on this target; create it there first" >&2
    exit 1
  fi
done
for p in "$@"; do
  rm -rf "\${rel:?}/$p"
  mkdir -p "$(dirname "$rel/$p")"
  ln -s "$root/shared/$p" "$rel/$p"
done
`;
/** $1 root, $2 release id, $3 the user's command. Runs it inside the release with the release's variables. */
const RUN_IN_RELEASE = `
rel="$1/releases/$2"
cd "$rel"
export RELEASE_ID="$2" RELEASE_PATH="$rel" DEPLOY_PATH="$1"
exec bash -euo pipefail -c "$3"
`;
/** $1 root, $2 release id. Points current at the release: a new link renamed over the old one. */
const SWITCH_CURRENT = `
[ -f "$1/releases/$2/.release.json" ] || { echo "release $2 is missing or incomplete on this target" >&2; exit 1; }
tmp="$1/.current.tmp.$$"
ln -sfn "releases/$2" "$tmp"
mv -T "$tmp" "$1/current"
`;
/** $1 root, $2.. release ids to delete with their backups. */
const PRUNE = `
root="$1"; shift
for id in "$@"; do
  rm -rf "$root/releases/$id" "$root/backups/$id"
done
`;
/** $1 root, $2 release id. Deletes a release that never went live (and its upload). */
const DISCARD_RELEASE = `
rm -rf "$1/releases/$2" "$1/.backend-ci/incoming/$2.tar.gz" "$1/.backend-ci/incoming/$2.tar.gz.part"
`;
const NEED_SQLITE = `command -v sqlite3 >/dev/null || { echo "sqlite3 is not installed on this target; install the 'sqlite3' package (apt-get install sqlite3): backend-ci snapshots SQLite with its online backup API" >&2; exit 127; }`;
/** $1 root, $2 release id, $3 database file. Prints ABSENT, or the snapshot's size in bytes. */
const SQLITE_SNAPSHOT = `
${NEED_SQLITE}
dir="$1/backups/$2"
mkdir -p "$dir"
if [ ! -f "$3" ]; then echo ABSENT; exit 0; fi
sqlite3 -cmd ".timeout 15000" "$3" ".backup '$dir/db.sqlite3'"
stat -c %s "$dir/db.sqlite3"
`;
/** $1 root, $2 release id, $3 database file, $4 ABSENT|PRESENT (what the snapshot found). */
const SQLITE_RESTORE = `
${NEED_SQLITE}
snap="$1/backups/$2/db.sqlite3"
if [ "$4" = ABSENT ]; then
  rm -f "$3" "$3-wal" "$3-shm" "$3-journal"
  echo REMOVED
  exit 0
fi
[ -f "$snap" ] || { echo "snapshot $snap is missing" >&2; exit 1; }
sqlite3 -cmd ".timeout 15000" "$3" ".restore '$snap'"
echo RESTORED
`;
/** Reads libpq settings from stdin, one per line, so the password never appears in a process list. */
const PG_ENV = `
IFS= read -r PGHOST || true; IFS= read -r PGPORT || true; IFS= read -r PGUSER || true
IFS= read -r PGPASSWORD || true; IFS= read -r PGDATABASE || true; IFS= read -r PGSSLMODE || true
for v in PGHOST PGPORT PGUSER PGPASSWORD PGDATABASE PGSSLMODE; do
  if [ -n "\${!v}" ]; then export "\${v?}"; else unset "$v"; fi
done
`;
/** $1 root, $2 release id; libpq settings on stdin. Prints the dump's size. */
const PG_SNAPSHOT = `
command -v pg_dump >/dev/null || { echo "pg_dump is not installed on this target; install the 'postgresql-client' package" >&2; exit 127; }
${PG_ENV}
dir="$1/backups/$2"
mkdir -p "$dir"
pg_dump --format=custom --file="$dir/db.pgdump"
stat -c %s "$dir/db.pgdump"
`;
/**
 * $1 root, $2 release id; libpq settings on stdin. pg_restore --clean alone would leave behind tables the
 * failed migration created, so the public schema is recreated and the dump replayed in one transaction:
 * either the whole snapshot is back or nothing changed.
 */
const PG_RESTORE = `
command -v pg_restore >/dev/null && command -v psql >/dev/null || { echo "pg_restore and psql are needed on this target; install the 'postgresql-client' package" >&2; exit 127; }
${PG_ENV}
snap="$1/backups/$2/db.pgdump"
[ -f "$snap" ] || { echo "snapshot $snap is missing" >&2; exit 1; }
{ printf 'DROP SCHEMA IF EXISTS public CASCADE;\\nCREATE SCHEMA public;\\n'; pg_restore --no-owner --file=- "$snap"; } \\
  | psql -X -q -v ON_ERROR_STOP=1 --single-transaction --output=/dev/null
echo RESTORED
`;
/** $1 root. Checks the tools a deploy needs exist on the target. */
const PREFLIGHT = `
for tool in tar mkdir ln mv readlink stat; do
  command -v "$tool" >/dev/null || { echo "'$tool' is not installed on this target" >&2; exit 127; }
done
mkdir -p "$1"
[ -w "$1" ] || { echo "deploy path $1 is not writable" >&2; exit 1; }
echo OK
`;
/** $1 root. Prints nothing when unlocked, else the lock's age in seconds and its owner.json text. */
const LOCK_READ = `
lock="$1/.backend-ci/lock"
[ -d "$lock" ] || exit 0
now=$(date +%s)
echo $(( now - $(stat -c %Y "$lock" 2>/dev/null || echo "$now") ))
cat "$lock/owner.json" 2>/dev/null || true
`;


/***/ }),

/***/ 37391:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Pv: () => (/* binding */ mustRun),
  g2: () => (/* binding */ openTransport),
  FN: () => (/* binding */ processAlive),
  e2: () => (/* binding */ runParts)
});

// UNUSED EXPORTS: HostKeyError, LocalTransport, SCRIPT_PRELUDE, SshTransport, StepFailedError, removeKeysOfDeadRuns

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./.build/src/exec/run.js
var run = __webpack_require__(95676);
;// CONCATENATED MODULE: ./.build/src/deploy/quote.js
// Quoting for the one place a command line is parsed by a shell we do not start ourselves: the remote
// login shell that OpenSSH hands its command string to.
/** Quotes a value for a POSIX shell: wrapped in single quotes, each ' written as '\''. */
function shellQuote(value) {
    if (value.includes('\0'))
        throw new Error('a shell argument cannot contain a NUL byte');
    return `'${value.split("'").join(`'\\''`)}'`;
}

;// CONCATENATED MODULE: ./.build/src/deploy/transport.js
// How deploy steps reach a target. Both transports run the very same bash snippets (src/deploy/scripts.ts)
// with `set -euo pipefail`: locally with `bash -c script -- args`, remotely with OpenSSH running
// `bash -c 'script' backend-ci 'arg'...`. Values travel as positional arguments, quoted with shellQuote for
// the remote login shell, never pasted into script text, and local and SSH behave the same by construction.





const SCRIPT_PRELUDE = 'set -euo pipefail\n';
const DEFAULT_TIMEOUT_MS = 10 * 60_000;
/** A step that exited non-zero; carries the output tail for the report. */
class StepFailedError extends Error {
    step;
    target;
    result;
    name = 'StepFailedError';
    constructor(step, target, result, explanation) {
        const why = result.timedOut ? 'timed out' : `exited with ${result.code ?? result.signal}`;
        const output = (0,run/* tail */.RT)(`${result.stderr}\n${result.stdout}`.trim(), 15);
        super(`${step} on ${target} ${why}${explanation ? `: ${explanation}` : ''}${output ? `\n${output}` : ''}`);
        this.step = step;
        this.target = target;
        this.result = result;
    }
}
/** The SSH server's key did not match known_hosts (or known_hosts has no entry for it). */
class HostKeyError extends Error {
    name = 'HostKeyError';
}
/** Runs a step and throws StepFailedError unless it exits 0. */
async function mustRun(transport, step, script, args, options) {
    const result = await transport.run(step, script, args, options);
    if (result.code !== 0)
        throw new StepFailedError(step, transport.target.label, result);
    return result;
}
class LocalTransport {
    target;
    constructor(target) {
        this.target = target;
    }
    run(_step, script, args, options = {}) {
        return (0,run/* runProgram */.mB)('bash', ['-c', SCRIPT_PRELUDE + script, 'backend-ci', ...args], {
            input: options.input,
            timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
        });
    }
    async close() { }
}
class SshTransport {
    target;
    log;
    dir;
    baseArgs;
    closed = false;
    constructor(target, credentials, log) {
        this.target = target;
        this.log = log;
        removeKeysOfDeadRuns();
        // Short path: the ControlPath socket name must fit in a Unix socket address. The pid in the name lets a
        // later run remove the key of a run that was killed before it could.
        this.dir = (0,external_node_fs_.mkdtempSync)(external_node_path_.join((0,external_node_os_.tmpdir)(), `bci-ssh-${process.pid}-`));
        const args = ['-F', '/dev/null', '-o', 'BatchMode=yes', '-o', 'ConnectTimeout=15', '-o', 'ServerAliveInterval=15'];
        if (credentials.privateKey) {
            const keyFile = external_node_path_.join(this.dir, 'key');
            const key = credentials.privateKey.endsWith('\n') ? credentials.privateKey : `${credentials.privateKey}\n`;
            (0,external_node_fs_.writeFileSync)(keyFile, key, { mode: 0o600 });
            args.push('-i', keyFile, '-o', 'IdentitiesOnly=yes');
        }
        if (credentials.insecureIgnoreHostKey) {
            args.push('-o', 'StrictHostKeyChecking=no', '-o', 'UserKnownHostsFile=/dev/null', '-o', 'LogLevel=ERROR');
        }
        else {
            const knownHostsFile = external_node_path_.join(this.dir, 'known_hosts');
            (0,external_node_fs_.writeFileSync)(knownHostsFile, credentials.knownHosts ?? '', { mode: 0o600 });
            args.push('-o', 'StrictHostKeyChecking=yes', '-o', `UserKnownHostsFile=${knownHostsFile}`, '-o', 'GlobalKnownHostsFile=/dev/null');
        }
        // One TCP connection and one authentication for all the steps of a deploy: each step is a new session.
        args.push('-o', 'ControlMaster=auto', '-o', `ControlPath=${external_node_path_.join(this.dir, 'cm')}`, '-o', 'ControlPersist=60');
        args.push('-p', String(target.port), `${target.user}@${target.host}`);
        this.baseArgs = args;
    }
    async run(_step, script, args, options = {}) {
        if (this.closed)
            throw new Error(`SSH transport to ${this.target.label} is closed`);
        const remote = ['bash', '-c', shellQuote(SCRIPT_PRELUDE + script), 'backend-ci', ...args.map(shellQuote)].join(' ');
        const result = await (0,run/* runProgram */.mB)('ssh', [...this.baseArgs, '--', remote], {
            input: options.input ?? '',
            timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
        });
        if (result.code === 255 && /Host key verification failed|REMOTE HOST IDENTIFICATION HAS CHANGED|No .* host key is known/i.test(result.stderr)) {
            throw new HostKeyError(`the SSH host key of ${this.target.host}:${this.target.port} is not in the known hosts given by input 'ssh-known-hosts' (deploy.ssh.knownHosts) or does not match it; nothing was changed on ${this.target.label}. Add the server's key (ssh-keyscan -p ${this.target.port} ${this.target.host}, verified out of band) or, only for throwaway hosts, set deploy.ssh.insecureIgnoreHostKey`);
        }
        return result;
    }
    async close() {
        if (this.closed)
            return;
        this.closed = true;
        try {
            await (0,run/* runProgram */.mB)('ssh', [...this.baseArgs.slice(0, -3), '-O', 'exit', '-p', String(this.target.port), `${this.target.user}@${this.target.host}`], { timeoutMs: 10_000 });
        }
        catch (err) {
            this.log.warning(`closing the SSH connection to ${this.target.label} failed: ${err.message}`);
        }
        (0,external_node_fs_.rmSync)(this.dir, { recursive: true, force: true });
    }
}
/** True while a process with this id exists on this machine (EPERM: it exists, owned by someone else). */
function processAlive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (err) {
        return err.code === 'EPERM';
    }
}
/** Removes key folders left by SSH transports of processes that no longer exist (killed deploys). */
function removeKeysOfDeadRuns() {
    let names;
    try {
        names = (0,external_node_fs_.readdirSync)((0,external_node_os_.tmpdir)());
    }
    catch {
        return;
    }
    for (const name of names) {
        const m = /^bci-ssh-(\d+)-/.exec(name);
        if (m && Number(m[1]) !== process.pid && !processAlive(Number(m[1]))) {
            (0,external_node_fs_.rmSync)(external_node_path_.join((0,external_node_os_.tmpdir)(), name), { recursive: true, force: true });
        }
    }
}
function openTransport(target, credentials, log) {
    if (target.kind === 'local')
        return new LocalTransport(target);
    return new SshTransport(target, credentials, log);
}
const PART_SEPARATOR = '__backend_ci_part_end__';
/**
 * Runs several snippets in one session, each in its own subshell with its own positional arguments, stopping
 * at the first that fails. Over SSH every session costs a round trip, so the bookkeeping that follows a step
 * (release metadata, audit lines, unlock) rides along with it. Returns each part's stdout.
 */
async function runParts(transport, step, parts, options) {
    const lines = [];
    const args = [];
    parts.forEach((part, i) => {
        lines.push(`part${i}() {\n${part.script}\n}`);
    });
    parts.forEach((part, i) => {
        lines.push(`( part${i} "\${@:${args.length + 1}:${part.args.length}}" )`, `echo ${PART_SEPARATOR}`);
        args.push(...part.args);
    });
    const result = await mustRun(transport, step, lines.join('\n'), args, options);
    const outputs = result.stdout.split(`${PART_SEPARATOR}\n`);
    return parts.map((_, i) => outputs[i] ?? '');
}


/***/ }),

/***/ 37345:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  deployOutputs: () => (/* binding */ deployOutputs),
  deployStage: () => (/* binding */ deployStage),
  runDeploy: () => (/* binding */ runDeploy)
});

// EXTERNAL MODULE: ./.build/src/pipeline/stage.js
var stage = __webpack_require__(58992);
// EXTERNAL MODULE: ./.build/src/deploy/engine.js + 2 modules
var engine = __webpack_require__(20409);
// EXTERNAL MODULE: ./.build/src/deploy/layout.js
var layout = __webpack_require__(1569);
;// CONCATENATED MODULE: ./.build/src/deploy/records.js
class DeploymentRecord {
    client;
    ctx;
    log;
    id;
    constructor(client, ctx, log, id) {
        this.client = client;
        this.ctx = ctx;
        this.log = log;
        this.id = id;
    }
    /** Creates the deployment and its in_progress status; undefined (with a warning) when GitHub refuses. */
    static async start(client, ctx, log) {
        if (!client) {
            log.info('no GitHub token: deployment records are skipped');
            return undefined;
        }
        try {
            const response = await client.request('POST /repos/{owner}/{repo}/deployments', {
                owner: ctx.owner,
                repo: ctx.repo,
                ref: ctx.ref,
                environment: ctx.environment,
                auto_merge: false,
                required_contexts: [],
                description: `backend-ci release ${ctx.releaseId}`,
                payload: { release_id: ctx.releaseId },
            });
            const id = response.data.id;
            if (response.status !== 201 || typeof id !== 'number') {
                log.warning(`GitHub did not create a deployment (status ${response.status}); deployment records are skipped`);
                return undefined;
            }
            const record = new DeploymentRecord(client, ctx, log, id);
            await record.status('in_progress', `deploying ${ctx.releaseId}`);
            return record;
        }
        catch (err) {
            warnApi(log, 'create the GitHub deployment', err);
            return undefined;
        }
    }
    async status(state, description) {
        try {
            await this.client.request('POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', {
                owner: this.ctx.owner,
                repo: this.ctx.repo,
                deployment_id: this.id,
                state,
                description: description.slice(0, 140),
                environment: this.ctx.environment,
                ...(this.ctx.environmentUrl ? { environment_url: this.ctx.environmentUrl } : {}),
                ...(this.ctx.logUrl ? { log_url: this.ctx.logUrl } : {}),
            });
        }
        catch (err) {
            warnApi(this.log, `set the deployment status to ${state}`, err);
        }
    }
    /** success for a deployed release; failure then inactive for a rolled-back one; failure otherwise. */
    async finish(outcome, summary) {
        if (outcome === 'deployed')
            return this.status('success', summary);
        await this.status('failure', summary);
        if (outcome === 'rolled-back')
            await this.status('inactive', `rolled back: ${summary}`);
    }
}
function warnApi(log, what, err) {
    const status = err.status;
    if (status === 403) {
        log.warning(`could not ${what}: the token lacks 'deployments: write' permission (403). Add 'permissions: deployments: write' to the job; the deploy itself is not affected`);
    }
    else {
        log.warning(`could not ${what}${status ? ` (HTTP ${status})` : ''}: ${err.message}; the deploy itself is not affected`);
    }
}

// EXTERNAL MODULE: ./.build/src/deploy/report.js
var deploy_report = __webpack_require__(7525);
;// CONCATENATED MODULE: ./.build/src/stages/deploy/stage.js





function deployOutputs(report) {
    return { 'release-id': report.releaseId, 'deploy-status': report.status, 'rolled-back': String(report.rolledBack) };
}
/** Runs a deploy with its GitHub deployment record; shared by the stage and `backend-ci deploy`. */
async function runDeploy(config, host) {
    const settings = config.deploy;
    const ctx = host.context;
    const releaseId = (0,layout/* newReleaseId */.Po)(ctx.sha);
    const client = (await host.github());
    const record = ctx.repository && ctx.sha
        ? await DeploymentRecord.start(client, { owner: ctx.repository.owner, repo: ctx.repository.repo, ref: ctx.sha, environment: settings.environment, environmentUrl: settings.environmentUrl, logUrl: ctx.runUrl, releaseId }, host.log)
        : undefined;
    let report;
    try {
        // No host.group here: the pipeline already groups each stage's lines, and Actions groups do not nest.
        report = await (0,engine/* deployRelease */.H_)({ settings, cwd: config.cwd, log: host.log, sha: ctx.sha, runUrl: ctx.runUrl, releaseId, actor: process.env.GITHUB_ACTOR });
    }
    catch (err) {
        if (err instanceof stage/* ConfigError */.x) {
            await record?.finish('failed', err.message);
            throw err;
        }
        report = { releaseId, status: 'failed', rolledBack: false, hosts: [], error: err.message, archiveBytes: 0, migrations: [], ms: 0 };
    }
    await record?.finish(report.status, (0,deploy_report/* headline */.Pl)(report));
    return report;
}
function deployedUrl(config) {
    if (config.deploy.environmentUrl)
        return config.deploy.environmentUrl;
    const health = config.deploy.health.url;
    if (!health)
        return undefined;
    try {
        return new URL(health.replace(/\$\{RELEASE_ID\}/g, 'x')).origin;
    }
    catch {
        return undefined;
    }
}
const deployStage = {
    name: 'deploy',
    async run({ config, host }) {
        if (config.deploy.targets.length === 0) {
            return { status: 'skipped', headline: "no deploy targets (deploy.targets / input 'deploy-targets')", outputs: { 'deploy-status': 'skipped', 'rolled-back': 'false' } };
        }
        const report = await runDeploy(config, host);
        return {
            status: report.status === 'deployed' ? 'passed' : 'failed',
            headline: (0,deploy_report/* headline */.Pl)(report),
            details: (0,deploy_report/* deployMarkdown */.PS)(report),
            outputs: deployOutputs(report),
            annotations: report.status === 'deployed' ? [] : [{ level: 'error', title: 'Deploy failed', message: (0,deploy_report/* headline */.Pl)(report) }],
            // url: where the deployed service answers, for the perf stage (the environment URL, else the health URL's origin).
            data: { ...report, url: deployedUrl(config) },
        };
    },
};


/***/ })

};
