import { describe, expect, it } from 'vitest';
import { QueueName, createProducer, jobIdFor } from '@pw/queues';
import { createLogger } from '@pw/runtime';
import { createArticleRepository } from '@pw/storage';
import { foundArticle as found } from '../../../test/support/found-article.ts';
import { useServices } from '../../../test/support/use-services.ts';
import { sweepJob } from './sweep.job.ts';

describe('sweep', () => {
  const services = useServices();
  const log = createLogger({ logLevel: 'silent' });

  it('re-enqueues a stuck article to its next queue, then fails it as stuck', async () => {
    const articles = createArticleRepository(services.mongo.db, {
      redis: services.redis,
      prefix: services.prefix,
    });
    const producer = createProducer(
      { url: services.redisUrl, prefix: services.prefix },
      { role: 'worker', policy: { attempts: 1, backoffMs: 10 } },
    );
    const { articleId } = await articles.insertIfNew(found('https://contoh.id/macet'));
    const sweep = sweepJob({ articles, producer, stuckAfterMs: 0, maxRequeues: 2 });
    const ctx = { log } as never;

    const job = () => producer.queue(QueueName.Fetch).getJob(jobIdFor(QueueName.Fetch, articleId));
    expect(await sweep({}, ctx)).toMatchObject({ requeued: 1, failed: 0 });
    expect(await (await job())?.getState()).toBe('waiting');

    // the job still waits its turn (a big feed's polite spread): that is no re-enqueue
    expect(await sweep({}, ctx)).toMatchObject({ requeued: 0, failed: 0 });
    // the job is gone: queued again once more, then failed as stuck
    await (await job())?.remove();
    expect(await sweep({}, ctx)).toMatchObject({ requeued: 1, failed: 0 });
    await (await job())?.remove();
    expect(await sweep({}, ctx)).toMatchObject({ failed: 1 });
    const article = await articles.get(articleId);
    expect(article.stage).toBe('failed');
    expect(article.failure).toMatchObject({ code: 'pipeline.stuck', stage: 'fetch' });
    await producer.close();
  });
});
