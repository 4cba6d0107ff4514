#!/usr/bin/env bash
# The README's run command: installs what is missing, then runs the pipeline (all services in one
# process, or the one named: crawler | classifier | extractor | api; `store` for the store alone).
# Starts local redis-server and FerretDB on PostgreSQL when REDIS_URL / MONGODB_URL are not set, with
# their data in data/ (PARITRANA_DATA_DIR), kept for the next start. Ctrl-C (or SIGTERM) stops
# everything it started.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
bash infra/scripts/install.sh
. infra/scripts/env.sh
exec node infra/local/run-pipeline.ts "$@"
