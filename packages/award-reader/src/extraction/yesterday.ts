// "… diserahkan di Makassar, kemarin": the day before the story was filed ("tahun kemarin" is not)
const YESTERDAY = /(?<!\b(?:tahun|pekan|minggu|bulan)\s+)\bkemarin\b/i;

/** Whether a sentence dates its event to the day before the story ("kemarin"). */
export const saysYesterday = (sentence: string): boolean => YESTERDAY.test(sentence);

/** The ISO date one day before `iso` (YYYY-MM-DD). */
export function dayBefore(iso: string): string {
  const t = Date.UTC(
    Number(iso.slice(0, 4)),
    Number(iso.slice(5, 7)) - 1,
    Number(iso.slice(8, 10)),
  );
  return new Date(t - 86_400_000).toISOString().slice(0, 10);
}

/** The local (WIB, UTC+7) calendar date of a publication timestamp. */
export function localDate(publishedAt: string): string | null {
  const t = Date.parse(publishedAt);
  return Number.isNaN(t) ? null : new Date(t + 7 * 3_600_000).toISOString().slice(0, 10);
}
