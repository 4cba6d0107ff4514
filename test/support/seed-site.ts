import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { NewsServer } from './news-server.ts';
import { send } from './news-server.ts';

/** One seed article as the tests serve it. */
export interface SeedArticle {
  id: string;
  outlet: string | null;
  text: string;
}

/** The five seed articles (copied from ../shared/corpus/seeds into test/fixtures/seeds). */
export function readSeeds(): SeedArticle[] {
  const path = fileURLToPath(new URL('../fixtures/seeds/articles.jsonl', import.meta.url));
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as SeedArticle);
}

const escape = (s: string) =>
  s
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');

/** A simple news page: headline from the first sentence, one <p> per paragraph, some page chrome. */
export function renderSeedPage(seed: SeedArticle): string {
  const paragraphs = seed.text.split('\n').filter((p) => p.trim());
  const title = (paragraphs[0] ?? seed.id).split(/(?<=\.)\s/)[0]!.slice(0, 120);
  return `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>${escape(title)}</title>
<meta property="og:site_name" content="${escape(seed.outlet ?? 'Contoh Berita')}">
<meta property="article:published_time" content="2025-08-06T09:00:00+07:00"></head>
<body><nav><a href="/">Beranda</a> <a href="/daerah">Daerah</a></nav>
<article><h1>${escape(title)}</h1>
${paragraphs.map((p) => `<p>${escape(p)}</p>`).join('\n')}
</article><footer>Hak cipta dilindungi</footer></body></html>`;
}

/** Serves the seeds as pages under /seeds/<id>.html and an RSS feed of them at `feedPath`. */
export function serveSeedSite(
  server: NewsServer,
  seeds: SeedArticle[],
  feedPath = '/seeds/feed.xml',
): string {
  for (const seed of seeds) {
    server.route(`/seeds/${seed.id}.html`, (_req, res) =>
      send(res, 200, renderSeedPage(seed), { 'content-type': 'text/html; charset=utf-8' }),
    );
  }
  server.route(feedPath, (_req, res, base) => {
    const items = seeds
      .map(
        (s) =>
          `<item><title>${escape(s.id)}</title><link>${base}/seeds/${s.id}.html?utm_source=rss</link>` +
          `<pubDate>Wed, 06 Aug 2025 02:00:00 GMT</pubDate></item>`,
      )
      .join('');
    send(
      res,
      200,
      `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Seeds</title><link>${base}</link>${items}</channel></rss>`,
      {
        'content-type': 'application/rss+xml; charset=utf-8',
      },
    );
  });
  return `${server.url}${feedPath}`;
}
