// Starts the README's run command (infra/local/run-pipeline.ts) as a child in its own process group,
// reads its JSON log lines, and finds what it started; for the run-command and persistence tests.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { writeSourcesFile } from './pipeline-harness.ts';
import { eventually } from './use-services.ts';

const root = resolve(import.meta.dirname, '../..');

export interface LogLine {
  level?: number;
  msg?: string;
  [field: string]: unknown;
}

export interface RunCommand {
  child: ChildProcess;
  pid: number;
  redisUrl: string;
  mongoUrl: string;
  /** The API's base URL, when the API was started. */
  apiUrl: string | null;
  /** Process ids of redis, postgres and ferretdb as the run command reported them at start. */
  servicePids: Record<string, number>;
  lines: LogLine[];
  /** Resolves with the exit code (or the signal's name). */
  exited: Promise<number | string>;
  /** Waits until a log line matches. */
  waitForLine: (
    what: string,
    match: (l: LogLine) => boolean,
    timeoutMs?: number,
  ) => Promise<LogLine>;
  /** SIGKILL of the whole process group, if it still runs (for `finally`). */
  killGroup: () => void;
  /** The last log lines and stderr, for an assertion's message. */
  tail: () => string;
}

/** A temp data folder for PARITRANA_DATA_DIR. */
export const tempDataDir = (name: string) => mkdtempSync(join(tmpdir(), `pw-${name}-`));

/** Removes a data folder (PostgreSQL's files belong to another user; root may remove them). */
export const removeDataDir = (dir: string) => rmSync(dir, { recursive: true, force: true });

/** Whether a process with this pid is still there (a zombie counts as gone). */
export function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return !/^\d+ \(.*\) Z/.test(stat);
  } catch {
    return true;
  }
}

/**
 * Processes whose working folder is inside `dir`, or that run with it as PARITRANA_DATA_DIR (the
 * run command's worker processes): what a run command leaves if it leaks.
 */
export function processesIn(dir: string): number[] {
  const found: number[] = [];
  for (const entry of readdirSync('/proc')) {
    const pid = Number(entry);
    if (!Number.isInteger(pid) || pid === process.pid) {
      continue;
    }
    try {
      const cwd = readlinkSync(`/proc/${pid}/cwd`);
      const env = readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0');
      const inside = cwd === dir || cwd.startsWith(`${dir}/`);
      if ((inside || env.includes(`PARITRANA_DATA_DIR=${dir}`)) && running(pid)) {
        found.push(pid);
      }
    } catch {
      // gone, or not ours to look at
    }
  }
  return found;
}

/** The run command's worker processes now: service name → pids (its children running a service). */
export function workerProcessesOf(runPid: number): Record<string, number[]> {
  const found: Record<string, number[]> = {};
  for (const entry of readdirSync('/proc')) {
    const pid = Number(entry);
    if (!Number.isInteger(pid)) {
      continue;
    }
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
      const at = argv.findIndex((a) => a.endsWith('run-pipeline.ts'));
      if (ppid === runPid && at >= 0 && argv[at + 1] && running(pid)) {
        (found[argv[at + 1]!] ??= []).push(pid);
      }
    } catch {
      // gone
    }
  }
  return found;
}

/** Starts the run command (`args`: e.g. ['store']) on `dataDir`; resolves once it says it runs. */
export async function startRunCommand(
  dataDir: string,
  extraEnv: NodeJS.ProcessEnv = {},
  sourcesFile: string = writeSourcesFile([]),
  args: string[] = [],
): Promise<RunCommand> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    SOURCES_FILE: sourcesFile,
    FETCH_ALLOW_PRIVATE: '127.0.0.1',
    API_PORT: '0',
    LOG_LEVEL: 'info',
    PARITRANA_DATA_DIR: dataDir,
    ...extraEnv,
  };
  delete env.REDIS_URL;
  delete env.MONGODB_URL;
  const child = spawn(process.execPath, ['infra/local/run-pipeline.ts', ...args], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    // its own process group: the tests signal or kill the whole group
    detached: true,
  });
  const exited = new Promise<number | string>((r) =>
    child.once('exit', (code, signal) => r(code ?? signal ?? 'unknown')),
  );
  const lines: LogLine[] = [];
  const stderr: string[] = [];
  createInterface({ input: child.stdout as NodeJS.ReadableStream }).on('line', (line) => {
    try {
      lines.push(JSON.parse(line) as LogLine);
    } catch {
      lines.push({ msg: line });
    }
  });
  createInterface({ input: child.stderr as NodeJS.ReadableStream }).on('line', (line) => {
    stderr.push(line);
  });
  let gone = false;
  void exited.then(() => {
    gone = true;
  });
  const waitForLine = async (
    what: string,
    match: (l: LogLine) => boolean,
    timeoutMs = 90_000,
  ): Promise<LogLine> => {
    try {
      return await eventually(
        what,
        () => {
          const found = lines.find(match);
          if (!found && gone) {
            throw new Error(`the run command exited before ${what}: ${stderr.join('\n')}`);
          }
          return Promise.resolve(found);
        },
        timeoutMs,
      );
    } catch (err) {
      const recent = lines.slice(-15).map((l) => JSON.stringify(l).slice(0, 400));
      throw new Error(`${(err as Error).message}\nlast log lines:\n${recent.join('\n')}`);
    }
  };
  const killGroup = () => {
    if (child.pid && child.exitCode === null && child.signalCode === null) {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  };
  try {
    const started = await waitForLine(
      'local services started',
      (l) => l.msg === 'local services started',
    );
    const running = await waitForLine(
      'pipeline running',
      (l) => l.msg === 'pipeline running; Ctrl-C stops it',
    );
    const urls = (running.urls ?? {}) as Record<string, string>;
    return {
      child,
      pid: child.pid as number,
      redisUrl: started.redisUrl as string,
      mongoUrl: started.mongoUrl as string,
      apiUrl: urls.api ?? null,
      servicePids: started.pids as Record<string, number>,
      lines,
      exited,
      waitForLine,
      killGroup,
      tail: () =>
        [
          ...lines.slice(-25).map((l) => JSON.stringify(l).slice(0, 400)),
          ...stderr.slice(-10),
        ].join('\n'),
    };
  } catch (err) {
    killGroup();
    throw err;
  }
}
