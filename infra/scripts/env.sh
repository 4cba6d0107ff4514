# Puts the tools that install.sh placed in .tools/ first on PATH. Source it: `. infra/scripts/env.sh`.
_pw_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
export PATH="$_pw_root/.tools/node/bin:$_pw_root/.tools/pnpm/bin:$_pw_root/.tools/bin:$PATH"
export FERRETDB_BIN="${FERRETDB_BIN:-$_pw_root/.tools/bin/ferretdb}"
unset _pw_root
