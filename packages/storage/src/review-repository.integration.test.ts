import { describe, expect, it } from 'vitest';
import type { Db } from 'mongodb';
import type { AwardRecord, AwardSource, ReviewState } from '@pw/domain';
import { testDraft, testSource } from '../../../test/support/award-fixtures.ts';
import { useServices } from '../../../test/support/use-services.ts';
import { createAuditLog } from './audit-log.ts';
import { ReviewsCollection } from './award-collections.ts';
import { createAwardRepository } from './award-repository.ts';
import { createReviewRepository, ReviewError, type Decision } from './review-repository.ts';

const draft = testDraft;
const source = (articleId: string, over: Partial<AwardSource> = {}): AwardSource =>
  testSource(articleId, {
    url: `https://contoh.id/${articleId}`,
    outlet: `${articleId}.id`,
    ...over,
  });

describe('review repository', () => {
  const services = useServices();

  it('keeps a correction when the award is extracted again', async () => {
    const awards = createAwardRepository(services.mongo.db);
    const reviews = createReviewRepository(services.mongo.db);
    const { key } = await awards.upsertWithSource(draft(), source('a1'));
    expect((await reviews.pending()).items.map((r) => r.key)).toContain(key);

    const corrected = await reviews.decide(key, {
      action: 'correct',
      by: 'rina',
      corrections: { rank: 3, ceremonyDate: '2025-07-29' },
    });
    expect(corrected).toMatchObject({ rank: 3, review: { status: 'corrected', by: 'rina' } });

    // two more outlets say rank 1: the sources keep what they said, the record keeps the correction
    await awards.upsertWithSource(draft(), source('a2', { rank: 1 }));
    await awards.upsertWithSource(draft({ ceremonyDate: '2025-01-01' }), source('a3'));
    const after = await awards.get(key);
    expect(after).toMatchObject({ rank: 3, ceremonyDate: '2025-07-29', sourceCount: 3 });
    expect(after?.corrections).toEqual({ rank: 3, ceremonyDate: '2025-07-29' });

    const history = await createAuditLog(services.mongo.db).list(key);
    expect(history[0]).toMatchObject({ actor: 'rina', action: 'correct', key });
    expect(history[0]?.before).toMatchObject({ rank: 1 });
    expect(history[0]?.after).toMatchObject({ rank: 3 });
  });

  it('merges two records and sends later reports of the merged key to the survivor', async () => {
    const awards = createAwardRepository(services.mongo.db);
    const reviews = createReviewRepository(services.mongo.db);
    // one outlet misdated the edition: two records for one award
    const good = await awards.upsertWithSource(draft({ editionYear: 2023 }), source('m1'));
    const bad = await awards.upsertWithSource(draft({ editionYear: 2022 }), source('m2'));
    expect(good.key).not.toBe(bad.key);

    const survivor = await reviews.merge(bad.key, good.key, 'rina', 'same ceremony');
    expect(survivor.sources.map((s) => s.articleId).sort()).toEqual(['m1', 'm2']);
    expect(survivor.conflicts.map((c) => c.field)).toEqual(['editionYear']);
    expect(await awards.get(bad.key)).toMatchObject({ merged: true, mergedInto: good.key });

    const later = await awards.upsertWithSource(draft({ editionYear: 2022 }), source('m3'));
    expect(later).toMatchObject({ key: good.key, draftKey: bad.key, created: false });
    expect((await awards.get(good.key))?.sourceCount).toBe(3);
    await expect(reviews.decide(bad.key, { action: 'confirm', by: 'x' })).rejects.toThrow(
      ReviewError,
    );
  });

  it('confirms and rejects, and refuses an empty correction', async () => {
    const awards = createAwardRepository(services.mongo.db);
    const reviews = createReviewRepository(services.mongo.db);
    const { key } = await awards.upsertWithSource(draft({ editionYear: 2021 }), source('c1'));
    await reviews.decide(key, { action: 'confirm', by: 'rina' });
    expect((await awards.get(key))?.review.status).toBe('confirmed');
    expect((await reviews.pending()).items.map((r) => r.key)).not.toContain(key);
    await expect(reviews.decide(key, { action: 'correct', by: 'rina' })).rejects.toThrow(
      /at least one/,
    );
    await reviews.decide(key, { action: 'reject', by: 'budi', note: 'not a winner' });
    expect((await awards.get(key))?.review).toMatchObject({ status: 'rejected', by: 'budi' });
  });

  it('keeps a correction and every source when both arrive at the same moment', async () => {
    const awards = createAwardRepository(services.mongo.db);
    const reviews = createReviewRepository(services.mongo.db);
    const d = draft({ editionYear: 2017 });
    const { key } = await awards.upsertWithSource(d, source('z0'));
    await Promise.all([
      ...Array.from({ length: 12 }, (_, i) =>
        awards.upsertWithSource(d, source(`z${i + 1}`, { rank: 1 })),
      ),
      reviews.decide(key, { action: 'correct', by: 'rina', corrections: { rank: 5 } }),
    ]);
    const record = await awards.get(key);
    expect(record).toMatchObject({ rank: 5, sourceCount: 13, review: { status: 'corrected' } });
    expect(record?.sources).toHaveLength(13);
  });

  it('loses no source when reports of the merged key arrive during the merge', async () => {
    const awards = createAwardRepository(services.mongo.db);
    const reviews = createReviewRepository(services.mongo.db);
    const into = await awards.upsertWithSource(draft({ editionYear: 2016 }), source('y0'));
    const fromDraft = draft({ editionYear: 2015 });
    const from = await awards.upsertWithSource(fromDraft, source('y1'));
    await Promise.all([
      reviews.merge(from.key, into.key, 'rina'),
      ...Array.from({ length: 10 }, (_, i) =>
        awards.upsertWithSource(fromDraft, source(`y${i + 2}`)),
      ),
    ]);
    const survivor = await awards.get(into.key);
    expect(survivor?.sources.map((s) => s.articleId).sort()).toEqual(
      Array.from({ length: 12 }, (_, i) => `y${i}`).sort(),
    );
    expect(survivor?.sourceCount).toBe(12);
  });
});

type Outcome = { ok: true; action: Decision } | { ok: false; error: unknown };

/** The i-th of a burst of review actions: corrections of two fields, confirms and a reject. */
const burstAction = (i: number): Decision =>
  i % 5 === 3
    ? { action: 'confirm', by: `r${i}` }
    : i % 7 === 6
      ? { action: 'reject', by: `r${i}`, note: `tolak ${i}` }
      : {
          action: 'correct',
          by: `r${i}`,
          corrections: i % 2 === 0 ? { rank: (i % 4) + 1 } : { ceremonyDate: `2025-07-${10 + i}` },
        };

/** Checks that nothing acknowledged was lost: the log holds every action, in a gapless order. */
async function expectNothingLost(db: Db, key: string, outcomes: Outcome[], earlier: number) {
  const audit = createAuditLog(db);
  const acknowledged = outcomes.filter((o) => o.ok);
  for (const o of outcomes) {
    if (!o.ok) {
      // a refusal says why
      expect(o.error).toBeInstanceOf(ReviewError);
    }
  }
  const steps = await audit.steps(key);
  expect(steps.map((s) => s.seq)).toEqual(steps.map((_, i) => i + 1));
  expect(steps).toHaveLength(earlier + acknowledged.length);
  const record = await createAwardRepository(db).get(key);
  expect(record?.revision).toBe(steps.length);
  // every acknowledged correction is on the record, or a later entry corrected that field again
  for (const o of acknowledged) {
    const step = steps.find(
      (s) => s.actor === o.action.by && s.action === o.action.action && s.seq > earlier,
    );
    expect(step, `${o.action.by}'s ${o.action.action} is in the log`).toBeDefined();
    for (const [field, value] of Object.entries(o.action.corrections ?? {})) {
      const later = steps.some((s) => s.seq > step!.seq && s.corrections && field in s.corrections);
      if (!later) {
        expect(record?.[field as keyof AwardRecord]).toEqual(value);
        expect(record?.corrections).toMatchObject({ [field]: value });
      }
    }
  }
  // the review state is the last decision in log order
  const last = steps.filter((s) => ['confirm', 'reject', 'correct'].includes(s.action)).at(-1);
  expect(record?.review).toMatchObject({
    status: { confirm: 'confirmed', reject: 'rejected', correct: 'corrected' }[last!.action],
    by: last!.actor,
  });
}

const settleAll = (ps: Array<Promise<unknown>>, actions: Decision[]) =>
  Promise.all(
    ps.map((p, i) =>
      p.then(
        (): Outcome => ({ ok: true, action: actions[i]! }),
        (error: unknown): Outcome => ({ ok: false, error }),
      ),
    ),
  );

describe('review repository under concurrency', () => {
  const services = useServices();

  it('keeps every one of 20 parallel actions on a record never reviewed before', async () => {
    const awards = createAwardRepository(services.mongo.db);
    const reviews = createReviewRepository(services.mongo.db);
    const { key } = await awards.upsertWithSource(draft({ editionYear: 2019 }), source('p0'));
    const actions = Array.from({ length: 20 }, (_, i) => burstAction(i));
    const outcomes = await settleAll(
      actions.map((a) => reviews.decide(key, a)),
      actions,
    );
    expect(outcomes.filter((o) => !o.ok)).toEqual([]);
    await expectNothingLost(services.mongo.db, key, outcomes, 0);
  });

  it('keeps every one of 20 parallel actions on a reviewed record', async () => {
    const awards = createAwardRepository(services.mongo.db);
    const reviews = createReviewRepository(services.mongo.db);
    const { key } = await awards.upsertWithSource(draft({ editionYear: 2018 }), source('q0'));
    await reviews.decide(key, { action: 'correct', by: 'rina', corrections: { rank: 2 } });
    await reviews.decide(key, { action: 'confirm', by: 'rina' });
    const actions = Array.from({ length: 20 }, (_, i) => burstAction(i + 1));
    const outcomes = await settleAll(
      actions.map((a) => reviews.decide(key, a)),
      actions,
    );
    expect(outcomes.filter((o) => !o.ok)).toEqual([]);
    await expectNothingLost(services.mongo.db, key, outcomes, 2);
  });

  it('refuses, with the reason, the reviews that come after a racing merge', async () => {
    const awards = createAwardRepository(services.mongo.db);
    const reviews = createReviewRepository(services.mongo.db);
    const into = await awards.upsertWithSource(draft({ editionYear: 2014 }), source('s0'));
    const from = await awards.upsertWithSource(draft({ editionYear: 2013 }), source('s1'));
    const actions = Array.from({ length: 10 }, (_, i) => burstAction(i));
    const outcomes = await Promise.all([
      reviews.merge(from.key, into.key, 'budi'),
      ...actions.map((a) =>
        reviews.decide(from.key, a).then(
          () => 'ok',
          (e: unknown) => e,
        ),
      ),
    ]);
    const steps = await createAuditLog(services.mongo.db).steps(from.key);
    const mergeAt = steps.find((s) => s.action === 'merge')!.seq;
    // every review the log holds came before the merge; every one refused says it was merged
    expect(steps.filter((s) => s.seq > mergeAt)).toEqual([]);
    const refused = outcomes.slice(1).filter((o) => o !== 'ok');
    expect(steps.length).toBe(1 + outcomes.slice(1).filter((o) => o === 'ok').length);
    for (const e of refused) {
      expect(e).toBeInstanceOf(ReviewError);
      expect((e as ReviewError).code).toBe('merged');
      expect((e as ReviewError).message).toContain(into.key);
    }
    expect(await awards.get(from.key)).toMatchObject({ merged: true, mergedInto: into.key });
  });

  it('never merges two records into each other', async () => {
    const awards = createAwardRepository(services.mongo.db);
    const reviews = createReviewRepository(services.mongo.db);
    const a = await awards.upsertWithSource(draft({ editionYear: 2012 }), source('t0'));
    const b = await awards.upsertWithSource(draft({ editionYear: 2011 }), source('t1'));
    const results = await Promise.allSettled([
      reviews.merge(a.key, b.key, 'rina'),
      reviews.merge(b.key, a.key, 'budi'),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled').length).toBeLessThanOrEqual(1);
    for (const r of results) {
      if (r.status === 'rejected') {
        expect(r.reason).toBeInstanceOf(ReviewError);
      }
    }
    const [ra, rb] = [await awards.get(a.key), await awards.get(b.key)];
    expect(ra?.merged && rb?.merged).toBe(false);
  });

  it('loses no source when a record is merged into one that is itself being merged away', async () => {
    const awards = createAwardRepository(services.mongo.db);
    const reviews = createReviewRepository(services.mongo.db);
    const [a, b, c] = await Promise.all(
      [2005, 2004, 2003].map((year, i) =>
        awards.upsertWithSource(draft({ editionYear: year }), source(`ch${i}`)),
      ),
    );
    const results = await Promise.allSettled([
      reviews.merge(a!.key, b!.key, 'rina'),
      reviews.merge(b!.key, c!.key, 'budi'),
    ]);
    expect(results[1].status).toBe('fulfilled');
    const first = results[0];
    // b may be gone before a's merge reached it: then a's merge is refused, saying so
    if (first.status === 'rejected') {
      expect(first.reason).toBeInstanceOf(ReviewError);
      expect(String(first.reason)).toMatch(/merged into/);
      expect(await awards.get(a!.key)).toMatchObject({ merged: false, sourceCount: 1 });
    }
    const expected = first.status === 'fulfilled' ? ['ch0', 'ch1', 'ch2'] : ['ch1', 'ch2'];
    expect((await awards.get(c!.key))?.sources.map((s) => s.articleId).sort()).toEqual(expected);
    if (first.status === 'fulfilled') {
      expect(await awards.resolve(a!.key)).toMatchObject({ key: c!.key });
    }
  });
});

describe('a review state kept before review logs', () => {
  const services = useServices();

  it('is carried over as the first step, so the next action builds on it', async () => {
    const awards = createAwardRepository(services.mongo.db);
    const reviews = createReviewRepository(services.mongo.db);
    const { key } = await awards.upsertWithSource(draft({ editionYear: 2006 }), source('l0'));
    await services.mongo.db.collection<ReviewState>(ReviewsCollection).insertOne({
      _id: key,
      status: 'corrected',
      at: new Date(0),
      by: 'lama',
      note: 'dari daftar',
      corrections: { rank: 3 },
      seenConflicts: [],
      revision: 4,
      merged: false,
      mergedInto: null,
    });
    expect(await awards.refresh(key)).toMatchObject({ rank: 3, revision: 4 });

    const confirmed = await reviews.decide(key, { action: 'confirm', by: 'rina' });
    expect(confirmed).toMatchObject({ rank: 3, revision: 2, review: { status: 'confirmed' } });
    expect((await reviews.history(key)).map((e) => [e.seq, e.action, e.actor])).toEqual([
      [2, 'confirm', 'rina'],
      [1, 'import', 'lama'],
    ]);
    expect(await reviews.undo(key, 'rina')).toMatchObject({
      rank: 3,
      review: { status: 'corrected', by: 'lama' },
    });
  });
});

describe('undo (Batalkan)', () => {
  const services = useServices();

  it('takes back the last action, then the one before', async () => {
    const awards = createAwardRepository(services.mongo.db);
    const reviews = createReviewRepository(services.mongo.db);
    const { key } = await awards.upsertWithSource(draft({ editionYear: 2010 }), source('u0'));
    await reviews.decide(key, { action: 'correct', by: 'rina', corrections: { rank: 3 } });
    await reviews.decide(key, { action: 'confirm', by: 'budi' });
    expect(await reviews.undo(key, 'budi')).toMatchObject({
      rank: 3,
      review: { status: 'corrected', by: 'rina' },
    });
    expect(await reviews.undo(key, 'rina', 'salah ketik', 1)).toMatchObject({
      rank: 1,
      corrections: {},
      review: { status: 'new' },
    });
    await expect(reviews.undo(key, 'rina')).rejects.toThrow(/no action to undo/);
    const history = await reviews.history(key);
    expect(history.map((h) => [h.seq, h.action, h.undoes])).toEqual([
      [4, 'undo', 1],
      [3, 'undo', 2],
      [2, 'confirm', null],
      [1, 'correct', null],
    ]);
  });

  it('shows entries outside the log (a re-extraction) among the log entries, by time', async () => {
    const awards = createAwardRepository(services.mongo.db);
    const reviews = createReviewRepository(services.mongo.db);
    const audit = createAuditLog(services.mongo.db);
    const { key } = await awards.upsertWithSource(draft({ editionYear: 2002 }), source('e0'));
    await reviews.decide(key, { action: 'confirm', by: 'rina' });
    await audit.record({ actor: 'reextract', action: 'reextract-change', key, note: 'v2' });
    await reviews.decide(key, { action: 'reject', by: 'budi' });
    expect((await reviews.history(key)).map((e) => [e.action, e.seq])).toEqual([
      ['reject', 2],
      ['reextract-change', null],
      ['confirm', 1],
    ]);
  });

  it('refuses to undo an action that is no longer the last', async () => {
    const awards = createAwardRepository(services.mongo.db);
    const reviews = createReviewRepository(services.mongo.db);
    const { key } = await awards.upsertWithSource(draft({ editionYear: 2009 }), source('v0'));
    await reviews.decide(key, { action: 'confirm', by: 'rina' });
    await reviews.decide(key, { action: 'reject', by: 'budi' });
    const refusal = reviews.undo(key, 'rina', null, 1);
    await expect(refusal).rejects.toMatchObject({ code: 'busy' });
    await expect(refusal).rejects.toThrow(/last action is #2 \(reject by budi\)/);
  });

  it('un-merges: both records stand again, with their own sources and no redirect', async () => {
    const awards = createAwardRepository(services.mongo.db);
    const reviews = createReviewRepository(services.mongo.db);
    const into = await awards.upsertWithSource(draft({ editionYear: 2008 }), source('w0'));
    const fromDraft = draft({ editionYear: 2007 });
    const from = await awards.upsertWithSource(fromDraft, source('w1'));
    await reviews.decide(from.key, { action: 'confirm', by: 'rina' });
    await reviews.merge(from.key, into.key, 'rina');
    expect((await awards.get(into.key))?.sourceCount).toBe(2);

    const restored = await reviews.undo(into.key, 'budi', 'bukan penghargaan yang sama');
    expect(restored).toMatchObject({ key: into.key, sourceCount: 1, merged: false });
    expect(await awards.get(from.key)).toMatchObject({
      merged: false,
      mergedInto: null,
      sourceCount: 1,
      review: { status: 'confirmed' },
    });
    // later reports of the merged key land on it again
    const later = await awards.upsertWithSource(fromDraft, source('w2'));
    expect(later).toMatchObject({ key: from.key });
    expect((await awards.get(into.key))?.sourceCount).toBe(1);
    // and it can be merged again, and that merge undone from its own side
    await reviews.merge(from.key, into.key, 'rina');
    expect((await awards.get(into.key))?.sourceCount).toBe(3);
    await reviews.undo(from.key, 'rina');
    expect((await awards.get(into.key))?.sourceCount).toBe(1);
    expect((await awards.get(from.key))?.sourceCount).toBe(2);
  });
});
