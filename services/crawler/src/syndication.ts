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
  /**
   * A store that locks by itself (Redis): takes the locks on `bands` and reads the article's own
   * sketch and the band lists in one step, or answers null while another holds one of them.
   */
  lockAndRead?: (id: string, bands: string[]) => Promise<LockedRead | null>;
}

/** What lockAndRead holds: the reads, and one step that writes and lets go. */
export interface LockedRead {
  own: FingerprintDoc | null;
  members: Map<string, BandMember[]>;
  /** Saves the sketch and the bands and releases the locks; false (nothing written) if lost. */
  commit: (doc: FingerprintDoc, bands: Map<string, BandMember[]>) => Promise<boolean>;
  release: () => Promise<void>;
}

/** Members kept per band: the newest, since copies of a story appear within days of each other. */
export const BandMembers = 16;
/** Candidates compared in full: those sharing the most bands with the new text. */
export const Candidates = 8;

/** The lock was lost (or never had in time) before the article's sketch was saved: retry. */
const lockLost = () =>
  Object.assign(new Error('syndication band locks lost before saving'), {
    code: 'pipeline.lock-timeout',
    retryable: true,
  });

/**
 * The cluster an article joins, from the band lists its bands hold: the candidates sharing most
 * bands with it (the closest leads, newest first on a tie) compared in full; its own id when none
 * is the same story. Also the band lists with the article put first.
 */
async function placeInCluster(
  articleId: string,
  sketch: ReturnType<typeof storySketch>,
  members: Map<string, BandMember[]>,
  sketchesOf: (members: BandMember[]) => Promise<FingerprintDoc[]>,
  at: Date,
): Promise<{ clusterId: string; updated: Map<string, BandMember[]> }> {
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
    .map(([id, { at: when }]) => ({ id, at: new Date(when) }));
  let best: { clusterId: string; similarity: number } | null = null;
  for (const c of candidates.length ? await sketchesOf(candidates) : []) {
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
  const updated = new Map<string, BandMember[]>();
  for (const [key, list] of members) {
    updated.set(
      key,
      [{ id: articleId, at }, ...list.filter((m) => m.id !== articleId)].slice(0, BandMembers),
    );
  }
  return { clusterId: best?.clusterId ?? articleId, updated };
}

/**
 * A syndication index over the fingerprint store. An article locks only its own LSH band keys
 * while it looks up and saves, so two copies fetched at the same moment (which share a band)
 * cannot both miss each other, while unrelated articles never wait for one another. A store that
 * locks by itself (Redis: lockAndRead) does it in three round trips — lock and read, the
 * candidates' sketches, write and unlock — instead of eight.
 */
export function createSyndicationIndex(
  store: SyndicationStore,
  lock: KeyLock,
  { waitMs = 30_000 } = {},
): SyndicationIndex {
  const viaStoreLocks = async (
    lockAndRead: NonNullable<SyndicationStore['lockAndRead']>,
    articleId: string,
    text: string,
  ) => {
    const sketch = storySketch(text);
    const bands = sketchBands(sketch.sig);
    const hash = simhash(text);
    const deadline = Date.now() + waitMs;
    let held: LockedRead | null;
    while ((held = await lockAndRead(articleId, bands)) === null) {
      if (Date.now() > deadline) {
        throw Object.assign(new Error(`band locks not acquired within ${waitMs} ms`), {
          code: 'pipeline.lock-timeout',
          retryable: true,
        });
      }
      await new Promise((r) => setTimeout(r, 2 + Math.random() * 8));
    }
    let committed = false;
    try {
      // a retried fetch keeps the cluster it was given
      if (held.own?.sig) {
        return { fingerprint: held.own.hash, clusterId: held.own.clusterId };
      }
      const at = new Date();
      const { clusterId, updated } = await placeInCluster(
        articleId,
        sketch,
        held.members,
        (m) => store.sketches(m),
        at,
      );
      const doc: FingerprintDoc = { _id: articleId, hash, ...sketch, bands, clusterId, at };
      committed = await held.commit(doc, updated);
      if (!committed) {
        throw lockLost();
      }
      return { fingerprint: hash, clusterId };
    } finally {
      if (!committed) {
        await held.release();
      }
    }
  };

  return {
    assign: async (articleId, text) => {
      if (store.lockAndRead) {
        return viaStoreLocks(store.lockAndRead, articleId, text);
      }
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
        const at = new Date();
        const { clusterId, updated } = await placeInCluster(
          articleId,
          sketch,
          members,
          (m) => store.sketches(m),
          at,
        );
        if (!(await stillHeld())) {
          throw lockLost();
        }
        const doc: FingerprintDoc = { _id: articleId, hash, ...sketch, bands, clusterId, at };
        await store.save(doc);
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
