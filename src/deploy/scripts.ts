// The bash snippets every deploy step runs on a target, through either transport (see transport.ts).
// Each takes its values as positional arguments ("$1" is always the deploy path); none has a value pasted in.
// Paths and ids reaching them are validated (target.ts SAFE_PATH, release ids, shared paths), which is what
// makes their use inside sqlite3 dot-commands below unambiguous.

/** $1 root, $2 owner.json text. Prints ACQUIRED, or HELD, the lock's age in seconds and the owner.json text. */
export const LOCK_ACQUIRE = `
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
export const LOCK_TAKEOVER = `
lock="$1/.backend-ci/lock"
current=$(cat "$lock/owner.json" 2>/dev/null || true)
[ "$current" = "$2" ] || exit 3
stale="$lock.stale.$$"
mv "$lock" "$stale" 2>/dev/null || exit 3
rm -rf "$stale"
`;

/** $1 root, $2 our token. Removes the lock only when we own it; prints RELEASED or NOT_OURS. */
export const LOCK_RELEASE = `
lock="$1/.backend-ci/lock"
current=$(cat "$lock/owner.json" 2>/dev/null || true)
case "$current" in
  *"\\"token\\":\\"$2\\""*) rm -rf "$lock"; echo RELEASED ;;
  *) echo NOT_OURS ;;
esac
`;

/** $1 root. Prints the owner.json of the lock it removed (or nothing). */
export const LOCK_FORCE_REMOVE = `
lock="$1/.backend-ci/lock"
cat "$lock/owner.json" 2>/dev/null || true
rm -rf "$lock"
`;

/** $1 root, $2 one JSON line. */
export const AUDIT_APPEND = `
mkdir -p "$1/.backend-ci"
printf '%s\\n' "$2" >> "$1/.backend-ci/log.jsonl"
`;

/** $1 root. Prints CURRENT<TAB>link and one RELEASE<TAB>id<TAB>.release.json line per release folder. */
export const READ_STATE = `
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
export const UPLOAD = `
mkdir -p "$1/releases" "$1/.backend-ci/incoming"
cat > "$1/.backend-ci/incoming/$2.tar.gz.part"
mv "$1/.backend-ci/incoming/$2.tar.gz.part" "$1/.backend-ci/incoming/$2.tar.gz"
`;

/**
 * $1 root, $2 release id, $3 .release.json text. The metadata goes in first, so a folder without a finished
 * outcome is recognisably unfinished if this run dies while tar writes.
 */
export const UNPACK = `
rel="$1/releases/$2"
arc="$1/.backend-ci/incoming/$2.tar.gz"
if [ -e "$rel" ]; then echo "release folder $rel already exists" >&2; exit 1; fi
mkdir "$rel"
printf '%s\\n' "$3" > "$rel/.release.json"
tar --no-same-owner --extract --gzip --file "$arc" --directory "$rel" --exclude=./.release.json --exclude=.release.json
rm -f "$arc"
`;

/** $1 root, $2 release id, $3 .release.json text. */
export const WRITE_META = `
rel="$1/releases/$2"
[ -d "$rel" ] || { echo "release folder $rel does not exist" >&2; exit 1; }
printf '%s\\n' "$3" > "$rel/.release.json.tmp"
mv "$rel/.release.json.tmp" "$rel/.release.json"
`;

/** $1 root, $2 release id, $3.. shared paths (relative). Checks every one exists before linking any. */
export const LINK_SHARED = `
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
export const RUN_IN_RELEASE = `
rel="$1/releases/$2"
cd "$rel"
export RELEASE_ID="$2" RELEASE_PATH="$rel" DEPLOY_PATH="$1"
exec bash -euo pipefail -c "$3"
`;

/** $1 root, $2 release id. Points current at the release: a new link renamed over the old one. */
export const SWITCH_CURRENT = `
[ -f "$1/releases/$2/.release.json" ] || { echo "release $2 is missing or incomplete on this target" >&2; exit 1; }
tmp="$1/.current.tmp.$$"
ln -sfn "releases/$2" "$tmp"
mv -T "$tmp" "$1/current"
`;

/** $1 root, $2.. release ids to delete with their backups. */
export const PRUNE = `
root="$1"; shift
for id in "$@"; do
  rm -rf "$root/releases/$id" "$root/backups/$id"
done
`;

/** $1 root, $2 release id. Deletes a release that never went live (and its upload). */
export const DISCARD_RELEASE = `
rm -rf "$1/releases/$2" "$1/.backend-ci/incoming/$2.tar.gz" "$1/.backend-ci/incoming/$2.tar.gz.part"
`;

const NEED_SQLITE = `command -v sqlite3 >/dev/null || { echo "sqlite3 is not installed on this target; install the 'sqlite3' package (apt-get install sqlite3): backend-ci snapshots SQLite with its online backup API" >&2; exit 127; }`;

/** $1 root, $2 release id, $3 database file. Prints ABSENT, or the snapshot's size in bytes. */
export const SQLITE_SNAPSHOT = `
${NEED_SQLITE}
dir="$1/backups/$2"
mkdir -p "$dir"
if [ ! -f "$3" ]; then echo ABSENT; exit 0; fi
sqlite3 -cmd ".timeout 15000" "$3" ".backup '$dir/db.sqlite3'"
stat -c %s "$dir/db.sqlite3"
`;

/** $1 root, $2 release id, $3 database file, $4 ABSENT|PRESENT (what the snapshot found). */
export const SQLITE_RESTORE = `
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
export const PG_SNAPSHOT = `
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
export const PG_RESTORE = `
command -v pg_restore >/dev/null && command -v psql >/dev/null || { echo "pg_restore and psql are needed on this target; install the 'postgresql-client' package" >&2; exit 127; }
${PG_ENV}
snap="$1/backups/$2/db.pgdump"
[ -f "$snap" ] || { echo "snapshot $snap is missing" >&2; exit 1; }
{ printf 'DROP SCHEMA IF EXISTS public CASCADE;\\nCREATE SCHEMA public;\\n'; pg_restore --no-owner --file=- "$snap"; } \\
  | psql -X -q -v ON_ERROR_STOP=1 --single-transaction --output=/dev/null
echo RESTORED
`;

/** $1 root. Checks the tools a deploy needs exist on the target. */
export const PREFLIGHT = `
for tool in tar mkdir ln mv readlink stat; do
  command -v "$tool" >/dev/null || { echo "'$tool' is not installed on this target" >&2; exit 127; }
done
mkdir -p "$1"
[ -w "$1" ] || { echo "deploy path $1 is not writable" >&2; exit 1; }
echo OK
`;

/** $1 root. Prints nothing when unlocked, else the lock's age in seconds and its owner.json text. */
export const LOCK_READ = `
lock="$1/.backend-ci/lock"
[ -d "$lock" ] || exit 0
now=$(date +%s)
echo $(( now - $(stat -c %Y "$lock" 2>/dev/null || echo "$now") ))
cat "$lock/owner.json" 2>/dev/null || true
`;
