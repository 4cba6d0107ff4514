import { Redis } from 'ioredis';
import { QueueName, defineWorker, redisOptions } from '@pw/queues';
import type { RunningService, ServiceContext } from '@pw/runtime';
import { createArticleRepository, createAwardRepository, type Mongo } from '@pw/storage';
import { extractJob } from './extract.job.ts';

/** Starts the extract worker; returns what the process must close. */
export function startExtractor({
  config,
  logger,
  mongo,
}: ServiceContext & { mongo: Mongo }): RunningService {
  const log = logger.child({ service: 'extractor' });
  const redis = new Redis(redisOptions(config.redis.url, 'worker'));
  redis.on('error', (err) => log.warn({ err: err.message }, 'redis connection error'));
  const articles = createArticleRepository(mongo.db, {
    redis,
    prefix: config.redis.prefix,
    retentionDays: config.ledger.retentionDays,
    textTtlMs: config.ledger.textTtlMs,
  });
  const awards = createAwardRepository(mongo.db);
  const extract = defineWorker(QueueName.Extract, extractJob({ articles, awards }), {
    redis: config.redis,
    concurrency: config.extractor.concurrency,
    logger: log,
    lockMs: config.jobs.lockMs,
    stalledIntervalMs: config.jobs.stalledIntervalMs,
    onExhausted: async ({ articleId }, err) =>
      void (await articles.failWith(articleId, 'extract', err)),
  });
  extract.start();
  return {
    name: 'extractor',
    closers: [
      ['extract worker', () => extract.close()],
      ['extractor redis', async () => void (await redis.quit())],
    ],
  };
}
