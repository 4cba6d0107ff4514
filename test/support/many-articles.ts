import type { NewsServer } from './news-server.ts';
import { send } from './news-server.ts';
import { renderSeedPage, type SeedArticle } from './seed-site.ts';

/** Serves `count` distinct copies of the seed articles (each a different winner year) and a feed of them. */
export function serveManyArticles(
  server: NewsServer,
  seeds: SeedArticle[],
  count: number,
  feedPath: string,
): string {
  const links: string[] = [];
  for (let i = 0; i < count; i++) {
    const seed = seeds[i % seeds.length]!;
    const path = `${feedPath}-page/${i}.html`;
    // a distinct article: same story shape, another edition year, so it is not a re-post
    const text = seed.text.replaceAll(
      /20(2\d)/g,
      (_m, y: string) => `20${(Number(y) + 10 + i) % 100}`,
    );
    server.route(path, (_req, res) =>
      send(res, 200, renderSeedPage({ ...seed, id: `${seed.id}-${i}`, text }), {
        'content-type': 'text/html; charset=utf-8',
      }),
    );
    links.push(path);
  }
  server.route(feedPath, (_req, res, base) => {
    const items = links
      .map((l, i) => `<item><title>Artikel ${i}</title><link>${base}${l}</link></item>`)
      .join('');
    send(
      res,
      200,
      `<?xml version="1.0"?><rss version="2.0"><channel><title>Banyak</title>${items}</channel></rss>`,
      {
        'content-type': 'application/rss+xml',
      },
    );
  });
  return `${server.url}${feedPath}`;
}

/** Serves an RSS feed of `count` items (links only: pages are not served); `version` adds items. */
export function serveBigFeed(server: NewsServer, count: number, feedPath: string): string {
  server.route(feedPath, (req, res, base) => {
    const extra = Number(new URL(req.url ?? '/', base).searchParams.get('extra') ?? 0);
    const items: string[] = [];
    for (let i = 0; i < count + extra; i++) {
      items.push(
        `<item><title>Berita ${i}</title><link>${base}/besar/${i}.html?utm_source=rss</link>` +
          `<pubDate>Sat, 05 Dec 2026 0${i % 10}:00:00 GMT</pubDate></item>`,
      );
    }
    send(
      res,
      200,
      `<?xml version="1.0"?><rss version="2.0"><channel><title>Besar</title>${items.join('')}</channel></rss>`,
      { 'content-type': 'application/rss+xml' },
    );
  });
  return `${server.url}${feedPath}`;
}
