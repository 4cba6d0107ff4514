import { readFileSync } from 'node:fs';
import { Redis } from 'ioredis';
import { definedWorkers, redisOptions, startWorkerTelemetry, type Producer } from '@pw/queues';
import { fetchJobHost } from '@pw/crawler';
import type { Config, Logger } from '@pw/runtime';
import { createArticleRepository, type Mongo } from '@pw/storage';
import { startAlerts } from './alerts/dispatcher.ts';
import { loadAlertSettings, loadSubscriptions } from './alerts/settings.ts';
import type { ApiConfig } from './api-config.ts';
import type { FastifyInstance } from 'fastify';
import { startSummary } from './banner.ts';
import { createMetrics } from './metrics.ts';
import { registerQueueBoard } from './queue-board.ts';

/** What the operations side of the api needs. */
export interface OpsDeps {
  config: Config;
  apiConfig: Pick<ApiConfig, 'digestUtcOffset'>;
  logger: Logger;
  mongo: Mongo;
  producer: Producer;
  env?: NodeJS.ProcessEnv;
}

/** Reads a source's province from the sources file (re-read at most every 30 s). */
function sourceProvinces(file: string) {
  let read = 0;
  let provinces = new Map<string, string | null>();
  return (id: string): string | null => {
    if (Date.now() - read > 30_000) {
      read = Date.now();
      try {
        const raw = JSON.parse(readFileSync(file, 'utf8')) as {
          sources?: Array<{ id?: unknown; province?: unknown }>;
        };
        provinces = new Map(
          (raw.sources ?? []).map((s) => [
            String(s.id),
            typeof s.province === 'string' ? s.province : null,
          ]),
        );
      } catch {
        // an unreadable file has no provinces; the sources route reports it
      }
    }
    return provinces.get(id) ?? null;
  };
}

/**
 * The api's operations: GET /metrics (reader), the queue dashboard (admin), alert delivery to the
 * configured channels, and the periodic summary line. Pass `routes` to buildApp, start() once listening.
 */
export function startOps(deps: OpsDeps) {
  const env = deps.env ?? process.env;
  const log = deps.logger;
  const settings = loadAlertSettings(env);
  const channels = loadSubscriptions(settings.alertsFile, env);
  // commands wait for the connection instead of failing before it is up, but fail fast after
  const redis = new Redis({
    ...redisOptions(deps.config.redis.url, 'producer'),
    enableOfflineQueue: true,
  });
  redis.on('error', (err) => log.debug({ err: err.message }, 'ops redis error'));
  const articles = createArticleRepository(deps.mongo.db, {
    redis,
    prefix: deps.config.redis.prefix,
  });
  const articleCounts = () => articles.countByStage();
  // the run command's single process: its own workers are counted here (a worker process counts
  // its own in main.ts)
  const telemetry =
    definedWorkers() > 0
      ? startWorkerTelemetry({
          redis: deps.config.redis,
          logger: log,
          past: true,
          hostOf: fetchJobHost(articles),
        })
      : null;

  const metrics = createMetrics({
    db: deps.mongo.db,
    producer: deps.producer,
    redis,
    prefix: deps.config.redis.prefix,
    articleCounts,
  });

  const alerts = startAlerts({
    db: deps.mongo.db,
    redis,
    prefix: deps.config.redis.prefix,
    settings,
    channels,
    logger: log,
    utcOffset: deps.apiConfig.digestUtcOffset,
    provinceOfSource: sourceProvinces(deps.config.sourcesFile),
  });
  let summary: { close: () => Promise<void> } | null = null;
  let closed: Promise<void> | null = null;
  return {
    settings,
    /** GET /metrics (reader) and the queue dashboard (admin), registered inside the app's sign-in. */
    routes(api: FastifyInstance): void {
      api.get(
        '/metrics',
        {
          config: { role: 'reader' },
          schema: { tags: ['operations'], summary: 'Prometheus metrics (text format)' },
        },
        async (_req, reply) => reply.type(metrics.contentType).send(await metrics.render()),
      );
      registerQueueBoard(api, deps.producer);
    },
    /** Starts alert delivery and the summary line (once the api listens). */
    start(): void {
      alerts.start();
      if (channels.length > 0) {
        log.info({ channels: channels.map((c) => `${c.id} (${c.kind})`) }, 'alert channels');
      }
      summary = startSummary({
        db: deps.mongo.db,
        articleCounts,
        logger: log,
        everyMs: settings.summaryEveryMs,
      });
    },
    /** Stops delivery and the summary, then drops Redis; safe before start() and twice. */
    close(): Promise<void> {
      return (closed ??= (async () => {
        await alerts.close();
        await summary?.close();
        await telemetry?.close();
        await redis.quit().catch(() => redis.disconnect());
      })());
    },
  };
}

/** The api's operations side. */
export type Ops = Awaited<ReturnType<typeof startOps>>;
