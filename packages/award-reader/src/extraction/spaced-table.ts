import { HEADER_CELL, roleOf, type Column } from './clean-sentence.ts';
import { CATEGORY_WORD_LIST } from './flat-table.ts';

// A winners' table a page printed a row per line with its cells parted by spaces only:
// "No Kategori Peringkat Penerima" / "1 Pemerintah Kabupaten/Kota 1 Kabupaten Lombok Tengah".
// Its lines are rewritten with bars between the cells, for the table reader to read by column.

const RANK =
  '(?:(?:Juara|Peringkat|Terbaik)\\s+)?(?:I{1,3}|IV|V|[1-9]|Harapan(?:\\s+(?:I{1,3}|[1-3]))?)';
// (a category is printed capitalised or not: "Badan Usaha Besar", "badan usaha besar", "UMKM")
const anyCase = (w: string) => w.replace(/\p{L}/gu, (c) => `[${c.toUpperCase()}${c}]`);
const CATEGORY_WORD = `(?:${CATEGORY_WORD_LIST.map(anyCase).join('|')})`;
// (its words one space apart: a wider gap parts two cells)
// (or cut at its slash by a wrap: "Pemerintah Kabupaten/⏎Kota")
const CATEGORY = `${CATEGORY_WORD}(?:[ \\t]${CATEGORY_WORD})*\\/?`;
const WHOLE_CATEGORY = new RegExp(`^${CATEGORY}$`, 'u');
const CELL: Record<Column | 'no', string> = {
  no: '(\\d{1,3})\\.?',
  rank: `(${RANK})`,
  category: `(${CATEGORY})`,
  winner: '(\\p{Lu}.*?)',
  year: '(20[12]\\d)',
  other: '(\\S+)',
};
// a header of two words or three ("Nama Desa", "Nama Badan Usaha") is tried before one word
const WINDOWS = [3, 2, 1];

/** The cells of a header line parted by spaces, or null when some word is no header word. */
function headerCells(line: string): string[] | null {
  if (/[|\t]/.test(line)) {
    return null;
  }
  const words = line.trim().split(/\s+/);
  const cells: string[] = [];
  for (let p = 0; p < words.length;) {
    const n = WINDOWS.find(
      (w) => p + w <= words.length && HEADER_CELL.test(words.slice(p, p + w).join(' ')),
    );
    if (n == null) {
      return null;
    }
    cells.push(words.slice(p, p + n).join(' '));
    p += n;
  }
  return cells;
}

/** The pattern a row under the header matches, a group per cell, or null for no winners table. */
function rowPattern(cells: string[]): RegExp | null {
  const roles = cells.map((c, k) => (k === 0 && /^(?:no\.?|nomor)$/i.test(c) ? 'no' : roleOf(c)));
  if (
    cells.length < 3 ||
    !roles.includes('winner') ||
    roles.filter((r) => r === 'winner').length > 1
  ) {
    return null;
  }
  if (!roles.includes('rank') && !roles.includes('category')) {
    return null;
  }
  // (the last cell takes the rest of the line)
  const parts = roles.map((r, k) =>
    r === 'winner' && k === roles.length - 1 ? '(\\p{Lu}.*)' : CELL[r],
  );
  return new RegExp(`^\\s*${parts.join('\\s+')}\\s*$`, 'u');
}

/**
 * Whether a line under a row is the rest of the row's cells (its name, a category cut at its
 * slash), which the page wrapped onto a line of its own: a few words, no sentence. A wrap after
 * the table's last row must be shorter.
 */
function wrapsCell(line: string, rowFollows: boolean): boolean {
  const words = line.trim().split(/\s+/);
  return (
    /^[\s,]*\p{L}/u.test(line) &&
    !/[:;]/.test(line) &&
    words.length <= (rowFollows ? 4 : 3) &&
    (rowFollows || !/[,.]\s*$/.test(line))
  );
}

/**
 * A row's cells with the wrapped line's words taken in: the rest of a category cut at its slash
 * ("Pemerintah Kabupaten/" and "Kota"), the rest of the name after it.
 */
function wrappedInto(cells: string[], wrap: string, named: number): string[] {
  const cut = cells.findIndex((c) => c.endsWith('/'));
  const [first = '', ...rest] = wrap.split(/ {2,}/);
  const category = cut >= 0 && WHOLE_CATEGORY.test(first) ? first : null;
  const name = (category != null ? rest : [first, ...rest]).join(' ');
  return cells.map((c, k) =>
    k === cut && category != null ? `${c}${category}` : k === named && name ? `${c} ${name}` : c,
  );
}

// (a cell's words a mended line wrap left apart come together: "Kec.   Pringgarata   , Kab.")
const bars = (cells: string[]) =>
  `| ${cells.map((c) => c.replace(/\s+/g, ' ').replace(/ ,/g, ',')).join(' | ')} |`;

/** Lines with each space-parted winners' table written with bars; every other line as it is. */
export function barSpacedTables(lines: string[]): string[] {
  const out = [...lines];
  for (let i = 0; i < lines.length; i++) {
    const header = headerCells(lines[i] ?? '');
    const row = header ? rowPattern(header) : null;
    if (!header || !row) {
      continue;
    }
    const named = header.findIndex((c) => roleOf(c) === 'winner');
    let r = i + 1;
    let cells: string[] | null = null;
    while (r < lines.length) {
      const m = row.exec(lines[r] ?? '');
      if (m) {
        cells = m.slice(1).map((c) => c ?? '');
      } else if (cells && wrapsCell(lines[r] ?? '', row.test(lines[r + 1] ?? ''))) {
        // ("1   Pemerintah Kabupaten Rejang   Pemerintah Kabupaten/Kota   I⏎      Lebong")
        cells = wrappedInto(cells, (lines[r] ?? '').trim(), named);
        out[r - 1] = '';
      } else if (cells && row.test(lines[r + 1] ?? '')) {
        // (a page's footer between two rows: "Siaran Pers Biro Adpim   1")
        out[r] = '';
        r++;
        continue;
      } else {
        break;
      }
      out[r] = bars(cells);
      r++;
    }
    if (r > i + 1) {
      out[i] = bars(header);
      i = r - 1;
    }
  }
  return out;
}
