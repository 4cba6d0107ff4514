import type { Collection, Filter } from 'mongodb';
import {
  AwardRecord,
  conflictSignature,
  countCorroboration,
  detectConflicts,
  preferredValue,
  recordConfidence,
} from '@pw/domain';
import { EventType, type EventLog } from './event-log.ts';

/** How an award record is stored: the record plus the flat id list that keeps upserts idempotent. */
export type AwardDoc = AwardRecord & { sourceArticleIds: string[] };

const eqOrMissing = (v: unknown) => (v === undefined ? { $exists: false } : v);

/**
 * Recomputes what a record derives from its sources (corroboration counts, conflicts,
 * confidence, preferred rank and category) and announces what is new. Each write is guarded by
 * the source count and review revision it was computed from, so a stale computation never
 * lands; the writer that added the last source always computes from a snapshot that has it.
 */
export async function refreshDerived(
  col: Collection<AwardDoc>,
  events: EventLog,
  key: string,
  addedArticleId: string | null,
): Promise<AwardRecord | null> {
  for (let attempt = 0; attempt < 8; attempt++) {
    const raw = await col.findOne({ key });
    if (!raw) {
      return null;
    }
    const rec = AwardRecord.parse(raw);
    const conflicts = detectConflicts(rec.sources);
    const before = new Set(rec.conflicts.map(conflictSignature));
    const fresh = conflicts.filter((c) => !before.has(conflictSignature(c)));
    const set: Record<string, unknown> = {
      ...countCorroboration(rec.sources),
      confidence: recordConfidence(rec.sources),
      conflicts,
    };
    // a reviewer's correction wins over whatever the sources say
    for (const field of ['rank', 'category'] as const) {
      if (!(field in rec.corrections)) {
        set[field] = preferredValue(rec.sources, field) ?? rec[field];
      }
    }
    if (fresh.length > 0) {
      set.reviewPending = true;
    }
    const guard: Filter<AwardDoc> = {
      _id: rec._id,
      sourceCount: eqOrMissing(raw.sourceCount),
      revision: eqOrMissing(raw.revision),
    } as Filter<AwardDoc>;
    const res = await col.updateOne(guard, { $set: set });
    if (res.matchedCount === 0) {
      continue;
    }
    const subject = rec.key;
    for (const c of fresh) {
      await events.append({
        id: `${EventType.AwardConflict}:${rec._id}:${conflictSignature(c)}`,
        type: EventType.AwardConflict,
        subject,
        data: { key: rec.key, winner: rec.winner, editionYear: rec.editionYear, conflict: c },
      });
    }
    // also after a crash between the insert and this line: the first source's re-run announces it
    if (addedArticleId !== null && rec.sources[0]?.articleId === addedArticleId) {
      await events.append({
        id: `${EventType.AwardCreated}:${rec._id}`,
        type: EventType.AwardCreated,
        subject,
        data: {
          key: rec.key,
          winner: rec.winner,
          editionYear: rec.editionYear,
          level: rec.level,
          province: rec.province,
          category: rec.category,
          rank: rec.rank,
          url: rec.sources[0].url,
          outlet: rec.sources[0].outlet,
        },
      });
    }
    return AwardRecord.parse({ ...raw, ...set });
  }
  throw new Error(`award ${key}: derived fields kept changing under us`);
}
