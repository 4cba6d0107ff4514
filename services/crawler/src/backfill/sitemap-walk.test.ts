import { describe, expect, it } from 'vitest';
import { editionWindow } from './plan.ts';
import { monthInUrl, parseSitemapIndex, sitemapInWindows, walkSitemaps } from './sitemap-walk.ts';

const windows = [editionWindow(2023)];

const index = (children: string[]) =>
  `<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${children.join('')}</sitemapindex>`;
const urlset = (urls: string[]) =>
  `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">${urls.join('')}</urlset>`;
const entry = (loc: string, date: string, title = '') =>
  `<url><loc>${loc}</loc><news:news><news:publication_date>${date}</news:publication_date><news:title>${title}</news:title></news:news></url>`;

describe('monthInUrl', () => {
  it('reads the month a sitemap URL names', () => {
    expect(monthInUrl('https://x.id/sitemap-2024-07.xml')).toEqual({ year: 2024, month: 7 });
    expect(monthInUrl('https://x.id/sitemap/2023/11/news.xml')).toEqual({ year: 2023, month: 11 });
    expect(monthInUrl('https://x.id/sitemap.xml?yyyy=2019&mm=9')).toEqual({ year: 2019, month: 9 });
    expect(monthInUrl('https://x.id/sitemap-posts.xml')).toBeNull();
    expect(monthInUrl('https://x.id/sitemap-2024-13.xml')).toBeNull();
  });
});

describe('sitemapInWindows', () => {
  it('walks only children whose month or lastmod can hold the window', () => {
    expect(sitemapInWindows({ loc: 'https://x.id/s-2023-08.xml', lastmod: null }, windows)).toBe(
      true,
    );
    expect(sitemapInWindows({ loc: 'https://x.id/s-2022-12.xml', lastmod: null }, windows)).toBe(
      false,
    );
    expect(
      sitemapInWindows({ loc: 'https://x.id/old.xml', lastmod: new Date('2021-01-01') }, windows),
    ).toBe(false);
    expect(sitemapInWindows({ loc: 'https://x.id/posts.xml', lastmod: null }, windows)).toBe(true);
  });
});

describe('parseSitemapIndex', () => {
  it('lists the children of an index and says null for a urlset', () => {
    const refs = parseSitemapIndex(
      index([
        '<sitemap><loc>/s-2023-08.xml</loc><lastmod>2023-08-31</lastmod></sitemap>',
        '<sitemap><loc>https://x.id/s-2023-09.xml</loc></sitemap>',
      ]),
      'https://x.id/sitemap.xml',
    );
    expect(refs?.map((r) => r.loc)).toEqual([
      'https://x.id/s-2023-08.xml',
      'https://x.id/s-2023-09.xml',
    ]);
    expect(refs?.[0]?.lastmod?.toISOString()).toBe('2023-08-31T00:00:00.000Z');
    expect(parseSitemapIndex(urlset([]), 'https://x.id/')).toBeNull();
  });
});

describe('walkSitemaps', () => {
  it('follows the index into the window, keeps award stories, and reports failures', async () => {
    const docs: Record<string, string> = {
      'https://x.id/sitemap.xml': index([
        '<sitemap><loc>https://x.id/s-2023-08.xml</loc></sitemap>',
        '<sitemap><loc>https://x.id/s-2021-08.xml</loc></sitemap>',
        '<sitemap><loc>https://x.id/s-2023-09.xml</loc></sitemap>',
      ]),
      'https://x.id/s-2023-08.xml': urlset([
        entry('https://x.id/a/pemkot-raih-paritrana', '2023-08-10T08:00:00+07:00'),
        entry('https://x.id/a/harga-beras', '2023-08-11T08:00:00+07:00', 'Harga beras'),
        entry('https://x.id/a/99', '2023-08-12T08:00:00+07:00', 'Paritrana Award untuk desa'),
      ]),
    };
    const asked: string[] = [];
    const walk = await walkSitemaps(
      (url) => {
        asked.push(url);
        const text = docs[url];
        return text === undefined
          ? Promise.reject(Object.assign(new Error('HTTP 404'), { code: 'fetch.http-404' }))
          : Promise.resolve({ text, url });
      },
      ['https://x.id/sitemap.xml'],
      windows,
    );
    expect(asked).not.toContain('https://x.id/s-2021-08.xml');
    expect(walk.items.map((i) => i.link)).toEqual([
      'https://x.id/a/pemkot-raih-paritrana',
      'https://x.id/a/99',
    ]);
    expect(walk.sitemapsRead).toBe(3);
    expect(walk.failures).toEqual([
      { url: 'https://x.id/s-2023-09.xml', reason: 'fetch.http-404' },
    ]);
  });
});
