import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNewsServer, type NewsServer } from '../../../../test/support/news-server.ts';
import { createRobotsChecker, createRobotsFetch, type RobotsResponse } from './robots.ts';

describe('robots.txt from the news server', () => {
  let server: NewsServer;
  beforeAll(async () => {
    server = await startNewsServer();
  });
  afterAll(() => server.close());

  it('refuses a disallowed path, allows the rest, and fetches the file once', async () => {
    const robots = createRobotsChecker({
      fetchRobotsTxt: createRobotsFetch({ allowAddresses: ['127.0.0.1'] }),
    });
    const before = server.hits('/robots.txt');
    expect(await robots.isAllowed(`${server.url}/private/laporan`)).toBe(false);
    expect(await robots.isAllowed(`${server.url}/berita/1`)).toBe(true);
    expect(await robots.sitemaps(`${server.url}/`)).toEqual([`${server.url}/sitemap.xml`]);
    expect(server.hits('/robots.txt')).toBe(before + 1);
  });

  it('treats a robots.txt that is not allowed to be fetched (guarded address) as unreachable', async () => {
    const robots = createRobotsChecker({
      fetchRobotsTxt: createRobotsFetch({ allowAddresses: [] }),
    });
    expect(await robots.isAllowed(`${server.url}/berita/1`)).toBe(false);
  });
});

describe('robots.txt rules and cache', () => {
  const checker = (responses: RobotsResponse[], clock = { t: 0 }) => {
    const calls: string[] = [];
    const robots = createRobotsChecker({
      fetchRobotsTxt: (url) => {
        calls.push(url);
        return Promise.resolve(
          responses[Math.min(calls.length - 1, responses.length - 1)] as RobotsResponse,
        );
      },
      ttlMs: 1000,
      failureTtlMs: 100,
      now: () => clock.t,
    });
    return { robots, calls, clock };
  };

  it('matches rules for our own agent name and reads Crawl-delay', async () => {
    const text =
      'User-agent: ParitranaWatchBot\nDisallow: /arsip/\nCrawl-delay: 2\n\nUser-agent: *\nDisallow: /\n';
    const { robots } = checker([{ status: 200, text }]);
    expect(await robots.isAllowed('https://warta.test/berita/1')).toBe(true);
    expect(await robots.isAllowed('https://warta.test/arsip/1')).toBe(false);
    expect(await robots.isAllowed('https://warta.test/berita/1', 'OtherBot')).toBe(false);
    expect(await robots.crawlDelayMs('https://warta.test/')).toBe(2000);
  });

  it('allows everything when robots.txt is missing (404)', async () => {
    const { robots } = checker([{ status: 404, text: '' }]);
    expect(await robots.isAllowed('https://warta.test/apa/saja')).toBe(true);
  });

  it('allows nothing while the server fails (503), then asks again sooner', async () => {
    const { robots, calls, clock } = checker([
      { status: 503, text: '' },
      { status: 200, text: '' },
    ]);
    expect(await robots.isAllowed('https://warta.test/a')).toBe(false);
    clock.t = 150;
    expect(await robots.isAllowed('https://warta.test/a')).toBe(true);
    expect(calls).toHaveLength(2);
  });

  it('caches by origin until the TTL runs out, sharing one fetch between concurrent callers', async () => {
    const { robots, calls, clock } = checker([
      { status: 200, text: 'User-agent: *\nDisallow: /x' },
    ]);
    await Promise.all([robots.isAllowed('https://a.test/1'), robots.isAllowed('https://a.test/2')]);
    await robots.isAllowed('https://b.test/1');
    expect(calls).toEqual(['https://a.test/robots.txt', 'https://b.test/robots.txt']);
    clock.t = 1001;
    await robots.isAllowed('https://a.test/3');
    expect(calls).toHaveLength(3);
  });
});
