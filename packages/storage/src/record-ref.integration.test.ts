import { describe, expect, it } from 'vitest';
import { shortIdOf } from '@pw/domain';
import { testDraft, testSource } from '../../../test/support/award-fixtures.ts';
import { useServices } from '../../../test/support/use-services.ts';
import { createAwardRepository } from './award-repository.ts';
import { RecordRefError, ShortIdsCollection, createRecordRefs } from './record-ref.ts';
import { createReviewRepository } from './review-repository.ts';

describe('record references', () => {
  const services = useServices();

  it('resolves a key, an _id and a short id (any case) to the key; anything else to null', async () => {
    const awards = createAwardRepository(services.mongo.db);
    const refs = createRecordRefs(services.mongo.db);
    const { key } = await awards.upsertWithSource(testDraft(), testSource('k1'));
    const record = await awards.get(key);
    expect(record?.shortId).toBe(shortIdOf(key));
    expect(await refs.resolve(key)).toBe(key);
    expect(await refs.resolve(record!._id)).toBe(key);
    // never remembered before: the first look-up writes every record's short id
    expect(await refs.resolve(shortIdOf(key).toUpperCase())).toBe(key);
    expect(await refs.resolve('zzzzzzz')).toBeNull();
    expect(await refs.resolve('2099|nasional|nowhere')).toBeNull();
    expect(await refs.resolve('0123456789abcdef01234567')).toBeNull();
  });

  it('lets every review action name a record by its short id', async () => {
    const awards = createAwardRepository(services.mongo.db);
    const reviews = createReviewRepository(services.mongo.db);
    const a = await awards.upsertWithSource(testDraft({ editionYear: 2020 }), testSource('s1'));
    const b = await awards.upsertWithSource(testDraft({ editionYear: 2021 }), testSource('s2'));
    const confirmed = await reviews.decide(shortIdOf(a.key), { action: 'confirm', by: 'rina' });
    expect(confirmed).toMatchObject({ key: a.key, review: { status: 'confirmed' } });
    const survivor = await reviews.merge(shortIdOf(b.key), shortIdOf(a.key), 'rina');
    expect(survivor).toMatchObject({ key: a.key, sourceCount: 2 });
    // a merged record's short id still names it (the refusal says where it went)
    await expect(reviews.decide(shortIdOf(b.key), { action: 'confirm', by: 'x' })).rejects.toThrow(
      /merged into/,
    );
    expect((await reviews.history(shortIdOf(b.key))).map((e) => e.action)).toEqual(['merge']);
    await expect(reviews.decide('zzzzzzz', { action: 'confirm', by: 'x' })).rejects.toMatchObject({
      code: 'not-found',
    });
  });

  it('refuses a short id that two keys share', async () => {
    const awards = createAwardRepository(services.mongo.db);
    const refs = createRecordRefs(services.mongo.db);
    const { key } = await awards.upsertWithSource(
      testDraft({ editionYear: 2019 }),
      testSource('c1'),
    );
    // another key already holds this short id (a hash collision, staged by hand)
    await services.mongo.db
      .collection<{ _id: string; key: string }>(ShortIdsCollection)
      .insertOne({ _id: shortIdOf(key), key: 'another|key' });
    await refs.remember([key]);
    await expect(refs.resolve(shortIdOf(key))).rejects.toThrow(RecordRefError);
    expect(await refs.resolve(key)).toBe(key);
  });
});
