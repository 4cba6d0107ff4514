import { describe, expect, it } from 'vitest';
import type { AwardBase, RecordedSource, ReviewState } from './award.ts';
import { deriveRecord, effectiveSteps, foldReviewLog } from './derive-record.ts';

const base: AwardBase = {
  editionYear: 2024,
  level: 'provinsi',
  province: 'Jawa Timur',
  category: 'Pemerintah Kabupaten/Kota',
  winner: 'Kabupaten Bojonegoro',
  winnerType: 'kabupaten',
  regionCode: '35.22',
  regionParent: null,
  rank: 1,
  ceremonyDate: null,
};

const src = (articleId: string, rank: number | null): RecordedSource => ({
  articleId,
  url: `https://x.id/${articleId}`,
  outlet: `${articleId}.id`,
  publishedAt: null,
  evidence: 'e',
  extractorVersion: 'v',
  confidence: 0.9,
  historical: false,
  rank,
  category: null,
  clusterId: null,
  recordedAt: new Date(0),
  editionYear: 2024,
  level: 'provinsi',
});

const review = (over: Partial<ReviewState>): ReviewState => ({
  _id: 'k',
  status: 'confirmed',
  at: null,
  by: 'rina',
  note: null,
  corrections: {},
  seenConflicts: [],
  revision: 1,
  merged: false,
  mergedInto: null,
  ...over,
});

describe('deriveRecord', () => {
  it('is new and waiting for review until a reviewer acts', () => {
    const r = deriveRecord(base, [src('a', 1)], null);
    expect(r).toMatchObject({ review: { status: 'new' }, reviewPending: true, sourceCount: 1 });
  });

  it('lets a correction win over what the sources say', () => {
    const r = deriveRecord(base, [src('a', 1), src('b', 1)], review({ corrections: { rank: 3 } }));
    expect(r.rank).toBe(3);
    expect(r.reviewPending).toBe(false);
  });

  it('puts a reviewed record back in review when a conflict it has not seen appears', () => {
    const sources = [src('a', 1), src('b', 2)];
    expect(deriveRecord(base, sources, review({})).reviewPending).toBe(true);
    const seen = review({ seenConflicts: ['rank=1/2'] });
    expect(deriveRecord(base, sources, seen).reviewPending).toBe(false);
  });
});

describe('foldReviewLog', () => {
  const at = new Date(0);
  it('replays decisions in log order, a later correction of a field superseding an earlier one', () => {
    const state = foldReviewLog('k', [
      { seq: 2, action: 'correct', at, actor: 'budi', corrections: { rank: 2 } },
      {
        seq: 1,
        action: 'correct',
        at,
        actor: 'rina',
        corrections: { rank: 3, ceremonyDate: '2025-07-29' },
      },
      { seq: 3, action: 'confirm', at, actor: 'ana', seenConflicts: ['rank=1/2'] },
    ]);
    expect(state).toMatchObject({
      status: 'confirmed',
      by: 'ana',
      corrections: { rank: 2, ceremonyDate: '2025-07-29' },
      seenConflicts: ['rank=1/2'],
      revision: 3,
      merged: false,
    });
  });

  it('treats an undone step as never made, a merge included', () => {
    const steps = [
      { seq: 1, action: 'correct', at, actor: 'rina', corrections: { rank: 3 } },
      { seq: 2, action: 'merge', at, actor: 'rina', into: 'other' },
      { seq: 3, action: 'undo', at, actor: 'budi', undoes: 2 },
      { seq: 4, action: 'reject', at, actor: 'budi' },
      { seq: 5, action: 'undo', at, actor: 'budi', undoes: 4 },
    ];
    expect(foldReviewLog('k', steps.slice(0, 2))).toMatchObject({
      merged: true,
      mergedInto: 'other',
    });
    expect(foldReviewLog('k', steps)).toMatchObject({
      status: 'corrected',
      corrections: { rank: 3 },
      merged: false,
      revision: 5,
    });
    expect(effectiveSteps(steps).map((s) => s.seq)).toEqual([1]);
  });
});

describe('a corrected field', () => {
  it('clears its conflict, and only its own', () => {
    const sources = [src('a', 1), { ...src('b', 2), editionYear: 2023 }];
    expect(deriveRecord(base, sources, null).conflicts.map((c) => c.field)).toEqual([
      'rank',
      'editionYear',
    ]);
    const corrected = deriveRecord(base, sources, review({ corrections: { rank: 2 } }));
    expect(corrected.conflicts.map((c) => c.field)).toEqual(['editionYear']);
    expect(corrected.rank).toBe(2);
  });
});
