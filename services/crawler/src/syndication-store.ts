import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { FingerprintDoc } from '@pw/storage';
import type { BandMember as Member, LockedRead, SyndicationStore } from './syndication.ts';

/** How long a band lock lasts if its holder dies (ms). */
export const BandLockMs = 30_000;

// KEYS: the article's sketch, then n band locks, then the n band lists. All locks or none: a holder
// never waits while holding some, so two callers cannot deadlock.
// ARGV: token, lock ms, n. Answers nil (another holds a lock) or the sketch then the n lists.
const LockReadScript = `
local n = tonumber(ARGV[3])
for i = 1, n do
  if redis.call('set', KEYS[1 + i], ARGV[1], 'PX', ARGV[2], 'NX') == false then
    for j = 1, i - 1 do redis.call('del', KEYS[1 + j]) end
    return false
  end
end
local out = { redis.call('get', KEYS[1]) or '' }
for i = 1, n do out[#out + 1] = redis.call('get', KEYS[1 + n + i]) or '' end
return out`;
// same KEYS; ARGV: token, n, seconds to keep, the sketch, the n lists. Writes only while every lock
// is still the caller's, then lets them go; 0 (nothing written) when one was lost.
const CommitScript = `
local n = tonumber(ARGV[2])
for i = 1, n do if redis.call('get', KEYS[1 + i]) ~= ARGV[1] then return 0 end end
redis.call('set', KEYS[1], ARGV[4], 'EX', ARGV[3])
for i = 1, n do redis.call('set', KEYS[1 + n + i], ARGV[4 + i], 'EX', ARGV[3]) end
for i = 1, n do redis.call('del', KEYS[1 + i]) end
return 1`;
// KEYS: locks; ARGV: token. Lets go of the locks still the caller's.
const ReleaseScript = `
for _, key in ipairs(KEYS) do
  if redis.call('get', key) == ARGV[1] then redis.call('del', key) end
end
return 1`;

type ScriptRedis = Redis & {
  pwSyndLockRead: (n: number, ...a: Array<string | number>) => Promise<string[] | null>;
  pwSyndCommit: (n: number, ...a: Array<string | number>) => Promise<number>;
  pwSyndRelease: (n: number, ...a: string[]) => Promise<number>;
};

function withScripts(redis: Redis): ScriptRedis {
  const r = redis as ScriptRedis;
  if (typeof r.pwSyndLockRead !== 'function') {
    redis.defineCommand('pwSyndLockRead', { lua: LockReadScript });
    redis.defineCommand('pwSyndCommit', { lua: CommitScript });
    redis.defineCommand('pwSyndRelease', { lua: ReleaseScript });
  }
  return r;
}

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
  const lockKey = (band: string) => `${prefix}:l:${band}`;
  const r = withScripts(redis);
  const members = (json: string): Member[] =>
    json ? (JSON.parse(json) as Member[]).map((m) => ({ id: m.id, at: new Date(m.at) })) : [];
  return {
    lockAndRead: async (id, bands): Promise<LockedRead | null> => {
      const token = randomUUID();
      const locks = bands.map(lockKey);
      const keys = [sketchKey(id), ...locks, ...bands.map(bandKey)];
      const read = await r.pwSyndLockRead(keys.length, ...keys, token, BandLockMs, bands.length);
      if (!read) {
        return null;
      }
      const [own = '', ...lists] = read;
      return {
        own: revive(own || null),
        members: new Map(bands.map((b, i) => [b, members(lists[i] ?? '')])),
        commit: async (doc, updated) =>
          (await r.pwSyndCommit(
            keys.length,
            ...keys,
            token,
            bands.length,
            ttl,
            JSON.stringify(doc),
            ...bands.map((b) => JSON.stringify(updated.get(b) ?? [])),
          )) === 1,
        release: async () => {
          await r.pwSyndRelease(locks.length, ...locks, token);
        },
      };
    },
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
