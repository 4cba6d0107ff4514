import type { AwardBase, Corrections, RecordedSource, ReviewState, ReviewStatus } from './award.ts';
import {
  conflictSignature,
  countCorroboration,
  detectConflicts,
  preferredValue,
  recordConfidence,
} from './award-derive.ts';

/**
 * Everything on an award record that follows from its inputs: the first report (`base`), every
 * source, and the reviewer's state. Field values: a correction, else (rank and category) what
 * most stories said, else the first report. A corrected field has no conflict. The store rewrites a record from this function
 * until it matches its inputs, which is what keeps it right when writers race.
 */
export function deriveRecord(
  base: AwardBase,
  sources: readonly RecordedSource[],
  review: ReviewState | null,
) {
  const status = review?.status ?? 'new';
  const corrections = review?.corrections ?? {};
  // a field a reviewer corrected is settled: the sources' disagreement on it no longer counts
  const conflicts = detectConflicts(sources).filter((c) => !(c.field in corrections));
  const seen = new Set(review?.seenConflicts ?? []);
  const fields: AwardBase = {
    ...base,
    rank: preferredValue(sources, 'rank') ?? base.rank,
    category: preferredValue(sources, 'category') ?? base.category,
  };
  for (const [field, value] of Object.entries(corrections)) {
    if (value !== undefined) {
      Object.assign(fields, { [field]: value });
    }
  }
  return {
    ...fields,
    sources: [...sources],
    sourceArticleIds: sources.map((s) => s.articleId),
    sourceCount: sources.length,
    ...countCorroboration(sources),
    confidence: recordConfidence(sources),
    conflicts,
    corrections,
    review: {
      status,
      at: review?.at ?? null,
      by: review?.by ?? null,
      note: review?.note ?? null,
    },
    reviewPending: status === 'new' || conflicts.some((c) => !seen.has(conflictSignature(c))),
    revision: review?.revision ?? 0,
    merged: review?.merged ?? false,
    mergedInto: review?.mergedInto ?? null,
  };
}

/** The derived part of an award record. */
export type DerivedRecord = ReturnType<typeof deriveRecord>;

/** What a review log entry did to its record (confirm, reject and correct are a reviewer's decisions). */
export const ReviewStep = {
  Confirm: 'confirm',
  Reject: 'reject',
  Correct: 'correct',
  /** This record was merged into `into`. */
  Merge: 'merge',
  /** The record `from` was merged into this one (its sources moved here). */
  MergeIn: 'merge-in',
  /** Took back the step `undoes`. */
  Undo: 'undo',
  /** The review state kept before review logs existed, carried over as the log's first step. */
  Import: 'import',
} as const;
export type ReviewStep = (typeof ReviewStep)[keyof typeof ReviewStep];

/** One entry of a record's review log, as far as its review state depends on it. */
export interface ReviewLogStep {
  /** The entry's place in the record's log: 1, 2, 3 … with no gaps. */
  seq: number;
  action: string;
  at: Date;
  actor: string;
  note?: string | null;
  corrections?: Corrections | null;
  seenConflicts?: readonly string[] | null;
  into?: string | null;
  undoes?: number | null;
  /** import: the status carried over. */
  status?: ReviewStatus | null;
}

const StatusOfStep: Partial<Record<string, ReviewStatus>> = {
  confirm: 'confirmed',
  reject: 'rejected',
  correct: 'corrected',
};

/** The steps still in force: every step but undos and the steps they took back, in log order. */
export function effectiveSteps<S extends ReviewLogStep>(steps: readonly S[]): S[] {
  const undone = new Set(steps.flatMap((s) => (s.action === ReviewStep.Undo ? [s.undoes] : [])));
  return [...steps]
    .sort((a, b) => a.seq - b.seq)
    .filter((s) => s.action !== ReviewStep.Undo && !undone.has(s.seq));
}

/**
 * A record's review state, replayed from its review log: each step in force applied in log
 * order, so a later decision supersedes an earlier one field by field, and an undone step is as
 * if it had never been made. `revision` is the last entry's place in the log.
 */
export function foldReviewLog(key: string, steps: readonly ReviewLogStep[]): ReviewState {
  const state: ReviewState = {
    _id: key,
    status: 'new',
    at: null,
    by: null,
    note: null,
    corrections: {},
    seenConflicts: [],
    revision: Math.max(0, ...steps.map((s) => s.seq)),
    merged: false,
    mergedInto: null,
  };
  for (const step of effectiveSteps(steps)) {
    const status = StatusOfStep[step.action];
    if (status) {
      Object.assign(state, {
        status,
        at: step.at,
        by: step.actor,
        note: step.note ?? null,
        seenConflicts: [...(step.seenConflicts ?? [])],
        corrections: { ...state.corrections, ...(step.corrections ?? {}) },
      });
    } else if (step.action === ReviewStep.Merge) {
      Object.assign(state, { merged: true, mergedInto: step.into ?? null });
    } else if (step.action === ReviewStep.Import) {
      Object.assign(state, {
        status: step.status ?? 'new',
        at: step.at,
        by: step.actor,
        note: step.note ?? null,
        seenConflicts: [...(step.seenConflicts ?? [])],
        corrections: { ...(step.corrections ?? {}) },
        merged: step.into != null,
        mergedInto: step.into ?? null,
      });
    }
  }
  return state;
}
