import { setTimeout as sleep } from 'node:timers/promises';
import {
  AwardBase,
  AwardRecord,
  RecordedSource,
  ReviewState,
  conflictSignature,
  deriveRecord,
} from '@pw/domain';
import { findRecord, type AwardCollections } from './award-collections.ts';
import { EventType, type EventLog } from './event-log.ts';
import { provinceCodesOf } from './search-terms.ts';

/**
 * True when the stored record was derived from every source and the review state stored now (its
 * source count and review revision match them): no other writer's input came in unseen.
 */
export async function matchesInputs(
  c: AwardCollections,
  key: string,
  recordId: AwardRecord['_id'],
): Promise<boolean> {
  const [now, count, reviewNow] = await Promise.all([
    c.awards.findOne({ _id: recordId }, { projection: { sourceCount: 1, revision: 1 } }),
    c.sources.countDocuments({ key }),
    c.reviews.findOne({ _id: key }, { projection: { revision: 1 } }),
  ]);
  return now?.sourceCount === count && (now.revision ?? 0) === (reviewNow?.revision ?? 0);
}

/** The first report's values, for a record stored before `base` existed. */
const baseOf = (r: AwardRecord): AwardBase => r.base ?? AwardBase.parse(r);

/**
 * Rewrites a record from its inputs (its source documents and its review state) and checks
 * afterwards that it still matches them; if another writer's stale rewrite landed in between,
 * it goes again. Every writer of an input calls this after its write, so the last rewrite of a
 * record is always checked by the writer that made it. Announces the new conflicts it finds.
 */
export async function refreshDerived(
  c: AwardCollections,
  events: EventLog,
  key: string,
): Promise<AwardRecord | null> {
  for (let attempt = 0; attempt < 25; attempt++) {
    const raw = await findRecord(c.awards, key);
    if (!raw) {
      return null;
    }
    const record = AwardRecord.parse(raw);
    const [sourceDocs, reviewDoc] = await Promise.all([
      c.sources.find({ key }).sort({ recordedAt: 1, _id: 1 }).toArray(),
      c.reviews.findOne({ _id: key }),
    ]);
    const sources = sourceDocs.map((d) => RecordedSource.parse(d));
    const review = reviewDoc ? ReviewState.parse(reviewDoc) : null;
    const derived = deriveRecord(baseOf(record), sources, review);
    const before = new Set(record.conflicts.map(conflictSignature));
    const provinceCodes = provinceCodesOf(derived.province, derived.regionCode);
    await c.awards.updateOne(
      { _id: record._id },
      { $set: { ...derived, base: baseOf(record), provinceCodes } },
    );

    const consistent = await matchesInputs(c, key, record._id);
    for (const conflict of derived.conflicts) {
      const signature = conflictSignature(conflict);
      if (!before.has(signature)) {
        await events.append({
          id: `${EventType.AwardConflict}:${key}:${signature}`,
          type: EventType.AwardConflict,
          subject: key,
          data: { key, winner: derived.winner, editionYear: derived.editionYear, conflict },
        });
      }
    }
    if (consistent) {
      return AwardRecord.parse({ ...raw, ...derived });
    }
    // someone else is writing this record too: let them finish, then look again
    await sleep(5 + Math.random() * 20 * (attempt + 1));
  }
  throw new Error(`award ${key}: record kept changing under us`);
}
