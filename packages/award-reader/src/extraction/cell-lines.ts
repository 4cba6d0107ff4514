import { findBareRegion } from '../gazetteer/find-region.ts';
import { HEADER_CELL, readTableRows, WINNER_KIND_CELL } from './clean-sentence.ts';
import { CATEGORY_WORD_LIST } from './flat-table.ts';

// A table a page printed one cell per line ("Peringkat / Nama / 1 / Kabupaten X / 2 / Kota Y"),
// and a rank's label on a line of its own above its winner ("Peringkat pertama:" / "Provinsi X").

// (its category may follow: "🥇 JUARA 1 KAB/KOTA" / "KOTA PADANG PANJANG")
const LABEL_CATEGORY = `(?:\\s+kategori)?(?:\\s+(?:kab\\/kota|${CATEGORY_WORD_LIST.join('|')}))*`;
const RANK_LABEL = new RegExp(
  `^[\\s\\p{Extended_Pictographic}\\uFE0F]*(?:(?:juara|peringkat|terbaik|posisi|ranking|rangking)\\s+(?:ke-?\\s*)?(?:\\d{1,2}|[IV]{1,3}|pertama|kedua|ketiga|keempat|kelima|satu|dua|tiga)|harapan(?:\\s+(?:[IV]{1,3}|\\d))?)${LABEL_CATEGORY}\\s*:?\\s*$`,
  'iu',
);

const PLACE_WORD = /^\s*(?:juara|peringkat|terbaik|posisi|ranking|rangking)\s*:?\s*$/i;
const PLACE_NUMBER = /^\s*(?:\d{1,2}|[IV]{1,3})\s*$/;
// a column of the winners' names
const NAMED_COLUMN = /^(?:penerima|pemenang|peraih|nama(?:\s+\S+)*|daerah|instansi|perusahaan)$/i;

/** A line that can be one cell: short, and no sentence. */
const isCell = (line: string): boolean => {
  const s = line.trim();
  return s.length > 0 && s.length <= 80 && !/[.!?:;]$/.test(s);
};

/**
 * Whether a line under a rank's label is its winner: a cell opened by a capital, no label itself
 * (a banner's "JUARA I" over "PARITRANA AWARD 2025" is the award's line, not a winner).
 */
const namesWinner = (line: string): boolean =>
  isCell(line) &&
  /^\s*\p{Lu}/u.test(line) &&
  !RANK_LABEL.test(line) &&
  !/\b(?:paritrana|award|tingkat|kategori|penghargaan)\b/i.test(line);

// "Kasuami Wa Ode Hasna, Baubau": a winner's cell with the town it is in
const placeAfter = (cell: string): string => {
  const m = /^(.+?),\s*((?:Kabupaten|Kab\.|Kota)\s+)?([\p{Lu}][\p{L}\s-]{2,30})$/u.exec(
    cell.trim(),
  );
  return m && findBareRegion(m[3] ?? '') != null && findBareRegion(m[1] ?? '') == null
    ? (m[1] ?? cell)
    : cell;
};

const bars = (cells: string[]) => `| ${cells.map((c) => placeAfter(c.trim())).join(' | ')} |`;

/**
 * Lines (one sentence each) with a one-cell-per-line table read as rows: its header's lines go,
 * and each row is written on its last cell's line as a table row ("Juara 1: Kabupaten X"); a
 * rank's label alone on its line joins the winner on the next. Every other line stays as it is.
 */
export function readCellLines(lines: string[]): string[] {
  const out = [...lines];
  for (let i = 0; i < lines.length; i++) {
    // (a header that already has its winners' column ends before a kind of winner: that line
    // is the first row's category, "Kategori / Peringkat / Penerima / Kabupaten/Kota / I / …")
    let k = i;
    while (
      k < lines.length &&
      HEADER_CELL.test((lines[k] ?? '').trim()) &&
      !(
        WINNER_KIND_CELL.test((lines[k] ?? '').trim()) &&
        lines.slice(i, k).some((h) => NAMED_COLUMN.test(h.trim()))
      )
    ) {
      k++;
    }
    const width = k - i;
    if (width >= 2 && width <= 5) {
      const rows: Array<{ at: number; cells: string[] }> = [];
      let r = k;
      // (rows run on until a line is no cell, or another header begins)
      while (
        r + width <= lines.length &&
        lines.slice(r, r + width).every(isCell) &&
        !lines.slice(r, r + width).every((c) => HEADER_CELL.test(c.trim()))
      ) {
        rows.push({ at: r + width - 1, cells: lines.slice(r, r + width) });
        r += width;
      }
      if (rows.length > 0) {
        const read = readTableRows([bars(lines.slice(i, k)), ...rows.map((x) => bars(x.cells))]);
        for (let j = i; j < r; j++) {
          out[j] = '';
        }
        rows.forEach((x, n) => {
          out[x.at] = read[n + 1] ?? '';
        });
        i = r - 1;
      }
      continue;
    }
    // ("Peringkat" / "1" / "Kabupaten Lampung Selatan": a card that prints the label, its number
    // and the winner a line each)
    const third = lines[i + 2];
    if (
      PLACE_WORD.test(lines[i] ?? '') &&
      PLACE_NUMBER.test(lines[i + 1] ?? '') &&
      third != null &&
      namesWinner(third)
    ) {
      out[i] = '';
      out[i + 1] = '';
      out[i + 2] =
        `${(lines[i] ?? '').trim().replace(/\s*:$/, '')} ${(lines[i + 1] ?? '').trim()}: ${third.trim()}`;
      i += 2;
      continue;
    }
    const next = lines[i + 1];
    if (RANK_LABEL.test(lines[i] ?? '') && next != null && namesWinner(next)) {
      out[i] = '';
      // ("Juara 1" over "Kabupaten Sumedang": the label's colon may be missing)
      out[i + 1] = `${(lines[i] ?? '').trim().replace(/\s*:?$/, ':')} ${next.trim()}`;
      i++;
    }
  }
  return out;
}
