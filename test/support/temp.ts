// Temp folders for a test file, removed when the file's tests are done, so a run leaves nothing in the
// system temp folder (.ci/run checks that it does not).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

const made: string[] = [];

function removeAll(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

// Imported at the top of a test file (directly or through a helper), so under Vitest this hook belongs to that
// file and runs after the file's own afterAll hooks (hooks run in reverse order: servers stop first). The
// benchmarks import some helpers outside Vitest; there the folders go when the process exits.
if (process.env.VITEST) afterAll(removeAll);
else process.once('exit', removeAll);

/** A new folder under the system temp folder, removed after this test file. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}
