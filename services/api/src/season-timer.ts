import type { Db } from 'mongodb';
import type { Logger } from '@pw/runtime';
import { createEventLog, createSeasonWatch } from '@pw/storage';
import { coverageFor } from './routes/coverage.ts';

/**
 * Runs the season watch now and then: a province whose usual ceremony window has passed by the
 * grace days with nothing seen gets one `coverage.expected-missing` event (deterministic id, so
 * several api processes raise it once), which the alerts and the digest carry.
 */
export function startSeasonWatch(deps: {
  db: Db;
  sourcesFile: string | null;
  logger: Logger;
  graceDays: number;
  everyMs: number;
}): { close: () => Promise<void> } {
  if (deps.everyMs === 0) {
    return { close: () => Promise.resolve() };
  }
  const watch = createSeasonWatch(deps.db, {
    coverage: coverageFor(deps),
    events: createEventLog(deps.db),
  });
  let running: Promise<void> | null = null;
  const tick = () => {
    running ??= watch
      .check(new Date(), deps.graceDays)
      .then((missing) => {
        if (missing.length > 0) {
          deps.logger.warn(
            { provinces: missing.map((m) => m.province) },
            'season watch: provinces past their usual ceremony window with nothing seen',
          );
        }
      })
      .catch((err: unknown) => deps.logger.warn({ err }, 'season watch failed'))
      .finally(() => {
        running = null;
      });
  };
  const first = setTimeout(tick, 60_000);
  const every = setInterval(tick, deps.everyMs);
  first.unref();
  every.unref();
  return {
    close: async () => {
      clearTimeout(first);
      clearInterval(every);
      await running;
    },
  };
}
