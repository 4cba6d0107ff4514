import type { AddressInfo } from 'node:net';
import { Redis } from 'ioredis';
import { QueueName, createProducer, jobIdFor, redisOptions } from '@pw/queues';
import type { RunningService, ServiceContext } from '@pw/runtime';
import { ensureReviewIndexes, type Mongo } from '@pw/storage';
import { loadApiConfig, type ApiConfig } from './api-config.ts';
import { buildApp } from './app.ts';
import { firstAdminHint } from './auth.ts';
import { startNotifier } from './notifier.ts';
import { startOps } from './ops.ts';
import { createQueueProbe } from './queue-probe.ts';
import { startSeasonWatch } from './season-timer.ts';

/** What the api process needs; apiConfig defaults to the environment's. */
export interface ApiDeps extends ServiceContext {
  mongo: Mongo;
  apiConfig?: ApiConfig;
}

/** Starts the HTTP API and the webhook notifier; returns the URL and closers in close order. */
export async function startApi({
  config,
  logger,
  mongo,
  apiConfig = loadApiConfig(),
}: ApiDeps): Promise<RunningService & { url: string }> {
  const log = logger.child({ service: 'api' });
  await ensureReviewIndexes(mongo.db);
  const producer = createProducer(config.redis, {
    role: 'producer',
    policy: { attempts: config.jobs.attempts, backoffMs: config.jobs.backoffMs },
    logger: log,
  });
  const probe = createQueueProbe(producer);
  const articleRedis = new Redis({
    ...redisOptions(config.redis.url, 'producer'),
    enableOfflineQueue: true,
  });
  articleRedis.on('error', (err) => log.warn({ err: err.message }, 'redis connection error'));
  // metrics, the queue dashboard, alerts and the summary line (ops.ts)
  const ops = startOps({ config, apiConfig, logger: log, mongo, producer });
  const app = buildApp({
    moreRoutes: (api) => ops.routes(api),
    db: mongo.db,
    logger: log,
    tokens: apiConfig.tokens,
    pingMongo: () => mongo.ping(),
    pingRedis: () => probe.ping(),
    queueCounts: () => probe.counts(),
    exportBatchSize: apiConfig.exportBatchSize,
    digestUtcOffset: apiConfig.digestUtcOffset,
    sourcesFile: config.sourcesFile,
    articleHot: { redis: articleRedis, prefix: config.redis.prefix },
    sessionTtlMs: apiConfig.sessionTtlMs,
    trustProxy: apiConfig.trustProxy,
    authFailureLimit: apiConfig.authFailureLimit,
    exportRateLimit: apiConfig.exportRateLimit,
    rateLimitRedis: articleRedis,
    rateLimitPrefix: config.redis.prefix,
    pollNow: async (sourceId) => {
      await producer.enqueue(
        QueueName.Discover,
        { sourceId },
        { jobId: jobIdFor(QueueName.Discover, `now-${sourceId}-${Date.now()}`), attempts: 1 },
      );
    },
    enqueueFetch: async (articleId, { retry }) => {
      const jobId = jobIdFor(QueueName.Fetch, articleId);
      await producer.enqueue(
        QueueName.Fetch,
        { articleId },
        { jobId: retry ? `${jobId}-retry-${Date.now()}` : jobId },
      );
    },
  });
  try {
    await app.listen({ host: config.api.host, port: config.api.port });
  } catch (err) {
    await ops.close();
    await producer.close();
    articleRedis.disconnect();
    throw err;
  }
  const { address, port } = app.server.address() as AddressInfo;
  const host = address.includes(':') ? `[${address}]` : address;
  const notifier = startNotifier({ db: mongo.db, config: apiConfig, logger: log });
  ops.start();
  const season = startSeasonWatch({
    db: mongo.db,
    sourcesFile: config.sourcesFile,
    logger: log,
    ...apiConfig.season,
  });
  const hint = await firstAdminHint(mongo.db, {
    mongoUrl: config.mongo.url,
    dbName: config.mongo.dbName,
  });
  if (hint !== null) {
    log.warn({ firstAdmin: hint }, 'no users yet: create the first admin with `pnpm cli user add`');
  }
  return {
    name: 'api',
    url: `http://${host}:${port}`,
    // stop notifying, stop taking requests (in-flight ones finish), then drop Redis
    closers: [
      ['ops', () => ops.close()],
      ['season watch', () => season.close()],
      ['notifier', () => notifier.close()],
      ['http', () => app.close()],
      ['producer', () => producer.close()],
      ['article redis', async () => void (await articleRedis.quit())],
    ],
  };
}
