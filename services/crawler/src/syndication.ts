import type { FingerprintRepository } from '@pw/storage';
import type { Mutex } from './redis-mutex.ts';

/** How texts are fingerprinted and compared (SimHash from steps/near-duplicate.ts). */
export interface Fingerprinter {
  /** 64-bit fingerprint as 16 hex digits. */
  fingerprint: (text: string) => string;
  distance: (a: string, b: string) => number;
  /** Largest distance at which two texts count as copies of one story. */
  threshold: number;
}

/** Groups syndicated copies into story clusters: each article joins its nearest earlier copy's cluster. */
export interface SyndicationIndex {
  assign: (articleId: string, text: string) => Promise<{ fingerprint: string; clusterId: string }>;
}

/** Bands per fingerprint: copies within 5 bits are always found, and most copies up to the threshold. */
export const SyndicationBands = 6;

/**
 * The 64-bit hash cut into `count` bands of 10–11 bits. By pigeonhole, two hashes within
 * `count - 1` bits of each other agree on a whole band, so one indexed `$in` finds them; farther
 * copies are found when their differing bits happen to bunch up. More bands would catch more at the
 * threshold but return ever more unrelated candidates (6-bit bands match 1 text in 64 by chance).
 */
export function bandsOf(hash: string, count: number = SyndicationBands): string[] {
  const value = BigInt(`0x${hash}`);
  const bands: string[] = [];
  for (let i = 0; i < count; i++) {
    const from = Math.floor((64 * i) / count);
    const to = Math.floor((64 * (i + 1)) / count);
    const width = BigInt(to - from);
    const band = (value >> BigInt(from)) & ((1n << width) - 1n);
    bands.push(`${i}:${band.toString(16)}`);
  }
  return bands;
}

/**
 * A syndication index over the fingerprint store. Look-up and save run under `exclusive`, so two
 * copies fetched at the same moment cannot both miss each other and start two clusters.
 */
export function createSyndicationIndex(
  store: FingerprintRepository,
  fp: Fingerprinter,
  exclusive: Mutex,
): SyndicationIndex {
  return {
    assign: (articleId, text) =>
      exclusive(async () => {
        const hash = fp.fingerprint(text);
        const bands = bandsOf(hash);
        const candidates = await store.findByBands(bands);
        let best: { clusterId: string; d: number } | null = null;
        for (const c of candidates) {
          if (c._id === articleId) {
            continue;
          }
          const d = fp.distance(hash, c.hash);
          if (d <= fp.threshold && (!best || d < best.d)) {
            best = { clusterId: c.clusterId, d };
          }
        }
        const clusterId = best?.clusterId ?? articleId;
        await store.save({ _id: articleId, hash, bands, clusterId, at: new Date() });
        return { fingerprint: hash, clusterId };
      }),
  };
}
