import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FinalStages } from '@pw/domain';
import { QueueName, createProducer } from '@pw/queues';
import { checkHeartbeat } from '@pw/runtime';
import { Collection, createArticleRepository, type Mongo } from '@pw/storage';
import { serveManyArticles } from '../support/many-articles.ts';
import { startNewsServer, type NewsServer } from '../support/news-server.ts';
import { startPipeline, writeSourcesFile } from '../support/pipeline-harness.ts';
import { readSeeds, serveSeedSite } from '../support/seed-site.ts';
import { eventually, useServices, type Services } from '../support/use-services.ts';

const root = resolve(import.meta.dirname, '../..');
const seeds = readSeeds();
const manyCount = 20;
const expected = seeds.length + manyCount;

/** What a run produced: each record's key with the articles it came from, and the article stages. */
async function outcome(mongo: Mongo, services: Services) {
  const records = await mongo.db
    .collection(Collection.Awards)
    .find({}, { projection: { key: 1, sources: 1, merged: 1 } })
    .toArray();
  const articles = createArticleRepository(mongo.db, {
    redis: services.redis,
    prefix: services.prefix,
  });
  return {
    records: records
      .map((r) => ({
        key: String(r.key),
        merged: r.merged === true,
        articles: (r.sources as Array<{ articleId: string }>).map((s) => s.articleId).sort(),
      }))
      .sort((a, b) => a.key.localeCompare(b.key)),
    stages: await articles.countByStage(),
  };
}

async function allFinal(mongo: Mongo, services: Services) {
  const articles = createArticleRepository(mongo.db, {
    redis: services.redis,
    prefix: services.prefix,
  });
  const counts = await articles.countByStage();
  return FinalStages.reduce((n, s) => n + (counts[s] ?? 0), 0) === expected;
}

describe('scale-out: two processes of each service against one Redis and one store', () => {
  const single = useServices();
  const scaled = useServices();
  let server: NewsServer;
  let sourcesFile = '';
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    server = await startNewsServer();
    sourcesFile = writeSourcesFile([
      { id: 'seeds', url: serveSeedSite(server, seeds) },
      {
        id: 'many',
        url: serveManyArticles(server, seeds, manyCount, '/many.xml'),
      },
    ]);
  });

  afterAll(async () => {
    for (const child of children) {
      if (child.exitCode === null && child.signalCode === null && child.pid) {
        process.kill(-child.pid, 'SIGKILL');
      }
    }
    await server?.close();
  });

  it('gets exactly the records one process gets', async () => {
    // the reference: one process running every service
    const one = await startPipeline(single, sourcesFile);
    try {
      await one.pollNow('seeds');
      await one.pollNow('many');
      await eventually(
        'one process: every article final',
        () => allFinal(single.mongo, single),
        90_000,
      );
    } finally {
      await one.stop();
    }
    const reference = await outcome(single.mongo, single);
    expect(reference.records.length).toBeGreaterThan(0);
    expect(reference.stages.failed).toBe(0);

    // the same sources, two crawlers, two classifiers and two extractors, each its own process
    const heartbeats = mkdtempSync(join(tmpdir(), 'pw-scale-'));
    const env = {
      ...process.env,
      REDIS_URL: scaled.redisUrl,
      MONGODB_URL: scaled.mongoUrl,
      MONGODB_DB: scaled.dbName,
      QUEUE_PREFIX: scaled.prefix,
      SOURCES_FILE: sourcesFile,
      FETCH_ALLOW_PRIVATE: '127.0.0.1',
      FETCH_TIMEOUT_MS: '5000',
      CRAWLER_HOST_INTERVAL_MS: '5',
      CRAWLER_HOST_CONCURRENCY: '8',
      JOB_BACKOFF_MS: '200',
      JOB_ATTEMPTS: '3',
      JOB_LOCK_MS: '5000',
      JOB_STALLED_INTERVAL_MS: '2000',
      HEARTBEAT_EVERY_MS: '200',
      LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'warn',
    };
    const exits: Array<Promise<number | null>> = [];
    const names: string[] = [];
    for (const service of ['crawler', 'classifier', 'extractor']) {
      for (const n of [1, 2]) {
        const child = spawn(process.execPath, [`services/${service}/src/main.ts`], {
          cwd: root,
          env: { ...env, HEARTBEAT_FILE: join(heartbeats, `${service}-${n}`) },
          stdio: ['ignore', 'ignore', 'inherit'],
          // its own process group, so a failed test can take down what it started
          detached: true,
        });
        children.push(child);
        names.push(`${service}-${n}`);
        exits.push(new Promise((r) => child.once('exit', (code) => r(code))));
      }
    }
    // every process is up and taking jobs: its heartbeat is fresh
    await eventually(
      'six heartbeats',
      () => Promise.resolve(names.every((n) => checkHeartbeat(join(heartbeats, n), 5_000).ok)),
      60_000,
    );
    const producer = createProducer(
      { url: scaled.redisUrl, prefix: scaled.prefix },
      { role: 'worker', policy: { attempts: 1, backoffMs: 100 } },
    );
    for (const sourceId of ['seeds', 'many']) {
      await producer.enqueue(QueueName.Discover, { sourceId }, { jobId: `scale-${sourceId}` });
    }
    await producer.close();
    await eventually(
      'six processes: every article final',
      () => allFinal(scaled.mongo, scaled),
      90_000,
    );

    const result = await outcome(scaled.mongo, scaled);
    expect(result.records).toEqual(reference.records);
    expect(result.stages).toEqual(reference.stages);

    // every process stops cleanly on SIGTERM
    for (const child of children) {
      child.kill('SIGTERM');
    }
    expect(await Promise.all(exits)).toEqual([0, 0, 0, 0, 0, 0]);
  });
});
