import { beforeAll, describe, expect, it } from 'vitest';
import { createFingerprintRepository } from '@pw/storage';
import { useServices } from '../../../test/support/use-services.ts';
import { readNewsWorld, scoreSyndication, type WorldArticle } from './cli/syndication-world.ts';
import { createKeyLock } from './key-lock.ts';
import { createSyndicationIndex } from './syndication.ts';
import { createRedisSyndicationStore } from './syndication-store.ts';

describe('syndication on the store, across crawler processes', () => {
  const services = useServices();
  let world: WorldArticle[] = [];

  beforeAll(async () => {
    // a smaller world than the bench's 40 × 50 (`measure-syndication.ts` runs that one on a Map)
    world = await readNewsWorld({ outlets: 16, items: 20, seed: 3 });
  }, 120_000);

  it.each([
    ['Redis (as the crawler runs it)', 'redis'],
    ['the document store', 'mongo'],
  ])(
    'clusters the news world on %s: copies of a story together, no two stories merged',
    async (_name, kind) => {
      // the document store is slow at ~40 reads and writes per article: half the world for it
      const articles = kind === 'redis' ? world : world.slice(0, world.length / 2);
      // two indexes, as two crawler processes, sharing the store and the band locks
      const index = () =>
        createSyndicationIndex(
          kind === 'redis'
            ? createRedisSyndicationStore(services.redis, `${services.prefix}:syndication`)
            : createFingerprintRepository(services.mongo.db),
          createKeyLock(services.redis, `${services.prefix}:syndication-lock-${kind}`),
        );
      const [a, b] = [index(), index()];
      const score = await scoreSyndication(
        { assign: (id, text) => (id.length % 2 ? a : b).assign(id, text) },
        articles,
        8,
      );
      expect(score.syndicated).toBeGreaterThan(kind === 'redis' ? 15 : 5);
      expect(score.together / score.syndicated).toBeGreaterThanOrEqual(0.95);
      expect(score.falseMerges).toBe(0);
    },
    120_000,
  );

  it('keeps a band as one document per key in a collection per month, and drops old months', async () => {
    let today = new Date('2026-11-28T10:00:00Z');
    const store = createFingerprintRepository(services.mongo.db, { now: () => today });
    const sketch = { hash: '0', bands: ['0:abc'], clusterId: 'nov', at: today };
    await store.save({ _id: 'nov', ...sketch });
    await store.saveBands(new Map([['0:abc', [{ id: 'nov', at: today }]]]));
    const db = services.mongo.db;
    expect(
      await db.collection('fingerprints_202611').findOne({ _id: 'band:0:abc' as never }),
    ).not.toBeNull();
    // early December: last month's stories are still found
    today = new Date('2026-12-03T10:00:00Z');
    const early = (await store.bands(['0:abc', '1:def'])).get('0:abc') ?? [];
    expect(early.map((m) => m.id)).toEqual(['nov']);
    expect((await store.sketches(early)).map((d) => d.clusterId)).toEqual(['nov']);
    // mid-December: only this month is read
    today = new Date('2026-12-15T10:00:00Z');
    expect((await store.bands(['0:abc'])).get('0:abc')).toEqual([]);
    // the first save of February drops November (two months are kept: December and January)
    today = new Date('2027-02-01T10:00:00Z');
    await store.save({ _id: 'feb', ...sketch, clusterId: 'feb', at: today });
    const names = (await db.listCollections({}, { nameOnly: true }).toArray()).map((c) => c.name);
    expect(names).toContain('fingerprints_202702');
    expect(names).not.toContain('fingerprints_202611');
  });
});
