// The README's run command: local Redis and FerretDB (on PostgreSQL) when no URLs are configured,
// their data in one folder kept between runs, then the services.
//   node infra/local/run-pipeline.ts            all four services in this one process
//   node infra/local/run-pipeline.ts crawler    one service (or SERVICE=crawler), as in production
//   node infra/local/run-pipeline.ts store      the local Redis and FerretDB alone
// PARITRANA_DATA_DIR moves the data folder (default: data/ at the repo root).
// PARITRANA_WORKERS=processes: with `all`, the crawler, classifier and extractor each run as a
// child process (this file with the service's name and the store URLs), restarted if one dies;
// the api stays in this process. The default runs all four here.
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { announce, startApi } from '@pw/api';
import { startClassifier } from '@pw/classifier';
import { startCrawler } from '@pw/crawler';
import { startExtractor } from '@pw/extractor';
import {
  createLifecycle,
  createLogger,
  loadConfig,
  type RunningService,
  type ServiceContext,
} from '@pw/runtime';
import { connectMongo, type Mongo } from '@pw/storage';
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
const asProcesses = wanted === 'all' && process.env.PARITRANA_WORKERS === 'processes';
if (asProcesses) {
  const children = new Map<string, ChildProcess>();
  let stopping = false;
  const childEnv = {
    ...process.env,
    REDIS_URL: config.redis.url,
    MONGODB_URL: config.mongo.url,
    PARITRANA_WORKERS: '',
  };
  const startChild = (name: string) => {
    const child = spawn(process.execPath, [import.meta.filename, name], {
      env: childEnv,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    children.set(name, child);
    child.once('exit', (code, signal) => {
      children.delete(name);
      if (!stopping) {
        logger.error({ service: name, code, signal }, 'a worker process died; starting it again');
        setTimeout(() => !stopping && startChild(name), 1_000).unref();
      }
    });
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
  workerNames.forEach(startChild);
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
} catch (err) {
  logger.fatal({ err }, 'a service did not start');
  await lifecycle.stop('start failed');
  process.exit(1);
}
logger.info({ services: wanted, urls }, 'pipeline running; Ctrl-C stops it');
await announce({
  apiUrl: urls.api ?? null,
  config,
  dataDir: local?.dataDir ?? null,
  db: mongo.db,
  services: wanted,
  logger,
});
