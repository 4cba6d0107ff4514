import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  readFixture,
  serveArticles,
  startNewsServer,
  type NewsServer,
} from '../../../../test/support/news-server.ts';
import { canonicalUrl } from './canonical-url.ts';
import { decodeBody } from './decode-body.ts';
import { extractArticle } from './extract-article.ts';
import { fetchUrl } from './fetch-url.ts';
import { hammingDistance, simhash } from './near-duplicate.ts';
import { parseFeed } from './parse-feed.ts';

let server: NewsServer;
beforeAll(async () => {
  server = await startNewsServer();
});
afterAll(() => server.close());
const fetch = (url: string) => fetchUrl(url, { allowAddresses: ['127.0.0.1'] });

describe('the crawler steps together, on articles served by the news server', () => {
  it('goes from a feed to readable article texts with dates, and spots the syndicated copy', async () => {
    const release = (await readFixture('texts/siaran-pers.txt')).toString('utf8');
    const feedUrl = serveArticles(server, [
      {
        path: '/berita/asli?utm_source=rss',
        title: 'Lembah Hijau Raih Penghargaan',
        text: release,
        publishedAt: new Date('2025-07-28T03:00:00Z'),
        author: 'Dewi Lestari',
      },
      {
        path: '/daerah/salinan',
        title: 'Lembah Hijau Kembali Raih Penghargaan',
        text: `LEMBAH HIJAU, Warta Uji - ${release}`,
      },
    ]);
    const feedRes = await fetch(feedUrl);
    const feed = await parseFeed(decodeBody(feedRes.body, feedRes.contentType).text, feedRes.url);
    expect(feed.items.map((i) => canonicalUrl(i.link))).toEqual([
      `${server.url}/berita/asli`,
      `${server.url}/daerah/salinan`,
    ]);
    const pages = await Promise.all(
      feed.items.map(async (item) => {
        const res = await fetch(item.link);
        return extractArticle(decodeBody(res.body, res.contentType).text, res.url);
      }),
    );
    expect(pages[0]).toMatchObject({
      title: 'Lembah Hijau Raih Penghargaan',
      publishedAt: new Date('2025-07-28T03:00:00Z'),
      author: 'Dewi Lestari',
      siteName: 'Warta Uji',
      lang: 'id',
    });
    expect(pages[0]?.text.split('\n\n')).toHaveLength(5);
    expect(pages[0]?.text).not.toContain('Beranda');
    const [a = '', b = ''] = pages.map((p) => simhash(p.text));
    expect(hammingDistance(a, b)).toBeLessThanOrEqual(10);
  });
});
