import { describe, expect, it } from 'vitest';
import { useServices } from '../../../../test/support/use-services.ts';
import { HostBusyError, createHostLimiter } from './host-limiter.ts';

describe('host limiter', () => {
  const services = useServices();
  const limits = { minIntervalMs: 100, maxConcurrent: 1, maxWaitMs: 2_000 };

  it('spaces requests to one host by the minimum interval, across limiter instances', async () => {
    const a = createHostLimiter(services.redis, services.prefix, limits);
    const b = createHostLimiter(services.redis, services.prefix, limits);
    const started = Date.now();
    const times: number[] = [];
    await Promise.all(
      [a, b, a, b].map(async (limiter) => {
        const release = await limiter.acquire('berita.contoh');
        times.push(Date.now() - started);
        await release();
      }),
    );
    times.sort((x, y) => x - y);
    for (let i = 1; i < times.length; i++) {
      expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(90);
    }
  });

  it('does not slow down other hosts', async () => {
    const limiter = createHostLimiter(services.redis, services.prefix, {
      ...limits,
      minIntervalMs: 5_000,
    });
    await (
      await limiter.acquire('satu.contoh')
    )();
    const release = await limiter.acquire('dua.contoh');
    await release();
  });

  it('closes a host for its Retry-After and says so when the wait is too long', async () => {
    const limiter = createHostLimiter(services.redis, services.prefix, limits);
    await limiter.block('sibuk.contoh', 10_000);
    await expect(limiter.acquire('sibuk.contoh')).rejects.toBeInstanceOf(HostBusyError);
    await (
      await limiter.acquire('lain.contoh')
    )();
  });
});
