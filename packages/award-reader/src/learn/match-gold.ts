import type { AwardMention } from '../types.ts';

/** A gold award as the scorer reads it (../shared/eval/score.mjs). */
export interface GoldAward {
  winner?: string | null;
  winner_canonical?: string | null;
  aliases?: string[] | null;
  region_code?: string | null;
  nomination_only?: boolean;
  /** The sentence that states the win. */
  evidence?: string | null;
}

/** A gold line. */
export interface GoldArticle {
  id: string;
  relevant: boolean;
  awards: GoldAward[];
  notes?: string;
}

const PREFIXES: Array<[RegExp, string]> = [
  [/^pemerintah kabupaten /, 'kabupaten '],
  [/^pemerintah kab /, 'kabupaten '],
  [/^pemkab /, 'kabupaten '],
  [/^kab /, 'kabupaten '],
  [/^pemerintah kota /, 'kota '],
  [/^pemkot /, 'kota '],
  [/^pemerintah provinsi /, 'provinsi '],
  [/^pemprov /, 'provinsi '],
  [/^prov /, 'provinsi '],
  [/^pemerintah desa /, 'desa '],
  [/^pemdes /, 'desa '],
];
const LEGAL = new Set(['pt', 'tbk', 'persero', 'perseroda', 'cv', 'ud']);

/** The scorer's name folding (lower case, punctuation out, prefixes unified, legal forms dropped). */
export function foldName(s: string | null | undefined): string {
  if (!s) {
    return '';
  }
  let t = s.normalize('NFKC').toLowerCase();
  t = t
    .replace(/[.,'"“”‘’()/\-–—:;]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  for (const [re, to] of PREFIXES) {
    t = t.replace(re, to);
  }
  return t
    .split(' ')
    .filter((w) => w && !LEGAL.has(w))
    .join(' ');
}

/** Whether a found award names the gold winner (same folded name, alias or region code). */
export function sameWinner(gold: GoldAward, found: AwardMention): boolean {
  if (gold.region_code && found.regionCode && gold.region_code === found.regionCode) {
    return true;
  }
  const names = new Set(
    [gold.winner_canonical, gold.winner, ...(gold.aliases ?? [])].map(foldName).filter(Boolean),
  );
  return [found.winnerCanonical, found.winner, ...found.aliases]
    .map(foldName)
    .some((n) => names.has(n));
}

const words = (s: string): Set<string> => new Set(s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);

/**
 * Whether a candidate's sentence is the one that states the gold win (its evidence): most words
 * of the shorter of the two appear in the other. Without evidence, every sentence counts.
 */
export function statesWin(gold: GoldAward, sentence: string): boolean {
  if (!gold.evidence) {
    return true;
  }
  const a = words(gold.evidence);
  const b = words(sentence);
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const w of small) {
    if (large.has(w)) {
      shared++;
    }
  }
  return small.size > 0 && shared / small.size >= 0.6;
}
