import { z } from 'zod';

// Nullable fields default to null when read back: FerretDB 1.24 drops null values set through
// $setOnInsert in an upsert, so a stored document may lack them.

/** At which level the award was given (the words the gold labels and Indonesian news use). */
export const AwardLevel = { Provinsi: 'provinsi', Nasional: 'nasional' } as const;
export type AwardLevel = (typeof AwardLevel)[keyof typeof AwardLevel];

/** How a reviewer has judged a record. */
export const ReviewStatus = {
  New: 'new',
  Confirmed: 'confirmed',
  Rejected: 'rejected',
  Corrected: 'corrected',
} as const;
export type ReviewStatus = (typeof ReviewStatus)[keyof typeof ReviewStatus];

/** What an extractor found in one article, ready to be recorded. */
export const AwardDraft = z.object({
  editionYear: z.number().int().nullable().default(null),
  level: z.enum(AwardLevel),
  province: z.string().nullable().default(null),
  category: z.string().nullable().default(null),
  winner: z.string(),
  winnerCanonical: z.string(),
  winnerType: z.string(),
  regionCode: z.string().nullable().default(null),
  regionParent: z.string().nullable().default(null),
  rank: z.number().int().nullable().default(null),
  ceremonyDate: z.string().nullable().default(null),
  historical: z.boolean(),
  evidence: z.string(),
  confidence: z.number(),
});
export type AwardDraft = z.infer<typeof AwardDraft>;

/** One outlet's report of an award; a record keeps every one of them. */
export const AwardSource = z.object({
  articleId: z.string(),
  url: z.string(),
  outlet: z.string(),
  publishedAt: z.date().nullable().default(null),
  evidence: z.string(),
  extractorVersion: z.string(),
  confidence: z.number(),
  historical: z.boolean(),
  /** The values this source stated, so disagreements can be shown. */
  rank: z.number().int().nullable().default(null),
  category: z.string().nullable().default(null),
  /** Syndication cluster of the article (copies of one press release share it). */
  clusterId: z.string().nullable().default(null),
  recordedAt: z.date(),
});
export type AwardSource = z.infer<typeof AwardSource>;

/** One award won, however many outlets reported it. `key` is unique (see award-key.ts). */
export const AwardRecord = z.object({
  _id: z.string(),
  key: z.string(),
  editionYear: z.number().int().nullable().default(null),
  level: z.enum(AwardLevel),
  province: z.string().nullable().default(null),
  category: z.string().nullable().default(null),
  winner: z.string(),
  winnerType: z.string(),
  regionCode: z.string().nullable().default(null),
  regionParent: z.string().nullable().default(null),
  rank: z.number().int().nullable().default(null),
  ceremonyDate: z.string().nullable().default(null),
  sources: z.array(AwardSource).min(1),
  review: z.object({
    status: z.enum(ReviewStatus),
    at: z.date().nullable().default(null),
    by: z.string().nullable().default(null),
  }),
  firstSeenAt: z.date(),
  updatedAt: z.date(),
});
export type AwardRecord = z.infer<typeof AwardRecord>;
