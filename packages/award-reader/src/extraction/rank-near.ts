import { findBareOrdinals, findRanks, rankValue, type RankMention } from './parse-rank.ts';
import { PLACE_WON_END } from './word-lists.ts';

const RANK_CLAUSE_END = new RegExp(`^(?:${PLACE_WON_END})`, 'i');

/** The first rank written between two offsets ("juara 2", "di posisi kedua"), offsets absolute. */
export function rankIn(s: string, from: number, to: number): RankMention | null {
  const text = s.slice(from, Math.max(from, to));
  // "Kota A (I), Kabupaten B (II)": a numeral in parentheses right after a name is its place
  const bracketed = /^\s*\((I{1,3}|IV|V|[1-5])(?:\)|$)/.exec(text);
  const value = bracketed ? rankValue(bracketed[1] ?? '') : null;
  if (bracketed && value != null) {
    const start = from + bracketed[0].indexOf('(');
    return { rank: value, label: `(${bracketed[1]})`, start, end: from + bracketed[0].length };
  }
  const ranks = findRanks(text);
  // ("Kota A menjadi yang kedua", "meraih yang pertama"; not "untuk yang kedua kalinya" nor
  // "menjadi yang pertama bagi Cimahi", the first ever)
  const ordinals = findBareOrdinals(text, ranks).filter(
    (o) =>
      /(?:posisi|urutan|tempat|di|sebagai)\s+$/i.test(text.slice(0, o.start)) ||
      (/\byang\s+$/i.test(text.slice(0, o.start)) && RANK_CLAUSE_END.test(text.slice(o.end))),
  );
  const first = [...ranks, ...ordinals].sort((a, b) => a.start - b.start)[0];
  return first ? { ...first, start: first.start + from, end: first.end + from } : null;
}

const LEAD_RE =
  /^(?:yang\s+(?:pertama|kedua|ketiga)\s+(?=(?-i:[A-Z])))|^(?:(?:juara|terbaik|peringkat|posisi|urutan|kategori)(?:\s+(?:harapan|umum)(?=\s*:|\s+(?:[IV]{1,3}|\d)\b))?(?:\s+(?:ke-?)?(?:\d{1,2}|[IV]{1,3}|pertama|kedua|ketiga|satu|dua|tiga)\b)?(?:\s*:|\s+[–—-](?=\s))?\s*)+|^(?:pertama|kedua|ketiga|keempat|kelima)\s+/i;

const BARE_ROMAN = /^(II|III|IV|V)\s+(?=\p{Lu}\p{Ll})/u;

/** Rank words that open a list item ("Terbaik 3 Terbaik 2 X", "kedua X"): the last one counts. */
export function leadingRank(text: string): { rank: RankMention | null; length: number } | null {
  // "terbaik I diraih Provinsi A, II Provinsi B, III Provinsi C": a bare numeral after the first
  const bare = BARE_ROMAN.exec(text);
  if (bare) {
    const value = rankValue(bare[1] ?? '');
    return {
      rank:
        value == null
          ? null
          : { rank: value, label: bare[1] ?? '', start: 0, end: (bare[1] ?? '').length },
      length: bare[0].length,
    };
  }
  const lead = LEAD_RE.exec(text);
  if (!lead?.[0].trim()) {
    return null;
  }
  const ranks = findRanks(lead[0]);
  const all = [...ranks, ...findBareOrdinals(lead[0], ranks)].sort((a, b) => b.start - a.start);
  return { rank: all[0] ?? null, length: lead[0].length };
}

/**
 * The place of a name written right after a word that sets it against a ranked one: "… kedua,
 * di bawah Kota B" and "terbaik kedua setelah Kota B" (B one place higher), "… kedua, satu
 * tingkat di atas Kota B" (one place lower); `undefined` when `before` ends in no such word.
 */
export function placeAgainst(before: string, rank: RankMention): RankMention | null | undefined {
  if (/\b(?:di\s+bawah|setelah)\s+$/i.test(before)) {
    return rank.rank != null && rank.rank > 1 ? { ...rank, rank: rank.rank - 1 } : null;
  }
  if (/\bdi\s+atas\s+$/i.test(before)) {
    return rank.rank != null ? { ...rank, rank: rank.rank + 1 } : null;
  }
  return undefined;
}
