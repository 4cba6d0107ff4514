import { describe, expect, it } from 'vitest';
import type { AwardSource } from '@pw/domain';
import { testDraft, testSource } from '../../../test/support/award-fixtures.ts';
import { useServices } from '../../../test/support/use-services.ts';
import { createAuditLog } from './audit-log.ts';
import { createAwardRepository } from './award-repository.ts';
import { createReviewRepository, ReviewError } from './review-repository.ts';

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
