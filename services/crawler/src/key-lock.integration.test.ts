import { describe, expect, it } from 'vitest';
import { useServices } from '../../../test/support/use-services.ts';
import { createKeyLock } from './key-lock.ts';

describe('key lock', () => {
  const services = useServices();

  it('never lets two holders of a shared key overlap, while disjoint key sets run at once', async () => {
    const lock = createKeyLock(services.redis, `${services.prefix}:k`);
    const other = createKeyLock(services.redis, `${services.prefix}:k`);
    const inside = new Map<string, number>();
    let mostOnShared = 0;
    let mostAtOnce = 0;
    let now = 0;
    await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        (i % 2 ? lock : other)([i % 3 === 0 ? 'solo' + i : 'shared', 'x' + i], async () => {
          now += 1;
          mostAtOnce = Math.max(mostAtOnce, now);
          const key = i % 3 === 0 ? 'solo' : 'shared';
          inside.set(key, (inside.get(key) ?? 0) + 1);
          if (key === 'shared') {
            mostOnShared = Math.max(mostOnShared, inside.get(key)!);
          }
          await new Promise((r) => setTimeout(r, 10));
          inside.set(key, inside.get(key)! - 1);
          now -= 1;
        }),
      ),
    );
    expect(mostOnShared).toBe(1);
    expect(mostAtOnce).toBeGreaterThan(1);
  });

  it('takes no key when one is held, and says when a lease was lost', async () => {
    const lock = createKeyLock(services.redis, `${services.prefix}:l`, 1_000, 2_000);
    await services.redis.set(`${services.prefix}:l:b`, 'someone-else', 'PX', 150);
    const held = await lock(['a', 'b'], async (stillHeld) => {
      const ok = await stillHeld();
      await services.redis.set(`${services.prefix}:l:a`, 'thief');
      return [ok, await stillHeld()];
    });
    expect(held).toEqual([true, false]);
    // the thief's key is not deleted by our release
    expect(await services.redis.get(`${services.prefix}:l:a`)).toBe('thief');
  });
});
