// "2022⏎Terbaik 1: Kabupaten Kendal⏎Terbaik 2: Kota Semarang⏎⏎2023⏎…", "Edisi 2023:⏎Kategori … —
// juara 1 …": an archive's heading that is only an edition's year, and the lines of places under it
const YEAR_SECTION =
  /^\s*(?:(?:edisi|tahun|periode|paritrana(?:\s+award)?)\s+)?(20[12]\d)\s*:?\s*$/i;
const PLACED = /\b(?:juara|terbaik|peringkat|harapan|posisi)\b/i;
const CATEGORY_HEAD = /^\s*(?:kategori|katagori)\b/i;
const HAS_YEAR = /\b20[12]\d\b/;

/**
 * Each line of places under a heading that is only an edition's year dated with it ("Terbaik 1:
 * Kabupaten Kendal" under "2022" → "Pada 2022, Terbaik 1: Kabupaten Kendal"), and the heading,
 * its year now in its lines, left empty (else it heads one list that runs over the next years'
 * headings). The section ends at the next heading or at a line that gives no place (a category's
 * head goes on); a line with a year of its own is left as written.
 */
export function dateYearSections(texts: string[]): string[] {
  const out = [...texts];
  let section: { year: string; at: number } | null = null;
  texts.forEach((text, i) => {
    const heading = YEAR_SECTION.exec(text);
    if (heading?.[1]) {
      section = { year: heading[1], at: i };
      return;
    }
    if (!section || !text.trim()) {
      return;
    }
    if (!PLACED.test(text)) {
      section = CATEGORY_HEAD.test(text) ? section : null;
      return;
    }
    if (!HAS_YEAR.test(text)) {
      out[i] = `Pada ${section.year}, ${text.trimStart()}`;
      out[section.at] = '';
    }
  });
  return out;
}

// "Tahun 2022, juara 1 diraih …", "2023: juara 1 Kota Palembang …": a line a year leads
const YEAR_LED = /^\s*(?:(?:tahun|edisi|pada)\s+)?(20[12]\d)\s*[:,—–]/i;
// a sentence that names an edition of the award ("Edisi 2025 yang diserahkan bulan ini …")
const NAMED_EDITION = /\b(?:paritrana|edisi|award)\b[^.]*\b20[12]\d\b/i;

/**
 * Which sentences are an archive's year headings or its year-led lines: only where two or more of
 * them give different years (each dates its own section or line, not the story's edition), and
 * year-led lines only in a story that names an edition elsewhere.
 */
export function archiveHeadings(texts: readonly string[]): boolean[] {
  const heading = texts.map((t) => YEAR_SECTION.exec(t)?.[1] ?? null);
  const led = texts.map((t) => YEAR_LED.exec(t)?.[1] ?? null);
  const none = texts.map(() => false);
  if (new Set(heading.filter((y) => y != null)).size >= 2) {
    return heading.map((y) => y != null);
  }
  // (year-led lines, only when the rest of the story names the edition it reports: "Edisi 2025
  // yang diserahkan bulan ini …"; a profile's timeline alone tells of no new edition)
  const told = texts.some((t, i) => led[i] == null && heading[i] == null && NAMED_EDITION.test(t));
  return told && new Set(led.filter((y) => y != null)).size >= 2 ? led.map((y) => y != null) : none;
}
