import { pino } from 'pino';
import { afterAll, beforeAll } from 'vitest';
import type { Db } from 'mongodb';
import { QueueName, createProducer, type Producer } from '@pw/queues';
import { ensureReviewIndexes } from '@pw/storage';
import type { Services } from '../../../test/support/use-services.ts';
import type { ApiToken } from './api-config.ts';
import { buildApp, type App, type AppDeps } from './app.ts';
import { createQueueProbe } from './queue-probe.ts';

/** Tokens the API tests use: one reader, one reviewer, one admin. */
export const TestTokens: ApiToken[] = [
  { name: 'ana', role: 'reader', token: 'reader-token-0123456789' },
  { name: 'rina', role: 'reviewer', token: 'reviewer-token-0123456789' },
  { name: 'adi', role: 'admin', token: 'admin-token-0123456789' },
];

/** Authorization headers for the test tokens. */
export const As = {
  reader: { authorization: `Bearer ${TestTokens[0]!.token}` },
  reviewer: { authorization: `Bearer ${TestTokens[1]!.token}` },
  admin: { authorization: `Bearer ${TestTokens[2]!.token}` },
} as const;

/** Builds the real app on the file's random database and queue prefix; closed after the file. */
export function useTestApp(
  services: Services,
  over: {
    db?: () => Db;
    exportBatchSize?: number;
    sourcesFile?: string;
    authFailureLimit?: number;
    exportRateLimit?: number;
    trustProxy?: boolean;
    discoveryFetch?: AppDeps['discoveryFetch'];
    /** Keep rate-limit counters in the test Redis (under the file's prefix), as api.ts does. */
    sharedRateLimits?: boolean;
  } = {},
) {
  let app: App | undefined;
  let producer: Producer | undefined;
  beforeAll(async () => {
    const db = over.db?.() ?? services.mongo.db;
    await ensureReviewIndexes(db);
    producer = createProducer(
      { url: services.redisUrl, prefix: services.prefix },
      { role: 'producer', policy: { attempts: 1, backoffMs: 1000 } },
    );
    const probe = createQueueProbe(producer);
    app = buildApp({
      db,
      logger: pino({ level: 'silent' }),
      tokens: TestTokens,
      pingMongo: () => services.mongo.ping(),
      pingRedis: () => probe.ping(),
      queueCounts: () => probe.counts(),
      exportBatchSize: over.exportBatchSize ?? 500,
      digestUtcOffset: '+07:00',
      sourcesFile: over.sourcesFile ?? null,
      ...(over.authFailureLimit === undefined ? {} : { authFailureLimit: over.authFailureLimit }),
      ...(over.exportRateLimit === undefined ? {} : { exportRateLimit: over.exportRateLimit }),
      ...(over.trustProxy === undefined ? {} : { trustProxy: over.trustProxy }),
      ...(over.discoveryFetch === undefined ? {} : { discoveryFetch: over.discoveryFetch }),
      ...(over.sharedRateLimits
        ? { rateLimitRedis: services.redis, rateLimitPrefix: services.prefix }
        : {}),
      pollNow: async (sourceId) => {
        await producer?.enqueue(QueueName.Discover, { sourceId }, { jobId: `poll-${sourceId}` });
      },
    });
    await app.ready();
  });
  afterAll(async () => {
    await app?.close();
    await producer?.close();
  });
  return {
    get app(): App {
      if (!app) {
        throw new Error('useTestApp(): beforeAll has not run yet');
      }
      return app;
    },
    get producer(): Producer {
      if (!producer) {
        throw new Error('useTestApp(): beforeAll has not run yet');
      }
      return producer;
    },
  };
}

export { testDraft, testSource } from '../../../test/support/award-fixtures.ts';
