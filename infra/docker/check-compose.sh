#!/usr/bin/env bash
# CI check of docker-compose.yml, as far as a machine without a Docker daemon allows: the file
# resolves with .env.example (plus a password), with and without the tls profile; the api is
# published on 127.0.0.1 only; one service builds the image and every other one reuses it; every
# worker has a healthcheck.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
export DATA_PASSWORD=ci0check0password PW_ENV_FILE=.env.example
compose() { docker-compose -f docker-compose.yml --env-file .env.example "$@"; }
compose config --quiet
compose --profile tls config --quiet
resolved="$(compose --profile tls config)"
node -e '
  const text = require("fs").readFileSync(0, "utf8");
  const problems = [];
  // the resolved file is YAML in a fixed layout: services at 2 spaces, their keys at 4
  const services = {};
  let current = null, top = null;
  for (const line of text.split("\n")) {
    if (/^\S/.test(line)) { top = line.replace(/:.*/, ""); current = null; continue; }
    const svc = top === "services" && /^  (\S[^:]*):\s*$/.exec(line);
    if (svc) { current = services[svc[1]] = []; continue; }
    if (current) current.push(line);
  }
  const body = (name) => (services[name] ?? []).join("\n");
  const builds = Object.keys(services).filter((s) => /^    build:/m.test(body(s)));
  if (builds.join() !== "api") problems.push(`exactly the api service builds the image (got: ${builds.join(", ") || "none"})`);
  const image = (s) => /^    image: (\S+)/m.exec(body(s))?.[1];
  for (const s of ["crawler", "classifier", "extractor"]) {
    if (image(s) !== image("api")) problems.push(`${s} runs ${image(s)}, not the api image ${image("api")}`);
    if (!/^    healthcheck:/m.test(body(s))) problems.push(`${s} has no healthcheck`);
    // docker-compose v1 inlines env_file into environment: DATA_PASSWORD comes only from that file
    if (!/^    env_file:|^      DATA_PASSWORD:/m.test(body(s))) problems.push(`${s} reads no env_file`);
  }
  if (!/host_ip: 127\.0\.0\.1|127\.0\.0\.1:\d+:8080/.test(body("api"))) problems.push("the api port is not bound to 127.0.0.1");
  if (!services.caddy) problems.push("no caddy service in the tls profile");
  if (problems.length) { console.error(problems.join("\n")); process.exit(1); }
  console.log(`compose ok: ${Object.keys(services).join(", ")}`);
' <<<"$resolved"
