// A news site on 127.0.0.1 whose home page links its RSS feed, and the fetch that feed discovery
// uses in the browser tests: every host name is answered by that site.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fetchUrl, type FetchResult } from '@pw/crawler';

/** A news site with a home page that links its RSS feed (for feed discovery). */
export async function startNewsSite(): Promise<Server> {
  const feed = `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Kabar Baru</title>
    <link>http://kabarbaru.test/</link><description>Berita daerah</description>
    <item><title>Paritrana Award 2024</title><link>http://kabarbaru.test/berita/1</link></item>
    <item><title>Bupati meninjau desa</title><link>http://kabarbaru.test/berita/2</link></item>
    </channel></rss>`;
  const srv = createServer((req, res) => {
    if (req.url === '/') {
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(
        '<html><head><title>Kabar Baru</title><link rel="alternate" type="application/rss+xml" title="Kabar Baru" href="/feed.xml"></head><body>Beranda</body></html>',
      );
    } else if (req.url === '/feed.xml') {
      res.setHeader('content-type', 'application/rss+xml; charset=utf-8');
      res.end(feed);
    } else {
      res.statusCode = 404;
      res.end('tidak ada');
    }
  });
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  return srv;
}

/** Feed discovery's fetch, with every host name answered by `site` on 127.0.0.1. */
export function fetchVia(site: Server): (url: string) => Promise<FetchResult> {
  const port = (site.address() as AddressInfo).port;
  return (url) =>
    fetchUrl(url.replace(/^https?:\/\/([^/:]+)(:\d+)?/, `http://$1:${port}`), {
      allowAddresses: ['127.0.0.1'],
      resolveHost: () => Promise.resolve([{ address: '127.0.0.1', family: 4 }]),
    });
}
