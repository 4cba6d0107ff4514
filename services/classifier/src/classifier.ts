import { Redis } from 'ioredis';
import { QueueName, createProducer, defineWorker, redisOptions } from '@pw/queues';
import type { RunningService, ServiceContext } from '@pw/runtime';
import { createArticleRepository, type Mongo } from '@pw/storage';
import { classifyJob } from './classify.job.ts';

/** Starts the classify worker; returns what the process must close, in the order to close it. */
export function startClassifier({
  config,
  logger,
  mongo,
}: ServiceContext & { mongo: Mongo }): RunningService {
  const log = logger.child({ service: 'classifier' });
  const redis = new Redis(redisOptions(config.redis.url, 'worker'));
  redis.on('error', (err) => log.warn({ err: err.message }, 'redis connection error'));
  const articles = createArticleRepository(mongo.db, {
    redis,
    prefix: config.redis.prefix,
    retentionDays: config.ledger.retentionDays,
    textTtlMs: config.ledger.textTtlMs,
  });
  const producer = createProducer(config.redis, {
    role: 'worker',
    policy: config.jobs,
    logger: log,
  });
  const classify = defineWorker(QueueName.Classify, classifyJob({ articles, producer }), {
    redis: config.redis,
    concurrency: config.classifier.concurrency,
    logger: log,
    lockMs: config.jobs.lockMs,
    stalledIntervalMs: config.jobs.stalledIntervalMs,
    onExhausted: async ({ articleId }, err) =>
      void (await articles.failWith(articleId, 'classify', err)),
  });
  classify.start();
  return {
    name: 'classifier',
    closers: [
      ['classify worker', () => classify.close()],
      ['classifier producer', () => producer.close()],
      ['classifier redis', async () => void (await redis.quit())],
    ],
  };
}
