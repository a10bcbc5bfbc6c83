#!/usr/bin/env bash
# Sets up everything the tests need on a fresh Debian machine (idempotent), then runs every suite and ends
# with one line of totals: "N passed, N failed, N skipped".
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup-test-env.sh

results=$(mktemp -d)
trap 'rm -rf "$results"' EXIT
status=0

echo "== backend-ci (vitest)"
npx vitest run --reporter=default --reporter=json --outputFile.json="$results/vitest.json" || status=1

echo "== forum-api fixture (node --test)"
(cd test/fixtures/forum-api && npm test 2>&1) | tee "$results/fixture.txt" || status=1

node scripts/totals.mjs "$results/vitest.json" "$results/fixture.txt"
exit $status
