// The bash snippets every deploy step runs on a target, through either transport (see transport.ts).
// Each takes its values as positional arguments ("$1" is always the deploy path); none has a value pasted in.
// Paths and ids reaching them are validated (target.ts SAFE_PATH, release ids, shared paths), which is what
// makes their use inside sqlite3 dot-commands below unambiguous.

/**
 * Prints one STEP<TAB>group<TAB>name<TAB>release line per step still alive under $1/.backend-ci/steps (other
 * than the step running this, whose supervisor is $PPID), and removes the records of steps that are gone.
 * The lock scripts print it after the owner, so a lock is never taken over while a step of its run lives.
 */
const LIVE_STEPS_BODY = `(
steps="$1/.backend-ci/steps"
[ -d "$steps" ] || exit 0
for f in "$steps"/*; do
  [ -f "$f" ] || continue
  pid=$(basename "$f")
  [ "$pid" = "$PPID" ] && continue
  group=; name=; release=
  read -r group name release < "$f" || true
  if [ -n "$group" ] && kill -0 -- "-$group" 2>/dev/null; then
    printf 'STEP\\t%s\\t%s\\t%s\\n' "$group" "$name" "$release"
  elif [ -d "/proc/$pid" ]; then
    printf 'STEP\\t%s\\t%s\\t%s\\n' "$pid" "$name" "$release"
  else
    rm -f "$f"
  fi
done
)`;

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
  echo
  ${LIVE_STEPS_BODY}
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
# What a crashed run may have left: its journal, snapshots, uploads and temporary links. Read while another
# run may be changing them (a lock attempt reads the state too), so a file gone meanwhile is skipped, not fatal.
for f in .backend-ci/journal/*.jsonl; do
  [ -f "$f" ] || continue
  id=$(basename "$f" .jsonl)
  while IFS= read -r line; do printf 'JOURNAL\\t%s\\t%s\\n' "$id" "$line"; done < "$f" 2>/dev/null || true
done
for d in backups/*/; do
  [ -d "$d" ] || continue
  id=$(basename "$d")
  file=; when=
  for f in "$d"db.sqlite3 "$d"db.pgdump; do
    if [ -f "$f" ]; then file=$(basename "$f"); when=$(stat -c %Y "$f" 2>/dev/null || true); fi
  done
  printf 'BACKUP\\t%s\\t%s\\t%s\\n' "$id" "$file" "$when"
done
for f in .backend-ci/incoming/* .current.tmp.* .backend-ci/lock.stale.*; do
  [ -e "$f" ] || [ -L "$f" ] || continue
  printf 'DEBRIS\\t%s\\n' "$f"
done
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

/** $1 root, $2 release id. Deletes a release that never went live (and its upload, snapshot and journal). */
export const DISCARD_RELEASE = `
rm -rf "$1/releases/$2" "$1/.backend-ci/incoming/$2.tar.gz" "$1/.backend-ci/incoming/$2.tar.gz.part" "$1/backups/$2" "$1/.backend-ci/journal/$2.jsonl"
`;

/**
 * $1 root, $2.. paths relative to it, as READ_STATE listed them (DEBRIS lines, backups/<id>, journal files).
 * Refuses anything outside the crash-debris places, so a bad value can never remove a release or shared data.
 */
export const REMOVE_DEBRIS = `
root="$1"; shift
for p in "$@"; do
  case "$p" in
    *..*) echo "refusing to remove '$p'" >&2; exit 1 ;;
    .backend-ci/incoming/*|.current.tmp.*|.backend-ci/lock.stale.*|backups/*|.backend-ci/journal/*.jsonl) rm -rf "\${root:?}/$p" ;;
    *) echo "refusing to remove '$p'" >&2; exit 1 ;;
  esac
done
`;

/** $1 root, $2 release id. Ends a release's journal once its outcome is final (the metadata says the rest). */
export const CLOSE_JOURNAL = `
rm -f "$1/.backend-ci/journal/$2.jsonl"
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
echo
${LIVE_STEPS_BODY}
`;

/**
 * Runs every step, on both transports: $1 root, $2 release id for the journal ('' for none), $3 step name,
 * $4 the step's script, $5.. its arguments; stdin goes to the step.
 *
 * Why it exists: a step must not outlive the deployer. The step runs as a child in this process group (the
 * group node's detached spawn made locally; the session sshd made remotely) while this shell watches its own
 * parent: the deployer locally, the sshd session process over SSH (the remote command is `exec`ed, so sshd is
 * the parent). When the parent is gone (SIGKILL of backend-ci, a dropped connection), the parent pid in
 * /proc/$$/stat changes and the whole group is killed within a fifth of a second; no signal handler of the
 * deployer is involved. The step's group is recorded in .backend-ci/steps/ so a lock is stale only when no step
 * of its run is alive, and the journal gets the step's intent before it starts and its result after, each line
 * fsync'd (sync FILE), so a later run knows what the dead one had begun. Needs bash 5.1 (wait -n -p).
 */
export const STEP_SUPERVISOR = `
root="$1"; release="$2"; step="$3"; body="$4"; shift 4
read -r -a st < /proc/$$/stat
parent=\${st[3]}; group=\${st[4]}
journal=
if [ -n "$release" ]; then
  mkdir -p "$root/.backend-ci/journal"
  journal="$root/.backend-ci/journal/$release.jsonl"
fi
note() {
  [ -n "$journal" ] || return 0
  # Only the intent opens a journal: a step that closed its release's journal (the final records) ends there.
  [ "$1" = intent ] || [ -f "$journal" ] || return 0
  printf '{"step":"%s","phase":"%s","time":"%s","group":%s%s}\\n' "$step" "$1" "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$group" "\${2:-}" >> "$journal"
  sync "$journal" 2>/dev/null || true
}
steps="$root/.backend-ci/steps"
if mkdir -p "$steps" 2>/dev/null; then
  printf '%s %s %s\\n' "$group" "$step" "$release" > "$steps/$$" 2>/dev/null || steps=
else
  steps=
fi
note intent
exec 3<&0
bash -c "set -euo pipefail
$body" backend-ci "$@" <&3 3<&- &
child=$!
exec 3<&-
# wait -n returns as soon as the step or the fifth-of-a-second sleeper ends, so a quick step is not slowed down.
code=
while [ -z "$code" ]; do
  sleep 0.2 & sleeper=$!
  which=
  wait -n -p which "$child" "$sleeper"; status=$?
  if [ "$which" = "$child" ]; then
    code=$status
    kill "$sleeper" 2>/dev/null || true
    wait "$sleeper" 2>/dev/null || true
    break
  fi
  # A step that ended just before wait -n began is not always reported by it (bash 5.2): ask for it by pid.
  if ! kill -0 "$child" 2>/dev/null; then
    wait "$child"; code=$?
    break
  fi
  read -r -a st < /proc/$$/stat
  if [ "\${st[3]}" != "$parent" ]; then
    note orphaned
    [ -n "$steps" ] && rm -f "$steps/$$"
    kill -KILL 0
  fi
done
if [ "$code" = 0 ]; then note done; else note failed ",\\"code\\":$code"; fi
[ -n "$steps" ] && rm -f "$steps/$$"
exit "$code"
`;
