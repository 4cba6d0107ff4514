import { createHash } from 'node:crypto';

/**
 * What a backfill asks for, worked out before anything is fetched: the date window of each edition,
 * and one search task per (engine, edition, query). Pure, so a rerun plans exactly the same tasks
 * and can skip the ones it already did.
 */

/** The award's names as news writes them; each is searched for every edition. */
export const AwardNames = [
  '"Paritrana Award"',
  '"Paritrana Awards"',
  '"penghargaan jaminan sosial ketenagakerjaan"',
] as const;

/** The first edition of the Paritrana Award. */
export const FirstEdition = 2017;

/** A search engine's news RSS, by base URL (tests point it at a local server). */
export const SearchEngine = { Google: 'google', Bing: 'bing' } as const;
export type SearchEngine = (typeof SearchEngine)[keyof typeof SearchEngine];

/** Where each engine lives; the defaults are the public services. */
export type EngineBases = Record<SearchEngine, string>;
export const DefaultEngineBases: EngineBases = {
  google: 'https://news.google.com',
  bing: 'https://www.bing.com',
};

/** A closed range of days, as ISO dates (YYYY-MM-DD). */
export interface DateWindow {
  from: string;
  to: string;
}

/**
 * The days in which reports of an edition appear. Ceremonies run mostly from June to December, but
 * outlets print an edition either as the year assessed or as the year handed over (the 2024
 * edition is often handed over in mid-2025), so the window spans the edition's year and the next.
 */
export function editionWindow(edition: number): DateWindow {
  return { from: `${edition}-01-01`, to: `${edition + 1}-12-31` };
}

/** True when the day of `date` falls inside the window. */
export function inWindow(date: Date, window: DateWindow): boolean {
  const day = date.toISOString().slice(0, 10);
  return day >= window.from && day <= window.to;
}

/** Parses `2017-2025`, `2019,2021` or `2024` into a sorted list of editions. */
export function parseEditions(spec: string, thisYear = new Date().getUTCFullYear()): number[] {
  const editions = new Set<number>();
  for (const part of spec.split(',').map((p) => p.trim())) {
    const m = /^(\d{4})(?:\s*-\s*(\d{4}))?$/.exec(part);
    if (!m) {
      throw new Error(`--editions: "${part}" is not a year or a range such as 2017-2025`);
    }
    const from = Number(m[1]);
    const to = Number(m[2] ?? m[1]);
    if (from > to || from < FirstEdition || to > thisYear) {
      throw new Error(`--editions: ${part} is outside ${FirstEdition}-${thisYear}`);
    }
    for (let y = from; y <= to; y++) {
      editions.add(y);
    }
  }
  return [...editions].sort((a, b) => a - b);
}

/** One query sent to one engine for one edition. */
export interface SearchTask {
  /** Stable across runs: the backfill's progress is kept under it. */
  id: string;
  engine: SearchEngine;
  edition: number;
  province: string | null;
  query: string;
  window: DateWindow;
  /** The first page's URL (Bing pages on from it with `first=`). */
  url: string;
}

/** The search feed URL for a query, limited to the window where the engine can say so. */
export function searchUrl(
  engine: SearchEngine,
  bases: EngineBases,
  query: string,
  window: DateWindow,
): string {
  if (engine === SearchEngine.Google) {
    // Google News understands after:/before: in the query itself (before is exclusive)
    const q = `${query} after:${window.from} before:${nextDay(window.to)}`;
    const url = new URL('/rss/search', bases.google);
    url.search = new URLSearchParams({ q, hl: 'id', gl: 'ID', ceid: 'ID:id' }).toString();
    return url.href;
  }
  // Bing's news RSS has no absolute date filter: the edition year goes into the query, and items
  // outside the window are dropped when read
  const url = new URL('/news/search', bases.bing);
  url.search = new URLSearchParams({ q: query, format: 'rss', setlang: 'id' }).toString();
  return url.href;
}

function nextDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** What to search for. */
export interface PlanOptions {
  editions: readonly number[];
  /** Province names to search one by one; null searches the award names alone. */
  provinces: readonly string[] | null;
  engines?: readonly SearchEngine[];
  bases?: EngineBases;
}

/**
 * Every edition gets each award name on its own; each province in the list gets the main name with
 * the province's name. Google limits by date; Bing also gets the edition year in the query.
 */
export function planSearchTasks({
  editions,
  provinces,
  engines = [SearchEngine.Google, SearchEngine.Bing],
  bases = DefaultEngineBases,
}: PlanOptions): SearchTask[] {
  const tasks: SearchTask[] = [];
  for (const edition of editions) {
    const window = editionWindow(edition);
    const queries: { query: string; province: string | null }[] = AwardNames.map((name) => ({
      query: name,
      province: null,
    }));
    for (const province of provinces ?? []) {
      queries.push({ query: `${AwardNames[0]} "${province}"`, province });
    }
    for (const engine of engines) {
      for (const { query, province } of queries) {
        const q = engine === SearchEngine.Bing ? `${query} ${edition}` : query;
        const url = searchUrl(engine, bases, q, window);
        tasks.push({
          id: taskId(['search', engine, String(edition), q]),
          engine,
          edition,
          province,
          query: q,
          window,
          url,
        });
      }
    }
  }
  return tasks;
}

/** A short stable id for a task's defining parts. */
export function taskId(parts: readonly string[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 20);
}

/**
 * Words in a URL slug or a sitemap title that make a page worth reading during a backfill. A
 * sitemap lists every article of an outlet; only these are sent on.
 */
const AwardSlug =
  /paritrana|jaminan[-_ ]sosial|jamsos|bpjs[-_ ]?(ketenagakerjaan|tk)|bp[-_ ]?jamsostek/i;

/** True when a sitemap entry's URL or title names the award or its organiser. */
export function looksAboutTheAward(url: string, title: string | null): boolean {
  let path = url;
  try {
    path = decodeURIComponent(new URL(url).pathname);
  } catch {
    // keep the raw string
  }
  return AwardSlug.test(path) || (title !== null && AwardSlug.test(title));
}
