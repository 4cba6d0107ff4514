import type { Db } from 'mongodb';
import { awardCollections } from './award-collections.ts';
import type { Coverage } from './coverage.ts';
import { EventType, type EventLog } from './event-log.ts';

/**
 * Season watch: each province's usual ceremony window, learnt from past years, and the provinces
 * whose window has passed this year with nothing seen. Seasons are calendar years of the ceremony,
 * not edition years: outlets print an edition as the year assessed or the year handed over (the
 * 2024 edition is often handed over in mid-2025), while the ceremony's date is unambiguous.
 */

/** A past ceremony (or, lacking its date, the first report of it). */
export interface PastCeremony {
  province: string;
  date: Date;
}

/** A province's usual window, as days of the year (1–366) of its past ceremonies. */
export interface UsualWindow {
  province: string;
  fromDay: number;
  toDay: number;
  /** The past years the window was learnt from. */
  years: number[];
}

const dayOfYear = (d: Date): number =>
  Math.floor(
    (Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()) -
      Date.UTC(d.getUTCFullYear(), 0, 1)) /
      86_400_000,
  ) + 1;

/**
 * The usual window per province: from its earliest to its latest past ceremony day, each year
 * counted by its first ceremony day. A province needs `minYears` past years to have a window.
 */
export function usualWindows(past: readonly PastCeremony[], minYears = 1): UsualWindow[] {
  const first = new Map<string, Map<number, number>>();
  for (const c of past) {
    const byYear = first.get(c.province) ?? new Map<number, number>();
    const year = c.date.getUTCFullYear();
    const day = dayOfYear(c.date);
    const current = byYear.get(year);
    if (current === undefined || day < current) {
      byYear.set(year, day);
    }
    first.set(c.province, byYear);
  }
  return [...first.entries()]
    .filter(([, byYear]) => byYear.size >= minYears)
    .map(([province, byYear]) => ({
      province,
      fromDay: Math.min(...byYear.values()),
      toDay: Math.max(...byYear.values()),
      years: [...byYear.keys()].sort((a, b) => a - b),
    }))
    .sort((a, b) => a.province.localeCompare(b.province));
}

/** A province expected to have held its ceremony by now, with nothing seen. */
export interface MissingProvince {
  province: string;
  /** The ceremony year (this year) in which nothing was seen. */
  year: number;
  window: UsualWindow;
  /** The day (ISO) after which it counts as missing: the window's end plus the grace days. */
  overdueSince: string;
  searchLinks: string[];
}

/** Search pages a person can follow by hand to look for the missing report. */
export function searchLinksFor(province: string, year: number): string[] {
  const q = `"Paritrana Award" "${province}" ${year}`;
  const google = new URL('https://news.google.com/search');
  google.search = new URLSearchParams({ q, hl: 'id', gl: 'ID', ceid: 'ID:id' }).toString();
  const bing = new URL('https://www.bing.com/news/search');
  bing.search = new URLSearchParams({ q }).toString();
  return [google.href, bing.href];
}

/** The provinces whose usual window ended more than `graceDays` before `today` with nothing seen. */
export function overdueProvinces(
  windows: readonly UsualWindow[],
  seen: ReadonlySet<string>,
  today: Date,
  graceDays: number,
): MissingProvince[] {
  const year = today.getUTCFullYear();
  const out: MissingProvince[] = [];
  for (const w of windows) {
    if (seen.has(w.province)) {
      continue;
    }
    const due = new Date(Date.UTC(year, 0, 1) + (w.toDay - 1 + graceDays) * 86_400_000);
    if (today.getTime() > due.getTime()) {
      out.push({
        province: w.province,
        year,
        window: w,
        overdueSince: due.toISOString().slice(0, 10),
        searchLinks: searchLinksFor(w.province, year),
      });
    }
  }
  return out;
}

/** The season watch over the store: learns the windows and raises one event per missing province. */
export function createSeasonWatch(db: Db, deps: { coverage: Coverage; events: EventLog }) {
  const { awards } = awardCollections(db);
  /** The windows learnt from past years, and the provinces overdue this year. */
  async function overdue(
    today: Date,
    graceDays: number,
  ): Promise<{ year: number; windows: UsualWindow[]; missing: MissingProvince[] }> {
    const year = today.getUTCFullYear();
    const docs = await awards
      .find(
        { level: 'provinsi', merged: { $ne: true } },
        { projection: { province: 1, ceremonyDate: 1, sources: 1, review: 1 } },
      )
      .toArray();
    const past: PastCeremony[] = [];
    const seen = new Set<string>();
    for (const d of docs) {
      if (!d.province || d.review?.status === 'rejected') {
        continue;
      }
      const firstReport = (d.sources ?? [])
        .map((s) => s.publishedAt)
        .filter((p): p is Date => p instanceof Date)
        .sort((a, b) => a.getTime() - b.getTime())[0];
      const date = d.ceremonyDate ? new Date(`${d.ceremonyDate}T00:00:00Z`) : firstReport;
      if (!date) {
        continue;
      }
      if (date.getUTCFullYear() === year) {
        seen.add(d.province);
      } else if (date.getUTCFullYear() < year) {
        past.push({ province: d.province, date });
      }
    }
    for (const r of await deps.coverage.ceremonyOnlyReports()) {
      if (r.publishedAt && r.publishedAt.getUTCFullYear() === year) {
        seen.add(r.province);
      }
    }
    const windows = usualWindows(past);
    return { year, windows, missing: overdueProvinces(windows, seen, today, graceDays) };
  }

  return {
    overdue,

    /**
     * Checks this year's season and appends a `coverage.expected-missing` event for each overdue
     * province, once per province and year. Returns the overdue ones.
     */
    async check(today: Date, graceDays: number): Promise<MissingProvince[]> {
      const { missing } = await overdue(today, graceDays);
      for (const m of missing) {
        await deps.events.append({
          id: `${EventType.CoverageMissing}:${m.year}:${m.province}`,
          type: EventType.CoverageMissing,
          subject: `${m.year}|${m.province}`,
          data: m,
        });
      }
      return missing;
    },
  };
}

/** The season watch's interface. */
export type SeasonWatch = ReturnType<typeof createSeasonWatch>;
