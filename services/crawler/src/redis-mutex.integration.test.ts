import { describe, expect, it } from 'vitest';
import { useServices } from '../../../test/support/use-services.ts';
import { createRedisMutex } from './redis-mutex.ts';

describe('redis mutex', () => {
  const services = useServices();

  it('never lets two holders overlap, across mutex instances', async () => {
    const key = `${services.prefix}:lock`;
    const a = createRedisMutex(services.redis, key);
    const b = createRedisMutex(services.redis, key);
    let inside = 0;
    let most = 0;
    await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        (i % 2 ? a : b)(async () => {
          most = Math.max(most, ++inside);
          await new Promise((r) => setTimeout(r, 5));
          inside--;
        }),
      ),
    );
    expect(most).toBe(1);
  });

  it('frees a lock whose holder died, once it expires', async () => {
    const key = `${services.prefix}:dead`;
    await services.redis.set(key, 'someone-else', 'PX', 100);
    const lock = createRedisMutex(services.redis, key, 1_000, 2_000);
    expect(await lock(() => Promise.resolve('got it'))).toBe('got it');
  });
});
