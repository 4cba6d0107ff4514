import type { AwardBase, RecordedSource, ReviewState } from './award.ts';
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
 * most stories said, else the first report. The store rewrites a record from this function
 * until it matches its inputs, which is what keeps it right when writers race.
 */
export function deriveRecord(
  base: AwardBase,
  sources: readonly RecordedSource[],
  review: ReviewState | null,
) {
  const conflicts = detectConflicts(sources);
  const seen = new Set(review?.seenConflicts ?? []);
  const status = review?.status ?? 'new';
  const corrections = review?.corrections ?? {};
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
