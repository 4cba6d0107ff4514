#!/usr/bin/env bash
# Installs what Paritrana Watch needs, idempotently, into .tools/ (and redis-server, PostgreSQL
# through apt-get).
# Each piece that fails stops the script with a message naming it. Source infra/scripts/env.sh afterwards.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
tools="$root/.tools"
NODE_VERSION="${NODE_VERSION:-24.21.0}"
PNPM_VERSION="10.34.8"
FERRETDB_VERSION="v1.24.2"
mkdir -p "$tools/bin"

fail() { echo "install: $1 failed: $2" >&2; exit 1; }
say() { echo "install: $*" >&2; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
apt_ready=0
apt_install() {
  if [ "$apt_ready" = 0 ]; then as_root apt-get update -qq >/dev/null || fail apt-get "apt-get update"; apt_ready=1; fi
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "$@" >/dev/null || fail "$1" "apt-get install $*"
}

# Node 24: the machine's node when it is new enough, otherwise the npm registry's node@24 package.
node_major() { "$1" -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }
if [ -x "$tools/node/bin/node" ] && [ "$(node_major "$tools/node/bin/node")" -ge 24 ]; then
  :
elif command -v node >/dev/null && [ "$(node_major node)" -ge 24 ]; then
  mkdir -p "$tools/node/bin" && ln -sf "$(command -v node)" "$tools/node/bin/node"
else
  command -v npm >/dev/null || apt_install npm
  say "node $NODE_VERSION from the npm registry into .tools/node"
  npm install --global --no-fund --no-audit --loglevel=error --allow-scripts=node --prefix "$tools/node" "node@$NODE_VERSION" >/dev/null 2>&1 \
    || npm install --global --no-fund --no-audit --loglevel=error --prefix "$tools/node" "node@$NODE_VERSION" >/dev/null \
    || fail node "npm install node@$NODE_VERSION"
  [ "$(node_major "$tools/node/bin/node")" -ge 24 ] || fail node "node@$NODE_VERSION installed but does not run"
fi
export PATH="$tools/node/bin:$tools/bin:$PATH"

# pnpm, pinned, run by Node 24.
if ! [ -x "$tools/pnpm/bin/pnpm" ] || [ "$("$tools/pnpm/bin/pnpm" --version 2>/dev/null)" != "$PNPM_VERSION" ]; then
  say "pnpm $PNPM_VERSION into .tools/pnpm"
  npm install --global --no-fund --no-audit --loglevel=error --prefix "$tools/pnpm" "pnpm@$PNPM_VERSION" >/dev/null || fail pnpm "npm install pnpm@$PNPM_VERSION"
fi
export PATH="$tools/pnpm/bin:$PATH"

# redis-server from Debian.
command -v redis-server >/dev/null || { say "redis-server through apt-get"; apt_install redis-server; }
# PostgreSQL from Debian: the local FerretDB's backend (the run command and the tests start their
# own cluster in their data folder; the package's own cluster is not used).
pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
[ -x "$(pg_bin)/postgres" ] || { say "postgresql through apt-get"; apt_install postgresql; }
[ -x "$(pg_bin)/initdb" ] || fail postgresql "no initdb under /usr/lib/postgresql/*/bin after apt-get install postgresql"
# docker-compose (the client only) so CI can check docker-compose.yml.
command -v docker-compose >/dev/null || { say "docker-compose through apt-get"; apt_install docker-compose; }
# Chromium from Debian for the browser tests (driven by playwright-core: no browser download).
[ -x /usr/bin/chromium ] || { say "chromium through apt-get"; apt_install chromium; }

# FerretDB v1.24 (PostgreSQL backend; SQLite too), built from the Go module proxy. A plain `go install …@v1.24.2`
# builds a binary that panics at start ("Invalid build/version/version.txt file content"): the module
# ships without the generated version file. So: download the module, copy it, write the file, build.
if ! [ -x "$tools/bin/ferretdb" ] || ! "$tools/bin/ferretdb" --version >/dev/null 2>&1; then
  command -v go >/dev/null || { say "go through apt-get"; apt_install golang-go; }
  say "ferretdb $FERRETDB_VERSION from the Go module proxy (a few minutes the first time)"
  moddir="$(cd /tmp && GOFLAGS=-mod=mod go mod download -json "github.com/FerretDB/FerretDB@$FERRETDB_VERSION" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')" \
    || fail ferretdb "go mod download github.com/FerretDB/FerretDB@$FERRETDB_VERSION"
  [ -d "$moddir" ] || fail ferretdb "go mod download gave no module folder"
  src="$(mktemp -d)"
  cp -r "$moddir/." "$src/" && chmod -R u+w "$src"
  echo "$FERRETDB_VERSION" > "$src/build/version/version.txt"
  (cd "$src" && GOFLAGS=-mod=mod CGO_ENABLED=0 go build -trimpath -o "$tools/bin/ferretdb" ./cmd/ferretdb) \
    || fail ferretdb "go build ./cmd/ferretdb ($FERRETDB_VERSION)"
  rm -rf "$src"
  "$tools/bin/ferretdb" --version >/dev/null || fail ferretdb "the built ferretdb does not start"
fi

# The workspace's dependencies, exactly as locked.
cd "$root"
if [ -f pnpm-lock.yaml ]; then lockflag=--frozen-lockfile; else lockflag=; fi
pnpm install $lockflag --reporter=silent --config.confirmModulesPurge=false || fail dependencies "pnpm install $lockflag"
say "ready: node $(node --version), pnpm $(pnpm --version), $(redis-server --version | cut -d' ' -f3), $("$(pg_bin)/postgres" --version), ferretdb $FERRETDB_VERSION"
