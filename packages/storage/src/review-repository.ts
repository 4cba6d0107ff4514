import { setTimeout as sleep } from 'node:timers/promises';
import type { Db } from 'mongodb';
import {
  AwardBase,
  AwardRecord,
  Corrections,
  ReviewState,
  ReviewStep,
  conflictSignature,
  deriveRecord,
  effectiveSteps,
  foldReviewLog,
  shortIdOf,
} from '@pw/domain';
import { createAuditLog, type AuditEntry, type LogEntryDraft, type LogStep } from './audit-log.ts';
import { awardCollections, insertOnce, sourceDocId } from './award-collections.ts';
import { createAwardRepository } from './award-repository.ts';
import { createRedirects } from './award-redirects.ts';
import { RecordRefError, createRecordRefs } from './record-ref.ts';

// FerretDB 1.x loses one of two concurrent updates of a document, and two concurrent upserts of
// a new one fail with E11000. So a review action never updates shared state in place: it is an
// insert into the record's review log at the next free place (`<key>#<seq>`, unique `_id`). A
// writer that loses the race for a place reads the log again, decides again against what the
// winner did (a record merged away is refused with a reason), and takes the next place. The
// review state is then replayed from the log (foldReviewLog) and the record re-derived from it.

/** What a reviewer can decide about a record. */
export const ReviewAction = { Confirm: 'confirm', Reject: 'reject', Correct: 'correct' } as const;
export type ReviewAction = (typeof ReviewAction)[keyof typeof ReviewAction];

/** Why a review could not be applied; `code` maps to an HTTP status in the API. */
export class ReviewError extends Error {
  /** not-found 404, invalid 400, merged 409, busy 409 (the record moved on: reload, try again). */
  readonly code: 'not-found' | 'merged' | 'invalid' | 'busy';
  /** For `invalid`: the request field at fault, e.g. `corrections.province`. */
  readonly field: string | null;
  constructor(code: ReviewError['code'], message: string, field: string | null = null) {
    super(message);
    this.name = 'ReviewError';
    this.code = code;
    this.field = field;
  }
}

/** A reviewer's decision. */
export interface Decision {
  action: ReviewAction;
  by: string;
  note?: string | null;
  corrections?: Corrections;
  /**
   * Checks (and may rewrite) the corrections against the record they apply to, e.g. against the
   * gazetteer; throws a ReviewError `invalid` naming the field.
   */
  check?: (record: AwardRecord, corrections: Corrections) => Corrections | Promise<Corrections>;
}

const baseOf = (r: AwardRecord): AwardBase => r.base ?? AwardBase.parse(r);

/** The reviewed fields of a record under a review state, as the audit log shows them. */
const reviewedUnder = (r: AwardRecord, state: ReviewState) => {
  const d = deriveRecord(baseOf(r), r.sources, state);
  return {
    review: d.review,
    corrections: d.corrections,
    ...Object.fromEntries(Object.keys(Corrections.shape).map((f) => [f, d[f as keyof typeof d]])),
  };
};

const mergedError = (key: string, into: string | null) =>
  new ReviewError('merged', `award ${key} was merged into ${into ?? 'another record'}`);

/** Review: the queue of records to look at, decisions, corrections, merges and undo, each audited. */
export function createReviewRepository(db: Db) {
  const c = awardCollections(db);
  const awards = createAwardRepository(db);
  const audit = createAuditLog(db);
  const redirects = createRedirects(db);
  const refs = createRecordRefs(db);

  /** The record stored under a key (merged ones too); not-found, or merged when only redirected. */
  const stored = async (key: string): Promise<AwardRecord> => {
    const rec = await awards.get(key);
    if (!rec) {
      const target = await redirects.resolve(key);
      throw target === key
        ? new ReviewError('not-found', `no award ${key}`)
        : mergedError(key, target);
    }
    return rec;
  };

  /** The key a reference names: a key, an `_id` or a short id (record-ref.ts). */
  const keyOf = async (ref: string, field = 'key'): Promise<string> => {
    try {
      const key = await refs.resolve(ref);
      if (!key) {
        throw new ReviewError('not-found', `no award ${ref}`);
      }
      await refs.remember([key]);
      return key;
    } catch (err) {
      throw err instanceof RecordRefError ? new ReviewError('invalid', err.message, field) : err;
    }
  };

  /** A record's review log, read by `_id` from the last place its review state knows of. */
  const logOf = async (key: string): Promise<LogStep[]> => {
    const state = await c.reviews.findOne({ _id: key }, { projection: { revision: 1 } });
    return audit.steps(key, state?.revision ?? 0);
  };

  /**
   * A review state written before review logs existed (a revision but no log) becomes the log's
   * first step, so the first action after an upgrade builds on it instead of replacing it.
   * True when there was such a state (whoever wrote the step).
   */
  const adoptLegacy = async (key: string): Promise<boolean> => {
    const raw = await c.reviews.findOne({ _id: key });
    if (!raw || (raw.revision ?? 0) === 0 || (await audit.has(key, 1))) {
      return false;
    }
    const legacy = ReviewState.parse(raw);
    await audit.append(key, 1, {
      action: ReviewStep.Import,
      actor: legacy.by ?? 'import',
      note: legacy.note,
      status: legacy.status,
      corrections: legacy.corrections,
      seenConflicts: legacy.seenConflicts,
      into: legacy.merged ? legacy.mergedInto : null,
    });
    return true;
  };

  /**
   * Appends one entry to a record's review log. `plan` sees the log as it stands and returns the
   * entry (or throws a ReviewError to refuse); if another writer took the place first, the log
   * is read again and `plan` decides again. Returns the entry and the log up to it.
   */
  const append = async (
    key: string,
    plan: (prior: LogStep[], seq: number) => Promise<LogEntryDraft> | LogEntryDraft,
  ): Promise<{ entry: LogStep; log: LogStep[] }> => {
    for (let attempt = 0; attempt < 200; attempt++) {
      const prior = await logOf(key);
      if (prior.length === 0 && (await adoptLegacy(key))) {
        continue;
      }
      const seq = prior.length + 1;
      const entry = await audit.append(key, seq, await plan(prior, seq));
      if (entry) {
        return { entry, log: [...prior, entry] };
      }
    }
    throw new ReviewError('busy', `award ${key}: too many reviewers at once, try again`);
  };

  /**
   * Writes the review state replayed from the log (`known`: the log as this writer left it),
   * then checks that it is still the state of the whole log: the stored revision is the log's
   * length and the next place is empty. If a writer with another view wrote in between, it
   * reads the log and goes again. Every appender calls this after its append, so the last state
   * written is always checked by its writer.
   */
  const settle = async (key: string, known?: LogStep[]): Promise<void> => {
    let log = known ?? (await logOf(key));
    for (let attempt = 0; attempt < 60; attempt++) {
      const state = foldReviewLog(key, log);
      const { matchedCount } = await c.reviews.replaceOne({ _id: key }, state);
      if (matchedCount === 0) {
        await insertOnce(c.reviews, state);
      }
      const [now, more] = await Promise.all([
        c.reviews.findOne({ _id: key }, { projection: { revision: 1 } }),
        audit.has(key, log.length + 1),
      ]);
      if ((now?.revision ?? 0) === log.length && !more) {
        return;
      }
      await sleep(2 + Math.random() * 10 * (attempt + 1));
      log = await logOf(key);
    }
    throw new ReviewError('busy', `award ${key}: its review state kept changing, try again`);
  };

  /** Settles the review state, then re-derives the record from it. */
  const finish = async (key: string, known?: LogStep[]): Promise<AwardRecord> => {
    await settle(key, known);
    const rec = await awards.refresh(key);
    if (!rec) {
      throw new ReviewError('not-found', `no award ${key}`);
    }
    return rec;
  };

  /** The state of another record's log, leaving out this operation's own entry there. */
  const stateWithout = async (key: string, ownSeq: number | null) =>
    foldReviewLog(
      key,
      (await logOf(key)).filter((s) => s.seq !== ownSeq),
    );

  /** Un-merges `from` from `into` after both undo entries are written. */
  const separate = async (from: string, into: string, merge: LogStep) => {
    const moved =
      merge.moved ?? (await c.sources.find({ key: from }).toArray()).map((s) => s.articleId);
    await redirects.unpoint(from, merge.repointed ?? []);
    if (moved.length > 0) {
      await c.sources.deleteMany({ _id: { $in: moved.map((a) => sourceDocId(into, a)) } });
    }
    return { from: await finish(from), into: await finish(into) };
  };

  return {
    /** Records waiting for a reviewer: new ones and those with a conflict not yet looked at. */
    async pending(limit = 50, skip = 0): Promise<{ items: AwardRecord[]; total: number }> {
      const filter = { merged: { $ne: true }, reviewPending: true };
      const [docs, total] = await Promise.all([
        c.awards.find(filter).sort({ firstSeenAt: 1, _id: 1 }).skip(skip).limit(limit).toArray(),
        c.awards.countDocuments(filter),
      ]);
      const items = docs.map((d) => AwardRecord.parse(d));
      // the queue shows short ids: make sure each one resolves at once
      await refs.remember(items.map((r) => r.key));
      return { items, total };
    },

    /** Confirms, rejects or corrects a record; corrected fields are never overwritten later. */
    async decide(ref: string, d: Decision): Promise<AwardRecord> {
      let corrections = Corrections.parse(d.corrections ?? {});
      if (d.action === ReviewAction.Correct && Object.keys(corrections).length === 0) {
        throw new ReviewError(
          'invalid',
          'a correction needs at least one corrected field',
          'corrections',
        );
      }
      const key = await keyOf(ref);
      const record = await stored(key);
      if (d.check && Object.keys(corrections).length > 0) {
        corrections = await d.check(record, corrections);
      }
      const { log } = await append(key, (prior, seq) => {
        const state = foldReviewLog(key, prior);
        if (state.merged) {
          throw mergedError(key, state.mergedInto);
        }
        const step = {
          action: d.action,
          actor: d.by,
          note: d.note ?? null,
          corrections: d.action === ReviewAction.Correct ? corrections : null,
          // what the reviewer saw: only a conflict outside this list brings the record back
          seenConflicts: record.conflicts.map(conflictSignature),
        };
        const next = foldReviewLog(key, [...prior, { ...step, seq, at: new Date() }]);
        return {
          ...step,
          before: reviewedUnder(record, state),
          after: reviewedUnder(record, next),
        };
      });
      return finish(key, log);
    },

    /**
     * Merges `fromKey` into `intoKey`. Both logs get an entry, in key order, each checked against
     * the other log (so two records can never be merged into each other); then the key is
     * redirected (later upserts land on the survivor), the record marked merged, and its sources
     * copied onto the survivor. An upsert that raced the mark finds the record merged and
     * follows the redirect itself (award-repository.ts).
     */
    async merge(fromRef: string, intoRef: string, by: string, note?: string | null) {
      const fromKey = await keyOf(fromRef);
      const intoKey = await keyOf(intoRef, 'into');
      if (fromKey === intoKey) {
        throw new ReviewError('invalid', 'a record cannot be merged into itself', 'into');
      }
      const from = await stored(fromKey);
      const into = await stored(intoKey);
      const own: Record<string, number | null> = { [fromKey]: null, [intoKey]: null };
      /** One side's entry: both records must still stand (this merge's own entry left out). */
      const sidePlan =
        (self: string, other: string, rec: AwardRecord, step: LogEntryDraft) =>
        async (prior: LogStep[]): Promise<LogEntryDraft> => {
          const state = foldReviewLog(self, prior);
          const there = await stateWithout(other, own[other] ?? null);
          for (const [k, st] of [
            [self, state],
            [other, there],
          ] as const) {
            if (st.merged) {
              throw mergedError(k, st.mergedInto);
            }
          }
          return { ...step, before: reviewedUnder(rec, state) };
        };
      const plans: Record<string, (prior: LogStep[]) => Promise<LogEntryDraft>> = {
        [fromKey]: sidePlan(fromKey, intoKey, from, {
          action: ReviewStep.Merge,
          actor: by,
          note: note ?? null,
          into: intoKey,
          after: { mergedInto: intoKey },
        }),
        [intoKey]: sidePlan(intoKey, fromKey, into, {
          action: ReviewStep.MergeIn,
          actor: by,
          note: note ?? null,
          from: fromKey,
        }),
      };
      const [first, second] = [fromKey, intoKey].sort();
      const entries: Record<string, LogStep> = {};
      for (const key of [first, second] as string[]) {
        try {
          const { entry } = await append(key, plans[key]!);
          entries[key] = entry;
          own[key] = entry.seq;
        } catch (err) {
          const done = Object.values(entries)[0];
          if (done) {
            // the second log refused: take the first entry back, visibly
            await append(done.key, () => ({
              action: ReviewStep.Undo,
              actor: by,
              undoes: done.seq,
              note: `merge cancelled: ${err instanceof Error ? err.message : String(err)}`,
            }));
            await finish(done.key);
          }
          throw err;
        }
      }

      const repointed = await redirects.pointingAt(fromKey);
      await redirects.point(fromKey, intoKey);
      await finish(fromKey);
      const fromSources = await c.sources.find({ key: fromKey }).toArray();
      const copyOnto = async (target: string) => {
        const copied: string[] = [];
        for (const { _id: _old, key: _k, ...s } of fromSources) {
          if (
            await insertOnce(c.sources, {
              _id: sourceDocId(target, s.articleId),
              key: target,
              ...s,
            })
          ) {
            copied.push(s.articleId);
          }
        }
        return copied;
      };
      const moved = await copyOnto(intoKey);
      // the survivor merged on into another record meanwhile, maybe before our copies landed:
      // they follow it there too (its own merge copies what it finds after its redirect)
      const final = await redirects.resolve(intoKey);
      if (final !== intoKey) {
        await copyOnto(final);
        await awards.refresh(final);
      }
      await audit.annotate(entries[fromKey]!._id, {
        moved,
        repointed,
        after: { mergedInto: intoKey, sourcesMoved: moved.length },
      });
      return finish(intoKey);
    },

    /**
     * Takes back the last action in force on a record (Batalkan). A merge is taken back on both
     * records: the merged one stands again, with its redirect removed and its copied sources
     * taken off the survivor. `expected` (the seq the reviewer saw as last) guards against
     * undoing someone else's newer action. Returns the record as it now stands.
     */
    async undo(ref: string, by: string, note?: string | null, expected?: number | null) {
      const key = await keyOf(ref);
      const record = await stored(key);
      const top = effectiveSteps(await logOf(key)).at(-1);
      if (!top || (expected != null && expected !== top.seq)) {
        throw new ReviewError(
          'busy',
          top
            ? `award ${key}: the last action is #${top.seq} (${top.action} by ${top.actor}), not #${expected}; reload and try again`
            : `award ${key}: there is no action to undo`,
        );
      }
      const isMerge = top.action === ReviewStep.Merge || top.action === ReviewStep.MergeIn;
      /** Undoes `target` on `k`; refuses when it is no longer in force (or, alone, no longer last). */
      const undoOn =
        (k: string, target: (prior: LogStep[]) => LogStep | undefined, rec: AwardRecord | null) =>
        (prior: LogStep[], seq: number): LogEntryDraft => {
          const inForce = effectiveSteps(prior);
          const step = target(prior);
          if (!step || (!isMerge && inForce.at(-1)?.seq !== step.seq)) {
            const last = inForce.at(-1);
            throw new ReviewError(
              'busy',
              last
                ? `award ${k}: the last action is now #${last.seq} (${last.action} by ${last.actor}); reload and try again`
                : `award ${k}: there is no action to undo`,
            );
          }
          const draft = {
            action: ReviewStep.Undo,
            actor: by,
            note: note ?? null,
            undoes: step.seq,
          };
          if (!rec) {
            return draft;
          }
          const next = foldReviewLog(k, [...prior, { ...draft, seq, at: new Date() }]);
          return {
            ...draft,
            before: reviewedUnder(rec, foldReviewLog(k, prior)),
            after: reviewedUnder(rec, next),
          };
        };
      const own = undoOn(
        key,
        (prior) => effectiveSteps(prior).find((s) => s.seq === top.seq),
        record,
      );
      if (!isMerge) {
        const { log } = await append(key, own);
        return finish(key, log);
      }

      // a merge: both records' logs take it back, in key order like the merge itself
      const [fromKey, intoKey] =
        top.action === ReviewStep.Merge ? [key, top.into ?? ''] : [top.from ?? '', key];
      const other = key === fromKey ? intoKey : fromKey;
      const counterpart = (prior: LogStep[]) =>
        effectiveSteps(prior)
          .filter((s) =>
            key === fromKey
              ? s.action === ReviewStep.MergeIn && s.from === key
              : s.action === ReviewStep.Merge && s.into === key,
          )
          .at(-1);
      let mergeEntry: LogStep | undefined = key === fromKey ? top : undefined;
      const [first] = [key, other].sort();
      for (const k of first === key ? [key, other] : [other, key]) {
        if (k === key) {
          await append(key, own);
          continue;
        }
        try {
          await append(other, (prior, seq) => {
            mergeEntry ??= counterpart(prior);
            return undoOn(other, counterpart, null)(prior, seq);
          });
        } catch (err) {
          // taken back there already (by hand or by a cancelled merge): nothing left to do there
          if (!(err instanceof ReviewError) || k === first) {
            throw err;
          }
        }
      }
      mergeEntry ??= (await logOf(fromKey))
        .filter((s) => s.action === ReviewStep.Merge && s.into === intoKey)
        .at(-1);
      if (!mergeEntry) {
        throw new ReviewError('busy', `award ${fromKey}: no merge into ${intoKey} to undo`);
      }
      const both = await separate(fromKey, intoKey, mergeEntry);
      return key === fromKey ? both.from : both.into;
    },

    /** A record's review history, newest first. */
    async history(ref: string, limit = 100): Promise<AuditEntry[]> {
      const key = await keyOf(ref);
      await stored(key);
      return audit.list(key, limit);
    },

    /**
     * A record's history page: its entries newest first, and what Batalkan would take back
     * (send its seq as `expected`).
     */
    async timeline(ref: string, limit = 100) {
      const key = await keyOf(ref);
      await stored(key);
      const [items, steps] = await Promise.all([audit.list(key, limit), logOf(key)]);
      const last = effectiveSteps(steps).at(-1);
      return {
        key,
        shortId: shortIdOf(key),
        items,
        total: steps.length,
        undoable: last
          ? { seq: last.seq, action: last.action, actor: last.actor, at: last.at }
          : null,
      };
    },

    /** The key a reference (key, `_id` or short id) names; not-found when none. */
    keyOf: (ref: string) => keyOf(ref),
  };
}

/** The review store's interface. */
export type ReviewRepository = ReturnType<typeof createReviewRepository>;
