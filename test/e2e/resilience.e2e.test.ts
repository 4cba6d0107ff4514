import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalServices, type LocalServices } from '@pw/infra/local/services';
import { FinalStages } from '@pw/domain';
import { connectMongo, createArticleRepository, LedgerCollection, type Mongo } from '@pw/storage';
import { serveManyArticles } from '../support/many-articles.ts';
import { startNewsServer, type NewsServer } from '../support/news-server.ts';
import { startPipeline, writeSourcesFile } from '../support/pipeline-harness.ts';
import { readSeeds } from '../support/seed-site.ts';
import { eventually, type Services } from '../support/use-services.ts';

const root = resolve(import.meta.dirname, '../..');
const finalCount = async (mongo: Mongo) => {
  const counts = await createArticleRepository(mongo.db).countByStage();
  return { counts, final: FinalStages.reduce((n, s) => n + (counts[s] ?? 0), 0) };
};

// These tests own their servers (they stop and restart them), so they start their own.
describe('resilience', () => {
  let local: LocalServices;
  let server: NewsServer;
  const seeds = readSeeds();

  beforeAll(async () => {
    local = await startLocalServices({});
    server = await startNewsServer();
  });
  afterAll(async () => {
    await server?.close();
    await local?.stop();
  });

  const servicesFor = async (name: string): Promise<Services> => {
    const mongo = await connectMongo({ url: local.mongoUrl, dbName: name });
    return {
      redisUrl: local.redisUrl,
      mongoUrl: local.mongoUrl,
      prefix: name,
      dbName: name,
      mongo,
      redis: undefined as never,
    };
  };

  it('finishes every article when the pipeline process is killed mid-job and started again', async () => {
    const feed = serveManyArticles(server, seeds, 20, '/killed');
    const sources = writeSourcesFile([{ id: 'killed', url: feed }]);
    const services = await servicesFor('killed');
    const env = {
      ...process.env,
      REDIS_URL: local.redisUrl,
      MONGODB_URL: local.mongoUrl,
      MONGODB_DB: 'killed',
      QUEUE_PREFIX: 'killed',
      SOURCES_FILE: sources,
      FETCH_ALLOW_PRIVATE: '127.0.0.1',
      CRAWLER_HOST_INTERVAL_MS: '150',
      JOB_LOCK_MS: '2000',
      JOB_STALLED_INTERVAL_MS: '1000',
      JOB_BACKOFF_MS: '200',
      SWEEP_EVERY_MS: '1000',
      SWEEP_STUCK_AFTER_MS: '4000',
      API_PORT: '0',
      LOG_LEVEL: 'warn',
    };
    const start = () =>
      spawn(process.execPath, ['infra/local/run-pipeline.ts'], { cwd: root, env, stdio: 'ignore' });

    const first = start();
    const firstExited = new Promise((r) => first.once('exit', r));
    try {
      await eventually(
        'some articles recorded',
        async () => {
          const { counts } = await finalCount(services.mongo);
          return (counts.recorded ?? 0) >= 2;
        },
        60_000,
      );
    } finally {
      // killed mid-job on purpose; and never left running if the wait above failed
      first.kill('SIGKILL');
      await firstExited;
    }
    const { final: atKill } = await finalCount(services.mongo);
    expect(atKill).toBeLessThan(20);

    const second = start();
    try {
      const { counts } = await eventually(
        'every article final after the restart',
        async () => {
          const r = await finalCount(services.mongo);
          return r.final === 20 ? r : null;
        },
        90_000,
      );
      expect(counts.failed ?? 0).toBe(0);
    } finally {
      second.kill('SIGTERM');
      await new Promise((r) => second.once('exit', r));
      await services.mongo.close();
    }
  });

  it('finishes every article when Redis and then MongoDB go away for a while', async () => {
    const feed = serveManyArticles(server, seeds, 12, '/outage');
    const services = await servicesFor('outage');
    const pipeline = await startPipeline(
      services,
      writeSourcesFile([{ id: 'outage', url: feed }]),
      {
        CRAWLER_HOST_INTERVAL_MS: '150',
        JOB_ATTEMPTS: '12',
        JOB_BACKOFF_MS: '300',
      },
    );
    try {
      await pipeline.pollNow('outage');
      await eventually(
        'the first article fetched',
        async () => (await finalCount(services.mongo)).final > 0 || null,
        30_000,
      );
      await local.restartRedis(1500);
      await local.restartMongo(1500);
      await pipeline.pollNow('outage').catch(() => undefined);
      let last: unknown = null;
      const { counts } = await eventually(
        'every article final after the outages',
        async () => {
          const r = await finalCount(services.mongo).catch(() => null);
          last = r ?? last;
          return r?.final === 12 ? r : null;
        },
        90_000,
      ).catch(async (err: unknown) => {
        // say where the articles are: the counts, and those still in flight with their stage
        const redis = new Redis(local.redisUrl);
        const inFlight = await createArticleRepository(services.mongo.db, {
          redis,
          prefix: 'outage',
        }).findStuck(new Date(Date.now() + 3_600_000));
        await redis.quit();
        // the ledger as a plain read sees it, beside the counts
        const lines = await services.mongo.db
          .collection(LedgerCollection)
          .find({}, { projection: { stage: 1 } })
          .toArray();
        throw new Error(
          `ledger lines read: ${lines.length} ${JSON.stringify(lines)}; ` +
            `${String(err)}; last counts ${JSON.stringify(last)}; in flight ${JSON.stringify(inFlight)}`,
        );
      });
      expect(counts.failed ?? 0).toBe(0);
    } finally {
      await pipeline.stop();
      await services.mongo.close();
    }
  });
});
