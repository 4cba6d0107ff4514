// The only code that starts servers: the run command and the tests' globalSetup both use it.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Redis } from 'ioredis';
import { MongoClient } from 'mongodb';

/** URLs of the services, and how to stop what was started. */
export interface LocalServices {
  redisUrl: string;
  mongoUrl: string;
  /** What was started here (empty when both URLs came from the environment). */
  started: string[];
  /** Stops redis-server and starts it again on the same port (outage tests). */
  restartRedis: (downMs?: number) => Promise<void>;
  /** Stops FerretDB and starts it again on the same port and data (outage tests). */
  restartMongo: (downMs?: number) => Promise<void>;
  stop: () => Promise<void>;
}

const repoRoot = resolve(import.meta.dirname, '../..');

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

async function waitFor(
  what: string,
  check: () => Promise<void>,
  timeoutMs: number,
  proc?: ChildProcess,
) {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    if (proc && proc.exitCode !== null) {
      throw new Error(`${what} exited with code ${proc.exitCode} before it answered`);
    }
    try {
      await check();
      return;
    } catch (err) {
      last = err;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`${what} did not answer within ${timeoutMs} ms: ${String(last)}`);
}

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

function stopProcess(proc: ChildProcess): Promise<void> {
  return new Promise((ok) => {
    if (proc.exitCode !== null || proc.signalCode !== null) {
      ok();
      return;
    }
    const kill = setTimeout(() => proc.kill('SIGKILL'), 5000);
    proc.once('exit', () => {
      clearTimeout(kill);
      ok();
    });
    proc.kill('SIGTERM');
  });
}

async function pingRedis(url: string) {
  const r = new Redis(url, {
    lazyConnect: true,
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

/**
 * Starts redis-server and FerretDB (SQLite) on free 127.0.0.1 ports with their own temp folders,
 * unless REDIS_URL / MONGODB_URL are set, in which case those are used and nothing is started.
 */
export async function startLocalServices(
  env: NodeJS.ProcessEnv = process.env,
): Promise<LocalServices> {
  const dir = mkdtempSync(join(tmpdir(), 'paritrana-services-'));
  const procs = new Map<string, ChildProcess>();
  const started: string[] = [];

  const redisPort = env.REDIS_URL ? 0 : await freePort();
  const mongoPort = env.MONGODB_URL ? 0 : await freePort();
  const redisUrl = env.REDIS_URL ?? `redis://127.0.0.1:${redisPort}`;
  const mongoUrl = env.MONGODB_URL ?? `mongodb://127.0.0.1:${mongoPort}/`;

  const spawnRedis = async () => {
    const p = spawn(
      'redis-server',
      [
        '--port',
        String(redisPort),
        '--bind',
        '127.0.0.1',
        '--save',
        '',
        // AOF in the temp folder, so a restart (the outage tests) keeps the queues, as production does
        '--appendonly',
        'yes',
        '--appendfsync',
        'everysec',
        '--maxmemory-policy',
        'noeviction',
        '--dir',
        dir,
      ],
      { stdio: 'ignore' },
    );
    p.once('error', () => {});
    procs.set('redis', p);
    await waitFor('redis-server', () => pingRedis(redisUrl), 15_000, p);
  };
  const spawnFerret = async () => {
    const p = spawn(
      findFerretDb(),
      [
        '--handler=sqlite',
        `--sqlite-url=file:${join(dir, 'ferretdb')}/`,
        `--listen-addr=127.0.0.1:${mongoPort}`,
        '--state-dir=-',
        '--debug-addr=-',
        '--telemetry=disable',
        '--log-level=error',
      ],
      { stdio: 'ignore' },
    );
    p.once('error', () => {});
    procs.set('mongo', p);
    await waitFor('ferretdb', () => pingMongo(mongoUrl), 30_000, p);
  };

  const stop = async () => {
    await Promise.all([...procs.values()].map(stopProcess));
    procs.clear();
    rmSync(dir, { recursive: true, force: true });
  };

  try {
    if (!env.REDIS_URL) {
      await spawnRedis();
      started.push('redis-server');
    }
    if (!env.MONGODB_URL) {
      const { mkdirSync } = await import('node:fs');
      mkdirSync(join(dir, 'ferretdb'), { recursive: true });
      await spawnFerret();
      started.push('ferretdb');
    }
  } catch (err) {
    await stop();
    throw err;
  }

  const restart =
    (name: 'redis' | 'mongo', spawnIt: () => Promise<void>) =>
    async (downMs = 0) => {
      const p = procs.get(name);
      if (!p) {
        throw new Error(`${name} was not started here, so it cannot be restarted`);
      }
      await stopProcess(p);
      await new Promise((r) => setTimeout(r, downMs));
      await spawnIt();
    };

  return {
    redisUrl,
    mongoUrl,
    started,
    restartRedis: restart('redis', spawnRedis),
    restartMongo: restart('mongo', spawnFerret),
    stop,
  };
}
