// Artifacts outside GitHub Actions: the report is zipped into a folder (.backend-ci/artifacts/<name>.zip), and
// "another run's artifact" is read from a folder of zips the user points at (e.g. the base branch's coverage).
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ArtifactStore, UploadedArtifact } from './host.js';
import { extractZip, writeZip } from './zip.js';

export class LocalArtifactError extends Error {
  override name = 'LocalArtifactError';
}

export interface LocalArtifactStoreOptions {
  /** Where uploaded artifacts are written as <name>.zip. */
  directory: string;
  /**
   * Folder of zips standing in for other runs. Looked up as <from>/<runId>/<name>.zip when a run id is asked
   * for, <from>/<branch>/<name>.zip for a branch, then <from>/<name>.zip.
   */
  from?: string;
}

/** Same rule as GitHub's: a name that is also a safe file name. */
const FORBIDDEN_NAME = /["':<>|*?\\/\r\n]/;

/** A branch or run id is user input: it must not walk out of the folder of zips. */
function isInside(folder: string, candidate: string): boolean {
  const relative = path.relative(path.resolve(folder), path.resolve(candidate));
  return !relative.startsWith('..') && !path.isAbsolute(relative);
}

export class LocalArtifactStore implements ArtifactStore {
  constructor(private readonly options: LocalArtifactStoreOptions) {}

  async upload(
    name: string,
    files: string[],
    rootDirectory: string,
    _options: { retentionDays?: number },
  ): Promise<UploadedArtifact> {
    if (!name || FORBIDDEN_NAME.test(name)) {
      throw new LocalArtifactError(
        `Artifact name '${name}' is not valid: it must be non-empty and contain none of " ' : < > | * ? \\ / or newlines`,
      );
    }
    const root = path.resolve(rootDirectory);
    const entries = files.map((file) => {
      const source = path.resolve(root, file);
      const relative = path.relative(root, source);
      if (!relative || relative.startsWith('..') || path.isAbsolute(relative)) {
        throw new LocalArtifactError(`File ${source} is not inside the artifact root ${root}`);
      }
      return { name: relative.split(path.sep).join('/'), source };
    });
    const zipPath = path.join(this.options.directory, `${name}.zip`);
    const size = await writeZip(zipPath, entries);
    return { name, size, location: zipPath, url: `file://${zipPath}` };
  }

  async downloadLatest(
    name: string,
    destination: string,
    from: { branch?: string; runId?: string },
  ): Promise<string | undefined> {
    const folder = this.options.from;
    if (!folder) return undefined;
    const candidates = [
      from.runId ? path.join(folder, from.runId, `${name}.zip`) : undefined,
      from.branch ? path.join(folder, from.branch, `${name}.zip`) : undefined,
      path.join(folder, `${name}.zip`),
    ].filter((p): p is string => p !== undefined && isInside(folder, p));
    const found = candidates.find((p) => existsSync(p) && statSync(p).isFile());
    if (!found) return undefined;
    await extractZip(found, destination);
    return destination;
  }
}
