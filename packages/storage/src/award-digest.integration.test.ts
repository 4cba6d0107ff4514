import { describe, expect, it } from 'vitest';
import { testDraft, testSource } from '../../../test/support/award-fixtures.ts';
import { useServices } from '../../../test/support/use-services.ts';
import { createDigest } from './award-digest.ts';
import { createAwardRepository } from './award-repository.ts';
import { Collection } from './mongo.ts';

const Day = 86_400_000;

describe('award digest', () => {
  const services = useServices();

  it('reads a short window by day buckets and a long one by range, with the same answer', async () => {
    const db = services.mongo.db;
    const awards = createAwardRepository(db);
    const old = await awards.upsertWithSource(testDraft({ editionYear: 2022 }), testSource('g1'));
    await db
      .collection(Collection.Awards)
      .updateOne({ key: old.key }, { $set: { firstSeenAt: new Date(Date.now() - 200 * Day) } });
    await awards.upsertWithSource(testDraft({ editionYear: 2022 }), testSource('g2'));
    const fresh = await awards.upsertWithSource(testDraft({ editionYear: 2021 }), testSource('g3'));
    const merged = await awards.upsertWithSource(
      testDraft({ editionYear: 2020 }),
      testSource('g4'),
    );
    await db
      .collection(Collection.Awards)
      .updateOne({ key: merged.key }, { $set: { merged: true } });

    const digest = createDigest(db);
    const now = Date.now();
    const short = await digest.between(new Date(now - Day), new Date(now + Day));
    // 100 days: past the bucket limit, read by range
    const long = await digest.between(new Date(now - 100 * Day), new Date(now + Day));
    for (const d of [short, long]) {
      expect(d.newRecords.map((r) => r.key)).toEqual([fresh.key]);
      expect(d.newSources.map((s) => s.key)).toEqual([old.key]);
      expect(d.newSources[0]?.sources.map((s) => s.articleId)).toEqual(['g1', 'g2']);
    }
    // a window before anything was recorded
    const before = await digest.between(new Date(now - 3 * Day), new Date(now - 2 * Day));
    expect(before.newRecords).toEqual([]);
    expect(before.newSources).toEqual([]);
  });
});
