import { rankValue } from './parse-rank.ts';

const VALUE = '(?:[IV]{1,3}|\\d{1,2}|pertama|kedua|ketiga|keempat|kelima|satu|dua|tiga)';
const HEAD = '(?:juara|terbaik|peringkat|posisi|urutan|tempat|yang)';
// "I, II dan III", "I, II, dan III" (a serial comma before "dan")
const JOIN = '\\s*(?:,\\s*(?:dan|serta)?|dan|&|serta)\\s*';
const LIST = new RegExp(
  `\\b${HEAD}\\s+(${VALUE}(?:${JOIN}(?:${HEAD}\\s+)?${VALUE})+)(?![\\p{L}\\d])`,
  'iu',
);
const RANGE = new RegExp(
  `\\b${HEAD}\\s+(${VALUE})\\s*(?:hingga|sampai|s\\.?d\\.?|-|–)\\s*(?:${HEAD}\\s+)?(${VALUE})(?![\\p{L}\\d])`,
  'iu',
);

/**
 * Ranks a text hands out in order: "juara I, II dan III", "peringkat pertama hingga ketiga"
 * → [1, 2, 3]; empty when it names no series. `index` is where the series starts.
 */
export function rankSeries(text: string): { ranks: Array<number | null>; index: number } {
  const range = RANGE.exec(text);
  const [from, to] = [rankValue(range?.[1] ?? ''), rankValue(range?.[2] ?? '')];
  if (range && from != null && to != null && to > from && to - from < 6) {
    const ranks = Array.from({ length: to - from + 1 }, (_, k) => from + k);
    return { ranks, index: range.index };
  }
  const list = LIST.exec(text);
  if (!list) {
    return { ranks: [], index: -1 };
  }
  const ranks = (list[1] ?? '')
    .split(new RegExp(JOIN))
    .map((v) => rankValue(v.replace(new RegExp(`^${HEAD}\\s+`, 'i'), '').trim()));
  return { ranks, index: list.index };
}
