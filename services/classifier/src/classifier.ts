import { QueueName, createProducer, defineWorker } from '@pw/queues';
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
  const articles = createArticleRepository(mongo.db);
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
    ],
  };
}
