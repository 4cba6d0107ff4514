import { QueueName, defineWorker } from '@pw/queues';
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
  const articles = createArticleRepository(mongo.db);
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
  return { name: 'extractor', closers: [['extract worker', () => extract.close()]] };
}
