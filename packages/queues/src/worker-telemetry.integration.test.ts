import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkHeartbeat, createLogger } from '@pw/runtime';
import { eventually, useServices } from '../../../test/support/use-services.ts';
import { createProducer } from './producer.ts';
import { QueueName } from './queue-name.ts';
import { defineWorker } from './worker.ts';
import {
  metricsKey,
  parseMetricField,
  startWorkerHealth,
  startWorkerTelemetry,
} from './worker-telemetry.ts';

const articleId = (n: number) => n.toString(16).padStart(24, '0');
const logger = createLogger({ logLevel: 'silent' });

describe('worker telemetry and heartbeat', () => {
  const services = useServices();
  const closers: Array<() => Promise<unknown>> = [];
  afterAll(async () => {
    for (const close of closers.toReversed()) {
      await close();
    }
  });

  it('counts outcomes and durations in Redis, and beats only while the worker takes jobs', async () => {
    const redis = { url: services.redisUrl, prefix: services.prefix };
    const file = join(mkdtempSync(join(tmpdir(), 'pw-hb-')), 'heartbeat');
    const health = startWorkerHealth(
      { redis, logger, hostOf: () => Promise.resolve('news.example') },
      { HEARTBEAT_FILE: file, HEARTBEAT_EVERY_MS: '50', HEARTBEAT_MAX_AGE_MS: '60000' },
    );
    closers.push(() => health.close());
    const worker = defineWorker(
      QueueName.Fetch,
      ({ articleId: id }) => {
        if (id === articleId(2)) {
          throw Object.assign(new Error('no such host'), { code: 'fetch.dns', retryable: false });
        }
        return Promise.resolve({ outcome: 'fetched' });
      },
      { redis, concurrency: 1, logger, lockMs: 5000, stalledIntervalMs: 5000 },
    );
    worker.start();
    health.beat();
    const producer = createProducer(redis, {
      role: 'worker',
      policy: { attempts: 3, backoffMs: 50 },
    });
    closers.push(() => producer.close());
    await producer.enqueue(QueueName.Fetch, { articleId: articleId(1) });
    await producer.enqueue(QueueName.Fetch, { articleId: articleId(2) });

    const key = metricsKey(services.prefix);
    const counters = await eventually('both jobs counted', async () => {
      const raw = await services.redis.hgetall(key);
      const fields = Object.entries(raw).map(([f, v]) => ({
        ...parseMetricField(f),
        value: Number(v),
      }));
      const jobs = fields.filter((f) => f.name === 'pw_jobs_total');
      return jobs.length === 2 &&
        fields.some((f) => f.name === 'pw_fetches_total' && f.labels.outcome === 'fetch.dns')
        ? fields
        : null;
    });
    const find = (name: string, labels: Record<string, string>) =>
      counters.find(
        (f) => f.name === name && Object.entries(labels).every(([k, v]) => f.labels[k] === v),
      )?.value;
    expect(find('pw_jobs_total', { queue: 'fetch', outcome: 'completed' })).toBe(1);
    expect(find('pw_jobs_total', { queue: 'fetch', outcome: 'failed' })).toBe(1);
    expect(find('pw_fetches_total', { host: 'news.example', outcome: 'ok' })).toBe(1);
    expect(find('pw_fetches_total', { host: 'news.example', outcome: 'fetch.dns' })).toBe(1);
    expect(find('pw_job_duration_seconds_count', { queue: 'fetch', outcome: 'completed' })).toBe(1);
    expect(
      find('pw_job_duration_seconds_bucket', { queue: 'fetch', outcome: 'completed', le: '+Inf' }),
    ).toBe(1);
    expect(find('pw_job_wait_seconds_count', { queue: 'fetch' })).toBe(2);

    await eventually('a fresh heartbeat', () => Promise.resolve(checkHeartbeat(file, 1_000).ok));
    await worker.close();
    // the worker stopped: no more beats, so the file ages past any limit
    await new Promise((r) => setTimeout(r, 300));
    const verdict = checkHeartbeat(file, 200);
    expect(verdict.ok).toBe(false);
  });

  it('gathers counts in memory and writes them in one batch per flush', async () => {
    const prefix = `${services.prefix}-batched`;
    const redis = { url: services.redisUrl, prefix };
    const telemetry = startWorkerTelemetry({ redis, logger, flushMs: 3_600_000 });
    closers.push(() => telemetry.close());
    const worker = defineWorker(QueueName.Classify, () => Promise.resolve({ outcome: 'kept' }), {
      redis,
      concurrency: 2,
      logger,
      lockMs: 5000,
      stalledIntervalMs: 5000,
    });
    worker.start();
    closers.push(() => worker.close());
    const producer = createProducer(redis, {
      role: 'worker',
      policy: { attempts: 1, backoffMs: 10 },
    });
    closers.push(() => producer.close());
    for (let n = 10; n < 13; n++) {
      await producer.enqueue(QueueName.Classify, { articleId: articleId(n) });
    }
    const jobsCounted = async () => {
      const raw = await services.redis.hgetall(metricsKey(prefix));
      return Number(raw[`pw_jobs_total|queue=classify|outcome=completed`] ?? 0);
    };
    const { Queue } = await import('bullmq');
    const queue = new Queue(QueueName.Classify, { connection: { url: services.redisUrl }, prefix });
    closers.push(() => queue.close());
    await eventually('three jobs done', async () => (await queue.getCompletedCount()) === 3);
    // done, but not yet written: nothing reaches Redis before the flush
    expect(await jobsCounted()).toBe(0);
    await eventually('the completion events seen', async () => {
      await telemetry.flush();
      return (await jobsCounted()) === 3;
    });
    const raw = await services.redis.hgetall(metricsKey(prefix));
    expect(Number(raw['pw_job_duration_seconds_count|queue=classify|outcome=completed'])).toBe(3);
    expect(Number(raw['pw_job_wait_seconds_count|queue=classify'])).toBe(3);
    // a sum of seconds stays a float field (HINCRBYFLOAT), whatever its value
    expect(
      Number.isFinite(Number(raw['pw_job_duration_seconds_sum|queue=classify|outcome=completed'])),
    ).toBe(true);
    await telemetry.flush();
    expect(await jobsCounted()).toBe(3);
  });
});
