// The README's run command: local Redis and FerretDB (on PostgreSQL) when no URLs are configured,
// their data in one folder kept between runs, then the services.
//   node infra/local/run-pipeline.ts            all four services in this one process
//   node infra/local/run-pipeline.ts crawler    one service (or SERVICE=crawler), as in production
//   node infra/local/run-pipeline.ts store      the local Redis and FerretDB alone
// PARITRANA_DATA_DIR moves the data folder (default: data/ at the repo root).
// PARITRANA_WORKERS: with `all`, `processes` (the default on two cores or more) runs the crawler
// (PARITRANA_CRAWLER_PROCESSES of them, default 2), classifier and extractor each as a child process
// (this file with the service's name and the store URLs), restarted if one dies; the api stays in
// this process. `single` runs all four here.
import { spawn, type ChildProcess } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { announce, startApi } from '@pw/api';
import { startClassifier } from '@pw/classifier';
import { fetchJobHost, startCrawler } from '@pw/crawler';
import { startExtractor } from '@pw/extractor';
import {
  createLifecycle,
  createLogger,
  loadConfig,
  type RunningService,
  type ServiceContext,
} from '@pw/runtime';
import { redisOptions, startWorkerTelemetry } from '@pw/queues';
import { connectMongo, createArticleRepository, type Mongo } from '@pw/storage';
import { Redis } from 'ioredis';
import { startLocalServices, type LocalServices } from './services.ts';

type Starter = (ctx: ServiceContext & { mongo: Mongo }) => RunningService | Promise<RunningService>;

const starters: Record<string, Starter> = {
  crawler: startCrawler,
  classifier: startClassifier,
  extractor: startExtractor,
  api: startApi,
};

// `store`: only the local Redis and FerretDB (e.g. for `pnpm cli restore` with the pipeline stopped)
const wanted = process.argv[2] ?? process.env.SERVICE ?? 'all';
if (wanted !== 'all' && wanted !== 'store' && !(wanted in starters)) {
  const names = ['all', 'store', ...Object.keys(starters)].join(', ');
  console.error(`unknown service "${wanted}": use one of ${names}`);
  process.exit(2);
}

const positive = (name: string, fallback: number) => {
  const raw = process.env[name];
  const n = raw === undefined || raw === '' ? fallback : Number(raw);
  if (!Number.isFinite(n) || n <= 0) {
    console.error(`${name} must be a positive number, got "${raw}"`);
    process.exit(2);
  }
  return n;
};

const bootLogger = createLogger({ logLevel: process.env.LOG_LEVEL ?? 'info' });
let local: LocalServices | null = null;
// Whatever way this process ends, nothing it started is left running.
process.on('exit', () => local?.killNow());
// Until the lifecycle below takes over, a signal ends the start-up (and the exit hook the servers).
const earlyExit = () => process.exit(130);
process.once('SIGINT', earlyExit);
process.once('SIGTERM', earlyExit);

let giveUp: (reason: string) => void = (reason) => {
  bootLogger.fatal({ reason }, 'a local service failed');
  process.exit(1);
};
if (!process.env.REDIS_URL || !process.env.MONGODB_URL) {
  try {
    local = await startLocalServices(process.env, {
      dataDir: resolve(
        process.env.PARITRANA_DATA_DIR ?? resolve(import.meta.dirname, '../../data'),
      ),
      restartBackoffMs: positive('PARITRANA_RESTART_BACKOFF_MS', 250),
      maxRestarts: positive('PARITRANA_RESTART_MAX', 5),
      restartWindowMs: positive('PARITRANA_RESTART_WINDOW_MS', 60_000),
      log: bootLogger,
      onGiveUp: (reason) => giveUp(reason),
    });
  } catch (err) {
    bootLogger.fatal({ err: (err as Error).message }, 'local services did not start');
    process.exit(1);
  }
  bootLogger.info(
    {
      started: local.started,
      redisUrl: local.redisUrl,
      mongoUrl: local.mongoUrl,
      dataDir: local.dataDir,
      store: local.store,
      pids: local.pids(),
    },
    'local services started',
  );
}
let config;
try {
  config = loadConfig({
    ...process.env,
    REDIS_URL: local?.redisUrl ?? process.env.REDIS_URL,
    MONGODB_URL: local?.mongoUrl ?? process.env.MONGODB_URL,
  });
} catch (err) {
  await local?.stop();
  console.error((err as Error).message);
  process.exit(2);
}
const logger = createLogger(config);
const lifecycle = createLifecycle(logger, { graceMs: config.shutdownGraceMs });
process.off('SIGINT', earlyExit);
process.off('SIGTERM', earlyExit);
lifecycle.handleSignals();
if (local) {
  const services = local;
  // registered first, so stopped last: after every service has let go of its connections
  lifecycle.onShutdown('local services', () => services.stop());
  // On a signal: no more restarts, and the servers are stopped before the grace period ends even
  // when a service's close hangs (e.g. on a Redis that is down).
  const graceMs = config.shutdownGraceMs;
  const stopServersInTime = () => {
    services.stopSupervising();
    setTimeout(() => void services.stop(), Math.max(graceMs - 11_000, graceMs / 2)).unref();
  };
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, stopServersInTime);
  }
  giveUp = (reason) => {
    logger.fatal({ reason }, 'a local service cannot be kept running; stopping everything');
    stopServersInTime();
    setTimeout(() => process.exit(1), graceMs).unref();
    void lifecycle.stop('local service failed').finally(() => process.exit(1));
  };
}
const mongo = await connectMongo(config.mongo);
lifecycle.onShutdown('mongo', () => mongo.close());

const workerNames = ['crawler', 'classifier', 'extractor'];
// With `all` on a machine of two cores or more, the three workers run as child processes by
// default (one Node event loop is not enough for the pipeline on a busy day); `single` keeps
// everything in this process.
const workersMode =
  process.env.PARITRANA_WORKERS || (availableParallelism() >= 2 ? 'processes' : 'single');
if (workersMode !== 'processes' && workersMode !== 'single') {
  logger.fatal(`PARITRANA_WORKERS must be "processes" or "single", got "${workersMode}"`);
  await lifecycle.stop('bad configuration');
  process.exit(2);
}
const asProcesses = wanted === 'all' && workersMode === 'processes';
let workersReady: Promise<void> = Promise.resolve();
if (asProcesses) {
  workersReady = superviseWorkerProcesses({
    REDIS_URL: config.redis.url,
    MONGODB_URL: config.mongo.url,
  });
  // awaited once the api is up (a start failure is reported there, not as an unhandled rejection)
  workersReady.catch(() => undefined);
}

/**
 * Starts the crawlers (PARITRANA_CRAWLER_PROCESSES, default 2), the classifier and the extractor as
 * child processes (this file with the service's name and the store URLs) and keeps them running: a child that dies is started again after a
 * backoff; more than PARITRANA_RESTART_MAX deaths of one within PARITRANA_RESTART_WINDOW_MS stop
 * everything (exit 1 with the reason), as for the local servers. Resolves once each child said it
 * is ready; a child that dies before that stops the start.
 */
function superviseWorkerProcesses(storeUrls: {
  REDIS_URL: string;
  MONGODB_URL: string;
}): Promise<void> {
  const children = new Map<string, ChildProcess>();
  const deaths = new Map<string, number[]>();
  const backoffMs = positive('PARITRANA_RESTART_BACKOFF_MS', 250);
  const maxRestarts = positive('PARITRANA_RESTART_MAX', 5);
  const windowMs = positive('PARITRANA_RESTART_WINDOW_MS', 60_000);
  let stopping = false;
  const childEnv = {
    ...process.env,
    ...storeUrls,
    PARITRANA_WORKERS: 'single',
  };
  const startChild = (name: string, onReady?: (err?: Error) => void) => {
    const child = spawn(process.execPath, [import.meta.filename, name.split('#')[0]!], {
      env: childEnv,
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    children.set(name, child);
    child.on('message', (m: unknown) => {
      if ((m as { type?: unknown } | null)?.type === 'ready') {
        onReady?.();
        onReady = undefined;
      }
    });
    child.once('exit', (code, signal) => {
      children.delete(name);
      // a Ctrl-C reaches the whole process group: give this process's own handler its turn
      setTimeout(() => died(code, signal), 50);
    });
    const died = (code: number | null, signal: NodeJS.Signals | null) => {
      if (stopping) {
        return;
      }
      if (onReady) {
        onReady(new Error(`the ${name} process exited (${signal ?? code}) before it was ready`));
        return;
      }
      const now = Date.now();
      const recent = [...(deaths.get(name) ?? []), now].filter((t) => now - t < windowMs);
      deaths.set(name, recent);
      if (recent.length > maxRestarts) {
        const reason = `the ${name} process died ${recent.length} times within ${windowMs} ms`;
        logger.fatal({ service: name, reason }, 'giving up on a worker process');
        giveUp(reason);
        return;
      }
      const delay = backoffMs * 2 ** (recent.length - 1);
      logger.error(
        { service: name, code, signal, restartInMs: delay },
        'a worker process died; starting it again',
      );
      setTimeout(() => !stopping && startChild(name), delay).unref();
    };
  };
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      stopping = true;
    });
  }
  // registered after the stores, so stopped before them
  lifecycle.onShutdown('worker processes', async () => {
    stopping = true;
    await Promise.all(
      [...children.values()].map(
        (child) =>
          new Promise<void>((done) => {
            if (child.exitCode !== null || child.signalCode !== null) {
              done();
              return;
            }
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      ),
    );
  });
  // whatever way this process ends, its worker processes end with it
  process.on('exit', () => children.forEach((child) => child.kill('SIGKILL')));
  // two crawler processes by default: a fetch job spends most of its time waiting on its process's
  // event loop and Redis round trips, not on the CPU (with one, the 40 x 50 news world ran at
  // ~101 articles/s; with two, ~121)
  const crawlers = positive('PARITRANA_CRAWLER_PROCESSES', 2);
  const slots = workerNames.flatMap((name) =>
    name === 'crawler'
      ? Array.from({ length: crawlers }, (_, i) => (i === 0 ? name : `${name}#${i + 1}`))
      : [name],
  );
  return Promise.all(
    slots.map(
      (name) =>
        new Promise<void>((ok, fail) => startChild(name, (err) => (err ? fail(err) : ok()))),
    ),
  ).then(() => undefined);
}

// one worker service in this process (a worker process of the run command, or `run-pipeline.ts
// crawler`): its job counters go to Redis for the api's /metrics, as the services' own mains do
// (no heartbeat file: the run command watches its worker processes itself)
if (workerNames.includes(wanted)) {
  const hot = new Redis(redisOptions(config.redis.url, 'worker'));
  hot.on('error', (err) => logger.debug({ err: err.message }, 'redis connection error'));
  const articles = createArticleRepository(mongo.db, { redis: hot, prefix: config.redis.prefix });
  const telemetry = startWorkerTelemetry({
    redis: config.redis,
    logger,
    // fetches are counted by host: the article a fetch job names holds its URL
    hostOf: fetchJobHost(articles),
  });
  lifecycle.onShutdown('worker telemetry', async () => {
    await telemetry.close();
    await hot.quit().catch(() => hot.disconnect());
  });
}

const urls: Record<string, string> = {};
try {
  for (const [name, start] of Object.entries(starters)) {
    if (asProcesses && workerNames.includes(name)) {
      continue;
    }
    if (wanted === 'all' || wanted === name) {
      const service = await start({ config, logger, mongo });
      if ('url' in service && typeof service.url === 'string') {
        urls[name] = service.url;
      }
      for (const [closerName, close] of service.closers.toReversed()) {
        lifecycle.onShutdown(closerName, close);
      }
    }
  }
  await workersReady;
} catch (err) {
  logger.fatal({ err }, 'a service did not start');
  await lifecycle.stop('start failed');
  process.exit(1);
}
if (process.send) {
  // a worker process of the run command: it says it runs (and the channel keeps it no longer),
  // and stops when the run command is gone (a kill -9 of it leaves no worker behind)
  process.send({ type: 'ready' });
  process.channel?.unref();
  process.once('disconnect', () => {
    logger.warn({ service: wanted }, 'the run command is gone; stopping');
    // its Redis and store may be gone with it: a close that hangs must not keep this process
    setTimeout(() => process.exit(1), config.shutdownGraceMs).unref();
    void lifecycle.stop('run command gone').then(() => process.exit(0));
  });
  logger.info({ service: wanted }, 'worker process running');
} else {
  logger.info(
    { services: wanted, workers: asProcesses ? 'processes' : 'single', urls },
    'pipeline running; Ctrl-C stops it',
  );
  await announce({
    apiUrl: urls.api ?? null,
    config,
    dataDir: local?.dataDir ?? null,
    db: mongo.db,
    services: wanted,
    logger,
  });
}
