import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { send, startNewsServer, type NewsServer } from '../../../../test/support/news-server.ts';
import { discoverFeeds } from './discover-feeds.ts';
import { fetchUrl } from './fetch-url.ts';

let server: NewsServer;
beforeAll(async () => {
  server = await startNewsServer();
});
afterAll(() => server.close());
const fetch = (url: string) =>
  fetchUrl(url, { allowAddresses: ['127.0.0.1'], maxRedirects: 2, totalTimeoutMs: 2000 });

describe('discoverFeeds against the news server', () => {
  it('finds linked feeds, the WordPress /feed/ and the robots.txt sitemap, each verified', async () => {
    const found = await discoverFeeds(server.url, { fetch });
    expect(found.base).toBe(`${server.url}/`);
    expect(found.feeds.map((f) => [f.url.replace(server.url, ''), f.kind, f.via, f.items])).toEqual(
      [
        ['/fixtures/feeds/rss2.xml', 'rss', 'link-alternate', 3],
        ['/fixtures/feeds/atom.xml', 'atom', 'link-alternate', 2],
        ['/feed/', 'rss', 'common-path', 3],
        ['/sitemap.xml', 'sitemap', 'robots-sitemap', 1],
      ],
    );
    expect(found.feeds[0]?.title).toBe('Warta Contoh Daerah');
    expect(found.failed.map((f) => f.url.replace(server.url, ''))).toContain('/rss');
  });

  it('skips candidates that robots.txt disallows', async () => {
    const found = await discoverFeeds(server.url, {
      fetch,
      isAllowed: (url) => Promise.resolve(!url.includes('/feed/')),
    });
    expect(found.feeds.some((f) => f.url.endsWith('/feed/'))).toBe(false);
  });

  it('reports a site whose home page fails and still tries the common paths', async () => {
    const dead = await startNewsServer({
      routes: {
        '/': (_req, res) => send(res, 500, 'rusak'),
        '/rss.xml': (_req, res) =>
          send(res, 200, '<rss version="2.0"><channel><title>Satu</title></channel></rss>', {
            'content-type': 'application/rss+xml',
          }),
      },
    });
    try {
      const found = await discoverFeeds(dead.url, { fetch });
      expect(found.failed[0]).toEqual({ url: `${dead.url}/`, reason: 'fetch.http-status' });
      expect(found.feeds.map((f) => f.url)).toContain(`${dead.url}/rss.xml`);
    } finally {
      await dead.close();
    }
  });
});
