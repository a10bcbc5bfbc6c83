export const id = 355;
export const ids = [355];
export const modules = {

/***/ 98355:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ActionsArtifactStore: () => (/* binding */ ActionsArtifactStore),
/* harmony export */   ArtifactAlreadyExistsError: () => (/* binding */ ArtifactAlreadyExistsError),
/* harmony export */   ArtifactDownloadError: () => (/* binding */ ArtifactDownloadError),
/* harmony export */   ArtifactUploadError: () => (/* binding */ ArtifactUploadError)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
// Workflow artifacts through GitHub's own client (@actions/artifact): upload the coverage report for this run,
// and fetch the newest same-name artifact of another run (the base branch's last successful one).

class ArtifactUploadError extends Error {
    name = 'ArtifactUploadError';
}
/** The run already has an artifact of this name (GitHub answers 409 since artifacts v4). */
class ArtifactAlreadyExistsError extends ArtifactUploadError {
    name = 'ArtifactAlreadyExistsError';
}
class ArtifactDownloadError extends Error {
    name = 'ArtifactDownloadError';
}
const DEFAULT_RETRY = { attempts: 3, baseDelayMs: 2_000 };
/** Connection-level failures worth another attempt; everything else is a real answer from the service. */
const NETWORK_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND', 'EPIPE', 'EAI_AGAIN', 'UND_ERR_SOCKET']);
function isTransient(error) {
    if (!(error instanceof Error))
        return false;
    if (error.name === 'NetworkError')
        return true;
    const code = error.code;
    if (code && NETWORK_CODES.has(code))
        return true;
    // The client wraps an exhausted 5xx retry loop and socket errors in plain Errors; their text is all we get.
    return /Failed to make request after \d+ attempts|socket hang up|ECONNRESET|ECONNREFUSED|Upload progress stalled/.test(error.message);
}
function isNotFound(error) {
    return error instanceof Error && error.name === 'ArtifactNotFoundError';
}
function describe(error) {
    return error instanceof Error ? error.message : String(error);
}
class ActionsArtifactStore {
    options;
    clientPromise;
    retry;
    constructor(options) {
        this.options = options;
        this.retry = options.retry ?? DEFAULT_RETRY;
    }
    /** Loaded on first use: a run that uploads nothing never pays for the client and its Azure SDK. */
    client() {
        this.clientPromise ??= Promise.all(/* import() */[__webpack_require__.e(397), __webpack_require__.e(351), __webpack_require__.e(645)]).then(__webpack_require__.bind(__webpack_require__, 9645)).then(({ DefaultArtifactClient }) => new DefaultArtifactClient());
        return this.clientPromise;
    }
    async withRetry(what, fn, fail) {
        let delay = this.retry.baseDelayMs;
        for (let attempt = 1;; attempt++) {
            try {
                return await fn();
            }
            catch (error) {
                if (!isTransient(error))
                    throw fail(`${what} failed: ${describe(error)}`, error);
                if (attempt >= this.retry.attempts) {
                    throw fail(`${what} failed after ${attempt} attempts: ${describe(error)}`, error);
                }
                this.options.log.warning(`${what}: attempt ${attempt} of ${this.retry.attempts} failed (${describe(error)}); retrying in ${delay} ms`);
                await new Promise((resolve) => setTimeout(resolve, delay));
                delay *= 2;
            }
        }
    }
    async upload(name, files, rootDirectory, options) {
        if (!process.env.ACTIONS_RUNTIME_TOKEN || !process.env.ACTIONS_RESULTS_URL) {
            // The runner gives these only to action steps (`uses:`), never to `run:` steps: say so instead of the
            // client's bare "Unable to get the ACTIONS_RUNTIME_TOKEN env variable".
            throw new ArtifactUploadError(`Cannot upload artifact '${name}': ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are not set. The runner sets them ` +
                'only for action steps (uses: org/backend-ci@v1), not for run: steps; outside Actions the artifact goes to a local folder.');
        }
        const client = await this.client();
        const root = node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(rootDirectory);
        const absolute = files.map((f) => node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(root, f));
        const result = await this.withRetry(`Uploading artifact '${name}'`, () => client.uploadArtifact(name, absolute, root, { retentionDays: options.retentionDays }), (message, cause) => /\(409\)|already exists/i.test(describe(cause))
            ? new ArtifactAlreadyExistsError(`An artifact named '${name}' already exists in this workflow run; artifact names must be unique per run ` +
                `(in a matrix, add the matrix values to the name). ${describe(cause)}`, { cause })
            : new ArtifactUploadError(message, { cause }));
        if (result.id === undefined)
            throw new ArtifactUploadError(`Uploading artifact '${name}' returned no artifact id`);
        const id = String(result.id);
        const { serverUrl, repository, runId } = this.options.context;
        const url = repository && runId ? `${serverUrl}/${repository.owner}/${repository.repo}/actions/runs/${runId}/artifacts/${id}` : undefined;
        return { id, url, name, size: result.size ?? 0, location: 'workflow artifact' };
    }
    async downloadLatest(name, destination, from) {
        const client = await this.client();
        const { repository } = this.options.context;
        const fail = (message, cause) => new ArtifactDownloadError(message, { cause });
        if (!from.runId && !from.branch) {
            // This run's own artifact: the results service answers without a token.
            const found = await this.findOrUndefined(`Looking up artifact '${name}'`, () => client.getArtifact(name));
            if (!found)
                return undefined;
            await this.withRetry(`Downloading artifact '${name}'`, () => client.downloadArtifact(found.id, { path: destination }), fail);
            return destination;
        }
        const token = this.options.token;
        if (!token || !repository) {
            throw new ArtifactDownloadError(`Reading artifact '${name}' from another run needs the repository and a token with actions:read (input github-token)`);
        }
        const runIds = from.runId ? [from.runId] : await this.successfulRuns(from.branch);
        for (const runId of runIds) {
            const findBy = { token, workflowRunId: Number(runId), repositoryOwner: repository.owner, repositoryName: repository.repo };
            const found = await this.findOrUndefined(`Looking up artifact '${name}' in run ${runId}`, () => client.getArtifact(name, { findBy }));
            if (!found)
                continue;
            this.options.log.info(`Downloading artifact '${name}' (id ${found.id}) from run ${runId}`);
            await this.withRetry(`Downloading artifact '${name}' from run ${runId}`, () => client.downloadArtifact(found.id, { path: destination, findBy }), fail);
            return destination;
        }
        return undefined;
    }
    /** The artifact's id, or undefined when that run has none by this name; connection failures are retried. */
    findOrUndefined(what, find) {
        return this.withRetry(what, async () => {
            try {
                return (await find()).artifact;
            }
            catch (error) {
                if (isNotFound(error))
                    return undefined;
                throw error;
            }
        }, (message, cause) => new ArtifactDownloadError(message, { cause }));
    }
    /** The branch's successful runs, newest first, without this run. */
    async successfulRuns(branch) {
        const { github, context } = this.options;
        if (!github || !context.repository) {
            throw new ArtifactDownloadError(`Finding the last successful run on '${branch}' needs the GitHub API (a token); none was given`);
        }
        const limit = this.options.maxRunsSearched ?? 10;
        const { data } = await github.rest.actions.listWorkflowRunsForRepo({
            owner: context.repository.owner,
            repo: context.repository.repo,
            branch,
            status: 'success',
            per_page: limit,
        });
        return data.workflow_runs
            .map((r) => String(r.id))
            .filter((id) => id !== context.runId)
            .slice(0, limit);
    }
}


/***/ })

};
