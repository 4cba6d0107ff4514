import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backfillCommand, type CommandIo } from '@pw/crawler';
import { FinalStages } from '@pw/domain';
import {
  CellState,
  EventType,
  createArticleRepository,
  createBackfillTasks,
  createCoverage,
  createEventLog,
  createSeasonWatch,
} from '@pw/storage';
import { send, startNewsServer, type NewsServer } from '../support/news-server.ts';
import {
  startPipeline,
  writeSourcesFile,
  type RunningPipeline,
} from '../support/pipeline-harness.ts';
import { readSeeds, serveSeedSite } from '../support/seed-site.ts';
import { eventually, useServices } from '../support/use-services.ts';

const rss = (items: string[]) =>
  `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Berita</title>${items.join('')}</channel></rss>`;
const item = (link: string, title: string, pubDate: string, source?: string) =>
  `<item><title>${title}</title><link>${link.replaceAll('&', '&amp;')}</link><pubDate>${pubDate}</pubDate>${
    source ? `<source url="${source}">Contoh</source>` : ''
  }</item>`;
const xml = { 'content-type': 'application/rss+xml; charset=utf-8' };

/**
 * A local server plays Google News and Bing News (pagination, an empty answer, a 429 with
 * Retry-After, a click-through link) and one outlet's sitemap index (a child out of the window,
 * a child behind a redirect); the backfill sends what it finds through the real pipeline.
 */
describe('backfill, coverage and the season watch', () => {
  const services = useServices();
  let server: NewsServer;
  let pipeline: RunningPipeline | undefined;
  let sourcesFile: string;
  let env: NodeJS.ProcessEnv;
  const seeds = readSeeds();
  const output: string[] = [];
  const io: CommandIo = {
    out: (t) => void output.push(t),
    err: (t) => void output.push(t),
    isTty: false,
  };

  beforeAll(async () => {
    server = await startNewsServer();
    serveSeedSite(server, seeds);
    const base = server.url;
    const page = (id: string) => `${base}/seeds/${id}.html`;
    let googleCalls = 0;
    server.route('/rss/search', (req, res) => {
      const q = new URL(req.url ?? '/', base).searchParams.get('q') ?? '';
      if (!q.startsWith('"Paritrana Award" after:')) {
        return send(res, 200, rss([]), xml); // every other query: an empty answer
      }
      // each run's first ask is told to wait a second
      googleCalls++;
      if (googleCalls % 2 === 1) {
        return send(res, 429, 'slow down', { 'retry-after': '1' });
      }
      send(
        res,
        200,
        rss([
          item(page('seed-000'), 'Bojonegoro juara', 'Tue, 29 Jul 2025 08:00:00 GMT', base),
          // a click-through link that carries the publisher's URL
          item(
            `http://localhost:${server.port}/click?url=${encodeURIComponent(page('seed-004'))}`,
            'Gianyar',
            'Thu, 08 Aug 2024 08:00:00 GMT',
          ),
          // outside the 2024 edition's window: dropped
          item(`${base}/lama/2019.html`, 'Lama', 'Mon, 05 Aug 2019 08:00:00 GMT'),
        ]),
        xml,
      );
    });
    server.route('/news/search', (req, res) => {
      const params = new URL(req.url ?? '/', base).searchParams;
      if (params.get('q') !== '"Paritrana Award" 2024') {
        return send(res, 200, rss([]), xml);
      }
      const first = Number(params.get('first') ?? '1');
      const pages: Record<number, string[]> = {
        1: [item(page('seed-003'), 'Kabupaten Bandung', 'Sat, 24 Aug 2024 08:00:00 GMT')],
        // a link that redirects to the article
        11: [item(`${base}/pindah/seed-002`, 'Berita', 'Fri, 09 Aug 2024 08:00:00 GMT')],
      };
      send(res, 200, rss(pages[first] ?? []), xml);
    });
    server.route('/pindah/seed-002', (_req, res) =>
      send(res, 301, '', { location: page('seed-002') }),
    );
    server.route('/sitemap-index.xml', (_req, res) =>
      send(
        res,
        200,
        `<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>${base}/sitemaps/2015-01.xml</loc></sitemap>
<sitemap><loc>${base}/sitemaps/terbaru</loc></sitemap>
</sitemapindex>`,
        { 'content-type': 'application/xml' },
      ),
    );
    server.route('/sitemaps/terbaru', (_req, res) =>
      send(res, 302, '', { location: `${base}/sitemaps/2025-08.xml` }),
    );
    server.route('/sitemaps/2025-08.xml', (_req, res) =>
      send(
        res,
        200,
        `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>${page('seed-001')}</loc><news:news><news:publication_date>2025-08-05T10:00:00+08:00</news:publication_date><news:title>Kota Bontang raih Paritrana Award 2025</news:title></news:news></url>
<url><loc>${base}/harga-cabai.html</loc><news:news><news:publication_date>2025-08-06T10:00:00+08:00</news:publication_date><news:title>Harga cabai naik</news:title></news:news></url>
</urlset>`,
        { 'content-type': 'application/xml' },
      ),
    );

    sourcesFile = writeSourcesFile([]);
    writeFileSync(
      sourcesFile,
      JSON.stringify({
        sources: [
          {
            id: 'kabar-contoh',
            name: 'Kabar Contoh',
            outlet: 'kabar-contoh.id',
            province: 'Kalimantan Timur',
            kind: 'sitemap',
            url: `${base}/sitemap-index.xml`,
            pollIntervalMinutes: 60,
            enabled: false,
            feedStatus: 'known',
          },
        ],
      }),
    );
    env = {
      REDIS_URL: services.redisUrl,
      MONGODB_URL: services.mongoUrl,
      MONGODB_DB: services.dbName,
      QUEUE_PREFIX: services.prefix,
      SOURCES_FILE: sourcesFile,
      FETCH_ALLOW_PRIVATE: '127.0.0.1',
      CRAWLER_HOST_INTERVAL_MS: '5',
      LOG_LEVEL: 'silent',
    };
  });

  afterAll(async () => {
    await pipeline?.stop();
    await server?.close();
  });

  const args = () => ['--editions', '2024', '--google-base', server.url, '--bing-base', server.url];

  it('a dry run counts what it would send, and sends and records nothing', async () => {
    const code = await backfillCommand([...args(), '--dry-run', '--json'], env, io);
    expect(code, output.join('')).toBe(0);
    const summary = JSON.parse(output.at(-1) ?? '{}') as Record<string, unknown>;
    // seed-000, seed-004 (unwrapped), seed-003, seed-002 (paged), seed-001 (sitemap)
    expect(summary).toMatchObject({ dryRun: true, found: 5, created: 5, known: 0, failed: [] });
    expect(await createBackfillTasks(services.mongo.db).list()).toEqual([]);
    const articles = createArticleRepository(services.mongo.db, {
      redis: services.redis,
      prefix: services.prefix,
    });
    expect(Object.values(await articles.countByStage()).reduce((a, b) => a + b, 0)).toBe(0);
  });

  it('finds past reports politely and sends them through the pipeline', async () => {
    const googleBefore = server.hits('/rss/search');
    const code = await backfillCommand([...args(), '--json'], env, io);
    expect(code, output.join('')).toBe(0);
    const summary = JSON.parse(output.at(-1) ?? '{}') as Record<string, number>;
    expect(summary).toMatchObject({ found: 5, created: 5, known: 0, skipped: 0 });
    // three names on Google (the first told to wait once, then asked again), three on Bing, one
    // of them with two more pages (the last empty)
    expect(server.hits('/rss/search') - googleBefore).toBe(4);
    expect(summary.queries).toBe(3 + 3 + 2);
    // the index's child outside the window is never read; the redirected child is
    expect(server.hits('/sitemaps/2015-01.xml')).toBe(0);
    expect(server.hits('/sitemaps/2025-08.xml')).toBeGreaterThan(0);
    expect(server.hits('/harga-cabai.html')).toBe(0);

    pipeline = await startPipeline(services, sourcesFile);
    const articles = createArticleRepository(services.mongo.db, {
      redis: services.redis,
      prefix: services.prefix,
    });
    await eventually(
      'every backfilled article at a final stage',
      async () => {
        const counts = await articles.countByStage();
        const final = FinalStages.reduce((n, stage) => n + (counts[stage] ?? 0), 0);
        return final === 5 ? counts : null;
      },
      90_000,
    );
    expect((await articles.countByStage()).failed ?? 0).toBe(0);
  });

  it('a rerun skips every finished task and finds nothing new', async () => {
    const before = server.hits('/rss/search') + server.hits('/news/search');
    const code = await backfillCommand([...args(), '--json'], env, io);
    expect(code, output.join('')).toBe(0);
    const summary = JSON.parse(output.at(-1) ?? '{}') as Record<string, number>;
    expect(summary.skipped).toBe(summary.tasks);
    expect(summary.queries).toBe(0);
    expect(server.hits('/rss/search') + server.hits('/news/search')).toBe(before);
  });

  it('fills the coverage matrix', async () => {
    const coverage = createCoverage(services.mongo.db, {
      outletProvince: (o) => (o === 'kabar-contoh.id' ? 'Kalimantan Timur' : null),
    });
    const m = await coverage.matrix({ editions: [2023, 2024, 2025] });
    expect(m.provinces).toHaveLength(38);
    const cell = (province: string, edition: number) =>
      m.cells.find(
        (c) => c.province === province && c.edition === edition && c.level === 'provinsi',
      );
    expect(cell('Jawa Timur', 2024)?.state).toBe(CellState.Winners);
    expect(cell('Jawa Timur', 2024)?.review.new).toBeGreaterThan(0);
    expect(cell('Bali', 2024)?.records).toBeGreaterThanOrEqual(3);
    expect(cell('Kalimantan Timur', 2025)?.outlets.length).toBeGreaterThan(0);
    expect(cell('Aceh', 2024)?.state).toBe(CellState.Empty);
  });

  it('raises "expected but not seen" once for a province whose window has passed', async () => {
    const events = createEventLog(services.mongo.db);
    const coverage = createCoverage(services.mongo.db, { outletProvince: () => null });
    const watch = createSeasonWatch(services.mongo.db, { coverage, events });
    // the next year, well after every learnt window, nothing has been seen
    const later = new Date(Date.UTC(new Date().getUTCFullYear() + 1, 11, 20));
    const missing = await watch.check(later, 30);
    const provinces = missing.map((m) => m.province);
    expect(provinces).toContain('Jawa Timur');
    expect(provinces).not.toContain('Aceh'); // no past ceremony, no window
    const id = `${EventType.CoverageMissing}:${later.getUTCFullYear()}:Jawa Timur`;
    const event = await events.get(id);
    expect(event?.type).toBe(EventType.CoverageMissing);
    expect((event?.data.searchLinks as string[])[0]).toContain('news.google.com');
    // a second check appends nothing new
    await watch.check(later, 30);
    const all = await events.list(undefined, 1000);
    expect(all.filter((e) => e._id === id)).toHaveLength(1);
    // early in the year nothing is overdue yet
    expect(await watch.check(new Date(Date.UTC(later.getUTCFullYear(), 0, 5)), 30)).toEqual([]);
  });
});
