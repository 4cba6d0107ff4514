import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, inject } from 'vitest';
import { connectMongo, type Mongo } from '@pw/storage';

/** Real Redis and MongoDB for one test file, isolated by a random queue prefix and database. */
export interface Services {
  readonly redisUrl: string;
  readonly mongoUrl: string;
  readonly prefix: string;
  readonly dbName: string;
  readonly mongo: Mongo;
  readonly redis: Redis;
}

/** Our describeWithMongoDB: registers beforeAll/afterAll and hands out the connections. */
export function useServices(): Services {
  const id = randomUUID().replaceAll('-', '').slice(0, 16);
  const prefix = `test-${id}`;
  const dbName = `test_${id}`;
  let mongo: Mongo | undefined;
  let redis: Redis | undefined;

  beforeAll(async () => {
    mongo = await connectMongo({ url: inject('mongoUrl'), dbName });
    redis = new Redis(inject('redisUrl'), { maxRetriesPerRequest: null });
  });

  afterAll(async () => {
    await mongo?.db.dropDatabase().catch(() => undefined);
    await mongo?.close();
    if (redis) {
      const keys = await redis.keys(`${prefix}:*`);
      if (keys.length > 0) {
        await redis.del(...keys);
      }
      redis.disconnect();
    }
  });

  const ready = <T>(value: T | undefined): T => {
    if (value === undefined) {
      throw new Error('useServices(): beforeAll has not run yet');
    }
    return value;
  };

  return {
    get redisUrl() {
      return inject('redisUrl');
    },
    get mongoUrl() {
      return inject('mongoUrl');
    },
    prefix,
    dbName,
    get mongo() {
      return ready(mongo);
    },
    get redis() {
      return ready(redis);
    },
  };
}

/** Waits until `check` returns a truthy value, polling; fails with `what` after the timeout. */
export async function eventually<T>(
  what: string,
  check: () => Promise<T | undefined | null | false>,
  timeoutMs = 20_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) {
      return value;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out waiting for ${what}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}
