import { Redis } from 'ioredis';
import { QueueName, createProducer, defineWorker, redisOptions } from '@pw/queues';
import type { RunningService, ServiceContext } from '@pw/runtime';
import { createArticleRepository, createSourceStateRepository, type Mongo } from '@pw/storage';
import { fetchArticleJob } from './fetch-article.job.ts';
import { createCrawlerFetch } from './politeness/crawler-fetch.ts';
import { pollFeedJob } from './poll-feed.job.ts';
import { createSourceRegistry } from './source-registry.ts';
import { sweepJob } from './sweep.job.ts';
import { createKeyLock } from './key-lock.ts';
import { createSyndicationIndex } from './syndication.ts';
import { createRedisSyndicationStore } from './syndication-store.ts';
import { scheduleSource, syncSchedulers } from './sync-schedulers.ts';

/** Starts discover, fetch and sweep workers and the source schedulers; returns what to close. */
export async function startCrawler({
  config,
  logger,
  mongo,
}: ServiceContext & { mongo: Mongo }): Promise<RunningService> {
  const log = logger.child({ service: 'crawler' });
  const c = config.crawler;
  const sources = createSourceRegistry(config.sourcesFile, log);
  const producer = createProducer(config.redis, {
    role: 'worker',
    policy: config.jobs,
    logger: log,
  });
  const redis = new Redis(redisOptions(config.redis.url, 'worker'));
  redis.on('error', (err) => log.warn({ err: err.message }, 'redis connection error'));
  // a source's counters are read-modify-written under its own lock (FerretDB loses racing updates)
  const stateLock = createKeyLock(redis, `${config.redis.prefix}:source-state`);
  const states = createSourceStateRepository(mongo.db, {
    exclusive: (id, fn) => stateLock([id], fn),
    policy: { brokenAfterErrors: c.brokenAfter },
  });
  const articles = createArticleRepository(mongo.db, {
    redis,
    prefix: config.redis.prefix,
    retentionDays: config.ledger.retentionDays,
    textTtlMs: config.ledger.textTtlMs,
  });
  // the polite fetch every tool of ours shares (robots.txt, per-host limits in Redis)
  const { fetch, close: closeFetch } = createCrawlerFetch(config, redis);
  const syndication = createSyndicationIndex(
    createRedisSyndicationStore(redis, `${config.redis.prefix}:syndication`),
    createKeyLock(redis, `${config.redis.prefix}:syndication-lock`),
  );
  const common = {
    redis: config.redis,
    logger: log,
    lockMs: config.jobs.lockMs,
    stalledIntervalMs: config.jobs.stalledIntervalMs,
  };

  const poll = pollFeedJob({
    sources,
    states,
    articles,
    producer,
    fetch,
    brokenAfter: c.brokenAfter,
    spreadMs: c.host.minIntervalMs,
  });
  const schedule = { producer, states, bounds: c.schedule };
  const discover = defineWorker(
    QueueName.Discover,
    async (payload, ctx) => {
      const result = await poll(payload, ctx);
      // adapt this source's interval to what the poll found; only this source, not all of them
      const source = sources.get(payload.sourceId);
      if (source?.enabled && source.url) {
        const present = await producer.queue(QueueName.Discover).getJobScheduler(source.id);
        await scheduleSource(schedule, source, present !== undefined);
      }
      return result;
    },
    { ...common, concurrency: 2 },
  );
  const fetchWorker = defineWorker(
    QueueName.Fetch,
    fetchArticleJob({ articles, producer, fetch, syndication }),
    {
      ...common,
      concurrency: c.concurrency,
      onExhausted: async ({ articleId }, err) =>
        void (await articles.failWith(articleId, 'fetch', err)),
    },
  );
  const sweep = defineWorker(
    QueueName.Sweep,
    sweepJob({ articles, producer, stuckAfterMs: config.sweep.stuckAfterMs, maxRequeues: 3 }),
    { ...common, concurrency: 1 },
  );

  await syncSchedulers(schedule, sources, log);
  await producer
    .queue(QueueName.Sweep)
    .upsertJobScheduler(
      'sweep',
      { every: config.sweep.everyMs },
      { name: QueueName.Sweep, data: {} },
    );
  const watch = setInterval(() => {
    if (sources.refresh()) {
      syncSchedulers(schedule, sources, log).catch((err: unknown) =>
        log.error({ err }, 'scheduler sync failed'),
      );
    }
  }, c.sourcesRefreshMs);
  watch.unref();

  for (const w of [discover, fetchWorker, sweep]) {
    w.start();
  }
  log.info({ sources: sources.list().length }, 'crawler started');
  return {
    name: 'crawler',
    closers: [
      ['sources watch', () => Promise.resolve(clearInterval(watch))],
      ['discover worker', () => discover.close()],
      ['fetch worker', () => fetchWorker.close()],
      ['sweep worker', () => sweep.close()],
      ['crawler producer', () => producer.close()],
      ['kept-alive connections', closeFetch],
      ['politeness redis', async () => void (await redis.quit())],
    ],
  };
}
