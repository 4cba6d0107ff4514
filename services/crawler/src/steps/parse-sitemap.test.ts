import { describe, expect, it } from 'vitest';
import { parseSitemap } from './parse-sitemap.ts';

describe('parseSitemap', () => {
  it('reads a news sitemap into items with titles and dates', () => {
    const xml = `<?xml version="1.0"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
  <url><loc>https://warta.contoh/berita/paritrana-2025</loc>
    <news:news><news:publication_date>2025-08-05T10:00:00+07:00</news:publication_date>
    <news:title>Pemkab Contoh Raih Paritrana Award</news:title></news:news></url>
  <url><loc>/berita/relatif</loc></url>
</urlset>`;
    const feed = parseSitemap(xml, 'https://warta.contoh/sitemap-news.xml');
    expect(feed.items.map((i) => i.link)).toEqual([
      'https://warta.contoh/berita/paritrana-2025',
      'https://warta.contoh/berita/relatif',
    ]);
    expect(feed.items[0]?.title).toBe('Pemkab Contoh Raih Paritrana Award');
    expect(feed.items[0]?.publishedAt?.toISOString()).toBe('2025-08-05T03:00:00.000Z');
  });

  it('says when it was given a sitemap index', () => {
    const feed = parseSitemap(
      '<sitemapindex><sitemap><loc>https://a.contoh/s1.xml</loc></sitemap></sitemapindex>',
      'https://a.contoh/',
    );
    expect(feed.items).toEqual([]);
    expect(feed.warnings[0]).toMatch(/index/);
  });
});
