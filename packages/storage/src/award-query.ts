import type { Db, Filter, Sort } from 'mongodb';
import { z } from 'zod';
import { AwardLevel, AwardRecord, ReviewStatus } from '@pw/domain';
import type { AwardDoc } from './award-collections.ts';
import { Collection } from './mongo.ts';
import {
  accentInsensitivePattern,
  parseWinnerQuery,
  resolveProvince,
  winnerTypes,
} from './search-terms.ts';

const flag = z.enum(['true', 'false']).transform((v) => v === 'true');

/** What a date parameter accepts, said in the error. */
export const DateFormatHint =
  'expected a date as YYYY-MM-DD (a day in WIB) or an ISO 8601 time such as 2026-11-01T08:00:00+07:00';

/** A date or time parameter: YYYY-MM-DD is the start of that day in WIB (UTC+7). */
export const DateParam = z
  .string()
  .trim()
  .regex(
    /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/,
    DateFormatHint,
  )
  .transform((s, ctx) => {
    const d = new Date(/^\d{4}-\d{2}-\d{2}$/.test(s) ? `${s}T00:00:00+07:00` : s.replace(' ', 'T'));
    if (Number.isNaN(d.getTime())) {
      ctx.addIssue({ code: 'custom', message: DateFormatHint });
      return z.NEVER;
    }
    return d;
  });

/** Review states: one, a comma list, or the parameter repeated (`status=new&status=corrected`). */
const StatusList = z.preprocess(
  (v) => (Array.isArray(v) ? v : String(v).split(',')).map((s) => String(s).trim()).filter(Boolean),
  z.array(z.enum(ReviewStatus)).min(1),
);

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
  ceremonyYear: z.coerce
    .number()
    .int()
    .min(2000)
    .max(2100)
    .optional()
    .describe('year of the award ceremony'),
  level: z.enum(AwardLevel).optional(),
  province: z
    .string()
    .min(1)
    .optional()
    .describe('province by name, short form (Jatim, DIY, NTT …) or code (35)'),
  regionPrefix: z
    .string()
    .regex(/^\d{2}(\.\d{2}){0,2}(\.\d{4})?\.?$/, 'a Kemendagri code prefix such as 35. or 35.22')
    .optional()
    .describe('region-code prefix: 35. is every regency, city and village in Jawa Timur'),
  winnerType: z
    .string()
    .min(1)
    .optional()
    .describe(
      'provinsi, kabupaten, kota, desa, badan_usaha …, a comma list, or pemerintah-daerah (provinsi, kabupaten and kota)',
    ),
  category: z.string().min(1).optional().describe('words in the category, case-insensitive'),
  rank: z.coerce.number().int().min(1).optional(),
  status: StatusList.optional().describe(
    'review states: new, confirmed, corrected, rejected (comma list or repeated)',
  ),
  q: z
    .string()
    .min(1)
    .max(200)
    .optional()
    .describe(
      'winner name; case and accents ignored, Pemkab/Pemkot/Pemprov read as Kabupaten/Kota/Provinsi',
    ),
  since: DateParam.optional().describe('detected at or after: YYYY-MM-DD (WIB) or ISO 8601'),
  hasConflicts: flag.optional().describe('true: only records whose sources disagree'),
  includeMerged: flag.optional().describe('include records merged into another'),
  includeRejected: flag
    .optional()
    .describe('include rejected records (left out unless asked for or named in status)'),
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
  if (q.ceremonyYear !== undefined) {
    f.ceremonyDate = { $regex: `^${q.ceremonyYear}-` };
  }
  if (q.level) {
    f.level = q.level;
  }
  if (q.province) {
    const province = resolveProvince(q.province);
    if (province) {
      // by any of its names, or by a region code inside it (provinceCodesOf, stored with the
      // record): one indexed equality, so the store reads only that province's records
      f.provinceCodes = province.code;
    } else {
      f.province = { $regex: `^${escape(q.province.trim())}$`, $options: 'i' };
    }
  }
  if (q.regionPrefix) {
    f.regionCode = { $regex: `^${escape(q.regionPrefix)}` };
  }
  const types = new Set(q.winnerType ? winnerTypes(q.winnerType) : []);
  if (q.category) {
    f.category = { $regex: escape(q.category), $options: 'i' };
  }
  if (q.rank !== undefined) {
    f.rank = q.rank;
  }
  if (q.status) {
    f['review.status'] = { $in: q.status };
  } else if (!q.includeRejected) {
    f['review.status'] = { $ne: 'rejected' };
  }
  if (q.q) {
    const { words, type } = parseWinnerQuery(q.q);
    if (words.length > 0) {
      f.winner = { $regex: accentInsensitivePattern(words), $options: 'i' };
    }
    if (type) {
      // "Pemkab X" within a winner-type filter that excludes kabupaten finds nothing
      if (types.size > 0 && !types.has(type)) {
        types.clear();
        types.add('');
      } else {
        types.clear();
        types.add(type);
      }
    }
  }
  if (types.size > 0) {
    f.winnerType = types.size === 1 ? [...types][0] : { $in: [...types] };
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
