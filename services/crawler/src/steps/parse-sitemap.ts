import { load } from 'cheerio';
import type { FeedItem, ParsedFeed } from './parse-feed.ts';

/**
 * A (news) sitemap as feed items: `<url><loc>` with the news extension's title and publication
 * date when present. Sitemap indexes (`<sitemapindex>`) yield no items and say so in a warning.
 */
export function parseSitemap(xml: string, sitemapUrl: string): ParsedFeed {
  const $ = load(xml, { xml: true });
  const warnings: string[] = [];
  if ($('sitemapindex').length > 0) {
    warnings.push('a sitemap index: list its news sitemap as the source instead');
  }
  const items: FeedItem[] = [];
  let lost = 0;
  $('url').each((_i, el) => {
    const loc = $(el).children('loc').first().text().trim();
    let link: string;
    try {
      link = new URL(loc, sitemapUrl).href;
    } catch {
      lost++;
      return;
    }
    const date = $(el)
      .find('news\\:publication_date, publication_date, lastmod')
      .first()
      .text()
      .trim();
    const published = date ? new Date(date) : null;
    items.push({
      link,
      title: $(el).find('news\\:title, title').first().text().trim() || null,
      guid: null,
      publishedAt: published && !Number.isNaN(published.getTime()) ? published : null,
      summary: null,
      author: null,
      source: null,
    });
  });
  return { title: null, items, lost, warnings };
}
