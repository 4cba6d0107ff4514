import { lastWinnerIn } from './track-record.ts';

// "Berikut rekam jejak Gianyar di ajang Paritrana Award:" over "2022 – Juara II tingkat Provinsi
// Bali", "2024 – Juara I tingkat Provinsi Bali; Juara III tingkat nasional": a winner's record,
// its rows naming no one
const RECORD_HEAD =
  /\b(?:[Rr]ekam\s+jejak|[Rr]iwayat|[Cc]atatan|[Pp]erjalanan|[Jj]ejak)\s+(?:prestasi\s+)?((?:\p{Lu}[\p{L}.-]*)(?:\s+\p{Lu}[\p{L}.-]*){0,3})\s*(?:(?:di|dalam|pada|sejak)\b[^:]*)?:\s*$/u;
// a row as cleaned: its places first, its year last ("Juara II tingkat Provinsi Bali pada 2022")
const ROW = /^(?:juara|peringkat|terbaik|harapan|posisi)\b[^.]*\bpada\s+20[12]\d\.?$/iu;
// (or the award's edition inside it: "Juara 1 Paritrana Award 2022 tingkat Provinsi Sumatera
// Selatan")
const EDITION_ROW =
  /^(?:juara|peringkat|terbaik|harapan|posisi)\b[^.]*\bparitrana(?:\s+award)?\s+20[12]\d\b[^.]*$/iu;
// another award's row in the same record ("Satya Lencana Karya Satya", "UHC Award 2024")
const OTHER_ROW = /^(?![^.]*\bparitrana\b)[^.]{3,100}$/iu;
// (or with its year first, in lower case: "2022: juara II tingkat Jawa Tengah")
const YEAR_FIRST_ROW =
  /^(20[12]\d)\s*(?::|[–—-])\s*((?:juara|peringkat|terbaik|harapan|posisi)\b[^.]*?)\.?$/iu;

const YEAR_AFTER_COLON =
  /^(\s*(?:juara|peringkat|terbaik|harapan|posisi)\b[^.:]*?)\s*:\s*(20[12]\d)(?:,\s*((?:provinsi|nasional)\b[^.,;]*))?\.?\s*$/iu;

const REFERRING_HEAD =
  /\b(?:[Rr]ekam\s+jejak|[Rr]iwayat|[Cc]atatan|[Pp]erjalanan|[Jj]ejak)\s+(?:prestasi\s+)?(?:(?!(?:di|pada|dalam|sejak|ajang)\b)\p{Ll}+\s+){1,4}(?:itu|ini|tersebut)\s*(?:(?:di|dalam|pada|sejak)\b[^:]*)?:\s*$/u;
// how many lines back the one a referring head means may be named
const SUBJECT_REACH = 3;

/** Whether a line heads a winner's record ("Rekam jejak PT X di Paritrana Award Kaltim:"). */
export const isRecordHead = (line: string): boolean => RECORD_HEAD.test(line);

/**
 * The cleaned lines with the rows of a winner's record given their subject ("Juara II tingkat
 * Provinsi Bali pada 2022" under "rekam jejak Gianyar …:" reads "Gianyar meraih Juara II …");
 * a row of two places ("Juara I …; Juara III tingkat nasional pada 2024") becomes two clauses,
 * each dated.
 */
export function recordRows(lines: readonly string[]): string[] {
  let subject: string | null = null;
  return lines.map((written, i) => {
    // ("Juara I kategori Pemerintah Kabupaten/Kota: 2022": its year after a colon)
    // (and its stage after the year: "Juara III: 2022, Provinsi Kaltim")
    const line = written.replace(
      YEAR_AFTER_COLON,
      (_m, place: string, year: string, stage: string | undefined) =>
        `${place}${stage ? ` tingkat ${stage}` : ''} pada ${year}`,
    );
    const head = RECORD_HEAD.exec(line);
    if (head) {
      subject = head[1] ?? null;
      return written;
    }
    // ("Berikut catatan kota minyak itu di ajang yang sama:": the one named just before)
    if (REFERRING_HEAD.test(line)) {
      subject =
        lines
          .slice(Math.max(0, i - SUBJECT_REACH), i)
          .toReversed()
          .map(lastWinnerIn)
          .find((w) => w != null) ?? null;
      return written;
    }
    // (a line left empty between the head and its rows keeps the record going)
    if (!line.trim()) {
      return written;
    }
    const yearFirst = YEAR_FIRST_ROW.exec(line.trim());
    const who = subject;
    if (who && EDITION_ROW.test(line.trim())) {
      return `${who} meraih ${line.trim().replace(/\.$/, '')}.`;
    }
    if (!who || (!ROW.test(line.trim()) && !yearFirst)) {
      subject = who && OTHER_ROW.test(line.trim()) && !/[.!?]$/.test(line.trim()) ? who : null;
      return written;
    }
    const year = yearFirst?.[1] ?? /pada\s+(20[12]\d)\.?$/.exec(line.trim())?.[1] ?? '';
    // ("Juara I tingkat Provinsi Jawa Tengah, lalu Terbaik II nasional": two places, one year)
    const parts = (yearFirst?.[2] ?? line.trim().replace(/\s*pada\s+20[12]\d\.?$/, '')).split(
      /\s*;\s*|,?\s+(?:lalu|kemudian)\s+(?=(?:juara|peringkat|terbaik|harapan|posisi)\b)/i,
    );
    return `${parts.map((p) => `${who} meraih ${p} pada ${year}`).join('; ')}.`;
  });
}
