import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';

/** Runs a function while holding a Redis lock, across every crawler process. */
export type Mutex = <T>(fn: () => Promise<T>) => Promise<T>;

// delete the lock only if it is still ours: it may have expired and been taken by another holder
const release = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end`;

/**
 * A lock as a key set with NX and an expiry, so a process killed while holding it cannot block
 * the others for longer than `ttlMs`.
 */
export function createRedisMutex(redis: Redis, key: string, ttlMs = 5_000, waitMs = 30_000): Mutex {
  return async (fn) => {
    const token = randomUUID();
    const deadline = Date.now() + waitMs;
    while ((await redis.set(key, token, 'PX', ttlMs, 'NX')) !== 'OK') {
      if (Date.now() > deadline) {
        throw Object.assign(new Error(`lock ${key} not acquired within ${waitMs} ms`), {
          code: 'pipeline.lock-timeout',
          retryable: true,
        });
      }
      await new Promise((r) => setTimeout(r, 10 + Math.random() * 20));
    }
    try {
      return await fn();
    } finally {
      await redis.eval(release, 1, key, token);
    }
  };
}
