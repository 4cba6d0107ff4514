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

  it('locks and reads the bands in one step, writes only while the locks are still held, and lets go', async () => {
    const store = createRedisSyndicationStore(services.redis, `${services.prefix}:lockread`);
    const at = new Date('2026-12-05T10:00:00Z');
    const doc = (id: string) => ({ _id: id, hash: '0', bands: ['0:a', '1:b'], clusterId: id, at });
    const first = await store.lockAndRead!('a1', ['0:a', '1:b']);
    expect(first).not.toBeNull();
    expect(first!.own).toBeNull();
    expect([...first!.members.values()]).toEqual([[], []]);
    // one shared band is enough to wait
    expect(await store.lockAndRead!('a2', ['1:b', '2:c'])).toBeNull();
    const listed = new Map([
      ['0:a', [{ id: 'a1', at }]],
      ['1:b', [{ id: 'a1', at }]],
    ]);
    expect(await first!.commit(doc('a1'), listed)).toBe(true);
    const second = await store.lockAndRead!('a2', ['1:b', '2:c']);
    expect(second!.members.get('1:b')).toEqual([{ id: 'a1', at }]);
    expect((await store.sketches([{ id: 'a1', at }])).map((d) => d.clusterId)).toEqual(['a1']);
    await second!.release();
    // a lock taken over by another (its lease ran out) is not written through
    const third = await store.lockAndRead!('a3', ['3:d']);
    await services.redis.set(`${services.prefix}:lockread:l:3:d`, 'someone else');
    expect(await third!.commit(doc('a3'), new Map([['3:d', [{ id: 'a3', at }]]]))).toBe(false);
    expect(await store.get('a3')).toBeNull();
    await third!.release();
    // its own lock released, the other's kept
    expect(await services.redis.get(`${services.prefix}:lockread:l:3:d`)).toBe('someone else');
    expect(await services.redis.exists(`${services.prefix}:lockread:l:1:b`)).toBe(0);
  });
});
