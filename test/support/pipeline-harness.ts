import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { startClassifier } from '@pw/classifier';
import { startCrawler } from '@pw/crawler';
import { startExtractor } from '@pw/extractor';
import { QueueName, createProducer, type Producer } from '@pw/queues';
import { loadConfig, type Config, type RunningService } from '@pw/runtime';
import type { Services } from './use-services.ts';

/** A source entry for a test's sources file. */
export interface TestSource {
  id: string;
  url: string;
  outlet?: string;
}

/** The three pipeline services running in this process against the test's Redis and database. */
export interface RunningPipeline {
  config: Config;
  producer: Producer;
  /** Polls a source now instead of waiting for its scheduler. */
  pollNow: (sourceId: string) => Promise<void>;
  stop: () => Promise<void>;
}

/** Writes a sources file for the given feeds (the crawler's schema). */
export function writeSourcesFile(sources: TestSource[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'pw-sources-'));
  const path = join(dir, 'sources.json');
  writeFileSync(
    path,
    JSON.stringify({
      sources: sources.map((s) => ({
        id: s.id,
        name: s.id,
        outlet: s.outlet ?? null,
        province: null,
        kind: 'rss',
        url: s.url,
        pollIntervalMinutes: 60,
        enabled: true,
        feedStatus: 'known',
      })),
    }),
  );
  return path;
}

/** Starts crawler, classifier and extractor with test-sized timings. */
export async function startPipeline(
  services: Services,
  sourcesFile: string,
  env: Record<string, string> = {},
): Promise<RunningPipeline> {
  const config = loadConfig({
    REDIS_URL: services.redisUrl,
    MONGODB_URL: services.mongoUrl,
    MONGODB_DB: services.dbName,
    QUEUE_PREFIX: services.prefix,
    SOURCES_FILE: sourcesFile,
    FETCH_ALLOW_PRIVATE: '127.0.0.1',
    FETCH_TIMEOUT_MS: '5000',
    CRAWLER_HOST_INTERVAL_MS: '5',
    CRAWLER_HOST_CONCURRENCY: '8',
    JOB_BACKOFF_MS: '200',
    JOB_ATTEMPTS: '3',
    JOB_LOCK_MS: '5000',
    JOB_STALLED_INTERVAL_MS: '2000',
    LOG_LEVEL: 'silent',
    ...env,
  });
  const logger = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
  const ctx = { config, logger, mongo: services.mongo };
  const running: RunningService[] = [
    await startCrawler(ctx),
    startClassifier(ctx),
    startExtractor(ctx),
  ];
  const producer = createProducer(config.redis, { role: 'worker', policy: config.jobs });
  return {
    config,
    producer,
    pollNow: async (sourceId) => {
      await producer.enqueue(
        QueueName.Discover,
        { sourceId },
        { jobId: `poll-now-${sourceId}-${Date.now()}` },
      );
    },
    stop: async () => {
      for (const service of running) {
        for (const [, close] of service.closers) {
          await close().catch(() => undefined);
        }
      }
      await producer.close();
    },
  };
}
