import type { Redis } from 'ioredis';

/** Raised when a host is closed (its Retry-After) or busy; the job is deferred until then. */
export class HostBusyError extends Error {
  readonly code = 'fetch.host-busy';
  readonly retryable = true;
  readonly deferrable = true;
  readonly retryAfterMs: number;
  constructor(host: string, retryAfterMs: number) {
    super(`host ${host} is rate-limited for another ${retryAfterMs} ms`);
    this.name = 'HostBusyError';
    this.retryAfterMs = retryAfterMs;
  }
}

/** Per-host politeness shared by every crawler process, kept in Redis. */
export interface HostLimiter {
  /** Waits for the host's next slot; returns the release function. */
  acquire: (host: string) => Promise<() => Promise<void>>;
  /** Closes the host for `ms` (a 429/503 Retry-After), for every process. */
  block: (host: string, ms: number) => Promise<void>;
}

/** Limits for one host. */
export interface HostLimits {
  /** Smallest gap between two requests to one host (ms). */
  minIntervalMs: number;
  /** Requests to one host in flight at once, across processes. */
  maxConcurrent: number;
  /** Longest a job waits for a slot before it gives the slot back to the queue (ms). */
  maxWaitMs: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * A slot is a key set with NX and a PX of the minimum interval; concurrency is a counter with a
 * safety expiry, so a process killed mid-request cannot hold a host closed for long.
 */
export function createHostLimiter(redis: Redis, prefix: string, limits: HostLimits): HostLimiter {
  const key = (host: string, what: string) => `${prefix}:host:${host}:${what}`;
  return {
    async acquire(host) {
      const started = Date.now();
      for (;;) {
        const waited = Date.now() - started;
        const blocked = await redis.pttl(key(host, 'blocked'));
        if (blocked > 0) {
          if (waited + blocked > limits.maxWaitMs) {
            throw new HostBusyError(host, blocked);
          }
          await sleep(blocked);
          continue;
        }
        const slot = await redis.set(key(host, 'slot'), '1', 'PX', limits.minIntervalMs, 'NX');
        if (slot !== 'OK') {
          const wait = Math.max(await redis.pttl(key(host, 'slot')), 10);
          if (waited + wait > limits.maxWaitMs) {
            throw new HostBusyError(host, wait);
          }
          await sleep(wait);
          continue;
        }
        const inFlight = await redis.incr(key(host, 'inflight'));
        await redis.pexpire(key(host, 'inflight'), 120_000);
        if (inFlight > limits.maxConcurrent) {
          await redis.decr(key(host, 'inflight'));
          await sleep(limits.minIntervalMs);
          continue;
        }
        let released = false;
        return async () => {
          if (!released) {
            released = true;
            await redis.decr(key(host, 'inflight'));
          }
        };
      }
    },
    async block(host, ms) {
      if (ms > 0) {
        await redis.set(key(host, 'blocked'), '1', 'PX', Math.ceil(ms));
      }
    },
  };
}
