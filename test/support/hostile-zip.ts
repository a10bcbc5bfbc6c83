// Zips with entry names our writer refuses to produce (`..`, absolute, backslashes, symbolic links), written by an
// independent, well-kept writer: Python's zipfile stores a name as given.
import { execFileSync } from 'node:child_process';

export interface HostileEntry {
  name: string;
  data: string;
  /** Stored as a Unix symbolic link whose target is `data`. */
  symlink?: boolean;
  /** Stored without compression (so a flipped byte reaches the CRC check, not the inflater). */
  stored?: boolean;
}

const SCRIPT = `
import json, sys, zipfile
path, entries = sys.argv[1], json.loads(sys.argv[2])
with zipfile.ZipFile(path, 'w') as z:
    for e in entries:
        info = zipfile.ZipInfo(e['name'])
        info.compress_type = zipfile.ZIP_STORED if e.get('stored') else zipfile.ZIP_DEFLATED
        info.create_system = 3
        info.external_attr = ((0o120777 if e.get('symlink') else 0o100644) << 16)
        z.writestr(info, e['data'])
`;

export function writeHostileZip(zipPath: string, entries: HostileEntry[]): void {
  execFileSync('python3', ['-c', SCRIPT, zipPath, JSON.stringify(entries)]);
}
