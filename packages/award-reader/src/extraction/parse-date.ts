/** A calendar date stated in text; year is null when the text leaves it out ("Kamis, (8/8)"). */
export interface DateMention {
  day: number;
  month: number;
  year: number | null;
  /** 0 = Minggu (Sunday) … 6 = Sabtu, when the text names the weekday. */
  weekday: number | null;
  start: number;
  end: number;
}

const WEEKDAYS: Record<string, number> = {
  minggu: 0,
  ahad: 0,
  senin: 1,
  selasa: 2,
  rabu: 3,
  kamis: 4,
  jumat: 5,
  "jum'at": 5,
  sabtu: 6,
};
const MONTHS: Record<string, number> = {
  januari: 1,
  jan: 1,
  january: 1,
  februari: 2,
  feb: 2,
  pebruari: 2,
  february: 2,
  maret: 3,
  mar: 3,
  march: 3,
  april: 4,
  apr: 4,
  mei: 5,
  may: 5,
  juni: 6,
  jun: 6,
  june: 6,
  juli: 7,
  jul: 7,
  july: 7,
  agustus: 8,
  agu: 8,
  agt: 8,
  ags: 8,
  august: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  oktober: 10,
  okt: 10,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  nopember: 11,
  desember: 12,
  des: 12,
  december: 12,
  dec: 12,
};

const WD = "(Minggu|Ahad|Senin|Selasa|Rabu|Kamis|Jum'?at|Sabtu)";
const NUMERIC_RE = new RegExp(
  `(?:\\b${WD}\\s*,?\\s*)?\\(\\s*(?:${WD}\\s*,?\\s*)?(\\d{1,2})/(\\d{1,2})(?:/(\\d{4}|\\d{2}))?\\s*\\)|\\b${WD}\\s*,?\\s*(\\d{1,2})/(\\d{1,2})(?:/(\\d{4}|\\d{2}))?`,
  'giu',
);
const MONTH_NAMES = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');
const LONG_RE = new RegExp(
  `(?:\\b${WD}\\s*,?\\s*\\(?\\s*)?\\b(\\d{1,2})\\s+(${MONTH_NAMES})\\.?\\s+(\\d{4})\\b`,
  'giu',
);

const weekday = (w: string | undefined) => (w ? (WEEKDAYS[w.toLowerCase()] ?? null) : null);
const fullYear = (y: string | undefined) =>
  y ? (y.length === 2 ? 2000 + Number(y) : Number(y)) : null;
const valid = (d: number, m: number) => d >= 1 && d <= 31 && m >= 1 && m <= 12;

/** Every date in a text: "Selasa (29/7/2025)", "Kamis, (8/8)", "(30/01/2023)", "24 Agustus 2024". */
export function findDates(text: string): DateMention[] {
  const out: DateMention[] = [];
  for (const m of text.matchAll(NUMERIC_RE)) {
    const [day, month] = m[3] ? [m[3], m[4]] : [m[7], m[8]];
    const d = Number(day);
    const mo = Number(month);
    if (valid(d, mo)) {
      const wd = weekday(m[1] ?? m[2] ?? m[6]);
      const year = fullYear(m[5] ?? m[9]);
      out.push({
        day: d,
        month: mo,
        year,
        weekday: wd,
        start: m.index,
        end: m.index + m[0].length,
      });
    }
  }
  for (const m of text.matchAll(LONG_RE)) {
    const d = Number(m[2]);
    const mo = MONTHS[(m[3] ?? '').toLowerCase()] ?? 0;
    if (valid(d, mo)) {
      const wd = weekday(m[1]);
      out.push({
        day: d,
        month: mo,
        year: Number(m[4]),
        weekday: wd,
        start: m.index,
        end: m.index + m[0].length,
      });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The weekday (0 = Sunday) of a calendar date. */
export function weekdayOf(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/** Completes a date's missing year from candidate years, preferring one whose weekday agrees. */
export function completeYear(date: DateMention, candidates: number[]): number | null {
  if (date.year != null) {
    return date.year;
  }
  if (date.weekday != null) {
    const fits = candidates.find((y) => weekdayOf(y, date.month, date.day) === date.weekday);
    if (fits != null) {
      return fits;
    }
  }
  return candidates[0] ?? null;
}

/** ISO form (YYYY-MM-DD) of a day, month and year. */
export function toIsoDate(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
