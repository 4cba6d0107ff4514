import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createDigest } from '@pw/storage';
import type { AppDeps } from '../app.ts';

/** The digest's query: one calendar day (today by default) in the configured UTC offset. */
export const DigestQuery = z.strictObject({
  date: z.iso
    .date({ message: 'expected a date as YYYY-MM-DD (a day in WIB), such as 2026-12-05' })
    .optional()
    .describe('YYYY-MM-DD; today by default'),
});

/** The start and end of a calendar day at a UTC offset such as +07:00. */
export function dayWindow(date: string, utcOffset: string): { from: Date; to: Date } {
  const from = new Date(`${date}T00:00:00${utcOffset}`);
  return { from, to: new Date(from.getTime() + 86_400_000) };
}

/** Today's date at a UTC offset, as YYYY-MM-DD. */
export function today(utcOffset: string, now = new Date()): string {
  const sign = utcOffset.startsWith('-') ? -1 : 1;
  const [h, m] = utcOffset.slice(1).split(':').map(Number);
  const shifted = new Date(now.getTime() + sign * ((h ?? 0) * 60 + (m ?? 0)) * 60_000);
  return shifted.toISOString().slice(0, 10);
}

/** GET /digest?date=YYYY-MM-DD: new records, new sources for known records, new conflicts. */
export function digestRoutes(app: FastifyInstance, deps: AppDeps): void {
  const digest = createDigest(deps.db);

  app.withTypeProvider<ZodTypeProvider>().get(
    '/digest',
    {
      config: { role: 'reader' },
      schema: { tags: ['digest'], summary: 'What changed on one day', querystring: DigestQuery },
    },
    async (req) => {
      const date = req.query.date ?? today(deps.digestUtcOffset);
      const { from, to } = dayWindow(date, deps.digestUtcOffset);
      const d = await digest.between(from, to);
      return {
        date,
        utcOffset: deps.digestUtcOffset,
        ...d,
        counts: {
          newRecords: d.newRecords.length,
          newSources: d.newSources.reduce((n, x) => n + x.sources.length, 0),
          conflicts: d.conflicts.length,
          expectedMissing: d.expectedMissing.length,
        },
      };
    },
  );
}
