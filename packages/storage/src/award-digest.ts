import type { Db } from 'mongodb';
import { AwardRecord, type RecordedSource } from '@pw/domain';
import { awardCollections, findRecord, utcDayOf, type AwardDoc } from './award-collections.ts';
import { EventType, createEventLog, type PipelineEvent } from './event-log.ts';

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

const DayMs = 86_400_000;
/** Windows longer than this many UTC days are read with range scans instead of day buckets. */
const MaxBucketDays = 62;

/** The UTC days a window [from, to) touches, or null when there are too many. */
function daysOf(from: Date, to: Date): string[] | null {
  const days: string[] = [];
  const first = Date.parse(`${utcDayOf(from)}T00:00:00Z`);
  for (let t = first; t < to.getTime(); t += DayMs) {
    if (days.length === MaxBucketDays) {
      return null;
    }
    days.push(utcDayOf(new Date(t)));
  }
  return days;
}

const byFirstSeen = (a: AwardDoc, b: AwardDoc) =>
  a.firstSeenAt.getTime() - b.firstSeenAt.getTime() ||
  (String(a._id) < String(b._id) ? -1 : String(a._id) > String(b._id) ? 1 : 0);
const byKey = (a: AwardDoc, b: AwardDoc) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/**
 * The daily digest, read from the records and the outbox (no aggregation beyond find). A window
 * of a few days is read by indexed equality on day buckets (`firstSeenDay` on records,
 * `recordedDay` on source documents) and filtered exactly here, so the store never scans the
 * records (which embed their sources).
 */
export function createDigest(db: Db) {
  const c = awardCollections(db);
  const col = c.awards;
  const events = createEventLog(db);

  /** Records first seen in the window, and known records with a source recorded in it. */
  const changed = async (from: Date, to: Date) => {
    const days = daysOf(from, to);
    if (!days) {
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
      return { fresh, known };
    }
    const inWindow = (t: Date) => t >= from && t < to;
    const fresh = (await Promise.all(days.map((d) => col.find({ firstSeenDay: d }).toArray())))
      .flat()
      .filter((r) => r.merged !== true && inWindow(r.firstSeenAt))
      .sort(byFirstSeen);
    const recorded = await Promise.all(
      days.map((d) =>
        c.sources.find({ recordedDay: d }, { projection: { key: 1, recordedAt: 1 } }).toArray(),
      ),
    );
    const keys = [
      ...new Set(
        recorded
          .flat()
          .filter((s) => inWindow(s.recordedAt))
          .map((s) => s.key),
      ),
    ];
    const known: AwardDoc[] = [];
    for (const key of keys) {
      const r = await findRecord(col, key);
      if (
        r &&
        r.key === key &&
        r.merged !== true &&
        r.firstSeenAt < from &&
        r.sources.some((s) => inWindow(s.recordedAt))
      ) {
        known.push(r);
      }
    }
    return { fresh, known: known.sort(byKey) };
  };

  return {
    async between(from: Date, to: Date): Promise<Digest> {
      const { fresh, known } = await changed(from, to);
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
