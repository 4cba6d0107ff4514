#!/usr/bin/env bash
# The README's test command: installs what is missing, runs every check and every test against real
# redis-server and FerretDB (started by the tests' global setup), and ends with "N passed, N failed".
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
bash infra/scripts/install.sh || { echo "0 passed, 1 failed"; exit 1; }
. infra/scripts/env.sh

passed=0
failed=0
step() {
  local name="$1"; shift
  echo "== $name"
  if "$@"; then passed=$((passed + 1)); else echo "!! $name failed"; failed=$((failed + 1)); fi
}
step typecheck pnpm run --silent typecheck
step lint pnpm run --silent lint
step format pnpm run --silent format:check
step docker-compose bash infra/docker/check-compose.sh
step dockerfile-lint node infra/docker/lint-dockerfile.ts
step production-install bash infra/docker/check-prod-install.sh

report="$(mktemp -d)/vitest.json"
pnpm exec vitest run --reporter=default --reporter=json --outputFile.json="$report"
vitest_exit=$?
if [ -s "$report" ]; then
  read -r tp tf <<<"$(node -e '
    const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    console.log(r.numPassedTests, r.numFailedTests + (r.numTotalTestSuites && r.testResults.filter(t => t.status === "failed" && t.assertionResults.length === 0).length));
  ' "$report")"
  passed=$((passed + tp))
  failed=$((failed + tf))
  [ "$vitest_exit" -ne 0 ] && [ "$tf" -eq 0 ] && failed=$((failed + 1))
else
  echo "!! vitest wrote no report (exit $vitest_exit)"
  failed=$((failed + 1))
fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
