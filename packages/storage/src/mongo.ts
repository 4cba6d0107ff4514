import { MongoClient, type Db } from 'mongodb';
import { ensureLedgerIndexes } from './article-ledger.ts';
import { ensureReviewIndexes } from './review-indexes.ts';
import { provinceCodesOf } from './search-terms.ts';

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
  await backfillProvinceCodes(db);
  await ensureReviewIndexes(db);
}

/**
 * Gives records stored before `provinceCodes` existed their province codes (the province filter
 * reads only that field). Re-derivation keeps it current afterwards.
 */
async function backfillProvinceCodes(db: Db): Promise<void> {
  const awards = db.collection<{
    _id: string;
    province?: string | null;
    regionCode?: string | null;
  }>(Collection.Awards);
  const missing = awards.find(
    { provinceCodes: { $exists: false } },
    { projection: { province: 1, regionCode: 1 } },
  );
  for await (const r of missing) {
    await awards.updateOne(
      { _id: r._id, provinceCodes: { $exists: false } },
      { $set: { provinceCodes: provinceCodesOf(r.province ?? null, r.regionCode ?? null) } },
    );
  }
}

/** True for a duplicate-key error on either server. */
export function isDuplicateKey(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as { code?: unknown }).code === 11000;
}
