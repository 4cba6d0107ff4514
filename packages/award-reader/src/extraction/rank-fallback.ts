import { findRanks, rankValue, type RankMention } from './parse-rank.ts';

/** An infographic's bare list number before a short line with no rank word ("1 Kabupaten X"). */
export const BARE_LIST_NUMBER =
  '([1-9])\\s+(?=\\p{Lu}(?![^\\n]*\\b(?:[Jj]uara|[Hh]arapan|[Pp]eringkat|[Tt]erbaik)\\b)[^\\n]{0,60}$)';
// "1) Kabupaten X", "2. Kota Y", "1 Kabupaten X": a numbered list line whose item is the name
// ("I. Kota Padang Panjang": roman numbers too)
const NUMBERED_SLOT = new RegExp(
  `^\\s*(?:\\(?(\\d{1,2}|(?:I{1,3}|IV|V))[.)]\\s+|${BARE_LIST_NUMBER})`,
  'u',
);
// "…, Kota X kedua dan Kabupaten Y ketiga", "Kota Z di urutan kedua": an ordinal right after the
// name, closing its clause ("kedua kalinya" counts a repeat, not a place)
const ORDINAL_AFTER =
  /^\s*(?:(?:di|pada|menempati|berada di)\s+)?(?:(?:urutan|posisi|peringkat|tempat)\s+)?(pertama|kedua|ketiga|keempat|kelima|II|III|IV|V)(?=\s*(?:[,.;]|dan\b|serta\b|sedangkan\b|sementara\b|$))/u;
// a series of places the ordinal continues
const SERIES = /\b(?:urutan|posisi|peringkat|juara|terbaik|tempat)\b/i;

const NAME_ORDINAL =
  /\p{Lu}[\p{L}]*\s+(?:pertama|kedua|ketiga|keempat|kelima)\s*(?=[,.;]|dan\b|$)/gu;

/** The number of a numbered list line ("1) Kabupaten X" → 1), before the line is cleaned. */
export function listNumber(rawLine: string): number | null {
  const m = NUMBERED_SLOT.exec(rawLine);
  return m ? rankValue(m[1] ?? m[2] ?? '') : null;
}

// a list number opening a line ("1. PT A", "2) Kota B"), or numbering a list inside a sentence
// ("Kategori Desa: 1) Desa A; 2) Desa B")
const LIST_NUMBER =
  /(?:^|\n)[^\S\n]*(\d{1,2})[.)]\s+|(?<=^|[\s;,:])\(?(\d{1,2})\)\s+(?=\p{Lu})|(?:^|\n)[^\S\n]*([1-9])[^\S\n]+(?=\p{Lu}[^\n]{0,60}(?:\n|$))/gu;

/**
 * Whether the article's list numbers restart at 1 in two or more short groups ("Badan Usaha
 * Besar / 1. PT A / 2. PT B // Usaha Mikro / 1. C", "Kategori Desa: 1) A; 2) B. Kategori UMK:
 * 1) C"): numbering by category is a ranking, while one running count ("1. Kategori …, 2.
 * Kategori …", a list of ten recipients) is not.
 */
export function numbersRestartByGroup(articleText: string): boolean {
  const digits = [...articleText.matchAll(LIST_NUMBER)].map((m) => Number(m[1] ?? m[2] ?? m[3]));
  // (roman-numbered lists apart: "I. Kota A / II. Kabupaten B // I. Nagari C" — roman numbers
  // may also number the categories above digit-numbered lists)
  const romans = [...articleText.matchAll(ROMAN_LINE)].map((m) => rankValue(m[1] ?? '') ?? 0);
  return restartsInGroups(digits) || restartsInGroups(romans);
}

const ROMAN_LINE = /(?:^|\n)[^\S\n]*(I{1,3}|IV|V)[.)]\s+(?=\p{Lu})/gu;

function restartsInGroups(numbers: number[]): boolean {
  const groups: number[] = [];
  for (const n of numbers) {
    if (n === 1) {
      groups.push(1);
    } else if (groups.length > 0 && groups[groups.length - 1] === n - 1) {
      groups[groups.length - 1] = n;
    } else {
      return false;
    }
  }
  return groups.length >= 2 && groups.every((last) => last <= 5);
}

// "Kategori Desa: 1) Desa A; 2) Desa B": a list numbered inside its sentence
const INLINE_SLOT = /(?<=[\s;,:])\(?([1-9])\)\s+(?=\p{Lu})/gu;

/**
 * A sentence's inline list numbers written as ranks ("1) Desa A; 2) Desa B" → "juara 1 Desa A;
 * juara 2 Desa B"), for an article whose lists are numbered afresh under each category.
 */
export function inlineNumbersAsRanks(sentence: string): string {
  return (sentence.match(INLINE_SLOT) ?? []).length >= 2
    ? sentence.replace(INLINE_SLOT, 'juara $1 ')
    : sentence;
}

/** Whether sentences speak of places ("tiga daerah terbaik", "urutan", "juara"). */
export const speaksOfPlaces = (text: string): boolean => SERIES.test(text);

/**
 * The rank a name's sentence gives it when no rank phrase does: the number of the list line it
 * opens (`numbered`, from `listNumber` of the raw line, when the list is one of places), or a
 * bare ordinal right after it in a series of places ("… di urutan pertama, Kota X kedua dan
 * Kabupaten Y ketiga").
 */
export function fallbackRank(
  text: string,
  name: { start: number; end: number },
  numbered: number | null = null,
): RankMention | null {
  // (the line's own number may be left before the name when a spaced column made it a cell:
  // "I.   Kabupaten Kolaka" → "I., Kabupaten Kolaka")
  if (
    numbered != null &&
    /^[\s"“'‘:–—-]*(?:(?:\d{1,2}|I{1,3}|IV|V)[.)],\s*)?$/.test(text.slice(0, name.start))
  ) {
    return { rank: numbered, label: `${numbered})`, start: 0, end: 0 };
  }
  const after = ORDINAL_AFTER.exec(text.slice(name.end));
  // "… Kota A pertama, Kabupaten B kedua, Kabupaten C ketiga": a series of names by ordinals
  const series = (text.match(NAME_ORDINAL) ?? []).length >= 2;
  if (after && (SERIES.test(text) || findRanks(text).length > 0 || series)) {
    const rank = rankValue(after[1] ?? '');
    const start = name.end + after[0].length - (after[1] ?? '').length;
    return rank == null
      ? null
      : { rank, label: after[0].trim(), start, end: start + (after[1] ?? '').length };
  }
  return null;
}
