import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createArticleRepository, createSourceStateRepository } from '@pw/storage';
import { send, startNewsServer, type NewsServer } from '../support/news-server.ts';
import {
  startPipeline,
  writeSourcesFile,
  type RunningPipeline,
} from '../support/pipeline-harness.ts';
import { readSeeds, renderSeedPage } from '../support/seed-site.ts';
import { eventually, useServices } from '../support/use-services.ts';

// Each bad page, and the failure code its article must end with.
const badPages: Record<string, string> = {
  '/slow-drip?ms=300': 'fetch.timeout',
  '/hang': 'fetch.timeout',
  '/endless': 'fetch.too-large',
  '/oversize': 'fetch.too-large',
  '/gzip-bomb': 'fetch.too-large',
  '/redirect-loop/a': 'fetch.redirect-loop',
  '/redirect-private': 'fetch.private-address',
  '/redirect-metadata': 'fetch.private-address',
  '/status/404': 'fetch.http-status',
  '/status/410': 'fetch.http-status',
  '/status/500': 'fetch.http-status',
  '/private/laporan.html': 'fetch.robots-disallowed',
};

const rss = (links: string[]) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>Uji</title>${links
    .map((l, i) => `<item><title>Berita ${i}</title><link>${l}</link></item>`)
    .join('')}</channel></rss>`;

describe('bad input', () => {
  const services = useServices();
  let server: NewsServer;
  let busy: NewsServer;
  let noRobots: NewsServer;
  let pipeline: RunningPipeline;
  const seed = readSeeds()[1]!;

  beforeAll(async () => {
    server = await startNewsServer();
    busy = await startNewsServer();
    noRobots = await startNewsServer();
    noRobots.route('/robots.txt', (_q, res) => send(res, 500, 'rusak'));
    noRobots.route('/feed.xml', (_q, res, base) =>
      send(res, 200, rss([`${base}/berita.html`]), { 'content-type': 'application/rss+xml' }),
    );
    server.route('/good.html', (_q, res) =>
      send(res, 200, renderSeedPage(seed), { 'content-type': 'text/html; charset=utf-8' }),
    );
    server.route('/later.html', (_q, res) =>
      send(
        res,
        200,
        renderSeedPage({ ...seed, id: 'later', text: seed.text.replaceAll('2025', '2026') }),
        {
          'content-type': 'text/html; charset=utf-8',
        },
      ),
    );
    server.route('/bad-feed.xml', (_q, res, base) =>
      send(res, 200, rss([...Object.keys(badPages), '/good.html'].map((p) => base + p)), {
        'content-type': 'application/rss+xml',
      }),
    );
    server.route('/later-feed.xml', (_q, res, base) =>
      send(res, 200, rss([`${base}/later.html`]), { 'content-type': 'application/rss+xml' }),
    );
    busy.route('/feed.xml', (_q, res, base) =>
      send(res, 200, rss([`${base}/status/429`]), { 'content-type': 'application/rss+xml' }),
    );
    const sources = writeSourcesFile([
      { id: 'bad-pages', url: `${server.url}/bad-feed.xml` },
      { id: 'html-as-feed', url: `${server.url}/feeds/html-as-feed` },
      { id: 'truncated', url: `${server.url}/fixtures/feeds/truncated.xml` },
      { id: 'empty', url: `${server.url}/fixtures/feeds/empty.xml` },
      { id: 'missing', url: `${server.url}/status/404` },
      { id: 'busy', url: `${busy.url}/feed.xml` },
      { id: 'later', url: `${server.url}/later-feed.xml` },
      { id: 'no-robots', url: `${noRobots.url}/feed.xml` },
    ]);
    pipeline = await startPipeline(services, sources, {
      FETCH_TIMEOUT_MS: '1500',
      FETCH_MAX_BYTES: '300000',
      JOB_ATTEMPTS: '2',
      JOB_BACKOFF_MS: '100',
    });
  });

  afterAll(async () => {
    await pipeline?.stop();
    await server?.close();
    await busy?.close();
    await noRobots?.close();
  });

  it('fails each bad page visibly with its reason, and still records the good one', async () => {
    const articles = createArticleRepository(services.mongo.db, {
      redis: services.redis,
      prefix: services.prefix,
    });
    const urls = [...Object.keys(badPages), '/good.html'].map((p) => server.url + p);
    await eventually(
      'every article from the bad feed final',
      async () => {
        const found = await Promise.all(urls.map((u) => articles.findByUrl(u)));
        return found.every((a) => a && ['failed', 'recorded', 'rejected'].includes(a.stage));
      },
      60_000,
    );
    const failed = await articles.listByStage('failed', 100);
    const codes = Object.fromEntries(
      failed.map((a) => [new URL(a.url).pathname + new URL(a.url).search, a.failure?.code]),
    );
    for (const [path, code] of Object.entries(badPages)) {
      expect({ path, code: codes[path] }).toEqual({ path, code });
    }
    for (const a of failed) {
      expect(a.failure?.message.length).toBeGreaterThan(0);
    }
    const recorded = await articles.listByStage('recorded', 100);
    expect(recorded.map((a) => new URL(a.url).pathname)).toContain('/good.html');
  });

  it('records feed errors on the source and keeps what a broken feed still holds', async () => {
    const states = createSourceStateRepository(services.mongo.db);
    const state = (id: string) =>
      eventually(`state of ${id}`, async () =>
        (await states.get(id))?.lastPolledAt ? states.get(id) : null,
      );
    expect((await state('html-as-feed'))?.lastError?.code).toMatch(/^feed\./);
    expect((await state('missing'))?.lastError?.code).toBe('fetch.http-status');
    expect((await state('empty'))?.status).toBe('ok');
    const truncated = await state('truncated');
    expect(truncated?.status).toBe('ok');
    expect(truncated?.itemsSeen).toBeGreaterThan(0);
  });

  it('does not fetch while robots.txt cannot be read, and says so rather than calling it a ban', async () => {
    const states = createSourceStateRepository(services.mongo.db);
    const state = await eventually('the no-robots source polled', async () => {
      const s = await states.get('no-robots');
      return s?.lastPolledAt ? s : null;
    });
    expect(state.lastError?.code).toBe('fetch.robots-unavailable');
    expect(noRobots.hits('/feed.xml')).toBe(0);
  });

  it('waits out a 429 for that host only, losing nothing, while other hosts go on', async () => {
    const articles = createArticleRepository(services.mongo.db, {
      redis: services.redis,
      prefix: services.prefix,
    });
    const waiting = await eventually('the 429 article seen', async () =>
      articles.findByUrl(`${busy.url}/status/429`),
    );
    await eventually(
      'the other host still served',
      async () => {
        const later = await articles.findByUrl(`${server.url}/later.html`);
        return later?.stage === 'recorded';
      },
      30_000,
    );
    const again = await articles.get(waiting._id);
    expect(again.stage).toBe('discovered');
    const job = await pipeline.producer.queue('fetch').getJob(`fetch-${waiting._id}`);
    expect(await job?.getState()).toBe('delayed');
  });
});
