import type { Redis } from 'ioredis';
import type { FingerprintDoc } from '@pw/storage';
import type { BandMember as Member, SyndicationStore } from './syndication.ts';

/** How long sketches and bands are kept: copies of a story appear within days of each other. */
export const SyndicationRetentionDays = 7;

const revive = (json: string | null): FingerprintDoc | null => {
  if (json === null) {
    return null;
  }
  const doc = JSON.parse(json) as FingerprintDoc;
  return { ...doc, at: new Date(doc.at) };
};

/**
 * The syndication index in Redis: a sketch per article and a member list per LSH band key, each a
 * string with an expiry, so the index stays as small as a week of articles whatever the store
 * holds. Every look-up is one pipelined round trip of GETs, where the same index on FerretDB
 * cost ~40 document reads and writes per article (about 1 ms of its CPU each). Band lists are
 * rewritten whole: the caller holds the locks on the band keys it writes.
 */
export function createRedisSyndicationStore(
  redis: Redis,
  prefix: string,
  retentionDays = SyndicationRetentionDays,
): SyndicationStore {
  const ttl = Math.round(retentionDays * 86_400);
  const sketchKey = (id: string) => `${prefix}:s:${id}`;
  const bandKey = (band: string) => `${prefix}:b:${band}`;
  return {
    get: async (id) => revive(await redis.get(sketchKey(id))),
    sketches: async (members: Member[]) => {
      if (members.length === 0) {
        return [];
      }
      const found = await redis.mget(...members.map((m) => sketchKey(m.id)));
      return found.map(revive).filter((d) => d !== null);
    },
    bands: async (keys) => {
      const lists = keys.length ? await redis.mget(...keys.map(bandKey)) : [];
      return new Map(
        keys.map((k, i) => {
          const members = lists[i] ? (JSON.parse(lists[i]) as Member[]) : [];
          return [k, members.map((m) => ({ id: m.id, at: new Date(m.at) }))];
        }),
      );
    },
    saveBands: async (entries) => {
      const batch = redis.multi();
      for (const [key, members] of entries) {
        batch.set(bandKey(key), JSON.stringify(members), 'EX', ttl);
      }
      await batch.exec();
    },
    save: async (doc) => {
      await redis.set(sketchKey(doc._id), JSON.stringify(doc), 'EX', ttl);
    },
  };
}
