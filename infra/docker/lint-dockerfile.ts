// A focused Dockerfile lint (hadolint is not installable here): the rules that matter for this
// image, each named after the hadolint rule it mirrors.
//   node infra/docker/lint-dockerfile.ts [Dockerfile] [.dockerignore]
import { existsSync, readFileSync } from 'node:fs';

/** One instruction: keyword and arguments, continuation lines joined. */
export interface Instruction {
  line: number;
  keyword: string;
  args: string;
}

/** Splits a Dockerfile into instructions (comments and blank lines dropped). */
export function parseDockerfile(text: string): Instruction[] {
  const out: Instruction[] = [];
  let pending: { line: number; text: string } | null = null;
  text.split('\n').forEach((raw, i) => {
    const line = raw.trimEnd();
    if (!pending && (line.trim() === '' || line.trim().startsWith('#'))) {
      return;
    }
    if (pending && line.trim().startsWith('#')) {
      return;
    }
    const continued = line.endsWith('\\');
    const part = continued ? line.slice(0, -1) : line;
    pending = pending
      ? { line: pending.line, text: `${pending.text} ${part.trim()}` }
      : { line: i + 1, text: part.trim() };
    if (!continued) {
      const [keyword = '', ...rest] = pending.text.split(/\s+/);
      out.push({ line: pending.line, keyword: keyword.toUpperCase(), args: rest.join(' ') });
      pending = null;
    }
  });
  return out;
}

const isExecForm = (args: string) => {
  try {
    return Array.isArray(JSON.parse(args));
  } catch {
    return false;
  }
};

/** The problems found, one sentence each with its line; empty when the file passes. */
export function lintDockerfile(text: string, dockerignore: string | null): string[] {
  const problems: string[] = [];
  const at = (i: Instruction, msg: string) => problems.push(`line ${i.line}: ${msg}`);
  const ins = parseDockerfile(text);
  let user: string | null = null;
  for (const i of ins) {
    switch (i.keyword) {
      case 'FROM': {
        const image = i.args.split(/\s+/).find((a) => !a.startsWith('--')) ?? '';
        if (!/[:@]/.test(image.replace(/^[^/]*:\d+\//, '')) || image.endsWith(':latest')) {
          at(i, `DL3006/DL3007 pin the base image to a tag or digest (${image})`);
        }
        break;
      }
      case 'USER':
        user = i.args.trim();
        break;
      case 'ADD':
        if (!/\.(tar|tgz|tar\.gz|tar\.xz)\b/.test(i.args)) {
          at(i, 'DL3020 use COPY instead of ADD for files and folders');
        }
        break;
      case 'WORKDIR':
        if (!i.args.startsWith('/') && !i.args.startsWith('$')) {
          at(i, 'DL3000 use an absolute WORKDIR');
        }
        break;
      case 'RUN': {
        const cmd = i.args;
        if (/(^|[;&|]\s*)sudo\s/.test(cmd)) {
          at(i, 'DL3004 do not use sudo');
        }
        if (/(^|&&|;)\s*cd\s/.test(cmd)) {
          at(i, 'DL3003 use WORKDIR to change directory');
        }
        if (/apt-get\s+install/.test(cmd)) {
          if (!/--no-install-recommends/.test(cmd)) {
            at(i, 'DL3015 apt-get install --no-install-recommends');
          }
          if (!/rm -rf \/var\/lib\/apt\/lists/.test(cmd)) {
            at(i, 'DL3009 delete the apt lists after installing');
          }
          if (!/\s-y\b|--yes/.test(cmd)) {
            at(i, 'DL3014 apt-get install -y');
          }
        }
        if (/\bpnpm\s+install\b/.test(cmd) && !/--frozen-lockfile/.test(cmd)) {
          at(i, 'pnpm install --frozen-lockfile, so the image gets exactly the locked versions');
        }
        if (/\bnpm\s+install\b/.test(cmd)) {
          at(i, 'DL3016 use npm ci or pnpm with a lockfile');
        }
        break;
      }
      case 'CMD':
      case 'ENTRYPOINT':
        if (!isExecForm(i.args)) {
          at(i, `DL3025 use the JSON (exec) form of ${i.keyword}, so signals reach the process`);
        }
        break;
      case 'HEALTHCHECK': {
        const cmd = /\bCMD\s+(.*)$/.exec(i.args)?.[1] ?? '';
        if (i.args.trim() !== 'NONE' && !isExecForm(cmd)) {
          at(i, 'use the JSON form of HEALTHCHECK CMD');
        }
        break;
      }
      default:
        break;
    }
  }
  if (ins[0]?.keyword !== 'FROM' && ins[0]?.keyword !== 'ARG') {
    problems.push('the first instruction must be FROM');
  }
  if (!user || user === 'root' || user === '0') {
    problems.push('DL3002 the last USER must not be root');
  }
  if (!ins.some((i) => i.keyword === 'HEALTHCHECK')) {
    problems.push('no HEALTHCHECK: a stopped worker would look healthy');
  }
  if (dockerignore === null) {
    problems.push('no .dockerignore: node_modules and .env would be copied into the image');
  } else {
    const ignored = dockerignore.split('\n').map((l) => l.trim());
    for (const must of ['node_modules', '.env', '.git']) {
      if (!ignored.includes(must) && !ignored.includes(`**/${must}`)) {
        problems.push(`.dockerignore must list ${must}`);
      }
    }
  }
  return problems;
}

if (import.meta.main) {
  const [file = 'infra/docker/Dockerfile', ignore = '.dockerignore'] = process.argv.slice(2);
  const problems = lintDockerfile(
    readFileSync(file, 'utf8'),
    existsSync(ignore) ? readFileSync(ignore, 'utf8') : null,
  );
  for (const p of problems) {
    console.error(`${file}: ${p}`);
  }
  if (problems.length > 0) {
    process.exit(1);
  }
  console.log(`${file}: ok`);
}
