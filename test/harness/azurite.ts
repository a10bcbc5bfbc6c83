// Runs the real Azure Storage emulator (Azurite's blob service) on a free loopback port for the artifact
// service, and signs Blob service SAS URLs for its well-known development account.
import { spawn } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { tempDir } from '../support/temp.js';

/** Azurite's built-in development account (public, documented by Azure for the emulator). */
export const DEV_ACCOUNT = 'devstoreaccount1';
export const DEV_ACCOUNT_KEY =
  'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';
/** A Blob service version Azurite 3.35 serves; the SAS string-to-sign below is the 2020-12-06+ layout. */
export const SAS_VERSION = '2022-11-02';

export interface AzuriteProcess {
  /** Blob endpoint including the account path, e.g. http://127.0.0.1:41234/devstoreaccount1 */
  blobEndpoint: string;
  pid: number;
  stop(): Promise<void>;
}

const STARTUP_TIMEOUT_MS = 30_000;

/** Starts Azurite's blob service on 127.0.0.1 with port 0 and reads the port it reports. */
export async function startAzurite(): Promise<AzuriteProcess> {
  const require = createRequire(import.meta.url);
  const main = path.join(path.dirname(require.resolve('azurite/package.json')), 'dist/src/blob/main.js');
  const location = tempDir('azurite-');
  const child = spawn(
    process.execPath,
    [
      main,
      '--skipApiVersionCheck',
      '--loose',
      '--disableTelemetry',
      '--silent',
      '--blobHost',
      '127.0.0.1',
      '--blobPort',
      '0',
      '--location',
      location,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const pid = child.pid;
  if (!pid) throw new Error('Azurite did not start (no pid)');

  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`Azurite did not report a listening port within ${STARTUP_TIMEOUT_MS} ms. Output:\n${output}`));
    }, STARTUP_TIMEOUT_MS);
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const m = /successfully listens on http:\/\/127\.0\.0\.1:(\d+)/.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Azurite exited with code ${code} before listening. Output:\n${output}`));
    });
  });
  // Keep draining output so a chatty emulator never blocks on a full pipe.
  child.stdout.resume();
  child.stderr.resume();
  // If the test process ends without calling stop(), do not leave the emulator behind.
  const killOnExit = () => {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
  };
  process.once('exit', killOnExit);

  return {
    blobEndpoint: `http://127.0.0.1:${port}/${DEV_ACCOUNT}`,
    pid,
    async stop() {
      process.removeListener('exit', killOnExit);
      if (child.exitCode === null && child.signalCode === null) {
        process.kill(pid, 'SIGTERM');
        const killTimer = setTimeout(() => {
          try {
            process.kill(pid, 'SIGKILL');
          } catch {
            /* already gone */
          }
        }, 5_000);
        await exited;
        clearTimeout(killTimer);
      }
      rmSync(location, { recursive: true, force: true });
    },
  };
}

export interface BlobSasOptions {
  container: string;
  blob: string;
  /** Blob SAS permissions in the documented order subset: r, a, c, w, d. */
  permissions: string;
  expiresOn: Date;
  startsOn?: Date;
  account?: string;
  accountKey?: string;
  version?: string;
}

/** SAS dates are ISO 8601 UTC without milliseconds. */
function sasDate(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * Builds the query string of a Blob service SAS (sr=b) signed with the account key: HMAC-SHA256 over the
 * documented string-to-sign for versions 2020-12-06 and later.
 */
export function blobSasQuery(options: BlobSasOptions): string {
  const account = options.account ?? DEV_ACCOUNT;
  const key = options.accountKey ?? DEV_ACCOUNT_KEY;
  const version = options.version ?? SAS_VERSION;
  const start = options.startsOn ? sasDate(options.startsOn) : '';
  const expiry = sasDate(options.expiresOn);
  const protocol = 'https,http';
  const canonicalResource = `/blob/${account}/${options.container}/${options.blob}`;
  const stringToSign = [
    options.permissions,
    start,
    expiry,
    canonicalResource,
    '', // signed identifier (stored access policy)
    '', // signed IP
    protocol,
    version,
    'b', // signed resource: blob
    '', // snapshot time
    '', // encryption scope
    '', // rscc
    '', // rscd
    '', // rsce
    '', // rscl
    '', // rsct
  ].join('\n');
  const signature = createHmac('sha256', Buffer.from(key, 'base64')).update(stringToSign, 'utf8').digest('base64');
  const params = new URLSearchParams();
  params.set('sv', version);
  params.set('spr', protocol);
  if (start) params.set('st', start);
  params.set('se', expiry);
  params.set('sr', 'b');
  params.set('sp', options.permissions);
  params.set('sig', signature);
  return params.toString();
}

/** A full signed URL for one blob under an Azurite blob endpoint. */
export function signedBlobUrl(blobEndpoint: string, options: BlobSasOptions): string {
  const blobPath = options.blob.split('/').map(encodeURIComponent).join('/');
  return `${blobEndpoint}/${encodeURIComponent(options.container)}/${blobPath}?${blobSasQuery(options)}`;
}

/**
 * An account SAS (ss=b) for container-level operations a service SAS cannot do, such as creating a
 * container. String-to-sign layout of versions 2020-12-06 and later (ends with the encryption scope and a
 * newline).
 */
export function accountSasQuery(options: {
  permissions: string;
  resourceTypes: string;
  expiresOn: Date;
  account?: string;
  accountKey?: string;
}): string {
  const account = options.account ?? DEV_ACCOUNT;
  const key = options.accountKey ?? DEV_ACCOUNT_KEY;
  const expiry = sasDate(options.expiresOn);
  const protocol = 'https,http';
  const stringToSign = [
    account,
    options.permissions,
    'b',
    options.resourceTypes,
    '',
    expiry,
    '',
    protocol,
    SAS_VERSION,
    '',
    '',
  ].join('\n');
  const signature = createHmac('sha256', Buffer.from(key, 'base64')).update(stringToSign, 'utf8').digest('base64');
  const params = new URLSearchParams({
    sv: SAS_VERSION,
    ss: 'b',
    srt: options.resourceTypes,
    sp: options.permissions,
    se: expiry,
    spr: protocol,
    sig: signature,
  });
  return params.toString();
}

/** Creates a container (idempotent: an existing one is fine). */
export async function createContainer(blobEndpoint: string, container: string): Promise<void> {
  const sas = accountSasQuery({ permissions: 'c', resourceTypes: 'c', expiresOn: new Date(Date.now() + 3_600_000) });
  const res = await fetch(`${blobEndpoint}/${encodeURIComponent(container)}?restype=container&${sas}`, {
    method: 'PUT',
    headers: { 'x-ms-version': SAS_VERSION, 'content-length': '0' },
  });
  await res.arrayBuffer();
  if (res.status !== 201 && res.status !== 409) {
    throw new Error(`Creating container '${container}' in Azurite failed: HTTP ${res.status}`);
  }
}
