import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createAuditLog, Collection } from '@pw/storage';
import { provinceCodeOf } from '@pw/web-app';
import type { AppDeps } from '../app.ts';

/** The fields the dashboard reads from each record (small: no sources). */
interface Row {
  editionYear: number | null;
  level: string;
  province: string | null;
  regionCode: string | null;
  outletCount: number;
  firstSeenAt: Date;
  reviewPending?: boolean;
  review?: { status?: string; at?: Date | null };
}

const DashboardQuery = z.strictObject({
  edition: z.coerce
    .number()
    .int()
    .min(2000)
    .max(2100)
    .optional()
    .describe('edition year for the province tiles'),
});

const ActivityQuery = z.strictObject({
  since: z.coerce.date().describe('review actions at or after (ISO 8601)'),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
});

const WeekMs = 7 * 86_400_000;

/** Monday 00:00 WIB of the week a date falls in, as YYYY-MM-DD. */
export function weekOf(d: Date): string {
  const wib = new Date(d.getTime() + 7 * 3_600_000);
  const day = (wib.getUTCDay() + 6) % 7;
  return new Date(wib.getTime() - day * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The dashboard's figures from the live records: per edition and level, per province for one
 * edition, and per week (new records, corroborated by 2+ outlets, and the review backlog at the
 * week's end: records seen by then and not reviewed by then).
 */
export function dashboardFigures(
  rows: readonly Row[],
  wanted: number | undefined,
  now = new Date(),
) {
  const live = rows.filter((r) => r.review?.status !== 'rejected');
  const byEdition = new Map<number, { editionYear: number; provinsi: number; nasional: number }>();
  for (const r of live) {
    if (r.editionYear === null) {
      continue;
    }
    const e = byEdition.get(r.editionYear) ?? {
      editionYear: r.editionYear,
      provinsi: 0,
      nasional: 0,
    };
    if (r.level === 'nasional') {
      e.nasional += 1;
    } else {
      e.provinsi += 1;
    }
    byEdition.set(r.editionYear, e);
  }
  const perEdition = [...byEdition.values()].sort((a, b) => a.editionYear - b.editionYear);
  const editions = perEdition.map((e) => e.editionYear).reverse();
  const edition = wanted ?? editions[0] ?? null;
  const provinces: Record<string, number> = {};
  for (const r of live) {
    const code = r.editionYear === edition ? provinceCodeOf(r) : null;
    if (code) {
      provinces[code] = (provinces[code] ?? 0) + 1;
    }
  }
  const weekly: Array<{ week: string; records: number; corroborated: number; backlog: number }> =
    [];
  const first = rows.reduce<Date | null>(
    (m, r) => (!m || r.firstSeenAt < m ? r.firstSeenAt : m),
    null,
  );
  if (first) {
    const start = new Date(`${weekOf(first)}T00:00:00+07:00`).getTime();
    const weeks = Math.min(104, Math.floor((now.getTime() - start) / WeekMs) + 1);
    for (let i = Math.max(0, weeks - 26); i < weeks; i++) {
      const from = start + i * WeekMs;
      const to = from + WeekMs;
      const fresh = rows.filter(
        (r) => r.firstSeenAt.getTime() >= from && r.firstSeenAt.getTime() < to,
      );
      const backlog = rows.filter((r) => {
        if (r.firstSeenAt.getTime() >= to) {
          return false;
        }
        const at = r.review?.at ? new Date(r.review.at).getTime() : null;
        const reviewed =
          r.review?.status !== undefined && r.review.status !== 'new' && at !== null && at < to;
        return !reviewed;
      }).length;
      weekly.push({
        week: new Date(from + 7 * 3_600_000).toISOString().slice(0, 10),
        records: fresh.length,
        corroborated: fresh.filter((r) => r.outletCount >= 2).length,
        backlog,
      });
    }
  }
  return { editions, edition, perEdition, provinces, weekly };
}

/** GET /web/dashboard (figures for the charts and tiles) and /web/activity (review actions). */
export function webRecordRoutes(app: FastifyInstance, deps: AppDeps): void {
  const awards = deps.db.collection<Row & { merged?: boolean }>(Collection.Awards);
  const audit = createAuditLog(deps.db);
  const r = app.withTypeProvider<ZodTypeProvider>();
  const config = { role: 'reader' as const };
  const tags = ['web'];
  const projection = {
    _id: 0,
    editionYear: 1,
    level: 1,
    province: 1,
    regionCode: 1,
    outletCount: 1,
    firstSeenAt: 1,
    review: 1,
  };

  r.get(
    '/web/dashboard',
    { config, schema: { tags, summary: 'Figures for the dashboard', querystring: DashboardQuery } },
    async (req) => {
      const rows = await awards.find({ merged: { $ne: true } }, { projection }).toArray();
      return dashboardFigures(rows, req.query.edition);
    },
  );

  r.get(
    '/web/activity',
    {
      config,
      schema: {
        tags,
        summary: 'Review actions since a time, newest first',
        querystring: ActivityQuery,
      },
    },
    async (req) => {
      const items = (await audit.list(undefined, req.query.limit)).filter(
        (e) => e.at >= req.query.since,
      );
      return { items };
    },
  );
}
