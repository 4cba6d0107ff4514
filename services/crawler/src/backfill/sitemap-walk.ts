import { load } from 'cheerio';
import type { FeedItem } from '../steps/parse-feed.ts';
import { parseSitemap } from '../steps/parse-sitemap.ts';
import { inWindow, looksAboutTheAward, type DateWindow } from './plan.ts';

/** One child of a sitemap index. */
export interface SitemapRef {
  loc: string;
  lastmod: Date | null;
}

/** The children of a `<sitemapindex>`, or null when the document is not an index. */
export function parseSitemapIndex(xml: string, baseUrl: string): SitemapRef[] | null {
  const $ = load(xml, { xml: true });
  if ($('sitemapindex').length === 0) {
    return null;
  }
  const refs: SitemapRef[] = [];
  $('sitemapindex > sitemap').each((_i, el) => {
    const loc = $(el).children('loc').first().text().trim();
    const lastmod = $(el).children('lastmod').first().text().trim();
    try {
      const date = lastmod ? new Date(lastmod) : null;
      refs.push({
        loc: new URL(loc, baseUrl).href,
        lastmod: date && !Number.isNaN(date.getTime()) ? date : null,
      });
    } catch {
      // an unreadable <loc> is skipped
    }
  });
  return refs;
}

/**
 * The month a sitemap's own URL says it covers, when it says one: `/2024/07/`, `sitemap-2024-07.xml`,
 * `?yyyy=2024&mm=07`, `2024-07-15`. Null when no year and month can be read.
 */
export function monthInUrl(url: string): { year: number; month: number } | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  const y = u.searchParams.get('yyyy') ?? u.searchParams.get('year');
  const m = u.searchParams.get('mm') ?? u.searchParams.get('month');
  if (y && m && /^\d{4}$/.test(y) && /^\d{1,2}$/.test(m)) {
    return { year: Number(y), month: Number(m) };
  }
  const hit = /(20\d{2})[-_/](0[1-9]|1[0-2])(?![0-9])/.exec(u.pathname);
  return hit ? { year: Number(hit[1]), month: Number(hit[2]) } : null;
}

/** True when the month overlaps one of the windows. */
function monthInWindows({ year, month }: { year: number; month: number }, windows: DateWindow[]) {
  const first = `${year}-${String(month).padStart(2, '0')}-01`;
  const last = `${year}-${String(month).padStart(2, '0')}-31`;
  return windows.some((w) => first <= w.to && last >= w.from);
}

/**
 * Whether a child sitemap can hold articles from the windows. Its URL's month decides when it
 * names one; otherwise a `lastmod` before every window means nothing in it is recent enough.
 * A child with neither is walked: it may hold anything.
 */
export function sitemapInWindows(ref: SitemapRef, windows: DateWindow[]): boolean {
  const month = monthInUrl(ref.loc);
  if (month) {
    return monthInWindows(month, windows);
  }
  if (ref.lastmod) {
    const day = ref.lastmod.toISOString().slice(0, 10);
    return windows.some((w) => day >= w.from);
  }
  return true;
}

/** A sitemap entry worth sending on: dated inside a window, and about the award by its slug or title. */
export function entryWorthReading(item: FeedItem, windows: DateWindow[]): boolean {
  if (!looksAboutTheAward(item.link, item.title)) {
    return false;
  }
  if (item.publishedAt) {
    return windows.some((w) => inWindow(item.publishedAt as Date, w));
  }
  const month = monthInUrl(item.link);
  return month ? monthInWindows(month, windows) : true;
}

/** What a walk found in one outlet's sitemaps. */
export interface SitemapWalk {
  items: FeedItem[];
  sitemapsRead: number;
  failures: { url: string; reason: string }[];
}

/** Fetches a sitemap and returns its text; throws with the fetch's own error code. */
export type FetchText = (url: string) => Promise<{ text: string; url: string }>;

/**
 * Walks an outlet's sitemaps from its roots: indexes are followed only into children that can
 * hold the windows' dates, at most `maxSitemaps` documents per outlet, each read once.
 */
export async function walkSitemaps(
  fetchText: FetchText,
  roots: readonly string[],
  windows: DateWindow[],
  maxSitemaps = 200,
): Promise<SitemapWalk> {
  const queue = [...roots];
  const done = new Set<string>();
  const items = new Map<string, FeedItem>();
  const failures: { url: string; reason: string }[] = [];
  while (queue.length > 0 && done.size < maxSitemaps) {
    const url = queue.shift() as string;
    if (done.has(url)) {
      continue;
    }
    done.add(url);
    let doc: { text: string; url: string };
    try {
      doc = await fetchText(url);
    } catch (err) {
      const code = (err as { code?: unknown }).code;
      failures.push({
        url,
        reason: typeof code === 'string' ? code : (err as Error).message.slice(0, 200),
      });
      continue;
    }
    const children = parseSitemapIndex(doc.text, doc.url);
    if (children) {
      queue.push(...children.filter((c) => sitemapInWindows(c, windows)).map((c) => c.loc));
      continue;
    }
    for (const item of parseSitemap(doc.text, doc.url).items) {
      if (entryWorthReading(item, windows) && !items.has(item.link)) {
        items.set(item.link, item);
      }
    }
  }
  return { items: [...items.values()], sitemapsRead: done.size, failures };
}
