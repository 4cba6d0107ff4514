import { resolvePrefixedRegion } from '../gazetteer/find-region.ts';

// A decree's appendix ("NO. KATEGORI PEMENANG PERINGKAT"): each row its category (or none, under
// the category's own line or the row above), its winner, and its place last, in words too:
//   1. Pemerintah Kabupaten/Kota Kabupaten Kudus I (Satu)
//   Kabupaten Sragen II (Dua)
//   II. PEMERINTAH DESA
//   1. Desa Sukarara, Kabupaten Lombok Tengah I (Satu)

// the place at a row's end: a numeral and its word in parentheses ("I (Satu)", "2 (Dua)")
const PLACE_AT_END =
  /^(.+?)[\s|]+((?-i:I{1,3}|IV|V)|[1-5])\s*\(\s*(?:satu|dua|tiga|empat|lima|pertama|kedua|ketiga)\s*\)[\s|]*(?:(?:[-–—]|(?-i:\p{Lu})(?-i:\p{Ll})+(?:\s+(?-i:\p{Ll})+){0,3})[\s|]*)?$/iu;
// a row's or a heading's number ("1.", "II.")
const ROW_NUMBER = /^[\s|]*(?:(?:\d{1,2}[.)]?|(?-i:[IVX]{1,4})[.)])\s+)?/iu;
// the categories an appendix names, as a row's first words or a line of their own (not the
// "Pemerintah Kabupaten" that opens a winner's name)
export const LEADING_CATEGORY =
  /^(?:Pemerintah\s+(?:Kab(?:upaten)?\.?\s*\/(?:\s*Kota)?|Desa(?:\s*\/\s*(?:Kelurahan|Kalurahan))?|Gampong|Nagari|Kampung|Kalurahan|Provinsi(?=\s+Provinsi\b|\s*$))|Kabupaten\s*\/\s*Kota|(?:Badan\s+)?Usaha\s+(?:Besar|Menengah|Kecil|Mikro(?:\s*(?:,|dan|&)?\s*Kecil)?(?:\s+(?:dan\s+)?Menengah)?)|UMKM|UMK)(?=[\s|,]|$)/iu;

// "Kabupaten Purwakarta Kota Cimahi": two regions tied in one cell, each the row's place
const tiedRegions = (cell: string): string[] => {
  for (const m of cell.matchAll(/\s(?=(?:Kabupaten|Kota)\s+\p{Lu})/gu)) {
    const left = cell.slice(0, m.index);
    const right = cell.slice(m.index + 1);
    if (resolvePrefixedRegion(left) && resolvePrefixedRegion(right)) {
      return [left, right];
    }
  }
  return [cell];
};

// a line without its row number and its closing cell marks
const rowBody = (line: string): string => line.replace(ROW_NUMBER, '').replace(/[\s|]+$/, '');

/** Whether a line is an appendix's row with its place last ("Kabupaten Sragen II (Dua)"). */
export const isRankedRow = (line: string): boolean => PLACE_AT_END.test(rowBody(line));

/**
 * Lines (one sentence each) with an appendix's rows ("1. Pemerintah Kabupaten/Kota Kabupaten Kudus
 * I (Satu)") written as the rows of a table are ("Juara I kategori Pemerintah Kabupaten/Kota:
 * Kabupaten Kudus"); a row without a category takes the one above it. Other lines stay.
 */
export function readRankedRows(lines: string[]): string[] {
  let category: string | null = null;
  return lines.map((line) => {
    const body = rowBody(line);
    const row = PLACE_AT_END.exec(body);
    if (!row?.[1] || !row[2]) {
      const own = LEADING_CATEGORY.exec(body);
      // (a category's own line heads the rows under it; any other line but a blank one or a
      // word wrapped from a cell, "Kota", ends them)
      category =
        own && own[0].length === body.length ? own[0] : /^\S*$/.test(body) ? category : null;
      return line;
    }
    let winner = row[1].replace(/[\s|]+/g, ' ').trim();
    const lead = LEADING_CATEGORY.exec(winner);
    if (lead && /^\s+\p{Lu}/u.test(winner.slice(lead[0].length))) {
      category = lead[0];
      winner = winner.slice(lead[0].length).trim();
    }
    if (!/\p{Lu}/u.test(winner)) {
      return line;
    }
    // ("Pemerintah Kabupaten/" over the "Kota" its cell wrapped)
    const told = category?.replace(/\/\s*$/, '/Kota');
    const place = `Juara ${row[2]}${told ? ` kategori ${told}` : ''}`;
    return tiedRegions(winner)
      .map((one) => `${place}: ${one}`)
      .join('; ');
  });
}
