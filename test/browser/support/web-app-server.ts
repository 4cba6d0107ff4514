// Starts the real api app (web app included) on 127.0.0.1 against real Redis and FerretDB.
import type { AddressInfo } from 'node:net';
import { Redis } from 'ioredis';
import { pino } from 'pino';
import type { Db } from 'mongodb';
import { buildApp, type App, type AppDeps } from '@pw/api';
import { QueueName, createProducer, jobIdFor, type Producer } from '@pw/queues';
import { connectMongo, ensureReviewIndexes, type HotStore, type Mongo } from '@pw/storage';

/** Where the app runs and what the test may reach into. */
export interface WebAppServer {
  baseUrl: string;
  db: Db;
  /** The article hot store (Redis) the app uses; seeds put ledger articles through it. */
  hot: HotStore;
  app: App;
  /** Fetch jobs the app queued (submitted links, retries), in order. */
  queuedFetches: string[];
  close: () => Promise<void>;
}

export interface WebAppServerOptions {
  mongoUrl: string;
  redisUrl: string;
  dbName: string;
  prefix: string;
  sourcesFile?: string | null;
  /** Feed discovery's fetch (tests point every host name at a 127.0.0.1 server). */
  discoveryFetch?: AppDeps['discoveryFetch'];
}

/** The api app as production builds it, listening on a free port of 127.0.0.1. */
export async function startWebAppServer(o: WebAppServerOptions): Promise<WebAppServer> {
  const mongo: Mongo = await connectMongo({ url: o.mongoUrl, dbName: o.dbName });
  await ensureReviewIndexes(mongo.db);
  const producer: Producer = createProducer(
    { url: o.redisUrl, prefix: o.prefix },
    { role: 'producer', policy: { attempts: 1, backoffMs: 1000 } },
  );
  const queuedFetches: string[] = [];
  const redis = new Redis(o.redisUrl, { maxRetriesPerRequest: null });
  const hot: HotStore = { redis, prefix: o.prefix };
  const app = buildApp({
    db: mongo.db,
    logger: pino({ level: process.env.WEB_TEST_LOG ?? 'silent' }),
    tokens: [],
    pingMongo: () => mongo.ping(),
    pingRedis: () => Promise.resolve('PONG'),
    queueCounts: () => Promise.resolve({}),
    exportBatchSize: 500,
    digestUtcOffset: '+07:00',
    sourcesFile: o.sourcesFile ?? null,
    articleHot: hot,
    ...(o.discoveryFetch ? { discoveryFetch: o.discoveryFetch } : {}),
    pollNow: async (sourceId) => {
      await producer.enqueue(
        QueueName.Discover,
        { sourceId },
        { jobId: jobIdFor(QueueName.Discover, `now-${sourceId}-${Date.now()}`) },
      );
    },
    enqueueFetch: async (articleId, { retry }) => {
      queuedFetches.push(articleId);
      const jobId = jobIdFor(QueueName.Fetch, articleId);
      await producer.enqueue(
        QueueName.Fetch,
        { articleId },
        { jobId: retry ? `${jobId}-retry-${Date.now()}` : jobId },
      );
    },
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    db: mongo.db,
    hot,
    app,
    queuedFetches,
    close: async () => {
      await app.close();
      await producer.close();
      const keys = await redis.keys(`${o.prefix}:*`);
      if (keys.length > 0) {
        await redis.del(...keys);
      }
      redis.disconnect();
      await mongo.close();
    },
  };
}
