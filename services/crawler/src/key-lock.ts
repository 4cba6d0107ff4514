import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';

/**
 * Runs `fn` while holding locks on all the given keys at once. `stillHeld` renews the lease and
 * says whether every key is still ours: call it before writing.
 */
export type KeyLock = <T>(
  keys: string[],
  fn: (stillHeld: () => Promise<boolean>) => Promise<T>,
) => Promise<T>;

// all keys or none: a holder never waits while holding some, so two callers cannot deadlock
const acquire = `
for i, key in ipairs(KEYS) do
  if redis.call('set', key, ARGV[1], 'PX', ARGV[2], 'NX') == false then
    for j = 1, i - 1 do redis.call('del', KEYS[j]) end
    return 0
  end
end
return 1`;
// renew (ARGV[2] ms) or release (no ARGV[2]) only the keys still ours; returns how many were
const touch = `
local n = 0
for _, key in ipairs(KEYS) do
  if redis.call('get', key) == ARGV[1] then
    n = n + 1
    if ARGV[2] then redis.call('pexpire', key, ARGV[2]) else redis.call('del', key) end
  end
end
return n`;

/** Thrown (retryable) when the locks could not be had in time or were lost while held. */
function lockError(message: string): Error {
  return Object.assign(new Error(message), { code: 'pipeline.lock-timeout', retryable: true });
}

/**
 * Locks on many keys in Redis, each a key set with NX and a lease (`ttlMs`), so a process killed
 * while holding them blocks the others for at most the lease. Callers whose key sets do not
 * overlap run at once; only those sharing a key wait for each other.
 */
export function createKeyLock(
  redis: Redis,
  prefix: string,
  ttlMs = 30_000,
  waitMs = 30_000,
): KeyLock {
  return async (keys, fn) => {
    const names = [...new Set(keys)].sort().map((k) => `${prefix}:${k}`);
    const token = randomUUID();
    const deadline = Date.now() + waitMs;
    while ((await redis.eval(acquire, names.length, ...names, token, ttlMs)) !== 1) {
      if (Date.now() > deadline) {
        throw lockError(`locks on ${names.length} keys not acquired within ${waitMs} ms`);
      }
      await new Promise((r) => setTimeout(r, 2 + Math.random() * 8));
    }
    const stillHeld = async () =>
      (await redis.eval(touch, names.length, ...names, token, ttlMs)) === names.length;
    try {
      return await fn(stillHeld);
    } finally {
      await redis.eval(touch, names.length, ...names, token);
    }
  };
}

/** The same contract within one process (tests, measurements): waits on overlapping key sets. */
export function createLocalKeyLock(): KeyLock {
  const held = new Set<string>();
  const waiters: Array<() => void> = [];
  return async (keys, fn) => {
    const set = [...new Set(keys)];
    while (set.some((k) => held.has(k))) {
      await new Promise<void>((r) => waiters.push(r));
    }
    set.forEach((k) => held.add(k));
    try {
      return await fn(() => Promise.resolve(true));
    } finally {
      set.forEach((k) => held.delete(k));
      waiters.splice(0).forEach((wake) => wake());
    }
  };
}
