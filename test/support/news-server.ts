import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { type AddressInfo } from 'node:net';
import { extname, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/** Serves one request; `url` is the server's base URL (http://127.0.0.1:PORT). */
export type RouteHandler = (
  req: IncomingMessage,
  res: ServerResponse,
  url: string,
) => void | Promise<void>;

/** A running local news server. */
export type NewsServer = {
  url: string;
  port: number;
  /** Adds or replaces the handler for an exact path (query string ignored). */
  route(path: string, handler: RouteHandler): void;
  /** How many requests a path has received. */
  hits(path: string): number;
  close(): Promise<void>;
};

const fixturesDir = fileURLToPath(new URL('../fixtures/', import.meta.url));
const types: Record<string, string> = {
  '.xml': 'application/rss+xml; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json',
};

/** Reads a file under test/fixtures/ (e.g. 'feeds/rss2.xml'). */
export function readFixture(path: string): Promise<Buffer> {
  return readFile(fixturesDir + normalize(path).replace(/^(\.\.[/\\])+/, ''));
}

/** Sends a complete response. */
export function send(
  res: ServerResponse,
  status: number,
  body: string | Buffer = '',
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...headers });
  res.end(body);
}

function redirect(to: (base: string) => string, status = 302): RouteHandler {
  return (_req, res, base) => send(res, status, '', { location: to(base) });
}

function query(req: IncomingMessage, name: string, fallback: number): number {
  const value = new URL(req.url ?? '/', 'http://x').searchParams.get(name);
  return value === null ? fallback : Number(value);
}

// "Perusahaan “Jaya” raih penghargaan – Rp 5 juta" + é, in windows-1252 bytes
const cp1252Text = Buffer.concat([
  Buffer.from('<html><head><title>Caf\u00e9 Contoh</title></head><body><p>Perusahaan ', 'latin1'),
  Buffer.from([0x93]),
  Buffer.from('Jaya', 'latin1'),
  Buffer.from([0x94]),
  Buffer.from(' raih penghargaan ', 'latin1'),
  Buffer.from([0x96]),
  Buffer.from(' Rp 5 juta, kata Jos\u00e9.</p></body></html>', 'latin1'),
]);

let gzipBomb: Buffer | null = null;

/** The built-in misbehaviour routes; see startNewsServer. */
export const defaultRoutes: Record<string, RouteHandler> = {
  '/': async (_req, res) =>
    send(res, 200, await readFixture('pages/home.html'), {
      'content-type': types['.html'] as string,
    }),
  '/feed/': async (_req, res) =>
    send(res, 200, await readFixture('feeds/rss2.xml'), {
      'content-type': 'application/rss+xml; charset=UTF-8',
    }),
  '/robots.txt': (_req, res, base) =>
    send(res, 200, `User-agent: *\nDisallow: /private/\n\nSitemap: ${base}/sitemap.xml\n`),
  '/sitemap.xml': (_req, res, base) =>
    send(
      res,
      200,
      `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>${base}/berita/1</loc></url></urlset>`,
      { 'content-type': 'application/xml' },
    ),
  '/slow-drip': (req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain' });
    const timer = setInterval(() => res.write('x'), query(req, 'ms', 50));
    res.on('close', () => clearInterval(timer));
  },
  '/endless': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain' });
    const chunk = Buffer.alloc(16 * 1024, 'a');
    const pump = () => {
      while (!res.destroyed && res.write(chunk)) {
        // keep writing until the socket pushes back
      }
      if (!res.destroyed) {
        res.once('drain', pump);
      }
    };
    pump();
  },
  '/oversize': (req, res) =>
    send(res, 200, Buffer.alloc(query(req, 'bytes', 2 * 1024 * 1024), 'b')),
  '/gzip-bomb': (_req, res) => {
    gzipBomb ??= gzipSync(Buffer.alloc(20 * 1024 * 1024)); // ~20 KiB on the wire, 20 MiB inflated
    send(res, 200, gzipBomb, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
  },
  '/gzip-ok': async (_req, res) =>
    send(res, 200, gzipSync(await readFixture('feeds/rss2.xml')), {
      'content-type': 'application/rss+xml',
      'content-encoding': 'gzip',
    }),
  '/hang': () => undefined, // accepts and never answers: header timeout
  '/redirect-loop/a': redirect((b) => `${b}/redirect-loop/b`),
  '/redirect-loop/b': redirect(() => '/redirect-loop/a'),
  '/redirect-chain': (req, res) => {
    const n = query(req, 'n', 10);
    send(res, 301, '', {
      location: n <= 0 ? '/fixtures/feeds/rss2.xml' : `/redirect-chain?n=${n - 1}`,
    });
  },
  '/redirect-local': redirect((b) => `${b}/fixtures/feeds/rss2.xml`),
  '/redirect-loopback-v6': redirect(
    (b) => `http://[::1]:${new URL(b).port}/fixtures/feeds/rss2.xml`,
  ),
  '/redirect-private': redirect(() => 'http://10.0.0.1/'),
  '/redirect-metadata': redirect(() => 'http://169.254.169.254/latest/meta-data'),
  '/redirect-ftp': redirect(() => 'ftp://127.0.0.1/feed.xml'),
  '/charset/cp1252-labelled-utf8': (_req, res) =>
    send(res, 200, cp1252Text, { 'content-type': 'text/html; charset=utf-8' }),
  '/charset/utf8-labelled-cp1252': (_req, res) =>
    send(
      res,
      200,
      Buffer.from(cp1252Text.toString('latin1').replace(/[\x80-\x9f]/g, '"'), 'utf8'),
      {
        'content-type': 'text/html; charset=windows-1252',
      },
    ),
  '/charset/cp1252': (_req, res) =>
    send(res, 200, cp1252Text, { 'content-type': 'text/html; charset=windows-1252' }),
  '/feeds/html-as-feed': async (_req, res) =>
    send(res, 200, await readFixture('pages/article.html'), {
      'content-type': 'application/rss+xml',
    }),
  '/status/404': (_req, res) => send(res, 404, 'Halaman tidak ditemukan'),
  '/status/410': (_req, res) => send(res, 410, 'Sudah dihapus'),
  '/status/429': (_req, res) =>
    send(res, 429, 'Terlalu banyak permintaan', { 'retry-after': '120' }),
  '/status/503': (_req, res) =>
    send(res, 503, 'Sedang pemeliharaan', {
      'retry-after': new Date(Date.now() + 60_000).toUTCString(),
    }),
  '/status/500': (_req, res) => send(res, 500, 'Kesalahan server', { 'retry-after': '5' }),
  '/counted/feed.xml': async (req, res) => {
    const etag = '"rss2-v1"';
    const lastModified = 'Tue, 29 Jul 2025 07:05:00 GMT';
    if (
      req.headers['if-none-match'] === etag ||
      req.headers['if-modified-since'] === lastModified
    ) {
      send(res, 304, '', { etag, 'last-modified': lastModified });
      return;
    }
    send(res, 200, await readFixture('feeds/rss2.xml'), {
      'content-type': 'application/rss+xml; charset=utf-8',
      etag,
      'last-modified': lastModified,
    });
  },
};

/** One article for renderRss / renderArticlePage / serveArticles. */
export type SampleArticle = {
  path: string;
  title: string;
  text: string;
  publishedAt?: Date;
  siteName?: string;
  author?: string;
};

const escapeXml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** An RSS 2.0 feed linking the given articles (their paths resolved against `base`). */
export function renderRss(base: string, articles: SampleArticle[], title = 'Umpan Uji'): string {
  const items = articles.map(
    (a) =>
      `<item><title>${escapeXml(a.title)}</title><link>${escapeXml(new URL(a.path, base).href)}</link>` +
      (a.publishedAt ? `<pubDate>${a.publishedAt.toUTCString()}</pubDate>` : '') +
      '</item>',
  );
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>${escapeXml(title)}</title><link>${escapeXml(base)}</link><description>uji</description>${items.join('')}</channel></rss>`;
}

/** A plain news page: og tags, JSON-LD datePublished, one <p> per paragraph of `text`. */
export function renderArticlePage(a: SampleArticle): string {
  const ld = JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: a.title,
    datePublished: a.publishedAt?.toISOString(),
    author: a.author ? { '@type': 'Person', name: a.author } : undefined,
  }).replace(/</g, '\\u003c');
  const paragraphs = a.text
    .split(/\n\s*\n/)
    .map((p) => `<p>${escapeXml(p.trim())}</p>`)
    .join('\n');
  return `<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>${escapeXml(a.title)}</title>
<meta property="og:title" content="${escapeXml(a.title)}"><meta property="og:site_name" content="${escapeXml(a.siteName ?? 'Warta Uji')}">
<script type="application/ld+json">${ld}</script></head><body><nav><a href="/">Beranda</a></nav>
<article><h1>${escapeXml(a.title)}</h1><div class="entry-content">${paragraphs}</div></article><footer>Warta Uji</footer></body></html>`;
}

/** Serves each article as an HTML page at its path plus an RSS feed of them; returns the feed URL. */
export function serveArticles(
  server: NewsServer,
  articles: SampleArticle[],
  feedPath = '/umpan.xml',
): string {
  for (const article of articles) {
    server.route(new URL(article.path, server.url).pathname, (_req, res) =>
      send(res, 200, renderArticlePage(article), { 'content-type': 'text/html; charset=utf-8' }),
    );
  }
  server.route(feedPath, (_req, res, base) =>
    send(res, 200, renderRss(base, articles), {
      'content-type': 'application/rss+xml; charset=utf-8',
    }),
  );
  return `${server.url}${feedPath}`;
}

async function serveFixture(path: string, res: ServerResponse): Promise<boolean> {
  if (!path.startsWith('/fixtures/') || path.includes('..')) {
    return false;
  }
  try {
    const body = await readFixture(path.slice('/fixtures/'.length));
    send(res, 200, body, { 'content-type': types[extname(path)] ?? 'application/octet-stream' });
    return true;
  } catch {
    return false;
  }
}

/**
 * Starts an HTTP server on 127.0.0.1 (random port) that serves test/fixtures/ under /fixtures/
 * plus the misbehaving routes above (slow drip, endless, oversize, gzip bomb, redirect loops and
 * redirects to private addresses, lying charsets, HTTP errors with Retry-After, robots.txt,
 * a home page with feed links, a WordPress-like /feed/, a conditional-GET feed). Nothing here
 * ever leaves the machine.
 */
export async function startNewsServer(
  options: { routes?: Record<string, RouteHandler> } = {},
): Promise<NewsServer> {
  const routes = new Map(Object.entries({ ...defaultRoutes, ...options.routes }));
  const counts = new Map<string, number>();
  let base = '';
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    counts.set(path, (counts.get(path) ?? 0) + 1);
    const handler = routes.get(path);
    const done = handler
      ? Promise.resolve(handler(req, res, base)).then(() => true)
      : serveFixture(path, res);
    done
      .then((served) => (served ? undefined : send(res, 404, 'tidak ada')))
      .catch(() => send(res, 500, 'fixture error'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  base = `http://127.0.0.1:${port}`;
  return {
    url: base,
    port,
    route: (path, handler) => void routes.set(path, handler),
    hits: (path) => counts.get(path) ?? 0,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
