import { createHash } from 'node:crypto';
import type { SourceState } from '@pw/storage';

/** Bounds of the adaptive poll interval and the award-season window. */
export interface ScheduleBounds {
  minMs: number;
  maxMs: number;
  /** Months (1–12) when Paritrana results are announced; polls run faster then. */
  seasonMonths: readonly number[];
  /** Interval multiplier inside the season (0.5 = twice as often). */
  seasonFactor: number;
}

/** The defaults: results come out July–September (the seed articles), so poll twice as often then. */
export const DefaultScheduleBounds: ScheduleBounds = {
  minMs: 5 * 60_000,
  maxMs: 24 * 60 * 60_000,
  seasonMonths: [7, 8, 9],
  seasonFactor: 0.5,
};

const DAY = 24 * 60 * 60_000;
/** Error backoff doubles the interval at most this many times. */
export const MaxBackoffDoublings = 2;

/**
 * The next poll interval: the source's own, faster in season, faster while new items keep
 * appearing, slower when the source has been quiet for days, rare when it is broken.
 */
export function computeIntervalMs(
  baseMinutes: number,
  state: Pick<SourceState, 'status' | 'lastNewItemAt' | 'consecutiveErrors'> | null,
  now: Date,
  bounds: ScheduleBounds = DefaultScheduleBounds,
): number {
  let ms = baseMinutes * 60_000;
  if (bounds.seasonMonths.includes(now.getUTCMonth() + 1)) {
    ms *= bounds.seasonFactor;
  }
  if (state?.status === 'broken') {
    return bounds.maxMs;
  }
  if (state && state.consecutiveErrors > 0) {
    // a short backoff per source on errors (×2, then ×4): a failing source is still tried a few
    // times an hour or so, so an outage is judged failing, then broken, within hours, not days
    ms *= 2 ** Math.min(state.consecutiveErrors, MaxBackoffDoublings);
  } else if (state?.lastNewItemAt) {
    const quiet = now.getTime() - state.lastNewItemAt.getTime();
    if (quiet < ms * 3) {
      ms *= 0.5;
    } else if (quiet > 30 * DAY) {
      ms *= 4;
    } else if (quiet > 7 * DAY) {
      ms *= 2;
    }
  }
  return Math.round(Math.min(bounds.maxMs, Math.max(bounds.minMs, ms)));
}

/** A stable per-source offset inside the interval, so sources do not poll in lock-step. */
export function jitterOffsetMs(sourceId: string, everyMs: number): number {
  const h = createHash('sha1').update(sourceId).digest().readUInt32BE(0);
  return h % Math.max(1, everyMs);
}

/** True when a source's silence is longer than its schedule makes likely (flagged to users). */
export function isSilent(lastNewItemAt: Date | null, now: Date, expectedMs: number): boolean {
  return (
    lastNewItemAt !== null &&
    now.getTime() - lastNewItemAt.getTime() > Math.max(expectedMs * 50, 14 * DAY)
  );
}
