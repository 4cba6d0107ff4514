import type { Db } from 'mongodb';
import { AwardRecord, Corrections, ReviewStatus, conflictSignature } from '@pw/domain';
import { createAuditLog } from './audit-log.ts';
import { awardCollections, insertOnce, sourceDocId } from './award-collections.ts';
import { createAwardRepository } from './award-repository.ts';
import { createRedirects } from './award-redirects.ts';

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
  const c = awardCollections(db);
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

  // the review state is its own document: only reviewers write it, then the record is re-derived
  const writeReview = async (key: string, set: Record<string, unknown>) => {
    await c.reviews.updateOne({ _id: key }, { $set: set, $inc: { revision: 1 } }, { upsert: true });
    const rec = await awards.refresh(key);
    if (!rec) {
      throw new ReviewError('not-found', `no award ${key}`);
    }
    return rec;
  };

  return {
    /** Records waiting for a reviewer: new ones and those with a conflict not yet looked at. */
    async pending(limit = 50, skip = 0): Promise<{ items: AwardRecord[]; total: number }> {
      const filter = { merged: { $ne: true }, reviewPending: true };
      const [docs, total] = await Promise.all([
        c.awards.find(filter).sort({ firstSeenAt: 1, _id: 1 }).skip(skip).limit(limit).toArray(),
        c.awards.countDocuments(filter),
      ]);
      return { items: docs.map((d) => AwardRecord.parse(d)), total };
    },

    /** Confirms, rejects or corrects a record; corrected fields are never overwritten later. */
    async decide(key: string, d: Decision): Promise<AwardRecord> {
      const corrections = Corrections.parse(d.corrections ?? {});
      if (d.action === ReviewAction.Correct && Object.keys(corrections).length === 0) {
        throw new ReviewError('invalid', 'a correction needs at least one corrected field');
      }
      const before = await load(key);
      const set: Record<string, unknown> = {
        status: StatusOf[d.action],
        at: new Date(),
        by: d.by,
        note: d.note ?? null,
        // what the reviewer saw: only a conflict outside this list brings the record back
        seenConflicts: before.conflicts.map(conflictSignature),
      };
      for (const [field, value] of Object.entries(corrections)) {
        set[`corrections.${field}`] = value;
      }
      const after = await writeReview(key, set);
      await audit.record({
        actor: d.by,
        action: d.action,
        key,
        note: d.note ?? null,
        before: reviewed(before),
        after: reviewed(after),
      });
      return after;
    },

    /**
     * Merges `fromKey` into `intoKey`: the key is redirected first (so later upserts land on the
     * survivor), then the record is marked merged, then its sources are copied onto the survivor
     * and the survivor re-derived. An upsert that raced the mark finds the record merged and
     * follows the redirect itself (award-repository.ts).
     */
    async merge(fromKey: string, intoKey: string, by: string, note?: string | null) {
      if (fromKey === intoKey) {
        throw new ReviewError('invalid', 'a record cannot be merged into itself');
      }
      const from = await load(fromKey);
      const into = await load(intoKey);
      await redirects.point(fromKey, intoKey);
      await writeReview(fromKey, { merged: true, mergedInto: intoKey });
      const moved = await c.sources.find({ key: fromKey }).toArray();
      for (const { _id: _old, key: _k, ...s } of moved) {
        await insertOnce(c.sources, { _id: sourceDocId(intoKey, s.articleId), key: intoKey, ...s });
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
