import { Queue, type JobsOptions } from 'bullmq';
import type { Logger } from '@pw/runtime';
import { Payloads, type PayloadOf } from './payloads.ts';
import type { QueueName } from './queue-name.ts';
import { redisOptions, type RedisRole, type RedisSettings } from './redis.ts';

/** Retry policy applied to every job. */
export interface JobPolicy {
  attempts: number;
  backoffMs: number;
}

/** Adds validated jobs to the stage queues. */
export interface Producer {
  enqueue: <Q extends QueueName>(
    queue: Q,
    payload: PayloadOf<Q>,
    opts?: JobsOptions,
  ) => Promise<{ jobId: string | undefined }>;
  /** Adds many jobs in one round trip (each with its own deterministic job id). */
  enqueueMany: <Q extends QueueName>(
    queue: Q,
    jobs: Array<{ payload: PayloadOf<Q>; jobId: string; delayMs?: number }>,
  ) => Promise<void>;
  /** The underlying BullMQ queue (schedulers, counts, the sweep's job look-ups). */
  queue: (name: QueueName) => Queue;
  close: () => Promise<void>;
}

/** Job defaults: exponential retries, completed jobs trimmed, failed jobs kept for inspection. */
export function defaultJobOptions(policy: JobPolicy): JobsOptions {
  return {
    attempts: policy.attempts,
    backoff: { type: 'exponential', delay: policy.backoffMs },
    removeOnComplete: { count: 1000 },
    removeOnFail: false,
  };
}

/** Creates one BullMQ Queue per stage, lazily, sharing the role's connection profile. */
export function createProducer(
  redis: RedisSettings,
  { role, policy, logger }: { role: RedisRole; policy: JobPolicy; logger?: Logger },
): Producer {
  const queues = new Map<QueueName, Queue>();
  const queue = (name: QueueName): Queue => {
    let q = queues.get(name);
    if (!q) {
      q = new Queue(name, {
        connection: redisOptions(redis.url, role),
        prefix: redis.prefix,
        defaultJobOptions: defaultJobOptions(policy),
      });
      q.on('error', (err) => logger?.warn({ err, queue: name }, 'queue connection error'));
      queues.set(name, q);
    }
    return q;
  };
  return {
    queue,
    async enqueue(name, payload, opts) {
      const data = Payloads[name].parse(payload);
      const job = await queue(name).add(name, data, opts);
      return { jobId: job.id };
    },
    async enqueueMany(name, jobs) {
      if (jobs.length === 0) {
        return;
      }
      await queue(name).addBulk(
        jobs.map((j) => ({
          name,
          data: Payloads[name].parse(j.payload),
          opts: { jobId: j.jobId, ...(j.delayMs ? { delay: j.delayMs } : {}) },
        })),
      );
    },
    async close() {
      await Promise.all([...queues.values()].map((q) => q.close()));
      queues.clear();
    },
  };
}
