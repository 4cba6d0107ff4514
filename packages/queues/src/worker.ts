import { DelayedError, UnrecoverableError, Worker, type Job } from 'bullmq';
import type { Logger } from '@pw/runtime';
import { PipelineError, errorCode, errorMessage } from '@pw/domain';
import { Payloads, type PayloadOf } from './payloads.ts';
import type { QueueName } from './queue-name.ts';
import { redisOptions, type RedisSettings } from './redis.ts';
import { announceWorker } from './worker-telemetry.ts';

/** An error that says it must not be retried (PipelineError, FetchError, … with `retryable: false`). */
export function isPermanent(err: unknown): boolean {
  if (err instanceof PipelineError) {
    return !err.retryable;
  }
  return (
    typeof err === 'object' && err !== null && (err as { retryable?: unknown }).retryable === false
  );
}

/** How long a deferrable error (`deferrable: true`, e.g. a host's Retry-After) asks us to wait (ms), or 0. */
export function retryAfterOf(err: unknown): number {
  const e = err as { retryAfterMs?: unknown; deferrable?: unknown } | null;
  return e?.deferrable === true && typeof e.retryAfterMs === 'number' && e.retryAfterMs > 0
    ? e.retryAfterMs
    : 0;
}

const describe = (err: unknown): string => {
  const code = errorCode(err);
  return code ? `${code}: ${errorMessage(err)}` : errorMessage(err);
};

/** What a processor gets besides its payload. */
export interface JobContext {
  log: Logger;
  job: Job;
  attempt: number;
  isFinalAttempt: boolean;
  /** True while this worker still holds the job's lock (and extends it); false once it was lost. */
  holdsLock: () => Promise<boolean>;
}

/** The work of one queue: a payload in, a small JSON-able result out. */
export type Processor<Q extends QueueName> = (
  payload: PayloadOf<Q>,
  ctx: JobContext,
) => Promise<unknown>;

/** Called once when a job will not be retried again, so the article records why. */
export type OnExhausted<Q extends QueueName> = (
  payload: PayloadOf<Q>,
  err: unknown,
  ctx: JobContext,
) => Promise<void>;

/** A worker that has not started taking jobs until start() is called. */
export interface DefinedWorker {
  worker: Worker;
  start: () => void;
  close: () => Promise<void>;
}

/** Options every worker takes. */
export interface WorkerOptions<Q extends QueueName> {
  redis: RedisSettings;
  concurrency: number;
  logger: Logger;
  lockMs: number;
  stalledIntervalMs: number;
  onExhausted?: OnExhausted<Q>;
}

/** The one place that knows BullMQ's error semantics: parse → run → map errors → log. */
export function defineWorker<Q extends QueueName>(
  queue: Q,
  process: Processor<Q>,
  opts: WorkerOptions<Q>,
): DefinedWorker {
  const base = opts.logger.child({ queue });
  const worker = new Worker(
    queue,
    async (job: Job, token?: string) => {
      const attempt = job.attemptsMade + 1;
      const log = base.child({ jobId: job.id, attempt });
      const parsed = Payloads[queue].safeParse(job.data);
      if (!parsed.success) {
        log.error({ issues: parsed.error.issues }, 'invalid payload');
        throw new UnrecoverableError(`invalid payload: ${parsed.error.message}`);
      }
      const payload = parsed.data as PayloadOf<Q>;
      const isFinalAttempt = attempt >= (job.opts.attempts ?? 1);
      const holdsLock = async () =>
        token === undefined || (await job.extendLock(token, opts.lockMs)) === 1;
      const ctx: JobContext = { log, job, attempt, isFinalAttempt, holdsLock };
      try {
        return await process(payload, ctx);
      } catch (err) {
        const permanent = isPermanent(err);
        const waitMs = retryAfterOf(err);
        if (!permanent && waitMs > 0 && token) {
          // the server said when to come back (429/503 Retry-After): wait for it without using an attempt
          log.info({ waitMs, err: describe(err) }, 'job deferred');
          await job.moveToDelayed(Date.now() + waitMs, token);
          throw new DelayedError();
        }
        if (permanent || isFinalAttempt) {
          await opts.onExhausted?.(payload, err, ctx);
        }
        if (permanent) {
          throw new UnrecoverableError(describe(err));
        }
        throw err;
      }
    },
    {
      connection: redisOptions(opts.redis.url, 'worker'),
      prefix: opts.redis.prefix,
      concurrency: opts.concurrency,
      lockDuration: opts.lockMs,
      stalledInterval: opts.stalledIntervalMs,
      autorun: false,
    },
  );
  worker.on('error', (err) => base.error({ err }, 'worker error'));
  worker.on('failed', (job, err) =>
    base.warn({ jobId: job?.id, attempt: job?.attemptsMade, err: err.message }, 'job failed'),
  );
  announceWorker(queue, worker);
  return {
    worker,
    start: () => {
      worker.run().catch((err: unknown) => base.error({ err }, 'worker stopped'));
    },
    close: () => worker.close(),
  };
}
