import type { Db } from 'mongodb';
import { Collection } from './mongo.ts';

/** One article's story sketch and the story cluster it joined. */
export interface FingerprintDoc {
  _id: string;
  /** SimHash of the whole text (kept on the article as its fingerprint). */
  hash: string;
  /** MinHash signature of the lead; missing on fingerprints saved before sketches existed. */
  sig?: number[];
  keys?: string[];
  keysInLead?: number;
  caps?: boolean;
  /** The LSH band keys of `sig`. */
  bands: string[];
  clusterId: string;
  at: Date;
}

/** The newest articles seen with one LSH band key. */
export interface BandDoc {
  _id: string;
  members: Array<{ id: string; at: Date }>;
}

const bandId = (key: string) => `band:${key}`;

/**
 * Story sketches and LSH bands, for grouping syndicated copies into story clusters. Every query
 * is one `_id` (FerretDB pushes down nothing else, not even `_id: {$in}`), a few of them at once:
 * a band is a document `band:<i>:<value>` listing
 * its newest members, kept in the same collection as the articles' sketches. Band documents are
 * rewritten whole, so a caller must hold a lock on the band keys it writes.
 */
export function createFingerprintRepository(db: Db) {
  const sketches = db.collection<FingerprintDoc>(Collection.Fingerprints);
  const bands = db.collection<BandDoc>(Collection.Fingerprints);
  return {
    async get(id: string): Promise<FingerprintDoc | null> {
      return sketches.findOne({ _id: id });
    },
    /** The sketches of the given articles (those that have one). */
    async sketches(ids: string[]): Promise<FingerprintDoc[]> {
      const docs = await Promise.all(ids.map((id) => sketches.findOne({ _id: id })));
      return docs.filter((d) => d !== null);
    },
    /** Members of each band key, newest first; a key never written has none. */
    async bands(keys: string[]): Promise<Map<string, BandDoc['members']>> {
      const docs = await Promise.all(keys.map((k) => bands.findOne({ _id: bandId(k) })));
      return new Map(keys.map((k, i) => [k, docs[i]?.members ?? []]));
    },
    /** Replaces the member lists of the given band keys (under the caller's lock on them). */
    async saveBands(entries: Map<string, BandDoc['members']>): Promise<void> {
      await Promise.all(
        [...entries].map(([key, members]) =>
          bands.replaceOne({ _id: bandId(key) }, { members }, { upsert: true }),
        ),
      );
    },
    async save(doc: FingerprintDoc): Promise<void> {
      await sketches.replaceOne({ _id: doc._id }, doc, { upsert: true });
    },
  };
}

/** The fingerprint store's interface. */
export type FingerprintRepository = ReturnType<typeof createFingerprintRepository>;
