// A table a page printed with its columns aligned by spaces, where a cell too wide for its column
// went on under it, on a line of its own at the cell's own offset:
//   Pemerintah Provinsi      Provinsi Jawa Tengah     Provinsi Kalimantan      Provinsi Bali
//                                                     Timur
// The wrapped words go back into the cell above them, so the row names "Provinsi Kalimantan
// Timur" and the table reader meets no stray line between two rows.

/** How far in a wrapped cell's line must start (a column's offset, not a paragraph's). */
const MinIndent = 8;
/** How far in it may start when it stands under a cell after a row's number. */
const MinNumberedIndent = 4;
/** At most this many words wrap. */
const MaxWords = 4;
/** How many columns a row must have. */
const MinCells = 3;

interface Span {
  start: number;
  end: number;
}

const NUMBERED_CELL = /^(\d{1,2}[.)]) (?=\S)/;
const ROW_NUMBER = /^\d{1,2}[.)]$/;

/**
 * The cells of one line, parted by runs of two spaces or more, with their offsets; a row's number
 * is a cell of its own ("1. Pemerintah Kabupaten Kulon", the name wrapping under its first word).
 */
function cellsOf(line: string): Array<{ text: string; at: number }> {
  return [...line.matchAll(/\S+(?: \S+)*/g)].flatMap((m) => {
    const numbered = NUMBERED_CELL.exec(m[0]);
    return numbered
      ? [
          { text: numbered[1] ?? '', at: m.index },
          { text: m[0].slice(numbered[0].length), at: m.index + numbered[0].length },
        ]
      : [{ text: m[0], at: m.index }];
  });
}

/** The line of `text` that holds `s`, with its start offset, if `s` is that whole line. */
function lineOf(text: string, s: Span): { line: string; start: number } | null {
  const start = text.lastIndexOf('\n', s.start - 1) + 1;
  const next = text.indexOf('\n', s.start);
  const end = next < 0 ? text.length : next;
  const line = text.slice(start, end);
  return text.slice(s.end, end).trim() === '' ? { line, start } : null;
}

/**
 * Lines (one sentence each, in reading order) with each aligned table's wrapped cell taken back
 * into the row above it: the row's line is rewritten with the cell whole, the wrap's line emptied.
 */
export function joinAlignedWraps(
  lines: string[],
  sentences: readonly Span[],
  text: string,
): string[] {
  const out = [...lines];
  for (let i = 1; i < lines.length; i++) {
    const wrap = sentences[i];
    const row = sentences[i - 1];
    const words = (lines[i] ?? '').trim().split(/\s+/);
    if (
      !wrap ||
      !row ||
      out[i - 1] === '' ||
      words.length > MaxWords ||
      /[.:;!?]$/.test(lines[i] ?? '')
    ) {
      continue;
    }
    const own = lineOf(text, wrap);
    const above = lineOf(text, row);
    // (the row must be the line right above)
    if (!own || !above || own.start !== text.indexOf('\n', above.start) + 1) {
      continue;
    }
    // each wrapped piece under a cell of the row ("    Tengah Selatan      Kabupaten/Kota" under
    // "2   Pemerintah Kab. Timor      Pemerintah      I (SATU)"), none under the row's first
    // cell, its number
    const cells = cellsOf(above.line);
    const pieces = cellsOf(own.line);
    const under = pieces.map((p) => cells.findIndex((c) => Math.abs(c.at - p.at) <= 1));
    const indent = pieces[0]?.at ?? 0;
    if (
      cells.length < MinCells ||
      under.some((k) => k < 0) ||
      (indent < MinIndent && (under.some((k) => k === 0) || indent < MinNumberedIndent))
    ) {
      continue;
    }
    // (a row's number stays one space before its cell)
    out[i - 1] = cells
      .map((c, j) => {
        const more = pieces.filter((_, m) => under[m] === j).map((p) => p.text);
        const gap = j === 0 ? '' : ROW_NUMBER.test(cells[j - 1]?.text ?? '') ? ' ' : '    ';
        return `${gap}${more.length ? `${c.text} ${more.join(' ')}` : c.text}`;
      })
      .join('');
    out[i] = '';
  }
  return out;
}
