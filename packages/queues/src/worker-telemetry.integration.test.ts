import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkHeartbeat, createLogger } from '@pw/runtime';
import { eventually, useServices } from '../../../test/support/use-services.ts';
import { createProducer } from './producer.ts';
import { QueueName } from './queue-name.ts';
import { defineWorker } from './worker.ts';
import { metricsKey, parseMetricField, startWorkerHealth } from './worker-telemetry.ts';

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
});
