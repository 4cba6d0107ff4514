import type { Db, Filter, Sort } from 'mongodb';
import { z } from 'zod';
import { AwardLevel, AwardRecord, ReviewStatus } from '@pw/domain';
import type { AwardDoc } from './award-collections.ts';
import { Collection } from './mongo.ts';

const flag = z.enum(['true', 'false']).transform((v) => v === 'true');

/** Sort orders for award listings; a leading '-' means descending. */
export const AwardSort = [
  'firstSeenAt',
  '-firstSeenAt',
  'editionYear',
  '-editionYear',
  'winner',
  '-winner',
  'rank',
  '-rank',
  'clusterCount',
  '-clusterCount',
] as const;

/** The award filters the API and the CLI accept (query-string values, so numbers are coerced). */
export const AwardFilter = z.strictObject({
  year: z.coerce.number().int().min(2000).max(2100).optional().describe('edition year'),
  level: z.enum(AwardLevel).optional(),
  province: z.string().min(1).optional().describe('province name, case-insensitive'),
  regionPrefix: z
    .string()
    .regex(/^\d{2}(\.\d{2}){0,2}(\.\d{4})?\.?$/, 'a Kemendagri code prefix such as 35. or 35.22')
    .optional()
    .describe('region-code prefix: 35. is every regency, city and village in Jawa Timur'),
  winnerType: z
    .string()
    .min(1)
    .optional()
    .describe('provinsi, kabupaten, kota, desa, badan_usaha …'),
  category: z.string().min(1).optional().describe('words in the category, case-insensitive'),
  rank: z.coerce.number().int().min(1).optional(),
  status: z.enum(ReviewStatus).optional().describe('review state'),
  q: z.string().min(1).max(200).optional().describe('words in the winner name, case-insensitive'),
  since: z.coerce.date().optional().describe('detected at or after (ISO 8601)'),
  hasConflicts: flag.optional(),
  includeMerged: flag.optional().describe('include records merged into another'),
  sort: z.enum(AwardSort).default('-firstSeenAt'),
});
export type AwardFilter = z.infer<typeof AwardFilter>;

/** One page of an award listing. */
export const AwardPage = AwardFilter.extend({
  page: z.coerce.number().int().min(1).default(1),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});
export type AwardPage = z.infer<typeof AwardPage>;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The MongoDB filter for a query; only operators FerretDB 1.24 supports. */
export function awardFilter(q: Partial<AwardFilter>): Filter<AwardDoc> {
  const f: Record<string, unknown> = {};
  if (!q.includeMerged) {
    f.merged = { $ne: true };
  }
  if (q.year !== undefined) {
    f.editionYear = q.year;
  }
  if (q.level) {
    f.level = q.level;
  }
  if (q.province) {
    f.province = { $regex: `^${escape(q.province.trim())}$`, $options: 'i' };
  }
  if (q.regionPrefix) {
    f.regionCode = { $regex: `^${escape(q.regionPrefix)}` };
  }
  if (q.winnerType) {
    f.winnerType = q.winnerType;
  }
  if (q.category) {
    f.category = { $regex: escape(q.category), $options: 'i' };
  }
  if (q.rank !== undefined) {
    f.rank = q.rank;
  }
  if (q.status) {
    f['review.status'] = q.status;
  }
  if (q.q) {
    f.winner = { $regex: escape(q.q), $options: 'i' };
  }
  if (q.since) {
    f.firstSeenAt = { $gte: q.since };
  }
  if (q.hasConflicts !== undefined) {
    f['conflicts.field'] = { $exists: q.hasConflicts };
  }
  return f;
}

/** The MongoDB sort for a sort order, with `_id` last so pages never overlap. */
export function awardSort(sort: AwardFilter['sort']): Sort {
  const desc = sort.startsWith('-');
  const field = desc ? sort.slice(1) : sort;
  return { [field]: desc ? -1 : 1, _id: 1 };
}

/** Award listings: one page with a total, or a cursor over every match for exports. */
export function createAwardQueries(db: Db) {
  const col = db.collection<AwardDoc>(Collection.Awards);
  return {
    async page(
      q: AwardPage,
    ): Promise<{ items: AwardRecord[]; total: number; page: number; limit: number }> {
      const filter = awardFilter(q);
      const [docs, total] = await Promise.all([
        col
          .find(filter, { projection: { sourceArticleIds: 0 } })
          .sort(awardSort(q.sort))
          .skip((q.page - 1) * q.limit)
          .limit(q.limit)
          .toArray(),
        col.countDocuments(filter),
      ]);
      return { items: docs.map((d) => AwardRecord.parse(d)), total, page: q.page, limit: q.limit };
    },

    /** Every match, fetched `batchSize` documents at a time: never the whole result in memory. */
    async *stream(q: AwardFilter, batchSize: number): AsyncGenerator<AwardRecord> {
      const cursor = col
        .find(awardFilter(q), { projection: { sourceArticleIds: 0 } })
        .sort(awardSort(q.sort))
        .batchSize(batchSize);
      try {
        for await (const doc of cursor) {
          yield AwardRecord.parse(doc);
        }
      } finally {
        await cursor.close();
      }
    },
  };
}

/** The award listings' interface. */
export type AwardQueries = ReturnType<typeof createAwardQueries>;
