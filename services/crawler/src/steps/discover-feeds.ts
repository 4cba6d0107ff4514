import { errorCode, errorMessage } from '@pw/domain';
import { load } from 'cheerio';
import { decodeBody } from './decode-body.ts';
import type { FetchResult } from './fetch-url.ts';
import { parseFeed } from './parse-feed.ts';

/** A feed or news sitemap that was fetched and parsed, and how it was found. */
export type DiscoveredFeed = {
  url: string;
  kind: 'rss' | 'atom' | 'sitemap';
  via: 'link-alternate' | 'common-path' | 'robots-sitemap';
  title: string | null;
  /** Items in the feed, or <url> entries in the sitemap. */
  items: number;
};
/** What discovery needs: a (guarded) fetch, and optionally a robots.txt check. */
export type DiscoverDeps = {
  fetch: (url: string) => Promise<FetchResult>;
  isAllowed?: (url: string) => Promise<boolean>;
};
/** Verified feeds, best first, plus the candidates that failed and why. */
export type Discovery = {
  base: string;
  feeds: DiscoveredFeed[];
  failed: Array<{ url: string; reason: string }>;
};

/** Paths where CMSs put their feeds when the home page does not link one. */
export const CommonFeedPaths = [
  '/feed/',
  '/rss',
  '/rss.xml',
  '/feed.xml',
  '/atom.xml',
  '/index.xml',
];
const feedTypes = /^application\/(rss|atom)\+xml$/i;

function baseOf(site: string): string {
  return new URL(/^https?:\/\//i.test(site) ? site : `https://${site}/`).origin + '/';
}

function reasonOf(error: unknown): string {
  return errorCode(error) ?? errorMessage(error);
}

async function linkedFeeds(base: string, deps: DiscoverDeps): Promise<string[]> {
  const home = await deps.fetch(base);
  const $ = load(decodeBody(home.body, home.contentType).text);
  return $('link[rel~="alternate"][href]')
    .toArray()
    .filter((el) => feedTypes.test($(el).attr('type')?.trim() ?? ''))
    .filter(
      (el) => !/comment|komentar/i.test(`${$(el).attr('title') ?? ''} ${$(el).attr('href') ?? ''}`),
    )
    .map((el) => new URL($(el).attr('href') ?? '', home.url).href);
}

async function sitemapsFromRobots(base: string, deps: DiscoverDeps): Promise<string[]> {
  const robots = await deps.fetch(new URL('/robots.txt', base).href);
  const text = decodeBody(robots.body, robots.contentType).text;
  return [...text.matchAll(/^\s*sitemap\s*:\s*(\S+)/gim)].map(
    (m) => new URL(m[1] ?? '', base).href,
  );
}

async function verify(
  url: string,
  via: DiscoveredFeed['via'],
  deps: DiscoverDeps,
): Promise<DiscoveredFeed> {
  const res = await deps.fetch(url);
  const text = decodeBody(res.body, res.contentType).text;
  if (via === 'robots-sitemap') {
    const title = /xmlns:news=|<news:news>/i.test(text) ? 'news sitemap' : 'sitemap';
    return {
      url: res.url,
      kind: 'sitemap',
      via,
      title,
      items: (text.match(/<loc>/gi) ?? []).length,
    };
  }
  const feed = await parseFeed(text, res.url);
  const kind = /<feed[\s>]/i.test(text.slice(0, 2000)) ? 'atom' : 'rss';
  return { url: res.url, kind, via, title: feed.title, items: feed.items.length };
}

/**
 * Finds an outlet's feeds: `<link rel="alternate">` on the home page, common CMS paths
 * (WordPress `/feed/`, `/rss`, …) and the `Sitemap:` lines of robots.txt. Every candidate is
 * fetched and parsed; only the ones that work are returned, feeds before sitemaps.
 */
export async function discoverFeeds(site: string, deps: DiscoverDeps): Promise<Discovery> {
  const base = baseOf(site);
  const failed: Discovery['failed'] = [];
  const candidates: Array<[string, DiscoveredFeed['via']]> = [];
  const collect = async (via: DiscoveredFeed['via'], find: () => Promise<string[]>) => {
    try {
      candidates.push(
        ...(await find()).map((url) => [url, via] as [string, DiscoveredFeed['via']]),
      );
    } catch (error) {
      failed.push({
        url: via === 'robots-sitemap' ? `${base}robots.txt` : base,
        reason: reasonOf(error),
      });
    }
  };
  await collect('link-alternate', () => linkedFeeds(base, deps));
  await collect('common-path', () =>
    Promise.resolve(CommonFeedPaths.map((p) => new URL(p, base).href)),
  );
  await collect('robots-sitemap', () => sitemapsFromRobots(base, deps));

  const feeds: DiscoveredFeed[] = [];
  const tried = new Set<string>();
  for (const [url, via] of candidates) {
    if (tried.has(url) || (deps.isAllowed !== undefined && !(await deps.isAllowed(url)))) {
      continue;
    }
    tried.add(url);
    try {
      const feed = await verify(url, via, deps);
      if (!feeds.some((f) => f.url === feed.url)) {
        feeds.push(feed);
      }
    } catch (error) {
      failed.push({ url, reason: reasonOf(error) });
    }
  }
  return {
    base,
    feeds: feeds.sort((a, b) => Number(a.kind === 'sitemap') - Number(b.kind === 'sitemap')),
    failed,
  };
}
