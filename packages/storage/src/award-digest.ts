import type { Db } from 'mongodb';
import { AwardRecord, type RecordedSource } from '@pw/domain';
import type { AwardDoc } from './award-collections.ts';
import { EventType, createEventLog, type PipelineEvent } from './event-log.ts';
import { Collection } from './mongo.ts';

/** What changed in one window: new records, new sources for known records, new conflicts. */
export interface Digest {
  from: Date;
  to: Date;
  newRecords: AwardRecord[];
  newSources: Array<{
    key: string;
    winner: string;
    editionYear: number | null;
    sources: RecordedSource[];
  }>;
  conflicts: PipelineEvent[];
  /** Provinces past their usual ceremony window with nothing seen (the season watch). */
  expectedMissing: PipelineEvent[];
}

/** The daily digest, read from the records and the outbox (no aggregation beyond find). */
export function createDigest(db: Db) {
  const col = db.collection<AwardDoc>(Collection.Awards);
  const events = createEventLog(db);
  return {
    async between(from: Date, to: Date): Promise<Digest> {
      const fresh = await col
        .find({ merged: { $ne: true }, firstSeenAt: { $gte: from, $lt: to } })
        .sort({ firstSeenAt: 1, _id: 1 })
        .toArray();
      const known = await col
        .find({
          merged: { $ne: true },
          firstSeenAt: { $lt: from },
          'sources.recordedAt': { $gte: from, $lt: to },
        })
        .sort({ key: 1 })
        .toArray();
      return {
        from,
        to,
        newRecords: fresh.map((d) => AwardRecord.parse(d)),
        newSources: known.map((d) => {
          const r = AwardRecord.parse(d);
          const sources = r.sources.filter((s) => s.recordedAt >= from && s.recordedAt < to);
          return { key: r.key, winner: r.winner, editionYear: r.editionYear, sources };
        }),
        conflicts: await events.between(from, to, EventType.AwardConflict),
        expectedMissing: await events.between(from, to, EventType.CoverageMissing),
      };
    },
  };
}

/** The digest's interface. */
export type DigestReader = ReturnType<typeof createDigest>;
