import type { Db } from 'mongodb';
import { Collection } from './mongo.ts';

/** One article's text fingerprint and the story cluster it joined. */
export interface FingerprintDoc {
  _id: string;
  hash: string;
  /** The hash cut into bands: two near-identical texts share at least one band. */
  bands: string[];
  clusterId: string;
  at: Date;
}

/** Text fingerprints, for grouping syndicated copies of one press release into story clusters. */
export function createFingerprintRepository(db: Db) {
  const col = db.collection<FingerprintDoc>(Collection.Fingerprints);
  return {
    /** Fingerprints sharing any band, newest first (the candidates for a near-duplicate). */
    async findByBands(bands: string[], limit = 200): Promise<FingerprintDoc[]> {
      return col
        .find({ bands: { $in: bands } })
        .sort({ at: -1 })
        .limit(limit)
        .toArray();
    },
    async save(doc: FingerprintDoc): Promise<void> {
      await col.updateOne({ _id: doc._id }, { $set: doc }, { upsert: true });
    },
  };
}

/** The fingerprint store's interface. */
export type FingerprintRepository = ReturnType<typeof createFingerprintRepository>;
