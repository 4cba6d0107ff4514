import type { RedisOptions } from 'ioredis';

/** How a connection behaves when Redis is away: workers wait it out, the API fails fast. */
export type RedisRole = 'worker' | 'producer';

/** Redis connection settings shared by every queue client. */
export interface RedisSettings {
  url: string;
  prefix: string;
}

/** ioredis options from a redis:// URL, with BullMQ's production profile for the role. */
export function redisOptions(url: string, role: RedisRole): RedisOptions {
  const u = new URL(url);
  const base: RedisOptions = {
    host: u.hostname,
    port: u.port ? Number(u.port) : 6379,
    ...(u.username ? { username: decodeURIComponent(u.username) } : {}),
    ...(u.password ? { password: decodeURIComponent(u.password) } : {}),
    ...(u.pathname.length > 1 ? { db: Number(u.pathname.slice(1)) } : {}),
    ...(u.protocol === 'rediss:' ? { tls: {} } : {}),
  };
  if (role === 'worker') {
    // handled by BullMQ: wait forever for Redis to come back
    return { ...base, maxRetriesPerRequest: null };
  }
  return { ...base, enableOfflineQueue: false, maxRetriesPerRequest: 1 };
}
