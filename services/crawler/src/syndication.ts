import type { FingerprintDoc } from '@pw/storage';
import type { KeyLock } from './key-lock.ts';
import { sameStory, simhash, sketchBands, storySketch } from './steps/near-duplicate.ts';

/** Groups syndicated copies into story clusters: each article joins its nearest earlier copy's cluster. */
export interface SyndicationIndex {
  assign: (articleId: string, text: string) => Promise<{ fingerprint: string; clusterId: string }>;
}

/** An article placed in a band, and when. */
export type BandMember = { id: string; at: Date };

/**
 * What the index reads and writes: Redis in the crawler (syndication-store.ts), the fingerprint
 * repository on the document store, or a Map in a measurement.
 */
export interface SyndicationStore {
  get: (id: string) => Promise<FingerprintDoc | null>;
  sketches: (members: BandMember[]) => Promise<FingerprintDoc[]>;
  bands: (keys: string[]) => Promise<Map<string, BandMember[]>>;
  saveBands: (entries: Map<string, BandMember[]>) => Promise<void>;
  save: (doc: FingerprintDoc) => Promise<void>;
}

/** Members kept per band: the newest, since copies of a story appear within days of each other. */
export const BandMembers = 16;
/** Candidates compared in full: those sharing the most bands with the new text. */
export const Candidates = 8;

/**
 * A syndication index over the fingerprint store. An article locks only its own LSH band keys
 * while it looks up and saves, so two copies fetched at the same moment (which share a band)
 * cannot both miss each other, while unrelated articles never wait for one another.
 */
export function createSyndicationIndex(store: SyndicationStore, lock: KeyLock): SyndicationIndex {
  return {
    assign: async (articleId, text) => {
      const sketch = storySketch(text);
      const bands = sketchBands(sketch.sig);
      const hash = simhash(text);
      return lock(bands, async (stillHeld) => {
        // a retried fetch keeps the cluster it was given
        const own = await store.get(articleId);
        if (own?.sig) {
          return { fingerprint: own.hash, clusterId: own.clusterId };
        }
        const members = await store.bands(bands);
        // the candidates sharing most bands (the closest leads), newest first on a tie
        const shared = new Map<string, { n: number; at: number }>();
        for (const list of members.values()) {
          for (const m of list) {
            const seen = shared.get(m.id);
            shared.set(m.id, { n: (seen?.n ?? 0) + 1, at: new Date(m.at).getTime() });
          }
        }
        shared.delete(articleId);
        const candidates = [...shared]
          .sort(([, x], [, y]) => y.n - x.n || y.at - x.at)
          .slice(0, Candidates)
          .map(([id, { at }]) => ({ id, at: new Date(at) }));
        let best: { clusterId: string; similarity: number } | null = null;
        for (const c of await store.sketches(candidates)) {
          const similarity =
            c.sig && c.keys
              ? sameStory(sketch, {
                  sig: c.sig,
                  keys: c.keys,
                  keysInLead: c.keysInLead ?? c.keys.length,
                  caps: c.caps ?? false,
                })
              : null;
          if (
            similarity !== null &&
            (!best ||
              similarity > best.similarity ||
              (similarity === best.similarity && c.clusterId < best.clusterId))
          ) {
            best = { clusterId: c.clusterId, similarity };
          }
        }
        const clusterId = best?.clusterId ?? articleId;
        if (!(await stillHeld())) {
          throw Object.assign(new Error('syndication band locks lost before saving'), {
            code: 'pipeline.lock-timeout',
            retryable: true,
          });
        }
        const at = new Date();
        const doc: FingerprintDoc = { _id: articleId, hash, ...sketch, bands, clusterId, at };
        await store.save(doc);
        const updated = new Map<string, Array<{ id: string; at: Date }>>();
        for (const [key, list] of members) {
          updated.set(
            key,
            [{ id: articleId, at }, ...list.filter((m) => m.id !== articleId)].slice(
              0,
              BandMembers,
            ),
          );
        }
        await store.saveBands(updated);
        return { fingerprint: hash, clusterId };
      });
    },
  };
}

/** The store in a Map, for unit tests and the news-world measurement. */
export function createMemorySyndicationStore(): SyndicationStore {
  const docs = new Map<string, FingerprintDoc>();
  const bands = new Map<string, Array<{ id: string; at: Date }>>();
  return {
    get: (id) => Promise.resolve(docs.get(id) ?? null),
    sketches: (members) =>
      Promise.resolve(members.flatMap(({ id }) => (docs.has(id) ? [docs.get(id)!] : []))),
    bands: (keys) => Promise.resolve(new Map(keys.map((k) => [k, bands.get(k) ?? []]))),
    saveBands: (entries) => {
      entries.forEach((members, key) => bands.set(key, members));
      return Promise.resolve();
    },
    save: (doc) => {
      docs.set(doc._id, doc);
      return Promise.resolve();
    },
  };
}
