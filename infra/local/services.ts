// The only code that starts servers: the run command, the bench and the tests' globalSetup use it.
// redis-server (append-only file) and FerretDB v1.24 on PostgreSQL (or SQLite), each supervised:
// one that dies is started again with backoff on the same port and data; after too many deaths in a
// window the supervisor gives up and says why.
import { execFile, execFileSync, spawn, type ChildProcess } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { Redis } from 'ioredis';
import { MongoClient } from 'mongodb';

const run = promisify(execFile);

/** Which FerretDB backend: PostgreSQL (default, serves in milliseconds) or SQLite (scans). */
export type LocalStore = 'postgres' | 'sqlite';
export type LocalServiceName = 'redis' | 'postgres' | 'ferretdb';

/** Where the supervisor reports (pino's logger fits). */
export interface ServicesLog {
  info: (obj: object, msg: string) => void;
  warn: (obj: object, msg: string) => void;
  error: (obj: object, msg: string) => void;
}

export interface LocalServicesOptions {
  /** Keep data here, reused on the next start. Without it: a temp folder, removed on stop. */
  dataDir?: string;
  /** Default: PARITRANA_LOCAL_STORE from the environment, else 'postgres'. */
  store?: LocalStore;
  /** Called once when a service keeps dying and is not started again; stop() is still needed. */
  onGiveUp?: (reason: string) => void;
  /** First restart delay (doubles per recent death, at most 10 s). Default 250. */
  restartBackoffMs?: number;
  /** More deaths than this within restartWindowMs: give up. Default 5. */
  maxRestarts?: number;
  restartWindowMs?: number;
  /** SIGTERM, then SIGKILL after this long. Default 5000. */
  stopTimeoutMs?: number;
  log?: ServicesLog;
  /** Where a service's port comes from. Default: a free 127.0.0.1 port (tests hand out a taken one). */
  pickPort?: () => Promise<number>;
}

/** URLs of the services, and how to stop what was started. */
export interface LocalServices {
  redisUrl: string;
  mongoUrl: string;
  /** Where the data lives (a temp folder unless options.dataDir was given). */
  dataDir: string;
  store: LocalStore;
  /** What was started here (empty when both URLs came from the environment). */
  started: string[];
  /** Process ids of what runs now, by service. */
  pids: () => Partial<Record<LocalServiceName, number>>;
  /** Stops redis-server and starts it again on the same port (outage tests). */
  restartRedis: (downMs?: number) => Promise<void>;
  /** Stops FerretDB and starts it again on the same port and data (outage tests). */
  restartMongo: (downMs?: number) => Promise<void>;
  /** No more restarts from here on (shutdown has begun); what runs keeps running. */
  stopSupervising: () => void;
  /** Stops everything started here; removes a temp data folder. Safe to call twice. */
  stop: () => Promise<void>;
  /** SIGKILLs whatever is still running, synchronously: for process.on('exit'). */
  killNow: () => void;
}

const repoRoot = resolve(import.meta.dirname, '../..');
const PG_USER = 'paritrana';
const PG_DB = 'ferretdb';
/** FerretDB's PostgreSQL connections, below the server's `max_connections` (200). */
const FERRETDB_PG_CONNECTIONS = 150;
const PG_PORT = 5432;
/** Gives FerretDB's btree indexes the GIN twins its `@>` look-ups can use. */
const IndexTwinsSql = fileURLToPath(new URL('./postgres-index-twins.sql', import.meta.url));

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.once('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => ok(port));
    });
  });
}

/** How many ports a first start tries before it gives up. */
const PORT_ATTEMPTS = 3;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitFor(
  what: string,
  check: () => Promise<void>,
  timeoutMs: number,
  proc?: ChildProcess,
  lastLines?: () => string,
) {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    if (proc && (proc.exitCode !== null || proc.signalCode !== null)) {
      throw new Error(
        `${what} exited (${proc.exitCode ?? proc.signalCode}) before it answered${tail(lastLines)}`,
      );
    }
    try {
      await check();
      return;
    } catch (err) {
      last = err;
      await sleep(100);
    }
  }
  throw new Error(
    `${what} did not answer within ${timeoutMs} ms: ${String(last)}${tail(lastLines)}`,
  );
}

const tail = (lastLines?: () => string) => {
  const text = lastLines?.().trim().split('\n').slice(-5).join('\n');
  return text ? `\n${text}` : '';
};

function findFerretDb(): string {
  const candidates = [process.env.FERRETDB_BIN, join(repoRoot, '.tools/bin/ferretdb')].filter(
    (p): p is string => Boolean(p),
  );
  const found = candidates.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      'ferretdb not found: run `bash infra/scripts/install.sh` (or set FERRETDB_BIN)',
    );
  }
  return found;
}

/**
 * The bin folder of Debian's PostgreSQL (or PARITRANA_PG_BIN): the version a cluster was made
 * with (`cluster`/PG_VERSION), else the newest.
 */
export function findPostgresBin(env: NodeJS.ProcessEnv = process.env, cluster?: string): string {
  if (env.PARITRANA_PG_BIN) {
    return env.PARITRANA_PG_BIN;
  }
  const base = '/usr/lib/postgresql';
  const made = cluster ? readVersion(join(cluster, 'PG_VERSION')) : null;
  if (made) {
    if (existsSync(join(base, made, 'bin/postgres'))) {
      return join(base, made, 'bin');
    }
    throw new Error(
      `the PostgreSQL cluster in ${cluster} was made by PostgreSQL ${made}, which is not installed: ` +
        `apt-get install postgresql-${made} (then move it to the new version with pg_upgrade), ` +
        'or set PARITRANA_PG_BIN',
    );
  }
  const versions = existsSync(base)
    ? readdirSync(base)
        .filter((v) => existsSync(join(base, v, 'bin/postgres')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (versions.length === 0) {
    throw new Error(
      'PostgreSQL not found under /usr/lib/postgresql: run `bash infra/scripts/install.sh` ' +
        '(or set PARITRANA_PG_BIN, or PARITRANA_LOCAL_STORE=sqlite)',
    );
  }
  return join(base, versions[0] as string, 'bin');
}

const readVersion = (file: string): string | null => {
  try {
    return readFileSync(file, 'utf8').trim() || null;
  } catch {
    return null;
  }
};

interface PgAccount {
  uid: number;
  gid: number;
  name: string;
}

/** PostgreSQL refuses to run as root: as root, it runs as `postgres` (or a created `paritrana-pg`). */
function postgresAccount(env: NodeJS.ProcessEnv): PgAccount | undefined {
  if (process.getuid?.() !== 0) {
    return undefined;
  }
  const lookup = (name: string) => {
    try {
      const [, , uid, gid] = execFileSync('getent', ['passwd', name], { encoding: 'utf8' })
        .trim()
        .split(':');
      return { name, uid: Number(uid), gid: Number(gid) };
    } catch {
      return undefined;
    }
  };
  const wanted = env.PARITRANA_PG_USER;
  if (wanted) {
    const found = lookup(wanted);
    if (!found) {
      throw new Error(`PARITRANA_PG_USER=${wanted}: no such system user`);
    }
    return found;
  }
  const found = lookup('postgres') ?? lookup('paritrana-pg');
  if (found) {
    return found;
  }
  execFileSync('useradd', [
    '--system',
    '--no-create-home',
    '--shell',
    '/usr/sbin/nologin',
    'paritrana-pg',
  ]);
  const created = lookup('paritrana-pg');
  if (!created) {
    throw new Error('could not create the system user paritrana-pg for PostgreSQL');
  }
  return created;
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
};

// Debian's redis-server is a link to redis-check-rdb
const serverNames = new Set(['redis-server', 'redis-check-rdb', 'postgres', 'ferretdb']);

/**
 * Server processes (redis-server, postgres, ferretdb; not this one) whose working folder is one of
 * `dirs`: left from an earlier run that was killed.
 */
function processesUsing(...dirs: string[]): number[] {
  const found: number[] = [];
  let entries: string[] = [];
  try {
    entries = readdirSync('/proc');
  } catch {
    return found;
  }
  for (const entry of entries) {
    const pid = Number(entry);
    if (!Number.isInteger(pid) || pid === process.pid) {
      continue;
    }
    try {
      const cwd = readlinkSync(`/proc/${pid}/cwd`);
      if (!dirs.includes(cwd)) {
        continue;
      }
      const exe = readlinkSync(`/proc/${pid}/exe`).replace(/ \(deleted\)$/, '');
      if (serverNames.has(exe.slice(exe.lastIndexOf('/') + 1))) {
        found.push(pid);
      }
    } catch {
      // gone, or not ours to look at
    }
  }
  return found;
}

/** Ends what an earlier run left behind in `dir` (orphans after a kill -9 of the run command). */
async function endLeftovers(dirs: string[], log?: ServicesLog) {
  let pids = processesUsing(...dirs);
  if (pids.length === 0) {
    return;
  }
  log?.warn({ pids, dirs }, 'stopping processes left from an earlier run');
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline && pids.some(alive)) {
    await sleep(100);
  }
  pids = pids.filter(alive);
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  while (pids.some(alive)) {
    await sleep(50);
  }
}

/** One run command per data folder: a lock file with the owner's pid; a dead owner's lock is stale. */
function takeLock(dataDir: string) {
  const lock = join(dataDir, 'paritrana.pid');
  if (existsSync(lock)) {
    const pid = Number(readFileSync(lock, 'utf8').trim());
    if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && alive(pid)) {
      let cmd = '';
      try {
        cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      } catch {
        // not readable: assume it is ours
        cmd = 'node';
      }
      if (cmd.includes('node')) {
        throw new Error(
          `the data folder ${dataDir} is in use by process ${pid}; stop it first, ` +
            'or set PARITRANA_DATA_DIR to another folder',
        );
      }
    }
  }
  writeFileSync(lock, `${process.pid}\n`);
  return () => {
    try {
      if (readFileSync(lock, 'utf8').trim() === String(process.pid)) {
        rmSync(lock);
      }
    } catch {
      // already gone
    }
  };
}

async function pingRedis(url: string) {
  const r = new Redis(url, {
    lazyConnect: true,
    // something else on the port may accept and never answer
    connectTimeout: 1000,
    commandTimeout: 1000,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  r.on('error', () => {});
  try {
    await r.connect();
    await r.ping();
  } finally {
    r.disconnect();
  }
}

async function pingMongo(url: string) {
  const c = new MongoClient(url, { serverSelectionTimeoutMS: 1000 });
  try {
    await c.connect();
    await c.db('admin').command({ ping: 1 });
  } finally {
    await c.close();
  }
}

/** How one service is started, checked and stopped. */
interface ServiceSpec {
  name: LocalServiceName;
  /** Before each start: clear what a dead predecessor left. */
  prepare?: () => Promise<void>;
  spawn: () => ChildProcess;
  ready: (proc: ChildProcess, lastLines: () => string) => Promise<void>;
  stopSignal: NodeJS.Signals;
}

/** A running, supervised child process. */
interface Supervised {
  spec: ServiceSpec;
  proc?: ChildProcess;
  lines: string[];
  deaths: number[];
  intentional: boolean;
  restartTimer?: NodeJS.Timeout;
  restarting?: Promise<void>;
}

/**
 * Starts redis-server and FerretDB (on PostgreSQL unless store is 'sqlite') on free 127.0.0.1
 * ports, unless REDIS_URL / MONGODB_URL are set, in which case those are used and nothing is
 * started for them. With options.dataDir the data stays there for the next start.
 */
export async function startLocalServices(
  env: NodeJS.ProcessEnv = process.env,
  options: LocalServicesOptions = {},
): Promise<LocalServices> {
  const store: LocalStore =
    options.store ?? (env.PARITRANA_LOCAL_STORE === 'sqlite' ? 'sqlite' : 'postgres');
  if (env.PARITRANA_LOCAL_STORE && !['sqlite', 'postgres'].includes(env.PARITRANA_LOCAL_STORE)) {
    throw new Error(`PARITRANA_LOCAL_STORE must be postgres or sqlite`);
  }
  const persistent = options.dataDir !== undefined;
  const dataDir = persistent
    ? resolve(options.dataDir as string)
    : mkdtempSync(join(tmpdir(), 'paritrana-services-'));
  const log = options.log;
  const backoffMs = options.restartBackoffMs ?? 250;
  const maxRestarts = options.maxRestarts ?? 5;
  const windowMs = options.restartWindowMs ?? 60_000;
  const stopTimeoutMs = options.stopTimeoutMs ?? 5000;

  const needRedis = !env.REDIS_URL;
  const needMongo = !env.MONGODB_URL;
  const started: string[] = [];
  const services = new Map<LocalServiceName, Supervised>();
  const cleanups: Array<() => void> = [];
  let supervising = true;
  let stopping: Promise<void> | undefined;
  let gaveUp = false;

  mkdirSync(dataDir, { recursive: true });
  // the PostgreSQL account must be able to pass through to its folder
  chmodSync(dataDir, 0o711);
  if (persistent && (needRedis || needMongo)) {
    cleanups.push(takeLock(dataDir));
    await endLeftovers(
      ['redis', 'postgres', 'ferretdb'].map((d) => join(dataDir, d)),
      log,
    );
  }

  // (a port found free may be taken by another process before the service binds it: a first
  // start that fails on "address already in use" is tried again on a new port, see startOnPort)
  const pickPort = options.pickPort ?? freePort;
  let redisPort = needRedis ? await pickPort() : 0;
  let mongoPort = needMongo ? await pickPort() : 0;
  let redisUrl = env.REDIS_URL ?? `redis://127.0.0.1:${redisPort}`;
  let mongoUrl = env.MONGODB_URL ?? `mongodb://127.0.0.1:${mongoPort}/`;

  const capture = (s: Supervised, proc: ChildProcess) => {
    const keep = (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split('\n')) {
        if (line.trim()) {
          s.lines.push(line);
        }
      }
      if (s.lines.length > 20) {
        s.lines.splice(0, s.lines.length - 20);
      }
    };
    proc.stdout?.on('data', keep);
    proc.stderr?.on('data', keep);
  };

  const stopProcess = (proc: ChildProcess, signal: NodeJS.Signals): Promise<void> =>
    new Promise((ok) => {
      if (proc.exitCode !== null || proc.signalCode !== null) {
        ok();
        return;
      }
      const kill = setTimeout(() => proc.kill('SIGKILL'), stopTimeoutMs);
      proc.once('exit', () => {
        clearTimeout(kill);
        ok();
      });
      proc.kill(signal);
    });

  /** Spawns the service and waits until it answers; on failure the process is stopped. */
  const launch = async (s: Supervised) => {
    await s.spec.prepare?.();
    if (stopping) {
      throw new Error(`${s.spec.name}: not started, shutting down`);
    }
    s.lines = [];
    const proc = s.spec.spawn();
    proc.once('error', (err) => s.lines.push(String(err)));
    capture(s, proc);
    s.proc = proc;
    // until it answers, a death is the start's failure (the caller's to handle), not a crash
    s.intentional = true;
    proc.once('exit', (code, signal) => onExit(s, proc, code, signal));
    try {
      await s.spec.ready(proc, () => s.lines.join('\n'));
    } catch (err) {
      await stopProcess(proc, 'SIGKILL');
      throw err;
    }
    if (proc.exitCode !== null || proc.signalCode !== null) {
      throw new Error(`${s.spec.name} exited right after it answered`);
    }
    s.intentional = false;
  };

  const giveUp = (reason: string) => {
    if (gaveUp) {
      return;
    }
    gaveUp = true;
    supervising = false;
    log?.error({ reason }, 'a local service cannot be kept running; giving up');
    options.onGiveUp?.(reason);
  };

  const onExit = (
    s: Supervised,
    proc: ChildProcess,
    code: number | null,
    signal: NodeJS.Signals | null,
  ) => {
    if (s.proc !== proc || s.intentional) {
      return;
    }
    died(s, signal ?? `code ${code}`);
  };

  /** Counts a death, then restarts after a backoff or gives up. */
  const died = (s: Supervised, how: string) => {
    if (stopping || !supervising) {
      return;
    }
    const now = Date.now();
    s.deaths = s.deaths.filter((t) => now - t < windowMs);
    s.deaths.push(now);
    if (s.deaths.length > maxRestarts) {
      giveUp(
        `${s.spec.name} died ${s.deaths.length} times within ${windowMs} ms (last: ${how})` +
          tail(() => s.lines.slice(-5).join('\n')),
      );
      return;
    }
    const delay = Math.min(backoffMs * 2 ** (s.deaths.length - 1), 10_000);
    log?.warn({ service: s.spec.name, exit: how, restartInMs: delay }, 'local service died');
    s.restartTimer = setTimeout(() => {
      s.restartTimer = undefined;
      s.restarting = launch(s)
        .then(() => log?.info({ service: s.spec.name }, 'local service restarted'))
        .catch((err: unknown) => {
          // counts as another death: retried with a longer delay, or given up
          died(s, `restart failed: ${(err as Error).message}`);
        })
        .finally(() => {
          s.restarting = undefined;
        });
    }, delay);
  };

  const supervise = async (spec: ServiceSpec) => {
    const s: Supervised = { spec, lines: [], deaths: [], intentional: false };
    services.set(spec.name, s);
    await launch(s);
    started.push(spec.name === 'redis' ? 'redis-server' : spec.name);
  };

  /**
   * Supervises a service on its port; when its first start fails because another process took
   * the port in the meantime, moves it to a new port (`repick`) and starts it again, a few times.
   * Later restarts keep the port: clients are connected to it by then.
   */
  const startOnPort = async (spec: ServiceSpec, repick: () => Promise<void>) => {
    for (let attempt = 1; ; attempt += 1) {
      try {
        await supervise(spec);
        return;
      } catch (err) {
        if (attempt >= PORT_ATTEMPTS || !/address already in use/i.test((err as Error).message)) {
          throw err;
        }
        log?.warn({ service: spec.name, attempt }, 'port taken before the service bound it');
        await repick();
      }
    }
  };

  // ---- redis-server: the append-only file in DATA/redis
  const redisDir = join(dataDir, 'redis');
  const redisSpec: ServiceSpec = {
    name: 'redis',
    spawn: () =>
      spawn(
        'redis-server',
        [
          '--port',
          String(redisPort),
          '--bind',
          '127.0.0.1',
          '--save',
          '',
          '--appendonly',
          'yes',
          '--appendfsync',
          'everysec',
          '--maxmemory-policy',
          'noeviction',
          '--dir',
          redisDir,
        ],
        { cwd: redisDir, stdio: ['ignore', 'pipe', 'pipe'] },
      ),
    ready: (proc, lines) => waitFor('redis-server', () => pingRedis(redisUrl), 30_000, proc, lines),
    stopSignal: 'SIGTERM',
  };

  // ---- PostgreSQL: a cluster in DATA/postgres, its socket there (or in a short temp folder)
  const pgDir = join(dataDir, 'postgres');
  let pgUrl = '';
  const syncCommit = env.PARITRANA_PG_SYNCHRONOUS_COMMIT;
  if (syncCommit && !['on', 'off', 'local'].includes(syncCommit)) {
    throw new Error('PARITRANA_PG_SYNCHRONOUS_COMMIT must be on, off or local');
  }
  const postgresSpec = (): ServiceSpec => {
    const bin = findPostgresBin(env, pgDir);
    const account = postgresAccount(env);
    const asPg = account ? { uid: account.uid, gid: account.gid } : {};
    mkdirSync(pgDir, { recursive: true, mode: 0o700 });
    if (account) {
      chownSync(pgDir, account.uid, account.gid);
    }
    chmodSync(pgDir, 0o700);
    let socketDir = pgDir;
    if (`${pgDir}/.s.PGSQL.${PG_PORT}.lock`.length > 100) {
      socketDir = mkdtempSync(join(tmpdir(), 'pw-pg-'));
      if (account) {
        chownSync(socketDir, account.uid, account.gid);
      }
      cleanups.push(() => rmSync(socketDir, { recursive: true, force: true }));
    }
    const pgEnv = { PATH: env.PATH, LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8', HOME: pgDir };
    const checkReach = () => {
      if (!account) {
        return;
      }
      const r = spawnSyncAs(account, pgDir);
      if (!r) {
        throw new Error(
          `PostgreSQL runs as the system user ${account.name}, which cannot write to ${pgDir}: ` +
            'let it pass through the parent folders (chmod o+x), set PARITRANA_DATA_DIR to ' +
            'another folder, or use PARITRANA_LOCAL_STORE=sqlite',
        );
      }
    };
    // FerretDB's pool (50 by default) is widened: its update commands hold one connection per
    // matching statement until they end, and a full pool waits for good (README, "FerretDB quirks")
    pgUrl =
      `postgres:///${PG_DB}?host=${encodeURIComponent(socketDir)}&port=${PG_PORT}` +
      `&user=${PG_USER}&pool_max_conns=${FERRETDB_PG_CONNECTIONS}`;
    const psql = (sql: string, db = 'postgres') =>
      run(
        join(bin, 'psql'),
        ['-h', socketDir, '-p', String(PG_PORT), '-U', PG_USER, '-d', db, '-tAqc', sql],
        { env: pgEnv },
      );
    return {
      name: 'postgres',
      prepare: async () => {
        checkReach();
        if (!existsSync(join(pgDir, 'PG_VERSION'))) {
          // a fresh cluster (an interrupted initdb leaves nothing worth keeping)
          for (const entry of readdirSync(pgDir)) {
            rmSync(join(pgDir, entry), { recursive: true });
          }
          await run(
            join(bin, 'initdb'),
            [
              '-D',
              pgDir,
              '-U',
              PG_USER,
              '--auth=trust',
              '-E',
              'UTF8',
              '--locale=C.UTF-8',
              '--no-instructions',
              ...(persistent ? [] : ['--no-sync']),
            ],
            { env: pgEnv, cwd: pgDir, ...asPg },
          );
        }
        // an earlier postmaster, killed, may leave its backends for a moment; they go on their own
        const lockFile = join(pgDir, 'postmaster.pid');
        const deadline = Date.now() + 10_000;
        while (existsSync(lockFile) && Date.now() < deadline) {
          const pid = Number(readFileSync(lockFile, 'utf8').split('\n')[0]);
          const leftover = processesUsing(pgDir);
          if (!alive(pid) && leftover.length === 0) {
            break;
          }
          if (alive(pid) && !leftover.includes(pid)) {
            // the pid was reused by something that is not this cluster's postmaster
            rmSync(lockFile, { force: true });
            break;
          }
          await sleep(100);
        }
        // the socket's lock file names the killed postmaster too, and postgres refuses to start
        // when that pid now belongs to another process: with no server left in the folder (and
        // the data folder ours alone), the socket and its lock are stale
        if (processesUsing(pgDir).length === 0) {
          for (const name of [`.s.PGSQL.${PG_PORT}.lock`, `.s.PGSQL.${PG_PORT}`]) {
            rmSync(join(socketDir, name), { force: true });
          }
        }
      },
      spawn: () =>
        spawn(
          join(bin, 'postgres'),
          [
            '-D',
            pgDir,
            '-k',
            socketDir,
            '-p',
            String(PG_PORT),
            '-c',
            'listen_addresses=',
            '-c',
            'unix_socket_permissions=0700',
            '-c',
            'max_connections=200',
            // FerretDB's field names are statement parameters: planned as constants, they let its
            // look-ups use the GIN twins of postgres-index-twins.sql
            '-c',
            'plan_cache_mode=force_custom_plan',
            // a temp cluster (tests, bench) need not survive a power cut
            ...(persistent
              ? []
              : ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off']),
            // each commit waits for its WAL flush (~10 ms on this disk); `off` answers at once and
            // may lose the last ~0.6 s of writes in a crash (never corrupts): a choice, not a default
            ...(syncCommit ? ['-c', `synchronous_commit=${syncCommit}`] : []),
          ],
          { cwd: pgDir, env: pgEnv, stdio: ['ignore', 'pipe', 'pipe'], ...asPg },
        ),
      ready: (proc, lines) =>
        waitFor(
          'postgres',
          async () => {
            const { stdout } = await psql(`SELECT 1 FROM pg_database WHERE datname = '${PG_DB}'`);
            if (stdout.trim() !== '1') {
              await psql(`CREATE DATABASE ${PG_DB}`);
            }
            // FerretDB's indexes get GIN twins its look-ups can use (postgres-index-twins.sql)
            await psql(readFileSync(IndexTwinsSql, 'utf8'), PG_DB);
          },
          120_000,
          proc,
          lines,
        ),
      // fast shutdown: ends the sessions, writes a checkpoint
      stopSignal: 'SIGINT',
    };
  };

  // ---- FerretDB: its state in DATA/ferretdb (and the SQLite files there, when that is the store)
  const ferretDir = join(dataDir, 'ferretdb');
  const ferretSpec = (): ServiceSpec => {
    const bin = findFerretDb();
    const backend =
      store === 'postgres'
        ? ['--handler=postgresql', `--postgresql-url=${pgUrl}`]
        : ['--handler=sqlite', `--sqlite-url=file:${join(ferretDir, 'sqlite')}/`];
    if (store === 'sqlite') {
      mkdirSync(join(ferretDir, 'sqlite'), { recursive: true });
    }
    return {
      name: 'ferretdb',
      spawn: () =>
        spawn(
          bin,
          [
            ...backend,
            `--listen-addr=127.0.0.1:${mongoPort}`,
            `--state-dir=${ferretDir}`,
            '--debug-addr=-',
            '--telemetry=disable',
            '--log-level=error',
          ],
          { cwd: ferretDir, stdio: ['ignore', 'pipe', 'pipe'] },
        ),
      ready: (proc, lines) => waitFor('ferretdb', () => pingMongo(mongoUrl), 60_000, proc, lines),
      stopSignal: 'SIGTERM',
    };
  };

  const stop = () =>
    (stopping ??= (async () => {
      supervising = false;
      for (const s of services.values()) {
        clearTimeout(s.restartTimer);
      }
      // a restart in flight is not waited for: from here on it spawns nothing, and what it
      // spawned already is s.proc, stopped below (its start then fails, and no one counts it)
      // FerretDB first, so PostgreSQL sees its clients go; then the stores
      const stopOne = async (name: LocalServiceName) => {
        const s = services.get(name);
        if (s?.proc) {
          s.intentional = true;
          await stopProcess(s.proc, s.spec.stopSignal);
        }
      };
      await stopOne('ferretdb');
      await Promise.all([stopOne('postgres'), stopOne('redis')]);
      for (const cleanup of cleanups.toReversed()) {
        cleanup();
      }
      if (!persistent) {
        rmSync(dataDir, { recursive: true, force: true });
      }
    })());

  const killNow = () => {
    for (const s of services.values()) {
      if (s.proc && s.proc.exitCode === null && s.proc.signalCode === null) {
        s.proc.kill('SIGKILL');
      }
    }
  };

  try {
    if (needRedis) {
      mkdirSync(redisDir, { recursive: true, mode: 0o700 });
      await startOnPort(redisSpec, async () => {
        redisPort = await pickPort();
        redisUrl = `redis://127.0.0.1:${redisPort}`;
      });
    }
    if (needMongo) {
      mkdirSync(ferretDir, { recursive: true, mode: 0o700 });
      if (store === 'postgres') {
        await supervise(postgresSpec());
      }
      await startOnPort(ferretSpec(), async () => {
        mongoPort = await pickPort();
        mongoUrl = `mongodb://127.0.0.1:${mongoPort}/`;
      });
    }
  } catch (err) {
    await stop();
    throw err;
  }

  if (persistent && started.length > 0) {
    // for other commands on this data folder (`pnpm cli backup`): where the store is, while it runs
    const file = join(dataDir, 'services.json');
    writeFileSync(
      file,
      `${JSON.stringify({ pid: process.pid, redisUrl, mongoUrl, store, startedAt: new Date() })}\n`,
    );
    cleanups.push(() => rmSync(file, { force: true }));
  }

  const restart =
    (name: LocalServiceName) =>
    async (downMs = 0) => {
      const s = services.get(name);
      if (!s?.proc) {
        throw new Error(`${name} was not started here, so it cannot be restarted`);
      }
      clearTimeout(s.restartTimer);
      await s.restarting?.catch(() => undefined);
      s.intentional = true;
      await stopProcess(s.proc, s.spec.stopSignal);
      await sleep(downMs);
      await launch(s);
    };

  return {
    redisUrl,
    mongoUrl,
    dataDir,
    store,
    started,
    pids: () => {
      const out: Partial<Record<LocalServiceName, number>> = {};
      for (const [name, s] of services) {
        if (s.proc?.pid && s.proc.exitCode === null && s.proc.signalCode === null) {
          out[name] = s.proc.pid;
        }
      }
      return out;
    },
    restartRedis: restart('redis'),
    restartMongo: restart('ferretdb'),
    stopSupervising: () => {
      supervising = false;
      for (const s of services.values()) {
        clearTimeout(s.restartTimer);
      }
    },
    stop,
    killNow,
  };
}

/** Whether the account can write to `dir` (so PostgreSQL will be able to use it). */
function spawnSyncAs(account: PgAccount, dir: string): boolean {
  try {
    execFileSync('/bin/sh', ['-c', 'test -w "$1" && test -x "$1"', 'sh', dir], {
      uid: account.uid,
      gid: account.gid,
      cwd: '/',
      stdio: 'ignore',
    });
    return true;
  } catch {
    return false;
  }
}
