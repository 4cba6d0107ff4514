import { describe, expect, it } from 'vitest';
import { statusAfterFailure } from '@pw/storage';
import { computeIntervalMs, isSilent, jitterOffsetMs } from './schedule.ts';

const bounds = { minMs: 60_000, maxMs: 86_400_000, seasonMonths: [8], seasonFactor: 0.5 };
const june = new Date('2025-06-10T00:00:00Z');
const august = new Date('2025-08-10T00:00:00Z');
const ok = { status: 'ok' as const, consecutiveErrors: 0, lastNewItemAt: null };

describe('computeIntervalMs', () => {
  it('polls twice as often in the award season', () => {
    expect(computeIntervalMs(60, ok, june, bounds)).toBe(3_600_000);
    expect(computeIntervalMs(60, ok, august, bounds)).toBe(1_800_000);
  });

  it('polls faster while new items appear and slower after a quiet week', () => {
    const fresh = { ...ok, lastNewItemAt: new Date(june.getTime() - 60_000) };
    const quiet = { ...ok, lastNewItemAt: new Date(june.getTime() - 10 * 86_400_000) };
    expect(computeIntervalMs(60, fresh, june, bounds)).toBe(1_800_000);
    expect(computeIntervalMs(60, quiet, june, bounds)).toBe(7_200_000);
  });

  it('backs off on errors and polls a broken source rarely, within bounds', () => {
    expect(computeIntervalMs(60, { ...ok, consecutiveErrors: 2 }, june, bounds)).toBe(14_400_000);
    // the backoff stops at ×4: a 60-minute source failing for a day is still tried every 4 hours
    expect(computeIntervalMs(60, { ...ok, consecutiveErrors: 9 }, june, bounds)).toBe(14_400_000);
    expect(computeIntervalMs(60, { ...ok, status: 'broken' }, june, bounds)).toBe(86_400_000);
    expect(computeIntervalMs(0.1, ok, june, bounds)).toBe(60_000);
  });
});

describe('jitterOffsetMs', () => {
  it('is stable per source and inside the interval', () => {
    expect(jitterOffsetMs('a', 1000)).toBe(jitterOffsetMs('a', 1000));
    expect(jitterOffsetMs('a', 1000)).toBeLessThan(1000);
    expect(jitterOffsetMs('a', 100_000)).not.toBe(jitterOffsetMs('b', 100_000));
  });
});

describe('isSilent', () => {
  it('flags a source quiet for far longer than its schedule', () => {
    expect(isSilent(new Date('2025-01-01'), june, 3_600_000)).toBe(true);
    expect(isSilent(new Date('2025-06-09'), june, 3_600_000)).toBe(false);
    expect(isSilent(null, june, 3_600_000)).toBe(false);
  });
});

describe('an outage of a 60-minute source, poll by poll', () => {
  it('is failing within a few hours and broken within a day, not after 30 hours', () => {
    const start = new Date('2025-06-10T00:00:00Z');
    let at = start;
    let errors = 0;
    const seen: Array<[number, string]> = [];
    while (seen.length < 12 && seen.at(-1)?.[1] !== 'broken') {
      errors += 1;
      const status = statusAfterFailure(errors, start, at);
      seen.push([(at.getTime() - start.getTime()) / 3_600_000, status]);
      const next = computeIntervalMs(
        60,
        { status, consecutiveErrors: errors, lastNewItemAt: null },
        at,
        bounds,
      );
      at = new Date(at.getTime() + next);
    }
    const firstFailing = seen.find(([, s]) => s === 'failing')?.[0];
    const broken = seen.find(([, s]) => s === 'broken')?.[0];
    expect(firstFailing).toBeLessThanOrEqual(2);
    expect(broken).toBeGreaterThanOrEqual(12);
    expect(broken).toBeLessThanOrEqual(16);
  });
});
