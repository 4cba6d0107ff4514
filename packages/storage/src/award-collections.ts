import { createHash } from 'node:crypto';
import type { Collection as MongoCollection, Db, OptionalUnlessRequiredId } from 'mongodb';
import type { AwardRecord, RecordedSource, ReviewState } from '@pw/domain';
import { Collection, isDuplicateKey } from './mongo.ts';

// FerretDB 1.24 rewrites a whole document on every update, so two concurrent updates of one
// document can lose one of them (we measured 28 of 40 concurrent $inc kept). Inserts against a
// unique index are safe, so every write that can race is an insert into its own document, and
// the award record is derived from those documents (see award-refresh.ts).

/** One source of an award, as its own document: `_id` is `${key}#${articleId}`. */
export const SourcesCollection = 'award_sources';
/** One reviewer state per award key (`_id` is the key). */
export const ReviewsCollection = 'award_reviews';

/**
 * How an award record is stored: the record plus the flat id list of its sources, the codes of
 * the provinces it belongs to (see provinceCodesOf) and its day bucket (both missing on records
 * stored before they existed, until the backfill at start).
 */
export type AwardDoc = AwardRecord & {
  sourceArticleIds: string[];
  provinceCodes?: string[];
  /** The UTC day of firstSeenAt (the digest's bucket). */
  firstSeenDay?: string;
};
/** How one source is stored; `recordedDay` is the UTC day of recordedAt (the digest's bucket). */
export type SourceDoc = RecordedSource & { _id: string; key: string; recordedDay?: string };

/** The UTC day of a time (`YYYY-MM-DD`): records and sources carry it as an indexed bucket. */
export const utcDayOf = (t: Date): string => t.toISOString().slice(0, 10);

/** The three collections behind award records. */
export interface AwardCollections {
  awards: MongoCollection<AwardDoc>;
  sources: MongoCollection<SourceDoc>;
  reviews: MongoCollection<ReviewState>;
}

/** Opens the award collections of a database. */
export function awardCollections(db: Db): AwardCollections {
  return {
    awards: db.collection<AwardDoc>(Collection.Awards),
    sources: db.collection<SourceDoc>(SourcesCollection),
    reviews: db.collection<ReviewState>(ReviewsCollection),
  };
}

/**
 * The `_id` of a record: 24 hex digits of the SHA-256 of its key, so a look-up by key is a look-up
 * by `_id` (the only filter FerretDB 1.x does not scan for). Records stored before this have an
 * ObjectId; `findRecord` falls back to the key for them.
 */
export const awardIdOf = (key: string): string =>
  createHash('sha256').update(key).digest('hex').slice(0, 24);

/** The record of a key: by its derived `_id`, else (an older record) by the key itself. */
export async function findRecord(
  awards: MongoCollection<AwardDoc>,
  key: string,
): Promise<AwardDoc | null> {
  return (await awards.findOne({ _id: awardIdOf(key) })) ?? (await awards.findOne({ key }));
}

/** The id of a source document. */
export const sourceDocId = (key: string, articleId: string): string => `${key}#${articleId}`;

/** Inserts unless a document with that `_id` exists; true when this call inserted it. */
export async function insertOnce<T extends { _id: string }>(
  col: MongoCollection<T>,
  doc: OptionalUnlessRequiredId<T>,
): Promise<boolean> {
  try {
    await col.insertOne(doc);
    return true;
  } catch (err) {
    if (isDuplicateKey(err)) {
      return false;
    }
    throw err;
  }
}
