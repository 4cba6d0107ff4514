import { MongoClient, type Db } from 'mongodb';
import { ensureLedgerIndexes } from './article-ledger.ts';
import { ensureReviewIndexes } from './review-indexes.ts';
import { provinceCodesOf } from './search-terms.ts';
import { SourcesCollection, utcDayOf } from './award-collections.ts';

/** An open MongoDB (or FerretDB) connection. */
export interface Mongo {
  client: MongoClient;
  db: Db;
  ping: () => Promise<void>;
  close: () => Promise<void>;
}

/** Collection names, in one place. */
export const Collection = {
  Articles: 'articles',
  Pages: 'pages',
  Awards: 'awards',
  SourceStates: 'source_states',
  Fingerprints: 'fingerprints',
} as const;

/** Connects and creates the indexes; works the same on MongoDB 7/8 and FerretDB 1.24. */
export async function connectMongo({
  url,
  dbName,
}: {
  url: string;
  dbName: string;
}): Promise<Mongo> {
  const client = new MongoClient(url, {
    serverSelectionTimeoutMS: 10_000,
    // FerretDB 1.x speaks the wire protocol but not every handshake extra
    retryWrites: false,
  });
  await client.connect();
  const db = client.db(dbName);
  await ensureIndexes(db);
  return {
    client,
    db,
    ping: async () => {
      await db.command({ ping: 1 });
    },
    close: () => client.close(),
  };
}

/** Creates every index the repositories rely on (idempotent). */
export async function ensureIndexes(db: Db): Promise<void> {
  const articles = db.collection(Collection.Articles);
  // only articles about the award are stored whole (their `_id` is derived from the URL); articles
  // in flight live in Redis, finished ones leave a line in the ledger
  await articles.createIndex({ url: 1 }, { unique: true, name: 'url_unique' });
  await articles.createIndex({ clusterId: 1 }, { name: 'cluster' });
  await ensureLedgerIndexes(db);
  await db.collection(Collection.Fingerprints).createIndex({ bands: 1 }, { name: 'bands' });
  const awards = db.collection(Collection.Awards);
  await awards.createIndex({ key: 1 }, { unique: true, name: 'key_unique' });
  await awards.createIndex({ editionYear: 1, province: 1, level: 1 }, { name: 'year_province' });
  await awards.createIndex({ regionCode: 1 }, { name: 'region_code' });
  await awards.createIndex({ firstSeenAt: 1 }, { name: 'first_seen' });
  await awards.createIndex({ provinceCodes: 1, editionYear: 1 }, { name: 'province_codes' });
  await awards.createIndex({ firstSeenDay: 1 }, { name: 'first_seen_day' });
  await db.collection(SourcesCollection).createIndex({ recordedDay: 1 }, { name: 'recorded_day' });
  await backfillLookupFields(db);
  await ensureReviewIndexes(db);
}

/**
 * Gives records and sources stored before they existed their derived look-up fields: a record's
 * province codes (the province filter reads only them) and day bucket, a source's day bucket (the
 * digest reads by those). Writers set them from then on.
 */
async function backfillLookupFields(db: Db): Promise<void> {
  const awards = db.collection<{
    _id: string;
    province?: string | null;
    regionCode?: string | null;
    firstSeenAt?: Date;
    provinceCodes?: string[];
    firstSeenDay?: string;
  }>(Collection.Awards);
  const records = awards.find(
    { $or: [{ provinceCodes: { $exists: false } }, { firstSeenDay: { $exists: false } }] },
    { projection: { province: 1, regionCode: 1, firstSeenAt: 1 } },
  );
  for await (const r of records) {
    await awards.updateOne(
      { _id: r._id },
      {
        $set: {
          provinceCodes: provinceCodesOf(r.province ?? null, r.regionCode ?? null),
          ...(r.firstSeenAt instanceof Date ? { firstSeenDay: utcDayOf(r.firstSeenAt) } : {}),
        },
      },
    );
  }
  const sources = db.collection<{ _id: string; recordedAt?: Date; recordedDay?: string }>(
    SourcesCollection,
  );
  const missing = sources.find(
    { recordedDay: { $exists: false } },
    { projection: { recordedAt: 1 } },
  );
  for await (const s of missing) {
    if (s.recordedAt instanceof Date) {
      await sources.updateOne({ _id: s._id }, { $set: { recordedDay: utcDayOf(s.recordedAt) } });
    }
  }
}

/** True for a duplicate-key error on either server. */
export function isDuplicateKey(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as { code?: unknown }).code === 11000;
}

/** A write error of an unordered insertMany, as the driver reports it. */
export interface WriteErrorLike {
  index: number;
  code?: number;
  errmsg?: string;
}

/**
 * The per-document write errors of a failed unordered insertMany of `count` documents, when they
 * account for every document (each either inserted or refused); else null, and the whole command
 * must count as failed. A connection lost mid-command (the server stopping) comes as a bulk error
 * with no write errors and nothing inserted: its documents were not written.
 */
export function settledWriteErrors(err: unknown, count: number): WriteErrorLike[] | null {
  const e = err as { writeErrors?: unknown; result?: { insertedCount?: unknown } } | null;
  const list = e?.writeErrors;
  const errors = Array.isArray(list)
    ? (list as WriteErrorLike[])
    : list && typeof list === 'object'
      ? [list as WriteErrorLike]
      : null;
  const inserted = e?.result?.insertedCount;
  return errors && typeof inserted === 'number' && inserted + errors.length === count
    ? errors
    : null;
}
