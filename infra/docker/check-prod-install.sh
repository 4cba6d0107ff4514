#!/usr/bin/env bash
# CI check of the image's install step without Docker: copy the tree as the image build sees it
# (.dockerignore), run the production install there, and import every service and the image's
# entry scripts, so a runtime dependency declared only as a devDependency is caught.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
excludes=()
# .dockerignore patterns are relative to the root, except **/NAME which matches at any depth
while IFS= read -r pattern; do
  case "$pattern" in
    '' | '#'*) ;;
    '**/'*) excludes+=("--exclude=${pattern#\*\*/}") ;;
    *) excludes+=("--exclude=./${pattern}") ;;
  esac
done <"$root/.dockerignore"
tar -C "$root" "${excludes[@]}" -cf - . | tar -C "$tmp" -xf -
cd "$tmp"
NODE_ENV=production pnpm install --prod --frozen-lockfile --prefer-offline \
  --config.confirmModulesPurge=false --reporter=silent
for service in crawler classifier extractor api; do
  node --input-type=module -e "await import('./services/${service}/src/index.ts')"
done
(cd infra && node --input-type=module -e "await import('./docker/merge-sources.ts'); await import('@pw/runtime')")
# the healthcheck fails without a heartbeat, and the entry refuses an unknown service
if SERVICE=crawler HEARTBEAT_FILE="$tmp/none" node infra/docker/healthcheck.ts 2>/dev/null; then
  echo "healthcheck passed without a heartbeat" >&2
  exit 1
fi
if SERVICE=nope node infra/docker/start.ts 2>/dev/null; then
  echo "start.ts accepted an unknown service" >&2
  exit 1
fi
echo "production install ok: $(ls node_modules/.pnpm | wc -l) packages"
