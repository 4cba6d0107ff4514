import { describe, expect, it } from 'vitest';
import { createFingerprintRepository } from '@pw/storage';
import { useServices } from '../../../test/support/use-services.ts';
import { readNewsWorld, scoreSyndication } from './cli/syndication-world.ts';
import { createKeyLock } from './key-lock.ts';
import { createSyndicationIndex } from './syndication.ts';

describe('syndication on the store, across crawler processes', () => {
  const services = useServices();

  it('clusters the news world: copies of a story together, no two stories merged', async () => {
    // a smaller world than the bench's 40 × 50 (`measure-syndication.ts` runs that one on a Map)
    const articles = await readNewsWorld({ outlets: 16, items: 20, seed: 3 });
    const store = createFingerprintRepository(services.mongo.db);
    // two indexes, as two crawler processes, sharing the store and the band locks
    const lock = createKeyLock(services.redis, `${services.prefix}:syndication`);
    const [a, b] = [createSyndicationIndex(store, lock), createSyndicationIndex(store, lock)];
    const index = {
      assign: (id: string, text: string) => (id.length % 2 ? a : b).assign(id, text),
    };
    const score = await scoreSyndication(index, articles, 8);
    expect(score.syndicated).toBeGreaterThan(10);
    expect(score.together / score.syndicated).toBeGreaterThanOrEqual(0.95);
    expect(score.falseMerges).toBe(0);
  }, 120_000);

  it('looks bands up by _id only: a band is one document per key', async () => {
    const store = createFingerprintRepository(services.mongo.db);
    await store.saveBands(new Map([['0:abc', [{ id: 'x', at: new Date() }]]]));
    expect((await store.bands(['0:abc', '1:def'])).get('0:abc')?.[0]?.id).toBe('x');
    const doc = await services.mongo.db
      .collection('fingerprints')
      .findOne({ _id: 'band:0:abc' as never });
    expect(doc).not.toBeNull();
  });
});
