import type { ChainableCommander, Redis } from 'ioredis';
import { createHash } from 'node:crypto';

/** An article's id: the first 96 bits of the SHA-256 of its canonical URL, as 24 hex digits. */
export function articleIdOf(canonicalUrl: string): string {
  return createHash('sha256').update(canonicalUrl).digest('hex').slice(0, 24);
}

/**
 * "Have we seen this URL?" without touching the document store: one small Redis key per article
 * id, expiring long after any feed stops listing the URL (kept articles' keys never expire).
 */
export function createSeenUrls(redis: Redis, prefix: string, ttlMs: number) {
  const key = (id: string) => `${prefix}:seen:${id}`;
  return {
    /** For each id, whether it was seen (one round trip). */
    async seenMany(ids: readonly string[]): Promise<boolean[]> {
      if (ids.length === 0) {
        return [];
      }
      const p = redis.pipeline();
      for (const id of ids) {
        p.exists(key(id));
      }
      const res = (await p.exec()) ?? [];
      return res.map(([err, n]) => {
        if (err) {
          throw err;
        }
        return n === 1;
      });
    },

    /** Marks ids seen, keeping any longer-lived mark already there. */
    async markMany(ids: readonly string[]): Promise<void> {
      if (ids.length === 0) {
        return;
      }
      const p = redis.pipeline();
      for (const id of ids) {
        p.set(key(id), '1', 'PX', ttlMs, 'NX');
      }
      await p.exec();
    },

    /** Marks one id seen for good (an article about the award) or for the usual time. */
    async mark(id: string, forever: boolean): Promise<void> {
      await (forever ? redis.set(key(id), '1') : redis.set(key(id), '1', 'PX', ttlMs));
    },

    /** `mark`, as one command of a caller's batch. */
    markIn(batch: ChainableCommander, id: string, forever: boolean): void {
      if (forever) {
        batch.set(key(id), '1');
      } else {
        batch.set(key(id), '1', 'PX', ttlMs);
      }
    },
  };
}

/** The seen-URL set's interface. */
export type SeenUrls = ReturnType<typeof createSeenUrls>;
