// Settings of the deploy stage.
import { ConfigError } from '../../errors.js';
import { parseTarget } from '../target.js';
import { bool, list, num, obj, oneOf, str, type Field, type Origin, type RawValue } from '../schema.js';

export interface DeployTargetSetting {
  /** `local:/path` or `ssh://user@host:port/path`, validated. */
  target: string;
  /** Health URL for this host when it differs from deploy.health.url (fleets on one machine, per-host ports). */
  healthUrl?: string;
}

const SAFE_RELATIVE = /^(?!\/)(?!.*(^|\/)\.\.(\/|$))[A-Za-z0-9._@+\-/]+$/;
const relativePathDoc = "a relative path of letters, digits and . _ @ + - / without '..'";

/** A list of targets: strings, or mappings { target, healthUrl } when a host needs its own health URL. */
function targetList(): Field<DeployTargetSetting[]> {
  const one = (value: unknown, origin: Origin, at: string, entries?: RawValue['entries']): DeployTargetSetting => {
    if (typeof value === 'string') {
      parseTarget(value.trim(), `${origin.describe()}: '${at}'`);
      return { target: value.trim() };
    }
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      const v = value as Record<string, unknown>;
      for (const key of Object.keys(v)) {
        if (key !== 'target' && key !== 'healthUrl') {
          const where = entries?.get(key)?.keyOrigin ?? origin;
          throw new ConfigError(`${where.describe()}: unknown setting '${at}.${key}'; allowed here: target, healthUrl`);
        }
      }
      if (typeof v.target !== 'string')
        throw new ConfigError(
          `${origin.describe()}: '${at}.target' must be a string such as ssh://deploy@web1:22/srv/app`,
        );
      parseTarget(v.target.trim(), `${origin.describe()}: '${at}.target'`);
      if (v.healthUrl !== undefined && typeof v.healthUrl !== 'string')
        throw new ConfigError(`${origin.describe()}: '${at}.healthUrl' must be a URL string`);
      return { target: v.target.trim(), ...(v.healthUrl ? { healthUrl: v.healthUrl } : {}) };
    }
    throw new ConfigError(
      `${origin.describe()}: '${at}' must be a target string (local:/path or ssh://user@host:port/path) or a mapping { target, healthUrl }`,
    );
  };
  return {
    kind: 'list(string)',
    doc: "Where to deploy: one target per line, each 'local:/absolute/path' or 'ssh://user@host[:port]/absolute/path'. Several targets deploy the same release in rolling batches.",
    input: 'deploy-targets',
    parse(raw, at) {
      if (typeof raw.value === 'string') return [one(raw.value, raw.origin, `${at}[0]`)];
      if (!Array.isArray(raw.value))
        throw new ConfigError(`${raw.origin.describe()}: '${at}' must be a list of targets`);
      const items: RawValue[] = raw.items ?? (raw.value as unknown[]).map((value) => ({ value, origin: raw.origin }));
      return items.map((item, i) => one(item.value, item.origin, `${at}[${i}]`, item.entries));
    },
    parseInput(text, origin, at) {
      const lines = text
        .split(/\r?\n/)
        .map((s) => s.trim())
        .filter(Boolean);
      const parts =
        lines.length === 1
          ? lines[0]!
              .split(',')
              .map((s) => s.trim())
              .filter(Boolean)
          : lines;
      return parts.map((p, i) => one(p, origin, `${at}[${i}]`));
    },
    fallback: () => [],
  };
}

export const deploy = obj(
  {
    targets: targetList(),
    batchSize: num({
      doc: 'Hosts deployed at once in a rolling deploy.',
      input: 'deploy-batch-size',
      default: 1,
      min: 1,
      integer: true,
    }),
    canary: num({
      doc: 'Canary: deploy the first n targets alone first and gate them on health and, when perf.scenario is set, on its budgets run against the first canary host; a failure rolls the canary back (code and database) and the other targets never get the release. 0: no canary.',
      input: 'deploy-canary',
      default: 0,
      min: 0,
      integer: true,
    }),
    keepReleases: num({
      doc: 'Releases kept on each target; current and the last good release are never pruned.',
      input: 'keep-releases',
      default: 5,
      min: 1,
      integer: true,
    }),
    source: str({
      doc: 'Folder packed into the release archive, relative to the working directory.',
      input: 'deploy-source',
      default: '.',
    }),
    exclude: list(str({ doc: 'a tar --exclude pattern' }), {
      doc: 'Patterns left out of the release archive (tar --exclude).',
      input: 'deploy-exclude',
      default: ['./.git', './node_modules', './.backend-ci', './coverage'],
    }),
    archive: str({
      doc: 'A prebuilt release archive (.tar.gz) to deploy instead of packing deploy.source.',
      input: 'deploy-archive',
    }),
    install: str({
      doc: 'Command run inside the new release on each target before it goes live, e.g. npm ci --omit=dev.',
      input: 'deploy-install',
    }),
    migrate: str({
      doc: 'Command run inside the new release to migrate the database, e.g. npm run migrate.',
      input: 'deploy-migrate',
    }),
    migrateDown: str({
      doc: 'Command run inside a failed release to undo its migrations on rollback (tools with down-migrations). When it fails or is unset, the database snapshot is restored.',
      input: 'deploy-migrate-down',
    }),
    migrationsDir: str({
      doc: 'Folder of migration files in the release; deploy --plan lists the ones the current release did not ship.',
      default: 'migrations',
      pattern: SAFE_RELATIVE,
      patternDoc: relativePathDoc,
    }),
    restart: str({
      doc: 'Command that (re)starts the service from the release it runs in (gets RELEASE_ID, RELEASE_PATH, DEPLOY_PATH), e.g. sudo systemctl restart app.',
      input: 'deploy-restart',
    }),
    sharedPaths: list(
      str({ doc: 'a path under <deploy path>/shared', pattern: SAFE_RELATIVE, patternDoc: relativePathDoc }),
      {
        doc: 'Paths that live in <deploy path>/shared and are linked into every release (e.g. .env, data). Each must exist on the target.',
        input: 'deploy-shared-paths',
        default: [],
      },
    ),
    database: obj(
      {
        kind: oneOf(['sqlite', 'postgres', 'none'] as const, {
          doc: 'Database snapshotted before migrating and restored on rollback.',
          input: 'deploy-database-kind',
          default: 'none',
        }),
        path: str({
          doc: 'SQLite file relative to the deploy path, e.g. shared/data/app.db.',
          input: 'deploy-database-path',
          pattern: SAFE_RELATIVE,
          patternDoc: relativePathDoc,
        }),
        url: str({
          doc: 'PostgreSQL URL (postgres://user:password@host:port/db) as seen from the target.',
          input: 'deploy-database-url',
          secret: true,
        }),
      },
      { doc: 'The database a deploy migrates.' },
    ),
    health: obj(
      {
        url: str({ doc: 'URL polled after the restart; ${RELEASE_ID} is replaced.', input: 'health-url' }),
        status: num({
          doc: 'Expected HTTP status.',
          input: 'health-status',
          default: 200,
          min: 100,
          max: 599,
          integer: true,
        }),
        bodyContains: str({
          doc: 'Text the body must contain; ${RELEASE_ID} is replaced, so an old process still answering is caught.',
          input: 'health-body-contains',
        }),
        timeoutSeconds: num({
          doc: 'Timeout of each health request.',
          input: 'health-timeout-seconds',
          default: 5,
          min: 0.1,
          unit: 'seconds',
        }),
        intervalMs: num({
          doc: 'Wait between health attempts.',
          input: 'health-interval-ms',
          default: 1000,
          min: 0,
          integer: true,
          unit: 'milliseconds',
        }),
        retries: num({
          doc: 'Attempts after the first before the release is rolled back.',
          input: 'health-retries',
          default: 10,
          min: 0,
          integer: true,
        }),
      },
      { doc: 'The health gate.' },
    ),
    lock: obj(
      {
        timeoutSeconds: num({
          doc: 'How long to wait for another deploy to finish.',
          input: 'deploy-lock-timeout-seconds',
          default: 300,
          min: 0,
          unit: 'seconds',
        }),
        ttlMinutes: num({ doc: 'After this long, a lock whose owner is gone is taken over.', default: 30, min: 0 }),
      },
      { doc: 'The per-target deploy lock.' },
    ),
    ssh: obj(
      {
        privateKey: str({
          doc: 'OpenSSH private key for ssh:// targets (use a secret).',
          input: 'ssh-private-key',
          secret: true,
        }),
        knownHosts: str({
          doc: "known_hosts lines the servers' host keys are checked against.",
          input: 'ssh-known-hosts',
        }),
        insecureIgnoreHostKey: bool({
          doc: 'Skip the host key check. Opens the deploy to man-in-the-middle attacks; for throwaway hosts only.',
          input: 'ssh-insecure-ignore-host-key',
          default: false,
        }),
      },
      { doc: 'SSH access to ssh:// targets.' },
    ),
    environment: str({ doc: 'Environment name for deployment records.', input: 'environment', default: 'production' }),
    environmentUrl: str({
      doc: 'URL of the deployed environment, shown on the deployment record.',
      input: 'environment-url',
    }),
  },
  { doc: 'The deploy stage.' },
);
