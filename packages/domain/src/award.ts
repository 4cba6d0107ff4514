import { z } from 'zod';
import { shortIdOf } from './short-id.ts';

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

/** The facts of one award, as every stage states them. */
const AwardFacts = z.object({
  editionYear: z.number().int().nullable().default(null),
  level: z.enum(AwardLevel),
  province: z.string().nullable().default(null),
  category: z.string().nullable().default(null),
  winnerType: z.string(),
  regionCode: z.string().nullable().default(null),
  regionParent: z.string().nullable().default(null),
  rank: z.number().int().nullable().default(null),
  ceremonyDate: z.string().nullable().default(null),
});

/** What an extractor found in one article, ready to be recorded. */
export const AwardDraft = AwardFacts.extend({
  winner: z.string(),
  winnerCanonical: z.string(),
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

/** A source as kept on a record: also the edition year and level it stated (filled from the draft). */
export const RecordedSource = AwardSource.extend({
  editionYear: z.number().int().nullable().default(null),
  level: z.enum(AwardLevel).nullable().default(null),
});
export type RecordedSource = z.infer<typeof RecordedSource>;

/** The fields whose stated values are compared across sources. */
export const ConflictField = {
  Rank: 'rank',
  EditionYear: 'editionYear',
  Level: 'level',
  Category: 'category',
} as const;
export type ConflictField = (typeof ConflictField)[keyof typeof ConflictField];

/** Sources that disagree on one field: each distinct value with the articles that stated it. */
export const Conflict = z.object({
  field: z.enum(ConflictField),
  values: z.array(
    z.object({ value: z.union([z.string(), z.number()]), articleIds: z.array(z.string()) }),
  ),
});
export type Conflict = z.infer<typeof Conflict>;

/** The fields a reviewer may override; the upsert never overwrites an overridden field. */
export const Corrections = z.strictObject({
  editionYear: z.number().int().min(2000).max(2100).nullable().optional(),
  level: z.enum(AwardLevel).optional(),
  province: z.string().min(1).nullable().optional(),
  category: z.string().min(1).nullable().optional(),
  winner: z.string().min(1).optional(),
  winnerType: z.string().min(1).optional(),
  regionCode: z.string().min(1).nullable().optional(),
  regionParent: z.string().min(1).nullable().optional(),
  rank: z.number().int().min(1).nullable().optional(),
  ceremonyDate: z.iso.date().nullable().optional(),
});
export type Corrections = z.infer<typeof Corrections>;

/** What the first report said, kept apart so corrections and preferred values layer on top. */
export const AwardBase = AwardFacts.extend({ winner: z.string() });
export type AwardBase = z.infer<typeof AwardBase>;

/** A reviewer's state for one key, kept in its own document (only reviewers write it). */
export const ReviewState = z.object({
  _id: z.string(),
  status: z.enum(ReviewStatus).default(ReviewStatus.New),
  at: z.date().nullable().default(null),
  by: z.string().nullable().default(null),
  note: z.string().nullable().default(null),
  corrections: Corrections.default({}),
  /** Conflicts the reviewer has seen; a conflict not in this list puts the record back in review. */
  seenConflicts: z.array(z.string()).default([]),
  revision: z.number().int().default(0),
  merged: z.boolean().default(false),
  mergedInto: z.string().nullable().default(null),
});
export type ReviewState = z.infer<typeof ReviewState>;

/** One award won, however many outlets reported it. `key` is unique (see award-key.ts). */
const AwardRecordFields = z.object({
  _id: z.string(),
  key: z.string(),
  /** Computed from the key whenever a record is read (short-id.ts), never stored. */
  shortId: z.string().optional(),
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
  sources: z.array(RecordedSource).min(1),
  /** Corroboration: distinct outlets, and distinct story clusters (syndicated copies count once). */
  outletCount: z.number().int().default(0),
  clusterCount: z.number().int().default(0),
  sourceCount: z.number().int().default(0),
  /** 0..1: the best source's confidence; a historical mention counts for half. */
  confidence: z.number().default(0),
  conflicts: z.array(Conflict).default([]),
  corrections: Corrections.default({}),
  review: z.object({
    status: z.enum(ReviewStatus),
    at: z.date().nullable().default(null),
    by: z.string().nullable().default(null),
    note: z.string().nullable().default(null),
  }),
  /** True when something changed that a reviewer has not seen (a new record or a new conflict). */
  reviewPending: z.boolean().default(true),
  /** The review state's revision this record was derived from. */
  revision: z.number().int().default(0),
  base: AwardBase.nullable().default(null),
  merged: z.boolean().default(false),
  mergedInto: z.string().nullable().default(null),
  firstSeenAt: z.date(),
  updatedAt: z.date(),
});

/** An award record as read back: with its `shortId`, the short form of its key. */
export const AwardRecord = z.preprocess(
  (doc: unknown) =>
    doc && typeof doc === 'object' && 'key' in doc && typeof doc.key === 'string'
      ? { ...doc, shortId: shortIdOf(doc.key) }
      : doc,
  AwardRecordFields,
);
export type AwardRecord = z.infer<typeof AwardRecord>;
