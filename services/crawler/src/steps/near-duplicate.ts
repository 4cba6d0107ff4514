import { createHash } from 'node:crypto';

// Written here rather than taken from npm: the one SimHash package on the registry (simhash-js
// 1.0.0) makes 32-bit hashes from a CRC and ships no types, and we need 64 bits with a stable hash.

/**
 * Largest Hamming distance at which two fingerprints count as copies of one story. Measured on
 * the dev corpus: a dateline, a typo or an added sentence moves a copy 2–9 bits (90th percentile),
 * while different stories about the same award stayed 16+ bits apart.
 */
export const NearDuplicateThreshold = 10;

// Words that say nothing about which story it is; shingles made only of them are skipped.
const stopwords = new Set(
  (
    'yang dan di ke dari ini itu dengan untuk pada dalam adalah juga akan tidak sebagai oleh ' +
    'atau para serta telah sudah bahwa karena saat kepada agar bagi hal ada dapat lebih ' +
    'kami kita ia dia mereka tersebut pun lalu namun maupun hingga yakni'
  ).split(' '),
);

function words(text: string): string[] {
  return (
    text
      .normalize('NFKC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  ).filter((w) => !stopwords.has(w));
}

/** The features hashed: word pairs (bigrams) of the text without stopwords, with counts. */
export function shingles(text: string, size = 2): Map<string, number> {
  const list = words(text);
  const counts = new Map<string, number>();
  const n = Math.min(size, list.length);
  for (let i = 0; i + n <= list.length && n > 0; i += 1) {
    const shingle = list.slice(i, i + n).join(' ');
    counts.set(shingle, (counts.get(shingle) ?? 0) + 1);
  }
  return counts;
}

// two FNV-1a passes with different offset bases, each spread by murmur3's finaliser: a feature's
// 64 bits in a few hundred ns (a SHA-256 per shingle was a tenth of the fetch job's CPU)
function hash64(feature: string): [number, number] {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x9e3779b9;
  for (let i = 0; i < feature.length; i += 1) {
    const c = feature.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193);
  }
  return [mix32(a >>> 0), mix32((b ^ 0x5bd1e995) >>> 0)];
}

/** 64-bit SimHash (Charikar) of a text's shingles, as 16 hex digits. */
export function simhash(text: string): string {
  const votes = new Array<number>(64).fill(0);
  for (const [feature, count] of shingles(text)) {
    const [high, low] = hash64(feature);
    const weight = 1 + Math.log(count);
    for (let bit = 0; bit < 32; bit += 1) {
      votes[bit] = (votes[bit] ?? 0) + ((high >>> bit) & 1 ? weight : -weight);
      votes[bit + 32] = (votes[bit + 32] ?? 0) + ((low >>> bit) & 1 ? weight : -weight);
    }
  }
  let result = 0n;
  for (let bit = 0; bit < 64; bit += 1) {
    if ((votes[bit] ?? 0) > 0) {
      result |= 1n << BigInt(bit);
    }
  }
  return result.toString(16).padStart(16, '0');
}

/** Number of differing bits between two 16-hex-digit fingerprints. */
export function hammingDistance(a: string, b: string): number {
  let diff = BigInt(`0x${a}`) ^ BigInt(`0x${b}`);
  let count = 0;
  while (diff > 0n) {
    count += Number(diff & 1n);
    diff >>= 1n;
  }
  return count;
}

/** True when two fingerprints are within the near-duplicate threshold. */
export function isNearDuplicate(a: string, b: string, threshold = NearDuplicateThreshold): boolean {
  return hammingDistance(a, b) <= threshold;
}

/** The closest candidate within the threshold, or null; a linear scan, fine for a few 10k. */
export function nearestDuplicate<T extends { fingerprint: string }>(
  fingerprint: string,
  candidates: Iterable<T>,
  threshold = NearDuplicateThreshold,
): { candidate: T; distance: number } | null {
  let best: { candidate: T; distance: number } | null = null;
  for (const candidate of candidates) {
    const distance = hammingDistance(fingerprint, candidate.fingerprint);
    if (distance <= threshold && (best === null || distance < best.distance)) {
      best = { candidate, distance };
    }
  }
  return best;
}

// ---------------------------------------------------------------------------------------------
// Story sketches: what syndication compares. SimHash over the whole text (above) cannot tell an
// outlet's shortened copy from another story written from the same template: the copy drops the
// tail paragraphs while two templated stories share every paragraph but the lead. So a story is
// judged by its lead: MinHash over word triples of the first `LeadWords` words (boilerplate
// stripped) finds the candidates through LSH bands, and a candidate is the same story only when
// the lead also names the same figures and nearly the same proper names. Written here rather than
// taken from npm: `minhash` 0.0.9 is unmaintained and untyped, and bloom-filters' MinHash draws
// random permutations per process, so two crawlers would not agree on a band.

/** Words of the lead compared (about the first paragraph of a news text). */
export const LeadWords = 50;
/** Words searched for the lead's names and figures in the other text (a copy may shift them). */
export const WideWords = 80;
/** MinHash permutations: `SketchBands` × `SketchRows`. */
export const SketchBands = 16;
export const SketchRows = 4;
/** Smallest estimated Jaccard similarity of lead word triples for one story. */
export const LeadSimilarity = 0.5;
/** Most proper-name words one copy may add to its lead (a name in a dateline, an added sentence). */
export const NameSlack = 2;

/** A text as syndication compares it. */
export interface StorySketch {
  /** MinHash signature of the lead's word triples: SketchBands × SketchRows unsigned 32-bit values. */
  sig: number[];
  /**
   * Key words of the first `WideWords` words in order of first use, distinct: figures (dates,
   * ranks, years, amounts) and capitalised words, lower-cased ('#' before a number).
   */
  keys: string[];
  /** How many of `keys` first appear in the lead (`LeadWords`). */
  keysInLead: number;
  /** An all-capitals text: its capitals say nothing about which words are names. */
  caps: boolean;
}
// lines an outlet adds around a story: cross-links, credits, calls to follow, photo captions
const boilerplateLine =
  /^\s*(baca juga|baca:|lihat juga|simak juga|simak:|ikuti|editor\s*:|penulis\s*:|pewarta\s*:|reporter\s*:|sumber\s*:|foto\s*:|hak cipta|copyright|©)/iu;
// 'JAKARTA, Kabar Daerah - ', 'SURABAYA (ANTARA) – ', 'BONTANG - ': a dateline before the story
const dateline = /^\s*((?:[\p{Lu}(][\p{L}\p{N}.()]*[,\s]+){1,6})[-–—]+\s+/u;

/** The story text without the lines and dateline an outlet adds around it. */
export function storyBody(text: string): string {
  const lines = text
    .normalize('NFKC')
    .split(/\n+/)
    .filter((line) => !boilerplateLine.test(line));
  return lines.join('\n').replace(dateline, '');
}

function leadTokens(text: string): string[] {
  return (storyBody(text).match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, WideWords);
}

// number words count as figures: a copy keeps a rank ('juara kedua'), another story changes it
const numberWords = new Set(
  (
    'satu dua tiga empat lima enam tujuh delapan sembilan sepuluh sebelas seratus seribu ' +
    'pertama kedua ketiga keempat kelima keenam ketujuh kedelapan kesembilan kesepuluh ' +
    'puluh belas ratus ribu juta miliar triliun'
  ).split(' '),
);

// murmur3's finaliser: spreads a 32-bit value over all bits
function mix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** MinHash signature of a set of features: permutation i hashes a feature as mix(h1 + i·h2). */
export function minhash(features: Iterable<string>, size = SketchBands * SketchRows): number[] {
  const sig = new Array<number>(size).fill(0xffffffff);
  for (const feature of features) {
    const digest = createHash('md5').update(feature).digest();
    const h1 = digest.readUInt32LE(0);
    const h2 = digest.readUInt32LE(4) | 1;
    for (let i = 0; i < size; i += 1) {
      const v = mix32((h1 + Math.imul(i, h2)) >>> 0);
      if (v < sig[i]!) {
        sig[i] = v;
      }
    }
  }
  return sig;
}

/** The sketch of a news text's lead. */
export function storySketch(text: string): StorySketch {
  const wide = leadTokens(text);
  const lead = wide.slice(0, LeadWords).map((t) => t.toLowerCase());
  const triples = new Set<string>();
  for (let i = 0; i + 3 <= lead.length; i += 1) {
    triples.add(lead.slice(i, i + 3).join(' '));
  }
  if (triples.size === 0 && lead.length > 0) {
    triples.add(lead.join(' '));
  }
  const words = wide.filter((t) => /\p{L}/u.test(t));
  const caps =
    words.length > 0 && words.filter((t) => /^\p{Lu}/u.test(t)).length / words.length > 0.6;
  const keys: string[] = [];
  let keysInLead = 0;
  wide.forEach((t, i) => {
    const lower = t.toLowerCase();
    const key =
      /^\p{N}+$/u.test(t) || numberWords.has(lower)
        ? `#${lower}`
        : /^\p{Lu}/u.test(t) && !caps
          ? lower
          : null;
    if (key !== null && !keys.includes(key)) {
      keys.push(key);
      keysInLead += i < LeadWords ? 1 : 0;
    }
  });
  return { sig: minhash(triples), keys, keysInLead, caps };
}

/** LSH band keys of a signature: two leads of similarity s share a band with 1 - (1 - s^rows)^bands. */
export function sketchBands(sig: number[], bands = SketchBands, rows = SketchRows): string[] {
  const keys: string[] = [];
  for (let b = 0; b < bands; b += 1) {
    const part = sig.slice(b * rows, (b + 1) * rows);
    const digest = createHash('md5').update(part.join(',')).digest('hex').slice(0, 16);
    keys.push(`${b}:${digest}`);
  }
  return keys;
}

/** Estimated Jaccard similarity of two leads' word triples. */
export function sketchSimilarity(a: StorySketch, b: StorySketch): number {
  const n = Math.min(a.sig.length, b.sig.length);
  let same = 0;
  for (let i = 0; i < n; i += 1) {
    if (a.sig[i] === b.sig[i]) {
      same += 1;
    }
  }
  return n === 0 ? 0 : same / n;
}

// the lead's key words that the other text's wider lead lacks
function missingFrom(a: StorySketch, b: StorySketch, caps: boolean): string[] {
  const other = new Set(b.keys);
  return a.keys.slice(0, a.keysInLead).filter((k) => !other.has(k) && (!caps || k.startsWith('#')));
}

/**
 * The similarity of two sketches when they tell one story, else null: similar leads with the same
 * figures, where one may add a few proper names to the other but neither swaps one for another.
 * Two stories from one template ('X meraih juara 1 … pada Senin (3/7/2023)') differ in exactly
 * those: the place, the rank, the date.
 */
export function sameStory(a: StorySketch, b: StorySketch): number | null {
  const similarity = sketchSimilarity(a, b);
  if (similarity < LeadSimilarity) {
    return null;
  }
  const caps = a.caps || b.caps;
  const onlyA = missingFrom(a, b, caps);
  const onlyB = missingFrom(b, a, caps);
  const swapped = onlyA.length > 0 && onlyB.length > 0;
  const figures = [...onlyA, ...onlyB].some((k) => k.startsWith('#'));
  return swapped || figures || onlyA.length + onlyB.length > NameSlack ? null : similarity;
}
