// "Berikut rekam jejak Gianyar di ajang Paritrana Award:" over "2022 – Juara II tingkat Provinsi
// Bali", "2024 – Juara I tingkat Provinsi Bali; Juara III tingkat nasional": a winner's record,
// its rows naming no one
const RECORD_HEAD =
  /\b(?:rekam\s+jejak|riwayat|catatan|perjalanan|jejak)\s+(?:prestasi\s+)?((?:\p{Lu}[\p{L}.-]*)(?:\s+\p{Lu}[\p{L}.-]*){0,3})\s*(?:(?:di|dalam|pada|sejak)\b[^:]*)?:\s*$/u;
// a row as cleaned: its places first, its year last ("Juara II tingkat Provinsi Bali pada 2022")
const ROW = /^(?:juara|peringkat|terbaik|harapan|posisi)\b[^.]*\bpada\s+20[12]\d\.?$/iu;

/**
 * The cleaned lines with the rows of a winner's record given their subject ("Juara II tingkat
 * Provinsi Bali pada 2022" under "rekam jejak Gianyar …:" reads "Gianyar meraih Juara II …");
 * a row of two places ("Juara I …; Juara III tingkat nasional pada 2024") becomes two clauses,
 * each dated.
 */
export function recordRows(lines: readonly string[]): string[] {
  let subject: string | null = null;
  return lines.map((line) => {
    const head = RECORD_HEAD.exec(line);
    if (head) {
      subject = head[1] ?? null;
      return line;
    }
    if (!subject || !ROW.test(line.trim())) {
      subject = null;
      return line;
    }
    const who = subject;
    const year = /pada\s+(20[12]\d)\.?$/.exec(line.trim())?.[1] ?? '';
    const parts = line
      .trim()
      .replace(/\s*pada\s+20[12]\d\.?$/, '')
      .split(/\s*;\s*/);
    return `${parts.map((p) => `${who} meraih ${p} pada ${year}`).join('; ')}.`;
  });
}
