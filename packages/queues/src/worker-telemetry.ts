import type { Job, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { heartbeatSettings, startHeartbeat, type Logger } from '@pw/runtime';
import { errorCode } from '@pw/domain';
import type { QueueName } from './queue-name.ts';
import { redisOptions, type RedisSettings } from './redis.ts';

// Workers run in several processes; their counters live in one Redis hash, so the api's /metrics
// sees every process's work (and the figures survive a worker restart).

/** Called with every worker defineWorker creates. */
export type WorkerObserver = (queue: QueueName, worker: Worker) => void;

const observers = new Set<WorkerObserver>();
const defined: Array<{ queue: QueueName; worker: Worker }> = [];

/**
 * Registers an observer of the workers this process defines from now on (and, with `past`, of
 * those already defined); returns its removal.
 */
export function observeWorkers(observer: WorkerObserver, { past = false } = {}): () => void {
  if (past) {
    for (const d of defined) {
      observer(d.queue, d.worker);
    }
  }
  observers.add(observer);
  return () => void observers.delete(observer);
}

/** How many workers this process has defined (0 in an api-only process). */
export function definedWorkers(): number {
  return defined.length;
}

/** defineWorker's one call: hands a new worker to the observers. */
export function announceWorker(queue: QueueName, worker: Worker): void {
  defined.push({ queue, worker });
  for (const o of observers) {
    o(queue, worker);
  }
}

/** The Redis hash holding the workers' counters. */
export const metricsKey = (prefix: string): string => `${prefix}:metrics`;

/** Upper bounds (seconds) of the wait and duration histograms. */
export const DurationBuckets = [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 900, 3600];

/** One counter in the hash: a metric name and its labels. */
export interface MetricField {
  name: string;
  labels: Record<string, string>;
}

const clean = (v: string) => v.replaceAll(/[|=]/g, '_');

/** `name|k=v|k=v`, the hash field of a metric and its labels. */
export function metricField(name: string, labels: Record<string, string>): string {
  return [name, ...Object.entries(labels).map(([k, v]) => `${k}=${clean(v)}`)].join('|');
}

/** Reads a hash field back into a name and labels. */
export function parseMetricField(field: string): MetricField {
  const [name = '', ...parts] = field.split('|');
  const labels: Record<string, string> = {};
  for (const p of parts) {
    const i = p.indexOf('=');
    if (i > 0) {
      labels[p.slice(0, i)] = p.slice(i + 1);
    }
  }
  return { name, labels };
}

/** The code at the start of an error message ('fetch.dns: …'), as UnrecoverableError keeps it. */
function outcomeOf(err: Error): string {
  return errorCode(err) ?? /^([a-z]+\.[a-z0-9-]+):/.exec(err.message)?.[1] ?? 'error';
}

/** What worker telemetry needs: Redis, and how to name the host a fetch job went to. */
export interface TelemetryOptions {
  redis: RedisSettings;
  logger: Logger;
  /** The host a fetch job fetched from (looked up from its article), or null. */
  hostOf?: (job: Job) => Promise<string | null>;
  /** Also count the workers this process defined before (the run command's single process). */
  past?: boolean;
  /** How often the counts gathered in memory are written to Redis (default 1 s). */
  flushMs?: number;
}

/** One counter's increment since the last flush; sums of seconds go out as HINCRBYFLOAT. */
interface Delta {
  by: number;
  float: boolean;
}

/** Counter increments gathered in memory until the next flush. */
function createPendingCounters() {
  let deltas = new Map<string, Delta>();
  const add = (field: string, by: number, float: boolean) => {
    const d = deltas.get(field);
    if (d) {
      d.by += by;
    } else {
      deltas.set(field, { by, float });
    }
  };
  return {
    add: (field: string, by: number) => add(field, by, false),
    addFloat: (field: string, by: number) => add(field, by, true),
    /** Everything gathered so far, now cleared. */
    take(): Map<string, Delta> {
      const taken = deltas;
      deltas = new Map();
      return taken;
    },
    /** Puts back a batch that could not be written. */
    restore(batch: Map<string, Delta>): void {
      for (const [field, d] of batch) {
        add(field, d.by, d.float);
      }
    },
  };
}

/**
 * Counts every job of this process's workers into Redis (outcome, duration, wait before start,
 * fetches by host) and says whether every worker is still taking jobs (for the heartbeat).
 */
export function startWorkerTelemetry(opts: TelemetryOptions) {
  const redis = new Redis(redisOptions(opts.redis.url, 'worker'));
  redis.on('error', (err) => opts.logger.debug({ err: err.message }, 'telemetry redis error'));
  const key = metricsKey(opts.redis.prefix);
  const workers: Worker[] = [];
  // counted in memory and written in one round trip per flush: per-job writes were ~35 Redis
  // commands a job, a third of all the pipeline's Redis traffic
  const pending = createPendingCounters();
  const flush = async () => {
    const deltas = pending.take();
    if (deltas.size === 0) {
      return;
    }
    const m = redis.multi();
    for (const [field, d] of deltas) {
      if (d.float) {
        m.hincrbyfloat(key, field, d.by);
      } else {
        m.hincrby(key, field, d.by);
      }
    }
    try {
      const replies = await m.exec();
      if (!replies || replies.some(([err]) => err)) {
        throw new Error('telemetry flush refused');
      }
    } catch (err) {
      // Redis away: keep the counts for the next flush (a partial write may count some twice)
      pending.restore(deltas);
      opts.logger.debug({ err }, 'telemetry write failed');
    }
  };
  const flushing = setInterval(() => void flush(), opts.flushMs ?? 1000);
  flushing.unref();

  const observe = (name: string, labels: Record<string, string>, seconds: number) => {
    for (const le of DurationBuckets) {
      if (seconds <= le) {
        pending.add(metricField(`${name}_bucket`, { ...labels, le: String(le) }), 1);
      }
    }
    pending.add(metricField(`${name}_bucket`, { ...labels, le: '+Inf' }), 1);
    pending.addFloat(metricField(`${name}_sum`, labels), seconds);
    pending.add(metricField(`${name}_count`, labels), 1);
  };
  const count = (name: string, labels: Record<string, string>) =>
    pending.add(metricField(name, labels), 1);
  const swallow = (p: Promise<unknown>) =>
    void p.catch((err: unknown) => opts.logger.debug({ err }, 'telemetry write failed'));

  const settled = async (queue: QueueName, job: Job, outcome: string, reason: string | null) => {
    const seconds = Math.max(
      0,
      ((job.finishedOn ?? Date.now()) - (job.processedOn ?? Date.now())) / 1000,
    );
    observe('pw_job_duration_seconds', { queue, outcome }, seconds);
    count('pw_jobs_total', { queue, outcome });
    if (queue === 'fetch' && opts.hostOf) {
      const host = (await opts.hostOf(job)) ?? 'unknown';
      count('pw_fetches_total', { host, outcome: reason ?? 'ok' });
    }
    if (queue === 'discover') {
      const r = job.returnvalue as { outcome?: unknown; code?: unknown } | undefined;
      const polled =
        reason ??
        (r?.outcome === 'failed' ? (typeof r.code === 'string' ? r.code : 'failed') : 'ok');
      count('pw_feed_polls_total', { outcome: polled });
    }
  };

  const remove = observeWorkers(
    (queue, worker) => {
      workers.push(worker);
      worker.on('active', (job) => {
        if (job.attemptsMade === 0) {
          const waited =
            ((job.processedOn ?? Date.now()) - job.timestamp - (job.opts.delay ?? 0)) / 1000;
          observe('pw_job_wait_seconds', { queue }, Math.max(0, waited));
        }
      });
      worker.on('completed', (job) => swallow(settled(queue, job, 'completed', null)));
      worker.on('failed', (job, err) => {
        if (!job) {
          return;
        }
        const final =
          err.name === 'UnrecoverableError' || job.attemptsMade >= (job.opts.attempts ?? 1);
        swallow(settled(queue, job, final ? 'failed' : 'retried', outcomeOf(err)));
      });
    },
    { past: opts.past === true },
  );

  return {
    /** True while Redis answers and every worker of this process runs and is not closing. */
    isTakingJobs(): boolean {
      if (workers.length === 0 || redis.status !== 'ready') {
        return false;
      }
      for (const w of workers) {
        if (!w.isRunning() || w.closing) {
          return false;
        }
      }
      return true;
    },
    /** Writes the counts gathered since the last flush (also done every `flushMs`). */
    flush,
    async close(): Promise<void> {
      remove();
      clearInterval(flushing);
      await flush();
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}

/** A running worker telemetry. */
export type WorkerTelemetry = ReturnType<typeof startWorkerTelemetry>;

/**
 * A worker process's health: telemetry of its workers, and a heartbeat file (HEARTBEAT_FILE)
 * refreshed while they take jobs. Start it before the service, so it sees every worker.
 */
export function startWorkerHealth(opts: TelemetryOptions, env: NodeJS.ProcessEnv = process.env) {
  const telemetry = startWorkerTelemetry(opts);
  const settings = heartbeatSettings(env);
  let heartbeat: { stop: () => void } | undefined;
  return {
    /** Starts beating once the service's workers exist. */
    beat(): void {
      heartbeat ??= startHeartbeat({
        file: settings.file,
        everyMs: settings.everyMs,
        isTakingJobs: () => telemetry.isTakingJobs(),
        onError: (err) => opts.logger.warn({ err }, 'heartbeat not written'),
      });
    },
    async close(): Promise<void> {
      heartbeat?.stop();
      await telemetry.close();
    },
  };
}
