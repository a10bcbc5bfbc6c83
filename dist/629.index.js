export const id = 629;
export const ids = [629];
export const modules = {

/***/ 64629:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  deployCommand: () => (/* binding */ deployCommand),
  releasesCommand: () => (/* binding */ releasesCommand),
  rollbackCommand: () => (/* binding */ rollbackCommand),
  unlockCommand: () => (/* binding */ unlockCommand)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./.build/src/stages/deploy/stage.js + 1 modules
var stage = __webpack_require__(37345);
// EXTERNAL MODULE: ./.build/src/deploy/layout.js
var layout = __webpack_require__(1569);
// EXTERNAL MODULE: ./.build/src/deploy/engine.js + 2 modules
var engine = __webpack_require__(20409);
// EXTERNAL MODULE: ./.build/src/deploy/health.js
var health = __webpack_require__(26153);
// EXTERNAL MODULE: ./.build/src/deploy/lock.js
var deploy_lock = __webpack_require__(32404);
// EXTERNAL MODULE: ./.build/src/deploy/scripts.js
var scripts = __webpack_require__(43919);
// EXTERNAL MODULE: ./.build/src/deploy/transport.js + 1 modules
var deploy_transport = __webpack_require__(37391);
;// CONCATENATED MODULE: ./.build/src/deploy/operations.js






async function withTransports(options, fn) {
    const open = options.openTransport ?? (0,engine/* defaultTransportOpener */.EX)(options.settings, options.log);
    const transports = await (0,engine/* openAll */.kr)((0,engine/* targetsOf */.QR)(options.settings), open);
    try {
        const out = [];
        for (const [i, t] of transports.entries())
            out.push(await fn(t, i));
        return out;
    }
    finally {
        await Promise.all(transports.map((t) => t.close()));
    }
}
async function readLock(transport) {
    const r = await (0,deploy_transport/* mustRun */.Pv)(transport, 'read lock', scripts/* LOCK_READ */.bG, [transport.target.path]);
    if (!r.stdout.trim())
        return { held: false };
    const [age, ...rest] = r.stdout.split('\n');
    let owner;
    try {
        owner = rest.join('\n').trim() ? JSON.parse(rest.join('\n')) : undefined;
    }
    catch {
        owner = undefined;
    }
    return { held: true, ageSeconds: Number(age), owner, ownerText: rest.join('\n').trim() };
}
/** What a deploy would do on each host, without changing anything there. */
async function planDeploy(options) {
    const { settings } = options;
    const { entries } = await (0,engine/* buildArchive */.h$)(settings, options.cwd);
    const migrations = (0,engine/* migrationsIn */.nm)(entries, settings.migrationsDir);
    const releaseId = (0,layout/* newReleaseId */.Po)(options.sha);
    const hosts = await withTransports(options, async (transport, index) => {
        const state = await (0,layout/* readState */.un)(transport);
        const lock = await readLock(transport);
        const current = state.releases.find((r) => r.id === state.current);
        const shipped = new Set(current?.migrations ?? []);
        const root = transport.target.path;
        const db = settings.database;
        const steps = [
            `lock ${root}/.backend-ci/lock${lock.held ? ` (now held: ${lock.owner ? (0,deploy_lock/* describeOwner */.$S)(lock.owner) : 'unknown owner'})` : ''}`,
            `upload and unpack into ${root}/releases/${releaseId}`,
            ...(settings.install ? [`install: ${settings.install}`] : []),
            ...(settings.sharedPaths.length ? [`link shared: ${settings.sharedPaths.join(', ')}`] : []),
            ...(db.kind === 'sqlite' ? [`snapshot SQLite ${root}/${db.path} to ${root}/backups/${releaseId}/ (online backup API)`] : []),
            ...(db.kind === 'postgres' ? [`snapshot PostgreSQL with pg_dump -Fc to ${root}/backups/${releaseId}/`] : []),
            ...(settings.migrate ? [`migrate: ${settings.migrate}`] : []),
            `switch ${root}/current from ${state.current ?? '(none)'} to ${releaseId}`,
            ...(settings.restart ? [`restart: ${settings.restart}`] : []),
            ...((0,engine/* healthUrlFor */.$i)(settings, index) ? [`health gate: ${(0,engine/* healthUrlFor */.$i)(settings, index)} expecting ${settings.health.status}${settings.health.bodyContains ? ` and '${settings.health.bodyContains}'` : ''}`] : []),
            `keep ${settings.keepReleases} releases`,
        ];
        const withNew = { current: releaseId, releases: [...state.releases, { id: releaseId, sha: '', created: '', outcome: 'deployed', migrations }] };
        return {
            target: transport.target.label,
            ...(state.current ? { current: state.current } : {}),
            lock,
            steps,
            pendingMigrations: migrations.filter((m) => !shipped.has(m)),
            wouldPrune: (0,layout/* releasesToPrune */.W3)(withNew, settings.keepReleases),
        };
    });
    return { releaseId, hosts };
}
/** Puts each host back on `to`, or on its newest good release before current. */
async function rollbackFleet(options) {
    const { settings, log } = options;
    return withTransports(options, async (transport, index) => {
        const root = transport.target.path;
        const result = { target: transport.target.label, ok: false };
        let lock;
        try {
            lock = await deploy_lock/* TargetLock */.rI.acquire(transport, { timeoutSeconds: settings.lock.timeoutSeconds, ttlMinutes: settings.lock.ttlMinutes, runUrl: options.runUrl, sha: options.sha, purpose: 'rollback' }, log);
            const state = await (0,layout/* readState */.un)(transport);
            result.from = state.current;
            const wanted = options.to ? state.releases.find((r) => r.id === options.to) : (0,layout/* lastGoodRelease */.Ru)(state, state.current);
            if (!wanted)
                throw new Error(options.to ? `release ${options.to} is not on ${transport.target.label}` : `no earlier good release on ${transport.target.label} to roll back to`);
            if (layout/* BAD_OUTCOMES */.Ab.includes(wanted.outcome))
                throw new Error(`release ${wanted.id} on ${transport.target.label} is marked ${wanted.outcome}${wanted.reason ? ` (${wanted.reason})` : ''}; pick another with --to`);
            if (wanted.id === state.current)
                throw new Error(`${wanted.id} is already current on ${transport.target.label}`);
            result.to = wanted.id;
            await (0,layout/* audit */.sb)(transport, { event: 'manual-rollback-started', from: state.current ?? null, to: wanted.id, actor: options.actor }, log.warning);
            if (settings.migrateDown && state.current) {
                await (0,deploy_transport/* mustRun */.Pv)(transport, 'down-migrate', scripts/* RUN_IN_RELEASE */.Cp, [root, state.current, settings.migrateDown]);
            }
            else if (settings.database.kind !== 'none') {
                log.warning(`rollback on ${transport.target.label} leaves the database as it is (no deploy.migrateDown); the snapshot taken before ${state.current} is in ${root}/backups/${state.current}`);
            }
            await (0,deploy_transport/* mustRun */.Pv)(transport, 'switch back', scripts/* SWITCH_CURRENT */.p7, [root, wanted.id]);
            if (settings.restart)
                await (0,deploy_transport/* mustRun */.Pv)(transport, 'restart', scripts/* RUN_IN_RELEASE */.Cp, [root, wanted.id, settings.restart]);
            const url = (0,engine/* healthUrlFor */.$i)(settings, index);
            if (url) {
                const h = await (0,health/* checkHealth */.Ns)(url, settings.health, wanted.id);
                if (!h.ok)
                    throw new Error(`health gate failed after the rollback: ${(0,health/* describeHealth */.gw)(h, settings.health, wanted.id)}`);
            }
            const left = state.releases.find((r) => r.id === state.current);
            if (left)
                await (0,layout/* writeMeta */.R4)(transport, { ...left, outcome: 'rolled-back', reason: `rolled back by hand to ${wanted.id}` });
            await (0,layout/* audit */.sb)(transport, { event: 'manual-rollback', from: state.current ?? null, to: wanted.id, actor: options.actor }, log.warning);
            result.ok = true;
        }
        catch (err) {
            result.error = err.message;
            await (0,layout/* audit */.sb)(transport, { event: 'manual-rollback-failed', error: result.error, actor: options.actor }, log.warning);
        }
        finally {
            await lock?.release(log);
        }
        return result;
    });
}
async function listReleases(options) {
    return withTransports(options, async (transport) => ({ target: transport.target.label, state: await (0,layout/* readState */.un)(transport), lock: await readLock(transport) }));
}
/** Removes stale locks (or, with force, any lock). Returns false when a live lock was left in place. */
async function unlockTargets(options) {
    const { log } = options;
    const by = options.actor ?? 'backend-ci unlock';
    const results = await withTransports(options, async (transport) => {
        if (options.force) {
            await (0,deploy_lock/* forceUnlock */.If)(transport, log, by);
            return true;
        }
        const lock = await readLock(transport);
        if (!lock.held) {
            log.info(`${transport.target.label} is not locked`);
            return true;
        }
        const verdict = (0,deploy_lock/* isStale */.QO)(lock.owner, lock.ageSeconds ?? 0);
        if (!verdict.stale) {
            log.error(`${transport.target.label} is locked by ${lock.owner ? (0,deploy_lock/* describeOwner */.$S)(lock.owner) : 'an unknown owner'}, which may still be running; use --force if you are sure it is gone`);
            return false;
        }
        const r = await transport.run('unlock stale', scripts/* LOCK_TAKEOVER */.Q8, [transport.target.path, lock.ownerText ?? '']);
        if (r.code !== 0)
            return false;
        log.warning(`removed a stale lock from ${transport.target.label}: ${verdict.why}`);
        await (0,layout/* audit */.sb)(transport, { event: 'unlock-stale', why: verdict.why, previousOwner: lock.owner ?? null, by }, log.warning);
        return true;
    });
    return results.every(Boolean);
}

// EXTERNAL MODULE: ./.build/src/deploy/report.js
var deploy_report = __webpack_require__(7525);
// EXTERNAL MODULE: ./.build/src/pipeline/stage.js
var pipeline_stage = __webpack_require__(58992);
;// CONCATENATED MODULE: ./.build/src/deploy/cli.js
// The deploy commands of the CLI: `backend-ci deploy [--plan]`, `rollback [--to ID]`, `releases`, `unlock [--force]`.
// Each returns the exit code (0 ok, 1 failed); configuration errors are thrown as ConfigError (exit 2).






function operationOptions(config, host) {
    return {
        settings: config.deploy,
        cwd: config.cwd,
        log: host.log,
        sha: host.context.sha,
        runUrl: host.context.runUrl,
        actor: process.env.GITHUB_ACTOR ?? `${(0,external_node_os_.userInfo)().username}@${(0,external_node_os_.hostname)()}`,
    };
}
function print(host, text) {
    for (const line of text.split('\n'))
        host.log.info(line);
}
async function deployCommand(config, host, options = {}) {
    if (options.plan) {
        print(host, (0,deploy_report/* planText */.Pt)(await planDeploy(operationOptions(config, host))));
        return 0;
    }
    const report = await (0,stage.runDeploy)(config, host);
    for (const [name, value] of Object.entries((0,stage.deployOutputs)(report)))
        host.setOutput(name, value);
    await host.appendSummary(`${(0,deploy_report/* deployMarkdown */.PS)(report)}\n`);
    if (report.status === 'deployed')
        host.log.info((0,deploy_report/* headline */.Pl)(report));
    else
        host.log.error((0,deploy_report/* headline */.Pl)(report));
    return report.status === 'deployed' ? 0 : 1;
}
async function rollbackCommand(config, host, options = {}) {
    if (options.to !== undefined && !layout/* RELEASE_ID */.uX.test(options.to)) {
        throw new pipeline_stage/* ConfigError */.x(`--to '${options.to}' is not a release id; expected YYYYMMDDTHHMMSSZ-sha (see 'backend-ci releases')`);
    }
    const results = await rollbackFleet({ ...operationOptions(config, host), to: options.to });
    print(host, (0,deploy_report/* rollbackText */.Ew)(results));
    return results.every((r) => r.ok) ? 0 : 1;
}
async function releasesCommand(config, host) {
    print(host, (0,deploy_report/* releasesText */.S_)(await listReleases(operationOptions(config, host))));
    return 0;
}
async function unlockCommand(config, host, options = {}) {
    return (await unlockTargets({ ...operationOptions(config, host), force: !!options.force })) ? 0 : 1;
}


/***/ })

};
