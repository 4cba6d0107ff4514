import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QueueName, createProducer, defineWorker } from '@pw/queues';
import { loadConfig } from '@pw/runtime';
import { createAwardRepository } from '@pw/storage';
import { eventually, useServices } from '../../../test/support/use-services.ts';
import { loadApiConfig } from './api-config.ts';
import { startApi } from './api.ts';
import { readSummary, summaryLine } from './banner.ts';
import { testDraft, testSource } from './test-support.ts';

const logger = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
const reader = { authorization: 'Bearer prometheus-token-0123456789' };
const admin = { authorization: 'Bearer boss-token-0123456789abc' };

describe('operations: /metrics and the queue dashboard', () => {
  const services = useServices();
  let url = '';
  const closers: Array<() => Promise<unknown>> = [];

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pw-ops-'));
    const sourcesFile = join(dir, 'sources.json');
    writeFileSync(sourcesFile, JSON.stringify({ sources: [] }));
    const config = loadConfig({
      REDIS_URL: services.redisUrl,
      MONGODB_URL: services.mongoUrl,
      MONGODB_DB: services.dbName,
      QUEUE_PREFIX: services.prefix,
      SOURCES_FILE: sourcesFile,
      API_PORT: '0',
      LOG_LEVEL: 'silent',
    });
    const apiConfig = loadApiConfig({
      API_TOKENS:
        'prometheus:reader:prometheus-token-0123456789,boss:admin:boss-token-0123456789abc',
    });
    // a worker in this process, as in the run command's single process: the api counts its jobs
    const redis = { url: services.redisUrl, prefix: services.prefix };
    const worker = defineWorker(QueueName.Classify, () => Promise.resolve({ outcome: 'ok' }), {
      redis,
      concurrency: 1,
      logger,
      lockMs: 5000,
      stalledIntervalMs: 5000,
    });
    const api = await startApi({ config, logger, mongo: services.mongo, apiConfig });
    url = api.url;
    closers.push(async () => {
      for (const [, close] of api.closers) {
        await close();
      }
    });

    worker.start();
    const producer = createProducer(redis, {
      role: 'worker',
      policy: { attempts: 1, backoffMs: 10 },
    });
    await producer.enqueue(QueueName.Classify, { articleId: 'a'.repeat(24) });
    await eventually('the job counted', async () =>
      Object.keys(await services.redis.hgetall(`${services.prefix}:metrics`)).some((f) =>
        f.startsWith('pw_jobs_total|queue=classify|outcome=completed'),
      ),
    );
    closers.push(
      () => producer.close(),
      () => worker.close(),
    );
    await createAwardRepository(services.mongo.db).upsertWithSource(testDraft(), testSource('m1'));
  });

  afterAll(async () => {
    for (const close of closers.toReversed()) {
      await close();
    }
  });

  it('serves Prometheus text to a reader token, and nothing without one', async () => {
    expect((await fetch(`${url}/metrics`)).status).toBe(401);
    const res = await fetch(`${url}/metrics`, { headers: reader });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await res.text();
    for (const line of text.split('\n').filter((l) => l && !l.startsWith('#'))) {
      expect(line).toMatch(
        /^[a-zA-Z_:][a-zA-Z0-9_:]*(\{[^}]*\})? -?[0-9.e+-]+$|^\S+ (NaN|[+-]Inf)$/,
      );
    }
    expect(text).toContain('pw_queue_jobs{queue="fetch",state="waiting"} 0');
    expect(text).toMatch(/pw_queue_oldest_wait_seconds\{queue="classify"\} 0/);
    expect(text).toContain('pw_jobs_total{queue="classify",outcome="completed"} 1');
    expect(text).toContain('# TYPE pw_job_duration_seconds histogram');
    expect(text).toContain(
      'pw_job_duration_seconds_bucket{queue="classify",outcome="completed",le="+Inf"} 1',
    );
    expect(text).toContain('pw_job_duration_seconds_count{queue="classify",outcome="completed"} 1');
    expect(text).toContain('pw_job_wait_seconds_count{queue="classify"} 1');
    expect(text).toContain('pw_award_records 1');
    expect(text).toContain('pw_review_backlog 1');
    expect(text).toContain('pw_award_conflicts_open 0');
    expect(text).toContain('pw_sources{status="broken"} 0');
    expect(text).toMatch(/pw_articles\{stage="recorded"\} \d+/);
    expect(text).toContain('pw_api_process_cpu_user_seconds_total');
  });

  it('shows the queue dashboard to an admin only', async () => {
    expect((await fetch(`${url}/admin/antrean/`)).status).toBe(401);
    expect((await fetch(`${url}/admin/antrean/`, { headers: reader })).status).toBe(403);
    const page = await fetch(`${url}/admin/antrean/`, { headers: admin });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<html');
    const api = await fetch(`${url}/admin/antrean/api/queues`, { headers: admin });
    expect(api.status).toBe(200);
    const body = (await api.json()) as { queues: Array<{ name: string }> };
    expect(body.queues.map((q) => q.name).sort()).toEqual(
      ['classify', 'discover', 'extract', 'fetch', 'sweep'].sort(),
    );
    expect((await fetch(`${url}/admin/antrean/api/queues`, { headers: reader })).status).toBe(403);
  });

  it('reads the figures of the periodic summary line from the store', async () => {
    const figures = await readSummary({
      db: services.mongo.db,
      articleCounts: () =>
        Promise.resolve({ fetched: 1000, classified: 4, recorded: 200, rejected: 0 }),
    });
    expect(summaryLine(figures)).toBe(
      '1.204 artikel dibaca, 204 relevan, 1 penghargaan baru, 1 menunggu tinjauan, semua sumber sehat',
    );
  });
});
