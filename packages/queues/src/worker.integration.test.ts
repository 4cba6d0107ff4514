import { createLogger } from '@pw/runtime';
import { afterAll, describe, expect, it } from 'vitest';
import { PipelineError } from '@pw/domain';
import { eventually, useServices } from '../../../test/support/use-services.ts';
import { jobIdFor } from './payloads.ts';
import { createProducer } from './producer.ts';
import { QueueName } from './queue-name.ts';
import { defineWorker, type DefinedWorker } from './worker.ts';

const articleId = (n: number) => n.toString(16).padStart(24, '0');
const logger = createLogger({ logLevel: 'silent' });

describe('the queue contract', () => {
  const services = useServices();
  const workers: DefinedWorker[] = [];
  const redis = () => ({ url: services.redisUrl, prefix: services.prefix });
  const producer = () =>
    createProducer(redis(), { role: 'worker', policy: { attempts: 3, backoffMs: 50 } });
  afterAll(async () => {
    await Promise.all(workers.map((w) => w.close()));
  });
  const start = (
    queue: typeof QueueName.Classify,
    process: Parameters<typeof defineWorker<typeof QueueName.Classify>>[1],
    onExhausted?: (err: unknown) => void,
  ) => {
    const w = defineWorker(queue, process, {
      redis: redis(),
      concurrency: 1,
      logger,
      lockMs: 5000,
      stalledIntervalMs: 5000,
      onExhausted: (_p, err) => Promise.resolve(onExhausted?.(err)),
    });
    workers.push(w);
    w.start();
    return w;
  };

  it('refuses an invalid payload at the producer, and fails one already queued at once', async () => {
    const p = producer();
    await expect(p.enqueue(QueueName.Classify, { articleId: 'nope' })).rejects.toThrow();
    let runs = 0;
    start(QueueName.Classify, () => Promise.resolve(runs++));
    const job = await p.queue(QueueName.Classify).add(QueueName.Classify, { articleId: 'nope' });
    await eventually('the job failed', async () => (await job.getState()) === 'failed');
    const failed = await p.queue(QueueName.Classify).getJob(job.id!);
    expect(failed?.attemptsMade).toBe(1);
    expect(failed?.failedReason).toMatch(/invalid payload/);
    expect(runs).toBe(0);
    await p.close();
  });

  it('makes re-enqueueing the same article a no-op', async () => {
    const p = producer();
    const id = jobIdFor(QueueName.Extract, articleId(1));
    await p.enqueue(QueueName.Extract, { articleId: articleId(1) }, { jobId: id, delay: 60_000 });
    await p.enqueue(QueueName.Extract, { articleId: articleId(1) }, { jobId: id, delay: 60_000 });
    expect(await p.queue(QueueName.Extract).getDelayedCount()).toBe(1);
    await p.close();
  });

  it('retries with backoff, keeps the failed job, and reports the final error once', async () => {
    const p = producer();
    const seen: number[] = [];
    const exhausted: unknown[] = [];
    const w = defineWorker(
      QueueName.Fetch,
      (_payload, { attempt }) => {
        seen.push(attempt);
        return Promise.reject(new Error(`boom ${attempt}`));
      },
      {
        redis: redis(),
        concurrency: 1,
        logger,
        lockMs: 5000,
        stalledIntervalMs: 5000,
        onExhausted: (_p, err) => Promise.resolve(void exhausted.push(err)),
      },
    );
    workers.push(w);
    w.start();
    const { jobId } = await p.enqueue(QueueName.Fetch, { articleId: articleId(2) });
    const job = await p.queue(QueueName.Fetch).getJob(jobId!);
    await eventually(
      'the job failed for good',
      async () => (await job?.getState()) === 'failed',
      10_000,
    );
    expect(seen).toEqual([1, 2, 3]);
    expect(exhausted).toHaveLength(1);
    expect(await p.queue(QueueName.Fetch).getFailedCount()).toBe(1);
    await p.close();
  });

  it('fails a permanent pipeline error at once, without retries', async () => {
    const p = producer();
    let runs = 0;
    const w = defineWorker(
      QueueName.Extract,
      () => {
        runs++;
        return Promise.reject(
          new PipelineError('extract.no-winner', 'nothing to record', { retryable: false }),
        );
      },
      { redis: redis(), concurrency: 1, logger, lockMs: 5000, stalledIntervalMs: 5000 },
    );
    workers.push(w);
    w.start();
    const { jobId } = await p.enqueue(QueueName.Extract, { articleId: articleId(3) });
    const job = await p.queue(QueueName.Extract).getJob(jobId!);
    await eventually('the job failed', async () => (await job?.getState()) === 'failed');
    expect(runs).toBe(1);
    await p.close();
  });
});
