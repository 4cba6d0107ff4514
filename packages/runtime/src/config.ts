import { z } from 'zod';

const positiveInt = z.coerce.number().int().positive();

/** Every environment variable the services read, with its default and meaning (the README's table). */
export const Env = z.object({
  /** Redis for BullMQ. Required by services; the run command starts a local one when unset. */
  REDIS_URL: z.url().describe('Redis for BullMQ; the run command starts a local one when unset'),
  /** MongoDB wire-protocol server (MongoDB in production, FerretDB locally). */
  MONGODB_URL: z
    .url()
    .describe('MongoDB wire-protocol server; the run command starts FerretDB when unset'),
  MONGODB_DB: z
    .string()
    .regex(/^[a-z][a-z0-9_]*$/, 'lower-case Latin letters, digits and _')
    .default('paritrana')
    .describe('database name'),
  /** BullMQ key prefix, so several deployments can share a Redis. */
  QUEUE_PREFIX: z.string().min(1).default('pw').describe('BullMQ key prefix'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** How long shutdown may take before the process exits anyway (ms). */
  SHUTDOWN_GRACE_MS: positiveInt
    .default(25_000)
    .describe('shutdown grace before a forced exit (ms)'),
  /** Total deadline for one HTTP fetch (ms). */
  FETCH_TIMEOUT_MS: positiveInt.default(15_000).describe('total deadline of one fetch (ms)'),
  /** Largest body accepted, after decompression (bytes). */
  FETCH_MAX_BYTES: positiveInt
    .default(5_000_000)
    .describe('largest body, after decompression (bytes)'),
  /** Hosts or IPs the fetcher may reach even though they are private (comma-separated; tests use 127.0.0.1). */
  FETCH_ALLOW_PRIVATE: z
    .string()
    .default('')
    .describe('comma-separated private hosts the fetcher may reach'),
  FETCH_USER_AGENT: z
    .string()
    .default('ParitranaWatchBot/0.1 (news monitor for Paritrana Award reports)')
    .describe('User-Agent sent with every request'),
  /** The sources file the crawler polls (JSON). */
  SOURCES_FILE: z.string().default('services/crawler/sources.json').describe('sources file (JSON)'),
  /** Fetch, classify and extract jobs wait mostly on the network and the stores: I/O-bound. */
  CRAWLER_CONCURRENCY: positiveInt
    .default(16)
    .describe('fetch jobs in parallel per crawler process'),
  /** Smallest gap between two requests to one host, across all crawler processes (ms). */
  CRAWLER_HOST_INTERVAL_MS: positiveInt
    .default(2_000)
    .describe('smallest gap between requests to one host (ms)'),
  CRAWLER_HOST_CONCURRENCY: positiveInt
    .default(2)
    .describe('requests in flight to one host, all processes'),
  /** Longest a fetch job waits for its host's slot before it is retried later (ms). */
  CRAWLER_HOST_MAX_WAIT_MS: positiveInt
    .default(60_000)
    .describe('longest wait for a host slot (ms)'),
  CRAWLER_MIN_POLL_MS: positiveInt.default(300_000).describe('fastest adaptive poll interval (ms)'),
  CRAWLER_MAX_POLL_MS: positiveInt
    .default(86_400_000)
    .describe('slowest adaptive poll interval (ms)'),
  /** Months (1–12) of the award season, when sources are polled faster. */
  CRAWLER_SEASON_MONTHS: z
    .string()
    .regex(/^$|^\d{1,2}(,\d{1,2})*$/, 'comma-separated month numbers')
    .default('7,8,9')
    .describe('award-season months (1–12), polled faster'),
  CRAWLER_SEASON_FACTOR: z.coerce
    .number()
    .positive()
    .max(1)
    .default(0.5)
    .describe('interval multiplier in season'),
  /** Failed polls in a row after which a source is marked broken (and polled rarely). */
  CRAWLER_BROKEN_AFTER: positiveInt
    .default(5)
    .describe('failed polls in a row before a source is broken'),
  /** How often the crawler checks the sources file for changes (ms). */
  CRAWLER_SOURCES_REFRESH_MS: positiveInt
    .default(10_000)
    .describe('how often the sources file is re-read (ms)'),
  CLASSIFIER_CONCURRENCY: positiveInt.default(16).describe('classify jobs in parallel per process'),
  EXTRACTOR_CONCURRENCY: positiveInt.default(4).describe('extract jobs in parallel per process'),
  /** Attempts per job before the article is marked failed. */
  JOB_ATTEMPTS: positiveInt
    .default(5)
    .describe('attempts per job before the article is marked failed'),
  /** First retry delay; doubles each attempt (ms). */
  JOB_BACKOFF_MS: positiveInt.default(5_000).describe('first retry delay, doubling (ms)'),
  /** A job whose lock is not renewed for this long is handed to another worker (ms). */
  JOB_LOCK_MS: positiveInt.default(30_000).describe('job lock duration (ms)'),
  /** How often workers look for stalled jobs (ms). */
  JOB_STALLED_INTERVAL_MS: positiveInt.default(30_000).describe('stalled-job check interval (ms)'),
  /** How often the sweep looks for articles whose stage has not moved (ms). */
  SWEEP_EVERY_MS: positiveInt
    .default(300_000)
    .describe('how often the stuck-article sweep runs (ms)'),
  /** An article whose stage has not moved for this long is re-enqueued, then failed (ms). */
  SWEEP_STUCK_AFTER_MS: positiveInt
    .default(1_800_000)
    .describe('when an article counts as stuck (ms)'),
  /** Days a compact ledger line of an article not about the award is kept. */
  LEDGER_RETENTION_DAYS: positiveInt
    .default(30)
    .describe('days the ledger keeps a line for an article not about the award'),
  /** How long a fetched article's text waits in Redis for the classifier (ms). */
  ARTICLE_TEXT_TTL_MS: positiveInt
    .default(172_800_000)
    .describe('how long fetched text waits in Redis for the classifier (ms)'),
  API_HOST: z.string().default('127.0.0.1').describe('api listen address'),
  API_PORT: z.coerce.number().int().min(0).max(65535).default(8080).describe('api listen port'),
});
export type Env = z.infer<typeof Env>;

/** The validated, nested configuration every service receives. */
export interface Config {
  redis: { url: string; prefix: string };
  mongo: { url: string; dbName: string };
  logLevel: Env['LOG_LEVEL'];
  shutdownGraceMs: number;
  fetch: { timeoutMs: number; maxBytes: number; allowPrivate: string[]; userAgent: string };
  sourcesFile: string;
  jobs: { attempts: number; backoffMs: number; lockMs: number; stalledIntervalMs: number };
  sweep: { everyMs: number; stuckAfterMs: number };
  ledger: { retentionDays: number; textTtlMs: number };
  crawler: {
    concurrency: number;
    host: { minIntervalMs: number; maxConcurrent: number; maxWaitMs: number };
    schedule: { minMs: number; maxMs: number; seasonMonths: number[]; seasonFactor: number };
    brokenAfter: number;
    sourcesRefreshMs: number;
  };
  classifier: { concurrency: number };
  extractor: { concurrency: number };
  api: { host: string; port: number };
}

/** Reads and validates the environment once; throws a single error that lists every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    throw new Error(`Invalid configuration:\n${z.prettifyError(parsed.error)}`);
  }
  const e = parsed.data;
  return {
    redis: { url: e.REDIS_URL, prefix: e.QUEUE_PREFIX },
    mongo: { url: e.MONGODB_URL, dbName: e.MONGODB_DB },
    logLevel: e.LOG_LEVEL,
    shutdownGraceMs: e.SHUTDOWN_GRACE_MS,
    fetch: {
      timeoutMs: e.FETCH_TIMEOUT_MS,
      maxBytes: e.FETCH_MAX_BYTES,
      allowPrivate: e.FETCH_ALLOW_PRIVATE.split(',')
        .map((s) => s.trim())
        .filter(Boolean),
      userAgent: e.FETCH_USER_AGENT,
    },
    sourcesFile: e.SOURCES_FILE,
    jobs: {
      attempts: e.JOB_ATTEMPTS,
      backoffMs: e.JOB_BACKOFF_MS,
      lockMs: e.JOB_LOCK_MS,
      stalledIntervalMs: e.JOB_STALLED_INTERVAL_MS,
    },
    sweep: { everyMs: e.SWEEP_EVERY_MS, stuckAfterMs: e.SWEEP_STUCK_AFTER_MS },
    ledger: { retentionDays: e.LEDGER_RETENTION_DAYS, textTtlMs: e.ARTICLE_TEXT_TTL_MS },
    crawler: {
      concurrency: e.CRAWLER_CONCURRENCY,
      host: {
        minIntervalMs: e.CRAWLER_HOST_INTERVAL_MS,
        maxConcurrent: e.CRAWLER_HOST_CONCURRENCY,
        maxWaitMs: e.CRAWLER_HOST_MAX_WAIT_MS,
      },
      schedule: {
        minMs: e.CRAWLER_MIN_POLL_MS,
        maxMs: e.CRAWLER_MAX_POLL_MS,
        seasonMonths: e.CRAWLER_SEASON_MONTHS.split(',').filter(Boolean).map(Number),
        seasonFactor: e.CRAWLER_SEASON_FACTOR,
      },
      brokenAfter: e.CRAWLER_BROKEN_AFTER,
      sourcesRefreshMs: e.CRAWLER_SOURCES_REFRESH_MS,
    },
    classifier: { concurrency: e.CLASSIFIER_CONCURRENCY },
    extractor: { concurrency: e.EXTRACTOR_CONCURRENCY },
    api: { host: e.API_HOST, port: e.API_PORT },
  };
}
