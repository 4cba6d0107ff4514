import { createServer, type Server } from 'node:net';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, startLocalServices, type LocalServices } from './services.ts';

describe('startLocalServices: a port taken before the service binds it', () => {
  let local: LocalServices | undefined;
  let holder: Server | undefined;
  afterAll(async () => {
    await local?.stop();
    await new Promise((ok) => (holder ? holder.close(ok) : ok(undefined)));
  });

  it('starts the service again on a new port', async () => {
    // the port handed out first is held by another process, as a parallel test may do
    holder = createServer((socket) => socket.destroy());
    await new Promise<void>((ok) => holder?.listen(0, '127.0.0.1', ok));
    const taken = (holder.address() as { port: number }).port;
    let calls = 0;
    local = await startLocalServices(
      { MONGODB_URL: 'mongodb://127.0.0.1:1/' },
      { pickPort: async () => (calls++ === 0 ? taken : freePort()) },
    );
    expect(local.started).toEqual(['redis-server']);
    expect(local.redisUrl).not.toContain(`:${taken}`);
    const redis = new Redis(local.redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1 });
    await redis.connect();
    expect(await redis.ping()).toBe('PONG');
    redis.disconnect();
  });
});
