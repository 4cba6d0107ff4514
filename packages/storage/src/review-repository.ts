import type { Db } from 'mongodb';
import { AwardRecord, Corrections, ReviewStatus } from '@pw/domain';
import { createAuditLog } from './audit-log.ts';
import type { AwardDoc } from './award-refresh.ts';
import { createAwardRepository } from './award-repository.ts';
import { createRedirects } from './award-redirects.ts';
import { Collection } from './mongo.ts';

/** What a reviewer can decide about a record. */
export const ReviewAction = { Confirm: 'confirm', Reject: 'reject', Correct: 'correct' } as const;
export type ReviewAction = (typeof ReviewAction)[keyof typeof ReviewAction];

const StatusOf = {
  confirm: ReviewStatus.Confirmed,
  reject: ReviewStatus.Rejected,
  correct: ReviewStatus.Corrected,
} as const;

/** Why a review could not be applied; `code` maps to an HTTP status in the API. */
export class ReviewError extends Error {
  readonly code: 'not-found' | 'merged' | 'invalid' | 'busy';
  constructor(code: ReviewError['code'], message: string) {
    super(message);
    this.name = 'ReviewError';
    this.code = code;
  }
}

/** A reviewer's decision. */
export interface Decision {
  action: ReviewAction;
  by: string;
  note?: string | null;
  corrections?: Corrections;
}

const reviewed = (r: AwardRecord) => ({
  review: r.review,
  corrections: r.corrections,
  ...Object.fromEntries(Object.keys(Corrections.shape).map((f) => [f, r[f as keyof AwardRecord]])),
});

/** Review: the queue of records to look at, decisions, corrections and merges, each audited. */
export function createReviewRepository(db: Db) {
  const col = db.collection<AwardDoc>(Collection.Awards);
  const awards = createAwardRepository(db);
  const audit = createAuditLog(db);
  const redirects = createRedirects(db);

  const load = async (key: string): Promise<AwardRecord> => {
    const rec = await awards.get(key);
    if (!rec) {
      const target = await redirects.resolve(key);
      throw target === key
        ? new ReviewError('not-found', `no award ${key}`)
        : new ReviewError('merged', `award ${key} was merged into ${target}`);
    }
    if (rec.merged) {
      throw new ReviewError('merged', `award ${key} was merged into ${rec.mergedInto ?? '?'}`);
    }
    return rec;
  };

  return {
    /** Records waiting for a reviewer: new ones and those with a conflict not yet looked at. */
    async pending(limit = 50, skip = 0): Promise<{ items: AwardRecord[]; total: number }> {
      const filter = { merged: { $ne: true }, reviewPending: true };
      const [docs, total] = await Promise.all([
        col.find(filter).sort({ firstSeenAt: 1, _id: 1 }).skip(skip).limit(limit).toArray(),
        col.countDocuments(filter),
      ]);
      return { items: docs.map((d) => AwardRecord.parse(d)), total };
    },

    /** Confirms, rejects or corrects a record; corrected fields are never overwritten later. */
    async decide(key: string, d: Decision): Promise<AwardRecord> {
      const corrections = Corrections.parse(d.corrections ?? {});
      if (d.action === ReviewAction.Correct && Object.keys(corrections).length === 0) {
        throw new ReviewError('invalid', 'a correction needs at least one corrected field');
      }
      for (let attempt = 0; attempt < 5; attempt++) {
        const rec = await load(key);
        const set: Record<string, unknown> = {
          review: { status: StatusOf[d.action], at: new Date(), by: d.by, note: d.note ?? null },
          reviewPending: false,
        };
        for (const [field, value] of Object.entries(corrections)) {
          set[`corrections.${field}`] = value;
          set[field] = value;
        }
        // optimistic: a derived refresh or another reviewer in between makes us read again
        const res = await col.updateOne(
          { _id: rec._id, revision: rec.revision, merged: { $ne: true } },
          { $set: set, $inc: { revision: 1 } },
        );
        if (res.matchedCount === 1) {
          const after = await load(key);
          await audit.record({
            actor: d.by,
            action: d.action,
            key,
            note: d.note ?? null,
            before: reviewed(rec),
            after: reviewed(after),
          });
          return after;
        }
      }
      throw new ReviewError('busy', `award ${key} kept changing; try again`);
    },

    /**
     * Merges `fromKey` into `intoKey`: the key is redirected first (so later upserts land on the
     * survivor), then the record is marked merged (so no upsert lands on it any more), then its
     * sources, read after that mark, are copied onto the survivor and its derived fields refreshed.
     */
    async merge(fromKey: string, intoKey: string, by: string, note?: string | null) {
      if (fromKey === intoKey) {
        throw new ReviewError('invalid', 'a record cannot be merged into itself');
      }
      const from = await load(fromKey);
      const into = await load(intoKey);
      await redirects.point(fromKey, intoKey);
      await col.updateOne(
        { _id: from._id },
        {
          $set: { merged: true, mergedInto: intoKey, reviewPending: false, updatedAt: new Date() },
          $inc: { revision: 1 },
        },
      );
      const moved = (await awards.get(fromKey))?.sources ?? from.sources;
      for (const s of moved) {
        await col.updateOne(
          { key: intoKey, sourceArticleIds: { $ne: s.articleId } },
          {
            $push: { sources: s, sourceArticleIds: s.articleId },
            $inc: { sourceCount: 1 },
            $set: { updatedAt: new Date() },
          },
        );
      }
      const survivor = (await awards.refresh(intoKey)) ?? into;
      const summary = { fromKey, intoKey, sourcesMoved: moved.length };
      await audit.record({
        actor: by,
        action: 'merge',
        key: fromKey,
        note: note ?? null,
        before: reviewed(from),
        after: summary,
      });
      await audit.record({
        actor: by,
        action: 'merge-in',
        key: intoKey,
        note: note ?? null,
        before: reviewed(into),
        after: { ...summary, sourceCount: survivor.sourceCount },
      });
      return survivor;
    },
  };
}

/** The review store's interface. */
export type ReviewRepository = ReturnType<typeof createReviewRepository>;
